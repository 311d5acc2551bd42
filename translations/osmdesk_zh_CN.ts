<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Manage Huawei Cloud support cases through the OSM API.</source>
        <translation>通过 OSM API 管理华为云支持工单。</translation>
    </message>
    <message>
        <source>Run against the built-in OSM simulator.</source>
        <translation>连接内置的 OSM 模拟器运行。</translation>
    </message>
    <message>
        <source>Sign in with the account profile &lt;id&gt;.</source>
        <translation>使用账号配置 &lt;id&gt; 登录。</translation>
    </message>
    <message>
        <source>Exit after the first page of cases has loaded (for tests).</source>
        <translation>第一页工单加载完成后退出（用于测试）。</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de, ar) instead of the system&apos;s.</source>
        <extracomment>&lt;code&gt; stays as it is: it names the option&apos;s value on the command line.</extracomment>
        <translation>使用语言 &lt;code&gt;（例如 zh_CN、ja、de、ar），而不是系统语言。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>未知语言“%1”；可用语言：%2。</translation>
    </message>
    <message>
        <source>A case to open: its id, or a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>要打开的工单：工单号，或 osmdesk://case/&lt;工单号&gt; 形式的链接。</translation>
    </message>
</context>
<context>
    <name>osm::AkSkAuthenticator</name>
    <message>
        <source>IAM did not name the account of this access key.</source>
        <translation>IAM 未返回此访问密钥所属的账号。</translation>
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
        <translation>处理中</translation>
    </message>
    <message>
        <source>Result to be confirmed</source>
        <translation>待确认结果</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Awaiting feedback</source>
        <translation>待反馈</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>状态 %1</translation>
    </message>
</context>
<context>
    <name>osm::CredentialStore</name>
    <message>
        <source>No secret is saved for this account. Enter it again in the account settings.</source>
        <translation>此账号未保存密钥。请在账号设置中重新输入。</translation>
    </message>
</context>
<context>
    <name>osm::Download</name>
    <message>
        <source>the folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
    <message>
        <source>the file could not be created (%1).</source>
        <translation>无法创建文件（%1）。</translation>
    </message>
    <message>
        <source>the file could not be written (%1).</source>
        <translation>无法写入文件（%1）。</translation>
    </message>
    <message>
        <source>the file could not be saved (%1).</source>
        <translation>无法保存文件（%1）。</translation>
    </message>
</context>
<context>
    <name>osm::Endpoint</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation>地址“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for &quot;%1&quot;.</source>
        <translation>仅允许对本机（环回地址）使用明文 http；请对“%1”使用 https。</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>地址必须以 https:// 开头。</translation>
    </message>
</context>
<context>
    <name>osm::Error</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>无法连接到服务器。请检查网络连接。</translation>
    </message>
    <message>
        <source>The server did not answer in time. The app will keep trying when it is safe to.</source>
        <translation>服务器未及时响应。在可以安全重试时，应用会继续尝试。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>与服务器的安全连接失败：%1</translation>
    </message>
    <message>
        <source>The server sent an answer the app could not read.</source>
        <translation>服务器返回了应用无法读取的响应。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not valid: %2</source>
        <extracomment>%1 is a parameter name as the API spells it, %2 says what is wrong with it</extracomment>
        <translation>“%1”的值无效：%2</translation>
    </message>
    <message>
        <source>The saved credentials could not be used: %1</source>
        <translation>无法使用已保存的凭据：%1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the account name, user name and password.</source>
        <translation>登录失败。请检查账号名、用户名和密码。</translation>
    </message>
    <message>
        <source>The server refused the credentials of this account.</source>
        <translation>服务器拒绝了此账号的凭据。</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <extracomment>%1 is the server&apos;s own error message, which may be in another language</extracomment>
        <translation>服务器报告了错误：%1</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>请求过多。应用稍后会自动重试。</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>服务器出现问题（HTTP %1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>请求失败（HTTP %1）。</translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation>（错误码 %1）</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>（请求 ID %1）</translation>
    </message>
</context>
<context>
    <name>osm::ErrorCatalog</name>
    <message>
        <source>The request was refused because a parameter is invalid.</source>
        <translation>请求被拒绝，因为有参数无效。</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>您尚未登录，或登录已过期。</translation>
    </message>
    <message>
        <source>You do not have permission for this operation.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>The case service had an internal error. Try again later.</source>
        <translation>工单服务发生内部错误。请稍后重试。</translation>
    </message>
    <message>
        <source>A parameter failed the server&apos;s validation.</source>
        <translation>有参数未通过服务器校验。</translation>
    </message>
    <message>
        <source>You do not have permission for this case.</source>
        <translation>您没有此工单的权限。</translation>
    </message>
    <message>
        <source>You have urged this case too often. Wait a while before urging it again.</source>
        <translation>您催单过于频繁。请稍等一段时间后再催单。</translation>
    </message>
    <message>
        <source>Today&apos;s attachment upload allowance is used up.</source>
        <translation>今日附件上传额度已用完。</translation>
    </message>
    <message>
        <source>The selected severity does not exist.</source>
        <translation>所选的严重性不存在。</translation>
    </message>
    <message>
        <source>A CC e-mail address is not valid.</source>
        <translation>抄送邮箱地址无效。</translation>
    </message>
    <message>
        <source>Your support plan does not allow creating this case.</source>
        <translation>您的支持计划不允许创建此工单。</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>验证失败。</translation>
    </message>
    <message>
        <source>That case action is not supported (only cancel, close, urge and delete).</source>
        <translation>不支持该工单操作（仅支持撤单、关单、催单和删除）。</translation>
    </message>
    <message>
        <source>The case does not exist, or you cannot see it.</source>
        <translation>工单不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>The bastion host (CBH) reported a failure.</source>
        <translation>云堡垒机（CBH）报告了故障。</translation>
    </message>
    <message>
        <source>This case was created only a moment ago. Wait a while before urging it.</source>
        <translation>此工单刚刚创建。请稍等一段时间后再催单。</translation>
    </message>
    <message>
        <source>A verification code was sent less than a minute ago. Wait before asking for another.</source>
        <translation>验证码发送未满一分钟。请稍后再获取新的验证码。</translation>
    </message>
    <message>
        <source>The case&apos;s current status does not allow this operation.</source>
        <translation>工单当前状态不允许此操作。</translation>
    </message>
    <message>
        <source>You are not allowed to see cases of this group.</source>
        <translation>您无权查看此用户组的工单。</translation>
    </message>
    <message>
        <source>The maximum number of verification codes has been sent.</source>
        <translation>验证码发送次数已达上限。</translation>
    </message>
    <message>
        <source>Your case quota is used up.</source>
        <translation>您的工单配额已用完。</translation>
    </message>
    <message>
        <source>You have reached today&apos;s limit of new cases.</source>
        <translation>您今日新建工单数已达上限。</translation>
    </message>
    <message>
        <source>The label does not exist.</source>
        <translation>标签不存在。</translation>
    </message>
    <message>
        <source>A label with this name already exists.</source>
        <translation>同名标签已存在。</translation>
    </message>
    <message>
        <source>You already have 30 labels, the most allowed.</source>
        <translation>您已有 30 个标签，已达上限。</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels.</source>
        <translation>每个工单最多可添加 5 个标签。</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases.</source>
        <translation>每个工单最多可有 3 个关联工单。</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>工单不能关联自身。</translation>
    </message>
    <message>
        <source>The attachment is not valid.</source>
        <translation>附件无效。</translation>
    </message>
    <message>
        <source>This authorization can only be changed while it is pending.</source>
        <translation>此授权仅在待处理时才能修改。</translation>
    </message>
    <message>
        <source>The connection to the target host timed out.</source>
        <translation>连接目标主机超时。</translation>
    </message>
    <message>
        <source>The signature was rejected. Check the access key (AK) and secret key (SK) of this account.</source>
        <translation>签名被拒绝。请检查此账号的访问密钥 ID（AK）和秘密访问密钥（SK）。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>登录已过期。请重新登录。</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>请求过多。应用稍后会自动重试。</translation>
    </message>
    <message>
        <source>The account name or password is wrong.</source>
        <translation>账号名或密码错误。</translation>
    </message>
    <message>
        <source>The case service could not complete the operation. Try again later.</source>
        <translation>工单服务无法完成此操作。请稍后重试。</translation>
    </message>
    <message>
        <source>This authorization operation is not supported.</source>
        <translation>不支持此授权操作。</translation>
    </message>
    <message>
        <source>The operation is not allowed.</source>
        <translation>不允许执行此操作。</translation>
    </message>
    <message>
        <source>The source id does not exist.</source>
        <translation>来源 ID 不存在。</translation>
    </message>
    <message>
        <source>The selected problem type does not exist.</source>
        <translation>所选的问题类型不存在。</translation>
    </message>
    <message>
        <source>The type is not valid.</source>
        <translation>类型无效。</translation>
    </message>
    <message>
        <source>The authorization item does not exist.</source>
        <translation>授权项不存在。</translation>
    </message>
    <message>
        <source>The selected region does not exist.</source>
        <translation>所选的区域不存在。</translation>
    </message>
</context>
<context>
    <name>osm::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available (%1). Secrets entered now are kept in memory only and will be forgotten when the app quits.</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>没有可用的钥匙串（%1）。现在输入的密钥仅保存在内存中，应用退出后即会丢失。</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>钥匙串拒绝了操作：%1</translation>
    </message>
    <message>
        <source>The keychain entry of this account is not in a format the app understands. Enter the secret again.</source>
        <translation>此账号的钥匙串条目格式无法识别。请重新输入密钥。</translation>
    </message>
</context>
<context>
    <name>osm::MultipartBody</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>osm::Site</name>
    <message>
        <source>Huawei Cloud (myhuaweicloud.com)</source>
        <extracomment>The endpoint listed in the OSM API reference (region cn-south-1)</extracomment>
        <translation>华为云（myhuaweicloud.com）</translation>
    </message>
    <message>
        <source>Huawei Cloud SDK endpoint (myhuaweicloud.cn)</source>
        <extracomment>The endpoint the official Huawei Cloud SDK uses for the same region</extracomment>
        <translation>华为云 SDK 终端节点（myhuaweicloud.cn）</translation>
    </message>
</context>
<context>
    <name>osm::TokenAuthenticator</name>
    <message>
        <source>IAM answered without a token.</source>
        <translation>IAM 的响应中没有令牌。</translation>
    </message>
</context>
<context>
    <name>osm::api::AccessoryLimitCheck</name>
    <message numerus="yes">
        <source>at most %n file(s) may be attached to one case or message.</source>
        <translation>
            <numerusform>每个工单或留言最多可添加 %n 个附件。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”是空文件。</translation>
    </message>
    <message>
        <source>“%1” is not a type of file that may be attached (allowed: %2).</source>
        <extracomment>%1 is a file name, %2 the list of allowed extensions</extracomment>
        <translation>“%1”的文件类型不允许作为附件（允许的类型：%2）。</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; an attachment may be at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its size in MB, %3 the largest size allowed in MB</extracomment>
        <translation>“%1”大小为 %2 MB；单个附件最大为 %3 MB。</translation>
    </message>
    <message>
        <source>“%1” could not be read as a ZIP archive.</source>
        <translation>无法将“%1”作为 ZIP 压缩包读取。</translation>
    </message>
    <message>
        <source>“%1” unpacks to %2 MB; an archive may unpack to at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its unpacked size in MB, %3 the largest unpacked size allowed in MB</extracomment>
        <translation>“%1”解压后为 %2 MB；压缩包解压后最大为 %3 MB。</translation>
    </message>
</context>
<context>
    <name>osm::api::Attachments</name>
    <message>
        <source>it must be “incident” (for a new case) or “message” (for a message).</source>
        <translation>必须是“incident”（新建工单时）或“message”（留言时）。</translation>
    </message>
    <message>
        <source>the file “%1” cannot be read.</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <source>an id may not contain a comma.</source>
        <translation>ID 不能包含逗号。</translation>
    </message>
</context>
<context>
    <name>osm::api::CaseWrites</name>
    <message>
        <source>its keys must be contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>键名只能是 contactType、remindCCEmail、remindEncryptCCEmail 或 isReceiveMsgRemind。</translation>
    </message>
    <message>
        <source>it must be IncidentService or IntelligentCustomerService.</source>
        <translation>必须是 IncidentService 或 IntelligentCustomerService。</translation>
    </message>
    <message>
        <source>it must be 0, 1 or 2.</source>
        <translation>必须是 0、1 或 2。</translation>
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
        <translation>必须是以下值之一：%1。</translation>
    </message>
</context>
<context>
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>必须是 #RRGGBB 格式的颜色，例如 #1E88E5。</translation>
    </message>
</context>
<context>
    <name>osm::api::Privileges</name>
    <message>
        <source>it must be one of export, createCase or assumeCaseAll.</source>
        <translation>必须是 export、createCase 或 assumeCaseAll 之一。</translation>
    </message>
</context>
<context>
    <name>osm::api::Relations</name>
    <message>
        <source>a case cannot be related to itself.</source>
        <translation>工单不能关联自身。</translation>
    </message>
</context>
<context>
    <name>osm::api::Validator</name>
    <message>
        <source>a value is required.</source>
        <translation>必须填写值。</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n character(s) long.</source>
        <translation>
            <numerusform>长度不能超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <translation>必须介于 %1 和 %2 之间。</translation>
    </message>
    <message>
        <source>it must be one of %1.</source>
        <translation>必须是以下值之一：%1。</translation>
    </message>
    <message numerus="yes">
        <source>at most %n value(s) may be given.</source>
        <translation>
            <numerusform>最多只能提供 %n 个值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n value(s) must be given.</source>
        <translation>
            <numerusform>至少需要提供 %n 个值。</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be a date and time written as yyyy-MM-dd HH:mm:ss.</source>
        <translation>必须是 yyyy-MM-dd HH:mm:ss 格式的日期和时间。</translation>
    </message>
</context>
<context>
    <name>osm::api::VerifyCodes</name>
    <message>
        <source>it must be exactly 6 characters long.</source>
        <translation>长度必须正好为 6 个字符。</translation>
    </message>
</context>
<context>
    <name>osm::app::DesktopSession</name>
    <message>
        <source>The built-in simulator could not start.</source>
        <translation>内置模拟器无法启动。</translation>
    </message>
    <message>
        <source>No account is set up yet. Start OSM Desk with --demo to try it with the built-in simulator.</source>
        <translation>尚未设置任何账号。使用 --demo 启动 OSM Desk，即可通过内置模拟器试用。</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>不存在账号配置“%1”。</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>Welcome to OSM Desk. Set up the Huawei Cloud account whose support cases you want to work with. (To try OSM Desk without an account, start it with --demo.)</source>
        <translation>欢迎使用 OSM Desk。请设置您要处理其支持工单的华为云账号。（如需在没有账号的情况下试用 OSM Desk，请使用 --demo 启动。）</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>无法保存账号。</translation>
    </message>
    <message>
        <source>You have signed out and the stored secret was forgotten. Enter it again to sign in.</source>
        <translation>您已退出登录，已保存的密钥已清除。请重新输入密钥以登录。</translation>
    </message>
</context>
<context>
    <name>osm::app::LaunchRequest</name>
    <message>
        <source>Expected at most one case, as a case id or as a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>最多只能指定一个工单，可以是工单号，也可以是 osmdesk://case/&lt;工单号&gt; 形式的链接。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AgenciesCommands</name>
    <message>
        <source>The account&apos;s IAM agencies (delegations).</source>
        <translation>账号的 IAM 委托。</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM agencies (5.11.1).</source>
        <translation>列出账号的 IAM 委托（5.11.1）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false：保留问题描述和留言中的富文本标记（默认 true：纯文本）。</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs.</source>
        <translation>支持工单：列表、详情、计数、状态、操作日志。</translation>
    </message>
    <message>
        <source>List cases, with every filter of the API (5.11.9).</source>
        <translation>列出工单，支持 API 的全部筛选条件（5.11.9）。</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters); at most 3.</source>
        <translation>问题描述中的关键字（最多 64 个字符）；最多 3 个。</translation>
    </message>
    <message>
        <source>A label id; at most 5.</source>
        <translation>标签 ID；最多 5 个。</translation>
    </message>
    <message>
        <source>Matches the case id or the description (at most 64 characters).</source>
        <translation>匹配工单号或问题描述（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>工单号（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>Created at or after this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>创建时间不早于此时间，格式为 yyyy-MM-dd HH:mm:ss。</translation>
    </message>
    <message>
        <source>Created at or before this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>创建时间不晚于此时间，格式为 yyyy-MM-dd HH:mm:ss。</translation>
    </message>
    <message>
        <source>The status: 0, 1, 2, 3, 4, 12 or 17.</source>
        <translation>状态：0、1、2、3、4、12 或 17。</translation>
    </message>
    <message>
        <source>A list of statuses, sent as given.</source>
        <translation>状态列表，按原样发送。</translation>
    </message>
    <message>
        <source>The cases of this sub-user id (at most 64 characters).</source>
        <translation>指定子用户 ID 的工单（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The cases of this sub-user name (at most 64 characters).</source>
        <translation>指定子用户名称的工单（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>IAM 用户组，用于查看组内其他成员的工单（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Skip this many cases (0-65535, default 0).</source>
        <translation>跳过的工单数（0-65535，默认 0）。</translation>
    </message>
    <message>
        <source>At most this many cases (0-100, default 10).</source>
        <translation>最多返回的工单数（0-100，默认 10）。</translation>
    </message>
    <message>
        <source>The product category id (at most 64 characters).</source>
        <translation>产品类型 ID（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The problem type id (at most 32 characters).</source>
        <translation>问题类型 ID（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>工单子类型 ID（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>The root cause (at most 32 characters).</source>
        <translation>问题归属（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>The service type of the case.</source>
        <translation>工单的服务类型。</translation>
    </message>
    <message>
        <source>Show one case with all its details (5.11.4).</source>
        <translation>显示单个工单的完整详情（5.11.4）。</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>工单号（1-32 个字符）。</translation>
    </message>
    <message>
        <source>The IAM group, for a case of another member (at most 64 characters).</source>
        <translation>IAM 用户组，用于查看组内其他成员的工单（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Count the cases by status (5.11.3).</source>
        <translation>按状态统计工单数量（5.11.3）。</translation>
    </message>
    <message>
        <source>Only this status: 0-4 or 13.</source>
        <translation>仅统计此状态：0-4 或 13。</translation>
    </message>
    <message>
        <source>Show the status of a case (5.11.7).</source>
        <translation>显示工单的状态（5.11.7）。</translation>
    </message>
    <message>
        <source>List what was done on a case (5.11.5).</source>
        <translation>列出工单的操作日志（5.11.5）。</translation>
    </message>
    <message>
        <source>Skip this many entries (0-65535).</source>
        <translation>跳过的条目数（0-65535）。</translation>
    </message>
    <message>
        <source>At most this many entries (1-100).</source>
        <translation>最多返回的条目数（1-100）。</translation>
    </message>
    <message>
        <source>Show the CC e-mails used most recently (5.11.6).</source>
        <translation>显示最近使用的抄送邮箱（5.11.6）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Cli</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Use this account profile of OSM Desk (its name or id); by default the active one.</source>
        <translation>使用 OSM Desk 的此账号配置（名称或 ID）；默认使用当前账号配置。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Send to this OSM endpoint, with the credentials from the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID, looked up when missing, and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>将请求发送到此 OSM 终端节点，并使用环境变量中的凭据：OSM_AK 和 OSM_SK（可选 OSM_DOMAIN_ID，未设置时自动查询；以及 OSM_SECURITY_TOKEN），或 OSM_IAM_DOMAIN、OSM_IAM_USER 和 OSM_PASSWORD。</translation>
    </message>
    <message>
        <source>The IAM endpoint that goes with --endpoint; by default its site&apos;s, or --endpoint itself.</source>
        <translation>与 --endpoint 配合使用的 IAM 终端节点；默认使用其所属站点的 IAM 地址，否则使用 --endpoint 本身。</translation>
    </message>
    <message>
        <source>Print the result as JSON, with the API&apos;s field names.</source>
        <translation>以 JSON 格式输出结果，使用 API 的字段名。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de) instead of LANGUAGE or LANG.</source>
        <translation>使用语言 &lt;代码&gt;（例如 zh_CN、ja、de），而不是 LANGUAGE 或 LANG 指定的语言。</translation>
    </message>
    <message>
        <source>Log each request on stderr (method, path, status, request id; never credentials).</source>
        <translation>在 stderr 上记录每个请求（方法、路径、状态码、请求 ID；绝不记录凭据）。</translation>
    </message>
    <message>
        <source>Show the help of osmctl, of a group or of a command.</source>
        <translation>显示 osmctl、命令组或命令的帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2 %3&quot;.</source>
        <translation>未知选项 --%1（命令“%2 %3”）。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>选项 --%1 不接受值。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>The option --%1 may be given only once.</source>
        <translation>选项 --%1 只能指定一次。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown command group &quot;%1&quot;.</source>
        <translation>未知命令组“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no command &quot;%2&quot;.</source>
        <translation>“%1”中没有命令“%2”。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: values are given with options.</source>
        <translation>意外的参数“%1”：值需要通过选项指定。</translation>
    </message>
    <message>
        <source>Choose a command of &quot;%1&quot;.</source>
        <translation>请选择“%1”中的一个命令。</translation>
    </message>
    <message>
        <source>%1 (option --%2)</source>
        <extracomment>%1 is a sentence saying what is wrong, %2 an option such as --limit</extracomment>
        <translation>%1（选项 --%2）</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 %2 --help&quot; for its options.</source>
        <translation>运行“osmctl %1 %2 --help”查看其选项。</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 --help&quot; for its commands.</source>
        <translation>运行“osmctl %1 --help”查看其命令。</translation>
    </message>
    <message>
        <source>Run &quot;osmctl --help&quot; for the command groups.</source>
        <translation>运行“osmctl --help”查看命令组。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Repeat the option for several values.</source>
        <translation>可重复此选项以指定多个值。</translation>
    </message>
    <message>
        <source>Usage: osmctl [global options] &lt;group&gt; &lt;command&gt; [options]</source>
        <translation>用法：osmctl [全局选项] &lt;命令组&gt; &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Work with Huawei Cloud support cases through the OSM API, with the accounts of OSM Desk.</source>
        <translation>使用 OSM Desk 的账号，通过 OSM API 处理华为云支持工单。</translation>
    </message>
    <message>
        <source>Command groups:</source>
        <translation>命令组：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, invalid value, refused before sending</source>
        <translation>用法错误：未知的命令或选项、无效的值，或在发送前被拒绝</translation>
    </message>
    <message>
        <source>the API answered with an error (its error_code and request id are printed)</source>
        <translation>API 返回了错误（会输出其 error_code 和请求 ID）</translation>
    </message>
    <message>
        <source>network, TLS or timeout: no answer</source>
        <translation>网络、TLS 或超时：未收到响应</translation>
    </message>
    <message>
        <source>authentication: credentials missing or rejected</source>
        <translation>认证：缺少凭据或凭据被拒绝</translation>
    </message>
    <message>
        <source>Run &quot;osmctl &lt;group&gt; --help&quot; for a group&apos;s commands.</source>
        <translation>运行“osmctl &lt;命令组&gt; --help”查看命令组中的命令。</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 &lt;command&gt; [options]</source>
        <translation>用法：osmctl %1 &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>运行“osmctl %1 &lt;命令&gt; --help”查看命令的选项。</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 %2 [options]</source>
        <translation>用法：osmctl %1 %2 [选项]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>未知语言“%1”；可用语言：%2。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::ConfigCommands</name>
    <message>
        <source>What a new case is built from: categories, problem types, templates, severities, regions, limits.</source>
        <translation>新建工单所需的基础配置：类目、问题类型、模板、严重性、区域、限制。</translation>
    </message>
    <message>
        <source>List the telephone country codes (5.8.1).</source>
        <translation>列出电话国家码（5.8.1）。</translation>
    </message>
    <message>
        <source>List the problem types (5.8.2).</source>
        <translation>列出问题类型（5.8.2）。</translation>
    </message>
    <message>
        <source>Only those of this product category (1-64 characters).</source>
        <translation>仅列出此产品类型的问题类型（1-64 个字符）。</translation>
    </message>
    <message>
        <source>Only those of this case sub-type (at most 32 characters).</source>
        <translation>仅列出此工单子类型的问题类型（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>List the additional parameters a problem type asks for (5.8.3).</source>
        <translation>列出问题类型所需的附加参数（5.8.3）。</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>问题类型 ID（1-32 个字符）。</translation>
    </message>
    <message>
        <source>The case sub-type id (1-32 characters).</source>
        <translation>工单子类型 ID（1-32 个字符）。</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>产品类型 ID（1-64 个字符）。</translation>
    </message>
    <message>
        <source>List the description templates of a problem type (5.8.4).</source>
        <translation>列出问题类型的问题描述模板（5.8.4）。</translation>
    </message>
    <message>
        <source>List the case categories and sub-types (5.8.5).</source>
        <translation>列出工单类目及子类型（5.8.5）。</translation>
    </message>
    <message>
        <source>List the product categories (5.8.6).</source>
        <translation>列出产品类型（5.8.6）。</translation>
    </message>
    <message>
        <source>Only categories with this name (at most 64 characters).</source>
        <translation>仅列出具有此名称的产品类型（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>true: the exact name; false: names containing it (the server&apos;s default).</source>
        <translation>true：名称完全匹配；false：名称包含该值（服务器默认）。</translation>
    </message>
    <message>
        <source>Only categories with this acronym (at most 64 characters).</source>
        <translation>仅列出具有此简称的产品类型（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>List the regions (5.8.7).</source>
        <translation>列出区域（5.8.7）。</translation>
    </message>
    <message>
        <source>List the satisfaction scales of the case rating (5.8.8).</source>
        <translation>列出工单评价的满意度分类（5.8.8）。</translation>
    </message>
    <message>
        <source>List the severities of a product category and problem type (5.8.9).</source>
        <translation>列出某产品类型和问题类型的严重性（5.8.9）。</translation>
    </message>
    <message>
        <source>Show the account&apos;s case limits (5.8.10).</source>
        <translation>显示账号的工单限制（5.8.10）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Connection</name>
    <message>
        <source>--endpoint needs credentials in the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>--endpoint 需要在环境变量中提供凭据：OSM_AK 和 OSM_SK（可选 OSM_DOMAIN_ID 和 OSM_SECURITY_TOKEN），或 OSM_IAM_DOMAIN、OSM_IAM_USER 和 OSM_PASSWORD。</translation>
    </message>
    <message>
        <source>No account profile is set up. Add one in OSM Desk, or use --endpoint with credentials in the environment (see --help).</source>
        <translation>尚未设置任何账号配置。请在 OSM Desk 中添加，或使用 --endpoint 并在环境变量中提供凭据（参见 --help）。</translation>
    </message>
    <message>
        <source>Several account profiles are called &quot;%1&quot;; give the profile&apos;s id instead.</source>
        <translation>有多个账号配置名为“%1”；请改用配置的 ID。</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>不存在账号配置“%1”。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CustomersCommands</name>
    <message>
        <source>The account&apos;s IAM users (sub-customers), contacts anonymised.</source>
        <translation>账号的 IAM 用户（子用户），联系方式已脱敏。</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM users (5.11.10).</source>
        <translation>列出账号的 IAM 用户（5.11.10）。</translation>
    </message>
    <message>
        <source>Only users with this name (at most 64 characters).</source>
        <translation>仅列出具有此名称的用户（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Only the user with this id (at most 64 characters).</source>
        <translation>仅列出此 ID 的用户（最多 64 个字符）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::LabelsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>工单号（1-32 个字符）。</translation>
    </message>
    <message>
        <source>A label id (0 or more); 1-5 labels.</source>
        <translation>标签 ID（不小于 0）；1-5 个标签。</translation>
    </message>
    <message>
        <source>The account&apos;s case labels (at most 30) and the labels of a case (at most 5).</source>
        <translation>账号的工单标签（最多 30 个）以及单个工单的标签（最多 5 个）。</translation>
    </message>
    <message>
        <source>List the account&apos;s labels (5.9.2).</source>
        <translation>列出账号的标签（5.9.2）。</translation>
    </message>
    <message>
        <source>Skip this many labels (0-2147483647, default 0).</source>
        <translation>跳过的标签数（0-2147483647，默认 0）。</translation>
    </message>
    <message>
        <source>At most this many labels (0-100, default 10).</source>
        <translation>最多返回的标签数（0-100，默认 10）。</translation>
    </message>
    <message>
        <source>Labels whose name contains this (at most 64 characters).</source>
        <translation>名称包含此文本的标签（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Only the label with this id (0-2147483647).</source>
        <translation>仅列出此 ID 的标签（0-2147483647）。</translation>
    </message>
    <message>
        <source>Create a label (5.9.1).</source>
        <translation>创建标签（5.9.1）。</translation>
    </message>
    <message>
        <source>The label&apos;s name (1-64 characters, unique).</source>
        <translation>标签名称（1-64 个字符，不可重复）。</translation>
    </message>
    <message>
        <source>The label&apos;s colour, #RRGGBB.</source>
        <translation>标签颜色，格式为 #RRGGBB。</translation>
    </message>
    <message>
        <source>The label was created.</source>
        <translation>标签已创建。</translation>
    </message>
    <message>
        <source>Rename or recolour a label (5.9.4).</source>
        <translation>修改标签的名称或颜色（5.9.4）。</translation>
    </message>
    <message>
        <source>The label&apos;s id.</source>
        <translation>标签 ID。</translation>
    </message>
    <message>
        <source>The new name (1-64 characters).</source>
        <translation>新名称（1-64 个字符）。</translation>
    </message>
    <message>
        <source>The new colour, #RRGGBB.</source>
        <translation>新颜色，格式为 #RRGGBB。</translation>
    </message>
    <message>
        <source>The label was updated.</source>
        <translation>标签已更新。</translation>
    </message>
    <message>
        <source>Delete a label; it is removed from every case (5.9.3).</source>
        <translation>删除标签；该标签将从所有工单中移除（5.9.3）。</translation>
    </message>
    <message>
        <source>The label was deleted.</source>
        <translation>标签已删除。</translation>
    </message>
    <message>
        <source>List the labels of a case (5.9.5).</source>
        <translation>列出工单的标签（5.9.5）。</translation>
    </message>
    <message>
        <source>Add labels to a case (5.9.6).</source>
        <translation>为工单添加标签（5.9.6）。</translation>
    </message>
    <message>
        <source>The labels were added to the case.</source>
        <translation>已为工单添加标签。</translation>
    </message>
    <message>
        <source>Remove labels from a case (5.9.7).</source>
        <translation>从工单移除标签（5.9.7）。</translation>
    </message>
    <message>
        <source>The labels were removed from the case.</source>
        <translation>已从工单移除标签。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::MessagesCommands</name>
    <message>
        <source>false: keep the rich-text markup of the messages (default true: plain text).</source>
        <translation>false：保留留言中的富文本标记（默认 true：纯文本）。</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>IAM 用户组，用于查看组内其他成员的工单（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>A case id; 1-100 cases.</source>
        <translation>工单号；1-100 个工单。</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>工单号（1-32 个字符）。</translation>
    </message>
    <message>
        <source>The messages of cases: list, send, withdraw, mark read, unread counts, instant-message poll.</source>
        <translation>工单留言：查询、发送、撤回、标记已读、未读数、轮询即时消息。</translation>
    </message>
    <message>
        <source>List the messages of a case (5.10.5).</source>
        <translation>列出工单的留言（5.10.5）。</translation>
    </message>
    <message>
        <source>Skip this many messages (0-65535).</source>
        <translation>跳过的留言数（0-65535）。</translation>
    </message>
    <message>
        <source>At most this many messages (0-100).</source>
        <translation>最多返回的留言数（0-100）。</translation>
    </message>
    <message>
        <source>Count the unread messages of cases (5.10.2).</source>
        <translation>统计工单的未读留言数（5.10.2）。</translation>
    </message>
    <message>
        <source>New messages and status changes of cases since a cursor (5.10.7).</source>
        <translation>获取自某游标以来工单的新留言和状态变化（5.10.7）。</translation>
    </message>
    <message>
        <source>The cursor the previous poll returned (last_message_time_id).</source>
        <translation>上次轮询返回的游标（last_message_time_id）。</translation>
    </message>
    <message>
        <source>List the messages before the oldest one loaded so far (5.10.6).</source>
        <translation>列出比已加载的最早留言更早的留言（5.10.6）。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>The create_time of the oldest message loaded: epoch milliseconds or an ISO 8601 time.</source>
        <translation>已加载的最早留言的 create_time：Unix 纪元毫秒数或 ISO 8601 时间。</translation>
    </message>
    <message>
        <source>--create-time expects epoch milliseconds or an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>--create-time 需要 Unix 纪元毫秒数或 ISO 8601 时间，而不是“%1”。</translation>
    </message>
    <message>
        <source>The type of that message: 0 customer, 1 customer service (default 0).</source>
        <translation>该留言的类型：0 客户，1 客服（默认 0）。</translation>
    </message>
    <message>
        <source>At most this many messages (1-100, default 10).</source>
        <translation>最多返回的留言数（1-100，默认 10）。</translation>
    </message>
    <message>
        <source>Send a message on a case (5.10.3).</source>
        <translation>在工单中发送留言（5.10.3）。</translation>
    </message>
    <message>
        <source>The message (at most 10000 characters).</source>
        <translation>留言内容（最多 10000 个字符）。</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); at most 10.</source>
        <translation>已上传附件的 ID（1-32 个字符）；最多 10 个。</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>留言已发送。</translation>
    </message>
    <message>
        <source>Withdraw a message you sent (5.10.4).</source>
        <translation>撤回您发送的留言（5.10.4）。</translation>
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
        <translation>将工单的留言标记为已读（5.10.1）。</translation>
    </message>
    <message>
        <source>The messages were marked read.</source>
        <translation>留言已标记为已读。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::OptionValue</name>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name such as --offset, %2 the value given</extracomment>
        <translation>--%1 需要整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 expects true or false, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name, %2 the value given; &quot;true&quot; and &quot;false&quot; are typed as they are</extracomment>
        <translation>--%1 需要 true 或 false，而不是“%2”。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>必须指定选项 --%1。</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>the value of an option in the help: --group-id &lt;text&gt;</extracomment>
        <translation>文本</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>the value of an option in the help: --offset &lt;number&gt;</extracomment>
        <translation>数字</translation>
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
        <translation>伙伴：是否有权处理工单，以及伙伴的服务时间。</translation>
    </message>
    <message>
        <source>Show whether the caller, as a partner, may process cases (5.11.2).</source>
        <translation>显示调用方作为伙伴是否有权处理工单（5.11.2）。</translation>
    </message>
    <message>
        <source>Show the service hours of the partner of a product or case (5.11.8).</source>
        <translation>显示产品或工单所属伙伴的服务时间（5.11.8）。</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>工单子类型 ID（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>The ISV product id (at most 64 characters).</source>
        <translation>ISV 产品 ID（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>工单号（最多 32 个字符）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::QuotasCommands</name>
    <message>
        <source>How many cases of a problem type may still be created.</source>
        <translation>某问题类型下还可以创建多少个工单。</translation>
    </message>
    <message>
        <source>Show the case quota of a product category and problem type (5.7.1).</source>
        <translation>显示某产品类型和问题类型的工单配额（5.7.1）。</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>产品类型 ID（1-64 个字符）。</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>问题类型 ID（1-32 个字符）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::RelationsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>工单号（1-32 个字符）。</translation>
    </message>
    <message>
        <source>The IAM group id (1-64 characters).</source>
        <translation>IAM 用户组 ID（1-64 个字符）。</translation>
    </message>
    <message>
        <source>Related cases: a case is related to at most 3 others.</source>
        <translation>关联工单：每个工单最多关联 3 个其他工单。</translation>
    </message>
    <message>
        <source>List the cases related to a case (5.12.3).</source>
        <translation>列出某工单的关联工单（5.12.3）。</translation>
    </message>
    <message>
        <source>Relate cases to a case (5.12.1).</source>
        <translation>为工单关联其他工单（5.12.1）。</translation>
    </message>
    <message>
        <source>A case to relate (1-64 characters, not --case-id); 1-3 cases.</source>
        <translation>要关联的工单（1-64 个字符，不能是 --case-id 本身）；1-3 个工单。</translation>
    </message>
    <message>
        <source>The cases were related.</source>
        <translation>已关联工单。</translation>
    </message>
    <message>
        <source>Remove the relation between two cases (5.12.2).</source>
        <translation>解除两个工单之间的关联（5.12.2）。</translation>
    </message>
    <message>
        <source>The related case (1-64 characters, not --case-id).</source>
        <translation>关联工单（1-64 个字符，不能是 --case-id 本身）。</translation>
    </message>
    <message>
        <source>The relation was removed.</source>
        <translation>已解除关联。</translation>
    </message>
</context>
<context>
    <name>osm::ui::AboutDialog</name>
    <message>
        <source>OSM Desk %1
Qt %2 (built with %3)
QtKeychain %4</source>
        <translation>OSM Desk %1
Qt %2（构建时使用 %3）
QtKeychain %4</translation>
    </message>
    <message>
        <source>About OSM Desk</source>
        <translation>关于 OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>A desktop client for Huawei Cloud support cases through the OSM API.

OSM Desk is free software under the MIT licence. It uses Qt, under the GNU LGPL version 3, and QtKeychain, under the BSD 3-clause licence; the licence texts are installed with those libraries (on Debian in /usr/share/doc/&lt;package&gt;/copyright).</source>
        <translation>通过 OSM API 处理华为云支持工单的桌面客户端。

OSM Desk 是基于 MIT 许可证发布的自由软件。它使用了 Qt（遵循 GNU LGPL 第 3 版）和 QtKeychain（遵循 BSD 3-Clause 许可证）；许可证文本随这些库一同安装（在 Debian 上位于 /usr/share/doc/&lt;package&gt;/copyright）。</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>应用名称</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilter</name>
    <message>
        <source>created %1 to %2</source>
        <translation>创建时间 %1 至 %2</translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>创建时间自 %1 起</translation>
    </message>
    <message>
        <source>created until %1</source>
        <translation>创建时间截至 %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>submitter: %1</source>
        <translation>提单人：%1</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>case ID: %1</source>
        <translation>工单号：%1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>问题描述：%1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilterBar</name>
    <message>
        <source>Created &amp;from</source>
        <translation>创建时间从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>至(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除筛选条件(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Case filters</source>
        <translation>工单筛选</translation>
    </message>
    <message>
        <source>Keywords in description</source>
        <translation>问题描述关键字</translation>
    </message>
    <message>
        <source>Search descriptions (up to three words)</source>
        <translation>搜索问题描述（最多三个关键字）</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Submitter ID</source>
        <translation>提单人 ID</translation>
    </message>
    <message>
        <source>Sub-user ID</source>
        <translation>子用户 ID</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>标签筛选</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>创建时间起始</translation>
    </message>
    <message>
        <source>Created from date</source>
        <translation>创建起始日期</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>创建时间截止</translation>
    </message>
    <message>
        <source>Created until date</source>
        <translation>创建截止日期</translation>
    </message>
    <message>
        <source>Show every case again (%1)</source>
        <translation>重新显示所有工单（%1）</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>当前筛选条件</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>The selected view already lists one status.</source>
        <translation>所选视图已限定为单一状态。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n words of up to 64 characters each.</source>
        <translation>
            <numerusform>最多 %n 个关键字，每个不超过 64 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>未筛选</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>筛选条件：%1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseListModel</name>
    <message>
        <source>Case ID</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>提单人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseViewsModel</name>
    <message>
        <source>My cases</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <source>Group cases</source>
        <translation>同组工单</translation>
    </message>
    <message>
        <source>%1: choose the IAM group whose cases to list</source>
        <translation>%1：请选择要列出其工单的 IAM 用户组</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1，%n 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1，%n 条未读留言</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseWindow</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Thread status</source>
        <translation>留言状态</translation>
    </message>
    <message>
        <source>Reload messages</source>
        <translation>重新加载留言</translation>
    </message>
    <message>
        <source>Messages and reply</source>
        <translation>留言与回复</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>正在加载留言…</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>无法加载留言：%1</translation>
    </message>
    <message>
        <source>New messages cannot be checked right now. %1</source>
        <translation>暂时无法检查新留言。%1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>The message could not be withdrawn: %1</source>
        <translation>无法撤回留言：%1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ComposeBox</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move File</source>
        <translation>移除文件(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Compose message</source>
        <translation>撰写留言</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>发送错误</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>留言内容</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send.</source>
        <translation>按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>输入回复…（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>已添加的附件</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Remove the selected attached file</source>
        <translation>移除所选附件</translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation>剩余字符数</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送留言</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A staged attachment: file name and size, e.g. &quot;log.zip (1.2 MB)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>留言未发送：%1</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>添加附件</translation>
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
        <translation>工单</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>正在加载工单…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>账号(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit this account&apos;s name, endpoint and credentials</source>
        <translation>编辑此账号的名称、终端节点和凭据</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Forget this account&apos;s stored secret and sign in again</source>
        <translation>清除此账号已保存的密钥并重新登录</translation>
    </message>
    <message>
        <source>Read the case list and the counts again (%1)</source>
        <translation>重新读取工单列表和计数（%1）</translation>
    </message>
    <message>
        <source>Group Cases</source>
        <translation>同组工单</translation>
    </message>
    <message>
        <source>ID of the IAM group whose cases to list:</source>
        <translation>要列出其工单的 IAM 用户组 ID：</translation>
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
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Automated answer</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>请求补充信息</translation>
    </message>
    <message>
        <source>Authorization requested</source>
        <translation>请求授权</translation>
    </message>
    <message>
        <source>Open authorization</source>
        <translation>查看授权</translation>
    </message>
    <message>
        <source>Provide parameters</source>
        <translation>填写附加参数</translation>
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
        <translation>技术支持：%1，%2：%3</translation>
    </message>
    <message>
        <source>Customer: %1, %2: %3</source>
        <translation>客户：%1，%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n 个附件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending.</source>
        <translation>正在发送。</translation>
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
        <translation>此工单的沟通记录，按时间从早到晚排列。</translation>
    </message>
    <message>
        <source>Withdraw Message</source>
        <translation>撤回留言</translation>
    </message>
    <message>
        <source>Withdraw this message? Support will no longer see its text.</source>
        <translation>要撤回此留言吗？技术支持人员将无法再看到其内容。</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>留言操作</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>复制文本(&amp;C)</translation>
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
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>钥匙串警告</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <source>e.g. Production account</source>
        <extracomment>Placeholder of the account name field</extracomment>
        <translation>例如：生产账号</translation>
    </message>
    <message>
        <source>Account name problem</source>
        <translation>账号名称问题</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Custom endpoint…</source>
        <translation>自定义终端节点…</translation>
    </message>
    <message>
        <source>Site addresses</source>
        <translation>站点地址</translation>
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
        <translation>OSM URL 问题</translation>
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
        <translation>IAM URL 问题</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>登录方式(&amp;W)：</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM 用户和密码</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>登录信息</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>访问密钥 ID（AK）(&amp;A)：</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>Access key problem</source>
        <translation>访问密钥 ID 问题</translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation>秘密访问密钥（SK）(&amp;E)：</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>Secret key problem</source>
        <translation>秘密访问密钥问题</translation>
    </message>
    <message>
        <source>&amp;Domain ID:</source>
        <translation>账号 ID(&amp;D)：</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Looked up automatically when empty</source>
        <translation>留空时自动查询</translation>
    </message>
    <message>
        <source>&amp;Temporary key (with a security token)</source>
        <translation>临时访问密钥（带安全令牌）(&amp;T)</translation>
    </message>
    <message>
        <source>Temporary key</source>
        <translation>临时访问密钥</translation>
    </message>
    <message>
        <source>Security to&amp;ken:</source>
        <translation>安全令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>Security token problem</source>
        <translation>安全令牌问题</translation>
    </message>
    <message>
        <source>A&amp;ccount name:</source>
        <extracomment>The Huawei Cloud account that the IAM user belongs to</extracomment>
        <translation>账号名(&amp;C)：</translation>
    </message>
    <message>
        <source>Account (domain) name</source>
        <translation>账号名（domain）</translation>
    </message>
    <message>
        <source>The Huawei Cloud account (domain) that the IAM user belongs to</source>
        <translation>IAM 用户所属的华为云账号（domain）</translation>
    </message>
    <message>
        <source>IAM &amp;user name:</source>
        <translation>IAM 用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>IAM 用户名</translation>
    </message>
    <message>
        <source>IAM user name problem</source>
        <translation>IAM 用户名问题</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>密码问题</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>项目 ID(&amp;J)：</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Optional; the account is the scope when empty</source>
        <translation>可选；留空时以账号为作用范围</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Secret</source>
        <translation>清除已保存的密钥(&amp;F)</translation>
    </message>
    <message>
        <source>Forget stored secret</source>
        <translation>清除已保存的密钥</translation>
    </message>
    <message>
        <source>Remove this account&apos;s secret from the keychain; you will have to enter it again</source>
        <translation>从钥匙串中删除此账号的密钥；之后需要重新输入</translation>
    </message>
    <message>
        <source>OSM %1 · IAM %2</source>
        <extracomment>%1 and %2 are the OSM and IAM addresses of the chosen site</extracomment>
        <translation>OSM %1 · IAM %2</translation>
    </message>
    <message>
        <source>No secret is stored; enter it</source>
        <translation>未保存密钥；请输入</translation>
    </message>
    <message>
        <source>Unchanged; type to replace</source>
        <translation>未更改；输入内容即可替换</translation>
    </message>
    <message>
        <source>Enter a name for this account.</source>
        <translation>请输入此账号的名称。</translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;.</source>
        <extracomment>%1 is an account name</extracomment>
        <translation>已有其他账号名为“%1”。</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>请输入地址。</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>请输入访问密钥 ID（AK）。</translation>
    </message>
    <message>
        <source>An access key has no spaces.</source>
        <translation>访问密钥 ID 不能包含空格。</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>请输入秘密访问密钥（SK）。</translation>
    </message>
    <message>
        <source>A temporary key needs its security token.</source>
        <translation>临时访问密钥需要配合安全令牌使用。</translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation>请输入账号名（domain）。</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>请输入 IAM 用户名。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>正在将密钥保存到钥匙串…</translation>
    </message>
    <message>
        <source>The secret will be forgotten when OSM Desk quits: it could not be stored in the keychain, so it is kept in memory for this session only. You will have to enter it again next time.
%1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>OSM Desk 退出后将丢失此密钥：它无法保存到钥匙串中，因此仅在本次会话的内存中保留。下次需要重新输入。
%1</translation>
    </message>
    <message>
        <source>The secret could not be saved, so the account was not saved either. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>无法保存密钥，因此账号也未保存。%1</translation>
    </message>
    <message>
        <source>Removing the secret from the keychain…</source>
        <translation>正在从钥匙串中删除密钥…</translation>
    </message>
    <message>
        <source>The secret could not be removed. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>无法删除密钥。%1</translation>
    </message>
    <message>
        <source>The stored secret was removed. Enter it again to sign in with this account.</source>
        <translation>已删除保存的密钥。如需使用此账号登录，请重新输入。</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
</context>
<context>
    <name>osm::ui::RichTextSanitizer</name>
    <message>
        <source>This message is too long to show in full; the rest was left out.</source>
        <translation>此留言过长，无法完整显示；其余部分已省略。</translation>
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
        <translation>视图</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>选择 IAM 用户组(&amp;G)…</translation>
    </message>
</context>
</TS>
