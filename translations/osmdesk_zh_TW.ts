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
    <name>osm::CaseWriteSender</name>
    <message>
        <source>This queued change cannot be read. Discard it and make it again.</source>
        <translation>無法讀取此排隊中的變更。請捨棄後重新操作。</translation>
    </message>
</context>
<context>
    <name>osm::CreateCaseSender</name>
    <message>
        <source>A staged file of this case is missing.</source>
        <translation>此工單暫存的一個檔案已遺失。</translation>
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
    <message>
        <source>The connection was lost while the server was answering. Check whether the change was made before you try again.</source>
        <translation>伺服器回應時連線中斷。請先確認變更是否已生效，再重試。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to be read safely and was refused.</source>
        <translation>伺服器的回應過大，無法安全讀取，已拒絕。</translation>
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
    <name>osm::MessageSender</name>
    <message>
        <source>A staged file of this message is missing.</source>
        <translation>此留言暫存的一個檔案已遺失。</translation>
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
    <name>osm::app::DemoMenu</name>
    <message>
        <source>The simulator cannot listen on port %1 again: another program took it.</source>
        <translation>模擬器無法重新監聽連接埠 %1：該連接埠已被其他程式占用。</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <extracomment>The menu of osmdesk --demo, which runs against the built-in simulator</extracomment>
        <translation>示範(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;top Simulator</source>
        <translation>停止模擬器(&amp;T)</translation>
    </message>
    <message>
        <source>Take the built-in simulator away, as if the server could not be reached: OSM Desk works from what it saved and keeps your replies until the simulator is back</source>
        <translation>停用內建模擬器，模擬無法連線至伺服器的情況：OSM Desk 將使用本機儲存的資料，並保留您的回覆，直到模擬器恢復</translation>
    </message>
    <message>
        <source>&amp;Start Simulator</source>
        <translation>啟動模擬器(&amp;S)</translation>
    </message>
    <message>
        <source>Bring the built-in simulator back, with the same data</source>
        <translation>恢復內建模擬器，資料保持不變</translation>
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
    <message>
        <source>The data saved on this computer for this account could not be read, so OSM Desk started a new local database. Cases and messages are read again from the server.

The old file was kept here:
%1</source>
        <translation>無法讀取此帳號儲存在本機的資料，OSM Desk 已建立新的本機資料庫。工單和留言將重新從伺服器讀取。

舊檔案保留在：
%1</translation>
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
    <name>osm::ctl::AgreementsCommands</name>
    <message>
        <source>0 new case, normal user (the default); 1 new case, ISV user; 2 authorization.</source>
        <translation>0 一般使用者新建工單（預設）；1 ISV 使用者新建工單；2 授權。</translation>
    </message>
    <message>
        <source>The agreements to sign before creating a case: published, signed-latest, sign.</source>
        <translation>建立工單前需簽署的協議：published、signed-latest、sign。</translation>
    </message>
    <message>
        <source>Show the latest published agreement of a type (5.1.1).</source>
        <translation>顯示某類型最新發布的協議（5.1.1）。</translation>
    </message>
    <message>
        <source>Tell whether the account signed the latest agreement of a type (5.1.2).</source>
        <translation>查詢帳號是否已簽署某類型的最新協議（5.1.2）。</translation>
    </message>
    <message>
        <source>Sign a published agreement (5.1.3); prints the record id &quot;cases create&quot; takes as --agreement-signed-record-id.</source>
        <translation>簽署已發布的協議（5.1.3）；輸出簽署記錄 ID，供「cases create」的 --agreement-signed-record-id 使用。</translation>
    </message>
    <message>
        <source>The agreement&apos;s id, as &quot;agreements published&quot; shows it (1-2147483647).</source>
        <translation>協議 ID，即「agreements published」顯示的 ID（1-2147483647）。</translation>
    </message>
    <message>
        <source>A relation id (1-32 characters).</source>
        <translation>關聯 ID（1-32 個字元）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AttachmentsCommands</name>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>無法讀取檔案（%1）。</translation>
    </message>
    <message>
        <source>The IAM group, for an attachment of another member&apos;s case (at most 64 characters).</source>
        <translation>IAM 使用者群組，用於存取群組內其他成員工單的附件（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>Save as this file (replaced if it exists).</source>
        <translation>儲存為此檔案（若已存在則覆寫）。</translation>
    </message>
    <message>
        <source>Save into this folder under the server&apos;s file name, made safe and unique (default: the current folder).</source>
        <translation>以伺服器端的檔名儲存到此資料夾，檔名會經過安全處理並確保不重複（預設：目前的資料夾）。</translation>
    </message>
    <message>
        <source>Attachments: upload, download, image, delete, limits, download links.</source>
        <translation>附件：上傳、下載、圖片、刪除、限制、下載連結。</translation>
    </message>
    <message>
        <source>Upload a file for a new case or a message (5.5.1); prints its id.</source>
        <translation>為新建工單或留言上傳檔案（5.5.1）；輸出其 ID。</translation>
    </message>
    <message>
        <source>The local file to upload.</source>
        <translation>要上傳的本機檔案。</translation>
    </message>
    <message>
        <source>The name the server keeps (1-512 characters; default the file&apos;s own name).</source>
        <translation>伺服器端保存的檔名（1-512 個字元；預設為檔案本身的名稱）。</translation>
    </message>
    <message>
        <source>incident (for a new case, the default) or message.</source>
        <translation>incident（新建工單時使用，預設）或 message。</translation>
    </message>
    <message>
        <source>0 (the default) or 1 (markdown mode).</source>
        <translation>0（預設）或 1（Markdown 模式）。</translation>
    </message>
    <message>
        <source>Send the content Base64-encoded in a JSON body (5.5.2) instead of a streamed multipart upload; the file is read into memory.</source>
        <translation>以 Base64 編碼將內容放在 JSON 請求本文中傳送（5.5.2），而非以 multipart 串流上傳；檔案會完整讀入記憶體。</translation>
    </message>
    <message>
        <source>Download attachments (5.5.4); several come as one archive.</source>
        <translation>下載附件（5.5.4）；多個附件會打包成一個壓縮檔。</translation>
    </message>
    <message>
        <source>An attachment id (1-32 characters); 340 characters in all at most.</source>
        <translation>附件 ID（1-32 個字元）；總長度最多 340 個字元。</translation>
    </message>
    <message>
        <source>Download an image attachment as it is displayed (5.5.5).</source>
        <translation>依顯示效果下載圖片附件（5.5.5）。</translation>
    </message>
    <message>
        <source>The attachment id (1-32 characters).</source>
        <translation>附件 ID（1-32 個字元）。</translation>
    </message>
    <message>
        <source>Delete an uploaded attachment that no case or message uses yet (5.5.3).</source>
        <translation>刪除尚未被任何工單或留言使用的已上傳附件（5.5.3）。</translation>
    </message>
    <message>
        <source>The attachment was deleted.</source>
        <translation>附件已刪除。</translation>
    </message>
    <message>
        <source>Show how many files, how large and of which types may be attached (5.5.6).</source>
        <translation>顯示附件的數量、大小和類型限制（5.5.6）。</translation>
    </message>
    <message>
        <source>Show temporary download links of attachments (5.2.1).</source>
        <translation>顯示附件的臨時下載連結（5.2.1）。</translation>
    </message>
    <message>
        <source>An attachment id; 1-100.</source>
        <translation>附件 ID；1-100 個。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AuthorizationsCommands</name>
    <message>
        <source>The authorization&apos;s id (1-32 characters).</source>
        <translation>授權 ID（1-32 個字元）。</translation>
    </message>
    <message>
        <source>The id of an item of the authorization (authorization_detail_id, a whole number ≥ 0).</source>
        <translation>授權項目的 ID（authorization_detail_id，不小於 0 的整數）。</translation>
    </message>
    <message>
        <source>The IAM group, for the authorizations of its other members (at most 64 characters).</source>
        <translation>IAM 使用者群組，用於檢視群組內其他成員的授權（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>false: keep the rich-text markup of the description (default true: plain text).</source>
        <translation>false：保留問題描述中的富文字標記（預設 true：純文字）。</translation>
    </message>
    <message>
        <source>The bastion-host session&apos;s id (session_id, from &quot;sessions&quot;).</source>
        <translation>堡壘機工作階段 ID（session_id，取自「sessions」）。</translation>
    </message>
    <message>
        <source>0 newest first (default), 1 oldest first.</source>
        <translation>0 最新的在前（預設），1 最舊的在前。</translation>
    </message>
    <message>
        <source>Skip this many records (-1..65535, default 0).</source>
        <translation>略過的記錄數（-1..65535，預設 0）。</translation>
    </message>
    <message>
        <source>At most this many records (-1..100, default 10).</source>
        <translation>最多傳回的記錄數（-1..100，預設 10）。</translation>
    </message>
    <message>
        <source>The host&apos;s password (1-10240 characters). A command line is visible to other local users: leave it out to take the password from the environment variable OSM_HOST_PASSWORD.</source>
        <translation>主機密碼（1-10240 個字元）。命令列對本機其他使用者可見：省略此選項即可從環境變數 OSM_HOST_PASSWORD 讀取密碼。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>--%1 expects epoch milliseconds or an ISO 8601 time, not &quot;%2&quot;.</source>
        <translation>--%1 需要 Unix 紀元毫秒數或 ISO 8601 時間，而非「%2」。</translation>
    </message>
    <message>
        <source>Agree from this time: epoch milliseconds or ISO 8601 (default now).</source>
        <translation>授權開始時間：Unix 紀元毫秒數或 ISO 8601（預設為目前時間）。</translation>
    </message>
    <message>
        <source>Agree until this time: epoch milliseconds or ISO 8601 (default a day later).</source>
        <translation>授權結束時間：Unix 紀元毫秒數或 ISO 8601（預設為一天後）。</translation>
    </message>
    <message>
        <source>Access requests of support engineers: list, show, agree, reject, revoke, check hosts, bastion-host records.</source>
        <translation>技術支援工程師的存取授權請求：查詢、檢視、同意、拒絕、撤銷、檢查主機、堡壘機記錄。</translation>
    </message>
    <message>
        <source>List the authorization requests, with every filter of the API (5.6.6).</source>
        <translation>列出授權請求，支援 API 的所有篩選條件（5.6.6）。</translation>
    </message>
    <message>
        <source>Those of this sub-user name (at most 64 characters).</source>
        <translation>指定子使用者名稱的授權（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>Those of this case id (at most 32 characters).</source>
        <translation>指定工單編號的授權（最多 32 個字元）。</translation>
    </message>
    <message>
        <source>The status (-1..10): 0 pending, 1 agreed, 2 rejected, 3 expired, 4 withdrawn, 5 revoked.</source>
        <translation>狀態（-1..10）：0 待處理，1 已同意，2 已拒絕，3 已過期，4 已撤回，5 已撤銷。</translation>
    </message>
    <message>
        <source>A part of the case&apos;s description (at most 64 characters).</source>
        <translation>工單問題描述中的部分內容（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>Skip this many requests (0-65535, default 0).</source>
        <translation>略過的請求數（0-65535，預設 0）。</translation>
    </message>
    <message>
        <source>At most this many requests (1-100, default 10).</source>
        <translation>最多傳回的請求數（1-100，預設 10）。</translation>
    </message>
    <message>
        <source>Show an authorization request with its items (5.6.4).</source>
        <translation>顯示授權請求及其授權項目（5.6.4）。</translation>
    </message>
    <message>
        <source>Agree to an authorization request for a period (5.6.5).</source>
        <translation>同意授權請求，並指定授權期間（5.6.5）。</translation>
    </message>
    <message>
        <source>item</source>
        <translation>授權項目</translation>
    </message>
    <message>
        <source>An item and what you supply for it: auth-detail-id=&lt;number&gt;[,port=&lt;1-65535&gt;][,account=&lt;text&gt;]; at most 6. An item with an account gets the password of OSM_HOST_PASSWORD.</source>
        <translation>授權項目及您為其提供的資訊：auth-detail-id=&lt;數字&gt;[,port=&lt;1-65535&gt;][,account=&lt;文字&gt;]；最多 6 個。指定了 account 的授權項目會使用 OSM_HOST_PASSWORD 中的密碼。</translation>
    </message>
    <message>
        <source>--auth-detail-list expects &quot;auth-detail-id=&lt;number&gt;[,port=&lt;number&gt;][,account=&lt;text&gt;]&quot;, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; auth-detail-id, port and account are typed as they are</extracomment>
        <translation>--auth-detail-list 需要「auth-detail-id=&lt;數字&gt;[,port=&lt;數字&gt;][,account=&lt;文字&gt;]」格式，而非「%1」。</translation>
    </message>
    <message>
        <source>Agree for this agency (at most 64 characters).</source>
        <translation>以此委託的身分同意授權（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>The authorization was agreed.</source>
        <translation>已同意授權。</translation>
    </message>
    <message>
        <source>Reject a pending authorization request (5.6.2, action_id reject).</source>
        <translation>拒絕待處理的授權請求（5.6.2，action_id reject）。</translation>
    </message>
    <message>
        <source>Why (1-300 characters).</source>
        <translation>原因（1-300 個字元）。</translation>
    </message>
    <message>
        <source>The authorization was rejected.</source>
        <translation>已拒絕授權。</translation>
    </message>
    <message>
        <source>Revoke an agreed authorization (5.6.2, action_id cancel).</source>
        <translation>撤銷已同意的授權（5.6.2，action_id cancel）。</translation>
    </message>
    <message>
        <source>The authorization was revoked.</source>
        <translation>已撤銷授權。</translation>
    </message>
    <message>
        <source>Check a host item&apos;s port, account and password (5.6.1).</source>
        <translation>檢查主機授權項目的連接埠、帳號和密碼（5.6.1）。</translation>
    </message>
    <message>
        <source>The host&apos;s port (1-65535).</source>
        <translation>主機連接埠（1-65535）。</translation>
    </message>
    <message>
        <source>The host account (1-64 characters).</source>
        <translation>主機帳號（1-64 個字元）。</translation>
    </message>
    <message>
        <source>The port, account and password of the host are right.</source>
        <translation>主機的連接埠、帳號和密碼皆正確。</translation>
    </message>
    <message>
        <source>Show how you signed in: ASSUMED, FEDERATION… (5.6.3).</source>
        <translation>顯示您的登入方式：ASSUMED、FEDERATION…（5.6.3）。</translation>
    </message>
    <message>
        <source>List the bastion-host sessions on an authorized item (5.6.8).</source>
        <translation>列出已授權項目上的堡壘機工作階段（5.6.8）。</translation>
    </message>
    <message>
        <source>List the commands run in a bastion-host session (5.6.7).</source>
        <translation>列出堡壘機工作階段中執行的命令（5.6.7）。</translation>
    </message>
    <message>
        <source>List the file transfers of a bastion-host session (5.6.9).</source>
        <translation>列出堡壘機工作階段的檔案傳輸記錄（5.6.9）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false：保留問題描述和留言中的富文字標記（預設 true：純文字）。</translation>
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
    <message>
        <source>--%1 expects KEY=VALUE or KEY:=JSON, not &quot;%2&quot;.</source>
        <translation>--%1 需要 KEY=VALUE 或 KEY:=JSON 格式，而非「%2」。</translation>
    </message>
    <message>
        <source>--%1: the value of %2 is not JSON.</source>
        <translation>--%1：%2 的值不是有效的 JSON。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a JSON object.</source>
        <translation>--%1：「%2」不是 JSON 物件。</translation>
    </message>
    <message>
        <source>--%1 expects SATISFACTION_ID=VALUE (two whole numbers) or a JSON object, not &quot;%2&quot;.</source>
        <translation>--%1 需要 SATISFACTION_ID=VALUE（兩個整數）或 JSON 物件，而非「%2」。</translation>
    </message>
    <message>
        <source>KEY=VALUE sends the value as text, KEY:=JSON as a JSON value (a number, true, an object).</source>
        <translation>KEY=VALUE 將值作為文字傳送，KEY:=JSON 將值作為 JSON 值傳送（數字、true、物件等）。</translation>
    </message>
    <message>
        <source>A rating: SATISFACTION_ID=VALUE (the ids of &quot;osmctl config satisfaction-dimensions&quot;), or a JSON object with satisfaction_id, satisfaction_value and the other fields of IncidentSatisfactionV2Do; at most 100.</source>
        <translation>一項評價：SATISFACTION_ID=VALUE（ID 取自「osmctl config satisfaction-dimensions」），或包含 satisfaction_id、satisfaction_value 及 IncidentSatisfactionV2Do 其他欄位的 JSON 物件；最多 100 項。</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs, create, act on (cancel, close, urge, delete), rate, export, contacts, additional parameters, regions.</source>
        <translation>支援工單：查詢、檢視、統計、狀態、記錄、建立、操作（撤單、關單、催單、刪除）、評價、匯出、聯絡資訊、附加參數、區域。</translation>
    </message>
    <message>
        <source>Create a case (5.3.5); prints its id.</source>
        <translation>建立工單（5.3.5）；輸出其工單編號。</translation>
    </message>
    <message>
        <source>The problem type id, from &quot;osmctl config problem-types&quot; (at most 512 characters).</source>
        <translation>問題類型 ID，取自「osmctl config problem-types」（最多 512 個字元）。</translation>
    </message>
    <message>
        <source>The description of the problem (at most 2000 characters).</source>
        <translation>問題描述（最多 2000 個字元）。</translation>
    </message>
    <message>
        <source>The case sub-type id, from &quot;osmctl config categories&quot; (at most 32 characters).</source>
        <translation>工單子類型 ID，取自「osmctl config categories」（最多 32 個字元）。</translation>
    </message>
    <message>
        <source>The region id (at most 64 characters); needed when the problem type&apos;s case_type is 5.</source>
        <translation>區域 ID（最多 64 個字元）；當問題類型的 case_type 為 5 時必填。</translation>
    </message>
    <message>
        <source>The case source (at most 32 characters; default the fixed value the reference gives).</source>
        <translation>工單來源（最多 32 個字元；預設為 API 參考文件中提供的固定值）。</translation>
    </message>
    <message>
        <source>The mobile number for reminders (at most 32 characters).</source>
        <translation>接收提醒的手機號碼（最多 32 個字元）。</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (at most 128 characters).</source>
        <translation>接收提醒的電子郵件地址（最多 128 個字元）。</translation>
    </message>
    <message>
        <source>When reminders may come (at most 16 characters).</source>
        <translation>可接收提醒的時段（最多 16 個字元）。</translation>
    </message>
    <message>
        <source>The project id (at most 64 characters).</source>
        <translation>專案 ID（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>An id &quot;osmctl attachments upload&quot; printed; at most 100.</source>
        <translation>「osmctl attachments upload」輸出的 ID；最多 100 個。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>An additional parameter of the problem type (&quot;osmctl config extends-params&quot;); at most 100, keys at most 32 characters.</source>
        <translation>問題類型的附加參數（見「osmctl config extends-params」）；最多 100 個，鍵名最多 32 個字元。</translation>
    </message>
    <message>
        <source>An extension parameter, such as remindCCEmail=a@example.org,b@example.org; at most 100, keys at most 32 characters.</source>
        <translation>擴充參數，例如 remindCCEmail=a@example.org,b@example.org；最多 100 個，鍵名最多 32 個字元。</translation>
    </message>
    <message>
        <source>The severity id, from &quot;osmctl config severities&quot; (at most 64 characters).</source>
        <translation>嚴重性 ID，取自「osmctl config severities」（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>The code sent to a contact that is not registered (&quot;osmctl verify send&quot;; at most 6 characters).</source>
        <translation>傳送給未註冊聯絡方式的驗證碼（見「osmctl verify send」；最多 6 個字元）。</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (at most 32 characters).</source>
        <translation>手機號碼的國碼（最多 32 個字元）。</translation>
    </message>
    <message>
        <source>IncidentService (a case) or IntelligentCustomerService (online service).</source>
        <translation>IncidentService（工單）或 IntelligentCustomerService（線上客服）。</translation>
    </message>
    <message>
        <source>A session id (at most 64 characters); at most 5.</source>
        <translation>對話 ID（最多 64 個字元）；最多 5 個。</translation>
    </message>
    <message>
        <source>The record &quot;osmctl agreements sign&quot; printed.</source>
        <translation>「osmctl agreements sign」輸出的簽署記錄。</translation>
    </message>
    <message>
        <source>What the user said to the assistant to ask for a human (online service).</source>
        <translation>使用者向智慧助理要求轉接真人客服時所說的內容（線上客服）。</translation>
    </message>
    <message>
        <source>The assistant the case comes from: 0, 1 or 2.</source>
        <translation>工單來源的智慧助理：0、1 或 2。</translation>
    </message>
    <message>
        <source>Cancel, close, urge or delete a case (5.3.8); a close may carry a rating.</source>
        <translation>撤單、關單、催單或刪除工單（5.3.8）；關單時可同時評價。</translation>
    </message>
    <message>
        <source>cancel, close, press (urge the engineers) or delete.</source>
        <translation>cancel（撤單）、close（關單）、press（催單，催促工程師處理）或 delete（刪除）。</translation>
    </message>
    <message>
        <source>--action expects cancel, close, press or delete, not &quot;%1&quot;.</source>
        <translation>--action 需要 cancel、close、press 或 delete，而非「%1」。</translation>
    </message>
    <message>
        <source>Why (at most 400 characters).</source>
        <translation>原因（最多 400 個字元）。</translation>
    </message>
    <message>
        <source>With close: a comment on how the case was handled (at most 400 characters).</source>
        <translation>關單時：對工單處理情況的評價意見（最多 400 個字元）。</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>評價</translation>
    </message>
    <message>
        <source>With close:</source>
        <translation>關單時：</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Rate a case (5.3.6).</source>
        <translation>評價工單（5.3.6）。</translation>
    </message>
    <message>
        <source>A comment on how the case was handled (at most 400 characters; default empty).</source>
        <translation>對工單處理情況的評價意見（最多 400 個字元；預設為空）。</translation>
    </message>
    <message>
        <source>The rating was sent.</source>
        <translation>評價已送出。</translation>
    </message>
    <message>
        <source>Export the cases matching the filters to a file (5.3.7); its language follows --language.</source>
        <translation>將符合篩選條件的工單匯出至檔案（5.3.7）；檔案語言依 --language 而定。</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>要寫入的檔案（若已存在則覆寫）。</translation>
    </message>
    <message>
        <source>A case id; 3400 characters in all at most.</source>
        <translation>工單編號；總長度最多 3400 個字元。</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters).</source>
        <translation>問題描述中的關鍵字（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>The user id (at most 64 characters).</source>
        <translation>使用者 ID（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>A source id; at most 100.</source>
        <translation>來源 ID；最多 100 個。</translation>
    </message>
    <message>
        <source>The service type of the case (at most 32 characters).</source>
        <translation>工單的服務類型（最多 32 個字元）。</translation>
    </message>
    <message>
        <source>The time zone of the file&apos;s times, such as GMT+8 (at most 32 characters).</source>
        <translation>檔案中時間所用的時區，例如 GMT+8（最多 32 個字元）。</translation>
    </message>
    <message>
        <source>Skip this many cases (-1-65535).</source>
        <translation>略過的工單數（-1-65535）。</translation>
    </message>
    <message>
        <source>At most this many cases (-1-100; -1: all).</source>
        <translation>最多傳回的工單數（-1-100；-1 表示全部）。</translation>
    </message>
    <message>
        <source>Change who is reminded about a case, and how (5.3.1).</source>
        <translation>修改工單的提醒聯絡人及提醒方式（5.3.1）。</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (1-32 characters).</source>
        <translation>手機號碼的國碼（1-32 個字元）。</translation>
    </message>
    <message>
        <source>The mobile number for reminders (1-32 characters).</source>
        <translation>接收提醒的手機號碼（1-32 個字元）。</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (1-128 characters).</source>
        <translation>接收提醒的電子郵件地址（1-128 個字元）。</translation>
    </message>
    <message>
        <source>When reminders may come (1-16 characters).</source>
        <translation>可接收提醒的時段（1-16 個字元）。</translation>
    </message>
    <message>
        <source>contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>contactType、remindCCEmail、remindEncryptCCEmail 或 isReceiveMsgRemind。</translation>
    </message>
    <message>
        <source>The contact information was changed.</source>
        <translation>聯絡資訊已修改。</translation>
    </message>
    <message>
        <source>List the additional parameters given for a case (5.3.2).</source>
        <translation>列出工單已提供的附加參數（5.3.2）。</translation>
    </message>
    <message>
        <source>The case id (1-64 characters).</source>
        <translation>工單編號（1-64 個字元）。</translation>
    </message>
    <message>
        <source>Give additional parameters for a case, as an engineer asked (5.3.3).</source>
        <translation>依工程師的要求為工單提供附加參數（5.3.3）。</translation>
    </message>
    <message>
        <source>A parameter (the param_key of &quot;osmctl config extends-params&quot;); 1-100.</source>
        <translation>參數（鍵為「osmctl config extends-params」中的 param_key）；1-100 個。</translation>
    </message>
    <message>
        <source>The message that asked for them (1-64 characters).</source>
        <translation>要求提供這些參數的留言（1-64 個字元）。</translation>
    </message>
    <message>
        <source>The additional parameters were sent.</source>
        <translation>附加參數已送出。</translation>
    </message>
    <message>
        <source>List the regions associated with the account (5.3.4).</source>
        <translation>列出與帳號關聯的區域（5.3.4）。</translation>
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
    <name>osm::ctl::ConfigurationsCommands</name>
    <message>
        <source>Configuration items of the service, by key.</source>
        <translation>服務的設定項目，依鍵查詢。</translation>
    </message>
    <message>
        <source>Show a configuration item (5.14.1).</source>
        <translation>顯示設定項目（5.14.1）。</translation>
    </message>
    <message>
        <source>The item&apos;s key (1-128 characters), e.g. case.create-case.diagnose-list.</source>
        <translation>設定項目的鍵（1-128 個字元），例如 case.create-case.diagnose-list。</translation>
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
    <name>osm::ctl::DiagnoseCommands</name>
    <message>
        <source>The diagnosis: 1 ECS, 2 RDS, 3 remote login, 4 network health.</source>
        <translation>診斷類型：1 ECS，2 RDS，3 遠端登入，4 網路健康。</translation>
    </message>
    <message>
        <source>The region (region_id), e.g. cn-south-1.</source>
        <translation>區域（region_id），例如 cn-south-1。</translation>
    </message>
    <message>
        <source>The diagnosis job&apos;s id (at most 64 characters).</source>
        <translation>診斷工作 ID（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>One-click diagnosis: pick a VM, start a diagnosis, follow it, read its advice, past diagnoses.</source>
        <translation>一鍵診斷：選擇虛擬機器、啟動診斷、追蹤進度、檢視建議、歷史診斷。</translation>
    </message>
    <message>
        <source>List the VMs of a project that can be diagnosed (5.15.6).</source>
        <translation>列出專案中可診斷的虛擬機器（5.15.6）。</translation>
    </message>
    <message>
        <source>The project id.</source>
        <translation>專案 ID。</translation>
    </message>
    <message>
        <source>Only the VMs of this region.</source>
        <translation>僅列出此區域的虛擬機器。</translation>
    </message>
    <message>
        <source>The page, counted from 1 (default 1).</source>
        <translation>頁碼，從 1 開始（預設 1）。</translation>
    </message>
    <message>
        <source>VMs per page (1-100, default 5).</source>
        <translation>每頁虛擬機器數（1-100，預設 5）。</translation>
    </message>
    <message>
        <source>Only the VM with this id.</source>
        <translation>僅列出此 ID 的虛擬機器。</translation>
    </message>
    <message>
        <source>Only the VM with this IP address.</source>
        <translation>僅列出此 IP 位址的虛擬機器。</translation>
    </message>
    <message>
        <source>Only the VMs whose name contains this.</source>
        <translation>僅列出名稱包含此文字的虛擬機器。</translation>
    </message>
    <message>
        <source>Start a diagnosis; prints its job_id (5.15.5).</source>
        <translation>啟動診斷；輸出其 job_id（5.15.5）。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>What to diagnose: vm_id=&lt;id&gt; or eip=&lt;address&gt; (ECS, remote login), instanceId=&lt;id&gt; (RDS).</source>
        <translation>診斷對象：vm_id=&lt;id&gt; 或 eip=&lt;位址&gt;（ECS、遠端登入），instanceId=&lt;id&gt;（RDS）。</translation>
    </message>
    <message>
        <source>--params expects key=value, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; key=value is typed as it is</extracomment>
        <translation>--params 需要 key=value 格式，而非「%1」。</translation>
    </message>
    <message>
        <source>Show how far a diagnosis got, item by item (5.15.3).</source>
        <translation>逐項顯示診斷進度（5.15.3）。</translation>
    </message>
    <message>
        <source>Show the findings and advice of checks of a diagnosis (5.15.2).</source>
        <translation>顯示診斷中各檢查項目的結果和建議（5.15.2）。</translation>
    </message>
    <message>
        <source>A check id (at most 64 characters); at most 100.</source>
        <translation>檢查項目 ID（最多 64 個字元）；最多 100 個。</translation>
    </message>
    <message>
        <source>List past diagnoses, newest first (5.15.4).</source>
        <translation>列出歷史診斷，最新的在前（5.15.4）。</translation>
    </message>
    <message>
        <source>Diagnoses per page (1-100, default 10).</source>
        <translation>每頁診斷數（1-100，預設 10）。</translation>
    </message>
    <message>
        <source>The diagnosis: 1 ECS (default), 2 RDS, 3 remote login, 4 network health.</source>
        <translation>診斷類型：1 ECS（預設），2 RDS，3 遠端登入，4 網路健康。</translation>
    </message>
    <message>
        <source>Say whether your latest diagnosis of a type helped (5.15.1).</source>
        <translation>回饋某類型最近一次診斷是否有幫助（5.15.1）。</translation>
    </message>
    <message>
        <source>Whether it helped.</source>
        <translation>是否有幫助。</translation>
    </message>
    <message>
        <source>Your comment (at most 10000 characters).</source>
        <translation>您的意見（最多 10000 個字元）。</translation>
    </message>
    <message>
        <source>Thank you: the feedback was sent.</source>
        <translation>感謝您的意見回饋，已成功送出。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FeedbackCommands</name>
    <message>
        <source>Report an intellectual-property infringement or illegal information on Huawei Cloud.</source>
        <translation>檢舉華為雲上的智慧財產權侵權或違法資訊。</translation>
    </message>
    <message>
        <source>Report an infringement or illegal information (5.16.1).</source>
        <translation>檢舉侵權或違法資訊（5.16.1）。</translation>
    </message>
    <message>
        <source>What is reported: infringement or illegal.</source>
        <translation>檢舉類型：infringement（侵權）或 illegal（違法資訊）。</translation>
    </message>
    <message>
        <source>&quot;&lt;product or service&gt;; &lt;website URL&gt;&quot; (at most 2048 characters).</source>
        <translation>「&lt;產品或服務&gt;; &lt;網站 URL&gt;」（最多 2048 個字元）。</translation>
    </message>
    <message>
        <source>What is reported (1-5000 characters).</source>
        <translation>檢舉內容（1-5000 個字元）。</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); 1-3.</source>
        <translation>已上傳附件的 ID（1-32 個字元）；1-3 個。</translation>
    </message>
    <message>
        <source>For illegal information: sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack or spam.</source>
        <translation>違法資訊的類別：sex breach、gamble breach、policy breach、fraud breach、virtual currency breach、proxy server breach、ICP undocumented、sensitive message、violent terror、rumour、insulting heroes、religion、harm minors、cyberattack 或 spam。</translation>
    </message>
    <message>
        <source>The reported party or merchant (at most 255 characters).</source>
        <translation>被檢舉方或商家（最多 255 個字元）。</translation>
    </message>
    <message>
        <source>The infringing product or service (at most 255 characters).</source>
        <translation>侵權的產品或服務（最多 255 個字元）。</translation>
    </message>
    <message>
        <source>The infringed right (ip.ip_type, required for infringement): copyright, trademark, patent or other.</source>
        <translation>遭侵害的權利（ip.ip_type，侵權檢舉必填）：copyright（著作權）、trademark（商標權）、patent（專利權）或 other（其他）。</translation>
    </message>
    <message>
        <source>Where the right is registered (ip.ip_area, at most 128 characters).</source>
        <translation>權利的註冊地（ip.ip_area，最多 128 個字元）。</translation>
    </message>
    <message>
        <source>The registration or application number (ip.ip_number, at most 512 characters).</source>
        <translation>註冊號或申請號（ip.ip_number，最多 512 個字元）。</translation>
    </message>
    <message>
        <source>The right, in short (ip.ip_content, required for infringement, at most 5000 characters).</source>
        <translation>權利簡述（ip.ip_content，侵權檢舉必填，最多 5000 個字元）。</translation>
    </message>
    <message>
        <source>An attachment id proving the right (ip.ip_files); at most 3.</source>
        <translation>權利證明附件的 ID（ip.ip_files）；最多 3 個。</translation>
    </message>
    <message>
        <source>Your name (contacts.name, required for infringement, at most 512 characters).</source>
        <translation>您的姓名（contacts.name，侵權檢舉必填，最多 512 個字元）。</translation>
    </message>
    <message>
        <source>Your mobile number (contacts.mobile, required for infringement, at most 32 characters).</source>
        <translation>您的手機號碼（contacts.mobile，侵權檢舉必填，最多 32 個字元）。</translation>
    </message>
    <message>
        <source>Your e-mail address (contacts.mail, required for infringement, at most 128 characters).</source>
        <translation>您的電子郵件地址（contacts.mail，侵權檢舉必填，最多 128 個字元）。</translation>
    </message>
    <message>
        <source>Your country or region (contacts.area, at most 128 characters).</source>
        <translation>您所在的國家或地區（contacts.area，最多 128 個字元）。</translation>
    </message>
    <message>
        <source>Your address (contacts.address, at most 512 characters).</source>
        <translation>您的地址（contacts.address，最多 512 個字元）。</translation>
    </message>
    <message>
        <source>Who reports (contacts.id_type): 10 enterprise, 20 individual, 21 authorized agent, 22 lawyer, 23 right owner.</source>
        <translation>檢舉人身分（contacts.id_type）：10 企業，20 個人，21 授權代理人，22 律師，23 權利人。</translation>
    </message>
    <message>
        <source>Your company (contacts.company_name, at most 512 characters).</source>
        <translation>您的公司（contacts.company_name，最多 512 個字元）。</translation>
    </message>
    <message>
        <source>An attachment id proving your identity (contacts.id_files); at most 3.</source>
        <translation>身分證明附件的 ID（contacts.id_files）；最多 3 個。</translation>
    </message>
    <message>
        <source>Another way to reach you (contacts.other_way, at most 512 characters).</source>
        <translation>其他聯絡方式（contacts.other_way，最多 512 個字元）。</translation>
    </message>
    <message>
        <source>An attachment id proving your authorisation (contacts.authorization_files); at most 3.</source>
        <translation>授權證明附件的 ID（contacts.authorization_files）；最多 3 個。</translation>
    </message>
    <message>
        <source>The report was sent.</source>
        <translation>檢舉已送出。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FileTransfer</name>
    <message>
        <source>Uploading: %1 of %2</source>
        <extracomment>%1 and %2 are sizes such as &quot;1.5 MB&quot;</extracomment>
        <translation>正在上傳：%1 / %2</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>正在下載：%1 / %2</translation>
    </message>
    <message>
        <source>Uploading: %1</source>
        <extracomment>%1 is a size such as &quot;1.5 MB&quot;</extracomment>
        <translation>正在上傳：%1</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>正在下載：%1</translation>
    </message>
    <message>
        <source>give either --output or --dir, not both.</source>
        <translation>--output 和 --dir 只能指定其中一個。</translation>
    </message>
    <message>
        <source>it is a folder; use --dir for a folder.</source>
        <translation>這是一個資料夾；若要指定資料夾，請使用 --dir。</translation>
    </message>
    <message>
        <source>its folder does not exist.</source>
        <translation>其所在的資料夾不存在。</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>資料夾不存在。</translation>
    </message>
    <message>
        <source>the file could not be written; the download was kept as %1.</source>
        <translation>無法寫入檔案；已下載的內容保留為 %1。</translation>
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
    <name>osm::ctl::PrivilegesCommands</name>
    <message>
        <source>The privilege: export (export cases), createCase (create cases) or assumeCaseAll (case work of a delegated account).</source>
        <translation>權限：export（匯出工單）、createCase（建立工單）或 assumeCaseAll（處理委託帳號的工單）。</translation>
    </message>
    <message>
        <source>Case privileges: the restrictions of sub-users and whether you hold a privilege.</source>
        <translation>工單權限：子使用者的權限限制，以及您是否擁有某項權限。</translation>
    </message>
    <message>
        <source>Show whether the restriction of a privilege is switched on (5.4.1).</source>
        <translation>顯示某項權限的限制是否已開啟（5.4.1）。</translation>
    </message>
    <message>
        <source>Show whether you hold a privilege: has_privilege 1 or 0 (5.4.2).</source>
        <translation>顯示您是否擁有某項權限：has_privilege 為 1 或 0（5.4.2）。</translation>
    </message>
    <message>
        <source>Switch the restriction of a privilege on (create) or off (delete) (5.4.3).</source>
        <translation>開啟（create）或關閉（delete）某項權限的限制（5.4.3）。</translation>
    </message>
    <message>
        <source>create switches the restriction on, delete switches it off.</source>
        <translation>create 開啟限制，delete 關閉限制。</translation>
    </message>
    <message>
        <source>--operation expects create or delete, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; &quot;create&quot; and &quot;delete&quot; are typed as they are</extracomment>
        <translation>--operation 需要 create 或 delete，而非「%1」。</translation>
    </message>
    <message>
        <source>The privilege setting was saved.</source>
        <translation>權限設定已儲存。</translation>
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
    <name>osm::ctl::VerifyCommands</name>
    <message>
        <source>0 a mobile number (SMS), 1 an e-mail address.</source>
        <translation>0 手機號碼（簡訊），1 電子郵件地址。</translation>
    </message>
    <message>
        <source>The mobile number or e-mail address (1-64 characters).</source>
        <translation>手機號碼或電子郵件地址（1-64 個字元）。</translation>
    </message>
    <message>
        <source>The telephone country code of a mobile number, such as 86 (at most 16 characters).</source>
        <translation>手機號碼的國碼，例如 86（最多 16 個字元）。</translation>
    </message>
    <message>
        <source>Tell whether a reminder contact needs a verification code (5.13.1).</source>
        <translation>查詢提醒聯絡方式是否需要驗證碼（5.13.1）。</translation>
    </message>
    <message>
        <source>Send a verification code to a contact (5.13.4).</source>
        <translation>傳送驗證碼至聯絡方式（5.13.4）。</translation>
    </message>
    <message>
        <source>Check the code a contact received, which verifies the contact (5.13.3).</source>
        <translation>核對聯絡方式收到的驗證碼，以完成該聯絡方式的驗證（5.13.3）。</translation>
    </message>
    <message>
        <source>Verification codes for reminder contacts that are not the account&apos;s own: need-verify, send, check, list.</source>
        <translation>非帳號本身的提醒聯絡方式所需的驗證碼：need-verify、send、check、list。</translation>
    </message>
    <message>
        <source>The code was sent; it is valid for 5 minutes.</source>
        <translation>驗證碼已傳送，5 分鐘內有效。</translation>
    </message>
    <message>
        <source>The code received (6 characters).</source>
        <translation>收到的驗證碼（6 個字元）。</translation>
    </message>
    <message>
        <source>The sub-user (IAM user) id (at most 64 characters).</source>
        <translation>子使用者（IAM 使用者）ID（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>The account id (at most 64 characters).</source>
        <translation>帳號 ID（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>The contact is verified.</source>
        <translation>聯絡方式已驗證。</translation>
    </message>
    <message>
        <source>List the verified contacts (5.13.2).</source>
        <translation>列出已驗證的聯絡方式（5.13.2）。</translation>
    </message>
    <message>
        <source>0 mobile numbers, 1 e-mail addresses.</source>
        <translation>0 手機號碼，1 電子郵件地址。</translation>
    </message>
    <message>
        <source>This mobile number or e-mail address (at most 64 characters).</source>
        <translation>指定的手機號碼或電子郵件地址（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>The telephone country code (at most 16 characters).</source>
        <translation>電話國碼（最多 16 個字元）。</translation>
    </message>
    <message>
        <source>The verification with this id (at most 64 characters).</source>
        <translation>指定 ID 的驗證記錄（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>Still valid at this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>在此時間仍有效，格式為 yyyy-MM-dd HH:mm:ss。</translation>
    </message>
    <message>
        <source>Skip this many contacts (0-65535, default 0).</source>
        <translation>略過的聯絡方式數（0-65535，預設 0）。</translation>
    </message>
    <message>
        <source>At most this many contacts (1-100, default 10).</source>
        <translation>最多傳回的聯絡方式數（1-100，預設 10）。</translation>
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
    <name>osm::ui::AccountInfoDialog</name>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>此問題類型不受工單配額限制。</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up: a new case would be refused until the next period, unless your account manager grants a special approval.</source>
        <translation>此問題類型的工單配額已用完：在下一週期之前，新建工單將遭拒絕，除非您的客戶經理為您特別核准。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>本月剩餘 %n 個工單（共 %1 個）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>本季剩餘 %n 個工單（共 %1 個）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>今年剩餘 %n 個工單（共 %1 個）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>本週期剩餘 %n 個工單（共 %1 個）。</numerusform>
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
        <translation>帳號資訊</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>配額(&amp;Q)</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>委託(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>夥伴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>設定項目(&amp;C)</translation>
    </message>
    <message>
        <source>How many more cases this account may create for a product and problem type.</source>
        <translation>此帳號在某產品和問題類型下還可建立的工單數量。</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>產品(&amp;R)：</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>問題類型(&amp;T)：</translation>
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
        <source>Case quota</source>
        <translation>工單配額</translation>
    </message>
    <message>
        <source>Special approval: %1 of %2 used.</source>
        <extracomment>%1 and %2 are numbers of cases</extracomment>
        <translation>特別核准：已使用 %1 個，共 %2 個。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>委託</translation>
    </message>
    <message>
        <source>Trusted account</source>
        <translation>受信任帳號</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>委託</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No (expired)</source>
        <translation>否（已過期）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies): IAM delegations that let other accounts manage this one&apos;s resources.</source>
        <translation>
            <numerusform>%n 個委託：允許其他帳號管理本帳號資源的 IAM 委託。</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner privilege</source>
        <translation>夥伴權限</translation>
    </message>
    <message>
        <source>This account is a partner and may process its customers&apos; cases.</source>
        <translation>此帳號是夥伴，可以處理其客戶的工單。</translation>
    </message>
    <message>
        <source>This account has no partner privilege to process cases.</source>
        <translation>此帳號沒有處理工單的夥伴權限。</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>夥伴：</translation>
    </message>
    <message>
        <source>Partner ID:</source>
        <translation>夥伴 ID：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>時區：</translation>
    </message>
    <message>
        <source>Service days:</source>
        <translation>服務日：</translation>
    </message>
    <message>
        <source>Service hours:</source>
        <translation>服務時間：</translation>
    </message>
    <message>
        <source>Read a configuration item of the support service by its key.</source>
        <translation>依鍵讀取技術支援服務的設定項目。</translation>
    </message>
    <message>
        <source>Configuration key</source>
        <translation>設定項目的鍵</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>顯示(&amp;S)</translation>
    </message>
    <message>
        <source>Configuration value</source>
        <translation>設定值</translation>
    </message>
    <message>
        <source>Configuration values</source>
        <translation>設定值</translation>
    </message>
    <message>
        <source>Pri&amp;vileges</source>
        <translation>權限(&amp;V)</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentListModel</name>
    <message>
        <source>Downloading… %1%</source>
        <extracomment>An attachment being downloaded: percent done</extracomment>
        <translation>正在下載… %1%</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下載…</translation>
    </message>
    <message>
        <source>%1, attached %2</source>
        <extracomment>An attachment for a screen reader: its name and the date of its message</extracomment>
        <translation>%1，加入於 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>大小</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column of the attachment list: when the file was attached</extracomment>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentStagingList</name>
    <message>
        <source>Attach Files</source>
        <translation>加入附件</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>待加入的附件</translation>
    </message>
    <message>
        <source>Drop files here, paste them, or use Add Files…</source>
        <translation>將檔案拖放到這裡、貼上，或使用「加入檔案…」</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>加入檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>加入檔案</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>移除所選檔案</translation>
    </message>
    <message>
        <source>Attachment limits</source>
        <translation>附件限制</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentsPanel</name>
    <message>
        <source>Save Attachments To</source>
        <translation>將附件儲存至</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>工單檔案</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>此工單的檔案</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Press Enter to open a file. Drag files to a folder to save them there.</source>
        <translation>按 Enter 開啟檔案。將檔案拖曳到資料夾即可儲存至該處。</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>圖片預覽</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>開啟所選附件</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>儲存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the selected attachments</source>
        <translation>儲存所選附件</translation>
    </message>
    <message>
        <source>Save A&amp;ll…</source>
        <translation>全部儲存(&amp;L)…</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>儲存所有附件</translation>
    </message>
    <message>
        <source>Cancel Do&amp;wnload</source>
        <translation>取消下載(&amp;W)</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>取消下載</translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation>附件狀態</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n)</source>
        <extracomment>Heading of the attachment list, with how many files the case has</extracomment>
        <translation>
            <numerusform>檔案（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled.</source>
        <translation>已取消下載「%1」。</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>無法下載「%1」：%2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未連線。</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>正在下載「%1」…</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>沒有可開啟「%1」的應用程式。</translation>
    </message>
    <message>
        <source>Not saved: %1. The other files are in “%2”.</source>
        <extracomment>%1 is the list of files that failed, %2 the folder</extracomment>
        <translation>未儲存：%1。其他檔案已儲存至「%2」。</translation>
    </message>
    <message numerus="yes">
        <source>Saving was cancelled; %n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>儲存已取消；已有 %n 個檔案儲存至「%1」。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>已將 %n 個檔案儲存至「%1」。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n file(s)…</source>
        <translation>
            <numerusform>正在儲存 %n 個檔案…</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>無法預覽。</translation>
    </message>
    <message>
        <source>Preview of “%1”</source>
        <extracomment>Accessible description of the preview: the image&apos;s file name</extracomment>
        <translation>「%1」的預覽</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>複製連結(&amp;L)</translation>
    </message>
    <message>
        <source>The link to “%1” could not be fetched: %2</source>
        <extracomment>%1 is a file name, %2 why its link could not be fetched</extracomment>
        <translation>無法取得「%1」的連結：%2</translation>
    </message>
    <message>
        <source>The server returned no link to “%1”.</source>
        <translation>伺服器未傳回「%1」的連結。</translation>
    </message>
    <message>
        <source>The link to “%1” is on the clipboard.</source>
        <translation>「%1」的連結已複製到剪貼簿。</translation>
    </message>
</context>
<context>
    <name>osm::ui::AuthorizationListModel</name>
    <message>
        <source>Pending</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>已授權</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>狀態 %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>問題描述</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>資源</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>存取方式</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>子使用者</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請時間</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期時間</translation>
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
        <translation>無法載入授權：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n authorization(s)</source>
        <translation>
            <numerusform>%n 個授權</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization could not be loaded: %1</source>
        <translation>無法載入該授權：%1</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>Data backed up</source>
        <translation>資料已備份</translation>
    </message>
    <message>
        <source>Risk accepted without backup</source>
        <translation>未備份，已接受風險</translation>
    </message>
    <message>
        <source>Authorization %1 — %2</source>
        <translation>授權 %1 — %2</translation>
    </message>
    <message>
        <source>Select an authorization</source>
        <translation>請選擇一個授權</translation>
    </message>
    <message>
        <source>Loading authorization %1…</source>
        <translation>正在載入授權 %1…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>You agreed to authorization %1.</source>
        <translation>您已同意授權 %1。</translation>
    </message>
    <message>
        <source>Reject Authorization</source>
        <translation>拒絕授權</translation>
    </message>
    <message numerus="yes">
        <source>Reject authorization %1? Tell the engineer why (at most %n character(s)):</source>
        <translation>
            <numerusform>要拒絕授權 %1 嗎？請向工程師說明原因（最多 %n 個字元）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>A reason is needed to reject an authorization; nothing was sent.</source>
        <translation>拒絕授權需要填寫原因；未傳送任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n character(s); nothing was sent.</source>
        <translation>
            <numerusform>原因超過 %n 個字元；未傳送任何內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke Authorization</source>
        <translation>撤銷授權</translation>
    </message>
    <message>
        <source>Revoke authorization %1? Support loses access to these resources at once.</source>
        <translation>要撤銷授權 %1 嗎？技術支援將立即失去對這些資源的存取權限。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>The authorization could not be rejected: %1</source>
        <translation>無法拒絕該授權：%1</translation>
    </message>
    <message>
        <source>The authorization could not be revoked: %1</source>
        <translation>無法撤銷該授權：%1</translation>
    </message>
    <message>
        <source>You rejected authorization %1.</source>
        <translation>您已拒絕授權 %1。</translation>
    </message>
    <message>
        <source>You revoked authorization %1.</source>
        <translation>您已撤銷授權 %1。</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>授權</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <source>My authorizations</source>
        <translation>我的授權</translation>
    </message>
    <message>
        <source>My group&apos;s authorizations</source>
        <translation>我所屬群組的授權</translation>
    </message>
    <message>
        <source>Whose authorizations</source>
        <translation>授權範圍</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>IAM 使用者群組 ID</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>狀態(&amp;T)：</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>狀態篩選</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Authorization actions</source>
        <translation>授權操作</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>同意(&amp;A)…</translation>
    </message>
    <message>
        <source>Agree to this request, with host credentials and a validity period</source>
        <translation>同意此請求，並提供主機認證資訊和有效期間</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>拒絕(&amp;J)…</translation>
    </message>
    <message>
        <source>Refuse this request, with a reason for the engineer</source>
        <translation>拒絕此請求，並向工程師說明原因</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>撤銷(&amp;V)…</translation>
    </message>
    <message>
        <source>Take back an agreement in effect</source>
        <translation>收回已生效的授權</translation>
    </message>
    <message>
        <source>Open &amp;Case</source>
        <translation>開啟工單(&amp;C)</translation>
    </message>
    <message>
        <source>Open the case this request belongs to</source>
        <translation>開啟此請求所屬的工單</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Bastion-host records</source>
        <translation>堡壘機記錄</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>執行個體 ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Requested items</source>
        <translation>申請的授權項目</translation>
    </message>
    <message>
        <source>Authorizations status</source>
        <translation>授權狀態</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>工單問題描述</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>資源類型</translation>
    </message>
    <message>
        <source>Access type</source>
        <translation>存取類型</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請時間</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效時間</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>失效時間</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>拒絕原因</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>子使用者</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>處理方</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>委託</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>備份狀態</translation>
    </message>
    <message>
        <source>Letter of commitment</source>
        <translation>承諾書</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>osm::ui::BastionRecordsPanel</name>
    <message>
        <source>Upload</source>
        <translation>上傳</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>%1 (account %2, port %3)</source>
        <translation>%1（帳號 %2，連接埠 %3）</translation>
    </message>
    <message>
        <source>Only hosts have bastion-host records; this authorization has none.</source>
        <translation>只有主機才有堡壘機記錄；此授權沒有堡壘機記錄。</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>The bastion-host records could not be loaded: %1</source>
        <translation>無法載入堡壘機記錄：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 個工作階段</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Bastion-host sessions</source>
        <translation>堡壘機工作階段</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>檔案傳輸</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>錄影</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>From</source>
        <translation>來源路徑</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目的路徑</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>載入更多</translation>
    </message>
    <message>
        <source>Bastion-host status</source>
        <translation>堡壘機狀態</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseCsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseDetailPanel</name>
    <message>
        <source>Showing %1 of %2 entries.</source>
        <extracomment>%1 entries shown of %2 in the case&apos;s operation log</extracomment>
        <translation>顯示 %2 筆中的 %1 筆。</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>評價項目 %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 a rating scale&apos;s name, %2 stars drawn as characters, %3 the score</extracomment>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>華為雲</translation>
    </message>
    <message>
        <source>Partner (BP)</source>
        <translation>合作夥伴（BP）</translation>
    </message>
    <message>
        <source>Independent software vendor (ISV)</source>
        <translation>獨立軟體開發商（ISV）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the submitter&apos;s name, %2 their user id
----------
%1 an action&apos;s name, %2 its keyboard shortcut</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 則留言</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder contact is set.</source>
        <translation>未設定提醒聯絡人。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Urge Case</source>
        <translation>催單</translation>
    </message>
    <message>
        <source>Ask the support engineers to speed up case %1?</source>
        <translation>要催促技術支援工程師加快處理工單 %1 嗎？</translation>
    </message>
    <message>
        <source>&amp;Urge</source>
        <translation>催單(&amp;U)</translation>
    </message>
    <message>
        <source>Urging the case…</source>
        <translation>正在催單…</translation>
    </message>
    <message>
        <source>The case was urged.</source>
        <translation>已催單。</translation>
    </message>
    <message>
        <source>Cancel Case</source>
        <translation>撤單</translation>
    </message>
    <message>
        <source>Cancel case %1? Support stops working on it, and it cannot be reopened.</source>
        <translation>要撤銷工單 %1 嗎？技術支援將停止處理該工單，且撤銷後無法重新開啟。</translation>
    </message>
    <message>
        <source>Cancel &amp;Case</source>
        <translation>撤單(&amp;C)</translation>
    </message>
    <message>
        <source>Cancelling the case…</source>
        <translation>正在撤單…</translation>
    </message>
    <message>
        <source>The case was cancelled.</source>
        <translation>工單已撤銷。</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>刪除工單</translation>
    </message>
    <message>
        <source>Delete case %1? It disappears from your case lists; this cannot be undone.</source>
        <translation>要刪除工單 %1 嗎？該工單將從您的工單清單中消失；此操作無法復原。</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>刪除工單(&amp;D)</translation>
    </message>
    <message>
        <source>Deleting the case…</source>
        <translation>正在刪除工單…</translation>
    </message>
    <message>
        <source>The case was deleted.</source>
        <translation>工單已刪除。</translation>
    </message>
    <message>
        <source>Closing the case…</source>
        <translation>正在關單…</translation>
    </message>
    <message>
        <source>The case was closed.</source>
        <translation>工單已關閉。</translation>
    </message>
    <message>
        <source>Sending the rating…</source>
        <translation>正在送出評價…</translation>
    </message>
    <message>
        <source>Thank you, the rating was sent.</source>
        <translation>感謝您的評價，評價已送出。</translation>
    </message>
    <message>
        <source>Saving the contact information…</source>
        <translation>正在儲存聯絡資訊…</translation>
    </message>
    <message>
        <source>The contact information was saved.</source>
        <translation>聯絡資訊已儲存。</translation>
    </message>
    <message>
        <source>Case ID %1 copied.</source>
        <translation>已複製工單編號 %1。</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels. Remove one before adding another.</source>
        <translation>每個工單最多可加上 5 個標籤。請先移除一個再加上新的標籤。</translation>
    </message>
    <message>
        <source>Adding the label…</source>
        <translation>正在加上標籤…</translation>
    </message>
    <message>
        <source>The label was added.</source>
        <translation>已加上標籤。</translation>
    </message>
    <message>
        <source>Removing the label…</source>
        <translation>正在移除標籤…</translation>
    </message>
    <message>
        <source>The label was removed.</source>
        <translation>已移除標籤。</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>工單不能關聯自身。</translation>
    </message>
    <message>
        <source>Case %1 is already related to this case.</source>
        <translation>工單 %1 已與此工單關聯。</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases. Remove one before adding another.</source>
        <translation>每個工單最多可有 3 個關聯工單。請先移除一個再新增。</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to relate cases.</source>
        <translation>請輸入您的 IAM 使用者群組 ID：OSM API 關聯工單時需要此 ID。</translation>
    </message>
    <message>
        <source>Relating case %1…</source>
        <translation>正在關聯工單 %1…</translation>
    </message>
    <message>
        <source>Case %1 is now related.</source>
        <translation>已關聯工單 %1。</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to remove a relation.</source>
        <translation>請輸入您的 IAM 使用者群組 ID：OSM API 解除關聯時需要此 ID。</translation>
    </message>
    <message>
        <source>Removing the relation…</source>
        <translation>正在解除關聯…</translation>
    </message>
    <message>
        <source>Case %1 is no longer related.</source>
        <translation>已解除與工單 %1 的關聯。</translation>
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
        <source>Severity</source>
        <translation>嚴重性</translation>
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
        <source>Case type</source>
        <translation>工單類型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類目</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服務類型</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>處理方</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>提單人</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>帳號 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Resolution confirmed</source>
        <translation>確認解決時間</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決時間</translation>
    </message>
    <message>
        <source>Access authorized</source>
        <translation>已授權存取</translation>
    </message>
    <message>
        <source>Grey-release routing</source>
        <translation>灰度路由</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>問題歸屬</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決方案</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評價</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>您的評價意見</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Case type ID</source>
        <translation>工單類型 ID</translation>
    </message>
    <message>
        <source>Category ID</source>
        <translation>類目 ID</translation>
    </message>
    <message>
        <source>Business type ID</source>
        <translation>業務類型 ID</translation>
    </message>
    <message>
        <source>Problem type ID</source>
        <translation>問題類型 ID</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>產品 ID</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>國碼</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Contact methods</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>聯絡時間</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>副本電子郵件地址</translation>
    </message>
    <message>
        <source>Recent CC e-mails</source>
        <translation>最近使用的副本電子郵件地址</translation>
    </message>
    <message>
        <source>ISV commodity</source>
        <translation>ISV 商品</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>工單詳細資料</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>工單編號</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>複製 ID</translation>
    </message>
    <message>
        <source>Copy case ID</source>
        <translation>複製工單編號</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>工單狀態</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>工單操作</translation>
    </message>
    <message>
        <source>Case detail status</source>
        <translation>工單詳細資料狀態</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在處理</translation>
    </message>
    <message>
        <source>Case detail sections</source>
        <translation>工單詳細資料區段</translation>
    </message>
    <message>
        <source>Urge case</source>
        <translation>催單</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>關單(&amp;L)…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>關單</translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation>評價(&amp;R)…</translation>
    </message>
    <message>
        <source>Rate case</source>
        <translation>評價工單</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Case</source>
        <translation>撤單(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>撤單</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>刪除工單</translation>
    </message>
    <message>
        <source>Edit &amp;Contact…</source>
        <translation>編輯聯絡資訊(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit contact information</source>
        <translation>編輯聯絡資訊</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
        <source>Refresh case detail</source>
        <translation>重新整理工單詳細資料</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Related Cases</source>
        <translation>關聯工單</translation>
    </message>
    <message>
        <source>Contact and CC</source>
        <translation>聯絡資訊與副本</translation>
    </message>
    <message>
        <source>Operation Log</source>
        <translation>操作記錄</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>操作記錄</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s name before its value, e.g. &quot;Status:&quot;</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>The extra parameters were sent.</source>
        <translation>擴充參數已傳送。</translation>
    </message>
    <message>
        <source>Extra Parameters…</source>
        <translation>擴充參數…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1; updating…</source>
        <translation>顯示截至 %1 儲存的詳細資料；正在更新…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1. %2</source>
        <translation>顯示截至 %1 儲存的詳細資料。%2</translation>
    </message>
    <message>
        <source>The change could not be saved for sending.</source>
        <translation>無法儲存變更以待傳送。</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExportFlow</name>
    <message>
        <source>Export Cases</source>
        <translation>匯出工單</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>several keywords</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>多個關鍵字</translation>
    </message>
    <message>
        <source>label</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>標籤</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>狀態</translation>
    </message>
    <message>
        <source>IAM group</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>IAM 使用者群組</translation>
    </message>
    <message>
        <source>No case matches the list&apos;s filters: there is nothing to export.</source>
        <translation>沒有符合清單篩選條件的工單：沒有可匯出的內容。</translation>
    </message>
    <message>
        <source>The server&apos;s export cannot filter by %1. Export the cases that match the other filters?</source>
        <extracomment>%1 is a list of filters, e.g. &quot;label and status&quot;</extracomment>
        <translation>伺服器匯出時無法依%1篩選。是否匯出符合其他篩選條件的工單？</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>正在匯出工單…</translation>
    </message>
    <message>
        <source>Exporting cases… %1 received</source>
        <extracomment>%1 is an amount of data such as &quot;1.2 MB&quot;</extracomment>
        <translation>正在匯出工單… 已接收 %1</translation>
    </message>
    <message>
        <source>The cases could not be exported. %1</source>
        <translation>無法匯出工單。%1</translation>
    </message>
    <message>
        <source>The cases were exported to %1.</source>
        <extracomment>%1 is the saved file&apos;s path</extracomment>
        <translation>工單已匯出至 %1。</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExtendsParamsDialog</name>
    <message>
        <source>Loading the case&apos;s parameters…</source>
        <translation>正在載入工單參數…</translation>
    </message>
    <message>
        <source>The case&apos;s parameters could not be loaded: %1</source>
        <extracomment>%1 says why (translated error)</extracomment>
        <translation>無法載入工單參數：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Fill in at least one value to send.</source>
        <translation>請至少填寫一個值再傳送。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>Extra Parameters — %1</source>
        <extracomment>%1 is the case ID</extracomment>
        <translation>擴充參數 — %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>傳送(&amp;S)</translation>
    </message>
    <message>
        <source>Support has asked for more information about this case. Fill in the fields marked * and send them.</source>
        <translation>技術支援需要您提供此工單的更多資訊。請填寫標有 * 的欄位後傳送。</translation>
    </message>
    <message>
        <source>This case holds no extra parameters, and its problem type asks for none.</source>
        <translation>此工單沒有擴充參數，其問題類型也不需要。</translation>
    </message>
    <message>
        <source>The extra information this case holds. Complete or correct it and send it to support.</source>
        <translation>此工單已有的補充資訊。請補齊或更正後傳送給技術支援。</translation>
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
    <message>
        <source>Pick a sub-user or type a sub-user ID</source>
        <translation>選擇子使用者或輸入子使用者 ID</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseLabelsEditor</name>
    <message>
        <source>Case labels</source>
        <translation>工單標籤</translation>
    </message>
    <message>
        <source>Select a label and press Delete to remove it from the case</source>
        <translation>選取標籤後按 Delete 鍵即可將其從工單中移除</translation>
    </message>
    <message>
        <source>Label to add</source>
        <translation>要加上的標籤</translation>
    </message>
    <message>
        <source>No other labels</source>
        <translation>沒有其他標籤</translation>
    </message>
    <message>
        <source>&amp;Add Label</source>
        <translation>加上標籤(&amp;A)</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>加上標籤</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label</source>
        <translation>移除標籤(&amp;V)</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>移除標籤</translation>
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
    <name>osm::ui::CaseOperateLogModel</name>
    <message>
        <source>Created</source>
        <translation>建立工單</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>催單</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>關單</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>撤單</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>評價</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除工單</translation>
    </message>
    <message>
        <source>Rejected by the user centre</source>
        <translation>遭使用者中心駁回</translation>
    </message>
    <message>
        <source>Authorization confirmed</source>
        <translation>確認授權</translation>
    </message>
    <message>
        <source>Authorization rejected</source>
        <translation>拒絕授權</translation>
    </message>
    <message>
        <source>Authorization cancelled</source>
        <translation>撤銷授權</translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation>匯出工單</translation>
    </message>
    <message>
        <source>Customer replied (awaiting feedback)</source>
        <translation>客戶已回覆（待回饋）</translation>
    </message>
    <message>
        <source>Contact information changed</source>
        <translation>修改聯絡資訊</translation>
    </message>
    <message>
        <source>Contact information deleted</source>
        <translation>刪除聯絡資訊</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <extracomment>%1 is an operation code the reference does not document</extracomment>
        <translation>操作 %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
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
        <translation>評價意見長度</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>關單</translation>
    </message>
    <message>
        <source>Rate Case</source>
        <translation>評價工單</translation>
    </message>
    <message>
        <source>Close case %1? Close it only when the problem is solved. You may rate the support you received; the rating can be given only once.</source>
        <translation>要關閉工單 %1 嗎？請僅在問題已解決時關單。您可以對獲得的技術支援進行評價；評價只能送出一次。</translation>
    </message>
    <message>
        <source>Rate the support you received for case %1. A case can be rated only once.</source>
        <translation>請對工單 %1 獲得的技術支援進行評價。每個工單只能評價一次。</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>The rating scales could not be loaded.</source>
        <translation>無法載入評價項目。</translation>
    </message>
    <message>
        <source>Loading the rating scales…</source>
        <translation>正在載入評價項目…</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>評價意見(&amp;C)：</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>評價意見</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>C&amp;lose Case</source>
        <translation>關單(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Submit Rating</source>
        <translation>送出評價(&amp;S)</translation>
    </message>
    <message>
        <source>Confirm close</source>
        <translation>確認關單</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>送出評價</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <extracomment>%1 is the number of a rating scale the server did not name</extracomment>
        <translation>評價項目 %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>%1 is the name of a rating scale, e.g. &quot;Handling timeliness&quot;</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未評價</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n star(s))</source>
        <extracomment>%1 is a row of star characters, %n the number of stars</extracomment>
        <translation>
            <numerusform>%1（%n 顆星）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <extracomment>%1 is the name of a rating scale</extracomment>
        <translation>%1 的評分</translation>
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
    <message>
        <source>Conversation and case detail</source>
        <translation>溝通記錄與工單詳細資料</translation>
    </message>
    <message>
        <source>Offline: showing the messages saved as of %1. %2</source>
        <translation>離線：顯示截至 %1 儲存的留言。%2</translation>
    </message>
    <message>
        <source>Showing the messages saved as of %1; updating…</source>
        <translation>顯示截至 %1 儲存的留言；正在更新…</translation>
    </message>
    <message>
        <source>The message could not be saved for sending.</source>
        <translation>無法儲存留言以待傳送。</translation>
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
    <message numerus="yes">
        <source>“%1” was not attached: a message takes at most %n file(s).</source>
        <extracomment>%1 is a file name
----------
%1 is a file name; the limit is the server&apos;s (show_accessory_limits)</extracomment>
        <translation>
            <numerusform>未加入「%1」：每則留言最多可加入 %n 個附件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <extracomment>%1 says which file and which limit, e.g. &quot;“a.exe” is not a type of file that may be attached (…).&quot;</extracomment>
        <translation>未加入：%1</translation>
    </message>
    <message>
        <source>Remove before sending: %1</source>
        <extracomment>%1 says which file and which limit</extracomment>
        <translation>請在傳送前移除：%1</translation>
    </message>
    <message numerus="yes">
        <source>Remove some files before sending: a message takes at most %n file(s).</source>
        <translation>
            <numerusform>請在傳送前移除部分檔案：每則留言最多可加入 %n 個附件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted image could not be saved in “%1”.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>無法將貼上的圖片儲存至「%1」。</translation>
    </message>
    <message>
        <source>%1 (%2), uploading: %3%</source>
        <extracomment>A staged attachment being uploaded: file name, size, percent sent</extracomment>
        <translation>%1（%2），正在上傳：%3%</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>附件提示</translation>
    </message>
    <message>
        <source>File being uploaded</source>
        <translation>正在上傳的檔案</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上傳進度</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>取消上傳(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>取消上傳</translation>
    </message>
</context>
<context>
    <name>osm::ui::ConfirmAuthorizationDialog</name>
    <message>
        <source>Agree to Authorization %1</source>
        <translation>同意授權 %1</translation>
    </message>
    <message>
        <source>Agree to authorization</source>
        <translation>同意授權</translation>
    </message>
    <message>
        <source>Huawei Cloud support may access the resources below during the period you set. For hosts, give the port, account and password the engineer may use; “Check” tries them first.</source>
        <translation>在您設定的期間內，華為雲技術支援可以存取以下資源。對於主機，請提供工程師可使用的連接埠、帳號和密碼；「檢查」會先行驗證。</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>主機 %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>連接埠：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>帳號：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Check host %1</source>
        <translation>檢查主機 %1</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Console (%1)</source>
        <translation>控制台（%1）</translation>
    </message>
    <message>
        <source>Also asked: %1</source>
        <translation>同時申請：%1</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>生效時間(&amp;F)：</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>失效時間(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>委託(&amp;A)：</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>登入身分：</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效時間</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>失效時間</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>無委託</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>委託</translation>
    </message>
    <message>
        <source>Login type</source>
        <translation>登入類型</translation>
    </message>
    <message>
        <source>Federated user</source>
        <translation>聯邦使用者</translation>
    </message>
    <message>
        <source>Delegated access (agency)</source>
        <translation>委託存取</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>授權狀態</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>同意(&amp;A)</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>The host accepted this account and password.</source>
        <translation>主機已接受此帳號和密碼。</translation>
    </message>
    <message>
        <source>The period must end after it starts, and in the future.</source>
        <translation>結束時間必須晚於開始時間，且必須是未來的時間。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>The authorization could not be agreed to: %1</source>
        <translation>無法同意該授權：%1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactInfoDialog</name>
    <message>
        <source>A contact field can be changed but not removed: type a new value or leave the old one.</source>
        <translation>聯絡資訊欄位可以修改但不能移除：請輸入新值或保留原值。</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>電子郵件地址無效。</translation>
    </message>
    <message>
        <source>The CC e-mail address &quot;%1&quot; is not valid.</source>
        <extracomment>%1 is what the user typed as a CC e-mail address</extracomment>
        <translation>副本電子郵件地址「%1」無效。</translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation>聯絡資訊</translation>
    </message>
    <message>
        <source>How support engineers reach you about case %1.</source>
        <translation>技術支援工程師就工單 %1 與您聯絡的方式。</translation>
    </message>
    <message>
        <source>Country &amp;code:</source>
        <translation>國碼(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手機號碼(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>Contact &amp;time:</source>
        <translation>聯絡時間(&amp;T)：</translation>
    </message>
    <message>
        <source>CC e-&amp;mails:</source>
        <translation>副本電子郵件(&amp;M)：</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>國碼</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>聯絡時間</translation>
    </message>
    <message>
        <source>e.g. 9:00-18:00</source>
        <translation>例如 9:00-18:00</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>副本電子郵件地址</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>多個地址以逗號分隔</translation>
    </message>
    <message>
        <source>Use &amp;Recent</source>
        <translation>填入最近使用(&amp;R)</translation>
    </message>
    <message>
        <source>Use recent CC e-mails</source>
        <translation>填入最近使用的副本電子郵件地址</translation>
    </message>
    <message>
        <source>Fill in the CC e-mails used most recently: %1</source>
        <extracomment>%1 is a list of e-mail addresses</extracomment>
        <translation>填入最近使用的副本電子郵件地址：%1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save contact information</source>
        <translation>儲存聯絡資訊</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactVerificationRow</name>
    <message>
        <source>The code has six characters.</source>
        <translation>驗證碼為 6 個字元。</translation>
    </message>
    <message>
        <source>Checking whether this contact needs verification…</source>
        <translation>正在檢查此聯絡方式是否需要驗證…</translation>
    </message>
    <message>
        <source>Registered or verified earlier: no code needed.</source>
        <translation>已註冊或先前已驗證：無需驗證碼。</translation>
    </message>
    <message>
        <source>This contact is not a registered one: send a code to it and enter the code here.</source>
        <translation>此聯絡方式未註冊：請傳送驗證碼至此聯絡方式，並在此輸入收到的驗證碼。</translation>
    </message>
    <message>
        <source>A code was sent. It is valid for 5 minutes; a new code can be sent once a minute, a limited number of times a day.</source>
        <translation>驗證碼已傳送，5 分鐘內有效；每分鐘可重新傳送一次，每天的傳送次數有限。</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在驗證…</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>已驗證。</translation>
    </message>
    <message>
        <source>Could not check this contact.</source>
        <translation>無法檢查此聯絡方式。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>state, then the error that came with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Send Again in %n s</source>
        <translation>
            <numerusform>%n 秒後可重新傳送</numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>重新傳送(&amp;A)</translation>
    </message>
    <message>
        <source>Send &amp;Code</source>
        <translation>傳送驗證碼(&amp;C)</translation>
    </message>
    <message>
        <source>E-mail verification status</source>
        <translation>電子郵件驗證狀態</translation>
    </message>
    <message>
        <source>Mobile verification status</source>
        <translation>手機號碼驗證狀態</translation>
    </message>
    <message>
        <source>Code sent to the e-mail address</source>
        <translation>傳送至電子郵件地址的驗證碼</translation>
    </message>
    <message>
        <source>Code sent to the mobile number</source>
        <translation>傳送至手機的驗證碼</translation>
    </message>
    <message>
        <source>6-character code</source>
        <translation>6 位驗證碼</translation>
    </message>
    <message>
        <source>Send a code to the e-mail address</source>
        <translation>傳送驗證碼至電子郵件地址</translation>
    </message>
    <message>
        <source>Send a code to the mobile number</source>
        <translation>傳送驗證碼至手機號碼</translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation>驗證(&amp;F)</translation>
    </message>
    <message>
        <source>Verify the e-mail address</source>
        <translation>驗證電子郵件地址</translation>
    </message>
    <message>
        <source>Verify the mobile number</source>
        <translation>驗證手機號碼</translation>
    </message>
</context>
<context>
    <name>osm::ui::CreateCaseWizard</name>
    <message>
        <source>New Case</source>
        <translation>新建工單</translation>
    </message>
    <message>
        <source>Describe the problem for Huawei Cloud&apos;s engineers. Everything you type is kept as a draft until the case is created.</source>
        <translation>請向華為雲工程師描述您的問題。在工單建立之前，您輸入的所有內容都會保存為草稿。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>問題描述</translation>
    </message>
    <message>
        <source>Additional Information</source>
        <translation>附加資訊</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡資訊</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>類目(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>產品(&amp;P)：</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>問題類型(&amp;T)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>嚴重性(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>區域(&amp;R)：</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類目</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>請選擇類目…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>請選擇產品…</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>問題類型</translation>
    </message>
    <message>
        <source>Choose a problem type…</source>
        <translation>請選擇問題類型…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重性</translation>
    </message>
    <message>
        <source>Only the severities your support plan allows are offered.</source>
        <translation>僅列出您的支援方案允許的嚴重性。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>請選擇區域…</translation>
    </message>
    <message>
        <source>Fault reports name the region of the affected resources. Your own regions come first.</source>
        <translation>故障類工單需註明受影響資源所在的區域。您帳號下的區域會排在前面。</translation>
    </message>
    <message>
        <source>Case quota</source>
        <translation>工單配額</translation>
    </message>
    <message>
        <source>What happened, since when, which resources, what you tried</source>
        <translation>發生了什麼、從何時開始、涉及哪些資源、已嘗試過哪些操作</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>問題描述長度</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>附加資訊</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手機號碼(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;C e-mails:</source>
        <translation>副本電子郵件(&amp;C)：</translation>
    </message>
    <message>
        <source>Reminder &amp;time:</source>
        <translation>提醒時間(&amp;T)：</translation>
    </message>
    <message>
        <source>Country calling code</source>
        <translation>國碼</translation>
    </message>
    <message>
        <source>Reminder mobile number</source>
        <translation>接收提醒的手機號碼</translation>
    </message>
    <message>
        <source>Reminder e-mail address</source>
        <translation>接收提醒的電子郵件地址</translation>
    </message>
    <message>
        <source>CC e-mail addresses</source>
        <translation>副本電子郵件地址</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>以逗號分隔</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>提醒時間</translation>
    </message>
    <message>
        <source>For example 9:00-18:00</source>
        <translation>例如 9:00-18:00</translation>
    </message>
    <message>
        <source>A number that is not registered with your account needs a verification code.</source>
        <translation>未在您帳號中註冊的手機號碼需要透過驗證碼驗證。</translation>
    </message>
    <message>
        <source>An address that is not registered with your account needs a verification code.</source>
        <translation>未在您帳號中註冊的電子郵件地址需要透過驗證碼驗證。</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>協議內容</translation>
    </message>
    <message>
        <source>I have read and accept this a&amp;greement</source>
        <translation>我已閱讀並接受此協議(&amp;G)</translation>
    </message>
    <message>
        <source>Accept the agreement</source>
        <translation>接受協議</translation>
    </message>
    <message>
        <source>&amp;Submit Case</source>
        <translation>送出工單(&amp;S)</translation>
    </message>
    <message>
        <source>Submit the case</source>
        <translation>送出工單</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close and keep the draft</source>
        <translation>關閉並保留草稿</translation>
    </message>
    <message>
        <source>Submit error</source>
        <translation>送出錯誤</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <extracomment>%1 is a country calling code such as 86, %2 the country or region&apos;s name</extracomment>
        <translation>+%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>At most %n addresses, separated by commas.</source>
        <translation>
            <numerusform>最多 %n 個地址，以逗號分隔。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n file(s) of at most %1 MB each; types: %2.</source>
        <extracomment>%n files at most, %1 MB each, %2 the allowed file types</extracomment>
        <translation>
            <numerusform>最多 %n 個檔案，每個不超過 %1 MB；類型：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: %1 (version %2)</source>
        <extracomment>%1 is the agreement&apos;s name, %2 its version</extracomment>
        <translation>協議：%1（版本 %2）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 characters typed of at most %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many.</source>
        <translation>
            <numerusform>超出 %n 個字元。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left.</source>
        <translation>
            <numerusform>還可輸入 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>此問題類型不受工單配額限制。</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up, so a new case would be refused. Wait for the next period or ask your account manager for a special approval.</source>
        <translation>此問題類型的工單配額已用完，新建工單將遭拒絕。請等待下一個週期，或聯絡您的客戶經理申請特別核准。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>本月剩餘 %n 個工單（共 %1 個）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>本季剩餘 %n 個工單（共 %1 個）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>今年剩餘 %n 個工單（共 %1 個）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>本週期剩餘 %n 個工單（共 %1 個）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在送出…</translation>
    </message>
    <message>
        <source>choose a category, a product and a problem type.</source>
        <translation>請選擇類目、產品和問題類型。</translation>
    </message>
    <message>
        <source>a fault report names the region of the affected resources.</source>
        <translation>故障類工單需註明受影響資源所在的區域。</translation>
    </message>
    <message>
        <source>describe the problem.</source>
        <translation>請描述問題。</translation>
    </message>
    <message numerus="yes">
        <source>it is %n character(s) too long.</source>
        <translation>
            <numerusform>超出 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in the template.</source>
        <translation>請填寫範本。</translation>
    </message>
    <message>
        <source>it must be a phone number.</source>
        <translation>必須是電話號碼。</translation>
    </message>
    <message>
        <source>it must be an e-mail address.</source>
        <translation>必須是電子郵件地址。</translation>
    </message>
    <message>
        <source>give a mobile number or an e-mail address for reminders.</source>
        <translation>請提供接收提醒的手機號碼或電子郵件地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>「%1」不是電子郵件地址。</translation>
    </message>
    <message numerus="yes">
        <source>at most %n addresses are allowed.</source>
        <translation>
            <numerusform>最多允許 %n 個地址。</numerusform>
        </translation>
    </message>
    <message>
        <source>verify this number with the code sent to it first.</source>
        <translation>請先使用傳送至此號碼的驗證碼完成驗證。</translation>
    </message>
    <message>
        <source>verify this address with the code sent to it first.</source>
        <translation>請先使用傳送至此地址的驗證碼完成驗證。</translation>
    </message>
    <message>
        <source>read and accept the agreement first.</source>
        <translation>請先閱讀並接受協議。</translation>
    </message>
    <message>
        <source>Checking the contact details…</source>
        <translation>正在檢查聯絡資訊…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>正在上傳 %1…</translation>
    </message>
    <message>
        <source>%1 could not be uploaded.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>無法上傳 %1。</translation>
    </message>
    <message>
        <source>Signing the agreement…</source>
        <translation>正在簽署協議…</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>正在建立工單…</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>驗證碼</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>副本電子郵件地址</translation>
    </message>
    <message>
        <source>%1 No more cases of this problem type can be created in this period; wait for the next one or ask your account manager for a special approval.</source>
        <extracomment>%1 is the server&apos;s refusal; what follows explains it</extracomment>
        <translation>%1 本週期內無法再建立此問題類型的工單；請等待下一個週期，或聯絡您的客戶經理申請特別核准。</translation>
    </message>
    <message>
        <source>%1 Ask for a new code and enter it again.</source>
        <translation>%1 請重新索取驗證碼並再次輸入。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Edit New Case</source>
        <translation>編輯新建工單</translation>
    </message>
    <message>
        <source>The new case you have not finished yet will be replaced by the one waiting to be sent. Replace it?</source>
        <translation>您尚未完成的新建工單將被等待傳送的工單取代。要取代嗎？</translation>
    </message>
</context>
<context>
    <name>osm::ui::DiagnosisWindow</name>
    <message>
        <source>Cloud server (ECS)</source>
        <translation>雲端伺服器（ECS）</translation>
    </message>
    <message>
        <source>Database instance (RDS)</source>
        <translation>資料庫執行個體（RDS）</translation>
    </message>
    <message>
        <source>Remote login</source>
        <translation>遠端登入</translation>
    </message>
    <message>
        <source>Network health</source>
        <translation>網路健康</translation>
    </message>
    <message>
        <source>Type %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>類型 %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not executed</source>
        <translation>未執行</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>無法使用</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>狀態 %1</translation>
    </message>
    <message>
        <source>Preparing the diagnosis…</source>
        <translation>正在準備診斷…</translation>
    </message>
    <message>
        <source>Running: %1 of %2 checks done…</source>
        <extracomment>%1 of %2 check items are done</extracomment>
        <translation>執行中：已完成 %1/%2 項檢查…</translation>
    </message>
    <message>
        <source>Completed: no problem found.</source>
        <translation>已完成：未發現問題。</translation>
    </message>
    <message numerus="yes">
        <source>Completed: %n check item(s) found a problem.</source>
        <translation>
            <numerusform>已完成：%n 個檢查項目發現問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis failed: the resource could not be checked. Check its region and ID.</source>
        <translation>診斷失敗：無法檢查該資源。請檢查其區域和 ID。</translation>
    </message>
    <message>
        <source>The diagnosis was not run.</source>
        <translation>診斷未執行。</translation>
    </message>
    <message>
        <source>This diagnosis is not available for the resource.</source>
        <translation>此診斷不適用於該資源。</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>發現問題</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Checking (%1%)</source>
        <extracomment>a check item in progress; %1 is a percentage</extracomment>
        <translation>檢查中（%1%）</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a region&apos;s name and id, e.g. &quot;CN South-Guangzhou (cn-south-1)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No virtual machine of this project and region matches.</source>
        <translation>此專案和區域下沒有符合的虛擬機器。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n virtual machine(s): choose one to diagnose.</source>
        <translation>
            <numerusform>找到 %n 台虛擬機器：請選擇一台進行診斷。</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the diagnosis…</source>
        <translation>正在啟動診斷…</translation>
    </message>
    <message>
        <source>Reading the diagnosis…</source>
        <translation>正在讀取診斷結果…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>No details for this check item.</source>
        <translation>此檢查項目沒有詳細資訊。</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>檢查發現</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Read more about this problem</source>
        <translation>深入了解此問題</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>Thank you: your feedback was sent.</source>
        <translation>感謝您的意見回饋，已成功送出。</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>診斷</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>診斷(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>歷史(&amp;H)</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click: choose what to diagnose, start, and read the results and advice.</source>
        <translation>一鍵檢查雲端資源的常見問題：選擇診斷對象，啟動診斷，然後檢視結果和建議。</translation>
    </message>
    <message>
        <source>&amp;Diagnose:</source>
        <translation>診斷(&amp;D)：</translation>
    </message>
    <message>
        <source>Diagnosis type</source>
        <translation>診斷類型</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>區域(&amp;R)：</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>&amp;Virtual machine:</source>
        <translation>虛擬機器(&amp;V)：</translation>
    </message>
    <message>
        <source>VM ID or elastic IP address, or choose one below</source>
        <translation>虛擬機器 ID 或彈性公網 IP，或從下方選擇</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>執行個體(&amp;I)：</translation>
    </message>
    <message>
        <source>RDS instance ID</source>
        <translation>RDS 執行個體 ID</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>資源(&amp;R)：</translation>
    </message>
    <message>
        <source>Not needed for this diagnosis</source>
        <translation>此診斷無須填寫</translation>
    </message>
    <message>
        <source>Resource to diagnose</source>
        <translation>要診斷的資源</translation>
    </message>
    <message>
        <source>Find a virtual machine</source>
        <translation>尋找虛擬機器</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>專案 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>專案 ID</translation>
    </message>
    <message>
        <source>The region&apos;s project ID, as shown under My Credentials in the console</source>
        <translation>該區域的專案 ID，可在控制台「我的憑證」中檢視</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>虛擬機器名稱</translation>
    </message>
    <message>
        <source>Part of the name (optional)</source>
        <translation>名稱的一部分（選填）</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 位址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Known fault</source>
        <translation>已知故障</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>虛擬機器</translation>
    </message>
    <message>
        <source>&amp;Start Diagnosis</source>
        <translation>開始診斷(&amp;S)</translation>
    </message>
    <message>
        <source>Diagnosis status</source>
        <translation>診斷狀態</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類目</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <source>Check items</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <source>Check item details</source>
        <translation>檢查項目詳細資料</translation>
    </message>
    <message>
        <source>Did this diagnosis help?</source>
        <translation>此次診斷對您有幫助嗎？</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>意見回饋</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>意見（選填）</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation>有幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Not Helpful</source>
        <translation>沒有幫助(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>資源</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題數</translation>
    </message>
    <message>
        <source>Past diagnoses</source>
        <translation>歷史診斷</translation>
    </message>
    <message>
        <source>Double-click a diagnosis to see its results</source>
        <translation>按兩下一筆診斷記錄以檢視其結果</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一頁(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一頁(&amp;N)</translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3 in all)</source>
        <extracomment>%1 and %2 are page numbers; %3 is the number of diagnoses</extracomment>
        <translation>第 %1/%2 頁（共 %3 筆）</translation>
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
        <translation>請選擇…</translation>
    </message>
    <message>
        <source>it must be a whole number.</source>
        <translation>必須是整數。</translation>
    </message>
    <message>
        <source>it is required.</source>
        <translation>此欄位為必填。</translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <extracomment>%1 and %2 are the smallest and the largest allowed number</extracomment>
        <translation>必須介於 %1 和 %2 之間。</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n characters long.</source>
        <translation>
            <numerusform>長度不得超過 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not have the expected format.</source>
        <translation>格式不符合要求。</translation>
    </message>
    <message>
        <source>This problem type asks for no additional information.</source>
        <translation>此問題類型無需提供附加資訊。</translation>
    </message>
</context>
<context>
    <name>osm::ui::LabelManagerDialog</name>
    <message>
        <source>Manage Labels</source>
        <translation>管理標籤</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Double-click a name (or press F2) to rename the label</source>
        <translation>按兩下名稱（或按 F2）可重新命名標籤</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重新命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>顏色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New label:</source>
        <translation>新標籤(&amp;N)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>新標籤名稱</translation>
    </message>
    <message>
        <source>New label colour</source>
        <translation>新標籤顏色</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message numerus="yes">
        <source>You have %n labels, the most allowed. Delete one to add another.</source>
        <translation>
            <numerusform>您已有 %n 個標籤，已達上限。請刪除一個後再新增。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of at most %2 labels</source>
        <extracomment>%1 labels in use of at most %2</extracomment>
        <translation>已使用 %1 個標籤，最多 %2 個</translation>
    </message>
    <message>
        <source>Label “%1” created.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>已建立標籤「%1」。</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>標籤名稱不可空白。</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>「%1」的顏色</translation>
    </message>
    <message>
        <source>Label “%1” saved.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>已儲存標籤「%1」。</translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>刪除標籤</translation>
    </message>
    <message>
        <source>Delete the label “%1”? It is also removed from every case that carries it.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>要刪除標籤「%1」嗎？該標籤也會從所有加上它的工單中移除。</translation>
    </message>
    <message>
        <source>Label “%1” deleted.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>已刪除標籤「%1」。</translation>
    </message>
</context>
<context>
    <name>osm::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系統語言</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheActions</name>
    <message>
        <source>Saved list as of %1</source>
        <translation>截至 %1 儲存的清單</translation>
    </message>
    <message>
        <source>These are the cases saved on this computer; the server&apos;s list replaces them when it answers.</source>
        <translation>這些是儲存在本機的工單；伺服器回應後將以伺服器的清單取代。</translation>
    </message>
    <message>
        <source>The server could not be reached: these are the cases saved on this computer.</source>
        <translation>無法連線至伺服器：以下是儲存在本機的工單。</translation>
    </message>
    <message>
        <source>The local cache could not be emptied: %1</source>
        <translation>無法清除本機快取：%1</translation>
    </message>
    <message>
        <source>&amp;Search Saved Cases…</source>
        <translation>搜尋本機儲存的工單(&amp;S)…</translation>
    </message>
    <message>
        <source>Find words in the cases, messages and attachment names saved on this computer (%1)</source>
        <translation>在本機儲存的工單、留言和附件名稱中尋找文字（%1）</translation>
    </message>
    <message>
        <source>Rebuild Local &amp;Cache</source>
        <translation>重建本機快取(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the cases and messages saved on this computer and read them again from the server (unsent messages and drafts are kept)</source>
        <translation>清除本機儲存的工單和留言，並重新從伺服器讀取（未傳送的留言和草稿會保留）</translation>
    </message>
    <message>
        <source>Saved list</source>
        <translation>本機儲存的清單</translation>
    </message>
    <message>
        <source>Local &amp;Cache…</source>
        <translation>本機快取(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheDialog</name>
    <message>
        <source>Local Cache</source>
        <translation>本機快取</translation>
    </message>
    <message>
        <source>&amp;Keep downloaded files up to (MiB):</source>
        <translation>已下載檔案的保留上限（MiB）(&amp;K)：</translation>
    </message>
    <message>
        <source>Attachments you open, save or drag out are kept on this computer, so that they open again without a download, also offline. Beyond the limit the least recently used go first; 0 keeps none.</source>
        <translation>您開啟、儲存或拖出的附件會保留在本機，再次開啟時無需重新下載，離線時也可使用。超出上限時，最久未使用的檔案將最先被刪除；設為 0 則不保留。</translation>
    </message>
    <message>
        <source>C&amp;lear Downloaded Files</source>
        <translation>清除已下載檔案(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>In use: %n file(s), %1</source>
        <extracomment>%n is how many files are kept, %1 the space they take (e.g. &quot;12.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>已使用：%n 個檔案，%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalSearchDialog</name>
    <message>
        <source>Case %1</source>
        <translation>工單 %1</translation>
    </message>
    <message>
        <source>Message in case %1, %2</source>
        <translation>工單 %1 中的留言，%2</translation>
    </message>
    <message>
        <source>Attachment in case %1</source>
        <translation>工單 %1 中的附件</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜尋失敗：%1</translation>
    </message>
    <message>
        <source>Nothing saved on this computer matches.</source>
        <translation>本機儲存的內容中沒有符合項目。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 個符合項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Search Saved Cases</source>
        <translation>搜尋本機儲存的工單</translation>
    </message>
    <message>
        <source>Searches the case descriptions, messages and attachment names saved on this computer, also while offline. Press Enter on a result to open its case.</source>
        <translation>搜尋本機儲存的工單問題描述、留言和附件名稱，離線時也可使用。在結果上按 Enter 可開啟其所屬工單。</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>要尋找的文字</translation>
    </message>
    <message>
        <source>Search saved cases</source>
        <translation>搜尋本機儲存的工單</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>符合項目</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>開啟工單(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected case in its own window (Enter or double-click)</source>
        <translation>在獨立視窗中開啟所選工單（Enter 或按兩下）</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>新建工單(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new case (%1)</source>
        <translation>新建工單（%1）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About OSM Desk</source>
        <translation>關於 OSM Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>未讀留言</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>連線狀態</translation>
    </message>
    <message>
        <source>Offline — waiting for the network</source>
        <translation>離線 — 正在等待網路</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>離線 — %n 秒後重試</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — retrying…</source>
        <translation>離線 — 正在重試…</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n 則未讀留言</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export Cases…</source>
        <translation>匯出工單(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the cases of the current view and filters to a file</source>
        <translation>將目前檢視和篩選條件下的工單匯出至檔案</translation>
    </message>
    <message>
        <source>Save &amp;View as CSV…</source>
        <translation>將檢視另存為 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the cases listed now, with the visible columns, as a CSV file</source>
        <translation>將目前列出的工單依可見欄位儲存為 CSV 檔案</translation>
    </message>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>管理標籤(&amp;L)…</translation>
    </message>
    <message>
        <source>A&amp;uthorizations…</source>
        <translation>授權(&amp;U)…</translation>
    </message>
    <message>
        <source>Requests of support engineers for access to your console or hosts</source>
        <translation>技術支援工程師申請存取您的控制台或主機的請求</translation>
    </message>
    <message>
        <source>&amp;Diagnosis…</source>
        <translation>診斷(&amp;D)…</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click</source>
        <translation>一鍵檢查雲端資源的常見問題</translation>
    </message>
    <message>
        <source>Account &amp;Information…</source>
        <translation>帳號資訊(&amp;I)…</translation>
    </message>
    <message>
        <source>Case quota, agencies, partner service and configuration items</source>
        <translation>工單配額、委託、夥伴服務和設定項目</translation>
    </message>
    <message>
        <source>&amp;Report Infringement or Illegal Information…</source>
        <translation>檢舉侵權或違法資訊(&amp;R)…</translation>
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
    <name>osm::ui::OfflineStatus</name>
    <message numerus="yes">
        <source>Offline — showing saved data; %n change(s) waiting</source>
        <translation>
            <numerusform>離線 — 顯示已儲存的資料；%n 項變更等待傳送</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing saved data</source>
        <translation>離線 — 顯示已儲存的資料</translation>
    </message>
    <message>
        <source>The server cannot be reached. The cases and messages shown are those saved on this computer; what you send is kept and goes out when the server answers again.</source>
        <translation>無法連線至伺服器。目前顯示的是本機儲存的工單和留言；您傳送的內容會先保留，待伺服器恢復回應後再送出。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxItemText</name>
    <message>
        <source>Urge the case</source>
        <translation>催單</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>撤單</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>刪除工單</translation>
    </message>
    <message>
        <source>Close the case and rate it</source>
        <translation>關單並評價</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>關單</translation>
    </message>
    <message>
        <source>Rate the case</source>
        <translation>評價工單</translation>
    </message>
    <message>
        <source>Add label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>加上標籤「%1」</translation>
    </message>
    <message>
        <source>Remove label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>移除標籤「%1」</translation>
    </message>
    <message>
        <source>Relate case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>關聯工單 %1</translation>
    </message>
    <message>
        <source>Remove the relation to case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>解除與工單 %1 的關聯</translation>
    </message>
    <message>
        <source>Change the reminder contact information</source>
        <translation>修改提醒聯絡資訊</translation>
    </message>
    <message>
        <source>Create a case: %1</source>
        <extracomment>%1 is the beginning of the new case&apos;s description</extracomment>
        <translation>新建工單：%1</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxPanel</name>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>%1 is the server&apos;s reason</extracomment>
        <translation>未傳送：%1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待傳送</translation>
    </message>
    <message>
        <source>Waiting for the network; it will be sent when the connection is back.</source>
        <translation>正在等待網路；連線恢復後將傳送。</translation>
    </message>
    <message>
        <source>Waiting to sign in again; it will be sent after that.</source>
        <translation>正在等待重新登入；登入後將傳送。</translation>
    </message>
    <message>
        <source>Will be sent again shortly: %1</source>
        <extracomment>%1 is why the last attempt failed</extracomment>
        <translation>即將重新傳送：%1</translation>
    </message>
    <message>
        <source>Messages waiting to be sent</source>
        <translation>待傳送的留言</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <extracomment>The files of a message waiting to be sent; %1 is their names</extracomment>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>重新傳送</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Edit the message in the reply box</source>
        <translation>在回覆框中編輯此留言</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Discard the message</source>
        <translation>捨棄此留言</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesButton</name>
    <message numerus="yes">
        <source>%n new case(s) not sent</source>
        <translation>
            <numerusform>%n 個新建工單未傳送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 個新建工單等待傳送</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the new cases waiting to be sent</source>
        <translation>檢視等待傳送的新建工單</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesDialog</name>
    <message>
        <source>New Cases Waiting to Be Sent</source>
        <translation>等待傳送的新建工單</translation>
    </message>
    <message>
        <source>These new cases are saved on this computer and are created as soon as the server can be reached. A case the server refused shows its reason: edit it, retry or discard it.</source>
        <translation>這些新建工單儲存在本機，一旦可以連線至伺服器即會建立。被伺服器拒絕的工單會顯示拒絕原因：您可以編輯、重試或捨棄該工單。</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeCache</name>
    <message>
        <source>Your account&apos;s administrator has restricted case submission, and your user does not hold the privilege to submit cases. Ask the administrator of the main account to grant it.</source>
        <translation>您帳號的管理員已限制提交工單，而您的使用者沒有提交工單的權限。請聯絡主帳號管理員授予該權限。</translation>
    </message>
    <message>
        <source>You are signed in with a delegated account, and the account&apos;s administrator does not allow delegated accounts to work on cases. Ask the administrator to grant the case privilege.</source>
        <translation>您使用委託帳號登入，而該帳號的管理員不允許委託帳號處理工單。請聯絡管理員授予工單權限。</translation>
    </message>
    <message>
        <source>Your user does not hold the privilege to export cases. Ask the administrator of the main account to grant it.</source>
        <translation>您的使用者沒有匯出工單的權限。請聯絡主帳號管理員授予該權限。</translation>
    </message>
    <message>
        <source>You may not see or change the cases of this IAM group: your user is not allowed to work on its members&apos; cases. Check the group ID, or ask your administrator to add you to the group.</source>
        <translation>您無法檢視或修改此 IAM 使用者群組的工單：您的使用者無權處理其成員的工單。請檢查使用者群組 ID，或聯絡管理員將您加入該使用者群組。</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeNotice</name>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>為什麼部分操作無法使用</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegePolicyTab</name>
    <message>
        <source>Restrictions the main account switches on for its IAM users: a restricted privilege is held only by the users it is granted to.</source>
        <translation>主帳號為其 IAM 使用者開啟的限制：受限的權限只有獲授予的使用者才擁有。</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>權限</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>權限</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>whether the restriction of a privilege is switched on</extracomment>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>已開啟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>限制(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lift Restriction</source>
        <translation>解除限制(&amp;L)</translation>
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
    <name>osm::ui::RelatedCasesEditor</name>
    <message>
        <source>Case</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>問題描述</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>提單人</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>關聯工單</translation>
    </message>
    <message>
        <source>Related case ID</source>
        <translation>關聯工單編號</translation>
    </message>
    <message>
        <source>Case ID to relate</source>
        <translation>要關聯的工單編號</translation>
    </message>
    <message>
        <source>IAM group ID for relations</source>
        <translation>用於關聯操作的 IAM 使用者群組 ID</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>IAM 使用者群組 ID</translation>
    </message>
    <message>
        <source>The relation calls of the OSM API require the ID of your IAM group.</source>
        <translation>OSM API 的關聯介面需要您的 IAM 使用者群組 ID。</translation>
    </message>
    <message>
        <source>Re&amp;late</source>
        <translation>關聯(&amp;L)</translation>
    </message>
    <message>
        <source>Add related case</source>
        <translation>新增關聯工單</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Open related case</source>
        <translation>開啟關聯工單</translation>
    </message>
    <message>
        <source>Unrelate</source>
        <translation>解除關聯</translation>
    </message>
    <message>
        <source>Remove related case</source>
        <translation>移除關聯工單</translation>
    </message>
</context>
<context>
    <name>osm::ui::ReportFeedbackDialog</name>
    <message>
        <source>Describe what you are reporting.</source>
        <translation>請描述您要檢舉的內容。</translation>
    </message>
    <message numerus="yes">
        <source>The description is %n character(s) too long.</source>
        <translation>
            <numerusform>描述超出 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one file as evidence.</source>
        <translation>請至少加入一個檔案作為證據。</translation>
    </message>
    <message>
        <source>Describe the right that is infringed.</source>
        <translation>請描述遭侵害的權利。</translation>
    </message>
    <message>
        <source>An infringement report needs your name, mobile number and e-mail address.</source>
        <translation>侵權檢舉需要提供您的姓名、手機號碼和電子郵件地址。</translation>
    </message>
    <message>
        <source>Waiting for the files to upload…</source>
        <translation>正在等待檔案上傳…</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <extracomment>%1 is a file name, %2 why it could not be uploaded</extracomment>
        <translation>無法上傳 %1：%2</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>加入證據</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>characters typed / the limit</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Report Infringement or Illegal Information</source>
        <translation>檢舉侵權或違法資訊</translation>
    </message>
    <message>
        <source>Intellectual-property infringement</source>
        <translation>智慧財產權侵權</translation>
    </message>
    <message>
        <source>Illegal information</source>
        <translation>違法資訊</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Pornography</source>
        <translation>色情</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>賭博</translation>
    </message>
    <message>
        <source>Political breach</source>
        <translation>涉政違規</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>詐騙</translation>
    </message>
    <message>
        <source>Virtual currency</source>
        <translation>虛擬貨幣</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>代理伺服器</translation>
    </message>
    <message>
        <source>Website without ICP filing</source>
        <translation>網站未備案</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>敏感資訊</translation>
    </message>
    <message>
        <source>Violence or terrorism</source>
        <translation>暴力恐怖</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>謠言</translation>
    </message>
    <message>
        <source>Insulting heroes and martyrs</source>
        <translation>侮辱英烈</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <source>Harm to minors</source>
        <translation>危害未成年人</translation>
    </message>
    <message>
        <source>Cyberattack</source>
        <translation>網路攻擊</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>垃圾訊息</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>著作權</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>商標權</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>專利權</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Authorized agent</source>
        <translation>授權代理人</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>律師</translation>
    </message>
    <message>
        <source>Right owner</source>
        <translation>權利人</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>檢舉類型(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>類目(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Reported &amp;party:</source>
        <translation>被檢舉方(&amp;P)：</translation>
    </message>
    <message>
        <source>Reported p&amp;roduct:</source>
        <translation>被檢舉產品(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>證據(&amp;E)：</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>檢舉</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Product or service; website address</source>
        <translation>產品或服務；網站網址</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>What is infringing or illegal, and where it can be seen</source>
        <translation>侵權或違法的內容是什麼，以及在何處可以看到</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>描述長度</translation>
    </message>
    <message>
        <source>Reported party</source>
        <translation>被檢舉方</translation>
    </message>
    <message>
        <source>The party or merchant reported (optional)</source>
        <translation>被檢舉的主體或商家（選填）</translation>
    </message>
    <message>
        <source>Reported product</source>
        <translation>被檢舉產品</translation>
    </message>
    <message>
        <source>The infringing product or service (optional)</source>
        <translation>侵權的產品或服務（選填）</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>證據檔案</translation>
    </message>
    <message>
        <source>One to %1 files that show what you report</source>
        <extracomment>%1 is the largest number of files</extracomment>
        <translation>1 至 %1 個能證明檢舉內容的檔案</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>加入(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Infringed right</source>
        <translation>遭侵害的權利</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>權利類型(&amp;K)：</translation>
    </message>
    <message>
        <source>Registered &amp;in:</source>
        <translation>註冊地(&amp;I)：</translation>
    </message>
    <message>
        <source>Registration &amp;number:</source>
        <translation>註冊號(&amp;N)：</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>描述(&amp;C)：</translation>
    </message>
    <message>
        <source>Kind of right</source>
        <translation>權利類型</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>註冊地</translation>
    </message>
    <message>
        <source>Country or region (optional)</source>
        <translation>國家或地區（選填）</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>註冊號</translation>
    </message>
    <message>
        <source>Trademark or patent number (optional)</source>
        <translation>商標或專利號（選填）</translation>
    </message>
    <message>
        <source>Right description</source>
        <translation>權利描述</translation>
    </message>
    <message>
        <source>Your contact details</source>
        <translation>您的聯絡資訊</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>手機(&amp;B)：</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>電子郵件(&amp;M)：</translation>
    </message>
    <message>
        <source>Country or re&amp;gion:</source>
        <translation>國家或地區(&amp;G)：</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>地址(&amp;S)：</translation>
    </message>
    <message>
        <source>You a&amp;re:</source>
        <translation>您的身分(&amp;R)：</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>公司(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Other contact:</source>
        <translation>其他聯絡方式(&amp;O)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>國家或地區</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>您的身分</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>其他聯絡方式</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Send Report</source>
        <translation>送出檢舉(&amp;S)</translation>
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
    <name>osm::ui::SaveViewAsCsv</name>
    <message>
        <source>Save View as CSV</source>
        <translation>將檢視另存為 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>
            <numerusform>已將 %n 個工單儲存至 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::SubmissionPrivilegeGate</name>
    <message>
        <source>New Case</source>
        <translation>新建工單</translation>
    </message>
    <message>
        <source>You cannot submit cases with this user.</source>
        <translation>您無法使用此使用者提交工單。</translation>
    </message>
</context>
<context>
    <name>osm::ui::TrayNotifier</name>
    <message>
        <source>Show OSM Desk</source>
        <translation>顯示 OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk tray menu</source>
        <translation>OSM Desk 系統匣選單</translation>
    </message>
    <message numerus="yes">
        <source>OSM Desk: %n unread message(s)</source>
        <translation>
            <numerusform>OSM Desk：%n 則未讀留言</numerusform>
        </translation>
    </message>
    <message>
        <source>OSM Desk: no unread messages</source>
        <translation>OSM Desk：沒有未讀留言</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>沒有未讀留言</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <extracomment>A tray menu entry: the case number and how many of its messages are unread.</extracomment>
        <translation>
            <numerusform>%1（%n 則未讀）</numerusform>
        </translation>
    </message>
    <message>
        <source>New reply in case %1</source>
        <translation>工單 %1 有新回覆</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n 則未讀留言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New replies in %n case(s)</source>
        <translation>
            <numerusform>%n 個工單有新回覆</numerusform>
        </translation>
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
