<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>main</name>
    <message>
        <source>Manage Huawei Cloud support cases through the OSM API.</source>
        <translation>透過 OSM API 管理華為雲支援工單。</translation>
    </message>
    <message>
        <source>Run against the built-in OSM simulator.</source>
        <translation>連線至內建的 OSM 模擬器執行。</translation>
    </message>
    <message>
        <source>Sign in with the account profile &lt;id&gt;.</source>
        <translation>使用帳號設定檔 &lt;id&gt; 登入。</translation>
    </message>
    <message>
        <source>Exit after the first page of cases has loaded (for tests).</source>
        <translation>第一頁工單載入完成後結束（用於測試）。</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de, ar) instead of the system&apos;s.</source>
        <extracomment>&lt;code&gt; stays as it is: it names the option&apos;s value on the command line.</extracomment>
        <translation>使用語言 &lt;code&gt;（例如 zh_CN、ja、de、ar），而非系統語言。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>未知的語言「%1」；可用語言：%2。</translation>
    </message>
    <message>
        <source>A case to open: its id, or a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>要開啟的工單：工單編號，或 osmdesk://case/&lt;工單編號&gt; 形式的連結。</translation>
    </message>
</context>
<context>
    <name>osm::AkSkAuthenticator</name>
    <message>
        <source>IAM did not name the account of this access key.</source>
        <translation>IAM 未傳回此存取金鑰所屬的帳號。</translation>
    </message>
</context>
<context>
    <name>osm::CaseStatus</name>
    <message>
        <source>Pending acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Result to be confirmed</source>
        <translation>待確認結果</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>Awaiting feedback</source>
        <translation>待回饋</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>狀態 %1</translation>
    </message>
</context>
<context>
    <name>osm::CredentialStore</name>
    <message>
        <source>No secret is saved for this account. Enter it again in the account settings.</source>
        <translation>此帳號未儲存密鑰。請在帳號設定中重新輸入。</translation>
    </message>
</context>
<context>
    <name>osm::Download</name>
    <message>
        <source>the folder does not exist.</source>
        <translation>資料夾不存在。</translation>
    </message>
    <message>
        <source>the file could not be created (%1).</source>
        <translation>無法建立檔案（%1）。</translation>
    </message>
    <message>
        <source>the file could not be written (%1).</source>
        <translation>無法寫入檔案（%1）。</translation>
    </message>
    <message>
        <source>the file could not be saved (%1).</source>
        <translation>無法儲存檔案（%1）。</translation>
    </message>
</context>
<context>
    <name>osm::Endpoint</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation>位址「%1」不是有效的 URL。</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for &quot;%1&quot;.</source>
        <translation>僅允許對本機（回送位址）使用未加密的 http；請對「%1」使用 https。</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>位址必須以 https:// 開頭。</translation>
    </message>
</context>
<context>
    <name>osm::Error</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>無法連線到伺服器。請檢查網路連線。</translation>
    </message>
    <message>
        <source>The server did not answer in time. The app will keep trying when it is safe to.</source>
        <translation>伺服器未及時回應。在可以安全重試時，應用程式會繼續嘗試。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>與伺服器的安全連線失敗：%1</translation>
    </message>
    <message>
        <source>The server sent an answer the app could not read.</source>
        <translation>伺服器傳回了應用程式無法讀取的回應。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not valid: %2</source>
        <extracomment>%1 is a parameter name as the API spells it, %2 says what is wrong with it</extracomment>
        <translation>「%1」的值無效：%2</translation>
    </message>
    <message>
        <source>The saved credentials could not be used: %1</source>
        <translation>無法使用已儲存的認證資訊：%1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>請求已取消。</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the account name, user name and password.</source>
        <translation>登入失敗。請檢查帳號名稱、使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>The server refused the credentials of this account.</source>
        <translation>伺服器拒絕了此帳號的認證資訊。</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <extracomment>%1 is the server&apos;s own error message, which may be in another language</extracomment>
        <translation>伺服器回報了錯誤：%1</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>請求過多。應用程式稍後會自動重試。</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>伺服器發生問題（HTTP %1）。請稍後再試。</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>請求失敗（HTTP %1）。</translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation>（錯誤碼 %1）</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>（請求 ID %1）</translation>
    </message>
</context>
<context>
    <name>osm::ErrorCatalog</name>
    <message>
        <source>The request was refused because a parameter is invalid.</source>
        <translation>請求遭拒，因為有參數無效。</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>您尚未登入，或登入已過期。</translation>
    </message>
    <message>
        <source>You do not have permission for this operation.</source>
        <translation>您沒有執行此操作的權限。</translation>
    </message>
    <message>
        <source>The case service had an internal error. Try again later.</source>
        <translation>工單服務發生內部錯誤。請稍後再試。</translation>
    </message>
    <message>
        <source>A parameter failed the server&apos;s validation.</source>
        <translation>有參數未通過伺服器驗證。</translation>
    </message>
    <message>
        <source>You do not have permission for this case.</source>
        <translation>您沒有此工單的權限。</translation>
    </message>
    <message>
        <source>You have urged this case too often. Wait a while before urging it again.</source>
        <translation>您催單過於頻繁。請稍候一段時間再催單。</translation>
    </message>
    <message>
        <source>Today&apos;s attachment upload allowance is used up.</source>
        <translation>今日附件上傳額度已用完。</translation>
    </message>
    <message>
        <source>The selected severity does not exist.</source>
        <translation>所選的嚴重性不存在。</translation>
    </message>
    <message>
        <source>A CC e-mail address is not valid.</source>
        <translation>副本電子郵件地址無效。</translation>
    </message>
    <message>
        <source>Your support plan does not allow creating this case.</source>
        <translation>您的支援方案不允許建立此工單。</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>驗證失敗。</translation>
    </message>
    <message>
        <source>That case action is not supported (only cancel, close, urge and delete).</source>
        <translation>不支援該工單操作（僅支援撤單、關單、催單和刪除）。</translation>
    </message>
    <message>
        <source>The case does not exist, or you cannot see it.</source>
        <translation>工單不存在，或您無權檢視。</translation>
    </message>
    <message>
        <source>The bastion host (CBH) reported a failure.</source>
        <translation>雲堡壘機（CBH）回報了故障。</translation>
    </message>
    <message>
        <source>This case was created only a moment ago. Wait a while before urging it.</source>
        <translation>此工單剛剛建立。請稍候一段時間再催單。</translation>
    </message>
    <message>
        <source>A verification code was sent less than a minute ago. Wait before asking for another.</source>
        <translation>驗證碼發送未滿一分鐘。請稍後再索取新的驗證碼。</translation>
    </message>
    <message>
        <source>The case&apos;s current status does not allow this operation.</source>
        <translation>工單目前的狀態不允許此操作。</translation>
    </message>
    <message>
        <source>You are not allowed to see cases of this group.</source>
        <translation>您無權檢視此使用者群組的工單。</translation>
    </message>
    <message>
        <source>The maximum number of verification codes has been sent.</source>
        <translation>驗證碼發送次數已達上限。</translation>
    </message>
    <message>
        <source>Your case quota is used up.</source>
        <translation>您的工單配額已用完。</translation>
    </message>
    <message>
        <source>You have reached today&apos;s limit of new cases.</source>
        <translation>您今日新建工單數已達上限。</translation>
    </message>
    <message>
        <source>The label does not exist.</source>
        <translation>標籤不存在。</translation>
    </message>
    <message>
        <source>A label with this name already exists.</source>
        <translation>同名標籤已存在。</translation>
    </message>
    <message>
        <source>You already have 30 labels, the most allowed.</source>
        <translation>您已有 30 個標籤，已達上限。</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels.</source>
        <translation>每個工單最多可加上 5 個標籤。</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases.</source>
        <translation>每個工單最多可有 3 個關聯工單。</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>工單不能關聯自身。</translation>
    </message>
    <message>
        <source>The attachment is not valid.</source>
        <translation>附件無效。</translation>
    </message>
    <message>
        <source>This authorization can only be changed while it is pending.</source>
        <translation>此授權僅在待處理時才能修改。</translation>
    </message>
    <message>
        <source>The connection to the target host timed out.</source>
        <translation>連線至目標主機逾時。</translation>
    </message>
    <message>
        <source>The signature was rejected. Check the access key (AK) and secret key (SK) of this account.</source>
        <translation>簽章遭拒。請檢查此帳號的存取金鑰 ID（AK）和秘密存取金鑰（SK）。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>登入已過期。請重新登入。</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>請求過多。應用程式稍後會自動重試。</translation>
    </message>
    <message>
        <source>The account name or password is wrong.</source>
        <translation>帳號名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>The case service could not complete the operation. Try again later.</source>
        <translation>工單服務無法完成此操作。請稍後再試。</translation>
    </message>
    <message>
        <source>This authorization operation is not supported.</source>
        <translation>不支援此授權操作。</translation>
    </message>
    <message>
        <source>The operation is not allowed.</source>
        <translation>不允許執行此操作。</translation>
    </message>
    <message>
        <source>The source id does not exist.</source>
        <translation>來源 ID 不存在。</translation>
    </message>
    <message>
        <source>The selected problem type does not exist.</source>
        <translation>所選的問題類型不存在。</translation>
    </message>
    <message>
        <source>The type is not valid.</source>
        <translation>類型無效。</translation>
    </message>
    <message>
        <source>The authorization item does not exist.</source>
        <translation>授權項目不存在。</translation>
    </message>
    <message>
        <source>The selected region does not exist.</source>
        <translation>所選的區域不存在。</translation>
    </message>
</context>
<context>
    <name>osm::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available (%1). Secrets entered now are kept in memory only and will be forgotten when the app quits.</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>沒有可用的鑰匙圈（%1）。現在輸入的密鑰只會保留在記憶體中，應用程式結束後就會遺失。</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>鑰匙圈拒絕了操作：%1</translation>
    </message>
    <message>
        <source>The keychain entry of this account is not in a format the app understands. Enter the secret again.</source>
        <translation>此帳號的鑰匙圈項目格式無法辨識。請重新輸入密鑰。</translation>
    </message>
</context>
<context>
    <name>osm::MultipartBody</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
</context>
<context>
    <name>osm::Site</name>
    <message>
        <source>Huawei Cloud (myhuaweicloud.com)</source>
        <extracomment>The endpoint listed in the OSM API reference (region cn-south-1)</extracomment>
        <translation>華為雲（myhuaweicloud.com）</translation>
    </message>
    <message>
        <source>Huawei Cloud SDK endpoint (myhuaweicloud.cn)</source>
        <extracomment>The endpoint the official Huawei Cloud SDK uses for the same region</extracomment>
        <translation>華為雲 SDK 端點（myhuaweicloud.cn）</translation>
    </message>
</context>
<context>
    <name>osm::TokenAuthenticator</name>
    <message>
        <source>IAM answered without a token.</source>
        <translation>IAM 的回應中沒有權杖。</translation>
    </message>
</context>
<context>
    <name>osm::api::AccessoryLimitCheck</name>
    <message numerus="yes">
        <source>at most %n file(s) may be attached to one case or message.</source>
        <translation>
            <numerusform>每個工單或留言最多可加入 %n 個附件。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>無法讀取「%1」。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>「%1」是空白檔案。</translation>
    </message>
    <message>
        <source>“%1” is not a type of file that may be attached (allowed: %2).</source>
        <extracomment>%1 is a file name, %2 the list of allowed extensions</extracomment>
        <translation>「%1」的檔案類型不可作為附件（允許的類型：%2）。</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; an attachment may be at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its size in MB, %3 the largest size allowed in MB</extracomment>
        <translation>「%1」大小為 %2 MB；單一附件最大為 %3 MB。</translation>
    </message>
    <message>
        <source>“%1” could not be read as a ZIP archive.</source>
        <translation>無法將「%1」當作 ZIP 壓縮檔讀取。</translation>
    </message>
    <message>
        <source>“%1” unpacks to %2 MB; an archive may unpack to at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its unpacked size in MB, %3 the largest unpacked size allowed in MB</extracomment>
        <translation>「%1」解壓縮後為 %2 MB；壓縮檔解壓縮後最大為 %3 MB。</translation>
    </message>
</context>
<context>
    <name>osm::api::Attachments</name>
    <message>
        <source>it must be “incident” (for a new case) or “message” (for a message).</source>
        <translation>必須是「incident」（新建工單時）或「message」（留言時）。</translation>
    </message>
    <message>
        <source>the file “%1” cannot be read.</source>
        <translation>無法讀取檔案「%1」。</translation>
    </message>
    <message>
        <source>an id may not contain a comma.</source>
        <translation>ID 不能包含逗號。</translation>
    </message>
</context>
<context>
    <name>osm::api::CaseWrites</name>
    <message>
        <source>its keys must be contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>鍵名只能是 contactType、remindCCEmail、remindEncryptCCEmail 或 isReceiveMsgRemind。</translation>
    </message>
    <message>
        <source>it must be IncidentService or IntelligentCustomerService.</source>
        <translation>必須是 IncidentService 或 IntelligentCustomerService。</translation>
    </message>
    <message>
        <source>it must be 0, 1 or 2.</source>
        <translation>必須是 0、1 或 2。</translation>
    </message>
</context>
<context>
    <name>osm::api::Configurations</name>
    <message>
        <source>it may not contain /, ? or #.</source>
        <translation>不能包含 /、? 或 #。</translation>
    </message>
</context>
<context>
    <name>osm::api::Feedback</name>
    <message>
        <source>it must be one of %1.</source>
        <translation>必須是下列值之一：%1。</translation>
    </message>
</context>
<context>
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>必須是 #RRGGBB 格式的顏色，例如 #1E88E5。</translation>
    </message>
</context>
<context>
    <name>osm::api::Privileges</name>
    <message>
        <source>it must be one of export, createCase or assumeCaseAll.</source>
        <translation>必須是 export、createCase 或 assumeCaseAll 之一。</translation>
    </message>
</context>
<context>
    <name>osm::api::Relations</name>
    <message>
        <source>a case cannot be related to itself.</source>
        <translation>工單不能關聯自身。</translation>
    </message>
</context>
<context>
    <name>osm::api::Validator</name>
    <message>
        <source>a value is required.</source>
        <translation>必須填寫值。</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n character(s) long.</source>
        <translation>
            <numerusform>長度不得超過 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <translation>必須介於 %1 和 %2 之間。</translation>
    </message>
    <message>
        <source>it must be one of %1.</source>
        <translation>必須是下列值之一：%1。</translation>
    </message>
    <message numerus="yes">
        <source>at most %n value(s) may be given.</source>
        <translation>
            <numerusform>最多只能提供 %n 個值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n value(s) must be given.</source>
        <translation>
            <numerusform>至少需要提供 %n 個值。</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be a date and time written as yyyy-MM-dd HH:mm:ss.</source>
        <translation>必須是 yyyy-MM-dd HH:mm:ss 格式的日期和時間。</translation>
    </message>
</context>
<context>
    <name>osm::api::VerifyCodes</name>
    <message>
        <source>it must be exactly 6 characters long.</source>
        <translation>長度必須剛好為 6 個字元。</translation>
    </message>
</context>
<context>
    <name>osm::app::DesktopSession</name>
    <message>
        <source>The built-in simulator could not start.</source>
        <translation>內建模擬器無法啟動。</translation>
    </message>
    <message>
        <source>No account is set up yet. Start OSM Desk with --demo to try it with the built-in simulator.</source>
        <translation>尚未設定任何帳號。使用 --demo 啟動 OSM Desk，即可透過內建模擬器試用。</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>不存在帳號設定檔「%1」。</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>Welcome to OSM Desk. Set up the Huawei Cloud account whose support cases you want to work with. (To try OSM Desk without an account, start it with --demo.)</source>
        <translation>歡迎使用 OSM Desk。請設定您要處理其支援工單的華為雲帳號。（若要在沒有帳號的情況下試用 OSM Desk，請使用 --demo 啟動。）</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>無法儲存帳號。</translation>
    </message>
    <message>
        <source>You have signed out and the stored secret was forgotten. Enter it again to sign in.</source>
        <translation>您已登出，已儲存的密鑰已清除。請重新輸入密鑰以登入。</translation>
    </message>
</context>
<context>
    <name>osm::app::LaunchRequest</name>
    <message>
        <source>Expected at most one case, as a case id or as a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>最多只能指定一個工單，可以是工單編號，也可以是 osmdesk://case/&lt;工單編號&gt; 形式的連結。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AgenciesCommands</name>
    <message>
        <source>The account&apos;s IAM agencies (delegations).</source>
        <translation>帳號的 IAM 委託。</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM agencies (5.11.1).</source>
        <translation>列出帳號的 IAM 委託（5.11.1）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false：保留問題描述和留言中的富文字標記（預設 true：純文字）。</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs.</source>
        <translation>支援工單：清單、詳細資料、計數、狀態、操作記錄。</translation>
    </message>
    <message>
        <source>List cases, with every filter of the API (5.11.9).</source>
        <translation>列出工單，支援 API 的所有篩選條件（5.11.9）。</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters); at most 3.</source>
        <translation>問題描述中的關鍵字（最多 64 個字元）；最多 3 個。</translation>
    </message>
    <message>
        <source>A label id; at most 5.</source>
        <translation>標籤 ID；最多 5 個。</translation>
    </message>
    <message>
        <source>Matches the case id or the description (at most 64 characters).</source>
        <translation>比對工單編號或問題描述（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>工單編號（最多 32 個字元）。</translation>
    </message>
    <message>
        <source>Created at or after this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>建立時間不早於此時間，格式為 yyyy-MM-dd HH:mm:ss。</translation>
    </message>
    <message>
        <source>Created at or before this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>建立時間不晚於此時間，格式為 yyyy-MM-dd HH:mm:ss。</translation>
    </message>
    <message>
        <source>The status: 0, 1, 2, 3, 4, 12 or 17.</source>
        <translation>狀態：0、1、2、3、4、12 或 17。</translation>
    </message>
    <message>
        <source>A list of statuses, sent as given.</source>
        <translation>狀態清單，依原樣傳送。</translation>
    </message>
    <message>
        <source>The cases of this sub-user id (at most 64 characters).</source>
        <translation>指定子使用者 ID 的工單（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>The cases of this sub-user name (at most 64 characters).</source>
        <translation>指定子使用者名稱的工單（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>IAM 使用者群組，用於檢視群組內其他成員的工單（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>Skip this many cases (0-65535, default 0).</source>
        <translation>略過的工單數（0-65535，預設 0）。</translation>
    </message>
    <message>
        <source>At most this many cases (0-100, default 10).</source>
        <translation>最多傳回的工單數（0-100，預設 10）。</translation>
    </message>
    <message>
        <source>The product category id (at most 64 characters).</source>
        <translation>產品類型 ID（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>The problem type id (at most 32 characters).</source>
        <translation>問題類型 ID（最多 32 個字元）。</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>工單子類型 ID（最多 32 個字元）。</translation>
    </message>
    <message>
        <source>The root cause (at most 32 characters).</source>
        <translation>問題歸屬（最多 32 個字元）。</translation>
    </message>
    <message>
        <source>The service type of the case.</source>
        <translation>工單的服務類型。</translation>
    </message>
    <message>
        <source>Show one case with all its details (5.11.4).</source>
        <translation>顯示單一工單的完整詳細資料（5.11.4）。</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>工單編號（1-32 個字元）。</translation>
    </message>
    <message>
        <source>The IAM group, for a case of another member (at most 64 characters).</source>
        <translation>IAM 使用者群組，用於檢視群組內其他成員的工單（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>Count the cases by status (5.11.3).</source>
        <translation>依狀態統計工單數量（5.11.3）。</translation>
    </message>
    <message>
        <source>Only this status: 0-4 or 13.</source>
        <translation>僅統計此狀態：0-4 或 13。</translation>
    </message>
    <message>
        <source>Show the status of a case (5.11.7).</source>
        <translation>顯示工單的狀態（5.11.7）。</translation>
    </message>
    <message>
        <source>List what was done on a case (5.11.5).</source>
        <translation>列出工單的操作記錄（5.11.5）。</translation>
    </message>
    <message>
        <source>Skip this many entries (0-65535).</source>
        <translation>略過的項目數（0-65535）。</translation>
    </message>
    <message>
        <source>At most this many entries (1-100).</source>
        <translation>最多傳回的項目數（1-100）。</translation>
    </message>
    <message>
        <source>Show the CC e-mails used most recently (5.11.6).</source>
        <translation>顯示最近使用的副本電子郵件地址（5.11.6）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Cli</name>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Use this account profile of OSM Desk (its name or id); by default the active one.</source>
        <translation>使用 OSM Desk 的此帳號設定檔（名稱或 ID）；預設使用目前的帳號設定檔。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Send to this OSM endpoint, with the credentials from the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID, looked up when missing, and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>將請求傳送到此 OSM 端點，並使用環境變數中的認證資訊：OSM_AK 和 OSM_SK（可選填 OSM_DOMAIN_ID，未設定時自動查詢；以及 OSM_SECURITY_TOKEN），或 OSM_IAM_DOMAIN、OSM_IAM_USER 和 OSM_PASSWORD。</translation>
    </message>
    <message>
        <source>The IAM endpoint that goes with --endpoint; by default its site&apos;s, or --endpoint itself.</source>
        <translation>與 --endpoint 搭配使用的 IAM 端點；預設使用其所屬站台的 IAM 位址，否則使用 --endpoint 本身。</translation>
    </message>
    <message>
        <source>Print the result as JSON, with the API&apos;s field names.</source>
        <translation>以 JSON 格式輸出結果，並使用 API 的欄位名稱。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de) instead of LANGUAGE or LANG.</source>
        <translation>使用語言 &lt;代碼&gt;（例如 zh_CN、ja、de），而非 LANGUAGE 或 LANG 指定的語言。</translation>
    </message>
    <message>
        <source>Log each request on stderr (method, path, status, request id; never credentials).</source>
        <translation>在 stderr 上記錄每個請求（方法、路徑、狀態碼、請求 ID；絕不記錄認證資訊）。</translation>
    </message>
    <message>
        <source>Show the help of osmctl, of a group or of a command.</source>
        <translation>顯示 osmctl、命令群組或命令的說明。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>顯示版本。</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2 %3&quot;.</source>
        <translation>未知的選項 --%1（命令「%2 %3」）。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知的選項 --%1。</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>選項 --%1 不接受值。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>選項 --%1 需要一個值。</translation>
    </message>
    <message>
        <source>The option --%1 may be given only once.</source>
        <translation>選項 --%1 只能指定一次。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知的選項 %1。</translation>
    </message>
    <message>
        <source>Unknown command group &quot;%1&quot;.</source>
        <translation>未知的命令群組「%1」。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no command &quot;%2&quot;.</source>
        <translation>「%1」中沒有命令「%2」。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: values are given with options.</source>
        <translation>非預期的引數「%1」：值必須透過選項指定。</translation>
    </message>
    <message>
        <source>Choose a command of &quot;%1&quot;.</source>
        <translation>請選擇「%1」中的一個命令。</translation>
    </message>
    <message>
        <source>%1 (option --%2)</source>
        <extracomment>%1 is a sentence saying what is wrong, %2 an option such as --limit</extracomment>
        <translation>%1（選項 --%2）</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 %2 --help&quot; for its options.</source>
        <translation>執行「osmctl %1 %2 --help」以檢視其選項。</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 --help&quot; for its commands.</source>
        <translation>執行「osmctl %1 --help」以檢視其命令。</translation>
    </message>
    <message>
        <source>Run &quot;osmctl --help&quot; for the command groups.</source>
        <translation>執行「osmctl --help」以檢視命令群組。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Repeat the option for several values.</source>
        <translation>可重複此選項以指定多個值。</translation>
    </message>
    <message>
        <source>Usage: osmctl [global options] &lt;group&gt; &lt;command&gt; [options]</source>
        <translation>用法：osmctl [全域選項] &lt;命令群組&gt; &lt;命令&gt; [選項]</translation>
    </message>
    <message>
        <source>Work with Huawei Cloud support cases through the OSM API, with the accounts of OSM Desk.</source>
        <translation>使用 OSM Desk 的帳號，透過 OSM API 處理華為雲支援工單。</translation>
    </message>
    <message>
        <source>Command groups:</source>
        <translation>命令群組：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全域選項：</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>結束代碼：</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, invalid value, refused before sending</source>
        <translation>用法錯誤：未知的命令或選項、無效的值，或在傳送前遭拒</translation>
    </message>
    <message>
        <source>the API answered with an error (its error_code and request id are printed)</source>
        <translation>API 傳回了錯誤（會輸出其 error_code 和請求 ID）</translation>
    </message>
    <message>
        <source>network, TLS or timeout: no answer</source>
        <translation>網路、TLS 或逾時：未收到回應</translation>
    </message>
    <message>
        <source>authentication: credentials missing or rejected</source>
        <translation>驗證：缺少認證資訊或認證資訊遭拒</translation>
    </message>
    <message>
        <source>Run &quot;osmctl &lt;group&gt; --help&quot; for a group&apos;s commands.</source>
        <translation>執行「osmctl &lt;命令群組&gt; --help」以檢視命令群組中的命令。</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 &lt;command&gt; [options]</source>
        <translation>用法：osmctl %1 &lt;命令&gt; [選項]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>執行「osmctl %1 &lt;命令&gt; --help」以檢視命令的選項。</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 %2 [options]</source>
        <translation>用法：osmctl %1 %2 [選項]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>選項：</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>未知的語言「%1」；可用語言：%2。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::ConfigCommands</name>
    <message>
        <source>What a new case is built from: categories, problem types, templates, severities, regions, limits.</source>
        <translation>新建工單所需的基礎設定：類目、問題類型、範本、嚴重性、區域、限制。</translation>
    </message>
    <message>
        <source>List the telephone country codes (5.8.1).</source>
        <translation>列出電話國碼（5.8.1）。</translation>
    </message>
    <message>
        <source>List the problem types (5.8.2).</source>
        <translation>列出問題類型（5.8.2）。</translation>
    </message>
    <message>
        <source>Only those of this product category (1-64 characters).</source>
        <translation>僅列出此產品類型的問題類型（1-64 個字元）。</translation>
    </message>
    <message>
        <source>Only those of this case sub-type (at most 32 characters).</source>
        <translation>僅列出此工單子類型的問題類型（最多 32 個字元）。</translation>
    </message>
    <message>
        <source>List the additional parameters a problem type asks for (5.8.3).</source>
        <translation>列出問題類型所需的附加參數（5.8.3）。</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>問題類型 ID（1-32 個字元）。</translation>
    </message>
    <message>
        <source>The case sub-type id (1-32 characters).</source>
        <translation>工單子類型 ID（1-32 個字元）。</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>產品類型 ID（1-64 個字元）。</translation>
    </message>
    <message>
        <source>List the description templates of a problem type (5.8.4).</source>
        <translation>列出問題類型的問題描述範本（5.8.4）。</translation>
    </message>
    <message>
        <source>List the case categories and sub-types (5.8.5).</source>
        <translation>列出工單類目及子類型（5.8.5）。</translation>
    </message>
    <message>
        <source>List the product categories (5.8.6).</source>
        <translation>列出產品類型（5.8.6）。</translation>
    </message>
    <message>
        <source>Only categories with this name (at most 64 characters).</source>
        <translation>僅列出具有此名稱的產品類型（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>true: the exact name; false: names containing it (the server&apos;s default).</source>
        <translation>true：名稱完全相符；false：名稱包含該值（伺服器預設）。</translation>
    </message>
    <message>
        <source>Only categories with this acronym (at most 64 characters).</source>
        <translation>僅列出具有此簡稱的產品類型（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>List the regions (5.8.7).</source>
        <translation>列出區域（5.8.7）。</translation>
    </message>
    <message>
        <source>List the satisfaction scales of the case rating (5.8.8).</source>
        <translation>列出工單評價的滿意度分類（5.8.8）。</translation>
    </message>
    <message>
        <source>List the severities of a product category and problem type (5.8.9).</source>
        <translation>列出某產品類型和問題類型的嚴重性（5.8.9）。</translation>
    </message>
    <message>
        <source>Show the account&apos;s case limits (5.8.10).</source>
        <translation>顯示帳號的工單限制（5.8.10）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Connection</name>
    <message>
        <source>--endpoint needs credentials in the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>--endpoint 需要在環境變數中提供認證資訊：OSM_AK 和 OSM_SK（可選填 OSM_DOMAIN_ID 和 OSM_SECURITY_TOKEN），或 OSM_IAM_DOMAIN、OSM_IAM_USER 和 OSM_PASSWORD。</translation>
    </message>
    <message>
        <source>No account profile is set up. Add one in OSM Desk, or use --endpoint with credentials in the environment (see --help).</source>
        <translation>尚未設定任何帳號設定檔。請在 OSM Desk 中新增，或使用 --endpoint 並在環境變數中提供認證資訊（請參閱 --help）。</translation>
    </message>
    <message>
        <source>Several account profiles are called &quot;%1&quot;; give the profile&apos;s id instead.</source>
        <translation>有多個帳號設定檔名為「%1」；請改用設定檔的 ID。</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>不存在帳號設定檔「%1」。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CustomersCommands</name>
    <message>
        <source>The account&apos;s IAM users (sub-customers), contacts anonymised.</source>
        <translation>帳號的 IAM 使用者（子使用者），聯絡資訊已去識別化。</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM users (5.11.10).</source>
        <translation>列出帳號的 IAM 使用者（5.11.10）。</translation>
    </message>
    <message>
        <source>Only users with this name (at most 64 characters).</source>
        <translation>僅列出具有此名稱的使用者（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>Only the user with this id (at most 64 characters).</source>
        <translation>僅列出此 ID 的使用者（最多 64 個字元）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::LabelsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>工單編號（1-32 個字元）。</translation>
    </message>
    <message>
        <source>A label id (0 or more); 1-5 labels.</source>
        <translation>標籤 ID（不小於 0）；1-5 個標籤。</translation>
    </message>
    <message>
        <source>The account&apos;s case labels (at most 30) and the labels of a case (at most 5).</source>
        <translation>帳號的工單標籤（最多 30 個）以及單一工單的標籤（最多 5 個）。</translation>
    </message>
    <message>
        <source>List the account&apos;s labels (5.9.2).</source>
        <translation>列出帳號的標籤（5.9.2）。</translation>
    </message>
    <message>
        <source>Skip this many labels (0-2147483647, default 0).</source>
        <translation>略過的標籤數（0-2147483647，預設 0）。</translation>
    </message>
    <message>
        <source>At most this many labels (0-100, default 10).</source>
        <translation>最多傳回的標籤數（0-100，預設 10）。</translation>
    </message>
    <message>
        <source>Labels whose name contains this (at most 64 characters).</source>
        <translation>名稱包含此文字的標籤（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>Only the label with this id (0-2147483647).</source>
        <translation>僅列出此 ID 的標籤（0-2147483647）。</translation>
    </message>
    <message>
        <source>Create a label (5.9.1).</source>
        <translation>建立標籤（5.9.1）。</translation>
    </message>
    <message>
        <source>The label&apos;s name (1-64 characters, unique).</source>
        <translation>標籤名稱（1-64 個字元，不可重複）。</translation>
    </message>
    <message>
        <source>The label&apos;s colour, #RRGGBB.</source>
        <translation>標籤顏色，格式為 #RRGGBB。</translation>
    </message>
    <message>
        <source>The label was created.</source>
        <translation>標籤已建立。</translation>
    </message>
    <message>
        <source>Rename or recolour a label (5.9.4).</source>
        <translation>變更標籤的名稱或顏色（5.9.4）。</translation>
    </message>
    <message>
        <source>The label&apos;s id.</source>
        <translation>標籤 ID。</translation>
    </message>
    <message>
        <source>The new name (1-64 characters).</source>
        <translation>新名稱（1-64 個字元）。</translation>
    </message>
    <message>
        <source>The new colour, #RRGGBB.</source>
        <translation>新顏色，格式為 #RRGGBB。</translation>
    </message>
    <message>
        <source>The label was updated.</source>
        <translation>標籤已更新。</translation>
    </message>
    <message>
        <source>Delete a label; it is removed from every case (5.9.3).</source>
        <translation>刪除標籤；該標籤會從所有工單中移除（5.9.3）。</translation>
    </message>
    <message>
        <source>The label was deleted.</source>
        <translation>標籤已刪除。</translation>
    </message>
    <message>
        <source>List the labels of a case (5.9.5).</source>
        <translation>列出工單的標籤（5.9.5）。</translation>
    </message>
    <message>
        <source>Add labels to a case (5.9.6).</source>
        <translation>為工單加上標籤（5.9.6）。</translation>
    </message>
    <message>
        <source>The labels were added to the case.</source>
        <translation>已為工單加上標籤。</translation>
    </message>
    <message>
        <source>Remove labels from a case (5.9.7).</source>
        <translation>從工單移除標籤（5.9.7）。</translation>
    </message>
    <message>
        <source>The labels were removed from the case.</source>
        <translation>已從工單移除標籤。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::MessagesCommands</name>
    <message>
        <source>false: keep the rich-text markup of the messages (default true: plain text).</source>
        <translation>false：保留留言中的富文字標記（預設 true：純文字）。</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>IAM 使用者群組，用於檢視群組內其他成員的工單（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>A case id; 1-100 cases.</source>
        <translation>工單編號；1-100 個工單。</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>工單編號（1-32 個字元）。</translation>
    </message>
    <message>
        <source>The messages of cases: list, send, withdraw, mark read, unread counts, instant-message poll.</source>
        <translation>工單留言：查詢、傳送、撤回、標示為已讀、未讀數、輪詢即時訊息。</translation>
    </message>
    <message>
        <source>List the messages of a case (5.10.5).</source>
        <translation>列出工單的留言（5.10.5）。</translation>
    </message>
    <message>
        <source>Skip this many messages (0-65535).</source>
        <translation>略過的留言數（0-65535）。</translation>
    </message>
    <message>
        <source>At most this many messages (0-100).</source>
        <translation>最多傳回的留言數（0-100）。</translation>
    </message>
    <message>
        <source>Count the unread messages of cases (5.10.2).</source>
        <translation>統計工單的未讀留言數（5.10.2）。</translation>
    </message>
    <message>
        <source>New messages and status changes of cases since a cursor (5.10.7).</source>
        <translation>取得自某游標以來工單的新留言與狀態變更（5.10.7）。</translation>
    </message>
    <message>
        <source>The cursor the previous poll returned (last_message_time_id).</source>
        <translation>上次輪詢傳回的游標（last_message_time_id）。</translation>
    </message>
    <message>
        <source>List the messages before the oldest one loaded so far (5.10.6).</source>
        <translation>列出比已載入的最早留言更早的留言（5.10.6）。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>The create_time of the oldest message loaded: epoch milliseconds or an ISO 8601 time.</source>
        <translation>已載入的最早留言的 create_time：Unix 紀元毫秒數或 ISO 8601 時間。</translation>
    </message>
    <message>
        <source>--create-time expects epoch milliseconds or an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>--create-time 需要 Unix 紀元毫秒數或 ISO 8601 時間，而非「%1」。</translation>
    </message>
    <message>
        <source>The type of that message: 0 customer, 1 customer service (default 0).</source>
        <translation>該留言的類型：0 客戶，1 客服（預設 0）。</translation>
    </message>
    <message>
        <source>At most this many messages (1-100, default 10).</source>
        <translation>最多傳回的留言數（1-100，預設 10）。</translation>
    </message>
    <message>
        <source>Send a message on a case (5.10.3).</source>
        <translation>在工單中傳送留言（5.10.3）。</translation>
    </message>
    <message>
        <source>The message (at most 10000 characters).</source>
        <translation>留言內容（最多 10000 個字元）。</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); at most 10.</source>
        <translation>已上傳附件的 ID（1-32 個字元）；最多 10 個。</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>留言已傳送。</translation>
    </message>
    <message>
        <source>Withdraw a message you sent (5.10.4).</source>
        <translation>撤回您傳送的留言（5.10.4）。</translation>
    </message>
    <message>
        <source>The message&apos;s id.</source>
        <translation>留言 ID。</translation>
    </message>
    <message>
        <source>The message was withdrawn.</source>
        <translation>留言已撤回。</translation>
    </message>
    <message>
        <source>Mark the messages of a case read (5.10.1).</source>
        <translation>將工單的留言標示為已讀（5.10.1）。</translation>
    </message>
    <message>
        <source>The messages were marked read.</source>
        <translation>留言已標示為已讀。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::OptionValue</name>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name such as --offset, %2 the value given</extracomment>
        <translation>--%1 需要整數，而非「%2」。</translation>
    </message>
    <message>
        <source>--%1 expects true or false, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name, %2 the value given; &quot;true&quot; and &quot;false&quot; are typed as they are</extracomment>
        <translation>--%1 需要 true 或 false，而非「%2」。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>必須指定選項 --%1。</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>the value of an option in the help: --group-id &lt;text&gt;</extracomment>
        <translation>文字</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>the value of an option in the help: --offset &lt;number&gt;</extracomment>
        <translation>數字</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Output</name>
    <message numerus="yes">
        <source>%1 (%n):</source>
        <extracomment>a heading over a table; %1 is the API&apos;s field name, %n the number of rows</extracomment>
        <translation>
            <numerusform>%1（%n）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ctl::PartnersCommands</name>
    <message>
        <source>Partners: whether you may process cases, and a partner&apos;s service hours.</source>
        <translation>夥伴：是否有權處理工單，以及夥伴的服務時間。</translation>
    </message>
    <message>
        <source>Show whether the caller, as a partner, may process cases (5.11.2).</source>
        <translation>顯示呼叫端作為夥伴是否有權處理工單（5.11.2）。</translation>
    </message>
    <message>
        <source>Show the service hours of the partner of a product or case (5.11.8).</source>
        <translation>顯示產品或工單所屬夥伴的服務時間（5.11.8）。</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>工單子類型 ID（最多 32 個字元）。</translation>
    </message>
    <message>
        <source>The ISV product id (at most 64 characters).</source>
        <translation>ISV 產品 ID（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>工單編號（最多 32 個字元）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::QuotasCommands</name>
    <message>
        <source>How many cases of a problem type may still be created.</source>
        <translation>某問題類型下還可以建立多少個工單。</translation>
    </message>
    <message>
        <source>Show the case quota of a product category and problem type (5.7.1).</source>
        <translation>顯示某產品類型和問題類型的工單配額（5.7.1）。</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>產品類型 ID（1-64 個字元）。</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>問題類型 ID（1-32 個字元）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::RelationsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>工單編號（1-32 個字元）。</translation>
    </message>
    <message>
        <source>The IAM group id (1-64 characters).</source>
        <translation>IAM 使用者群組 ID（1-64 個字元）。</translation>
    </message>
    <message>
        <source>Related cases: a case is related to at most 3 others.</source>
        <translation>關聯工單：每個工單最多可關聯 3 個其他工單。</translation>
    </message>
    <message>
        <source>List the cases related to a case (5.12.3).</source>
        <translation>列出某工單的關聯工單（5.12.3）。</translation>
    </message>
    <message>
        <source>Relate cases to a case (5.12.1).</source>
        <translation>為工單關聯其他工單（5.12.1）。</translation>
    </message>
    <message>
        <source>A case to relate (1-64 characters, not --case-id); 1-3 cases.</source>
        <translation>要關聯的工單（1-64 個字元，不可為 --case-id 本身）；1-3 個工單。</translation>
    </message>
    <message>
        <source>The cases were related.</source>
        <translation>已關聯工單。</translation>
    </message>
    <message>
        <source>Remove the relation between two cases (5.12.2).</source>
        <translation>解除兩個工單之間的關聯（5.12.2）。</translation>
    </message>
    <message>
        <source>The related case (1-64 characters, not --case-id).</source>
        <translation>關聯工單（1-64 個字元，不可為 --case-id 本身）。</translation>
    </message>
    <message>
        <source>The relation was removed.</source>
        <translation>已解除關聯。</translation>
    </message>
</context>
<context>
    <name>osm::ui::AboutDialog</name>
    <message>
        <source>OSM Desk %1
Qt %2 (built with %3)
QtKeychain %4</source>
        <translation>OSM Desk %1
Qt %2（建置時使用 %3）
QtKeychain %4</translation>
    </message>
    <message>
        <source>About OSM Desk</source>
        <translation>關於 OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>A desktop client for Huawei Cloud support cases through the OSM API.

OSM Desk is free software under the MIT licence. It uses Qt, under the GNU LGPL version 3, and QtKeychain, under the BSD 3-clause licence; the licence texts are installed with those libraries (on Debian in /usr/share/doc/&lt;package&gt;/copyright).</source>
        <translation>透過 OSM API 處理華為雲支援工單的桌面用戶端。

OSM Desk 是採用 MIT 授權條款的自由軟體。它使用了 Qt（採用 GNU LGPL 第 3 版）與 QtKeychain（採用 BSD 3-Clause 授權條款）；授權條款全文隨這些程式庫一併安裝（在 Debian 上位於 /usr/share/doc/&lt;package&gt;/copyright）。</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>應用程式名稱</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>授權條款</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilter</name>
    <message>
        <source>created %1 to %2</source>
        <translation>建立時間 %1 至 %2</translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>建立時間自 %1 起</translation>
    </message>
    <message>
        <source>created until %1</source>
        <translation>建立時間截至 %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>submitter: %1</source>
        <translation>提單人：%1</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>標籤：%1</translation>
    </message>
    <message>
        <source>case ID: %1</source>
        <translation>工單編號：%1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>問題描述：%1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilterBar</name>
    <message>
        <source>Created &amp;from</source>
        <translation>建立時間從(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>至(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除篩選條件(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>Case filters</source>
        <translation>工單篩選</translation>
    </message>
    <message>
        <source>Keywords in description</source>
        <translation>問題描述關鍵字</translation>
    </message>
    <message>
        <source>Search descriptions (up to three words)</source>
        <translation>搜尋問題描述（最多三個關鍵字）</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>工單編號</translation>
    </message>
    <message>
        <source>Submitter ID</source>
        <translation>提單人 ID</translation>
    </message>
    <message>
        <source>Sub-user ID</source>
        <translation>子使用者 ID</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>狀態篩選</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>標籤篩選</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>建立時間起始</translation>
    </message>
    <message>
        <source>Created from date</source>
        <translation>建立起始日期</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>建立時間截止</translation>
    </message>
    <message>
        <source>Created until date</source>
        <translation>建立截止日期</translation>
    </message>
    <message>
        <source>Show every case again (%1)</source>
        <translation>重新顯示所有工單（%1）</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選條件</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>目前的篩選條件</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>所有標籤</translation>
    </message>
    <message>
        <source>The selected view already lists one status.</source>
        <translation>所選的檢視已限定為單一狀態。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n words of up to 64 characters each.</source>
        <translation>
            <numerusform>最多 %n 個關鍵字，每個不超過 64 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>未篩選</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>篩選條件：%1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseListModel</name>
    <message>
        <source>Case ID</source>
        <translation>工單編號</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>問題描述</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>問題類型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>提單人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未讀</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseViewsModel</name>
    <message>
        <source>My cases</source>
        <translation>我的工單</translation>
    </message>
    <message>
        <source>Group cases</source>
        <translation>同組工單</translation>
    </message>
    <message>
        <source>%1: choose the IAM group whose cases to list</source>
        <translation>%1：請選擇要列出其工單的 IAM 使用者群組</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1，%n 個工單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1，%n 則未讀留言</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseWindow</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>工單 %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Thread status</source>
        <translation>留言狀態</translation>
    </message>
    <message>
        <source>Reload messages</source>
        <translation>重新載入留言</translation>
    </message>
    <message>
        <source>Messages and reply</source>
        <translation>留言與回覆</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>正在載入留言…</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>無法載入留言：%1</translation>
    </message>
    <message>
        <source>New messages cannot be checked right now. %1</source>
        <translation>目前無法檢查新留言。%1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未連線。</translation>
    </message>
    <message>
        <source>The message could not be withdrawn: %1</source>
        <translation>無法撤回留言：%1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ComposeBox</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>加入附件(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move File</source>
        <translation>移除檔案(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>傳送(&amp;S)</translation>
    </message>
    <message>
        <source>Compose message</source>
        <translation>撰寫留言</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>傳送錯誤</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>重新傳送</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>留言內容</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send.</source>
        <translation>按 Ctrl+Enter 傳送。</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>輸入回覆…（Ctrl+Enter 傳送）</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>已加入的附件</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>加入附件</translation>
    </message>
    <message>
        <source>Remove the selected attached file</source>
        <translation>移除所選附件</translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation>剩餘字元數</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>傳送留言</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>傳送（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A staged attachment: file name and size, e.g. &quot;log.zip (1.2 MB)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>留言未傳送：%1</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>加入附件</translation>
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
        <translation>工單</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>正在載入工單…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 個工單</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>帳號(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit this account&apos;s name, endpoint and credentials</source>
        <translation>編輯此帳號的名稱、端點和認證資訊</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>Forget this account&apos;s stored secret and sign in again</source>
        <translation>清除此帳號已儲存的密鑰並重新登入</translation>
    </message>
    <message>
        <source>Read the case list and the counts again (%1)</source>
        <translation>重新讀取工單清單和計數（%1）</translation>
    </message>
    <message>
        <source>Group Cases</source>
        <translation>同組工單</translation>
    </message>
    <message>
        <source>ID of the IAM group whose cases to list:</source>
        <translation>要列出其工單的 IAM 使用者群組 ID：</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An attachment in a message: file name and size, e.g. &quot;log.zip (1.2 MB)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>Automated answer</source>
        <translation>自動回覆</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>要求補充資訊</translation>
    </message>
    <message>
        <source>Authorization requested</source>
        <translation>要求授權</translation>
    </message>
    <message>
        <source>Open authorization</source>
        <translation>檢視授權</translation>
    </message>
    <message>
        <source>Provide parameters</source>
        <translation>填寫附加參數</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadModel</name>
    <message>
        <source>This message was withdrawn.</source>
        <translation>此留言已撤回。</translation>
    </message>
    <message>
        <source>Support: %1, %2: %3</source>
        <translation>技術支援：%1，%2：%3</translation>
    </message>
    <message>
        <source>Customer: %1, %2: %3</source>
        <translation>客戶：%1，%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n 個附件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending.</source>
        <translation>正在傳送。</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadView</name>
    <message>
        <source>Messages</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>The conversation of this case, oldest first.</source>
        <translation>此工單的溝通記錄，依時間由舊到新排列。</translation>
    </message>
    <message>
        <source>Withdraw Message</source>
        <translation>撤回留言</translation>
    </message>
    <message>
        <source>Withdraw this message? Support will no longer see its text.</source>
        <translation>要撤回此留言嗎？技術支援人員將無法再看到其內容。</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>留言操作</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>複製文字(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Withdraw Message…</source>
        <translation>撤回留言(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>osm::ui::ProfileDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>編輯帳號</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>鑰匙圈警告</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>帳號名稱</translation>
    </message>
    <message>
        <source>e.g. Production account</source>
        <extracomment>Placeholder of the account name field</extracomment>
        <translation>例如：正式環境帳號</translation>
    </message>
    <message>
        <source>Account name problem</source>
        <translation>帳號名稱問題</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>站台(&amp;S)：</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站台</translation>
    </message>
    <message>
        <source>Custom endpoint…</source>
        <translation>自訂端點…</translation>
    </message>
    <message>
        <source>Site addresses</source>
        <translation>站台位址</translation>
    </message>
    <message>
        <source>&amp;OSM URL:</source>
        <translation>OSM URL(&amp;O)：</translation>
    </message>
    <message>
        <source>OSM URL</source>
        <translation>OSM URL</translation>
    </message>
    <message>
        <source>https://osm.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://osm.example.com 或 http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>OSM URL problem</source>
        <translation>OSM URL 問題</translation>
    </message>
    <message>
        <source>&amp;IAM URL:</source>
        <translation>IAM URL(&amp;I)：</translation>
    </message>
    <message>
        <source>IAM URL</source>
        <translation>IAM URL</translation>
    </message>
    <message>
        <source>https://iam.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://iam.example.com 或 http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>IAM URL problem</source>
        <translation>IAM URL 問題</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>登入方式(&amp;W)：</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>登入方式</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>存取金鑰（AK/SK）</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM 使用者和密碼</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>登入資訊</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>存取金鑰 ID（AK）(&amp;A)：</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>存取金鑰 ID</translation>
    </message>
    <message>
        <source>Access key problem</source>
        <translation>存取金鑰 ID 問題</translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation>秘密存取金鑰（SK）(&amp;E)：</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>秘密存取金鑰</translation>
    </message>
    <message>
        <source>Secret key problem</source>
        <translation>秘密存取金鑰問題</translation>
    </message>
    <message>
        <source>&amp;Domain ID:</source>
        <translation>帳號 ID(&amp;D)：</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>帳號 ID</translation>
    </message>
    <message>
        <source>Looked up automatically when empty</source>
        <translation>留空時自動查詢</translation>
    </message>
    <message>
        <source>&amp;Temporary key (with a security token)</source>
        <translation>臨時存取金鑰（含安全權杖）(&amp;T)</translation>
    </message>
    <message>
        <source>Temporary key</source>
        <translation>臨時存取金鑰</translation>
    </message>
    <message>
        <source>Security to&amp;ken:</source>
        <translation>安全權杖(&amp;K)：</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>安全權杖</translation>
    </message>
    <message>
        <source>Security token problem</source>
        <translation>安全權杖問題</translation>
    </message>
    <message>
        <source>A&amp;ccount name:</source>
        <extracomment>The Huawei Cloud account that the IAM user belongs to</extracomment>
        <translation>帳號名稱(&amp;C)：</translation>
    </message>
    <message>
        <source>Account (domain) name</source>
        <translation>帳號名稱（domain）</translation>
    </message>
    <message>
        <source>The Huawei Cloud account (domain) that the IAM user belongs to</source>
        <translation>IAM 使用者所屬的華為雲帳號（domain）</translation>
    </message>
    <message>
        <source>IAM &amp;user name:</source>
        <translation>IAM 使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>IAM 使用者名稱</translation>
    </message>
    <message>
        <source>IAM user name problem</source>
        <translation>IAM 使用者名稱問題</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>密碼問題</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>專案 ID(&amp;J)：</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>專案 ID</translation>
    </message>
    <message>
        <source>Optional; the account is the scope when empty</source>
        <translation>選填；留空時以帳號為作用範圍</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在儲存</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>繼續(&amp;O)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Secret</source>
        <translation>清除已儲存的密鑰(&amp;F)</translation>
    </message>
    <message>
        <source>Forget stored secret</source>
        <translation>清除已儲存的密鑰</translation>
    </message>
    <message>
        <source>Remove this account&apos;s secret from the keychain; you will have to enter it again</source>
        <translation>從鑰匙圈中移除此帳號的密鑰；之後需要重新輸入</translation>
    </message>
    <message>
        <source>OSM %1 · IAM %2</source>
        <extracomment>%1 and %2 are the OSM and IAM addresses of the chosen site</extracomment>
        <translation>OSM %1 · IAM %2</translation>
    </message>
    <message>
        <source>No secret is stored; enter it</source>
        <translation>未儲存密鑰；請輸入</translation>
    </message>
    <message>
        <source>Unchanged; type to replace</source>
        <translation>未變更；輸入內容即可取代</translation>
    </message>
    <message>
        <source>Enter a name for this account.</source>
        <translation>請輸入此帳號的名稱。</translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;.</source>
        <extracomment>%1 is an account name</extracomment>
        <translation>已有其他帳號名為「%1」。</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>請輸入位址。</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>請輸入存取金鑰 ID（AK）。</translation>
    </message>
    <message>
        <source>An access key has no spaces.</source>
        <translation>存取金鑰 ID 不能包含空格。</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>請輸入秘密存取金鑰（SK）。</translation>
    </message>
    <message>
        <source>A temporary key needs its security token.</source>
        <translation>臨時存取金鑰需要搭配安全權杖使用。</translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation>請輸入帳號名稱（domain）。</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>請輸入 IAM 使用者名稱。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>正在將密鑰儲存到鑰匙圈…</translation>
    </message>
    <message>
        <source>The secret will be forgotten when OSM Desk quits: it could not be stored in the keychain, so it is kept in memory for this session only. You will have to enter it again next time.
%1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>OSM Desk 結束後將遺失此密鑰：它無法儲存到鑰匙圈中，因此只會在本次工作階段的記憶體中保留。下次需要重新輸入。
%1</translation>
    </message>
    <message>
        <source>The secret could not be saved, so the account was not saved either. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>無法儲存密鑰，因此帳號也未儲存。%1</translation>
    </message>
    <message>
        <source>Removing the secret from the keychain…</source>
        <translation>正在從鑰匙圈中移除密鑰…</translation>
    </message>
    <message>
        <source>The secret could not be removed. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>無法移除密鑰。%1</translation>
    </message>
    <message>
        <source>The stored secret was removed. Enter it again to sign in with this account.</source>
        <translation>已移除儲存的密鑰。若要使用此帳號登入，請重新輸入。</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>儲存(&amp;V)</translation>
    </message>
</context>
<context>
    <name>osm::ui::RichTextSanitizer</name>
    <message>
        <source>This message is too long to show in full; the rest was left out.</source>
        <translation>此留言過長，無法完整顯示；其餘部分已省略。</translation>
    </message>
</context>
<context>
    <name>osm::ui::ViewsPane</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A view&apos;s name and its number of unread messages, as mail clients show folders.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>選擇 IAM 使用者群組(&amp;G)…</translation>
    </message>
</context>
</TS>
