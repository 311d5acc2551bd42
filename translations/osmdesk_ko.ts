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
    <message>
        <source>A case to open: its id, or a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>열 케이스의 ID 또는 osmdesk://case/&lt;case id&gt; 형식의 링크입니다.</translation>
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
    <name>osm::Download</name>
    <message>
        <source>the folder does not exist.</source>
        <translation>폴더가 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>the file could not be created (%1).</source>
        <translation>파일을 만들 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>the file could not be written (%1).</source>
        <translation>파일에 쓸 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>the file could not be saved (%1).</source>
        <translation>파일을 저장할 수 없습니다(%1).</translation>
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
    <message>
        <source>The account name or password is wrong.</source>
        <translation>계정 이름 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The case service could not complete the operation. Try again later.</source>
        <translation>케이스 서비스에서 작업을 완료할 수 없습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This authorization operation is not supported.</source>
        <translation>지원되지 않는 권한 부여 작업입니다.</translation>
    </message>
    <message>
        <source>The operation is not allowed.</source>
        <translation>허용되지 않는 작업입니다.</translation>
    </message>
    <message>
        <source>The source id does not exist.</source>
        <translation>소스 ID가 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The selected problem type does not exist.</source>
        <translation>선택한 문제 유형이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The type is not valid.</source>
        <translation>유형이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The authorization item does not exist.</source>
        <translation>권한 부여 항목이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The selected region does not exist.</source>
        <translation>선택한 리전이 존재하지 않습니다.</translation>
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
    <name>osm::MultipartBody</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>&quot;%1&quot;을(를) 읽을 수 없습니다: %2</translation>
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
    <name>osm::api::AccessoryLimitCheck</name>
    <message numerus="yes">
        <source>at most %n file(s) may be attached to one case or message.</source>
        <translation>
            <numerusform>케이스 또는 메시지 하나에 파일을 최대 %n개까지 첨부할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>&quot;%1&quot;을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>&quot;%1&quot; 파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a type of file that may be attached (allowed: %2).</source>
        <extracomment>%1 is a file name, %2 the list of allowed extensions</extracomment>
        <translation>&quot;%1&quot;은(는) 첨부할 수 없는 파일 형식입니다(허용 형식: %2).</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; an attachment may be at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its size in MB, %3 the largest size allowed in MB</extracomment>
        <translation>&quot;%1&quot;의 크기는 %2MB입니다. 첨부 파일은 최대 %3MB까지 가능합니다.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a ZIP archive.</source>
        <translation>&quot;%1&quot;을(를) ZIP 아카이브로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” unpacks to %2 MB; an archive may unpack to at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its unpacked size in MB, %3 the largest unpacked size allowed in MB</extracomment>
        <translation>&quot;%1&quot;의 압축을 풀면 %2MB입니다. 아카이브는 압축을 풀었을 때 최대 %3MB까지 가능합니다.</translation>
    </message>
</context>
<context>
    <name>osm::api::Attachments</name>
    <message>
        <source>it must be “incident” (for a new case) or “message” (for a message).</source>
        <translation>&quot;incident&quot;(새 케이스) 또는 &quot;message&quot;(메시지)여야 합니다.</translation>
    </message>
    <message>
        <source>the file “%1” cannot be read.</source>
        <translation>파일 &quot;%1&quot;을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>an id may not contain a comma.</source>
        <translation>ID에는 쉼표를 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>osm::api::CaseWrites</name>
    <message>
        <source>its keys must be contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>키는 contactType, remindCCEmail, remindEncryptCCEmail, isReceiveMsgRemind 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>it must be IncidentService or IntelligentCustomerService.</source>
        <translation>IncidentService 또는 IntelligentCustomerService여야 합니다.</translation>
    </message>
    <message>
        <source>it must be 0, 1 or 2.</source>
        <translation>0, 1, 2 중 하나여야 합니다.</translation>
    </message>
</context>
<context>
    <name>osm::api::Configurations</name>
    <message>
        <source>it may not contain /, ? or #.</source>
        <translation>/, ?, # 문자는 포함할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>osm::api::Feedback</name>
    <message>
        <source>it must be one of %1.</source>
        <translation>다음 중 하나여야 합니다: %1.</translation>
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
    <name>osm::api::Privileges</name>
    <message>
        <source>it must be one of export, createCase or assumeCaseAll.</source>
        <translation>export, createCase, assumeCaseAll 중 하나여야 합니다.</translation>
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
    <name>osm::api::VerifyCodes</name>
    <message>
        <source>it must be exactly 6 characters long.</source>
        <translation>정확히 6자여야 합니다.</translation>
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
    <name>osm::app::LaunchRequest</name>
    <message>
        <source>Expected at most one case, as a case id or as a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>케이스는 하나만 지정할 수 있습니다. 케이스 ID 또는 osmdesk://case/&lt;case id&gt; 형식의 링크로 지정하세요.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AgenciesCommands</name>
    <message>
        <source>The account&apos;s IAM agencies (delegations).</source>
        <translation>계정의 IAM 위임(에이전시).</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM agencies (5.11.1).</source>
        <translation>계정의 IAM 위임 목록을 표시합니다(5.11.1).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false: 설명과 메시지의 서식 있는 텍스트 마크업을 유지합니다(기본값 true: 일반 텍스트).</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs.</source>
        <translation>지원 케이스: list, show, count, status, logs.</translation>
    </message>
    <message>
        <source>List cases, with every filter of the API (5.11.9).</source>
        <translation>API의 모든 필터를 사용하여 케이스 목록을 표시합니다(5.11.9).</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters); at most 3.</source>
        <translation>설명의 키워드(최대 64자), 최대 3개.</translation>
    </message>
    <message>
        <source>A label id; at most 5.</source>
        <translation>레이블 ID, 최대 5개.</translation>
    </message>
    <message>
        <source>Matches the case id or the description (at most 64 characters).</source>
        <translation>케이스 ID 또는 설명과 일치하는 항목(최대 64자).</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>케이스 ID(최대 32자).</translation>
    </message>
    <message>
        <source>Created at or after this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>이 시간 이후에 생성된 케이스(yyyy-MM-dd HH:mm:ss).</translation>
    </message>
    <message>
        <source>Created at or before this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>이 시간 이전에 생성된 케이스(yyyy-MM-dd HH:mm:ss).</translation>
    </message>
    <message>
        <source>The status: 0, 1, 2, 3, 4, 12 or 17.</source>
        <translation>상태: 0, 1, 2, 3, 4, 12, 17 중 하나.</translation>
    </message>
    <message>
        <source>A list of statuses, sent as given.</source>
        <translation>상태 목록(입력한 그대로 전송).</translation>
    </message>
    <message>
        <source>The cases of this sub-user id (at most 64 characters).</source>
        <translation>이 하위 사용자 ID의 케이스(최대 64자).</translation>
    </message>
    <message>
        <source>The cases of this sub-user name (at most 64 characters).</source>
        <translation>이 하위 사용자 이름의 케이스(최대 64자).</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>IAM 그룹. 그룹의 다른 구성원의 케이스를 조회할 때 지정합니다(최대 64자).</translation>
    </message>
    <message>
        <source>Skip this many cases (0-65535, default 0).</source>
        <translation>건너뛸 케이스 수(0-65535, 기본값 0).</translation>
    </message>
    <message>
        <source>At most this many cases (0-100, default 10).</source>
        <translation>가져올 최대 케이스 수(0-100, 기본값 10).</translation>
    </message>
    <message>
        <source>The product category id (at most 64 characters).</source>
        <translation>제품 카테고리 ID(최대 64자).</translation>
    </message>
    <message>
        <source>The problem type id (at most 32 characters).</source>
        <translation>문제 유형 ID(최대 32자).</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>케이스 하위 유형 ID(최대 32자).</translation>
    </message>
    <message>
        <source>The root cause (at most 32 characters).</source>
        <translation>근본 원인(최대 32자).</translation>
    </message>
    <message>
        <source>The service type of the case.</source>
        <translation>케이스의 서비스 유형.</translation>
    </message>
    <message>
        <source>Show one case with all its details (5.11.4).</source>
        <translation>케이스 하나의 모든 세부 정보를 표시합니다(5.11.4).</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>케이스 ID(1-32자).</translation>
    </message>
    <message>
        <source>The IAM group, for a case of another member (at most 64 characters).</source>
        <translation>IAM 그룹. 그룹의 다른 구성원의 케이스를 조회할 때 지정합니다(최대 64자).</translation>
    </message>
    <message>
        <source>Count the cases by status (5.11.3).</source>
        <translation>상태별 케이스 수를 집계합니다(5.11.3).</translation>
    </message>
    <message>
        <source>Only this status: 0-4 or 13.</source>
        <translation>이 상태만: 0-4 또는 13.</translation>
    </message>
    <message>
        <source>Show the status of a case (5.11.7).</source>
        <translation>케이스의 상태를 표시합니다(5.11.7).</translation>
    </message>
    <message>
        <source>List what was done on a case (5.11.5).</source>
        <translation>케이스에서 수행된 작업 목록을 표시합니다(5.11.5).</translation>
    </message>
    <message>
        <source>Skip this many entries (0-65535).</source>
        <translation>건너뛸 항목 수(0-65535).</translation>
    </message>
    <message>
        <source>At most this many entries (1-100).</source>
        <translation>가져올 최대 항목 수(1-100).</translation>
    </message>
    <message>
        <source>Show the CC e-mails used most recently (5.11.6).</source>
        <translation>최근에 사용한 참조(CC) 이메일을 표시합니다(5.11.6).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Cli</name>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Use this account profile of OSM Desk (its name or id); by default the active one.</source>
        <translation>사용할 OSM Desk 계정 프로필(이름 또는 ID)입니다. 기본값은 활성 프로필입니다.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Send to this OSM endpoint, with the credentials from the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID, looked up when missing, and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>환경 변수의 자격 증명으로 이 OSM 엔드포인트에 요청을 보냅니다. 자격 증명은 OSM_AK와 OSM_SK(선택적으로 OSM_DOMAIN_ID(없으면 자동 조회)와 OSM_SECURITY_TOKEN) 또는 OSM_IAM_DOMAIN, OSM_IAM_USER, OSM_PASSWORD입니다.</translation>
    </message>
    <message>
        <source>The IAM endpoint that goes with --endpoint; by default its site&apos;s, or --endpoint itself.</source>
        <translation>--endpoint와 함께 사용할 IAM 엔드포인트입니다. 기본값은 해당 사이트의 IAM 엔드포인트이며, 없으면 --endpoint 자체입니다.</translation>
    </message>
    <message>
        <source>Print the result as JSON, with the API&apos;s field names.</source>
        <translation>결과를 API 필드 이름 그대로 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de) instead of LANGUAGE or LANG.</source>
        <translation>LANGUAGE 또는 LANG 대신 언어 &lt;코드&gt;(예: zh_CN, ja, de)를 사용합니다.</translation>
    </message>
    <message>
        <source>Log each request on stderr (method, path, status, request id; never credentials).</source>
        <translation>각 요청을 stderr에 기록합니다(메서드, 경로, 상태, 요청 ID. 자격 증명은 기록하지 않음).</translation>
    </message>
    <message>
        <source>Show the help of osmctl, of a group or of a command.</source>
        <translation>osmctl, 그룹 또는 명령의 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>버전을 표시합니다.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2 %3&quot;.</source>
        <translation>&quot;%2 %3&quot;에는 --%1 옵션이 없습니다.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>알 수 없는 옵션 --%1입니다.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>--%1 옵션에는 값을 지정할 수 없습니다.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>--%1 옵션에는 값이 필요합니다.</translation>
    </message>
    <message>
        <source>The option --%1 may be given only once.</source>
        <translation>--%1 옵션은 한 번만 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>알 수 없는 옵션 %1입니다.</translation>
    </message>
    <message>
        <source>Unknown command group &quot;%1&quot;.</source>
        <translation>알 수 없는 명령 그룹 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no command &quot;%2&quot;.</source>
        <translation>&quot;%1&quot;에는 &quot;%2&quot; 명령이 없습니다.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: values are given with options.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;입니다. 값은 옵션으로 지정하세요.</translation>
    </message>
    <message>
        <source>Choose a command of &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;의 명령을 지정하세요.</translation>
    </message>
    <message>
        <source>%1 (option --%2)</source>
        <extracomment>%1 is a sentence saying what is wrong, %2 an option such as --limit</extracomment>
        <translation>%1 (옵션 --%2)</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 %2 --help&quot; for its options.</source>
        <translation>옵션을 보려면 &quot;osmctl %1 %2 --help&quot;를 실행하세요.</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 --help&quot; for its commands.</source>
        <translation>명령을 보려면 &quot;osmctl %1 --help&quot;를 실행하세요.</translation>
    </message>
    <message>
        <source>Run &quot;osmctl --help&quot; for the command groups.</source>
        <translation>명령 그룹을 보려면 &quot;osmctl --help&quot;를 실행하세요.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수.</translation>
    </message>
    <message>
        <source>Repeat the option for several values.</source>
        <translation>여러 값을 지정하려면 옵션을 반복하세요.</translation>
    </message>
    <message>
        <source>Usage: osmctl [global options] &lt;group&gt; &lt;command&gt; [options]</source>
        <translation>사용법: osmctl [전역 옵션] &lt;그룹&gt; &lt;명령&gt; [옵션]</translation>
    </message>
    <message>
        <source>Work with Huawei Cloud support cases through the OSM API, with the accounts of OSM Desk.</source>
        <translation>OSM Desk의 계정으로 OSM API를 통해 Huawei Cloud 지원 케이스를 처리합니다.</translation>
    </message>
    <message>
        <source>Command groups:</source>
        <translation>명령 그룹:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>전역 옵션:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>종료 코드:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, invalid value, refused before sending</source>
        <translation>사용법 오류: 알 수 없는 명령 또는 옵션, 잘못된 값 등으로 전송 전에 거부됨</translation>
    </message>
    <message>
        <source>the API answered with an error (its error_code and request id are printed)</source>
        <translation>API가 오류를 반환함(error_code와 요청 ID 출력)</translation>
    </message>
    <message>
        <source>network, TLS or timeout: no answer</source>
        <translation>네트워크, TLS 또는 시간 초과: 응답 없음</translation>
    </message>
    <message>
        <source>authentication: credentials missing or rejected</source>
        <translation>인증: 자격 증명이 없거나 거부됨</translation>
    </message>
    <message>
        <source>Run &quot;osmctl &lt;group&gt; --help&quot; for a group&apos;s commands.</source>
        <translation>그룹의 명령을 보려면 &quot;osmctl &lt;그룹&gt; --help&quot;를 실행하세요.</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 &lt;command&gt; [options]</source>
        <translation>사용법: osmctl %1 &lt;명령&gt; [옵션]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>명령의 옵션을 보려면 &quot;osmctl %1 &lt;명령&gt; --help&quot;를 실행하세요.</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 %2 [options]</source>
        <translation>사용법: osmctl %1 %2 [옵션]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>알 수 없는 언어 &quot;%1&quot;입니다. 사용 가능한 언어: %2.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::ConfigCommands</name>
    <message>
        <source>What a new case is built from: categories, problem types, templates, severities, regions, limits.</source>
        <translation>새 케이스 작성에 필요한 정보: 카테고리, 문제 유형, 템플릿, 심각도, 리전, 한도.</translation>
    </message>
    <message>
        <source>List the telephone country codes (5.8.1).</source>
        <translation>전화 국가 코드 목록을 표시합니다(5.8.1).</translation>
    </message>
    <message>
        <source>List the problem types (5.8.2).</source>
        <translation>문제 유형 목록을 표시합니다(5.8.2).</translation>
    </message>
    <message>
        <source>Only those of this product category (1-64 characters).</source>
        <translation>이 제품 카테고리의 항목만(1-64자).</translation>
    </message>
    <message>
        <source>Only those of this case sub-type (at most 32 characters).</source>
        <translation>이 케이스 하위 유형의 항목만(최대 32자).</translation>
    </message>
    <message>
        <source>List the additional parameters a problem type asks for (5.8.3).</source>
        <translation>문제 유형에 필요한 추가 매개변수 목록을 표시합니다(5.8.3).</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>문제 유형 ID(1-32자).</translation>
    </message>
    <message>
        <source>The case sub-type id (1-32 characters).</source>
        <translation>케이스 하위 유형 ID(1-32자).</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>제품 카테고리 ID(1-64자).</translation>
    </message>
    <message>
        <source>List the description templates of a problem type (5.8.4).</source>
        <translation>문제 유형의 설명 템플릿 목록을 표시합니다(5.8.4).</translation>
    </message>
    <message>
        <source>List the case categories and sub-types (5.8.5).</source>
        <translation>케이스 카테고리와 하위 유형 목록을 표시합니다(5.8.5).</translation>
    </message>
    <message>
        <source>List the product categories (5.8.6).</source>
        <translation>제품 카테고리 목록을 표시합니다(5.8.6).</translation>
    </message>
    <message>
        <source>Only categories with this name (at most 64 characters).</source>
        <translation>이 이름의 카테고리만(최대 64자).</translation>
    </message>
    <message>
        <source>true: the exact name; false: names containing it (the server&apos;s default).</source>
        <translation>true: 이름이 정확히 일치하는 항목, false: 이름에 이 문자열이 포함된 항목(서버 기본값).</translation>
    </message>
    <message>
        <source>Only categories with this acronym (at most 64 characters).</source>
        <translation>이 약어의 카테고리만(최대 64자).</translation>
    </message>
    <message>
        <source>List the regions (5.8.7).</source>
        <translation>리전 목록을 표시합니다(5.8.7).</translation>
    </message>
    <message>
        <source>List the satisfaction scales of the case rating (5.8.8).</source>
        <translation>케이스 평가의 만족도 척도 목록을 표시합니다(5.8.8).</translation>
    </message>
    <message>
        <source>List the severities of a product category and problem type (5.8.9).</source>
        <translation>제품 카테고리와 문제 유형별 심각도 목록을 표시합니다(5.8.9).</translation>
    </message>
    <message>
        <source>Show the account&apos;s case limits (5.8.10).</source>
        <translation>계정의 케이스 한도를 표시합니다(5.8.10).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Connection</name>
    <message>
        <source>--endpoint needs credentials in the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>--endpoint를 사용하려면 환경 변수에 자격 증명이 필요합니다: OSM_AK와 OSM_SK(선택적으로 OSM_DOMAIN_ID와 OSM_SECURITY_TOKEN) 또는 OSM_IAM_DOMAIN, OSM_IAM_USER, OSM_PASSWORD.</translation>
    </message>
    <message>
        <source>No account profile is set up. Add one in OSM Desk, or use --endpoint with credentials in the environment (see --help).</source>
        <translation>설정된 계정 프로필이 없습니다. OSM Desk에서 추가하거나, 환경 변수에 자격 증명을 설정하고 --endpoint를 사용하세요(--help 참조).</translation>
    </message>
    <message>
        <source>Several account profiles are called &quot;%1&quot;; give the profile&apos;s id instead.</source>
        <translation>&quot;%1&quot;(이)라는 이름의 계정 프로필이 여러 개 있습니다. 대신 프로필 ID를 지정하세요.</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>계정 프로필 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CustomersCommands</name>
    <message>
        <source>The account&apos;s IAM users (sub-customers), contacts anonymised.</source>
        <translation>계정의 IAM 사용자(하위 고객). 연락처는 익명 처리됩니다.</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM users (5.11.10).</source>
        <translation>계정의 IAM 사용자 목록을 표시합니다(5.11.10).</translation>
    </message>
    <message>
        <source>Only users with this name (at most 64 characters).</source>
        <translation>이 이름의 사용자만(최대 64자).</translation>
    </message>
    <message>
        <source>Only the user with this id (at most 64 characters).</source>
        <translation>이 ID의 사용자만(최대 64자).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::LabelsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>케이스 ID(1-32자).</translation>
    </message>
    <message>
        <source>A label id (0 or more); 1-5 labels.</source>
        <translation>레이블 ID(0 이상), 레이블 1-5개.</translation>
    </message>
    <message>
        <source>The account&apos;s case labels (at most 30) and the labels of a case (at most 5).</source>
        <translation>계정의 케이스 레이블(최대 30개)과 케이스에 붙인 레이블(최대 5개).</translation>
    </message>
    <message>
        <source>List the account&apos;s labels (5.9.2).</source>
        <translation>계정의 레이블 목록을 표시합니다(5.9.2).</translation>
    </message>
    <message>
        <source>Skip this many labels (0-2147483647, default 0).</source>
        <translation>건너뛸 레이블 수(0-2147483647, 기본값 0).</translation>
    </message>
    <message>
        <source>At most this many labels (0-100, default 10).</source>
        <translation>가져올 최대 레이블 수(0-100, 기본값 10).</translation>
    </message>
    <message>
        <source>Labels whose name contains this (at most 64 characters).</source>
        <translation>이름에 이 문자열이 포함된 레이블(최대 64자).</translation>
    </message>
    <message>
        <source>Only the label with this id (0-2147483647).</source>
        <translation>이 ID의 레이블만(0-2147483647).</translation>
    </message>
    <message>
        <source>Create a label (5.9.1).</source>
        <translation>레이블을 생성합니다(5.9.1).</translation>
    </message>
    <message>
        <source>The label&apos;s name (1-64 characters, unique).</source>
        <translation>레이블 이름(1-64자, 중복 불가).</translation>
    </message>
    <message>
        <source>The label&apos;s colour, #RRGGBB.</source>
        <translation>레이블 색상(#RRGGBB).</translation>
    </message>
    <message>
        <source>The label was created.</source>
        <translation>레이블을 생성했습니다.</translation>
    </message>
    <message>
        <source>Rename or recolour a label (5.9.4).</source>
        <translation>레이블의 이름 또는 색상을 변경합니다(5.9.4).</translation>
    </message>
    <message>
        <source>The label&apos;s id.</source>
        <translation>레이블 ID.</translation>
    </message>
    <message>
        <source>The new name (1-64 characters).</source>
        <translation>새 이름(1-64자).</translation>
    </message>
    <message>
        <source>The new colour, #RRGGBB.</source>
        <translation>새 색상(#RRGGBB).</translation>
    </message>
    <message>
        <source>The label was updated.</source>
        <translation>레이블을 업데이트했습니다.</translation>
    </message>
    <message>
        <source>Delete a label; it is removed from every case (5.9.3).</source>
        <translation>레이블을 삭제합니다. 레이블은 모든 케이스에서 제거됩니다(5.9.3).</translation>
    </message>
    <message>
        <source>The label was deleted.</source>
        <translation>레이블을 삭제했습니다.</translation>
    </message>
    <message>
        <source>List the labels of a case (5.9.5).</source>
        <translation>케이스의 레이블 목록을 표시합니다(5.9.5).</translation>
    </message>
    <message>
        <source>Add labels to a case (5.9.6).</source>
        <translation>케이스에 레이블을 추가합니다(5.9.6).</translation>
    </message>
    <message>
        <source>The labels were added to the case.</source>
        <translation>케이스에 레이블을 추가했습니다.</translation>
    </message>
    <message>
        <source>Remove labels from a case (5.9.7).</source>
        <translation>케이스에서 레이블을 제거합니다(5.9.7).</translation>
    </message>
    <message>
        <source>The labels were removed from the case.</source>
        <translation>케이스에서 레이블을 제거했습니다.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::MessagesCommands</name>
    <message>
        <source>false: keep the rich-text markup of the messages (default true: plain text).</source>
        <translation>false: 메시지의 서식 있는 텍스트 마크업을 유지합니다(기본값 true: 일반 텍스트).</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>IAM 그룹. 그룹의 다른 구성원의 케이스를 조회할 때 지정합니다(최대 64자).</translation>
    </message>
    <message>
        <source>A case id; 1-100 cases.</source>
        <translation>케이스 ID, 케이스 1-100개.</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>케이스 ID(1-32자).</translation>
    </message>
    <message>
        <source>The messages of cases: list, send, withdraw, mark read, unread counts, instant-message poll.</source>
        <translation>케이스의 메시지: 목록 표시, 보내기, 회수, 읽음 표시, 읽지 않은 메시지 수, 인스턴트 메시지 폴링.</translation>
    </message>
    <message>
        <source>List the messages of a case (5.10.5).</source>
        <translation>케이스의 메시지 목록을 표시합니다(5.10.5).</translation>
    </message>
    <message>
        <source>Skip this many messages (0-65535).</source>
        <translation>건너뛸 메시지 수(0-65535).</translation>
    </message>
    <message>
        <source>At most this many messages (0-100).</source>
        <translation>가져올 최대 메시지 수(0-100).</translation>
    </message>
    <message>
        <source>Count the unread messages of cases (5.10.2).</source>
        <translation>케이스의 읽지 않은 메시지 수를 집계합니다(5.10.2).</translation>
    </message>
    <message>
        <source>New messages and status changes of cases since a cursor (5.10.7).</source>
        <translation>커서 이후 케이스의 새 메시지와 상태 변경을 가져옵니다(5.10.7).</translation>
    </message>
    <message>
        <source>The cursor the previous poll returned (last_message_time_id).</source>
        <translation>이전 폴링에서 반환된 커서(last_message_time_id).</translation>
    </message>
    <message>
        <source>List the messages before the oldest one loaded so far (5.10.6).</source>
        <translation>지금까지 불러온 가장 오래된 메시지 이전의 메시지 목록을 표시합니다(5.10.6).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>The create_time of the oldest message loaded: epoch milliseconds or an ISO 8601 time.</source>
        <translation>불러온 메시지 중 가장 오래된 메시지의 create_time. 에포크 밀리초 또는 ISO 8601 시간.</translation>
    </message>
    <message>
        <source>--create-time expects epoch milliseconds or an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>--create-time 값 &quot;%1&quot;이(가) 올바르지 않습니다. 에포크 밀리초 또는 ISO 8601 시간을 지정하세요.</translation>
    </message>
    <message>
        <source>The type of that message: 0 customer, 1 customer service (default 0).</source>
        <translation>해당 메시지의 유형: 0 고객, 1 고객 서비스(기본값 0).</translation>
    </message>
    <message>
        <source>At most this many messages (1-100, default 10).</source>
        <translation>가져올 최대 메시지 수(1-100, 기본값 10).</translation>
    </message>
    <message>
        <source>Send a message on a case (5.10.3).</source>
        <translation>케이스에 메시지를 보냅니다(5.10.3).</translation>
    </message>
    <message>
        <source>The message (at most 10000 characters).</source>
        <translation>메시지(최대 10000자).</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); at most 10.</source>
        <translation>업로드한 첨부 파일의 ID(1-32자), 최대 10개.</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>메시지를 보냈습니다.</translation>
    </message>
    <message>
        <source>Withdraw a message you sent (5.10.4).</source>
        <translation>보낸 메시지를 회수합니다(5.10.4).</translation>
    </message>
    <message>
        <source>The message&apos;s id.</source>
        <translation>메시지 ID.</translation>
    </message>
    <message>
        <source>The message was withdrawn.</source>
        <translation>메시지를 회수했습니다.</translation>
    </message>
    <message>
        <source>Mark the messages of a case read (5.10.1).</source>
        <translation>케이스의 메시지를 읽음으로 표시합니다(5.10.1).</translation>
    </message>
    <message>
        <source>The messages were marked read.</source>
        <translation>메시지를 읽음으로 표시했습니다.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::OptionValue</name>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name such as --offset, %2 the value given</extracomment>
        <translation>--%1 값 &quot;%2&quot;이(가) 올바르지 않습니다. 정수를 지정하세요.</translation>
    </message>
    <message>
        <source>--%1 expects true or false, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name, %2 the value given; &quot;true&quot; and &quot;false&quot; are typed as they are</extracomment>
        <translation>--%1 값 &quot;%2&quot;이(가) 올바르지 않습니다. true 또는 false를 지정하세요.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>--%1 옵션은 필수입니다.</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>the value of an option in the help: --group-id &lt;text&gt;</extracomment>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>the value of an option in the help: --offset &lt;number&gt;</extracomment>
        <translation>숫자</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Output</name>
    <message numerus="yes">
        <source>%1 (%n):</source>
        <extracomment>a heading over a table; %1 is the API&apos;s field name, %n the number of rows</extracomment>
        <translation>
            <numerusform>%1(%n개):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ctl::PartnersCommands</name>
    <message>
        <source>Partners: whether you may process cases, and a partner&apos;s service hours.</source>
        <translation>파트너: 케이스 처리 가능 여부와 파트너의 서비스 시간.</translation>
    </message>
    <message>
        <source>Show whether the caller, as a partner, may process cases (5.11.2).</source>
        <translation>호출자가 파트너로서 케이스를 처리할 수 있는지 표시합니다(5.11.2).</translation>
    </message>
    <message>
        <source>Show the service hours of the partner of a product or case (5.11.8).</source>
        <translation>제품 또는 케이스 파트너의 서비스 시간을 표시합니다(5.11.8).</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>케이스 하위 유형 ID(최대 32자).</translation>
    </message>
    <message>
        <source>The ISV product id (at most 64 characters).</source>
        <translation>ISV 제품 ID(최대 64자).</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>케이스 ID(최대 32자).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::QuotasCommands</name>
    <message>
        <source>How many cases of a problem type may still be created.</source>
        <translation>문제 유형별로 앞으로 생성할 수 있는 케이스 수.</translation>
    </message>
    <message>
        <source>Show the case quota of a product category and problem type (5.7.1).</source>
        <translation>제품 카테고리와 문제 유형의 케이스 할당량을 표시합니다(5.7.1).</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>제품 카테고리 ID(1-64자).</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>문제 유형 ID(1-32자).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::RelationsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>케이스 ID(1-32자).</translation>
    </message>
    <message>
        <source>The IAM group id (1-64 characters).</source>
        <translation>IAM 그룹 ID(1-64자).</translation>
    </message>
    <message>
        <source>Related cases: a case is related to at most 3 others.</source>
        <translation>관련 케이스: 케이스 하나에 다른 케이스를 최대 3개까지 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>List the cases related to a case (5.12.3).</source>
        <translation>케이스의 관련 케이스 목록을 표시합니다(5.12.3).</translation>
    </message>
    <message>
        <source>Relate cases to a case (5.12.1).</source>
        <translation>케이스에 다른 케이스를 연결합니다(5.12.1).</translation>
    </message>
    <message>
        <source>A case to relate (1-64 characters, not --case-id); 1-3 cases.</source>
        <translation>연결할 케이스(1-64자, --case-id 제외), 케이스 1-3개.</translation>
    </message>
    <message>
        <source>The cases were related.</source>
        <translation>케이스를 연결했습니다.</translation>
    </message>
    <message>
        <source>Remove the relation between two cases (5.12.2).</source>
        <translation>두 케이스 간의 연결을 해제합니다(5.12.2).</translation>
    </message>
    <message>
        <source>The related case (1-64 characters, not --case-id).</source>
        <translation>관련 케이스(1-64자, --case-id 제외).</translation>
    </message>
    <message>
        <source>The relation was removed.</source>
        <translation>연결을 해제했습니다.</translation>
    </message>
</context>
<context>
    <name>osm::ui::AboutDialog</name>
    <message>
        <source>OSM Desk %1
Qt %2 (built with %3)
QtKeychain %4</source>
        <translation>OSM Desk %1
Qt %2(빌드 버전 %3)
QtKeychain %4</translation>
    </message>
    <message>
        <source>About OSM Desk</source>
        <translation>OSM Desk 정보</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>A desktop client for Huawei Cloud support cases through the OSM API.

OSM Desk is free software under the MIT licence. It uses Qt, under the GNU LGPL version 3, and QtKeychain, under the BSD 3-clause licence; the licence texts are installed with those libraries (on Debian in /usr/share/doc/&lt;package&gt;/copyright).</source>
        <translation>OSM API를 통해 Huawei Cloud 지원 케이스를 처리하는 데스크톱 클라이언트입니다.

OSM Desk는 MIT 라이선스에 따른 자유 소프트웨어입니다. GNU LGPL 버전 3에 따른 Qt와 BSD 3-Clause 라이선스에 따른 QtKeychain을 사용합니다. 라이선스 전문은 각 라이브러리와 함께 설치됩니다(Debian에서는 /usr/share/doc/&lt;package&gt;/copyright).</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>애플리케이션 이름</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>라이선스</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilter</name>
    <message>
        <source>created %1 to %2</source>
        <translation>생성일 %1~%2</translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>생성일 %1 이후</translation>
    </message>
    <message>
        <source>created until %1</source>
        <translation>생성일 %1 이전</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>submitter: %1</source>
        <translation>제출자: %1</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>레이블: %1</translation>
    </message>
    <message>
        <source>case ID: %1</source>
        <translation>케이스 ID: %1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>설명: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilterBar</name>
    <message>
        <source>Created &amp;from</source>
        <translation>생성일 시작(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>종료(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>필터 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Case filters</source>
        <translation>케이스 필터</translation>
    </message>
    <message>
        <source>Keywords in description</source>
        <translation>설명 키워드</translation>
    </message>
    <message>
        <source>Search descriptions (up to three words)</source>
        <translation>설명 검색(최대 3단어)</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>케이스 ID</translation>
    </message>
    <message>
        <source>Submitter ID</source>
        <translation>제출자 ID</translation>
    </message>
    <message>
        <source>Sub-user ID</source>
        <translation>하위 사용자 ID</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>레이블 필터</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>생성일 시작</translation>
    </message>
    <message>
        <source>Created from date</source>
        <translation>생성일 시작 날짜</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>생성일 종료</translation>
    </message>
    <message>
        <source>Created until date</source>
        <translation>생성일 종료 날짜</translation>
    </message>
    <message>
        <source>Show every case again (%1)</source>
        <translation>모든 케이스를 다시 표시합니다(%1)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>현재 필터</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>모든 레이블</translation>
    </message>
    <message>
        <source>The selected view already lists one status.</source>
        <translation>선택한 보기에는 이미 한 가지 상태의 케이스만 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n words of up to 64 characters each.</source>
        <translation>
            <numerusform>단어당 최대 64자, 최대 %n단어까지 입력할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>필터 없음</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>필터: %1</translation>
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
    <name>osm::ui::CaseViewsModel</name>
    <message>
        <source>My cases</source>
        <translation>내 케이스</translation>
    </message>
    <message>
        <source>Group cases</source>
        <translation>그룹 케이스</translation>
    </message>
    <message>
        <source>%1: choose the IAM group whose cases to list</source>
        <translation>%1: 케이스 목록을 표시할 IAM 그룹을 선택하세요</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1, 케이스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, 읽지 않은 메시지 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseWindow</name>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>케이스 %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>케이스</translation>
    </message>
    <message>
        <source>Thread status</source>
        <translation>스레드 상태</translation>
    </message>
    <message>
        <source>Reload messages</source>
        <translation>메시지 다시 불러오기</translation>
    </message>
    <message>
        <source>Messages and reply</source>
        <translation>메시지 및 답장</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>메시지를 불러오는 중…</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>메시지를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>New messages cannot be checked right now. %1</source>
        <translation>지금은 새 메시지를 확인할 수 없습니다. %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>연결되지 않았습니다.</translation>
    </message>
    <message>
        <source>The message could not be withdrawn: %1</source>
        <translation>메시지를 회수할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ComposeBox</name>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>파일 첨부(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move File</source>
        <translation>파일 제거(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <source>Compose message</source>
        <translation>메시지 작성</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>보내기 오류</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>메시지 내용</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send.</source>
        <translation>Ctrl+Enter를 눌러 보냅니다.</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>답장 입력… (Ctrl+Enter로 보내기)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>Remove the selected attached file</source>
        <translation>선택한 첨부 파일을 제거합니다</translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation>남은 글자 수</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>메시지 보내기</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>보내기(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A staged attachment: file name and size, e.g. &quot;log.zip (1.2 MB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>메시지를 보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>파일 첨부</translation>
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
    <message>
        <source>Read the case list and the counts again (%1)</source>
        <translation>케이스 목록과 개수를 다시 불러옵니다(%1)</translation>
    </message>
    <message>
        <source>Group Cases</source>
        <translation>그룹 케이스</translation>
    </message>
    <message>
        <source>ID of the IAM group whose cases to list:</source>
        <translation>케이스 목록을 표시할 IAM 그룹의 ID:</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An attachment in a message: file name and size, e.g. &quot;log.zip (1.2 MB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Automated answer</source>
        <translation>자동 응답</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>정보 요청됨</translation>
    </message>
    <message>
        <source>Authorization requested</source>
        <translation>권한 부여 요청됨</translation>
    </message>
    <message>
        <source>Open authorization</source>
        <translation>권한 부여 열기</translation>
    </message>
    <message>
        <source>Provide parameters</source>
        <translation>매개변수 입력</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadModel</name>
    <message>
        <source>This message was withdrawn.</source>
        <translation>이 메시지는 회수되었습니다.</translation>
    </message>
    <message>
        <source>Support: %1, %2: %3</source>
        <translation>지원팀: %1, %2: %3</translation>
    </message>
    <message>
        <source>Customer: %1, %2: %3</source>
        <translation>고객: %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>첨부 파일 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending.</source>
        <translation>보내는 중.</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadView</name>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>The conversation of this case, oldest first.</source>
        <translation>이 케이스의 대화(오래된 순).</translation>
    </message>
    <message>
        <source>Withdraw Message</source>
        <translation>메시지 회수</translation>
    </message>
    <message>
        <source>Withdraw this message? Support will no longer see its text.</source>
        <translation>이 메시지를 회수하시겠습니까? 회수하면 지원팀은 더 이상 메시지 내용을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>메시지 작업</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>텍스트 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Withdraw Message…</source>
        <translation>메시지 회수(&amp;W)…</translation>
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
<context>
    <name>osm::ui::RichTextSanitizer</name>
    <message>
        <source>This message is too long to show in full; the rest was left out.</source>
        <translation>이 메시지는 너무 길어 전체를 표시할 수 없습니다. 나머지 부분은 생략되었습니다.</translation>
    </message>
</context>
<context>
    <name>osm::ui::ViewsPane</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A view&apos;s name and its number of unread messages, as mail clients show folders.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>IAM 그룹 선택(&amp;G)…</translation>
    </message>
</context>
</TS>
