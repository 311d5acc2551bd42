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
    <name>osm::CaseWriteSender</name>
    <message>
        <source>This queued change cannot be read. Discard it and make it again.</source>
        <translation>대기 중인 이 변경 사항을 읽을 수 없습니다. 삭제한 후 다시 작업하세요.</translation>
    </message>
</context>
<context>
    <name>osm::CreateCaseSender</name>
    <message>
        <source>A staged file of this case is missing.</source>
        <translation>이 케이스에 첨부하려고 준비한 파일이 없습니다.</translation>
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
    <message>
        <source>The connection was lost while the server was answering. Check whether the change was made before you try again.</source>
        <translation>서버가 응답하는 도중 연결이 끊어졌습니다. 다시 시도하기 전에 변경 사항이 적용되었는지 확인하세요.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to be read safely and was refused.</source>
        <translation>서버 응답이 너무 커서 안전하게 읽을 수 없으므로 거부했습니다.</translation>
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
    <name>osm::MessageSender</name>
    <message>
        <source>A staged file of this message is missing.</source>
        <translation>이 메시지에 첨부하려고 준비한 파일이 없습니다.</translation>
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
    <name>osm::app::DemoMenu</name>
    <message>
        <source>The simulator cannot listen on port %1 again: another program took it.</source>
        <translation>다른 프로그램이 포트 %1을(를) 사용하고 있어 시뮬레이터가 이 포트에서 다시 수신 대기할 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <extracomment>The menu of osmdesk --demo, which runs against the built-in simulator</extracomment>
        <translation>데모(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;top Simulator</source>
        <translation>시뮬레이터 중지(&amp;T)</translation>
    </message>
    <message>
        <source>Take the built-in simulator away, as if the server could not be reached: OSM Desk works from what it saved and keeps your replies until the simulator is back</source>
        <translation>서버에 연결할 수 없는 상황처럼 내장 시뮬레이터를 중지합니다. OSM Desk는 저장된 데이터로 동작하며, 시뮬레이터가 돌아올 때까지 답장을 보관합니다</translation>
    </message>
    <message>
        <source>&amp;Start Simulator</source>
        <translation>시뮬레이터 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Bring the built-in simulator back, with the same data</source>
        <translation>내장 시뮬레이터를 같은 데이터로 다시 시작합니다</translation>
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
    <message>
        <source>The data saved on this computer for this account could not be read, so OSM Desk started a new local database. Cases and messages are read again from the server.

The old file was kept here:
%1</source>
        <translation>이 컴퓨터에 저장된 이 계정의 데이터를 읽을 수 없어 OSM Desk가 새 로컬 데이터베이스를 만들었습니다. 케이스와 메시지는 서버에서 다시 불러옵니다.

기존 파일은 다음 위치에 보관되어 있습니다:
%1</translation>
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
    <name>osm::ctl::AgreementsCommands</name>
    <message>
        <source>0 new case, normal user (the default); 1 new case, ISV user; 2 authorization.</source>
        <translation>0 새 케이스(일반 사용자, 기본값), 1 새 케이스(ISV 사용자), 2 권한 부여.</translation>
    </message>
    <message>
        <source>The agreements to sign before creating a case: published, signed-latest, sign.</source>
        <translation>케이스를 생성하기 전에 서명해야 하는 약관: published, signed-latest, sign.</translation>
    </message>
    <message>
        <source>Show the latest published agreement of a type (5.1.1).</source>
        <translation>지정한 유형의 최신 게시 약관을 표시합니다(5.1.1).</translation>
    </message>
    <message>
        <source>Tell whether the account signed the latest agreement of a type (5.1.2).</source>
        <translation>계정이 지정한 유형의 최신 약관에 서명했는지 표시합니다(5.1.2).</translation>
    </message>
    <message>
        <source>Sign a published agreement (5.1.3); prints the record id &quot;cases create&quot; takes as --agreement-signed-record-id.</source>
        <translation>게시된 약관에 서명합니다(5.1.3). &quot;cases create&quot;의 --agreement-signed-record-id에 사용할 서명 기록 ID를 출력합니다.</translation>
    </message>
    <message>
        <source>The agreement&apos;s id, as &quot;agreements published&quot; shows it (1-2147483647).</source>
        <translation>&quot;agreements published&quot;에 표시되는 약관 ID(1-2147483647).</translation>
    </message>
    <message>
        <source>A relation id (1-32 characters).</source>
        <translation>연관 ID(1-32자).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AttachmentsCommands</name>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>파일을 읽을 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>The IAM group, for an attachment of another member&apos;s case (at most 64 characters).</source>
        <translation>IAM 그룹. 그룹의 다른 구성원 케이스의 첨부 파일을 가져올 때 지정합니다(최대 64자).</translation>
    </message>
    <message>
        <source>Save as this file (replaced if it exists).</source>
        <translation>이 파일로 저장합니다(이미 있으면 덮어씀).</translation>
    </message>
    <message>
        <source>Save into this folder under the server&apos;s file name, made safe and unique (default: the current folder).</source>
        <translation>서버의 파일 이름을 안전하고 중복되지 않게 바꾸어 이 폴더에 저장합니다(기본값: 현재 폴더).</translation>
    </message>
    <message>
        <source>Attachments: upload, download, image, delete, limits, download links.</source>
        <translation>첨부 파일: 업로드, 다운로드, 이미지, 삭제, 한도, 다운로드 링크.</translation>
    </message>
    <message>
        <source>Upload a file for a new case or a message (5.5.1); prints its id.</source>
        <translation>새 케이스 또는 메시지에 사용할 파일을 업로드합니다(5.5.1). 파일 ID를 출력합니다.</translation>
    </message>
    <message>
        <source>The local file to upload.</source>
        <translation>업로드할 로컬 파일.</translation>
    </message>
    <message>
        <source>The name the server keeps (1-512 characters; default the file&apos;s own name).</source>
        <translation>서버에 저장될 이름(1-512자, 기본값: 원래 파일 이름).</translation>
    </message>
    <message>
        <source>incident (for a new case, the default) or message.</source>
        <translation>incident(새 케이스, 기본값) 또는 message.</translation>
    </message>
    <message>
        <source>0 (the default) or 1 (markdown mode).</source>
        <translation>0(기본값) 또는 1(Markdown 모드).</translation>
    </message>
    <message>
        <source>Send the content Base64-encoded in a JSON body (5.5.2) instead of a streamed multipart upload; the file is read into memory.</source>
        <translation>스트리밍 멀티파트 업로드 대신 내용을 Base64로 인코딩하여 JSON 본문으로 보냅니다(5.5.2). 파일 전체를 메모리로 읽어 들입니다.</translation>
    </message>
    <message>
        <source>Download attachments (5.5.4); several come as one archive.</source>
        <translation>첨부 파일을 다운로드합니다(5.5.4). 여러 개를 지정하면 하나의 아카이브로 받습니다.</translation>
    </message>
    <message>
        <source>An attachment id (1-32 characters); 340 characters in all at most.</source>
        <translation>첨부 파일 ID(1-32자), 전체 합계 최대 340자.</translation>
    </message>
    <message>
        <source>Download an image attachment as it is displayed (5.5.5).</source>
        <translation>이미지 첨부 파일을 화면에 표시되는 형태로 다운로드합니다(5.5.5).</translation>
    </message>
    <message>
        <source>The attachment id (1-32 characters).</source>
        <translation>첨부 파일 ID(1-32자).</translation>
    </message>
    <message>
        <source>Delete an uploaded attachment that no case or message uses yet (5.5.3).</source>
        <translation>아직 케이스나 메시지에 사용되지 않은 업로드된 첨부 파일을 삭제합니다(5.5.3).</translation>
    </message>
    <message>
        <source>The attachment was deleted.</source>
        <translation>첨부 파일을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Show how many files, how large and of which types may be attached (5.5.6).</source>
        <translation>첨부할 수 있는 파일 수, 크기, 형식을 표시합니다(5.5.6).</translation>
    </message>
    <message>
        <source>Show temporary download links of attachments (5.2.1).</source>
        <translation>첨부 파일의 임시 다운로드 링크를 표시합니다(5.2.1).</translation>
    </message>
    <message>
        <source>An attachment id; 1-100.</source>
        <translation>첨부 파일 ID, 1-100개.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AuthorizationsCommands</name>
    <message>
        <source>The authorization&apos;s id (1-32 characters).</source>
        <translation>권한 부여 ID(1-32자).</translation>
    </message>
    <message>
        <source>The id of an item of the authorization (authorization_detail_id, a whole number ≥ 0).</source>
        <translation>권한 부여 항목 ID(authorization_detail_id, 0 이상의 정수).</translation>
    </message>
    <message>
        <source>The IAM group, for the authorizations of its other members (at most 64 characters).</source>
        <translation>IAM 그룹. 그룹의 다른 구성원의 권한 부여를 조회할 때 지정합니다(최대 64자).</translation>
    </message>
    <message>
        <source>false: keep the rich-text markup of the description (default true: plain text).</source>
        <translation>false: 설명의 서식 있는 텍스트 마크업을 유지합니다(기본값 true: 일반 텍스트).</translation>
    </message>
    <message>
        <source>The bastion-host session&apos;s id (session_id, from &quot;sessions&quot;).</source>
        <translation>배스천 호스트 세션 ID(session_id, &quot;sessions&quot;에서 확인).</translation>
    </message>
    <message>
        <source>0 newest first (default), 1 oldest first.</source>
        <translation>0 최신 순(기본값), 1 오래된 순.</translation>
    </message>
    <message>
        <source>Skip this many records (-1..65535, default 0).</source>
        <translation>건너뛸 기록 수(-1..65535, 기본값 0).</translation>
    </message>
    <message>
        <source>At most this many records (-1..100, default 10).</source>
        <translation>가져올 최대 기록 수(-1..100, 기본값 10).</translation>
    </message>
    <message>
        <source>The host&apos;s password (1-10240 characters). A command line is visible to other local users: leave it out to take the password from the environment variable OSM_HOST_PASSWORD.</source>
        <translation>호스트 비밀번호(1-10240자). 명령줄은 이 컴퓨터의 다른 사용자에게 보일 수 있으므로, 이 옵션을 생략하고 환경 변수 OSM_HOST_PASSWORD에서 비밀번호를 가져오게 하세요.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>--%1 expects epoch milliseconds or an ISO 8601 time, not &quot;%2&quot;.</source>
        <translation>--%1 값 &quot;%2&quot;이(가) 올바르지 않습니다. 에포크 밀리초 또는 ISO 8601 시간을 지정하세요.</translation>
    </message>
    <message>
        <source>Agree from this time: epoch milliseconds or ISO 8601 (default now).</source>
        <translation>동의 시작 시간: 에포크 밀리초 또는 ISO 8601(기본값: 현재).</translation>
    </message>
    <message>
        <source>Agree until this time: epoch milliseconds or ISO 8601 (default a day later).</source>
        <translation>동의 종료 시간: 에포크 밀리초 또는 ISO 8601(기본값: 1일 후).</translation>
    </message>
    <message>
        <source>Access requests of support engineers: list, show, agree, reject, revoke, check hosts, bastion-host records.</source>
        <translation>지원 엔지니어의 액세스 요청: 목록 표시, 조회, 동의, 거부, 철회, 호스트 확인, 배스천 호스트 기록.</translation>
    </message>
    <message>
        <source>List the authorization requests, with every filter of the API (5.6.6).</source>
        <translation>API의 모든 필터를 사용하여 권한 부여 요청 목록을 표시합니다(5.6.6).</translation>
    </message>
    <message>
        <source>Those of this sub-user name (at most 64 characters).</source>
        <translation>이 하위 사용자 이름의 요청(최대 64자).</translation>
    </message>
    <message>
        <source>Those of this case id (at most 32 characters).</source>
        <translation>이 케이스 ID의 요청(최대 32자).</translation>
    </message>
    <message>
        <source>The status (-1..10): 0 pending, 1 agreed, 2 rejected, 3 expired, 4 withdrawn, 5 revoked.</source>
        <translation>상태(-1..10): 0 대기 중, 1 동의됨, 2 거부됨, 3 만료됨, 4 요청 취소됨, 5 철회됨.</translation>
    </message>
    <message>
        <source>A part of the case&apos;s description (at most 64 characters).</source>
        <translation>케이스 설명의 일부(최대 64자).</translation>
    </message>
    <message>
        <source>Skip this many requests (0-65535, default 0).</source>
        <translation>건너뛸 요청 수(0-65535, 기본값 0).</translation>
    </message>
    <message>
        <source>At most this many requests (1-100, default 10).</source>
        <translation>가져올 최대 요청 수(1-100, 기본값 10).</translation>
    </message>
    <message>
        <source>Show an authorization request with its items (5.6.4).</source>
        <translation>권한 부여 요청과 해당 항목을 표시합니다(5.6.4).</translation>
    </message>
    <message>
        <source>Agree to an authorization request for a period (5.6.5).</source>
        <translation>권한 부여 요청에 기간을 정해 동의합니다(5.6.5).</translation>
    </message>
    <message>
        <source>item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>An item and what you supply for it: auth-detail-id=&lt;number&gt;[,port=&lt;1-65535&gt;][,account=&lt;text&gt;]; at most 6. An item with an account gets the password of OSM_HOST_PASSWORD.</source>
        <translation>항목과 해당 항목에 제공할 값: auth-detail-id=&lt;number&gt;[,port=&lt;1-65535&gt;][,account=&lt;text&gt;], 최대 6개. 계정을 지정한 항목에는 OSM_HOST_PASSWORD의 비밀번호가 사용됩니다.</translation>
    </message>
    <message>
        <source>--auth-detail-list expects &quot;auth-detail-id=&lt;number&gt;[,port=&lt;number&gt;][,account=&lt;text&gt;]&quot;, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; auth-detail-id, port and account are typed as they are</extracomment>
        <translation>--auth-detail-list 값 &quot;%1&quot;이(가) 올바르지 않습니다. &quot;auth-detail-id=&lt;number&gt;[,port=&lt;number&gt;][,account=&lt;text&gt;]&quot; 형식으로 지정하세요.</translation>
    </message>
    <message>
        <source>Agree for this agency (at most 64 characters).</source>
        <translation>이 위임(에이전시)으로 동의합니다(최대 64자).</translation>
    </message>
    <message>
        <source>The authorization was agreed.</source>
        <translation>권한 부여 요청에 동의했습니다.</translation>
    </message>
    <message>
        <source>Reject a pending authorization request (5.6.2, action_id reject).</source>
        <translation>대기 중인 권한 부여 요청을 거부합니다(5.6.2, action_id reject).</translation>
    </message>
    <message>
        <source>Why (1-300 characters).</source>
        <translation>사유(1-300자).</translation>
    </message>
    <message>
        <source>The authorization was rejected.</source>
        <translation>권한 부여 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>Revoke an agreed authorization (5.6.2, action_id cancel).</source>
        <translation>동의한 권한 부여를 철회합니다(5.6.2, action_id cancel).</translation>
    </message>
    <message>
        <source>The authorization was revoked.</source>
        <translation>권한 부여를 철회했습니다.</translation>
    </message>
    <message>
        <source>Check a host item&apos;s port, account and password (5.6.1).</source>
        <translation>호스트 항목의 포트, 계정, 비밀번호를 확인합니다(5.6.1).</translation>
    </message>
    <message>
        <source>The host&apos;s port (1-65535).</source>
        <translation>호스트 포트(1-65535).</translation>
    </message>
    <message>
        <source>The host account (1-64 characters).</source>
        <translation>호스트 계정(1-64자).</translation>
    </message>
    <message>
        <source>The port, account and password of the host are right.</source>
        <translation>호스트의 포트, 계정, 비밀번호가 올바릅니다.</translation>
    </message>
    <message>
        <source>Show how you signed in: ASSUMED, FEDERATION… (5.6.3).</source>
        <translation>로그인 방식을 표시합니다: ASSUMED, FEDERATION… (5.6.3).</translation>
    </message>
    <message>
        <source>List the bastion-host sessions on an authorized item (5.6.8).</source>
        <translation>권한이 부여된 항목의 배스천 호스트 세션 목록을 표시합니다(5.6.8).</translation>
    </message>
    <message>
        <source>List the commands run in a bastion-host session (5.6.7).</source>
        <translation>배스천 호스트 세션에서 실행된 명령 목록을 표시합니다(5.6.7).</translation>
    </message>
    <message>
        <source>List the file transfers of a bastion-host session (5.6.9).</source>
        <translation>배스천 호스트 세션의 파일 전송 목록을 표시합니다(5.6.9).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false: 설명과 메시지의 서식 있는 텍스트 마크업을 유지합니다(기본값 true: 일반 텍스트).</translation>
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
    <message>
        <source>--%1 expects KEY=VALUE or KEY:=JSON, not &quot;%2&quot;.</source>
        <translation>--%1 값 &quot;%2&quot;이(가) 올바르지 않습니다. KEY=VALUE 또는 KEY:=JSON 형식으로 지정하세요.</translation>
    </message>
    <message>
        <source>--%1: the value of %2 is not JSON.</source>
        <translation>--%1: %2의 값이 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a JSON object.</source>
        <translation>--%1: &quot;%2&quot;은(는) JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>--%1 expects SATISFACTION_ID=VALUE (two whole numbers) or a JSON object, not &quot;%2&quot;.</source>
        <translation>--%1 값 &quot;%2&quot;이(가) 올바르지 않습니다. SATISFACTION_ID=VALUE(정수 두 개) 또는 JSON 객체를 지정하세요.</translation>
    </message>
    <message>
        <source>KEY=VALUE sends the value as text, KEY:=JSON as a JSON value (a number, true, an object).</source>
        <translation>KEY=VALUE는 값을 텍스트로, KEY:=JSON은 JSON 값(숫자, true, 객체 등)으로 보냅니다.</translation>
    </message>
    <message>
        <source>A rating: SATISFACTION_ID=VALUE (the ids of &quot;osmctl config satisfaction-dimensions&quot;), or a JSON object with satisfaction_id, satisfaction_value and the other fields of IncidentSatisfactionV2Do; at most 100.</source>
        <translation>평가: SATISFACTION_ID=VALUE(&quot;osmctl config satisfaction-dimensions&quot;의 ID) 또는 satisfaction_id, satisfaction_value 및 IncidentSatisfactionV2Do의 기타 필드를 포함한 JSON 객체, 최대 100개.</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs, create, act on (cancel, close, urge, delete), rate, export, contacts, additional parameters, regions.</source>
        <translation>지원 케이스: 목록, 조회, 집계, 상태, 로그, 생성, 작업(취소, 종료, 독촉, 삭제), 평가, 내보내기, 연락처, 추가 매개변수, 리전.</translation>
    </message>
    <message>
        <source>Create a case (5.3.5); prints its id.</source>
        <translation>케이스를 생성합니다(5.3.5). 케이스 ID를 출력합니다.</translation>
    </message>
    <message>
        <source>The problem type id, from &quot;osmctl config problem-types&quot; (at most 512 characters).</source>
        <translation>문제 유형 ID(&quot;osmctl config problem-types&quot;에서 확인, 최대 512자).</translation>
    </message>
    <message>
        <source>The description of the problem (at most 2000 characters).</source>
        <translation>문제 설명(최대 2000자).</translation>
    </message>
    <message>
        <source>The case sub-type id, from &quot;osmctl config categories&quot; (at most 32 characters).</source>
        <translation>케이스 하위 유형 ID(&quot;osmctl config categories&quot;에서 확인, 최대 32자).</translation>
    </message>
    <message>
        <source>The region id (at most 64 characters); needed when the problem type&apos;s case_type is 5.</source>
        <translation>리전 ID(최대 64자). 문제 유형의 case_type이 5이면 필수입니다.</translation>
    </message>
    <message>
        <source>The case source (at most 32 characters; default the fixed value the reference gives).</source>
        <translation>케이스 소스(최대 32자, 기본값: API 참조 문서에 명시된 고정값).</translation>
    </message>
    <message>
        <source>The mobile number for reminders (at most 32 characters).</source>
        <translation>알림을 받을 휴대폰 번호(최대 32자).</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (at most 128 characters).</source>
        <translation>알림을 받을 이메일 주소(최대 128자).</translation>
    </message>
    <message>
        <source>When reminders may come (at most 16 characters).</source>
        <translation>알림을 받을 수 있는 시간대(최대 16자).</translation>
    </message>
    <message>
        <source>The project id (at most 64 characters).</source>
        <translation>프로젝트 ID(최대 64자).</translation>
    </message>
    <message>
        <source>An id &quot;osmctl attachments upload&quot; printed; at most 100.</source>
        <translation>&quot;osmctl attachments upload&quot;가 출력한 ID, 최대 100개.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>An additional parameter of the problem type (&quot;osmctl config extends-params&quot;); at most 100, keys at most 32 characters.</source>
        <translation>문제 유형의 추가 매개변수(&quot;osmctl config extends-params&quot; 참조), 최대 100개, 키는 최대 32자.</translation>
    </message>
    <message>
        <source>An extension parameter, such as remindCCEmail=a@example.org,b@example.org; at most 100, keys at most 32 characters.</source>
        <translation>확장 매개변수(예: remindCCEmail=a@example.org,b@example.org), 최대 100개, 키는 최대 32자.</translation>
    </message>
    <message>
        <source>The severity id, from &quot;osmctl config severities&quot; (at most 64 characters).</source>
        <translation>심각도 ID(&quot;osmctl config severities&quot;에서 확인, 최대 64자).</translation>
    </message>
    <message>
        <source>The code sent to a contact that is not registered (&quot;osmctl verify send&quot;; at most 6 characters).</source>
        <translation>등록되지 않은 연락처로 보낸 인증 코드(&quot;osmctl verify send&quot;, 최대 6자).</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (at most 32 characters).</source>
        <translation>휴대폰 번호의 전화 국가 코드(최대 32자).</translation>
    </message>
    <message>
        <source>IncidentService (a case) or IntelligentCustomerService (online service).</source>
        <translation>IncidentService(케이스) 또는 IntelligentCustomerService(온라인 서비스).</translation>
    </message>
    <message>
        <source>A session id (at most 64 characters); at most 5.</source>
        <translation>세션 ID(최대 64자), 최대 5개.</translation>
    </message>
    <message>
        <source>The record &quot;osmctl agreements sign&quot; printed.</source>
        <translation>&quot;osmctl agreements sign&quot;이 출력한 서명 기록 ID.</translation>
    </message>
    <message>
        <source>What the user said to the assistant to ask for a human (online service).</source>
        <translation>사용자가 상담원 연결을 요청하며 어시스턴트에게 입력한 내용(온라인 서비스).</translation>
    </message>
    <message>
        <source>The assistant the case comes from: 0, 1 or 2.</source>
        <translation>케이스가 생성된 어시스턴트: 0, 1, 2 중 하나.</translation>
    </message>
    <message>
        <source>Cancel, close, urge or delete a case (5.3.8); a close may carry a rating.</source>
        <translation>케이스를 취소, 종료, 독촉 또는 삭제합니다(5.3.8). 종료할 때 평가를 함께 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>cancel, close, press (urge the engineers) or delete.</source>
        <translation>cancel, close, press(엔지니어에게 독촉) 또는 delete.</translation>
    </message>
    <message>
        <source>--action expects cancel, close, press or delete, not &quot;%1&quot;.</source>
        <translation>--action 값 &quot;%1&quot;이(가) 올바르지 않습니다. cancel, close, press, delete 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>Why (at most 400 characters).</source>
        <translation>사유(최대 400자).</translation>
    </message>
    <message>
        <source>With close: a comment on how the case was handled (at most 400 characters).</source>
        <translation>close와 함께 사용: 케이스 처리에 대한 의견(최대 400자).</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>With close:</source>
        <translation>close와 함께 사용:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>완료했습니다.</translation>
    </message>
    <message>
        <source>Rate a case (5.3.6).</source>
        <translation>케이스를 평가합니다(5.3.6).</translation>
    </message>
    <message>
        <source>A comment on how the case was handled (at most 400 characters; default empty).</source>
        <translation>케이스 처리에 대한 의견(최대 400자, 기본값: 없음).</translation>
    </message>
    <message>
        <source>The rating was sent.</source>
        <translation>평가를 보냈습니다.</translation>
    </message>
    <message>
        <source>Export the cases matching the filters to a file (5.3.7); its language follows --language.</source>
        <translation>필터와 일치하는 케이스를 파일로 내보냅니다(5.3.7). 파일의 언어는 --language를 따릅니다.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>저장할 파일(이미 있으면 덮어씀).</translation>
    </message>
    <message>
        <source>A case id; 3400 characters in all at most.</source>
        <translation>케이스 ID, 전체 합계 최대 3400자.</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters).</source>
        <translation>설명의 키워드(최대 64자).</translation>
    </message>
    <message>
        <source>The user id (at most 64 characters).</source>
        <translation>사용자 ID(최대 64자).</translation>
    </message>
    <message>
        <source>A source id; at most 100.</source>
        <translation>소스 ID, 최대 100개.</translation>
    </message>
    <message>
        <source>The service type of the case (at most 32 characters).</source>
        <translation>케이스의 서비스 유형(최대 32자).</translation>
    </message>
    <message>
        <source>The time zone of the file&apos;s times, such as GMT+8 (at most 32 characters).</source>
        <translation>파일에 기록할 시간의 시간대(예: GMT+8, 최대 32자).</translation>
    </message>
    <message>
        <source>Skip this many cases (-1-65535).</source>
        <translation>건너뛸 케이스 수(-1-65535).</translation>
    </message>
    <message>
        <source>At most this many cases (-1-100; -1: all).</source>
        <translation>가져올 최대 케이스 수(-1-100, -1: 전체).</translation>
    </message>
    <message>
        <source>Change who is reminded about a case, and how (5.3.1).</source>
        <translation>케이스 알림을 받을 대상과 방법을 변경합니다(5.3.1).</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (1-32 characters).</source>
        <translation>휴대폰 번호의 전화 국가 코드(1-32자).</translation>
    </message>
    <message>
        <source>The mobile number for reminders (1-32 characters).</source>
        <translation>알림을 받을 휴대폰 번호(1-32자).</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (1-128 characters).</source>
        <translation>알림을 받을 이메일 주소(1-128자).</translation>
    </message>
    <message>
        <source>When reminders may come (1-16 characters).</source>
        <translation>알림을 받을 수 있는 시간대(1-16자).</translation>
    </message>
    <message>
        <source>contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>contactType, remindCCEmail, remindEncryptCCEmail 또는 isReceiveMsgRemind.</translation>
    </message>
    <message>
        <source>The contact information was changed.</source>
        <translation>연락처 정보를 변경했습니다.</translation>
    </message>
    <message>
        <source>List the additional parameters given for a case (5.3.2).</source>
        <translation>케이스에 제공된 추가 매개변수 목록을 표시합니다(5.3.2).</translation>
    </message>
    <message>
        <source>The case id (1-64 characters).</source>
        <translation>케이스 ID(1-64자).</translation>
    </message>
    <message>
        <source>Give additional parameters for a case, as an engineer asked (5.3.3).</source>
        <translation>엔지니어의 요청에 따라 케이스에 추가 매개변수를 제공합니다(5.3.3).</translation>
    </message>
    <message>
        <source>A parameter (the param_key of &quot;osmctl config extends-params&quot;); 1-100.</source>
        <translation>매개변수(&quot;osmctl config extends-params&quot;의 param_key), 1-100개.</translation>
    </message>
    <message>
        <source>The message that asked for them (1-64 characters).</source>
        <translation>매개변수를 요청한 메시지의 ID(1-64자).</translation>
    </message>
    <message>
        <source>The additional parameters were sent.</source>
        <translation>추가 매개변수를 보냈습니다.</translation>
    </message>
    <message>
        <source>List the regions associated with the account (5.3.4).</source>
        <translation>계정에 연결된 리전 목록을 표시합니다(5.3.4).</translation>
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
    <name>osm::ctl::ConfigurationsCommands</name>
    <message>
        <source>Configuration items of the service, by key.</source>
        <translation>키로 조회하는 서비스 구성 항목.</translation>
    </message>
    <message>
        <source>Show a configuration item (5.14.1).</source>
        <translation>구성 항목을 표시합니다(5.14.1).</translation>
    </message>
    <message>
        <source>The item&apos;s key (1-128 characters), e.g. case.create-case.diagnose-list.</source>
        <translation>항목의 키(1-128자). 예: case.create-case.diagnose-list.</translation>
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
    <name>osm::ctl::DiagnoseCommands</name>
    <message>
        <source>The diagnosis: 1 ECS, 2 RDS, 3 remote login, 4 network health.</source>
        <translation>진단 유형: 1 ECS, 2 RDS, 3 원격 로그인, 4 네트워크 상태.</translation>
    </message>
    <message>
        <source>The region (region_id), e.g. cn-south-1.</source>
        <translation>리전(region_id). 예: cn-south-1.</translation>
    </message>
    <message>
        <source>The diagnosis job&apos;s id (at most 64 characters).</source>
        <translation>진단 작업 ID(최대 64자).</translation>
    </message>
    <message>
        <source>One-click diagnosis: pick a VM, start a diagnosis, follow it, read its advice, past diagnoses.</source>
        <translation>원클릭 진단: VM 선택, 진단 시작, 진행 상황 확인, 권장 조치 확인, 이전 진단.</translation>
    </message>
    <message>
        <source>List the VMs of a project that can be diagnosed (5.15.6).</source>
        <translation>프로젝트에서 진단할 수 있는 VM 목록을 표시합니다(5.15.6).</translation>
    </message>
    <message>
        <source>The project id.</source>
        <translation>프로젝트 ID.</translation>
    </message>
    <message>
        <source>Only the VMs of this region.</source>
        <translation>이 리전의 VM만.</translation>
    </message>
    <message>
        <source>The page, counted from 1 (default 1).</source>
        <translation>페이지 번호(1부터 시작, 기본값 1).</translation>
    </message>
    <message>
        <source>VMs per page (1-100, default 5).</source>
        <translation>페이지당 VM 수(1-100, 기본값 5).</translation>
    </message>
    <message>
        <source>Only the VM with this id.</source>
        <translation>이 ID의 VM만.</translation>
    </message>
    <message>
        <source>Only the VM with this IP address.</source>
        <translation>이 IP 주소의 VM만.</translation>
    </message>
    <message>
        <source>Only the VMs whose name contains this.</source>
        <translation>이름에 이 문자열이 포함된 VM만.</translation>
    </message>
    <message>
        <source>Start a diagnosis; prints its job_id (5.15.5).</source>
        <translation>진단을 시작합니다. job_id를 출력합니다(5.15.5).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>What to diagnose: vm_id=&lt;id&gt; or eip=&lt;address&gt; (ECS, remote login), instanceId=&lt;id&gt; (RDS).</source>
        <translation>진단 대상: vm_id=&lt;id&gt; 또는 eip=&lt;address&gt;(ECS, 원격 로그인), instanceId=&lt;id&gt;(RDS).</translation>
    </message>
    <message>
        <source>--params expects key=value, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; key=value is typed as it is</extracomment>
        <translation>--params 값 &quot;%1&quot;이(가) 올바르지 않습니다. key=value 형식으로 지정하세요.</translation>
    </message>
    <message>
        <source>Show how far a diagnosis got, item by item (5.15.3).</source>
        <translation>진단 진행 상황을 항목별로 표시합니다(5.15.3).</translation>
    </message>
    <message>
        <source>Show the findings and advice of checks of a diagnosis (5.15.2).</source>
        <translation>진단 검사 항목의 결과와 권장 조치를 표시합니다(5.15.2).</translation>
    </message>
    <message>
        <source>A check id (at most 64 characters); at most 100.</source>
        <translation>검사 항목 ID(최대 64자), 최대 100개.</translation>
    </message>
    <message>
        <source>List past diagnoses, newest first (5.15.4).</source>
        <translation>이전 진단 목록을 최신 순으로 표시합니다(5.15.4).</translation>
    </message>
    <message>
        <source>Diagnoses per page (1-100, default 10).</source>
        <translation>페이지당 진단 수(1-100, 기본값 10).</translation>
    </message>
    <message>
        <source>The diagnosis: 1 ECS (default), 2 RDS, 3 remote login, 4 network health.</source>
        <translation>진단 유형: 1 ECS(기본값), 2 RDS, 3 원격 로그인, 4 네트워크 상태.</translation>
    </message>
    <message>
        <source>Say whether your latest diagnosis of a type helped (5.15.1).</source>
        <translation>지정한 유형의 최근 진단이 도움이 되었는지 피드백합니다(5.15.1).</translation>
    </message>
    <message>
        <source>Whether it helped.</source>
        <translation>도움이 되었는지 여부.</translation>
    </message>
    <message>
        <source>Your comment (at most 10000 characters).</source>
        <translation>의견(최대 10000자).</translation>
    </message>
    <message>
        <source>Thank you: the feedback was sent.</source>
        <translation>감사합니다. 피드백을 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FeedbackCommands</name>
    <message>
        <source>Report an intellectual-property infringement or illegal information on Huawei Cloud.</source>
        <translation>Huawei Cloud에서 발견한 지식 재산권 침해 또는 불법 정보를 신고합니다.</translation>
    </message>
    <message>
        <source>Report an infringement or illegal information (5.16.1).</source>
        <translation>권리 침해 또는 불법 정보를 신고합니다(5.16.1).</translation>
    </message>
    <message>
        <source>What is reported: infringement or illegal.</source>
        <translation>신고 유형: infringement(권리 침해) 또는 illegal(불법 정보).</translation>
    </message>
    <message>
        <source>&quot;&lt;product or service&gt;; &lt;website URL&gt;&quot; (at most 2048 characters).</source>
        <translation>&quot;&lt;제품 또는 서비스&gt;; &lt;웹사이트 URL&gt;&quot;(최대 2048자).</translation>
    </message>
    <message>
        <source>What is reported (1-5000 characters).</source>
        <translation>신고 내용(1-5000자).</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); 1-3.</source>
        <translation>업로드한 첨부 파일의 ID(1-32자), 1-3개.</translation>
    </message>
    <message>
        <source>For illegal information: sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack or spam.</source>
        <translation>불법 정보의 유형: sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack 또는 spam.</translation>
    </message>
    <message>
        <source>The reported party or merchant (at most 255 characters).</source>
        <translation>신고 대상자 또는 판매자(최대 255자).</translation>
    </message>
    <message>
        <source>The infringing product or service (at most 255 characters).</source>
        <translation>권리를 침해한 제품 또는 서비스(최대 255자).</translation>
    </message>
    <message>
        <source>The infringed right (ip.ip_type, required for infringement): copyright, trademark, patent or other.</source>
        <translation>침해된 권리(ip.ip_type, 권리 침해 신고 시 필수): copyright(저작권), trademark(상표권), patent(특허권) 또는 other(기타).</translation>
    </message>
    <message>
        <source>Where the right is registered (ip.ip_area, at most 128 characters).</source>
        <translation>권리가 등록된 지역(ip.ip_area, 최대 128자).</translation>
    </message>
    <message>
        <source>The registration or application number (ip.ip_number, at most 512 characters).</source>
        <translation>등록 번호 또는 출원 번호(ip.ip_number, 최대 512자).</translation>
    </message>
    <message>
        <source>The right, in short (ip.ip_content, required for infringement, at most 5000 characters).</source>
        <translation>권리 요약(ip.ip_content, 권리 침해 신고 시 필수, 최대 5000자).</translation>
    </message>
    <message>
        <source>An attachment id proving the right (ip.ip_files); at most 3.</source>
        <translation>권리를 증명하는 첨부 파일 ID(ip.ip_files), 최대 3개.</translation>
    </message>
    <message>
        <source>Your name (contacts.name, required for infringement, at most 512 characters).</source>
        <translation>이름(contacts.name, 권리 침해 신고 시 필수, 최대 512자).</translation>
    </message>
    <message>
        <source>Your mobile number (contacts.mobile, required for infringement, at most 32 characters).</source>
        <translation>휴대폰 번호(contacts.mobile, 권리 침해 신고 시 필수, 최대 32자).</translation>
    </message>
    <message>
        <source>Your e-mail address (contacts.mail, required for infringement, at most 128 characters).</source>
        <translation>이메일 주소(contacts.mail, 권리 침해 신고 시 필수, 최대 128자).</translation>
    </message>
    <message>
        <source>Your country or region (contacts.area, at most 128 characters).</source>
        <translation>국가 또는 지역(contacts.area, 최대 128자).</translation>
    </message>
    <message>
        <source>Your address (contacts.address, at most 512 characters).</source>
        <translation>주소(contacts.address, 최대 512자).</translation>
    </message>
    <message>
        <source>Who reports (contacts.id_type): 10 enterprise, 20 individual, 21 authorized agent, 22 lawyer, 23 right owner.</source>
        <translation>신고자 유형(contacts.id_type): 10 기업, 20 개인, 21 위임받은 대리인, 22 변호사, 23 권리자.</translation>
    </message>
    <message>
        <source>Your company (contacts.company_name, at most 512 characters).</source>
        <translation>회사 이름(contacts.company_name, 최대 512자).</translation>
    </message>
    <message>
        <source>An attachment id proving your identity (contacts.id_files); at most 3.</source>
        <translation>신원을 증명하는 첨부 파일 ID(contacts.id_files), 최대 3개.</translation>
    </message>
    <message>
        <source>Another way to reach you (contacts.other_way, at most 512 characters).</source>
        <translation>기타 연락 방법(contacts.other_way, 최대 512자).</translation>
    </message>
    <message>
        <source>An attachment id proving your authorisation (contacts.authorization_files); at most 3.</source>
        <translation>위임 사실을 증명하는 첨부 파일 ID(contacts.authorization_files), 최대 3개.</translation>
    </message>
    <message>
        <source>The report was sent.</source>
        <translation>신고를 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FileTransfer</name>
    <message>
        <source>Uploading: %1 of %2</source>
        <extracomment>%1 and %2 are sizes such as &quot;1.5 MB&quot;</extracomment>
        <translation>업로드 중: %1/%2</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>다운로드 중: %1/%2</translation>
    </message>
    <message>
        <source>Uploading: %1</source>
        <extracomment>%1 is a size such as &quot;1.5 MB&quot;</extracomment>
        <translation>업로드 중: %1</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>다운로드 중: %1</translation>
    </message>
    <message>
        <source>give either --output or --dir, not both.</source>
        <translation>--output과 --dir 중 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>it is a folder; use --dir for a folder.</source>
        <translation>폴더입니다. 폴더를 지정하려면 --dir을 사용하세요.</translation>
    </message>
    <message>
        <source>its folder does not exist.</source>
        <translation>파일을 저장할 폴더가 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>폴더가 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>the file could not be written; the download was kept as %1.</source>
        <translation>파일에 쓸 수 없습니다. 다운로드한 내용은 %1(으)로 보관했습니다.</translation>
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
    <name>osm::ctl::PrivilegesCommands</name>
    <message>
        <source>The privilege: export (export cases), createCase (create cases) or assumeCaseAll (case work of a delegated account).</source>
        <translation>권한: export(케이스 내보내기), createCase(케이스 생성) 또는 assumeCaseAll(위임된 계정의 케이스 작업).</translation>
    </message>
    <message>
        <source>Case privileges: the restrictions of sub-users and whether you hold a privilege.</source>
        <translation>케이스 권한: 하위 사용자 제한 및 권한 보유 여부.</translation>
    </message>
    <message>
        <source>Show whether the restriction of a privilege is switched on (5.4.1).</source>
        <translation>권한 제한이 켜져 있는지 표시합니다(5.4.1).</translation>
    </message>
    <message>
        <source>Show whether you hold a privilege: has_privilege 1 or 0 (5.4.2).</source>
        <translation>권한을 보유하고 있는지 표시합니다: has_privilege 1 또는 0(5.4.2).</translation>
    </message>
    <message>
        <source>Switch the restriction of a privilege on (create) or off (delete) (5.4.3).</source>
        <translation>권한 제한을 켜거나(create) 끕니다(delete)(5.4.3).</translation>
    </message>
    <message>
        <source>create switches the restriction on, delete switches it off.</source>
        <translation>create는 제한을 켜고 delete는 제한을 끕니다.</translation>
    </message>
    <message>
        <source>--operation expects create or delete, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; &quot;create&quot; and &quot;delete&quot; are typed as they are</extracomment>
        <translation>--operation 값 &quot;%1&quot;이(가) 올바르지 않습니다. create 또는 delete를 지정하세요.</translation>
    </message>
    <message>
        <source>The privilege setting was saved.</source>
        <translation>권한 설정을 저장했습니다.</translation>
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
    <name>osm::ctl::VerifyCommands</name>
    <message>
        <source>0 a mobile number (SMS), 1 an e-mail address.</source>
        <translation>0 휴대폰 번호(SMS), 1 이메일 주소.</translation>
    </message>
    <message>
        <source>The mobile number or e-mail address (1-64 characters).</source>
        <translation>휴대폰 번호 또는 이메일 주소(1-64자).</translation>
    </message>
    <message>
        <source>The telephone country code of a mobile number, such as 86 (at most 16 characters).</source>
        <translation>휴대폰 번호의 전화 국가 코드(예: 86, 최대 16자).</translation>
    </message>
    <message>
        <source>Tell whether a reminder contact needs a verification code (5.13.1).</source>
        <translation>알림 연락처에 인증 코드가 필요한지 표시합니다(5.13.1).</translation>
    </message>
    <message>
        <source>Send a verification code to a contact (5.13.4).</source>
        <translation>연락처로 인증 코드를 보냅니다(5.13.4).</translation>
    </message>
    <message>
        <source>Check the code a contact received, which verifies the contact (5.13.3).</source>
        <translation>연락처로 받은 코드를 확인하여 연락처를 인증합니다(5.13.3).</translation>
    </message>
    <message>
        <source>Verification codes for reminder contacts that are not the account&apos;s own: need-verify, send, check, list.</source>
        <translation>계정에 등록되지 않은 알림 연락처의 인증 코드: need-verify, send, check, list.</translation>
    </message>
    <message>
        <source>The code was sent; it is valid for 5 minutes.</source>
        <translation>코드를 보냈습니다. 코드는 5분간 유효합니다.</translation>
    </message>
    <message>
        <source>The code received (6 characters).</source>
        <translation>받은 코드(6자).</translation>
    </message>
    <message>
        <source>The sub-user (IAM user) id (at most 64 characters).</source>
        <translation>하위 사용자(IAM 사용자) ID(최대 64자).</translation>
    </message>
    <message>
        <source>The account id (at most 64 characters).</source>
        <translation>계정 ID(최대 64자).</translation>
    </message>
    <message>
        <source>The contact is verified.</source>
        <translation>연락처가 인증되었습니다.</translation>
    </message>
    <message>
        <source>List the verified contacts (5.13.2).</source>
        <translation>인증된 연락처 목록을 표시합니다(5.13.2).</translation>
    </message>
    <message>
        <source>0 mobile numbers, 1 e-mail addresses.</source>
        <translation>0 휴대폰 번호, 1 이메일 주소.</translation>
    </message>
    <message>
        <source>This mobile number or e-mail address (at most 64 characters).</source>
        <translation>이 휴대폰 번호 또는 이메일 주소(최대 64자).</translation>
    </message>
    <message>
        <source>The telephone country code (at most 16 characters).</source>
        <translation>전화 국가 코드(최대 16자).</translation>
    </message>
    <message>
        <source>The verification with this id (at most 64 characters).</source>
        <translation>이 ID의 인증 기록(최대 64자).</translation>
    </message>
    <message>
        <source>Still valid at this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>이 시간에 아직 유효한 항목(yyyy-MM-dd HH:mm:ss).</translation>
    </message>
    <message>
        <source>Skip this many contacts (0-65535, default 0).</source>
        <translation>건너뛸 연락처 수(0-65535, 기본값 0).</translation>
    </message>
    <message>
        <source>At most this many contacts (1-100, default 10).</source>
        <translation>가져올 최대 연락처 수(1-100, 기본값 10).</translation>
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
    <name>osm::ui::AccountInfoDialog</name>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>이 문제 유형에는 케이스 할당량이 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up: a new case would be refused until the next period, unless your account manager grants a special approval.</source>
        <translation>이 문제 유형의 케이스 할당량을 모두 사용했습니다. 어카운트 매니저가 특별 승인을 하지 않으면 다음 기간까지 새 케이스가 거부됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>이번 달 케이스 %1개 중 %n개 남음.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>이번 분기 케이스 %1개 중 %n개 남음.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>올해 케이스 %1개 중 %n개 남음.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>이번 기간 케이스 %1개 중 %n개 남음.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>service days, e.g. &quot;Monday – Friday&quot;
----------
service hours, e.g. &quot;09:00 – 18:00&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>%1 is a configuration key, %2 its value as the server sent it</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>계정 정보</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>할당량(&amp;Q)</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>위임(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>파트너(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>구성(&amp;C)</translation>
    </message>
    <message>
        <source>How many more cases this account may create for a product and problem type.</source>
        <translation>이 계정이 제품 및 문제 유형별로 추가로 생성할 수 있는 케이스 수입니다.</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>제품(&amp;R):</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>문제 유형(&amp;T):</translation>
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
        <source>Case quota</source>
        <translation>케이스 할당량</translation>
    </message>
    <message>
        <source>Special approval: %1 of %2 used.</source>
        <extracomment>%1 and %2 are numbers of cases</extracomment>
        <translation>특별 승인: %2개 중 %1개 사용.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>위임</translation>
    </message>
    <message>
        <source>Trusted account</source>
        <translation>신뢰할 수 있는 계정</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시간</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>만료 시간</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>위임</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No (expired)</source>
        <translation>아니요(만료됨)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>무기한</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies): IAM delegations that let other accounts manage this one&apos;s resources.</source>
        <translation>
            <numerusform>위임 %n개: 다른 계정이 이 계정의 리소스를 관리할 수 있도록 하는 IAM 위임입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner privilege</source>
        <translation>파트너 권한</translation>
    </message>
    <message>
        <source>This account is a partner and may process its customers&apos; cases.</source>
        <translation>이 계정은 파트너이며 고객의 케이스를 처리할 수 있습니다.</translation>
    </message>
    <message>
        <source>This account has no partner privilege to process cases.</source>
        <translation>이 계정에는 케이스를 처리할 파트너 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>파트너:</translation>
    </message>
    <message>
        <source>Partner ID:</source>
        <translation>파트너 ID:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>시간대:</translation>
    </message>
    <message>
        <source>Service days:</source>
        <translation>서비스 요일:</translation>
    </message>
    <message>
        <source>Service hours:</source>
        <translation>서비스 시간:</translation>
    </message>
    <message>
        <source>Read a configuration item of the support service by its key.</source>
        <translation>키로 지원 서비스의 구성 항목을 조회합니다.</translation>
    </message>
    <message>
        <source>Configuration key</source>
        <translation>구성 키</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>표시(&amp;S)</translation>
    </message>
    <message>
        <source>Configuration value</source>
        <translation>구성 값</translation>
    </message>
    <message>
        <source>Configuration values</source>
        <translation>구성 값</translation>
    </message>
    <message>
        <source>Pri&amp;vileges</source>
        <translation>권한(&amp;V)</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentListModel</name>
    <message>
        <source>Downloading… %1%</source>
        <extracomment>An attachment being downloaded: percent done</extracomment>
        <translation>다운로드 중… %1%</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>다운로드 중…</translation>
    </message>
    <message>
        <source>%1, attached %2</source>
        <extracomment>An attachment for a screen reader: its name and the date of its message</extracomment>
        <translation>%1, 첨부 날짜 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>크기</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column of the attachment list: when the file was attached</extracomment>
        <translation>날짜</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentStagingList</name>
    <message>
        <source>Attach Files</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>첨부할 파일</translation>
    </message>
    <message>
        <source>Drop files here, paste them, or use Add Files…</source>
        <translation>파일을 여기에 끌어다 놓거나 붙여 넣거나 파일 추가…를 사용하세요</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>파일 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>파일 추가</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>제거(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>선택한 파일을 제거합니다</translation>
    </message>
    <message>
        <source>Attachment limits</source>
        <translation>첨부 파일 한도</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentsPanel</name>
    <message>
        <source>Save Attachments To</source>
        <translation>첨부 파일 저장 위치</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>케이스 파일</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>이 케이스의 파일</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Press Enter to open a file. Drag files to a folder to save them there.</source>
        <translation>Enter 키를 누르면 파일이 열립니다. 파일을 폴더로 끌어다 놓으면 해당 폴더에 저장됩니다.</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>이미지 미리 보기</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>선택한 첨부 파일을 엽니다</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>저장(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the selected attachments</source>
        <translation>선택한 첨부 파일을 저장합니다</translation>
    </message>
    <message>
        <source>Save A&amp;ll…</source>
        <translation>모두 저장(&amp;L)…</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>모든 첨부 파일을 저장합니다</translation>
    </message>
    <message>
        <source>Cancel Do&amp;wnload</source>
        <translation>다운로드 취소(&amp;W)</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>다운로드를 취소합니다</translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation>첨부 파일 상태</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n)</source>
        <extracomment>Heading of the attachment list, with how many files the case has</extracomment>
        <translation>
            <numerusform>파일(%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled.</source>
        <translation>&quot;%1&quot; 다운로드를 취소했습니다.</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>&quot;%1&quot;을(를) 다운로드할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>연결되지 않았습니다.</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>&quot;%1&quot; 다운로드 중…</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>&quot;%1&quot;을(를) 열 수 있는 애플리케이션이 없습니다.</translation>
    </message>
    <message>
        <source>Not saved: %1. The other files are in “%2”.</source>
        <extracomment>%1 is the list of files that failed, %2 the folder</extracomment>
        <translation>저장하지 못함: %1. 나머지 파일은 &quot;%2&quot;에 저장되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Saving was cancelled; %n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>저장을 취소했습니다. 파일 %n개가 &quot;%1&quot;에 저장되었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>파일 %n개를 &quot;%1&quot;에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n file(s)…</source>
        <translation>
            <numerusform>파일 %n개를 저장하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>미리 보기를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Preview of “%1”</source>
        <extracomment>Accessible description of the preview: the image&apos;s file name</extracomment>
        <translation>&quot;%1&quot; 미리 보기</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>링크 복사(&amp;L)</translation>
    </message>
    <message>
        <source>The link to “%1” could not be fetched: %2</source>
        <extracomment>%1 is a file name, %2 why its link could not be fetched</extracomment>
        <translation>“%1”의 링크를 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The server returned no link to “%1”.</source>
        <translation>서버가 “%1”의 링크를 반환하지 않았습니다.</translation>
    </message>
    <message>
        <source>The link to “%1” is on the clipboard.</source>
        <translation>“%1”의 링크를 클립보드에 복사했습니다.</translation>
    </message>
</context>
<context>
    <name>osm::ui::AuthorizationListModel</name>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>동의됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>요청 취소됨</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>상태 %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>케이스</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>액세스</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>하위 사용자</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청 시간</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>만료 시간</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>osm::ui::AuthorizationsWindow</name>
    <message>
        <source>The authorizations could not be loaded: %1</source>
        <translation>권한 부여 목록을 불러올 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n authorization(s)</source>
        <translation>
            <numerusform>권한 부여 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization could not be loaded: %1</source>
        <translation>권한 부여를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>필요</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Data backed up</source>
        <translation>데이터 백업됨</translation>
    </message>
    <message>
        <source>Risk accepted without backup</source>
        <translation>백업 없이 위험 감수</translation>
    </message>
    <message>
        <source>Authorization %1 — %2</source>
        <translation>권한 부여 %1 — %2</translation>
    </message>
    <message>
        <source>Select an authorization</source>
        <translation>권한 부여를 선택하세요</translation>
    </message>
    <message>
        <source>Loading authorization %1…</source>
        <translation>권한 부여 %1을(를) 불러오는 중…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>콘솔</translation>
    </message>
    <message>
        <source>You agreed to authorization %1.</source>
        <translation>권한 부여 %1에 동의했습니다.</translation>
    </message>
    <message>
        <source>Reject Authorization</source>
        <translation>권한 부여 거부</translation>
    </message>
    <message numerus="yes">
        <source>Reject authorization %1? Tell the engineer why (at most %n character(s)):</source>
        <translation>
            <numerusform>권한 부여 %1을(를) 거부하시겠습니까? 엔지니어에게 거부 사유를 알려 주세요(최대 %n자):</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>A reason is needed to reject an authorization; nothing was sent.</source>
        <translation>권한 부여를 거부하려면 사유가 필요합니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n character(s); nothing was sent.</source>
        <translation>
            <numerusform>사유가 %n자를 초과합니다. 아무것도 보내지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke Authorization</source>
        <translation>권한 부여 철회</translation>
    </message>
    <message>
        <source>Revoke authorization %1? Support loses access to these resources at once.</source>
        <translation>권한 부여 %1을(를) 철회하시겠습니까? 지원팀은 즉시 이 리소스에 액세스할 수 없게 됩니다.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>The authorization could not be rejected: %1</source>
        <translation>권한 부여를 거부할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The authorization could not be revoked: %1</source>
        <translation>권한 부여를 철회할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>You rejected authorization %1.</source>
        <translation>권한 부여 %1을(를) 거부했습니다.</translation>
    </message>
    <message>
        <source>You revoked authorization %1.</source>
        <translation>권한 부여 %1을(를) 철회했습니다.</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>권한 부여</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>My authorizations</source>
        <translation>내 권한 부여</translation>
    </message>
    <message>
        <source>My group&apos;s authorizations</source>
        <translation>내 그룹의 권한 부여</translation>
    </message>
    <message>
        <source>Whose authorizations</source>
        <translation>권한 부여 대상</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>IAM 그룹 ID</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Authorization actions</source>
        <translation>권한 부여 작업</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>동의(&amp;A)…</translation>
    </message>
    <message>
        <source>Agree to this request, with host credentials and a validity period</source>
        <translation>호스트 자격 증명과 유효 기간을 지정하여 이 요청에 동의합니다</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>거부(&amp;J)…</translation>
    </message>
    <message>
        <source>Refuse this request, with a reason for the engineer</source>
        <translation>엔지니어에게 사유를 알리고 이 요청을 거부합니다</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>철회(&amp;V)…</translation>
    </message>
    <message>
        <source>Take back an agreement in effect</source>
        <translation>유효한 동의를 철회합니다</translation>
    </message>
    <message>
        <source>Open &amp;Case</source>
        <translation>케이스 열기(&amp;C)</translation>
    </message>
    <message>
        <source>Open the case this request belongs to</source>
        <translation>이 요청이 속한 케이스를 엽니다</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Bastion-host records</source>
        <translation>배스천 호스트 기록</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>인스턴스 ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Requested items</source>
        <translation>요청 항목</translation>
    </message>
    <message>
        <source>Authorizations status</source>
        <translation>권한 부여 상태</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>케이스</translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>케이스 설명</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>리소스 유형</translation>
    </message>
    <message>
        <source>Access type</source>
        <translation>액세스 유형</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청 시간</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>유효 시작</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 종료</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>거부 사유</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>하위 사용자</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>처리 주체</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>위임</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>백업 상태</translation>
    </message>
    <message>
        <source>Letter of commitment</source>
        <translation>서약서</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>osm::ui::BastionRecordsPanel</name>
    <message>
        <source>Upload</source>
        <translation>업로드</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>%1 (account %2, port %3)</source>
        <translation>%1(계정 %2, 포트 %3)</translation>
    </message>
    <message>
        <source>Only hosts have bastion-host records; this authorization has none.</source>
        <translation>배스천 호스트 기록은 호스트에만 있습니다. 이 권한 부여에는 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>사용할 수 없음</translation>
    </message>
    <message>
        <source>The bastion-host records could not be loaded: %1</source>
        <translation>배스천 호스트 기록을 불러올 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>세션 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Bastion-host sessions</source>
        <translation>배스천 호스트 세션</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>파일 전송</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>동영상 녹화</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>From</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>To</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>더 불러오기</translation>
    </message>
    <message>
        <source>Bastion-host status</source>
        <translation>배스천 호스트 상태</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseCsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseDetailPanel</name>
    <message>
        <source>Showing %1 of %2 entries.</source>
        <extracomment>%1 entries shown of %2 in the case&apos;s operation log</extracomment>
        <translation>전체 %2개 항목 중 %1개를 표시합니다.</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>평가 항목 %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 a rating scale&apos;s name, %2 stars drawn as characters, %3 the score</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Partner (BP)</source>
        <translation>파트너(BP)</translation>
    </message>
    <message>
        <source>Independent software vendor (ISV)</source>
        <translation>독립 소프트웨어 공급업체(ISV)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the submitter&apos;s name, %2 their user id
----------
%1 an action&apos;s name, %2 its keyboard shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>메시지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder contact is set.</source>
        <translation>알림 연락처가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Urge Case</source>
        <translation>케이스 독촉</translation>
    </message>
    <message>
        <source>Ask the support engineers to speed up case %1?</source>
        <translation>지원 엔지니어에게 케이스 %1의 처리를 독촉하시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Urge</source>
        <translation>독촉(&amp;U)</translation>
    </message>
    <message>
        <source>Urging the case…</source>
        <translation>케이스를 독촉하는 중…</translation>
    </message>
    <message>
        <source>The case was urged.</source>
        <translation>케이스를 독촉했습니다.</translation>
    </message>
    <message>
        <source>Cancel Case</source>
        <translation>케이스 취소</translation>
    </message>
    <message>
        <source>Cancel case %1? Support stops working on it, and it cannot be reopened.</source>
        <translation>케이스 %1을(를) 취소하시겠습니까? 지원팀은 이 케이스의 처리를 중단하며, 케이스를 다시 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Cancel &amp;Case</source>
        <translation>케이스 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Cancelling the case…</source>
        <translation>케이스를 취소하는 중…</translation>
    </message>
    <message>
        <source>The case was cancelled.</source>
        <translation>케이스를 취소했습니다.</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>케이스 삭제</translation>
    </message>
    <message>
        <source>Delete case %1? It disappears from your case lists; this cannot be undone.</source>
        <translation>케이스 %1을(를) 삭제하시겠습니까? 케이스 목록에서 사라지며, 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>케이스 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Deleting the case…</source>
        <translation>케이스를 삭제하는 중…</translation>
    </message>
    <message>
        <source>The case was deleted.</source>
        <translation>케이스를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Closing the case…</source>
        <translation>케이스를 종료하는 중…</translation>
    </message>
    <message>
        <source>The case was closed.</source>
        <translation>케이스를 종료했습니다.</translation>
    </message>
    <message>
        <source>Sending the rating…</source>
        <translation>평가를 보내는 중…</translation>
    </message>
    <message>
        <source>Thank you, the rating was sent.</source>
        <translation>감사합니다. 평가를 보냈습니다.</translation>
    </message>
    <message>
        <source>Saving the contact information…</source>
        <translation>연락처 정보를 저장하는 중…</translation>
    </message>
    <message>
        <source>The contact information was saved.</source>
        <translation>연락처 정보를 저장했습니다.</translation>
    </message>
    <message>
        <source>Case ID %1 copied.</source>
        <translation>케이스 ID %1을(를) 복사했습니다.</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels. Remove one before adding another.</source>
        <translation>케이스 하나에는 레이블을 최대 5개까지 붙일 수 있습니다. 다른 레이블을 추가하려면 먼저 하나를 제거하세요.</translation>
    </message>
    <message>
        <source>Adding the label…</source>
        <translation>레이블을 추가하는 중…</translation>
    </message>
    <message>
        <source>The label was added.</source>
        <translation>레이블을 추가했습니다.</translation>
    </message>
    <message>
        <source>Removing the label…</source>
        <translation>레이블을 제거하는 중…</translation>
    </message>
    <message>
        <source>The label was removed.</source>
        <translation>레이블을 제거했습니다.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>케이스를 자기 자신과 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Case %1 is already related to this case.</source>
        <translation>케이스 %1은(는) 이미 이 케이스와 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases. Remove one before adding another.</source>
        <translation>케이스 하나에는 관련 케이스를 최대 3개까지 둘 수 있습니다. 다른 케이스를 추가하려면 먼저 하나를 제거하세요.</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to relate cases.</source>
        <translation>IAM 그룹 ID를 입력하세요. OSM API에서 케이스를 연결하려면 이 ID가 필요합니다.</translation>
    </message>
    <message>
        <source>Relating case %1…</source>
        <translation>케이스 %1을(를) 연결하는 중…</translation>
    </message>
    <message>
        <source>Case %1 is now related.</source>
        <translation>케이스 %1을(를) 연결했습니다.</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to remove a relation.</source>
        <translation>IAM 그룹 ID를 입력하세요. OSM API에서 연결을 해제하려면 이 ID가 필요합니다.</translation>
    </message>
    <message>
        <source>Removing the relation…</source>
        <translation>연결을 해제하는 중…</translation>
    </message>
    <message>
        <source>Case %1 is no longer related.</source>
        <translation>케이스 %1과(와)의 연결을 해제했습니다.</translation>
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
        <source>Severity</source>
        <translation>심각도</translation>
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
        <source>Case type</source>
        <translation>케이스 유형</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>서비스 유형</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>처리 주체</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>제출자</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>계정 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시간</translation>
    </message>
    <message>
        <source>Resolution confirmed</source>
        <translation>해결 확인 시간</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결 시간</translation>
    </message>
    <message>
        <source>Access authorized</source>
        <translation>액세스 권한 부여</translation>
    </message>
    <message>
        <source>Grey-release routing</source>
        <translation>그레이 릴리스 라우팅</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>근본 원인</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>내 의견</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Case type ID</source>
        <translation>케이스 유형 ID</translation>
    </message>
    <message>
        <source>Category ID</source>
        <translation>카테고리 ID</translation>
    </message>
    <message>
        <source>Business type ID</source>
        <translation>비즈니스 유형 ID</translation>
    </message>
    <message>
        <source>Problem type ID</source>
        <translation>문제 유형 ID</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>제품 ID</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>국가 코드</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>휴대폰</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Contact methods</source>
        <translation>연락 방법</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>연락 가능 시간</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>참조(CC) 이메일</translation>
    </message>
    <message>
        <source>Recent CC e-mails</source>
        <translation>최근 참조(CC) 이메일</translation>
    </message>
    <message>
        <source>ISV commodity</source>
        <translation>ISV 상품</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>케이스 세부 정보</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>케이스 ID</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID 복사</translation>
    </message>
    <message>
        <source>Copy case ID</source>
        <translation>케이스 ID 복사</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>케이스 상태</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>케이스 작업</translation>
    </message>
    <message>
        <source>Case detail status</source>
        <translation>케이스 세부 정보 상태</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Case detail sections</source>
        <translation>케이스 세부 정보 섹션</translation>
    </message>
    <message>
        <source>Urge case</source>
        <translation>케이스 독촉</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>종료(&amp;L)…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>케이스 종료</translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation>평가(&amp;R)…</translation>
    </message>
    <message>
        <source>Rate case</source>
        <translation>케이스 평가</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Case</source>
        <translation>케이스 취소(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>케이스 취소</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>케이스 삭제</translation>
    </message>
    <message>
        <source>Edit &amp;Contact…</source>
        <translation>연락처 편집(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit contact information</source>
        <translation>연락처 정보 편집</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>Refresh case detail</source>
        <translation>케이스 세부 정보 새로 고침</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Related Cases</source>
        <translation>관련 케이스</translation>
    </message>
    <message>
        <source>Contact and CC</source>
        <translation>연락처 및 참조(CC)</translation>
    </message>
    <message>
        <source>Operation Log</source>
        <translation>작업 로그</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>작업 로그</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s name before its value, e.g. &quot;Status:&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The extra parameters were sent.</source>
        <translation>추가 매개변수를 보냈습니다.</translation>
    </message>
    <message>
        <source>Extra Parameters…</source>
        <translation>추가 매개변수…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1; updating…</source>
        <translation>%1 기준으로 저장된 상세 정보를 표시합니다. 업데이트하는 중…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1. %2</source>
        <translation>%1 기준으로 저장된 상세 정보를 표시합니다. %2</translation>
    </message>
    <message>
        <source>The change could not be saved for sending.</source>
        <translation>보낼 변경 사항을 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExportFlow</name>
    <message>
        <source>Export Cases</source>
        <translation>케이스 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>several keywords</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>여러 키워드</translation>
    </message>
    <message>
        <source>label</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>레이블</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>상태</translation>
    </message>
    <message>
        <source>IAM group</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>IAM 그룹</translation>
    </message>
    <message>
        <source>No case matches the list&apos;s filters: there is nothing to export.</source>
        <translation>목록 필터와 일치하는 케이스가 없어 내보낼 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s export cannot filter by %1. Export the cases that match the other filters?</source>
        <extracomment>%1 is a list of filters, e.g. &quot;label and status&quot;</extracomment>
        <translation>서버의 내보내기 기능은 %1(으)로 필터링할 수 없습니다. 나머지 필터와 일치하는 케이스를 내보내시겠습니까?</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>케이스를 내보내는 중…</translation>
    </message>
    <message>
        <source>Exporting cases… %1 received</source>
        <extracomment>%1 is an amount of data such as &quot;1.2 MB&quot;</extracomment>
        <translation>케이스를 내보내는 중… %1 수신됨</translation>
    </message>
    <message>
        <source>The cases could not be exported. %1</source>
        <translation>케이스를 내보낼 수 없습니다. %1</translation>
    </message>
    <message>
        <source>The cases were exported to %1.</source>
        <extracomment>%1 is the saved file&apos;s path</extracomment>
        <translation>케이스를 %1(으)로 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExtendsParamsDialog</name>
    <message>
        <source>Loading the case&apos;s parameters…</source>
        <translation>케이스의 매개변수를 불러오는 중…</translation>
    </message>
    <message>
        <source>The case&apos;s parameters could not be loaded: %1</source>
        <extracomment>%1 says why (translated error)</extracomment>
        <translation>케이스의 매개변수를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fill in at least one value to send.</source>
        <translation>보낼 값을 하나 이상 입력하세요.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Extra Parameters — %1</source>
        <extracomment>%1 is the case ID</extracomment>
        <translation>추가 매개변수 — %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <source>Support has asked for more information about this case. Fill in the fields marked * and send them.</source>
        <translation>지원팀에서 이 케이스에 대한 추가 정보를 요청했습니다. * 표시된 필드를 입력하여 보내세요.</translation>
    </message>
    <message>
        <source>This case holds no extra parameters, and its problem type asks for none.</source>
        <translation>이 케이스에는 추가 매개변수가 없으며 문제 유형에서도 요구하지 않습니다.</translation>
    </message>
    <message>
        <source>The extra information this case holds. Complete or correct it and send it to support.</source>
        <translation>이 케이스에 저장된 추가 정보입니다. 내용을 보완하거나 수정하여 지원팀에 보내세요.</translation>
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
    <message>
        <source>Pick a sub-user or type a sub-user ID</source>
        <translation>하위 사용자를 선택하거나 하위 사용자 ID를 입력하세요</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseLabelsEditor</name>
    <message>
        <source>Case labels</source>
        <translation>케이스 레이블</translation>
    </message>
    <message>
        <source>Select a label and press Delete to remove it from the case</source>
        <translation>레이블을 선택하고 Delete 키를 누르면 케이스에서 제거됩니다</translation>
    </message>
    <message>
        <source>Label to add</source>
        <translation>추가할 레이블</translation>
    </message>
    <message>
        <source>No other labels</source>
        <translation>다른 레이블 없음</translation>
    </message>
    <message>
        <source>&amp;Add Label</source>
        <translation>레이블 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>레이블 추가</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label</source>
        <translation>레이블 제거(&amp;V)</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>레이블 제거</translation>
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
    <name>osm::ui::CaseOperateLogModel</name>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>독촉됨</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>평가됨</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Rejected by the user centre</source>
        <translation>사용자 센터에서 거부됨</translation>
    </message>
    <message>
        <source>Authorization confirmed</source>
        <translation>권한 부여 확인됨</translation>
    </message>
    <message>
        <source>Authorization rejected</source>
        <translation>권한 부여 거부됨</translation>
    </message>
    <message>
        <source>Authorization cancelled</source>
        <translation>권한 부여 취소됨</translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation>케이스 내보냄</translation>
    </message>
    <message>
        <source>Customer replied (awaiting feedback)</source>
        <translation>고객 응답(피드백 대기)</translation>
    </message>
    <message>
        <source>Contact information changed</source>
        <translation>연락처 정보 변경됨</translation>
    </message>
    <message>
        <source>Contact information deleted</source>
        <translation>연락처 정보 삭제됨</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <extracomment>%1 is an operation code the reference does not document</extracomment>
        <translation>작업 %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>By</source>
        <translation>수행자</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseRatingDialog</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 characters typed, %2 the most allowed</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Comment length</source>
        <translation>의견 길이</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>케이스 종료</translation>
    </message>
    <message>
        <source>Rate Case</source>
        <translation>케이스 평가</translation>
    </message>
    <message>
        <source>Close case %1? Close it only when the problem is solved. You may rate the support you received; the rating can be given only once.</source>
        <translation>케이스 %1을(를) 종료하시겠습니까? 문제가 해결된 경우에만 종료하세요. 받은 지원을 평가할 수 있으며, 평가는 한 번만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Rate the support you received for case %1. A case can be rated only once.</source>
        <translation>케이스 %1에 대해 받은 지원을 평가하세요. 케이스는 한 번만 평가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>안내</translation>
    </message>
    <message>
        <source>The rating scales could not be loaded.</source>
        <translation>평가 항목을 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>Loading the rating scales…</source>
        <translation>평가 항목을 불러오는 중…</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>의견(&amp;C):</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>C&amp;lose Case</source>
        <translation>케이스 종료(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Submit Rating</source>
        <translation>평가 제출(&amp;S)</translation>
    </message>
    <message>
        <source>Confirm close</source>
        <translation>종료 확인</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>평가 제출</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <extracomment>%1 is the number of a rating scale the server did not name</extracomment>
        <translation>평가 항목 %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>%1 is the name of a rating scale, e.g. &quot;Handling timeliness&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>평가 안 함</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n star(s))</source>
        <extracomment>%1 is a row of star characters, %n the number of stars</extracomment>
        <translation>
            <numerusform>%1 (별 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <extracomment>%1 is the name of a rating scale</extracomment>
        <translation>%1 평가</translation>
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
    <message>
        <source>Conversation and case detail</source>
        <translation>대화 및 케이스 세부 정보</translation>
    </message>
    <message>
        <source>Offline: showing the messages saved as of %1. %2</source>
        <translation>오프라인: %1 기준으로 저장된 메시지를 표시합니다. %2</translation>
    </message>
    <message>
        <source>Showing the messages saved as of %1; updating…</source>
        <translation>%1 기준으로 저장된 메시지를 표시합니다. 업데이트하는 중…</translation>
    </message>
    <message>
        <source>The message could not be saved for sending.</source>
        <translation>보낼 메시지를 저장할 수 없습니다.</translation>
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
    <message numerus="yes">
        <source>“%1” was not attached: a message takes at most %n file(s).</source>
        <extracomment>%1 is a file name
----------
%1 is a file name; the limit is the server&apos;s (show_accessory_limits)</extracomment>
        <translation>
            <numerusform>&quot;%1&quot;을(를) 첨부하지 않았습니다. 메시지에는 파일을 최대 %n개까지 첨부할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <extracomment>%1 says which file and which limit, e.g. &quot;“a.exe” is not a type of file that may be attached (…).&quot;</extracomment>
        <translation>첨부하지 못함: %1</translation>
    </message>
    <message>
        <source>Remove before sending: %1</source>
        <extracomment>%1 says which file and which limit</extracomment>
        <translation>보내기 전에 제거하세요: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove some files before sending: a message takes at most %n file(s).</source>
        <translation>
            <numerusform>보내기 전에 일부 파일을 제거하세요. 메시지에는 파일을 최대 %n개까지 첨부할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted image could not be saved in “%1”.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>붙여 넣은 이미지를 &quot;%1&quot;에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 (%2), uploading: %3%</source>
        <extracomment>A staged attachment being uploaded: file name, size, percent sent</extracomment>
        <translation>%1 (%2), 업로드 중: %3%</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>첨부 파일 알림</translation>
    </message>
    <message>
        <source>File being uploaded</source>
        <translation>업로드 중인 파일</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>업로드 진행률</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>업로드 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>업로드를 취소합니다</translation>
    </message>
</context>
<context>
    <name>osm::ui::ConfirmAuthorizationDialog</name>
    <message>
        <source>Agree to Authorization %1</source>
        <translation>권한 부여 %1에 동의</translation>
    </message>
    <message>
        <source>Agree to authorization</source>
        <translation>권한 부여에 동의</translation>
    </message>
    <message>
        <source>Huawei Cloud support may access the resources below during the period you set. For hosts, give the port, account and password the engineer may use; “Check” tries them first.</source>
        <translation>Huawei Cloud 지원팀은 지정한 기간 동안 아래 리소스에 액세스할 수 있습니다. 호스트의 경우 엔지니어가 사용할 포트, 계정, 비밀번호를 입력하세요. &quot;확인&quot;을 누르면 먼저 접속을 시험합니다.</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>호스트 %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>계정:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Check host %1</source>
        <translation>호스트 %1 확인</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>확인 결과</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>콘솔</translation>
    </message>
    <message>
        <source>Console (%1)</source>
        <translation>콘솔(%1)</translation>
    </message>
    <message>
        <source>Also asked: %1</source>
        <translation>추가 요청: %1</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>유효 시작(&amp;F):</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>유효 종료(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>위임(&amp;A):</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>로그인 유형:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>유효 시작</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 종료</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>위임 없음</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>위임</translation>
    </message>
    <message>
        <source>Login type</source>
        <translation>로그인 유형</translation>
    </message>
    <message>
        <source>Federated user</source>
        <translation>페더레이션 사용자</translation>
    </message>
    <message>
        <source>Delegated access (agency)</source>
        <translation>위임 액세스(에이전시)</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>동의 상태</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>동의(&amp;A)</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인하는 중…</translation>
    </message>
    <message>
        <source>The host accepted this account and password.</source>
        <translation>호스트에서 이 계정과 비밀번호를 수락했습니다.</translation>
    </message>
    <message>
        <source>The period must end after it starts, and in the future.</source>
        <translation>기간의 종료 시간은 시작 시간 이후이면서 미래여야 합니다.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>The authorization could not be agreed to: %1</source>
        <translation>권한 부여에 동의할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactInfoDialog</name>
    <message>
        <source>A contact field can be changed but not removed: type a new value or leave the old one.</source>
        <translation>연락처 항목은 변경할 수 있지만 삭제할 수는 없습니다. 새 값을 입력하거나 기존 값을 그대로 두세요.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>이메일 주소가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The CC e-mail address &quot;%1&quot; is not valid.</source>
        <extracomment>%1 is what the user typed as a CC e-mail address</extracomment>
        <translation>참조(CC) 이메일 주소 &quot;%1&quot;이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation>연락처 정보</translation>
    </message>
    <message>
        <source>How support engineers reach you about case %1.</source>
        <translation>케이스 %1과(와) 관련하여 지원 엔지니어가 연락할 방법입니다.</translation>
    </message>
    <message>
        <source>Country &amp;code:</source>
        <translation>국가 코드(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>휴대폰(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>Contact &amp;time:</source>
        <translation>연락 가능 시간(&amp;T):</translation>
    </message>
    <message>
        <source>CC e-&amp;mails:</source>
        <translation>참조(CC) 이메일(&amp;M):</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>국가 코드</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>휴대폰</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>연락 가능 시간</translation>
    </message>
    <message>
        <source>e.g. 9:00-18:00</source>
        <translation>예: 9:00-18:00</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>참조(CC) 이메일</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>쉼표로 구분한 주소</translation>
    </message>
    <message>
        <source>Use &amp;Recent</source>
        <translation>최근 항목 사용(&amp;R)</translation>
    </message>
    <message>
        <source>Use recent CC e-mails</source>
        <translation>최근 참조(CC) 이메일 사용</translation>
    </message>
    <message>
        <source>Fill in the CC e-mails used most recently: %1</source>
        <extracomment>%1 is a list of e-mail addresses</extracomment>
        <translation>최근에 사용한 참조(CC) 이메일을 입력합니다: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save contact information</source>
        <translation>연락처 정보 저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactVerificationRow</name>
    <message>
        <source>The code has six characters.</source>
        <translation>코드는 6자입니다.</translation>
    </message>
    <message>
        <source>Checking whether this contact needs verification…</source>
        <translation>이 연락처에 인증이 필요한지 확인하는 중…</translation>
    </message>
    <message>
        <source>Registered or verified earlier: no code needed.</source>
        <translation>등록되었거나 이미 인증된 연락처입니다. 코드가 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>This contact is not a registered one: send a code to it and enter the code here.</source>
        <translation>등록되지 않은 연락처입니다. 이 연락처로 코드를 보낸 후 받은 코드를 여기에 입력하세요.</translation>
    </message>
    <message>
        <source>A code was sent. It is valid for 5 minutes; a new code can be sent once a minute, a limited number of times a day.</source>
        <translation>코드를 보냈습니다. 코드는 5분간 유효합니다. 새 코드는 1분에 한 번, 하루에 정해진 횟수까지 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>인증하는 중…</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>인증되었습니다.</translation>
    </message>
    <message>
        <source>Could not check this contact.</source>
        <translation>이 연락처를 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>state, then the error that came with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Send Again in %n s</source>
        <translation>
            <numerusform>%n초 후 다시 보내기</numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>다시 보내기(&amp;A)</translation>
    </message>
    <message>
        <source>Send &amp;Code</source>
        <translation>코드 보내기(&amp;C)</translation>
    </message>
    <message>
        <source>E-mail verification status</source>
        <translation>이메일 인증 상태</translation>
    </message>
    <message>
        <source>Mobile verification status</source>
        <translation>휴대폰 인증 상태</translation>
    </message>
    <message>
        <source>Code sent to the e-mail address</source>
        <translation>이메일 주소로 받은 코드</translation>
    </message>
    <message>
        <source>Code sent to the mobile number</source>
        <translation>휴대폰 번호로 받은 코드</translation>
    </message>
    <message>
        <source>6-character code</source>
        <translation>6자리 코드</translation>
    </message>
    <message>
        <source>Send a code to the e-mail address</source>
        <translation>이메일 주소로 코드 보내기</translation>
    </message>
    <message>
        <source>Send a code to the mobile number</source>
        <translation>휴대폰 번호로 코드 보내기</translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation>인증(&amp;F)</translation>
    </message>
    <message>
        <source>Verify the e-mail address</source>
        <translation>이메일 주소 인증</translation>
    </message>
    <message>
        <source>Verify the mobile number</source>
        <translation>휴대폰 번호 인증</translation>
    </message>
</context>
<context>
    <name>osm::ui::CreateCaseWizard</name>
    <message>
        <source>New Case</source>
        <translation>새 케이스</translation>
    </message>
    <message>
        <source>Describe the problem for Huawei Cloud&apos;s engineers. Everything you type is kept as a draft until the case is created.</source>
        <translation>Huawei Cloud 엔지니어에게 문제를 설명하세요. 입력한 내용은 케이스가 생성될 때까지 임시 저장됩니다.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Additional Information</source>
        <translation>추가 정보</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>약관</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>카테고리(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>제품(&amp;P):</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>문제 유형(&amp;T):</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>심각도(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>리전(&amp;R):</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>카테고리 선택…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>제품 선택…</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>문제 유형</translation>
    </message>
    <message>
        <source>Choose a problem type…</source>
        <translation>문제 유형 선택…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Only the severities your support plan allows are offered.</source>
        <translation>현재 지원 플랜에서 허용되는 심각도만 표시됩니다.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>리전 선택…</translation>
    </message>
    <message>
        <source>Fault reports name the region of the affected resources. Your own regions come first.</source>
        <translation>장애 신고에는 영향을 받은 리소스의 리전을 지정합니다. 계정의 리전이 먼저 표시됩니다.</translation>
    </message>
    <message>
        <source>Case quota</source>
        <translation>케이스 할당량</translation>
    </message>
    <message>
        <source>What happened, since when, which resources, what you tried</source>
        <translation>발생한 문제, 발생 시점, 관련 리소스, 시도한 조치</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>설명 길이</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>추가 정보</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>휴대폰(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>C&amp;C e-mails:</source>
        <translation>참조(CC) 이메일(&amp;C):</translation>
    </message>
    <message>
        <source>Reminder &amp;time:</source>
        <translation>알림 시간(&amp;T):</translation>
    </message>
    <message>
        <source>Country calling code</source>
        <translation>전화 국가 코드</translation>
    </message>
    <message>
        <source>Reminder mobile number</source>
        <translation>알림 휴대폰 번호</translation>
    </message>
    <message>
        <source>Reminder e-mail address</source>
        <translation>알림 이메일 주소</translation>
    </message>
    <message>
        <source>CC e-mail addresses</source>
        <translation>참조(CC) 이메일 주소</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>알림 시간</translation>
    </message>
    <message>
        <source>For example 9:00-18:00</source>
        <translation>예: 9:00-18:00</translation>
    </message>
    <message>
        <source>A number that is not registered with your account needs a verification code.</source>
        <translation>계정에 등록되지 않은 번호는 인증 코드로 인증해야 합니다.</translation>
    </message>
    <message>
        <source>An address that is not registered with your account needs a verification code.</source>
        <translation>계정에 등록되지 않은 주소는 인증 코드로 인증해야 합니다.</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>약관 내용</translation>
    </message>
    <message>
        <source>I have read and accept this a&amp;greement</source>
        <translation>약관을 읽었으며 이에 동의합니다(&amp;G)</translation>
    </message>
    <message>
        <source>Accept the agreement</source>
        <translation>약관 동의</translation>
    </message>
    <message>
        <source>&amp;Submit Case</source>
        <translation>케이스 제출(&amp;S)</translation>
    </message>
    <message>
        <source>Submit the case</source>
        <translation>케이스 제출</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close and keep the draft</source>
        <translation>닫고 임시 저장본 유지</translation>
    </message>
    <message>
        <source>Submit error</source>
        <translation>제출 오류</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <extracomment>%1 is a country calling code such as 86, %2 the country or region&apos;s name</extracomment>
        <translation>+%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>At most %n addresses, separated by commas.</source>
        <translation>
            <numerusform>최대 %n개의 주소를 쉼표로 구분하여 입력하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n file(s) of at most %1 MB each; types: %2.</source>
        <extracomment>%n files at most, %1 MB each, %2 the allowed file types</extracomment>
        <translation>
            <numerusform>파일당 최대 %1MB, 최대 %n개, 형식: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: %1 (version %2)</source>
        <extracomment>%1 is the agreement&apos;s name, %2 its version</extracomment>
        <translation>약관: %1(버전 %2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 characters typed of at most %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many.</source>
        <translation>
            <numerusform>%n자 초과했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left.</source>
        <translation>
            <numerusform>%n자 남았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>이 문제 유형에는 케이스 할당량이 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up, so a new case would be refused. Wait for the next period or ask your account manager for a special approval.</source>
        <translation>이 문제 유형의 케이스 할당량을 모두 사용하여 새 케이스가 거부됩니다. 다음 기간까지 기다리거나 어카운트 매니저에게 특별 승인을 요청하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>이번 달 케이스 %1개 중 %n개 남음.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>이번 분기 케이스 %1개 중 %n개 남음.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>올해 케이스 %1개 중 %n개 남음.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>이번 기간 케이스 %1개 중 %n개 남음.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>제출하는 중…</translation>
    </message>
    <message>
        <source>choose a category, a product and a problem type.</source>
        <translation>카테고리, 제품, 문제 유형을 선택하세요.</translation>
    </message>
    <message>
        <source>a fault report names the region of the affected resources.</source>
        <translation>장애 신고에는 영향을 받은 리소스의 리전을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>describe the problem.</source>
        <translation>문제를 설명하세요.</translation>
    </message>
    <message numerus="yes">
        <source>it is %n character(s) too long.</source>
        <translation>
            <numerusform>%n자 초과했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in the template.</source>
        <translation>템플릿을 작성하세요.</translation>
    </message>
    <message>
        <source>it must be a phone number.</source>
        <translation>전화번호여야 합니다.</translation>
    </message>
    <message>
        <source>it must be an e-mail address.</source>
        <translation>이메일 주소여야 합니다.</translation>
    </message>
    <message>
        <source>give a mobile number or an e-mail address for reminders.</source>
        <translation>알림을 받을 휴대폰 번호 또는 이메일 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>&quot;%1&quot;은(는) 이메일 주소가 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n addresses are allowed.</source>
        <translation>
            <numerusform>주소는 최대 %n개까지 입력할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>verify this number with the code sent to it first.</source>
        <translation>먼저 이 번호로 보낸 코드로 번호를 인증하세요.</translation>
    </message>
    <message>
        <source>verify this address with the code sent to it first.</source>
        <translation>먼저 이 주소로 보낸 코드로 주소를 인증하세요.</translation>
    </message>
    <message>
        <source>read and accept the agreement first.</source>
        <translation>먼저 약관을 읽고 동의하세요.</translation>
    </message>
    <message>
        <source>Checking the contact details…</source>
        <translation>연락처 정보를 확인하는 중…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 업로드 중…</translation>
    </message>
    <message>
        <source>%1 could not be uploaded.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1을(를) 업로드할 수 없습니다.</translation>
    </message>
    <message>
        <source>Signing the agreement…</source>
        <translation>약관에 서명하는 중…</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>케이스를 생성하는 중…</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>휴대폰</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>인증 코드</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>참조(CC) 이메일</translation>
    </message>
    <message>
        <source>%1 No more cases of this problem type can be created in this period; wait for the next one or ask your account manager for a special approval.</source>
        <extracomment>%1 is the server&apos;s refusal; what follows explains it</extracomment>
        <translation>%1 이번 기간에는 이 문제 유형의 케이스를 더 생성할 수 없습니다. 다음 기간까지 기다리거나 어카운트 매니저에게 특별 승인을 요청하세요.</translation>
    </message>
    <message>
        <source>%1 Ask for a new code and enter it again.</source>
        <translation>%1 새 코드를 요청하여 다시 입력하세요.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit New Case</source>
        <translation>새 케이스 편집</translation>
    </message>
    <message>
        <source>The new case you have not finished yet will be replaced by the one waiting to be sent. Replace it?</source>
        <translation>아직 작성을 마치지 않은 새 케이스가 전송 대기 중인 케이스로 대체됩니다. 대체하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>osm::ui::DiagnosisWindow</name>
    <message>
        <source>Cloud server (ECS)</source>
        <translation>클라우드 서버(ECS)</translation>
    </message>
    <message>
        <source>Database instance (RDS)</source>
        <translation>데이터베이스 인스턴스(RDS)</translation>
    </message>
    <message>
        <source>Remote login</source>
        <translation>원격 로그인</translation>
    </message>
    <message>
        <source>Network health</source>
        <translation>네트워크 상태</translation>
    </message>
    <message>
        <source>Type %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>유형 %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>준비 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Not executed</source>
        <translation>실행되지 않음</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>사용할 수 없음</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>상태 %1</translation>
    </message>
    <message>
        <source>Preparing the diagnosis…</source>
        <translation>진단을 준비하는 중…</translation>
    </message>
    <message>
        <source>Running: %1 of %2 checks done…</source>
        <extracomment>%1 of %2 check items are done</extracomment>
        <translation>실행 중: 점검 %2개 중 %1개 완료…</translation>
    </message>
    <message>
        <source>Completed: no problem found.</source>
        <translation>완료: 문제가 발견되지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Completed: %n check item(s) found a problem.</source>
        <translation>
            <numerusform>완료: 점검 항목 %n개에서 문제가 발견되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis failed: the resource could not be checked. Check its region and ID.</source>
        <translation>진단에 실패했습니다. 리소스를 점검할 수 없습니다. 리전과 ID를 확인하세요.</translation>
    </message>
    <message>
        <source>The diagnosis was not run.</source>
        <translation>진단이 실행되지 않았습니다.</translation>
    </message>
    <message>
        <source>This diagnosis is not available for the resource.</source>
        <translation>이 리소스에는 이 진단을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>문제 발견</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Checking (%1%)</source>
        <extracomment>a check item in progress; %1 is a percentage</extracomment>
        <translation>점검 중(%1%)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a region&apos;s name and id, e.g. &quot;CN South-Guangzhou (cn-south-1)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No virtual machine of this project and region matches.</source>
        <translation>이 프로젝트와 리전에서 일치하는 가상 머신이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n virtual machine(s): choose one to diagnose.</source>
        <translation>
            <numerusform>가상 머신 %n개를 찾았습니다. 진단할 가상 머신을 선택하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the diagnosis…</source>
        <translation>진단을 시작하는 중…</translation>
    </message>
    <message>
        <source>Reading the diagnosis…</source>
        <translation>진단 결과를 읽는 중…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>No details for this check item.</source>
        <translation>이 점검 항목에는 세부 정보가 없습니다.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>발견된 내용</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>권장 조치</translation>
    </message>
    <message>
        <source>Read more about this problem</source>
        <translation>이 문제에 대해 자세히 알아보기</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Thank you: your feedback was sent.</source>
        <translation>감사합니다. 피드백을 보냈습니다.</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>진단</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>진단(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>기록(&amp;H)</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click: choose what to diagnose, start, and read the results and advice.</source>
        <translation>클릭 한 번으로 클라우드 리소스의 일반적인 문제를 점검합니다. 진단할 대상을 선택하고 시작한 다음 결과와 권장 조치를 확인하세요.</translation>
    </message>
    <message>
        <source>&amp;Diagnose:</source>
        <translation>진단 대상(&amp;D):</translation>
    </message>
    <message>
        <source>Diagnosis type</source>
        <translation>진단 유형</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>리전(&amp;R):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>&amp;Virtual machine:</source>
        <translation>가상 머신(&amp;V):</translation>
    </message>
    <message>
        <source>VM ID or elastic IP address, or choose one below</source>
        <translation>VM ID 또는 탄력적 IP 주소를 입력하거나 아래에서 선택하세요</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>인스턴스(&amp;I):</translation>
    </message>
    <message>
        <source>RDS instance ID</source>
        <translation>RDS 인스턴스 ID</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>리소스(&amp;R):</translation>
    </message>
    <message>
        <source>Not needed for this diagnosis</source>
        <translation>이 진단에는 필요하지 않음</translation>
    </message>
    <message>
        <source>Resource to diagnose</source>
        <translation>진단할 리소스</translation>
    </message>
    <message>
        <source>Find a virtual machine</source>
        <translation>가상 머신 찾기</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>프로젝트 ID(&amp;P):</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>프로젝트 ID</translation>
    </message>
    <message>
        <source>The region&apos;s project ID, as shown under My Credentials in the console</source>
        <translation>콘솔의 내 자격 증명에 표시되는 해당 리전의 프로젝트 ID</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>VM 이름</translation>
    </message>
    <message>
        <source>Part of the name (optional)</source>
        <translation>이름의 일부(선택 사항)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 주소</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Known fault</source>
        <translation>알려진 장애</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>가상 머신</translation>
    </message>
    <message>
        <source>&amp;Start Diagnosis</source>
        <translation>진단 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Diagnosis status</source>
        <translation>진단 상태</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <source>Check items</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <source>Check item details</source>
        <translation>점검 항목 세부 정보</translation>
    </message>
    <message>
        <source>Did this diagnosis help?</source>
        <translation>이 진단이 도움이 되었습니까?</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>피드백 의견</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>의견(선택 사항)</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation>도움이 됨(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Not Helpful</source>
        <translation>도움이 되지 않음(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>유형(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작 시간</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Past diagnoses</source>
        <translation>이전 진단</translation>
    </message>
    <message>
        <source>Double-click a diagnosis to see its results</source>
        <translation>진단을 두 번 클릭하면 결과를 볼 수 있습니다</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>이전(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3 in all)</source>
        <extracomment>%1 and %2 are page numbers; %3 is the number of diagnoses</extracomment>
        <translation>%1/%2 페이지(전체 %3개)</translation>
    </message>
</context>
<context>
    <name>osm::ui::ExtendsParamsForm</name>
    <message>
        <source>%1 *</source>
        <comment>a required field&apos;s label</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>it must be a whole number.</source>
        <translation>정수여야 합니다.</translation>
    </message>
    <message>
        <source>it is required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <extracomment>%1 and %2 are the smallest and the largest allowed number</extracomment>
        <translation>%1~%2 사이의 값이어야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n characters long.</source>
        <translation>
            <numerusform>최대 %n자까지 입력할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not have the expected format.</source>
        <translation>형식이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>This problem type asks for no additional information.</source>
        <translation>이 문제 유형에는 추가 정보가 필요하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>osm::ui::LabelManagerDialog</name>
    <message>
        <source>Manage Labels</source>
        <translation>레이블 관리</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Double-click a name (or press F2) to rename the label</source>
        <translation>이름을 두 번 클릭하거나 F2 키를 눌러 레이블 이름을 바꿉니다</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>색상(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New label:</source>
        <translation>새 레이블(&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>새 레이블 이름</translation>
    </message>
    <message>
        <source>New label colour</source>
        <translation>새 레이블 색상</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message numerus="yes">
        <source>You have %n labels, the most allowed. Delete one to add another.</source>
        <translation>
            <numerusform>레이블이 허용된 최대 개수인 %n개입니다. 새 레이블을 추가하려면 하나를 삭제하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of at most %2 labels</source>
        <extracomment>%1 labels in use of at most %2</extracomment>
        <translation>레이블 %1개/최대 %2개</translation>
    </message>
    <message>
        <source>Label “%1” created.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>레이블 &quot;%1&quot;을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>레이블 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>&quot;%1&quot;의 색상</translation>
    </message>
    <message>
        <source>Label “%1” saved.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>레이블 &quot;%1&quot;을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>레이블 삭제</translation>
    </message>
    <message>
        <source>Delete the label “%1”? It is also removed from every case that carries it.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>레이블 &quot;%1&quot;을(를) 삭제하시겠습니까? 이 레이블이 지정된 모든 케이스에서도 제거됩니다.</translation>
    </message>
    <message>
        <source>Label “%1” deleted.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>레이블 &quot;%1&quot;을(를) 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>osm::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheActions</name>
    <message>
        <source>Saved list as of %1</source>
        <translation>%1 기준 저장된 목록</translation>
    </message>
    <message>
        <source>These are the cases saved on this computer; the server&apos;s list replaces them when it answers.</source>
        <translation>이 컴퓨터에 저장된 케이스입니다. 서버가 응답하면 서버의 목록으로 바뀝니다.</translation>
    </message>
    <message>
        <source>The server could not be reached: these are the cases saved on this computer.</source>
        <translation>서버에 연결할 수 없습니다. 이 컴퓨터에 저장된 케이스를 표시합니다.</translation>
    </message>
    <message>
        <source>The local cache could not be emptied: %1</source>
        <translation>로컬 캐시를 비울 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&amp;Search Saved Cases…</source>
        <translation>저장된 케이스 검색(&amp;S)…</translation>
    </message>
    <message>
        <source>Find words in the cases, messages and attachment names saved on this computer (%1)</source>
        <translation>이 컴퓨터에 저장된 케이스, 메시지, 첨부 파일 이름에서 단어를 찾습니다(%1)</translation>
    </message>
    <message>
        <source>Rebuild Local &amp;Cache</source>
        <translation>로컬 캐시 다시 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the cases and messages saved on this computer and read them again from the server (unsent messages and drafts are kept)</source>
        <translation>이 컴퓨터에 저장된 케이스와 메시지를 지우고 서버에서 다시 불러옵니다(보내지 않은 메시지와 임시 저장본은 유지됨)</translation>
    </message>
    <message>
        <source>Saved list</source>
        <translation>저장된 목록</translation>
    </message>
    <message>
        <source>Local &amp;Cache…</source>
        <translation>로컬 캐시(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheDialog</name>
    <message>
        <source>Local Cache</source>
        <translation>로컬 캐시</translation>
    </message>
    <message>
        <source>&amp;Keep downloaded files up to (MiB):</source>
        <translation>다운로드한 파일 보관 한도(MiB)(&amp;K):</translation>
    </message>
    <message>
        <source>Attachments you open, save or drag out are kept on this computer, so that they open again without a download, also offline. Beyond the limit the least recently used go first; 0 keeps none.</source>
        <translation>열거나 저장하거나 끌어서 내보낸 첨부 파일은 이 컴퓨터에 보관되므로 다시 다운로드하지 않고 오프라인에서도 열 수 있습니다. 한도를 넘으면 가장 오래 사용하지 않은 파일부터 삭제되며, 0이면 보관하지 않습니다.</translation>
    </message>
    <message>
        <source>C&amp;lear Downloaded Files</source>
        <translation>다운로드한 파일 지우기(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>In use: %n file(s), %1</source>
        <extracomment>%n is how many files are kept, %1 the space they take (e.g. &quot;12.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>사용 중: 파일 %n개, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalSearchDialog</name>
    <message>
        <source>Case %1</source>
        <translation>케이스 %1</translation>
    </message>
    <message>
        <source>Message in case %1, %2</source>
        <translation>케이스 %1의 메시지, %2</translation>
    </message>
    <message>
        <source>Attachment in case %1</source>
        <translation>케이스 %1의 첨부 파일</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>검색에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Nothing saved on this computer matches.</source>
        <translation>이 컴퓨터에 저장된 항목 중 일치하는 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>일치 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Search Saved Cases</source>
        <translation>저장된 케이스 검색</translation>
    </message>
    <message>
        <source>Searches the case descriptions, messages and attachment names saved on this computer, also while offline. Press Enter on a result to open its case.</source>
        <translation>이 컴퓨터에 저장된 케이스 설명, 메시지, 첨부 파일 이름을 검색하며 오프라인에서도 사용할 수 있습니다. 결과에서 Enter 키를 누르면 해당 케이스가 열립니다.</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>찾을 단어</translation>
    </message>
    <message>
        <source>Search saved cases</source>
        <translation>저장된 케이스 검색</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>일치 항목</translation>
    </message>
</context>
<context>
    <name>osm::ui::MainWindow</name>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>케이스 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected case in its own window (Enter or double-click)</source>
        <translation>선택한 케이스를 별도 창에서 엽니다(Enter 또는 더블클릭)</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>새 케이스(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new case (%1)</source>
        <translation>새 케이스를 생성합니다(%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About OSM Desk</source>
        <translation>OSM Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>읽지 않은 메시지</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>연결 상태</translation>
    </message>
    <message>
        <source>Offline — waiting for the network</source>
        <translation>오프라인 — 네트워크 연결 대기 중</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>오프라인 — %n초 후 다시 시도</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — retrying…</source>
        <translation>오프라인 — 다시 시도하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>읽지 않은 메시지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export Cases…</source>
        <translation>케이스 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the cases of the current view and filters to a file</source>
        <translation>현재 보기와 필터의 케이스를 파일로 내보냅니다</translation>
    </message>
    <message>
        <source>Save &amp;View as CSV…</source>
        <translation>보기를 CSV로 저장(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the cases listed now, with the visible columns, as a CSV file</source>
        <translation>현재 표시된 케이스를 보이는 열과 함께 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>레이블 관리(&amp;L)…</translation>
    </message>
    <message>
        <source>A&amp;uthorizations…</source>
        <translation>권한 부여(&amp;U)…</translation>
    </message>
    <message>
        <source>Requests of support engineers for access to your console or hosts</source>
        <translation>콘솔 또는 호스트에 대한 지원 엔지니어의 액세스 요청</translation>
    </message>
    <message>
        <source>&amp;Diagnosis…</source>
        <translation>진단(&amp;D)…</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click</source>
        <translation>클릭 한 번으로 클라우드 리소스의 일반적인 문제를 점검합니다</translation>
    </message>
    <message>
        <source>Account &amp;Information…</source>
        <translation>계정 정보(&amp;I)…</translation>
    </message>
    <message>
        <source>Case quota, agencies, partner service and configuration items</source>
        <translation>케이스 할당량, 위임, 파트너 서비스, 구성 항목</translation>
    </message>
    <message>
        <source>&amp;Report Infringement or Illegal Information…</source>
        <translation>권리 침해 또는 불법 정보 신고(&amp;R)…</translation>
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
    <name>osm::ui::OfflineStatus</name>
    <message numerus="yes">
        <source>Offline — showing saved data; %n change(s) waiting</source>
        <translation>
            <numerusform>오프라인 — 저장된 데이터 표시 중, 변경 사항 %n개 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing saved data</source>
        <translation>오프라인 — 저장된 데이터 표시 중</translation>
    </message>
    <message>
        <source>The server cannot be reached. The cases and messages shown are those saved on this computer; what you send is kept and goes out when the server answers again.</source>
        <translation>서버에 연결할 수 없습니다. 표시된 케이스와 메시지는 이 컴퓨터에 저장된 것이며, 보내는 내용은 보관되었다가 서버가 다시 응답하면 전송됩니다.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxItemText</name>
    <message>
        <source>Urge the case</source>
        <translation>케이스 독촉</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>케이스 취소</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>케이스 삭제</translation>
    </message>
    <message>
        <source>Close the case and rate it</source>
        <translation>케이스 종료 및 평가</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>케이스 종료</translation>
    </message>
    <message>
        <source>Rate the case</source>
        <translation>케이스 평가</translation>
    </message>
    <message>
        <source>Add label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>레이블 &quot;%1&quot; 추가</translation>
    </message>
    <message>
        <source>Remove label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>레이블 &quot;%1&quot; 제거</translation>
    </message>
    <message>
        <source>Relate case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>케이스 %1 연결</translation>
    </message>
    <message>
        <source>Remove the relation to case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>케이스 %1과(와)의 연결 제거</translation>
    </message>
    <message>
        <source>Change the reminder contact information</source>
        <translation>알림 연락처 정보 변경</translation>
    </message>
    <message>
        <source>Create a case: %1</source>
        <extracomment>%1 is the beginning of the new case&apos;s description</extracomment>
        <translation>케이스 생성: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxPanel</name>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>%1 is the server&apos;s reason</extracomment>
        <translation>보내지 못함: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>보내기 대기 중</translation>
    </message>
    <message>
        <source>Waiting for the network; it will be sent when the connection is back.</source>
        <translation>네트워크 대기 중입니다. 연결이 복구되면 보냅니다.</translation>
    </message>
    <message>
        <source>Waiting to sign in again; it will be sent after that.</source>
        <translation>다시 로그인하기를 기다리는 중입니다. 로그인 후 보냅니다.</translation>
    </message>
    <message>
        <source>Will be sent again shortly: %1</source>
        <extracomment>%1 is why the last attempt failed</extracomment>
        <translation>잠시 후 다시 보냅니다: %1</translation>
    </message>
    <message>
        <source>Messages waiting to be sent</source>
        <translation>보내기 대기 중인 메시지</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <extracomment>The files of a message waiting to be sent; %1 is their names</extracomment>
        <translation>첨부: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Edit the message in the reply box</source>
        <translation>답장 상자에서 메시지를 편집합니다</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Discard the message</source>
        <translation>메시지를 삭제합니다</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesButton</name>
    <message numerus="yes">
        <source>%n new case(s) not sent</source>
        <translation>
            <numerusform>전송되지 않은 새 케이스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) waiting to be sent</source>
        <translation>
            <numerusform>전송 대기 중인 새 케이스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the new cases waiting to be sent</source>
        <translation>전송 대기 중인 새 케이스를 표시합니다</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesDialog</name>
    <message>
        <source>New Cases Waiting to Be Sent</source>
        <translation>전송 대기 중인 새 케이스</translation>
    </message>
    <message>
        <source>These new cases are saved on this computer and are created as soon as the server can be reached. A case the server refused shows its reason: edit it, retry or discard it.</source>
        <translation>이 새 케이스는 이 컴퓨터에 저장되어 있으며 서버에 연결되는 즉시 생성됩니다. 서버가 거부한 케이스에는 거부 사유가 표시되므로 편집하거나 다시 시도하거나 삭제하세요.</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeCache</name>
    <message>
        <source>Your account&apos;s administrator has restricted case submission, and your user does not hold the privilege to submit cases. Ask the administrator of the main account to grant it.</source>
        <translation>계정 관리자가 케이스 제출을 제한했으며 현재 사용자에게는 케이스 제출 권한이 없습니다. 기본 계정의 관리자에게 권한을 요청하세요.</translation>
    </message>
    <message>
        <source>You are signed in with a delegated account, and the account&apos;s administrator does not allow delegated accounts to work on cases. Ask the administrator to grant the case privilege.</source>
        <translation>위임된 계정으로 로그인했으며 계정 관리자가 위임된 계정의 케이스 작업을 허용하지 않습니다. 관리자에게 케이스 권한을 요청하세요.</translation>
    </message>
    <message>
        <source>Your user does not hold the privilege to export cases. Ask the administrator of the main account to grant it.</source>
        <translation>현재 사용자에게는 케이스 내보내기 권한이 없습니다. 기본 계정의 관리자에게 권한을 요청하세요.</translation>
    </message>
    <message>
        <source>You may not see or change the cases of this IAM group: your user is not allowed to work on its members&apos; cases. Check the group ID, or ask your administrator to add you to the group.</source>
        <translation>이 IAM 그룹의 케이스를 보거나 변경할 수 없습니다. 현재 사용자는 그룹 구성원의 케이스 작업이 허용되지 않습니다. 그룹 ID를 확인하거나 관리자에게 그룹에 추가해 달라고 요청하세요.</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeNotice</name>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>일부 작업을 사용할 수 없는 이유</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegePolicyTab</name>
    <message>
        <source>Restrictions the main account switches on for its IAM users: a restricted privilege is held only by the users it is granted to.</source>
        <translation>기본 계정이 IAM 사용자에게 적용하는 제한입니다. 제한된 권한은 부여받은 사용자만 가집니다.</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>제한</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>whether the restriction of a privilege is switched on</extracomment>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>제한(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lift Restriction</source>
        <translation>제한 해제(&amp;L)</translation>
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
    <name>osm::ui::RelatedCasesEditor</name>
    <message>
        <source>Case</source>
        <translation>케이스</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>제출자</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>관련 케이스</translation>
    </message>
    <message>
        <source>Related case ID</source>
        <translation>관련 케이스 ID</translation>
    </message>
    <message>
        <source>Case ID to relate</source>
        <translation>연결할 케이스 ID</translation>
    </message>
    <message>
        <source>IAM group ID for relations</source>
        <translation>케이스 연결에 사용할 IAM 그룹 ID</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>IAM 그룹 ID</translation>
    </message>
    <message>
        <source>The relation calls of the OSM API require the ID of your IAM group.</source>
        <translation>OSM API에서 케이스를 연결하거나 연결을 해제하려면 IAM 그룹 ID가 필요합니다.</translation>
    </message>
    <message>
        <source>Re&amp;late</source>
        <translation>연결(&amp;L)</translation>
    </message>
    <message>
        <source>Add related case</source>
        <translation>관련 케이스 추가</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open related case</source>
        <translation>관련 케이스 열기</translation>
    </message>
    <message>
        <source>Unrelate</source>
        <translation>연결 해제</translation>
    </message>
    <message>
        <source>Remove related case</source>
        <translation>관련 케이스 제거</translation>
    </message>
</context>
<context>
    <name>osm::ui::ReportFeedbackDialog</name>
    <message>
        <source>Describe what you are reporting.</source>
        <translation>신고 내용을 설명하세요.</translation>
    </message>
    <message numerus="yes">
        <source>The description is %n character(s) too long.</source>
        <translation>
            <numerusform>설명이 %n자 초과되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one file as evidence.</source>
        <translation>증거 파일을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <source>Describe the right that is infringed.</source>
        <translation>침해된 권리를 설명하세요.</translation>
    </message>
    <message>
        <source>An infringement report needs your name, mobile number and e-mail address.</source>
        <translation>권리 침해 신고에는 이름, 휴대폰 번호, 이메일 주소가 필요합니다.</translation>
    </message>
    <message>
        <source>Waiting for the files to upload…</source>
        <translation>파일 업로드를 기다리는 중…</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <extracomment>%1 is a file name, %2 why it could not be uploaded</extracomment>
        <translation>%1을(를) 업로드할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>증거 추가</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>characters typed / the limit</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Report Infringement or Illegal Information</source>
        <translation>권리 침해 또는 불법 정보 신고</translation>
    </message>
    <message>
        <source>Intellectual-property infringement</source>
        <translation>지식 재산권 침해</translation>
    </message>
    <message>
        <source>Illegal information</source>
        <translation>불법 정보</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>지정 안 함</translation>
    </message>
    <message>
        <source>Pornography</source>
        <translation>음란물</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>도박</translation>
    </message>
    <message>
        <source>Political breach</source>
        <translation>정치적 위반</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>사기</translation>
    </message>
    <message>
        <source>Virtual currency</source>
        <translation>가상 화폐</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>프록시 서버</translation>
    </message>
    <message>
        <source>Website without ICP filing</source>
        <translation>ICP 등록이 없는 웹사이트</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>민감 정보</translation>
    </message>
    <message>
        <source>Violence or terrorism</source>
        <translation>폭력 또는 테러</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>유언비어</translation>
    </message>
    <message>
        <source>Insulting heroes and martyrs</source>
        <translation>영웅 및 열사 모독</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>종교</translation>
    </message>
    <message>
        <source>Harm to minors</source>
        <translation>미성년자 유해</translation>
    </message>
    <message>
        <source>Cyberattack</source>
        <translation>사이버 공격</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>스팸</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>저작권</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>상표권</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>특허권</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>개인</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Authorized agent</source>
        <translation>위임 대리인</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>변호사</translation>
    </message>
    <message>
        <source>Right owner</source>
        <translation>권리자</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>신고 유형(&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>카테고리(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Reported &amp;party:</source>
        <translation>신고 대상자(&amp;P):</translation>
    </message>
    <message>
        <source>Reported p&amp;roduct:</source>
        <translation>신고 대상 제품(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>증거(&amp;E):</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>신고</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Product or service; website address</source>
        <translation>제품 또는 서비스, 웹사이트 주소</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>What is infringing or illegal, and where it can be seen</source>
        <translation>침해 또는 불법 내용과 확인할 수 있는 위치</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>설명 길이</translation>
    </message>
    <message>
        <source>Reported party</source>
        <translation>신고 대상자</translation>
    </message>
    <message>
        <source>The party or merchant reported (optional)</source>
        <translation>신고 대상 당사자 또는 판매자(선택 사항)</translation>
    </message>
    <message>
        <source>Reported product</source>
        <translation>신고 대상 제품</translation>
    </message>
    <message>
        <source>The infringing product or service (optional)</source>
        <translation>권리를 침해하는 제품 또는 서비스(선택 사항)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>증거 파일</translation>
    </message>
    <message>
        <source>One to %1 files that show what you report</source>
        <extracomment>%1 is the largest number of files</extracomment>
        <translation>신고 내용을 보여 주는 파일 1-%1개</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>Infringed right</source>
        <translation>침해된 권리</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>Registered &amp;in:</source>
        <translation>등록 국가/지역(&amp;I):</translation>
    </message>
    <message>
        <source>Registration &amp;number:</source>
        <translation>등록 번호(&amp;N):</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>설명(&amp;C):</translation>
    </message>
    <message>
        <source>Kind of right</source>
        <translation>권리 종류</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>등록 국가/지역</translation>
    </message>
    <message>
        <source>Country or region (optional)</source>
        <translation>국가 또는 지역(선택 사항)</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>등록 번호</translation>
    </message>
    <message>
        <source>Trademark or patent number (optional)</source>
        <translation>상표 또는 특허 번호(선택 사항)</translation>
    </message>
    <message>
        <source>Right description</source>
        <translation>권리 설명</translation>
    </message>
    <message>
        <source>Your contact details</source>
        <translation>연락처 정보</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>이름(&amp;M):</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>휴대폰(&amp;B):</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>이메일(&amp;M):</translation>
    </message>
    <message>
        <source>Country or re&amp;gion:</source>
        <translation>국가 또는 지역(&amp;G):</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>주소(&amp;S):</translation>
    </message>
    <message>
        <source>You a&amp;re:</source>
        <translation>신고자 유형(&amp;R):</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>회사(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Other contact:</source>
        <translation>기타 연락처(&amp;O):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>휴대폰</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>국가 또는 지역</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>신고자 유형</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>기타 연락처</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>&amp;Send Report</source>
        <translation>신고 보내기(&amp;S)</translation>
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
    <name>osm::ui::SaveViewAsCsv</name>
    <message>
        <source>Save View as CSV</source>
        <translation>보기를 CSV로 저장</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>
            <numerusform>케이스 %n개를 %1에 저장했습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::SubmissionPrivilegeGate</name>
    <message>
        <source>New Case</source>
        <translation>새 케이스</translation>
    </message>
    <message>
        <source>You cannot submit cases with this user.</source>
        <translation>이 사용자로는 케이스를 제출할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>osm::ui::TrayNotifier</name>
    <message>
        <source>Show OSM Desk</source>
        <translation>OSM Desk 표시</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk tray menu</source>
        <translation>OSM Desk 트레이 메뉴</translation>
    </message>
    <message numerus="yes">
        <source>OSM Desk: %n unread message(s)</source>
        <translation>
            <numerusform>OSM Desk: 읽지 않은 메시지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>OSM Desk: no unread messages</source>
        <translation>OSM Desk: 읽지 않은 메시지 없음</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>읽지 않은 메시지 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <extracomment>A tray menu entry: the case number and how many of its messages are unread.</extracomment>
        <translation>
            <numerusform>%1 (읽지 않음 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>New reply in case %1</source>
        <translation>케이스 %1에 새 답장</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>읽지 않은 메시지 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New replies in %n case(s)</source>
        <translation>
            <numerusform>케이스 %n개에 새 답장</numerusform>
        </translation>
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
