<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>main</name>
    <message>
        <source>Manage Huawei Cloud support cases through the OSM API.</source>
        <translation>OSM API로 Huawei Cloud 지원 케이스를 관리합니다.</translation>
    </message>
    <message>
        <source>Run against the built-in OSM simulator.</source>
        <translation>내장 OSM 시뮬레이터에 연결하여 실행합니다.</translation>
    </message>
    <message>
        <source>Sign in with the account profile &lt;id&gt;.</source>
        <translation>계정 프로필 &lt;id&gt;(으)로 로그인합니다.</translation>
    </message>
    <message>
        <source>Exit after the first page of cases has loaded (for tests).</source>
        <translation>케이스의 첫 페이지를 불러온 후 종료합니다(테스트용).</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de, ar) instead of the system&apos;s.</source>
        <extracomment>&lt;code&gt; stays as it is: it names the option&apos;s value on the command line.</extracomment>
        <translation>시스템 언어 대신 언어 &lt;code&gt;(예: zh_CN, ja, de, ar)를 사용합니다.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>알 수 없는 언어 &quot;%1&quot;입니다. 사용 가능한 언어: %2.</translation>
    </message>
</context>
<context>
    <name>osm::AkSkAuthenticator</name>
    <message>
        <source>IAM did not name the account of this access key.</source>
        <translation>IAM이 이 액세스 키의 계정을 알려 주지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>osm::CaseStatus</name>
    <message>
        <source>Pending acceptance</source>
        <translation>접수 대기</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Result to be confirmed</source>
        <translation>결과 확인 대기</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>무효</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Awaiting feedback</source>
        <translation>피드백 대기</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>상태 %1</translation>
    </message>
</context>
<context>
    <name>osm::CredentialStore</name>
    <message>
        <source>No secret is saved for this account. Enter it again in the account settings.</source>
        <translation>이 계정에 저장된 시크릿이 없습니다. 계정 설정에서 다시 입력하세요.</translation>
    </message>
</context>
<context>
    <name>osm::Endpoint</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation>주소 &quot;%1&quot;은(는) 올바른 URL이 아닙니다.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for &quot;%1&quot;.</source>
        <translation>암호화되지 않은 http는 이 컴퓨터(루프백)에만 허용됩니다. &quot;%1&quot;에는 https를 사용하세요.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>주소는 https://로 시작해야 합니다.</translation>
    </message>
</context>
<context>
    <name>osm::Error</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>서버에 연결할 수 없습니다. 네트워크 연결을 확인하세요.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The app will keep trying when it is safe to.</source>
        <translation>서버가 제시간에 응답하지 않았습니다. 안전한 경우 앱이 계속 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>서버와의 보안 연결에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>The server sent an answer the app could not read.</source>
        <translation>서버가 앱에서 읽을 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not valid: %2</source>
        <extracomment>%1 is a parameter name as the API spells it, %2 says what is wrong with it</extracomment>
        <translation>&quot;%1&quot;의 값이 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>The saved credentials could not be used: %1</source>
        <translation>저장된 자격 증명을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the account name, user name and password.</source>
        <translation>로그인에 실패했습니다. 계정 이름, 사용자 이름, 비밀번호를 확인하세요.</translation>
    </message>
    <message>
        <source>The server refused the credentials of this account.</source>
        <translation>서버가 이 계정의 자격 증명을 거부했습니다.</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <extracomment>%1 is the server&apos;s own error message, which may be in another language</extracomment>
        <translation>서버에서 오류를 보고했습니다: %1</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>요청이 너무 많습니다. 앱이 곧 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>서버에 문제가 발생했습니다(HTTP %1). 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>요청에 실패했습니다(HTTP %1).</translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation>(코드 %1)</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(요청 ID %1)</translation>
    </message>
</context>
<context>
    <name>osm::ErrorCatalog</name>
    <message>
        <source>The request was refused because a parameter is invalid.</source>
        <translation>매개변수가 올바르지 않아 요청이 거부되었습니다.</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>로그인하지 않았거나 로그인이 만료되었습니다.</translation>
    </message>
    <message>
        <source>You do not have permission for this operation.</source>
        <translation>이 작업을 수행할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>The case service had an internal error. Try again later.</source>
        <translation>케이스 서비스에 내부 오류가 발생했습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>A parameter failed the server&apos;s validation.</source>
        <translation>매개변수가 서버 검증을 통과하지 못했습니다.</translation>
    </message>
    <message>
        <source>You do not have permission for this case.</source>
        <translation>이 케이스에 대한 권한이 없습니다.</translation>
    </message>
    <message>
        <source>You have urged this case too often. Wait a while before urging it again.</source>
        <translation>이 케이스를 너무 자주 독촉했습니다. 잠시 후 다시 독촉하세요.</translation>
    </message>
    <message>
        <source>Today&apos;s attachment upload allowance is used up.</source>
        <translation>오늘의 첨부 파일 업로드 한도를 모두 사용했습니다.</translation>
    </message>
    <message>
        <source>The selected severity does not exist.</source>
        <translation>선택한 심각도가 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>A CC e-mail address is not valid.</source>
        <translation>참조(CC) 이메일 주소가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Your support plan does not allow creating this case.</source>
        <translation>현재 지원 플랜으로는 이 케이스를 생성할 수 없습니다.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>인증에 실패했습니다.</translation>
    </message>
    <message>
        <source>That case action is not supported (only cancel, close, urge and delete).</source>
        <translation>지원되지 않는 케이스 작업입니다(취소, 종료, 독촉, 삭제만 가능).</translation>
    </message>
    <message>
        <source>The case does not exist, or you cannot see it.</source>
        <translation>케이스가 존재하지 않거나 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>The bastion host (CBH) reported a failure.</source>
        <translation>배스천 호스트(CBH)에서 오류를 보고했습니다.</translation>
    </message>
    <message>
        <source>This case was created only a moment ago. Wait a while before urging it.</source>
        <translation>이 케이스는 방금 생성되었습니다. 잠시 후에 독촉하세요.</translation>
    </message>
    <message>
        <source>A verification code was sent less than a minute ago. Wait before asking for another.</source>
        <translation>인증 코드를 보낸 지 1분이 지나지 않았습니다. 잠시 후 다시 요청하세요.</translation>
    </message>
    <message>
        <source>The case&apos;s current status does not allow this operation.</source>
        <translation>케이스의 현재 상태에서는 이 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>You are not allowed to see cases of this group.</source>
        <translation>이 그룹의 케이스를 볼 수 있는 권한이 없습니다.</translation>
    </message>
    <message>
        <source>The maximum number of verification codes has been sent.</source>
        <translation>인증 코드 전송 횟수가 최대치에 도달했습니다.</translation>
    </message>
    <message>
        <source>Your case quota is used up.</source>
        <translation>케이스 할당량을 모두 사용했습니다.</translation>
    </message>
    <message>
        <source>You have reached today&apos;s limit of new cases.</source>
        <translation>오늘 생성할 수 있는 케이스 수의 한도에 도달했습니다.</translation>
    </message>
    <message>
        <source>The label does not exist.</source>
        <translation>레이블이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>A label with this name already exists.</source>
        <translation>같은 이름의 레이블이 이미 있습니다.</translation>
    </message>
    <message>
        <source>You already have 30 labels, the most allowed.</source>
        <translation>이미 최대 허용 개수인 30개의 레이블이 있습니다.</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels.</source>
        <translation>케이스 하나에는 레이블을 최대 5개까지 붙일 수 있습니다.</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases.</source>
        <translation>케이스 하나에는 관련 케이스를 최대 3개까지 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>케이스를 자기 자신과 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The attachment is not valid.</source>
        <translation>첨부 파일이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>This authorization can only be changed while it is pending.</source>
        <translation>이 권한 부여는 대기 중일 때만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>The connection to the target host timed out.</source>
        <translation>대상 호스트 연결 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>The signature was rejected. Check the access key (AK) and secret key (SK) of this account.</source>
        <translation>서명이 거부되었습니다. 이 계정의 액세스 키(AK)와 시크릿 키(SK)를 확인하세요.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>로그인이 만료되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>요청이 너무 많습니다. 앱이 곧 다시 시도합니다.</translation>
    </message>
</context>
<context>
    <name>osm::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available (%1). Secrets entered now are kept in memory only and will be forgotten when the app quits.</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>사용할 수 있는 키체인이 없습니다(%1). 지금 입력한 시크릿은 메모리에만 보관되며 앱을 종료하면 사라집니다.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>키체인이 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The keychain entry of this account is not in a format the app understands. Enter the secret again.</source>
        <translation>이 계정의 키체인 항목이 앱에서 인식할 수 없는 형식입니다. 시크릿을 다시 입력하세요.</translation>
    </message>
</context>
<context>
    <name>osm::Site</name>
    <message>
        <source>Huawei Cloud (myhuaweicloud.com)</source>
        <extracomment>The endpoint listed in the OSM API reference (region cn-south-1)</extracomment>
        <translation>Huawei Cloud(myhuaweicloud.com)</translation>
    </message>
    <message>
        <source>Huawei Cloud SDK endpoint (myhuaweicloud.cn)</source>
        <extracomment>The endpoint the official Huawei Cloud SDK uses for the same region</extracomment>
        <translation>Huawei Cloud SDK 엔드포인트(myhuaweicloud.cn)</translation>
    </message>
</context>
<context>
    <name>osm::TokenAuthenticator</name>
    <message>
        <source>IAM answered without a token.</source>
        <translation>IAM 응답에 토큰이 없습니다.</translation>
    </message>
</context>
<context>
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>#RRGGBB 형식의 색상이어야 합니다(예: #1E88E5).</translation>
    </message>
</context>
<context>
    <name>osm::api::Relations</name>
    <message>
        <source>a case cannot be related to itself.</source>
        <translation>케이스를 자기 자신과 연결할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>osm::api::Validator</name>
    <message>
        <source>a value is required.</source>
        <translation>값을 입력해야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n character(s) long.</source>
        <translation>
            <numerusform>최대 %n자까지 입력할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <translation>%1~%2 사이의 값이어야 합니다.</translation>
    </message>
    <message>
        <source>it must be one of %1.</source>
        <translation>다음 중 하나여야 합니다: %1.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n value(s) may be given.</source>
        <translation>
            <numerusform>값은 최대 %n개까지 지정할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n value(s) must be given.</source>
        <translation>
            <numerusform>값을 %n개 이상 지정해야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be a date and time written as yyyy-MM-dd HH:mm:ss.</source>
        <translation>yyyy-MM-dd HH:mm:ss 형식의 날짜와 시간이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>osm::app::DesktopSession</name>
    <message>
        <source>The built-in simulator could not start.</source>
        <translation>내장 시뮬레이터를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>No account is set up yet. Start OSM Desk with --demo to try it with the built-in simulator.</source>
        <translation>아직 설정된 계정이 없습니다. --demo 옵션으로 OSM Desk를 시작하면 내장 시뮬레이터로 사용해 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>계정 프로필 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>Welcome to OSM Desk. Set up the Huawei Cloud account whose support cases you want to work with. (To try OSM Desk without an account, start it with --demo.)</source>
        <translation>OSM Desk에 오신 것을 환영합니다. 지원 케이스를 처리할 Huawei Cloud 계정을 설정하세요. (계정 없이 OSM Desk를 사용해 보려면 --demo 옵션으로 시작하세요.)</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>계정을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>You have signed out and the stored secret was forgotten. Enter it again to sign in.</source>
        <translation>로그아웃했으며 저장된 시크릿이 삭제되었습니다. 로그인하려면 다시 입력하세요.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseListModel</name>
    <message>
        <source>Case ID</source>
        <translation>케이스 ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>문제 유형</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>제출자</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시간</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>읽지 않음</translation>
    </message>
</context>
<context>
    <name>osm::ui::MainWindow</name>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>케이스</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Read the case list again (%1)</source>
        <translation>케이스 목록을 다시 불러옵니다(%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>케이스를 불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>케이스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>계정(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit this account&apos;s name, endpoint and credentials</source>
        <translation>이 계정의 이름, 엔드포인트, 자격 증명을 편집합니다</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>Forget this account&apos;s stored secret and sign in again</source>
        <translation>이 계정의 저장된 시크릿을 삭제하고 다시 로그인합니다</translation>
    </message>
</context>
<context>
    <name>osm::ui::ProfileDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>계정 편집</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>키체인 경고</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>계정 이름</translation>
    </message>
    <message>
        <source>e.g. Production account</source>
        <extracomment>Placeholder of the account name field</extracomment>
        <translation>예: 운영 계정</translation>
    </message>
    <message>
        <source>Account name problem</source>
        <translation>계정 이름 문제</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>사이트(&amp;S):</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>Custom endpoint…</source>
        <translation>사용자 지정 엔드포인트…</translation>
    </message>
    <message>
        <source>Site addresses</source>
        <translation>사이트 주소</translation>
    </message>
    <message>
        <source>&amp;OSM URL:</source>
        <translation>OSM URL(&amp;O):</translation>
    </message>
    <message>
        <source>OSM URL</source>
        <translation>OSM URL</translation>
    </message>
    <message>
        <source>https://osm.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://osm.example.com 또는 http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>OSM URL problem</source>
        <translation>OSM URL 문제</translation>
    </message>
    <message>
        <source>&amp;IAM URL:</source>
        <translation>IAM URL(&amp;I):</translation>
    </message>
    <message>
        <source>IAM URL</source>
        <translation>IAM URL</translation>
    </message>
    <message>
        <source>https://iam.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://iam.example.com 또는 http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>IAM URL problem</source>
        <translation>IAM URL 문제</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>로그인 방법(&amp;W):</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>로그인 방법</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>액세스 키(AK/SK)</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM 사용자 및 비밀번호</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>로그인 정보</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>액세스 키(AK)(&amp;A):</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>액세스 키</translation>
    </message>
    <message>
        <source>Access key problem</source>
        <translation>액세스 키 문제</translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation>시크릿 키(SK)(&amp;E):</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>시크릿 키</translation>
    </message>
    <message>
        <source>Secret key problem</source>
        <translation>시크릿 키 문제</translation>
    </message>
    <message>
        <source>&amp;Domain ID:</source>
        <translation>도메인 ID(&amp;D):</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>도메인 ID</translation>
    </message>
    <message>
        <source>Looked up automatically when empty</source>
        <translation>비워 두면 자동으로 조회합니다</translation>
    </message>
    <message>
        <source>&amp;Temporary key (with a security token)</source>
        <translation>임시 키(보안 토큰 포함)(&amp;T)</translation>
    </message>
    <message>
        <source>Temporary key</source>
        <translation>임시 키</translation>
    </message>
    <message>
        <source>Security to&amp;ken:</source>
        <translation>보안 토큰(&amp;K):</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>보안 토큰</translation>
    </message>
    <message>
        <source>Security token problem</source>
        <translation>보안 토큰 문제</translation>
    </message>
    <message>
        <source>A&amp;ccount name:</source>
        <extracomment>The Huawei Cloud account that the IAM user belongs to</extracomment>
        <translation>계정 이름(&amp;C):</translation>
    </message>
    <message>
        <source>Account (domain) name</source>
        <translation>계정(도메인) 이름</translation>
    </message>
    <message>
        <source>The Huawei Cloud account (domain) that the IAM user belongs to</source>
        <translation>IAM 사용자가 속한 Huawei Cloud 계정(도메인)</translation>
    </message>
    <message>
        <source>IAM &amp;user name:</source>
        <translation>IAM 사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>IAM 사용자 이름</translation>
    </message>
    <message>
        <source>IAM user name problem</source>
        <translation>IAM 사용자 이름 문제</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>비밀번호 문제</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>프로젝트 ID(&amp;J):</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>프로젝트 ID</translation>
    </message>
    <message>
        <source>Optional; the account is the scope when empty</source>
        <translation>선택 사항이며, 비워 두면 계정이 범위가 됩니다</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>저장 중</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>계속(&amp;O)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Secret</source>
        <translation>저장된 시크릿 삭제(&amp;F)</translation>
    </message>
    <message>
        <source>Forget stored secret</source>
        <translation>저장된 시크릿 삭제</translation>
    </message>
    <message>
        <source>Remove this account&apos;s secret from the keychain; you will have to enter it again</source>
        <translation>키체인에서 이 계정의 시크릿을 제거합니다. 다시 입력해야 합니다</translation>
    </message>
    <message>
        <source>OSM %1 · IAM %2</source>
        <extracomment>%1 and %2 are the OSM and IAM addresses of the chosen site</extracomment>
        <translation>OSM %1 · IAM %2</translation>
    </message>
    <message>
        <source>No secret is stored; enter it</source>
        <translation>저장된 시크릿이 없습니다. 입력하세요</translation>
    </message>
    <message>
        <source>Unchanged; type to replace</source>
        <translation>변경 안 됨. 입력하면 바뀝니다</translation>
    </message>
    <message>
        <source>Enter a name for this account.</source>
        <translation>이 계정의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;.</source>
        <extracomment>%1 is an account name</extracomment>
        <translation>&quot;%1&quot;(이)라는 이름의 계정이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>액세스 키(AK)를 입력하세요.</translation>
    </message>
    <message>
        <source>An access key has no spaces.</source>
        <translation>액세스 키에는 공백이 없습니다.</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>시크릿 키(SK)를 입력하세요.</translation>
    </message>
    <message>
        <source>A temporary key needs its security token.</source>
        <translation>임시 키에는 보안 토큰이 필요합니다.</translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation>계정(도메인) 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>IAM 사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>시크릿을 키체인에 저장하는 중…</translation>
    </message>
    <message>
        <source>The secret will be forgotten when OSM Desk quits: it could not be stored in the keychain, so it is kept in memory for this session only. You will have to enter it again next time.
%1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>OSM Desk를 종료하면 시크릿이 사라집니다. 키체인에 저장할 수 없어 이번 세션 동안만 메모리에 보관됩니다. 다음에 다시 입력해야 합니다.
%1</translation>
    </message>
    <message>
        <source>The secret could not be saved, so the account was not saved either. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>시크릿을 저장할 수 없어 계정도 저장되지 않았습니다. %1</translation>
    </message>
    <message>
        <source>Removing the secret from the keychain…</source>
        <translation>키체인에서 시크릿을 제거하는 중…</translation>
    </message>
    <message>
        <source>The secret could not be removed. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>시크릿을 제거할 수 없습니다. %1</translation>
    </message>
    <message>
        <source>The stored secret was removed. Enter it again to sign in with this account.</source>
        <translation>저장된 시크릿을 제거했습니다. 이 계정으로 로그인하려면 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>저장(&amp;V)</translation>
    </message>
</context>
</TS>
