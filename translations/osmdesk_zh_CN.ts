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
    <name>osm::CaseWriteSender</name>
    <message>
        <source>This queued change cannot be read. Discard it and make it again.</source>
        <translation>无法读取此排队中的更改。请丢弃后重新操作。</translation>
    </message>
</context>
<context>
    <name>osm::CreateCaseSender</name>
    <message>
        <source>A staged file of this case is missing.</source>
        <translation>此工单暂存的一个文件已丢失。</translation>
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
    <message>
        <source>The connection was lost while the server was answering. Check whether the change was made before you try again.</source>
        <translation>服务器应答时连接中断。请先确认更改是否已生效，再重试。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to be read safely and was refused.</source>
        <translation>服务器的应答过大，无法安全读取，已拒绝。</translation>
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
    <name>osm::MessageSender</name>
    <message>
        <source>A staged file of this message is missing.</source>
        <translation>此留言暂存的一个文件已丢失。</translation>
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
    <name>osm::app::DemoMenu</name>
    <message>
        <source>The simulator cannot listen on port %1 again: another program took it.</source>
        <translation>模拟器无法重新监听端口 %1：该端口已被其他程序占用。</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <extracomment>The menu of osmdesk --demo, which runs against the built-in simulator</extracomment>
        <translation>演示(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;top Simulator</source>
        <translation>停止模拟器(&amp;T)</translation>
    </message>
    <message>
        <source>Take the built-in simulator away, as if the server could not be reached: OSM Desk works from what it saved and keeps your replies until the simulator is back</source>
        <translation>停用内置模拟器，模拟无法连接服务器的情况：OSM Desk 将使用本机保存的数据，并保留您的回复，直到模拟器恢复</translation>
    </message>
    <message>
        <source>&amp;Start Simulator</source>
        <translation>启动模拟器(&amp;S)</translation>
    </message>
    <message>
        <source>Bring the built-in simulator back, with the same data</source>
        <translation>恢复内置模拟器，数据保持不变</translation>
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
    <message>
        <source>The data saved on this computer for this account could not be read, so OSM Desk started a new local database. Cases and messages are read again from the server.

The old file was kept here:
%1</source>
        <translation>无法读取此账号保存在本机的数据，OSM Desk 已新建本地数据库。工单和留言将重新从服务器读取。

旧文件保留在：
%1</translation>
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
    <name>osm::ctl::AgreementsCommands</name>
    <message>
        <source>0 new case, normal user (the default); 1 new case, ISV user; 2 authorization.</source>
        <translation>0 普通用户新建工单（默认）；1 ISV 用户新建工单；2 授权。</translation>
    </message>
    <message>
        <source>The agreements to sign before creating a case: published, signed-latest, sign.</source>
        <translation>创建工单前需签署的协议：published、signed-latest、sign。</translation>
    </message>
    <message>
        <source>Show the latest published agreement of a type (5.1.1).</source>
        <translation>显示某类型最新发布的协议（5.1.1）。</translation>
    </message>
    <message>
        <source>Tell whether the account signed the latest agreement of a type (5.1.2).</source>
        <translation>查询账号是否已签署某类型的最新协议（5.1.2）。</translation>
    </message>
    <message>
        <source>Sign a published agreement (5.1.3); prints the record id &quot;cases create&quot; takes as --agreement-signed-record-id.</source>
        <translation>签署已发布的协议（5.1.3）；输出签署记录 ID，供“cases create”的 --agreement-signed-record-id 使用。</translation>
    </message>
    <message>
        <source>The agreement&apos;s id, as &quot;agreements published&quot; shows it (1-2147483647).</source>
        <translation>协议 ID，即“agreements published”显示的 ID（1-2147483647）。</translation>
    </message>
    <message>
        <source>A relation id (1-32 characters).</source>
        <translation>关联 ID（1-32 个字符）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AttachmentsCommands</name>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>无法读取文件（%1）。</translation>
    </message>
    <message>
        <source>The IAM group, for an attachment of another member&apos;s case (at most 64 characters).</source>
        <translation>IAM 用户组，用于访问组内其他成员工单的附件（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Save as this file (replaced if it exists).</source>
        <translation>保存为此文件（如已存在则覆盖）。</translation>
    </message>
    <message>
        <source>Save into this folder under the server&apos;s file name, made safe and unique (default: the current folder).</source>
        <translation>以服务器端的文件名保存到此文件夹，文件名会经过安全处理并确保不重复（默认：当前文件夹）。</translation>
    </message>
    <message>
        <source>Attachments: upload, download, image, delete, limits, download links.</source>
        <translation>附件：上传、下载、图片、删除、限制、下载链接。</translation>
    </message>
    <message>
        <source>Upload a file for a new case or a message (5.5.1); prints its id.</source>
        <translation>为新建工单或留言上传文件（5.5.1）；输出其 ID。</translation>
    </message>
    <message>
        <source>The local file to upload.</source>
        <translation>要上传的本地文件。</translation>
    </message>
    <message>
        <source>The name the server keeps (1-512 characters; default the file&apos;s own name).</source>
        <translation>服务器端保存的文件名（1-512 个字符；默认为文件本身的名称）。</translation>
    </message>
    <message>
        <source>incident (for a new case, the default) or message.</source>
        <translation>incident（新建工单时使用，默认）或 message。</translation>
    </message>
    <message>
        <source>0 (the default) or 1 (markdown mode).</source>
        <translation>0（默认）或 1（Markdown 模式）。</translation>
    </message>
    <message>
        <source>Send the content Base64-encoded in a JSON body (5.5.2) instead of a streamed multipart upload; the file is read into memory.</source>
        <translation>以 Base64 编码将内容放在 JSON 请求体中发送（5.5.2），而不是以 multipart 流式上传；文件会被完整读入内存。</translation>
    </message>
    <message>
        <source>Download attachments (5.5.4); several come as one archive.</source>
        <translation>下载附件（5.5.4）；多个附件将打包为一个压缩包。</translation>
    </message>
    <message>
        <source>An attachment id (1-32 characters); 340 characters in all at most.</source>
        <translation>附件 ID（1-32 个字符）；总长度最多 340 个字符。</translation>
    </message>
    <message>
        <source>Download an image attachment as it is displayed (5.5.5).</source>
        <translation>按显示效果下载图片附件（5.5.5）。</translation>
    </message>
    <message>
        <source>The attachment id (1-32 characters).</source>
        <translation>附件 ID（1-32 个字符）。</translation>
    </message>
    <message>
        <source>Delete an uploaded attachment that no case or message uses yet (5.5.3).</source>
        <translation>删除尚未被任何工单或留言使用的已上传附件（5.5.3）。</translation>
    </message>
    <message>
        <source>The attachment was deleted.</source>
        <translation>附件已删除。</translation>
    </message>
    <message>
        <source>Show how many files, how large and of which types may be attached (5.5.6).</source>
        <translation>显示附件的数量、大小和类型限制（5.5.6）。</translation>
    </message>
    <message>
        <source>Show temporary download links of attachments (5.2.1).</source>
        <translation>显示附件的临时下载链接（5.2.1）。</translation>
    </message>
    <message>
        <source>An attachment id; 1-100.</source>
        <translation>附件 ID；1-100 个。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AuthorizationsCommands</name>
    <message>
        <source>The authorization&apos;s id (1-32 characters).</source>
        <translation>授权 ID（1-32 个字符）。</translation>
    </message>
    <message>
        <source>The id of an item of the authorization (authorization_detail_id, a whole number ≥ 0).</source>
        <translation>授权项的 ID（authorization_detail_id，不小于 0 的整数）。</translation>
    </message>
    <message>
        <source>The IAM group, for the authorizations of its other members (at most 64 characters).</source>
        <translation>IAM 用户组，用于查看组内其他成员的授权（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>false: keep the rich-text markup of the description (default true: plain text).</source>
        <translation>false：保留问题描述中的富文本标记（默认 true：纯文本）。</translation>
    </message>
    <message>
        <source>The bastion-host session&apos;s id (session_id, from &quot;sessions&quot;).</source>
        <translation>堡垒机会话 ID（session_id，取自“sessions”）。</translation>
    </message>
    <message>
        <source>0 newest first (default), 1 oldest first.</source>
        <translation>0 最新的在前（默认），1 最早的在前。</translation>
    </message>
    <message>
        <source>Skip this many records (-1..65535, default 0).</source>
        <translation>跳过的记录数（-1..65535，默认 0）。</translation>
    </message>
    <message>
        <source>At most this many records (-1..100, default 10).</source>
        <translation>最多返回的记录数（-1..100，默认 10）。</translation>
    </message>
    <message>
        <source>The host&apos;s password (1-10240 characters). A command line is visible to other local users: leave it out to take the password from the environment variable OSM_HOST_PASSWORD.</source>
        <translation>主机密码（1-10240 个字符）。命令行对本机其他用户可见：省略此选项即可从环境变量 OSM_HOST_PASSWORD 读取密码。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>--%1 expects epoch milliseconds or an ISO 8601 time, not &quot;%2&quot;.</source>
        <translation>--%1 需要 Unix 纪元毫秒数或 ISO 8601 时间，而不是“%2”。</translation>
    </message>
    <message>
        <source>Agree from this time: epoch milliseconds or ISO 8601 (default now).</source>
        <translation>授权开始时间：Unix 纪元毫秒数或 ISO 8601（默认为当前时间）。</translation>
    </message>
    <message>
        <source>Agree until this time: epoch milliseconds or ISO 8601 (default a day later).</source>
        <translation>授权结束时间：Unix 纪元毫秒数或 ISO 8601（默认为一天后）。</translation>
    </message>
    <message>
        <source>Access requests of support engineers: list, show, agree, reject, revoke, check hosts, bastion-host records.</source>
        <translation>技术支持工程师的访问授权请求：查询、查看、同意、拒绝、撤销、检查主机、堡垒机记录。</translation>
    </message>
    <message>
        <source>List the authorization requests, with every filter of the API (5.6.6).</source>
        <translation>列出授权请求，支持 API 的全部筛选条件（5.6.6）。</translation>
    </message>
    <message>
        <source>Those of this sub-user name (at most 64 characters).</source>
        <translation>指定子用户名称的授权（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Those of this case id (at most 32 characters).</source>
        <translation>指定工单号的授权（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>The status (-1..10): 0 pending, 1 agreed, 2 rejected, 3 expired, 4 withdrawn, 5 revoked.</source>
        <translation>状态（-1..10）：0 待处理，1 已同意，2 已拒绝，3 已过期，4 已撤回，5 已撤销。</translation>
    </message>
    <message>
        <source>A part of the case&apos;s description (at most 64 characters).</source>
        <translation>工单问题描述中的部分内容（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Skip this many requests (0-65535, default 0).</source>
        <translation>跳过的请求数（0-65535，默认 0）。</translation>
    </message>
    <message>
        <source>At most this many requests (1-100, default 10).</source>
        <translation>最多返回的请求数（1-100，默认 10）。</translation>
    </message>
    <message>
        <source>Show an authorization request with its items (5.6.4).</source>
        <translation>显示授权请求及其授权项（5.6.4）。</translation>
    </message>
    <message>
        <source>Agree to an authorization request for a period (5.6.5).</source>
        <translation>同意授权请求，并指定授权时段（5.6.5）。</translation>
    </message>
    <message>
        <source>item</source>
        <translation>授权项</translation>
    </message>
    <message>
        <source>An item and what you supply for it: auth-detail-id=&lt;number&gt;[,port=&lt;1-65535&gt;][,account=&lt;text&gt;]; at most 6. An item with an account gets the password of OSM_HOST_PASSWORD.</source>
        <translation>授权项及您为其提供的信息：auth-detail-id=&lt;数字&gt;[,port=&lt;1-65535&gt;][,account=&lt;文本&gt;]；最多 6 个。指定了 account 的授权项将使用 OSM_HOST_PASSWORD 中的密码。</translation>
    </message>
    <message>
        <source>--auth-detail-list expects &quot;auth-detail-id=&lt;number&gt;[,port=&lt;number&gt;][,account=&lt;text&gt;]&quot;, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; auth-detail-id, port and account are typed as they are</extracomment>
        <translation>--auth-detail-list 需要“auth-detail-id=&lt;数字&gt;[,port=&lt;数字&gt;][,account=&lt;文本&gt;]”格式，而不是“%1”。</translation>
    </message>
    <message>
        <source>Agree for this agency (at most 64 characters).</source>
        <translation>以此委托的身份同意授权（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The authorization was agreed.</source>
        <translation>已同意授权。</translation>
    </message>
    <message>
        <source>Reject a pending authorization request (5.6.2, action_id reject).</source>
        <translation>拒绝待处理的授权请求（5.6.2，action_id reject）。</translation>
    </message>
    <message>
        <source>Why (1-300 characters).</source>
        <translation>原因（1-300 个字符）。</translation>
    </message>
    <message>
        <source>The authorization was rejected.</source>
        <translation>已拒绝授权。</translation>
    </message>
    <message>
        <source>Revoke an agreed authorization (5.6.2, action_id cancel).</source>
        <translation>撤销已同意的授权（5.6.2，action_id cancel）。</translation>
    </message>
    <message>
        <source>The authorization was revoked.</source>
        <translation>已撤销授权。</translation>
    </message>
    <message>
        <source>Check a host item&apos;s port, account and password (5.6.1).</source>
        <translation>检查主机授权项的端口、账号和密码（5.6.1）。</translation>
    </message>
    <message>
        <source>The host&apos;s port (1-65535).</source>
        <translation>主机端口（1-65535）。</translation>
    </message>
    <message>
        <source>The host account (1-64 characters).</source>
        <translation>主机账号（1-64 个字符）。</translation>
    </message>
    <message>
        <source>The port, account and password of the host are right.</source>
        <translation>主机的端口、账号和密码均正确。</translation>
    </message>
    <message>
        <source>Show how you signed in: ASSUMED, FEDERATION… (5.6.3).</source>
        <translation>显示您的登录方式：ASSUMED、FEDERATION…（5.6.3）。</translation>
    </message>
    <message>
        <source>List the bastion-host sessions on an authorized item (5.6.8).</source>
        <translation>列出已授权项上的堡垒机会话（5.6.8）。</translation>
    </message>
    <message>
        <source>List the commands run in a bastion-host session (5.6.7).</source>
        <translation>列出堡垒机会话中执行的命令（5.6.7）。</translation>
    </message>
    <message>
        <source>List the file transfers of a bastion-host session (5.6.9).</source>
        <translation>列出堡垒机会话的文件传输记录（5.6.9）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false：保留问题描述和留言中的富文本标记（默认 true：纯文本）。</translation>
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
    <message>
        <source>--%1 expects KEY=VALUE or KEY:=JSON, not &quot;%2&quot;.</source>
        <translation>--%1 需要 KEY=VALUE 或 KEY:=JSON 格式，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1: the value of %2 is not JSON.</source>
        <translation>--%1：%2 的值不是有效的 JSON。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a JSON object.</source>
        <translation>--%1：“%2”不是 JSON 对象。</translation>
    </message>
    <message>
        <source>--%1 expects SATISFACTION_ID=VALUE (two whole numbers) or a JSON object, not &quot;%2&quot;.</source>
        <translation>--%1 需要 SATISFACTION_ID=VALUE（两个整数）或 JSON 对象，而不是“%2”。</translation>
    </message>
    <message>
        <source>KEY=VALUE sends the value as text, KEY:=JSON as a JSON value (a number, true, an object).</source>
        <translation>KEY=VALUE 将值作为文本发送，KEY:=JSON 将值作为 JSON 值发送（数字、true、对象等）。</translation>
    </message>
    <message>
        <source>A rating: SATISFACTION_ID=VALUE (the ids of &quot;osmctl config satisfaction-dimensions&quot;), or a JSON object with satisfaction_id, satisfaction_value and the other fields of IncidentSatisfactionV2Do; at most 100.</source>
        <translation>一项评价：SATISFACTION_ID=VALUE（ID 取自“osmctl config satisfaction-dimensions”），或包含 satisfaction_id、satisfaction_value 及 IncidentSatisfactionV2Do 其他字段的 JSON 对象；最多 100 项。</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs, create, act on (cancel, close, urge, delete), rate, export, contacts, additional parameters, regions.</source>
        <translation>支持工单：查询、查看、统计、状态、日志、创建、操作（撤单、关单、催单、删除）、评价、导出、联系方式、附加参数、区域。</translation>
    </message>
    <message>
        <source>Create a case (5.3.5); prints its id.</source>
        <translation>创建工单（5.3.5）；输出其工单号。</translation>
    </message>
    <message>
        <source>The problem type id, from &quot;osmctl config problem-types&quot; (at most 512 characters).</source>
        <translation>问题类型 ID，取自“osmctl config problem-types”（最多 512 个字符）。</translation>
    </message>
    <message>
        <source>The description of the problem (at most 2000 characters).</source>
        <translation>问题描述（最多 2000 个字符）。</translation>
    </message>
    <message>
        <source>The case sub-type id, from &quot;osmctl config categories&quot; (at most 32 characters).</source>
        <translation>工单子类型 ID，取自“osmctl config categories”（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>The region id (at most 64 characters); needed when the problem type&apos;s case_type is 5.</source>
        <translation>区域 ID（最多 64 个字符）；当问题类型的 case_type 为 5 时必填。</translation>
    </message>
    <message>
        <source>The case source (at most 32 characters; default the fixed value the reference gives).</source>
        <translation>工单来源（最多 32 个字符；默认为 API 参考中给出的固定值）。</translation>
    </message>
    <message>
        <source>The mobile number for reminders (at most 32 characters).</source>
        <translation>接收提醒的手机号码（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (at most 128 characters).</source>
        <translation>接收提醒的邮箱地址（最多 128 个字符）。</translation>
    </message>
    <message>
        <source>When reminders may come (at most 16 characters).</source>
        <translation>可接收提醒的时间段（最多 16 个字符）。</translation>
    </message>
    <message>
        <source>The project id (at most 64 characters).</source>
        <translation>项目 ID（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>An id &quot;osmctl attachments upload&quot; printed; at most 100.</source>
        <translation>“osmctl attachments upload”输出的 ID；最多 100 个。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>An additional parameter of the problem type (&quot;osmctl config extends-params&quot;); at most 100, keys at most 32 characters.</source>
        <translation>问题类型的附加参数（见“osmctl config extends-params”）；最多 100 个，键名最多 32 个字符。</translation>
    </message>
    <message>
        <source>An extension parameter, such as remindCCEmail=a@example.org,b@example.org; at most 100, keys at most 32 characters.</source>
        <translation>扩展参数，例如 remindCCEmail=a@example.org,b@example.org；最多 100 个，键名最多 32 个字符。</translation>
    </message>
    <message>
        <source>The severity id, from &quot;osmctl config severities&quot; (at most 64 characters).</source>
        <translation>严重性 ID，取自“osmctl config severities”（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The code sent to a contact that is not registered (&quot;osmctl verify send&quot;; at most 6 characters).</source>
        <translation>发送给未注册联系方式的验证码（见“osmctl verify send”；最多 6 个字符）。</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (at most 32 characters).</source>
        <translation>手机号码的国家码（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>IncidentService (a case) or IntelligentCustomerService (online service).</source>
        <translation>IncidentService（工单）或 IntelligentCustomerService（在线客服）。</translation>
    </message>
    <message>
        <source>A session id (at most 64 characters); at most 5.</source>
        <translation>会话 ID（最多 64 个字符）；最多 5 个。</translation>
    </message>
    <message>
        <source>The record &quot;osmctl agreements sign&quot; printed.</source>
        <translation>“osmctl agreements sign”输出的签署记录。</translation>
    </message>
    <message>
        <source>What the user said to the assistant to ask for a human (online service).</source>
        <translation>用户向智能助手请求转人工时所说的内容（在线客服）。</translation>
    </message>
    <message>
        <source>The assistant the case comes from: 0, 1 or 2.</source>
        <translation>工单来自的智能助手：0、1 或 2。</translation>
    </message>
    <message>
        <source>Cancel, close, urge or delete a case (5.3.8); a close may carry a rating.</source>
        <translation>撤单、关单、催单或删除工单（5.3.8）；关单时可同时评价。</translation>
    </message>
    <message>
        <source>cancel, close, press (urge the engineers) or delete.</source>
        <translation>cancel（撤单）、close（关单）、press（催单，催促工程师处理）或 delete（删除）。</translation>
    </message>
    <message>
        <source>--action expects cancel, close, press or delete, not &quot;%1&quot;.</source>
        <translation>--action 需要 cancel、close、press 或 delete，而不是“%1”。</translation>
    </message>
    <message>
        <source>Why (at most 400 characters).</source>
        <translation>原因（最多 400 个字符）。</translation>
    </message>
    <message>
        <source>With close: a comment on how the case was handled (at most 400 characters).</source>
        <translation>关单时：对工单处理情况的评价意见（最多 400 个字符）。</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>With close:</source>
        <translation>关单时：</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Rate a case (5.3.6).</source>
        <translation>评价工单（5.3.6）。</translation>
    </message>
    <message>
        <source>A comment on how the case was handled (at most 400 characters; default empty).</source>
        <translation>对工单处理情况的评价意见（最多 400 个字符；默认为空）。</translation>
    </message>
    <message>
        <source>The rating was sent.</source>
        <translation>评价已提交。</translation>
    </message>
    <message>
        <source>Export the cases matching the filters to a file (5.3.7); its language follows --language.</source>
        <translation>将符合筛选条件的工单导出到文件（5.3.7）；文件语言由 --language 决定。</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>要写入的文件（如已存在则覆盖）。</translation>
    </message>
    <message>
        <source>A case id; 3400 characters in all at most.</source>
        <translation>工单号；总长度最多 3400 个字符。</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters).</source>
        <translation>问题描述中的关键字（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The user id (at most 64 characters).</source>
        <translation>用户 ID（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>A source id; at most 100.</source>
        <translation>来源 ID；最多 100 个。</translation>
    </message>
    <message>
        <source>The service type of the case (at most 32 characters).</source>
        <translation>工单的服务类型（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>The time zone of the file&apos;s times, such as GMT+8 (at most 32 characters).</source>
        <translation>文件中时间所用的时区，例如 GMT+8（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>Skip this many cases (-1-65535).</source>
        <translation>跳过的工单数（-1-65535）。</translation>
    </message>
    <message>
        <source>At most this many cases (-1-100; -1: all).</source>
        <translation>最多返回的工单数（-1-100；-1 表示全部）。</translation>
    </message>
    <message>
        <source>Change who is reminded about a case, and how (5.3.1).</source>
        <translation>修改工单的提醒联系人及提醒方式（5.3.1）。</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (1-32 characters).</source>
        <translation>手机号码的国家码（1-32 个字符）。</translation>
    </message>
    <message>
        <source>The mobile number for reminders (1-32 characters).</source>
        <translation>接收提醒的手机号码（1-32 个字符）。</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (1-128 characters).</source>
        <translation>接收提醒的邮箱地址（1-128 个字符）。</translation>
    </message>
    <message>
        <source>When reminders may come (1-16 characters).</source>
        <translation>可接收提醒的时间段（1-16 个字符）。</translation>
    </message>
    <message>
        <source>contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>contactType、remindCCEmail、remindEncryptCCEmail 或 isReceiveMsgRemind。</translation>
    </message>
    <message>
        <source>The contact information was changed.</source>
        <translation>联系方式已修改。</translation>
    </message>
    <message>
        <source>List the additional parameters given for a case (5.3.2).</source>
        <translation>列出工单已提供的附加参数（5.3.2）。</translation>
    </message>
    <message>
        <source>The case id (1-64 characters).</source>
        <translation>工单号（1-64 个字符）。</translation>
    </message>
    <message>
        <source>Give additional parameters for a case, as an engineer asked (5.3.3).</source>
        <translation>按工程师的要求为工单提供附加参数（5.3.3）。</translation>
    </message>
    <message>
        <source>A parameter (the param_key of &quot;osmctl config extends-params&quot;); 1-100.</source>
        <translation>参数（键为“osmctl config extends-params”中的 param_key）；1-100 个。</translation>
    </message>
    <message>
        <source>The message that asked for them (1-64 characters).</source>
        <translation>请求提供这些参数的留言（1-64 个字符）。</translation>
    </message>
    <message>
        <source>The additional parameters were sent.</source>
        <translation>附加参数已提交。</translation>
    </message>
    <message>
        <source>List the regions associated with the account (5.3.4).</source>
        <translation>列出与账号关联的区域（5.3.4）。</translation>
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
    <name>osm::ctl::ConfigurationsCommands</name>
    <message>
        <source>Configuration items of the service, by key.</source>
        <translation>服务的配置项，按键查询。</translation>
    </message>
    <message>
        <source>Show a configuration item (5.14.1).</source>
        <translation>显示配置项（5.14.1）。</translation>
    </message>
    <message>
        <source>The item&apos;s key (1-128 characters), e.g. case.create-case.diagnose-list.</source>
        <translation>配置项的键（1-128 个字符），例如 case.create-case.diagnose-list。</translation>
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
    <name>osm::ctl::DiagnoseCommands</name>
    <message>
        <source>The diagnosis: 1 ECS, 2 RDS, 3 remote login, 4 network health.</source>
        <translation>诊断类型：1 ECS，2 RDS，3 远程登录，4 网络健康。</translation>
    </message>
    <message>
        <source>The region (region_id), e.g. cn-south-1.</source>
        <translation>区域（region_id），例如 cn-south-1。</translation>
    </message>
    <message>
        <source>The diagnosis job&apos;s id (at most 64 characters).</source>
        <translation>诊断任务 ID（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>One-click diagnosis: pick a VM, start a diagnosis, follow it, read its advice, past diagnoses.</source>
        <translation>一键诊断：选择虚拟机、发起诊断、跟踪进度、查看建议、历史诊断。</translation>
    </message>
    <message>
        <source>List the VMs of a project that can be diagnosed (5.15.6).</source>
        <translation>列出项目中可诊断的虚拟机（5.15.6）。</translation>
    </message>
    <message>
        <source>The project id.</source>
        <translation>项目 ID。</translation>
    </message>
    <message>
        <source>Only the VMs of this region.</source>
        <translation>仅列出此区域的虚拟机。</translation>
    </message>
    <message>
        <source>The page, counted from 1 (default 1).</source>
        <translation>页码，从 1 开始（默认 1）。</translation>
    </message>
    <message>
        <source>VMs per page (1-100, default 5).</source>
        <translation>每页虚拟机数（1-100，默认 5）。</translation>
    </message>
    <message>
        <source>Only the VM with this id.</source>
        <translation>仅列出此 ID 的虚拟机。</translation>
    </message>
    <message>
        <source>Only the VM with this IP address.</source>
        <translation>仅列出此 IP 地址的虚拟机。</translation>
    </message>
    <message>
        <source>Only the VMs whose name contains this.</source>
        <translation>仅列出名称包含此文本的虚拟机。</translation>
    </message>
    <message>
        <source>Start a diagnosis; prints its job_id (5.15.5).</source>
        <translation>发起诊断；输出其 job_id（5.15.5）。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>What to diagnose: vm_id=&lt;id&gt; or eip=&lt;address&gt; (ECS, remote login), instanceId=&lt;id&gt; (RDS).</source>
        <translation>诊断对象：vm_id=&lt;id&gt; 或 eip=&lt;地址&gt;（ECS、远程登录），instanceId=&lt;id&gt;（RDS）。</translation>
    </message>
    <message>
        <source>--params expects key=value, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; key=value is typed as it is</extracomment>
        <translation>--params 需要 key=value 格式，而不是“%1”。</translation>
    </message>
    <message>
        <source>Show how far a diagnosis got, item by item (5.15.3).</source>
        <translation>逐项显示诊断进度（5.15.3）。</translation>
    </message>
    <message>
        <source>Show the findings and advice of checks of a diagnosis (5.15.2).</source>
        <translation>显示诊断中各检查项的结果和建议（5.15.2）。</translation>
    </message>
    <message>
        <source>A check id (at most 64 characters); at most 100.</source>
        <translation>检查项 ID（最多 64 个字符）；最多 100 个。</translation>
    </message>
    <message>
        <source>List past diagnoses, newest first (5.15.4).</source>
        <translation>列出历史诊断，最新的在前（5.15.4）。</translation>
    </message>
    <message>
        <source>Diagnoses per page (1-100, default 10).</source>
        <translation>每页诊断数（1-100，默认 10）。</translation>
    </message>
    <message>
        <source>The diagnosis: 1 ECS (default), 2 RDS, 3 remote login, 4 network health.</source>
        <translation>诊断类型：1 ECS（默认），2 RDS，3 远程登录，4 网络健康。</translation>
    </message>
    <message>
        <source>Say whether your latest diagnosis of a type helped (5.15.1).</source>
        <translation>反馈某类型最近一次诊断是否有帮助（5.15.1）。</translation>
    </message>
    <message>
        <source>Whether it helped.</source>
        <translation>是否有帮助。</translation>
    </message>
    <message>
        <source>Your comment (at most 10000 characters).</source>
        <translation>您的意见（最多 10000 个字符）。</translation>
    </message>
    <message>
        <source>Thank you: the feedback was sent.</source>
        <translation>感谢您的反馈，反馈已提交。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FeedbackCommands</name>
    <message>
        <source>Report an intellectual-property infringement or illegal information on Huawei Cloud.</source>
        <translation>举报华为云上的知识产权侵权或违法信息。</translation>
    </message>
    <message>
        <source>Report an infringement or illegal information (5.16.1).</source>
        <translation>举报侵权或违法信息（5.16.1）。</translation>
    </message>
    <message>
        <source>What is reported: infringement or illegal.</source>
        <translation>举报类型：infringement（侵权）或 illegal（违法信息）。</translation>
    </message>
    <message>
        <source>&quot;&lt;product or service&gt;; &lt;website URL&gt;&quot; (at most 2048 characters).</source>
        <translation>“&lt;产品或服务&gt;; &lt;网站 URL&gt;”（最多 2048 个字符）。</translation>
    </message>
    <message>
        <source>What is reported (1-5000 characters).</source>
        <translation>举报内容（1-5000 个字符）。</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); 1-3.</source>
        <translation>已上传附件的 ID（1-32 个字符）；1-3 个。</translation>
    </message>
    <message>
        <source>For illegal information: sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack or spam.</source>
        <translation>违法信息的类别：sex breach、gamble breach、policy breach、fraud breach、virtual currency breach、proxy server breach、ICP undocumented、sensitive message、violent terror、rumour、insulting heroes、religion、harm minors、cyberattack 或 spam。</translation>
    </message>
    <message>
        <source>The reported party or merchant (at most 255 characters).</source>
        <translation>被举报方或商家（最多 255 个字符）。</translation>
    </message>
    <message>
        <source>The infringing product or service (at most 255 characters).</source>
        <translation>侵权的产品或服务（最多 255 个字符）。</translation>
    </message>
    <message>
        <source>The infringed right (ip.ip_type, required for infringement): copyright, trademark, patent or other.</source>
        <translation>被侵犯的权利（ip.ip_type，侵权举报必填）：copyright（著作权）、trademark（商标权）、patent（专利权）或 other（其他）。</translation>
    </message>
    <message>
        <source>Where the right is registered (ip.ip_area, at most 128 characters).</source>
        <translation>权利的注册地（ip.ip_area，最多 128 个字符）。</translation>
    </message>
    <message>
        <source>The registration or application number (ip.ip_number, at most 512 characters).</source>
        <translation>注册号或申请号（ip.ip_number，最多 512 个字符）。</translation>
    </message>
    <message>
        <source>The right, in short (ip.ip_content, required for infringement, at most 5000 characters).</source>
        <translation>权利简述（ip.ip_content，侵权举报必填，最多 5000 个字符）。</translation>
    </message>
    <message>
        <source>An attachment id proving the right (ip.ip_files); at most 3.</source>
        <translation>权利证明附件的 ID（ip.ip_files）；最多 3 个。</translation>
    </message>
    <message>
        <source>Your name (contacts.name, required for infringement, at most 512 characters).</source>
        <translation>您的姓名（contacts.name，侵权举报必填，最多 512 个字符）。</translation>
    </message>
    <message>
        <source>Your mobile number (contacts.mobile, required for infringement, at most 32 characters).</source>
        <translation>您的手机号码（contacts.mobile，侵权举报必填，最多 32 个字符）。</translation>
    </message>
    <message>
        <source>Your e-mail address (contacts.mail, required for infringement, at most 128 characters).</source>
        <translation>您的邮箱地址（contacts.mail，侵权举报必填，最多 128 个字符）。</translation>
    </message>
    <message>
        <source>Your country or region (contacts.area, at most 128 characters).</source>
        <translation>您所在的国家或地区（contacts.area，最多 128 个字符）。</translation>
    </message>
    <message>
        <source>Your address (contacts.address, at most 512 characters).</source>
        <translation>您的地址（contacts.address，最多 512 个字符）。</translation>
    </message>
    <message>
        <source>Who reports (contacts.id_type): 10 enterprise, 20 individual, 21 authorized agent, 22 lawyer, 23 right owner.</source>
        <translation>举报人身份（contacts.id_type）：10 企业，20 个人，21 授权代理人，22 律师，23 权利人。</translation>
    </message>
    <message>
        <source>Your company (contacts.company_name, at most 512 characters).</source>
        <translation>您的公司（contacts.company_name，最多 512 个字符）。</translation>
    </message>
    <message>
        <source>An attachment id proving your identity (contacts.id_files); at most 3.</source>
        <translation>身份证明附件的 ID（contacts.id_files）；最多 3 个。</translation>
    </message>
    <message>
        <source>Another way to reach you (contacts.other_way, at most 512 characters).</source>
        <translation>其他联系方式（contacts.other_way，最多 512 个字符）。</translation>
    </message>
    <message>
        <source>An attachment id proving your authorisation (contacts.authorization_files); at most 3.</source>
        <translation>授权证明附件的 ID（contacts.authorization_files）；最多 3 个。</translation>
    </message>
    <message>
        <source>The report was sent.</source>
        <translation>举报已提交。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FileTransfer</name>
    <message>
        <source>Uploading: %1 of %2</source>
        <extracomment>%1 and %2 are sizes such as &quot;1.5 MB&quot;</extracomment>
        <translation>正在上传：%1 / %2</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>正在下载：%1 / %2</translation>
    </message>
    <message>
        <source>Uploading: %1</source>
        <extracomment>%1 is a size such as &quot;1.5 MB&quot;</extracomment>
        <translation>正在上传：%1</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>正在下载：%1</translation>
    </message>
    <message>
        <source>give either --output or --dir, not both.</source>
        <translation>--output 和 --dir 只能指定其中一个。</translation>
    </message>
    <message>
        <source>it is a folder; use --dir for a folder.</source>
        <translation>这是一个文件夹；如需指定文件夹，请使用 --dir。</translation>
    </message>
    <message>
        <source>its folder does not exist.</source>
        <translation>其所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
    <message>
        <source>the file could not be written; the download was kept as %1.</source>
        <translation>无法写入文件；已下载的内容保存为 %1。</translation>
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
    <name>osm::ctl::PrivilegesCommands</name>
    <message>
        <source>The privilege: export (export cases), createCase (create cases) or assumeCaseAll (case work of a delegated account).</source>
        <translation>权限：export（导出工单）、createCase（创建工单）或 assumeCaseAll（处理委托账号的工单）。</translation>
    </message>
    <message>
        <source>Case privileges: the restrictions of sub-users and whether you hold a privilege.</source>
        <translation>工单权限：子用户的权限限制，以及您是否拥有某项权限。</translation>
    </message>
    <message>
        <source>Show whether the restriction of a privilege is switched on (5.4.1).</source>
        <translation>显示某项权限的限制是否已开启（5.4.1）。</translation>
    </message>
    <message>
        <source>Show whether you hold a privilege: has_privilege 1 or 0 (5.4.2).</source>
        <translation>显示您是否拥有某项权限：has_privilege 为 1 或 0（5.4.2）。</translation>
    </message>
    <message>
        <source>Switch the restriction of a privilege on (create) or off (delete) (5.4.3).</source>
        <translation>开启（create）或关闭（delete）某项权限的限制（5.4.3）。</translation>
    </message>
    <message>
        <source>create switches the restriction on, delete switches it off.</source>
        <translation>create 开启限制，delete 关闭限制。</translation>
    </message>
    <message>
        <source>--operation expects create or delete, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; &quot;create&quot; and &quot;delete&quot; are typed as they are</extracomment>
        <translation>--operation 需要 create 或 delete，而不是“%1”。</translation>
    </message>
    <message>
        <source>The privilege setting was saved.</source>
        <translation>权限设置已保存。</translation>
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
    <name>osm::ctl::VerifyCommands</name>
    <message>
        <source>0 a mobile number (SMS), 1 an e-mail address.</source>
        <translation>0 手机号码（短信），1 邮箱地址。</translation>
    </message>
    <message>
        <source>The mobile number or e-mail address (1-64 characters).</source>
        <translation>手机号码或邮箱地址（1-64 个字符）。</translation>
    </message>
    <message>
        <source>The telephone country code of a mobile number, such as 86 (at most 16 characters).</source>
        <translation>手机号码的国家码，例如 86（最多 16 个字符）。</translation>
    </message>
    <message>
        <source>Tell whether a reminder contact needs a verification code (5.13.1).</source>
        <translation>查询提醒联系方式是否需要验证码（5.13.1）。</translation>
    </message>
    <message>
        <source>Send a verification code to a contact (5.13.4).</source>
        <translation>向联系方式发送验证码（5.13.4）。</translation>
    </message>
    <message>
        <source>Check the code a contact received, which verifies the contact (5.13.3).</source>
        <translation>校验联系方式收到的验证码，以完成该联系方式的验证（5.13.3）。</translation>
    </message>
    <message>
        <source>Verification codes for reminder contacts that are not the account&apos;s own: need-verify, send, check, list.</source>
        <translation>非账号自身的提醒联系方式所需的验证码：need-verify、send、check、list。</translation>
    </message>
    <message>
        <source>The code was sent; it is valid for 5 minutes.</source>
        <translation>验证码已发送，5 分钟内有效。</translation>
    </message>
    <message>
        <source>The code received (6 characters).</source>
        <translation>收到的验证码（6 个字符）。</translation>
    </message>
    <message>
        <source>The sub-user (IAM user) id (at most 64 characters).</source>
        <translation>子用户（IAM 用户）ID（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The account id (at most 64 characters).</source>
        <translation>账号 ID（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The contact is verified.</source>
        <translation>联系方式已验证。</translation>
    </message>
    <message>
        <source>List the verified contacts (5.13.2).</source>
        <translation>列出已验证的联系方式（5.13.2）。</translation>
    </message>
    <message>
        <source>0 mobile numbers, 1 e-mail addresses.</source>
        <translation>0 手机号码，1 邮箱地址。</translation>
    </message>
    <message>
        <source>This mobile number or e-mail address (at most 64 characters).</source>
        <translation>指定的手机号码或邮箱地址（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The telephone country code (at most 16 characters).</source>
        <translation>电话国家码（最多 16 个字符）。</translation>
    </message>
    <message>
        <source>The verification with this id (at most 64 characters).</source>
        <translation>指定 ID 的验证记录（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Still valid at this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>在此时间仍有效，格式为 yyyy-MM-dd HH:mm:ss。</translation>
    </message>
    <message>
        <source>Skip this many contacts (0-65535, default 0).</source>
        <translation>跳过的联系方式数（0-65535，默认 0）。</translation>
    </message>
    <message>
        <source>At most this many contacts (1-100, default 10).</source>
        <translation>最多返回的联系方式数（1-100，默认 10）。</translation>
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
    <name>osm::ui::AccountInfoDialog</name>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>此问题类型不受工单配额限制。</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up: a new case would be refused until the next period, unless your account manager grants a special approval.</source>
        <translation>此问题类型的工单配额已用完：在下一周期之前，新建工单将被拒绝，除非您的客户经理为您特批。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>本月剩余 %n 个工单（共 %1 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>本季度剩余 %n 个工单（共 %1 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>本年度剩余 %n 个工单（共 %1 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>本周期剩余 %n 个工单（共 %1 个）。</numerusform>
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
        <translation>账号信息</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>配额(&amp;Q)</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>委托(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>伙伴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>配置项(&amp;C)</translation>
    </message>
    <message>
        <source>How many more cases this account may create for a product and problem type.</source>
        <translation>此账号在某产品和问题类型下还可新建的工单数量。</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>产品(&amp;R)：</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>问题类型(&amp;T)：</translation>
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
        <source>Case quota</source>
        <translation>工单配额</translation>
    </message>
    <message>
        <source>Special approval: %1 of %2 used.</source>
        <extracomment>%1 and %2 are numbers of cases</extracomment>
        <translation>特批：已使用 %1 个，共 %2 个。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>委托</translation>
    </message>
    <message>
        <source>Trusted account</source>
        <translation>受信账号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>委托</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No (expired)</source>
        <translation>否（已过期）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies): IAM delegations that let other accounts manage this one&apos;s resources.</source>
        <translation>
            <numerusform>%n 个委托：允许其他账号管理本账号资源的 IAM 委托。</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner privilege</source>
        <translation>伙伴权限</translation>
    </message>
    <message>
        <source>This account is a partner and may process its customers&apos; cases.</source>
        <translation>此账号是伙伴，可以处理其客户的工单。</translation>
    </message>
    <message>
        <source>This account has no partner privilege to process cases.</source>
        <translation>此账号没有处理工单的伙伴权限。</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>伙伴：</translation>
    </message>
    <message>
        <source>Partner ID:</source>
        <translation>伙伴 ID：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Service days:</source>
        <translation>服务日：</translation>
    </message>
    <message>
        <source>Service hours:</source>
        <translation>服务时间：</translation>
    </message>
    <message>
        <source>Read a configuration item of the support service by its key.</source>
        <translation>按键读取技术支持服务的配置项。</translation>
    </message>
    <message>
        <source>Configuration key</source>
        <translation>配置项的键</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Configuration value</source>
        <translation>配置值</translation>
    </message>
    <message>
        <source>Configuration values</source>
        <translation>配置值</translation>
    </message>
    <message>
        <source>Pri&amp;vileges</source>
        <translation>权限(&amp;V)</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentListModel</name>
    <message>
        <source>Downloading… %1%</source>
        <extracomment>An attachment being downloaded: percent done</extracomment>
        <translation>正在下载… %1%</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>%1, attached %2</source>
        <extracomment>An attachment for a screen reader: its name and the date of its message</extracomment>
        <translation>%1，添加于 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>名称</translation>
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
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>待添加的附件</translation>
    </message>
    <message>
        <source>Drop files here, paste them, or use Add Files…</source>
        <translation>将文件拖放到此处、粘贴，或使用“添加文件…”</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>移除所选文件</translation>
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
        <translation>将附件保存到</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>工单文件</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>此工单的文件</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Press Enter to open a file. Drag files to a folder to save them there.</source>
        <translation>按 Enter 打开文件。将文件拖到文件夹即可保存到该处。</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>图片预览</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>打开所选附件</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the selected attachments</source>
        <translation>保存所选附件</translation>
    </message>
    <message>
        <source>Save A&amp;ll…</source>
        <translation>全部保存(&amp;L)…</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>保存所有附件</translation>
    </message>
    <message>
        <source>Cancel Do&amp;wnload</source>
        <translation>取消下载(&amp;W)</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation>附件状态</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n)</source>
        <extracomment>Heading of the attachment list, with how many files the case has</extracomment>
        <translation>
            <numerusform>文件（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled.</source>
        <translation>已取消下载“%1”。</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>无法下载“%1”：%2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>正在下载“%1”…</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>没有可打开“%1”的应用程序。</translation>
    </message>
    <message>
        <source>Not saved: %1. The other files are in “%2”.</source>
        <extracomment>%1 is the list of files that failed, %2 the folder</extracomment>
        <translation>未保存：%1。其他文件已保存到“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>Saving was cancelled; %n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>保存已取消；已有 %n 个文件保存到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>已将 %n 个文件保存到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n file(s)…</source>
        <translation>
            <numerusform>正在保存 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>无可用预览。</translation>
    </message>
    <message>
        <source>Preview of “%1”</source>
        <extracomment>Accessible description of the preview: the image&apos;s file name</extracomment>
        <translation>“%1”的预览</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <source>The link to “%1” could not be fetched: %2</source>
        <extracomment>%1 is a file name, %2 why its link could not be fetched</extracomment>
        <translation>无法获取“%1”的链接：%2</translation>
    </message>
    <message>
        <source>The server returned no link to “%1”.</source>
        <translation>服务器未返回“%1”的链接。</translation>
    </message>
    <message>
        <source>The link to “%1” is on the clipboard.</source>
        <translation>“%1”的链接已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>osm::ui::AuthorizationListModel</name>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问方式</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>子用户</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
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
        <translation>无法加载授权：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n authorization(s)</source>
        <translation>
            <numerusform>%n 个授权</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization could not be loaded: %1</source>
        <translation>无法加载该授权：%1</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Data backed up</source>
        <translation>数据已备份</translation>
    </message>
    <message>
        <source>Risk accepted without backup</source>
        <translation>未备份，已接受风险</translation>
    </message>
    <message>
        <source>Authorization %1 — %2</source>
        <translation>授权 %1 — %2</translation>
    </message>
    <message>
        <source>Select an authorization</source>
        <translation>请选择一个授权</translation>
    </message>
    <message>
        <source>Loading authorization %1…</source>
        <translation>正在加载授权 %1…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>You agreed to authorization %1.</source>
        <translation>您已同意授权 %1。</translation>
    </message>
    <message>
        <source>Reject Authorization</source>
        <translation>拒绝授权</translation>
    </message>
    <message numerus="yes">
        <source>Reject authorization %1? Tell the engineer why (at most %n character(s)):</source>
        <translation>
            <numerusform>要拒绝授权 %1 吗？请向工程师说明原因（最多 %n 个字符）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>A reason is needed to reject an authorization; nothing was sent.</source>
        <translation>拒绝授权需要填写原因；未发送任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n character(s); nothing was sent.</source>
        <translation>
            <numerusform>原因超过 %n 个字符；未发送任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke Authorization</source>
        <translation>撤销授权</translation>
    </message>
    <message>
        <source>Revoke authorization %1? Support loses access to these resources at once.</source>
        <translation>要撤销授权 %1 吗？技术支持将立即失去对这些资源的访问权限。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>The authorization could not be rejected: %1</source>
        <translation>无法拒绝该授权：%1</translation>
    </message>
    <message>
        <source>The authorization could not be revoked: %1</source>
        <translation>无法撤销该授权：%1</translation>
    </message>
    <message>
        <source>You rejected authorization %1.</source>
        <translation>您已拒绝授权 %1。</translation>
    </message>
    <message>
        <source>You revoked authorization %1.</source>
        <translation>您已撤销授权 %1。</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>My authorizations</source>
        <translation>我的授权</translation>
    </message>
    <message>
        <source>My group&apos;s authorizations</source>
        <translation>我所在组的授权</translation>
    </message>
    <message>
        <source>Whose authorizations</source>
        <translation>授权范围</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>IAM 用户组 ID</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Authorization actions</source>
        <translation>授权操作</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>同意(&amp;A)…</translation>
    </message>
    <message>
        <source>Agree to this request, with host credentials and a validity period</source>
        <translation>同意此请求，并提供主机凭据和有效期</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>拒绝(&amp;J)…</translation>
    </message>
    <message>
        <source>Refuse this request, with a reason for the engineer</source>
        <translation>拒绝此请求，并向工程师说明原因</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>Take back an agreement in effect</source>
        <translation>收回已生效的授权</translation>
    </message>
    <message>
        <source>Open &amp;Case</source>
        <translation>打开工单(&amp;C)</translation>
    </message>
    <message>
        <source>Open the case this request belongs to</source>
        <translation>打开此请求所属的工单</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Bastion-host records</source>
        <translation>堡垒机记录</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Requested items</source>
        <translation>申请的授权项</translation>
    </message>
    <message>
        <source>Authorizations status</source>
        <translation>授权状态</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>工单问题描述</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Access type</source>
        <translation>访问类型</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>子用户</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理方</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>委托</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>备份状态</translation>
    </message>
    <message>
        <source>Letter of commitment</source>
        <translation>承诺书</translation>
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
        <translation>上传</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>%1 (account %2, port %3)</source>
        <translation>%1（账号 %2，端口 %3）</translation>
    </message>
    <message>
        <source>Only hosts have bastion-host records; this authorization has none.</source>
        <translation>只有主机才有堡垒机记录；此授权没有堡垒机记录。</translation>
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
        <translation>无法加载堡垒机记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Bastion-host sessions</source>
        <translation>堡垒机会话</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>文件传输</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>录像</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
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
        <translation>文件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>源路径</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标路径</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>Bastion-host status</source>
        <translation>堡垒机状态</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseCsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseDetailPanel</name>
    <message>
        <source>Showing %1 of %2 entries.</source>
        <extracomment>%1 entries shown of %2 in the case&apos;s operation log</extracomment>
        <translation>显示 %2 条中的 %1 条。</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>评价项 %1</translation>
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
        <translation>华为云</translation>
    </message>
    <message>
        <source>Partner (BP)</source>
        <translation>合作伙伴（BP）</translation>
    </message>
    <message>
        <source>Independent software vendor (ISV)</source>
        <translation>独立软件开发商（ISV）</translation>
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
            <numerusform>%n 条留言</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder contact is set.</source>
        <translation>未设置提醒联系人。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Urge Case</source>
        <translation>催单</translation>
    </message>
    <message>
        <source>Ask the support engineers to speed up case %1?</source>
        <translation>要催促技术支持工程师加快处理工单 %1 吗？</translation>
    </message>
    <message>
        <source>&amp;Urge</source>
        <translation>催单(&amp;U)</translation>
    </message>
    <message>
        <source>Urging the case…</source>
        <translation>正在催单…</translation>
    </message>
    <message>
        <source>The case was urged.</source>
        <translation>已催单。</translation>
    </message>
    <message>
        <source>Cancel Case</source>
        <translation>撤单</translation>
    </message>
    <message>
        <source>Cancel case %1? Support stops working on it, and it cannot be reopened.</source>
        <translation>要撤销工单 %1 吗？技术支持将停止处理该工单，且撤销后无法重新打开。</translation>
    </message>
    <message>
        <source>Cancel &amp;Case</source>
        <translation>撤单(&amp;C)</translation>
    </message>
    <message>
        <source>Cancelling the case…</source>
        <translation>正在撤单…</translation>
    </message>
    <message>
        <source>The case was cancelled.</source>
        <translation>工单已撤销。</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>删除工单</translation>
    </message>
    <message>
        <source>Delete case %1? It disappears from your case lists; this cannot be undone.</source>
        <translation>要删除工单 %1 吗？该工单将从您的工单列表中消失；此操作不可恢复。</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>删除工单(&amp;D)</translation>
    </message>
    <message>
        <source>Deleting the case…</source>
        <translation>正在删除工单…</translation>
    </message>
    <message>
        <source>The case was deleted.</source>
        <translation>工单已删除。</translation>
    </message>
    <message>
        <source>Closing the case…</source>
        <translation>正在关单…</translation>
    </message>
    <message>
        <source>The case was closed.</source>
        <translation>工单已关闭。</translation>
    </message>
    <message>
        <source>Sending the rating…</source>
        <translation>正在提交评价…</translation>
    </message>
    <message>
        <source>Thank you, the rating was sent.</source>
        <translation>感谢您的评价，评价已提交。</translation>
    </message>
    <message>
        <source>Saving the contact information…</source>
        <translation>正在保存联系方式…</translation>
    </message>
    <message>
        <source>The contact information was saved.</source>
        <translation>联系方式已保存。</translation>
    </message>
    <message>
        <source>Case ID %1 copied.</source>
        <translation>已复制工单号 %1。</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels. Remove one before adding another.</source>
        <translation>每个工单最多可添加 5 个标签。请先移除一个再添加。</translation>
    </message>
    <message>
        <source>Adding the label…</source>
        <translation>正在添加标签…</translation>
    </message>
    <message>
        <source>The label was added.</source>
        <translation>标签已添加。</translation>
    </message>
    <message>
        <source>Removing the label…</source>
        <translation>正在移除标签…</translation>
    </message>
    <message>
        <source>The label was removed.</source>
        <translation>标签已移除。</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>工单不能关联自身。</translation>
    </message>
    <message>
        <source>Case %1 is already related to this case.</source>
        <translation>工单 %1 已与此工单关联。</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases. Remove one before adding another.</source>
        <translation>每个工单最多可有 3 个关联工单。请先移除一个再添加。</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to relate cases.</source>
        <translation>请输入您的 IAM 用户组 ID：OSM API 关联工单时需要此 ID。</translation>
    </message>
    <message>
        <source>Relating case %1…</source>
        <translation>正在关联工单 %1…</translation>
    </message>
    <message>
        <source>Case %1 is now related.</source>
        <translation>已关联工单 %1。</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to remove a relation.</source>
        <translation>请输入您的 IAM 用户组 ID：OSM API 解除关联时需要此 ID。</translation>
    </message>
    <message>
        <source>Removing the relation…</source>
        <translation>正在解除关联…</translation>
    </message>
    <message>
        <source>Case %1 is no longer related.</source>
        <translation>已解除与工单 %1 的关联。</translation>
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
        <source>Severity</source>
        <translation>严重性</translation>
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
        <source>Case type</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理方</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>提单人</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Resolution confirmed</source>
        <translation>确认解决时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Access authorized</source>
        <translation>已授权访问</translation>
    </message>
    <message>
        <source>Grey-release routing</source>
        <translation>灰度路由</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>问题归属</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>您的评价意见</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Case type ID</source>
        <translation>工单类型 ID</translation>
    </message>
    <message>
        <source>Category ID</source>
        <translation>类目 ID</translation>
    </message>
    <message>
        <source>Business type ID</source>
        <translation>业务类型 ID</translation>
    </message>
    <message>
        <source>Problem type ID</source>
        <translation>问题类型 ID</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>国家码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Contact methods</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>联系时间</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>抄送邮箱</translation>
    </message>
    <message>
        <source>Recent CC e-mails</source>
        <translation>最近使用的抄送邮箱</translation>
    </message>
    <message>
        <source>ISV commodity</source>
        <translation>ISV 商品</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>工单详情</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Copy case ID</source>
        <translation>复制工单号</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>工单状态</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>工单操作</translation>
    </message>
    <message>
        <source>Case detail status</source>
        <translation>工单详情状态</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Case detail sections</source>
        <translation>工单详情分区</translation>
    </message>
    <message>
        <source>Urge case</source>
        <translation>催单</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>关单(&amp;L)…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>关单</translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation>评价(&amp;R)…</translation>
    </message>
    <message>
        <source>Rate case</source>
        <translation>评价工单</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Case</source>
        <translation>撤单(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>撤单</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>删除工单</translation>
    </message>
    <message>
        <source>Edit &amp;Contact…</source>
        <translation>编辑联系方式(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit contact information</source>
        <translation>编辑联系方式</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Refresh case detail</source>
        <translation>刷新工单详情</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Related Cases</source>
        <translation>关联工单</translation>
    </message>
    <message>
        <source>Contact and CC</source>
        <translation>联系方式与抄送</translation>
    </message>
    <message>
        <source>Operation Log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s name before its value, e.g. &quot;Status:&quot;</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>The extra parameters were sent.</source>
        <translation>扩展参数已发送。</translation>
    </message>
    <message>
        <source>Extra Parameters…</source>
        <translation>扩展参数…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1; updating…</source>
        <translation>显示截至 %1 保存的详情；正在更新…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1. %2</source>
        <translation>显示截至 %1 保存的详情。%2</translation>
    </message>
    <message>
        <source>The change could not be saved for sending.</source>
        <translation>无法保存更改以待发送。</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExportFlow</name>
    <message>
        <source>Export Cases</source>
        <translation>导出工单</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>several keywords</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>多个关键字</translation>
    </message>
    <message>
        <source>label</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>标签</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>IAM group</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>IAM 用户组</translation>
    </message>
    <message>
        <source>No case matches the list&apos;s filters: there is nothing to export.</source>
        <translation>没有符合列表筛选条件的工单：无可导出的内容。</translation>
    </message>
    <message>
        <source>The server&apos;s export cannot filter by %1. Export the cases that match the other filters?</source>
        <extracomment>%1 is a list of filters, e.g. &quot;label and status&quot;</extracomment>
        <translation>服务器导出时无法按%1筛选。是否导出符合其他筛选条件的工单？</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>正在导出工单…</translation>
    </message>
    <message>
        <source>Exporting cases… %1 received</source>
        <extracomment>%1 is an amount of data such as &quot;1.2 MB&quot;</extracomment>
        <translation>正在导出工单… 已接收 %1</translation>
    </message>
    <message>
        <source>The cases could not be exported. %1</source>
        <translation>无法导出工单。%1</translation>
    </message>
    <message>
        <source>The cases were exported to %1.</source>
        <extracomment>%1 is the saved file&apos;s path</extracomment>
        <translation>工单已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExtendsParamsDialog</name>
    <message>
        <source>Loading the case&apos;s parameters…</source>
        <translation>正在加载工单参数…</translation>
    </message>
    <message>
        <source>The case&apos;s parameters could not be loaded: %1</source>
        <extracomment>%1 says why (translated error)</extracomment>
        <translation>无法加载工单参数：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Fill in at least one value to send.</source>
        <translation>请至少填写一个值再发送。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Extra Parameters — %1</source>
        <extracomment>%1 is the case ID</extracomment>
        <translation>扩展参数 — %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Support has asked for more information about this case. Fill in the fields marked * and send them.</source>
        <translation>技术支持需要您提供此工单的更多信息。请填写标有 * 的字段后发送。</translation>
    </message>
    <message>
        <source>This case holds no extra parameters, and its problem type asks for none.</source>
        <translation>此工单没有扩展参数，其问题类型也不需要。</translation>
    </message>
    <message>
        <source>The extra information this case holds. Complete or correct it and send it to support.</source>
        <translation>此工单已有的补充信息。请补全或更正后发送给技术支持。</translation>
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
    <message>
        <source>Pick a sub-user or type a sub-user ID</source>
        <translation>选择子用户或输入子用户 ID</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseLabelsEditor</name>
    <message>
        <source>Case labels</source>
        <translation>工单标签</translation>
    </message>
    <message>
        <source>Select a label and press Delete to remove it from the case</source>
        <translation>选择标签后按 Delete 键即可将其从工单中移除</translation>
    </message>
    <message>
        <source>Label to add</source>
        <translation>要添加的标签</translation>
    </message>
    <message>
        <source>No other labels</source>
        <translation>没有其他标签</translation>
    </message>
    <message>
        <source>&amp;Add Label</source>
        <translation>添加标签(&amp;A)</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label</source>
        <translation>移除标签(&amp;V)</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>移除标签</translation>
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
    <name>osm::ui::CaseOperateLogModel</name>
    <message>
        <source>Created</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>催单</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关单</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>撤单</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除工单</translation>
    </message>
    <message>
        <source>Rejected by the user centre</source>
        <translation>被用户中心驳回</translation>
    </message>
    <message>
        <source>Authorization confirmed</source>
        <translation>确认授权</translation>
    </message>
    <message>
        <source>Authorization rejected</source>
        <translation>拒绝授权</translation>
    </message>
    <message>
        <source>Authorization cancelled</source>
        <translation>撤销授权</translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation>导出工单</translation>
    </message>
    <message>
        <source>Customer replied (awaiting feedback)</source>
        <translation>客户已回复（待反馈）</translation>
    </message>
    <message>
        <source>Contact information changed</source>
        <translation>修改联系方式</translation>
    </message>
    <message>
        <source>Contact information deleted</source>
        <translation>删除联系方式</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <extracomment>%1 is an operation code the reference does not document</extracomment>
        <translation>操作 %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
        <translation>评价意见长度</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>关单</translation>
    </message>
    <message>
        <source>Rate Case</source>
        <translation>评价工单</translation>
    </message>
    <message>
        <source>Close case %1? Close it only when the problem is solved. You may rate the support you received; the rating can be given only once.</source>
        <translation>要关闭工单 %1 吗？请仅在问题已解决时关单。您可以对获得的技术支持进行评价；评价只能提交一次。</translation>
    </message>
    <message>
        <source>Rate the support you received for case %1. A case can be rated only once.</source>
        <translation>请对工单 %1 获得的技术支持进行评价。每个工单只能评价一次。</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The rating scales could not be loaded.</source>
        <translation>无法加载评价项。</translation>
    </message>
    <message>
        <source>Loading the rating scales…</source>
        <translation>正在加载评价项…</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>评价意见(&amp;C)：</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>C&amp;lose Case</source>
        <translation>关单(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Submit Rating</source>
        <translation>提交评价(&amp;S)</translation>
    </message>
    <message>
        <source>Confirm close</source>
        <translation>确认关单</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <extracomment>%1 is the number of a rating scale the server did not name</extracomment>
        <translation>评价项 %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>%1 is the name of a rating scale, e.g. &quot;Handling timeliness&quot;</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n star(s))</source>
        <extracomment>%1 is a row of star characters, %n the number of stars</extracomment>
        <translation>
            <numerusform>%1（%n 星）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <extracomment>%1 is the name of a rating scale</extracomment>
        <translation>%1 的评分</translation>
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
    <message>
        <source>Conversation and case detail</source>
        <translation>沟通记录与工单详情</translation>
    </message>
    <message>
        <source>Offline: showing the messages saved as of %1. %2</source>
        <translation>离线：显示截至 %1 保存的留言。%2</translation>
    </message>
    <message>
        <source>Showing the messages saved as of %1; updating…</source>
        <translation>显示截至 %1 保存的留言；正在更新…</translation>
    </message>
    <message>
        <source>The message could not be saved for sending.</source>
        <translation>无法保存留言以待发送。</translation>
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
    <message numerus="yes">
        <source>“%1” was not attached: a message takes at most %n file(s).</source>
        <extracomment>%1 is a file name
----------
%1 is a file name; the limit is the server&apos;s (show_accessory_limits)</extracomment>
        <translation>
            <numerusform>未添加“%1”：每条留言最多可添加 %n 个附件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <extracomment>%1 says which file and which limit, e.g. &quot;“a.exe” is not a type of file that may be attached (…).&quot;</extracomment>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <source>Remove before sending: %1</source>
        <extracomment>%1 says which file and which limit</extracomment>
        <translation>请在发送前移除：%1</translation>
    </message>
    <message numerus="yes">
        <source>Remove some files before sending: a message takes at most %n file(s).</source>
        <translation>
            <numerusform>请在发送前移除部分文件：每条留言最多可添加 %n 个附件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted image could not be saved in “%1”.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>无法将粘贴的图片保存到“%1”。</translation>
    </message>
    <message>
        <source>%1 (%2), uploading: %3%</source>
        <extracomment>A staged attachment being uploaded: file name, size, percent sent</extracomment>
        <translation>%1（%2），正在上传：%3%</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>附件提示</translation>
    </message>
    <message>
        <source>File being uploaded</source>
        <translation>正在上传的文件</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>取消上传(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>取消上传</translation>
    </message>
</context>
<context>
    <name>osm::ui::ConfirmAuthorizationDialog</name>
    <message>
        <source>Agree to Authorization %1</source>
        <translation>同意授权 %1</translation>
    </message>
    <message>
        <source>Agree to authorization</source>
        <translation>同意授权</translation>
    </message>
    <message>
        <source>Huawei Cloud support may access the resources below during the period you set. For hosts, give the port, account and password the engineer may use; “Check” tries them first.</source>
        <translation>在您设定的时段内，华为云技术支持可以访问以下资源。对于主机，请提供工程师可使用的端口、账号和密码；“检查”会先行验证。</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Check host %1</source>
        <translation>检查主机 %1</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>检查结果</translation>
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
        <translation>同时申请：%1</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>生效时间(&amp;F)：</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>失效时间(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>委托(&amp;A)：</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>登录身份：</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>无委托</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>委托</translation>
    </message>
    <message>
        <source>Login type</source>
        <translation>登录类型</translation>
    </message>
    <message>
        <source>Federated user</source>
        <translation>联邦用户</translation>
    </message>
    <message>
        <source>Delegated access (agency)</source>
        <translation>委托访问</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>授权状态</translation>
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
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The host accepted this account and password.</source>
        <translation>主机已接受此账号和密码。</translation>
    </message>
    <message>
        <source>The period must end after it starts, and in the future.</source>
        <translation>结束时间必须晚于开始时间，且必须是将来的时间。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The authorization could not be agreed to: %1</source>
        <translation>无法同意该授权：%1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactInfoDialog</name>
    <message>
        <source>A contact field can be changed but not removed: type a new value or leave the old one.</source>
        <translation>联系方式字段可以修改但不能删除：请输入新值或保留原值。</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>邮箱地址无效。</translation>
    </message>
    <message>
        <source>The CC e-mail address &quot;%1&quot; is not valid.</source>
        <extracomment>%1 is what the user typed as a CC e-mail address</extracomment>
        <translation>抄送邮箱地址“%1”无效。</translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>How support engineers reach you about case %1.</source>
        <translation>技术支持工程师就工单 %1 联系您的方式。</translation>
    </message>
    <message>
        <source>Country &amp;code:</source>
        <translation>国家码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机号码(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>Contact &amp;time:</source>
        <translation>联系时间(&amp;T)：</translation>
    </message>
    <message>
        <source>CC e-&amp;mails:</source>
        <translation>抄送邮箱(&amp;M)：</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>国家码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>联系时间</translation>
    </message>
    <message>
        <source>e.g. 9:00-18:00</source>
        <translation>例如 9:00-18:00</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>抄送邮箱</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>多个地址以逗号分隔</translation>
    </message>
    <message>
        <source>Use &amp;Recent</source>
        <translation>填入最近使用(&amp;R)</translation>
    </message>
    <message>
        <source>Use recent CC e-mails</source>
        <translation>填入最近使用的抄送邮箱</translation>
    </message>
    <message>
        <source>Fill in the CC e-mails used most recently: %1</source>
        <extracomment>%1 is a list of e-mail addresses</extracomment>
        <translation>填入最近使用的抄送邮箱：%1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save contact information</source>
        <translation>保存联系方式</translation>
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
        <translation>验证码为 6 个字符。</translation>
    </message>
    <message>
        <source>Checking whether this contact needs verification…</source>
        <translation>正在检查此联系方式是否需要验证…</translation>
    </message>
    <message>
        <source>Registered or verified earlier: no code needed.</source>
        <translation>已注册或此前已验证：无需验证码。</translation>
    </message>
    <message>
        <source>This contact is not a registered one: send a code to it and enter the code here.</source>
        <translation>此联系方式未注册：请向其发送验证码，并在此处输入收到的验证码。</translation>
    </message>
    <message>
        <source>A code was sent. It is valid for 5 minutes; a new code can be sent once a minute, a limited number of times a day.</source>
        <translation>验证码已发送，5 分钟内有效；每分钟可重新发送一次，每天的发送次数有限。</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>已验证。</translation>
    </message>
    <message>
        <source>Could not check this contact.</source>
        <translation>无法检查此联系方式。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>state, then the error that came with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Send Again in %n s</source>
        <translation>
            <numerusform>%n 秒后可重新发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>重新发送(&amp;A)</translation>
    </message>
    <message>
        <source>Send &amp;Code</source>
        <translation>发送验证码(&amp;C)</translation>
    </message>
    <message>
        <source>E-mail verification status</source>
        <translation>邮箱验证状态</translation>
    </message>
    <message>
        <source>Mobile verification status</source>
        <translation>手机号码验证状态</translation>
    </message>
    <message>
        <source>Code sent to the e-mail address</source>
        <translation>发送到邮箱的验证码</translation>
    </message>
    <message>
        <source>Code sent to the mobile number</source>
        <translation>发送到手机的验证码</translation>
    </message>
    <message>
        <source>6-character code</source>
        <translation>6 位验证码</translation>
    </message>
    <message>
        <source>Send a code to the e-mail address</source>
        <translation>向邮箱发送验证码</translation>
    </message>
    <message>
        <source>Send a code to the mobile number</source>
        <translation>向手机号码发送验证码</translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation>验证(&amp;F)</translation>
    </message>
    <message>
        <source>Verify the e-mail address</source>
        <translation>验证邮箱地址</translation>
    </message>
    <message>
        <source>Verify the mobile number</source>
        <translation>验证手机号码</translation>
    </message>
</context>
<context>
    <name>osm::ui::CreateCaseWizard</name>
    <message>
        <source>New Case</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Describe the problem for Huawei Cloud&apos;s engineers. Everything you type is kept as a draft until the case is created.</source>
        <translation>请向华为云工程师描述您的问题。在工单创建之前，您输入的所有内容都会保存为草稿。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Additional Information</source>
        <translation>附加信息</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类目(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>问题类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重性(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>请选择类目…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>请选择产品…</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Choose a problem type…</source>
        <translation>请选择问题类型…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Only the severities your support plan allows are offered.</source>
        <translation>仅列出您的支持计划允许的严重性。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>请选择区域…</translation>
    </message>
    <message>
        <source>Fault reports name the region of the affected resources. Your own regions come first.</source>
        <translation>故障类工单需注明受影响资源所在的区域。您账号下的区域排在前面。</translation>
    </message>
    <message>
        <source>Case quota</source>
        <translation>工单配额</translation>
    </message>
    <message>
        <source>What happened, since when, which resources, what you tried</source>
        <translation>发生了什么、从何时开始、涉及哪些资源、已尝试过哪些操作</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>问题描述长度</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>附加信息</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机号码(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;C e-mails:</source>
        <translation>抄送邮箱(&amp;C)：</translation>
    </message>
    <message>
        <source>Reminder &amp;time:</source>
        <translation>提醒时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Country calling code</source>
        <translation>国家码</translation>
    </message>
    <message>
        <source>Reminder mobile number</source>
        <translation>接收提醒的手机号码</translation>
    </message>
    <message>
        <source>Reminder e-mail address</source>
        <translation>接收提醒的邮箱地址</translation>
    </message>
    <message>
        <source>CC e-mail addresses</source>
        <translation>抄送邮箱地址</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>For example 9:00-18:00</source>
        <translation>例如 9:00-18:00</translation>
    </message>
    <message>
        <source>A number that is not registered with your account needs a verification code.</source>
        <translation>未在您账号中注册的手机号码需要通过验证码验证。</translation>
    </message>
    <message>
        <source>An address that is not registered with your account needs a verification code.</source>
        <translation>未在您账号中注册的邮箱地址需要通过验证码验证。</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>I have read and accept this a&amp;greement</source>
        <translation>我已阅读并接受此协议(&amp;G)</translation>
    </message>
    <message>
        <source>Accept the agreement</source>
        <translation>接受协议</translation>
    </message>
    <message>
        <source>&amp;Submit Case</source>
        <translation>提交工单(&amp;S)</translation>
    </message>
    <message>
        <source>Submit the case</source>
        <translation>提交工单</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close and keep the draft</source>
        <translation>关闭并保留草稿</translation>
    </message>
    <message>
        <source>Submit error</source>
        <translation>提交错误</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <extracomment>%1 is a country calling code such as 86, %2 the country or region&apos;s name</extracomment>
        <translation>+%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>At most %n addresses, separated by commas.</source>
        <translation>
            <numerusform>最多 %n 个地址，以逗号分隔。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n file(s) of at most %1 MB each; types: %2.</source>
        <extracomment>%n files at most, %1 MB each, %2 the allowed file types</extracomment>
        <translation>
            <numerusform>最多 %n 个文件，每个不超过 %1 MB；类型：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: %1 (version %2)</source>
        <extracomment>%1 is the agreement&apos;s name, %2 its version</extracomment>
        <translation>协议：%1（版本 %2）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 characters typed of at most %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many.</source>
        <translation>
            <numerusform>超出 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left.</source>
        <translation>
            <numerusform>还可输入 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>此问题类型不受工单配额限制。</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up, so a new case would be refused. Wait for the next period or ask your account manager for a special approval.</source>
        <translation>此问题类型的工单配额已用完，新建工单将被拒绝。请等待下一周期，或联系您的客户经理申请特批。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>本月剩余 %n 个工单（共 %1 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>本季度剩余 %n 个工单（共 %1 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>本年度剩余 %n 个工单（共 %1 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>本周期剩余 %n 个工单（共 %1 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>choose a category, a product and a problem type.</source>
        <translation>请选择类目、产品和问题类型。</translation>
    </message>
    <message>
        <source>a fault report names the region of the affected resources.</source>
        <translation>故障类工单需注明受影响资源所在的区域。</translation>
    </message>
    <message>
        <source>describe the problem.</source>
        <translation>请描述问题。</translation>
    </message>
    <message numerus="yes">
        <source>it is %n character(s) too long.</source>
        <translation>
            <numerusform>超出 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in the template.</source>
        <translation>请填写模板。</translation>
    </message>
    <message>
        <source>it must be a phone number.</source>
        <translation>必须是电话号码。</translation>
    </message>
    <message>
        <source>it must be an e-mail address.</source>
        <translation>必须是邮箱地址。</translation>
    </message>
    <message>
        <source>give a mobile number or an e-mail address for reminders.</source>
        <translation>请提供接收提醒的手机号码或邮箱地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>“%1”不是邮箱地址。</translation>
    </message>
    <message numerus="yes">
        <source>at most %n addresses are allowed.</source>
        <translation>
            <numerusform>最多允许 %n 个地址。</numerusform>
        </translation>
    </message>
    <message>
        <source>verify this number with the code sent to it first.</source>
        <translation>请先使用发送到此号码的验证码完成验证。</translation>
    </message>
    <message>
        <source>verify this address with the code sent to it first.</source>
        <translation>请先使用发送到此地址的验证码完成验证。</translation>
    </message>
    <message>
        <source>read and accept the agreement first.</source>
        <translation>请先阅读并接受协议。</translation>
    </message>
    <message>
        <source>Checking the contact details…</source>
        <translation>正在检查联系方式…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>正在上传 %1…</translation>
    </message>
    <message>
        <source>%1 could not be uploaded.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>无法上传 %1。</translation>
    </message>
    <message>
        <source>Signing the agreement…</source>
        <translation>正在签署协议…</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>正在创建工单…</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>抄送邮箱</translation>
    </message>
    <message>
        <source>%1 No more cases of this problem type can be created in this period; wait for the next one or ask your account manager for a special approval.</source>
        <extracomment>%1 is the server&apos;s refusal; what follows explains it</extracomment>
        <translation>%1 本周期内无法再创建此问题类型的工单；请等待下一周期，或联系您的客户经理申请特批。</translation>
    </message>
    <message>
        <source>%1 Ask for a new code and enter it again.</source>
        <translation>%1 请重新获取验证码并再次输入。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Edit New Case</source>
        <translation>编辑新建工单</translation>
    </message>
    <message>
        <source>The new case you have not finished yet will be replaced by the one waiting to be sent. Replace it?</source>
        <translation>您尚未完成的新建工单将被等待发送的工单替换。要替换吗？</translation>
    </message>
</context>
<context>
    <name>osm::ui::DiagnosisWindow</name>
    <message>
        <source>Cloud server (ECS)</source>
        <translation>云服务器（ECS）</translation>
    </message>
    <message>
        <source>Database instance (RDS)</source>
        <translation>数据库实例（RDS）</translation>
    </message>
    <message>
        <source>Remote login</source>
        <translation>远程登录</translation>
    </message>
    <message>
        <source>Network health</source>
        <translation>网络健康</translation>
    </message>
    <message>
        <source>Type %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not executed</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>Preparing the diagnosis…</source>
        <translation>正在准备诊断…</translation>
    </message>
    <message>
        <source>Running: %1 of %2 checks done…</source>
        <extracomment>%1 of %2 check items are done</extracomment>
        <translation>运行中：已完成 %1/%2 项检查…</translation>
    </message>
    <message>
        <source>Completed: no problem found.</source>
        <translation>已完成：未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>Completed: %n check item(s) found a problem.</source>
        <translation>
            <numerusform>已完成：%n 个检查项发现问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis failed: the resource could not be checked. Check its region and ID.</source>
        <translation>诊断失败：无法检查该资源。请检查其区域和 ID。</translation>
    </message>
    <message>
        <source>The diagnosis was not run.</source>
        <translation>诊断未运行。</translation>
    </message>
    <message>
        <source>This diagnosis is not available for the resource.</source>
        <translation>此诊断不适用于该资源。</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Checking (%1%)</source>
        <extracomment>a check item in progress; %1 is a percentage</extracomment>
        <translation>检查中（%1%）</translation>
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
        <translation>此项目和区域下没有匹配的虚拟机。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n virtual machine(s): choose one to diagnose.</source>
        <translation>
            <numerusform>找到 %n 台虚拟机：请选择一台进行诊断。</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the diagnosis…</source>
        <translation>正在发起诊断…</translation>
    </message>
    <message>
        <source>Reading the diagnosis…</source>
        <translation>正在读取诊断结果…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No details for this check item.</source>
        <translation>此检查项没有详细信息。</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>检查发现</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Read more about this problem</source>
        <translation>了解此问题的更多信息</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Thank you: your feedback was sent.</source>
        <translation>感谢您的反馈，反馈已提交。</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click: choose what to diagnose, start, and read the results and advice.</source>
        <translation>一键检查云资源的常见问题：选择诊断对象，发起诊断，然后查看结果和建议。</translation>
    </message>
    <message>
        <source>&amp;Diagnose:</source>
        <translation>诊断(&amp;D)：</translation>
    </message>
    <message>
        <source>Diagnosis type</source>
        <translation>诊断类型</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>&amp;Virtual machine:</source>
        <translation>虚拟机(&amp;V)：</translation>
    </message>
    <message>
        <source>VM ID or elastic IP address, or choose one below</source>
        <translation>虚拟机 ID 或弹性公网 IP，或从下方选择</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>实例(&amp;I)：</translation>
    </message>
    <message>
        <source>RDS instance ID</source>
        <translation>RDS 实例 ID</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>资源(&amp;R)：</translation>
    </message>
    <message>
        <source>Not needed for this diagnosis</source>
        <translation>此诊断无需填写</translation>
    </message>
    <message>
        <source>Resource to diagnose</source>
        <translation>要诊断的资源</translation>
    </message>
    <message>
        <source>Find a virtual machine</source>
        <translation>查找虚拟机</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>项目 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>The region&apos;s project ID, as shown under My Credentials in the console</source>
        <translation>该区域的项目 ID，可在控制台“我的凭证”中查看</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>虚拟机名称</translation>
    </message>
    <message>
        <source>Part of the name (optional)</source>
        <translation>名称的一部分（可选）</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Known fault</source>
        <translation>已知故障</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>&amp;Start Diagnosis</source>
        <translation>开始诊断(&amp;S)</translation>
    </message>
    <message>
        <source>Diagnosis status</source>
        <translation>诊断状态</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Check items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Check item details</source>
        <translation>检查项详情</translation>
    </message>
    <message>
        <source>Did this diagnosis help?</source>
        <translation>此次诊断对您有帮助吗？</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>反馈意见</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>意见（可选）</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation>有帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Not Helpful</source>
        <translation>没有帮助(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Past diagnoses</source>
        <translation>历史诊断</translation>
    </message>
    <message>
        <source>Double-click a diagnosis to see its results</source>
        <translation>双击一条诊断记录以查看其结果</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3 in all)</source>
        <extracomment>%1 and %2 are page numbers; %3 is the number of diagnoses</extracomment>
        <translation>第 %1/%2 页（共 %3 条）</translation>
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
        <translation>请选择…</translation>
    </message>
    <message>
        <source>it must be a whole number.</source>
        <translation>必须是整数。</translation>
    </message>
    <message>
        <source>it is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <extracomment>%1 and %2 are the smallest and the largest allowed number</extracomment>
        <translation>必须介于 %1 和 %2 之间。</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n characters long.</source>
        <translation>
            <numerusform>长度不能超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not have the expected format.</source>
        <translation>格式不符合要求。</translation>
    </message>
    <message>
        <source>This problem type asks for no additional information.</source>
        <translation>此问题类型无需提供附加信息。</translation>
    </message>
</context>
<context>
    <name>osm::ui::LabelManagerDialog</name>
    <message>
        <source>Manage Labels</source>
        <translation>管理标签</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Double-click a name (or press F2) to rename the label</source>
        <translation>双击名称（或按 F2）可重命名标签</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New label:</source>
        <translation>新标签(&amp;N)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>新标签名称</translation>
    </message>
    <message>
        <source>New label colour</source>
        <translation>新标签颜色</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>You have %n labels, the most allowed. Delete one to add another.</source>
        <translation>
            <numerusform>您已有 %n 个标签，已达上限。请删除一个后再添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of at most %2 labels</source>
        <extracomment>%1 labels in use of at most %2</extracomment>
        <translation>已使用 %1 个标签，最多 %2 个</translation>
    </message>
    <message>
        <source>Label “%1” created.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>已创建标签“%1”。</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>标签名称不能为空。</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <source>Label “%1” saved.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>已保存标签“%1”。</translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Delete the label “%1”? It is also removed from every case that carries it.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>要删除标签“%1”吗？该标签也会从所有带有它的工单中移除。</translation>
    </message>
    <message>
        <source>Label “%1” deleted.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>已删除标签“%1”。</translation>
    </message>
</context>
<context>
    <name>osm::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheActions</name>
    <message>
        <source>Saved list as of %1</source>
        <translation>截至 %1 保存的列表</translation>
    </message>
    <message>
        <source>These are the cases saved on this computer; the server&apos;s list replaces them when it answers.</source>
        <translation>这些是保存在本机的工单；服务器响应后将以服务器的列表替换。</translation>
    </message>
    <message>
        <source>The server could not be reached: these are the cases saved on this computer.</source>
        <translation>无法连接服务器：以下是保存在本机的工单。</translation>
    </message>
    <message>
        <source>The local cache could not be emptied: %1</source>
        <translation>无法清空本地缓存：%1</translation>
    </message>
    <message>
        <source>&amp;Search Saved Cases…</source>
        <translation>搜索本地保存的工单(&amp;S)…</translation>
    </message>
    <message>
        <source>Find words in the cases, messages and attachment names saved on this computer (%1)</source>
        <translation>在本机保存的工单、留言和附件名称中查找文字（%1）</translation>
    </message>
    <message>
        <source>Rebuild Local &amp;Cache</source>
        <translation>重建本地缓存(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the cases and messages saved on this computer and read them again from the server (unsent messages and drafts are kept)</source>
        <translation>清除本机保存的工单和留言，并重新从服务器读取（未发送的留言和草稿会保留）</translation>
    </message>
    <message>
        <source>Saved list</source>
        <translation>本地保存的列表</translation>
    </message>
    <message>
        <source>Local &amp;Cache…</source>
        <translation>本地缓存(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheDialog</name>
    <message>
        <source>Local Cache</source>
        <translation>本地缓存</translation>
    </message>
    <message>
        <source>&amp;Keep downloaded files up to (MiB):</source>
        <translation>已下载文件的保留上限（MiB）(&amp;K)：</translation>
    </message>
    <message>
        <source>Attachments you open, save or drag out are kept on this computer, so that they open again without a download, also offline. Beyond the limit the least recently used go first; 0 keeps none.</source>
        <translation>您打开、保存或拖出的附件会保留在本机，再次打开时无需重新下载，离线时也可使用。超出上限时，最久未使用的文件将最先被删除；设为 0 则不保留。</translation>
    </message>
    <message>
        <source>C&amp;lear Downloaded Files</source>
        <translation>清除已下载文件(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>In use: %n file(s), %1</source>
        <extracomment>%n is how many files are kept, %1 the space they take (e.g. &quot;12.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>已使用：%n 个文件，%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalSearchDialog</name>
    <message>
        <source>Case %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Message in case %1, %2</source>
        <translation>工单 %1 中的留言，%2</translation>
    </message>
    <message>
        <source>Attachment in case %1</source>
        <translation>工单 %1 中的附件</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Nothing saved on this computer matches.</source>
        <translation>本机保存的内容中没有匹配项。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
    <message>
        <source>Search Saved Cases</source>
        <translation>搜索本地保存的工单</translation>
    </message>
    <message>
        <source>Searches the case descriptions, messages and attachment names saved on this computer, also while offline. Press Enter on a result to open its case.</source>
        <translation>搜索本机保存的工单问题描述、留言和附件名称，离线时也可使用。在结果上按 Enter 可打开其所属工单。</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>要查找的文字</translation>
    </message>
    <message>
        <source>Search saved cases</source>
        <translation>搜索本地保存的工单</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>打开工单(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected case in its own window (Enter or double-click)</source>
        <translation>在单独的窗口中打开所选工单（Enter 或双击）</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new case (%1)</source>
        <translation>新建工单（%1）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About OSM Desk</source>
        <translation>关于 OSM Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>未读留言</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Offline — waiting for the network</source>
        <translation>离线 — 正在等待网络</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>离线 — %n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — retrying…</source>
        <translation>离线 — 正在重试…</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n 条未读留言</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export Cases…</source>
        <translation>导出工单(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the cases of the current view and filters to a file</source>
        <translation>将当前视图和筛选条件下的工单导出到文件</translation>
    </message>
    <message>
        <source>Save &amp;View as CSV…</source>
        <translation>将视图另存为 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the cases listed now, with the visible columns, as a CSV file</source>
        <translation>将当前列出的工单按可见列保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>管理标签(&amp;L)…</translation>
    </message>
    <message>
        <source>A&amp;uthorizations…</source>
        <translation>授权(&amp;U)…</translation>
    </message>
    <message>
        <source>Requests of support engineers for access to your console or hosts</source>
        <translation>技术支持工程师申请访问您的控制台或主机的请求</translation>
    </message>
    <message>
        <source>&amp;Diagnosis…</source>
        <translation>诊断(&amp;D)…</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click</source>
        <translation>一键检查云资源的常见问题</translation>
    </message>
    <message>
        <source>Account &amp;Information…</source>
        <translation>账号信息(&amp;I)…</translation>
    </message>
    <message>
        <source>Case quota, agencies, partner service and configuration items</source>
        <translation>工单配额、委托、伙伴服务和配置项</translation>
    </message>
    <message>
        <source>&amp;Report Infringement or Illegal Information…</source>
        <translation>举报侵权或违法信息(&amp;R)…</translation>
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
    <name>osm::ui::OfflineStatus</name>
    <message numerus="yes">
        <source>Offline — showing saved data; %n change(s) waiting</source>
        <translation>
            <numerusform>离线 — 显示已保存的数据；%n 项更改等待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing saved data</source>
        <translation>离线 — 显示已保存的数据</translation>
    </message>
    <message>
        <source>The server cannot be reached. The cases and messages shown are those saved on this computer; what you send is kept and goes out when the server answers again.</source>
        <translation>无法连接到服务器。当前显示的是本机保存的工单和留言；您发送的内容会先保留，待服务器恢复响应后再发出。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxItemText</name>
    <message>
        <source>Urge the case</source>
        <translation>催单</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>撤单</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>删除工单</translation>
    </message>
    <message>
        <source>Close the case and rate it</source>
        <translation>关单并评价</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>关单</translation>
    </message>
    <message>
        <source>Rate the case</source>
        <translation>评价工单</translation>
    </message>
    <message>
        <source>Add label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>添加标签“%1”</translation>
    </message>
    <message>
        <source>Remove label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>移除标签“%1”</translation>
    </message>
    <message>
        <source>Relate case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>关联工单 %1</translation>
    </message>
    <message>
        <source>Remove the relation to case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>解除与工单 %1 的关联</translation>
    </message>
    <message>
        <source>Change the reminder contact information</source>
        <translation>修改提醒联系方式</translation>
    </message>
    <message>
        <source>Create a case: %1</source>
        <extracomment>%1 is the beginning of the new case&apos;s description</extracomment>
        <translation>新建工单：%1</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxPanel</name>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>%1 is the server&apos;s reason</extracomment>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Waiting for the network; it will be sent when the connection is back.</source>
        <translation>正在等待网络；连接恢复后将发送。</translation>
    </message>
    <message>
        <source>Waiting to sign in again; it will be sent after that.</source>
        <translation>正在等待重新登录；登录后将发送。</translation>
    </message>
    <message>
        <source>Will be sent again shortly: %1</source>
        <extracomment>%1 is why the last attempt failed</extracomment>
        <translation>即将重新发送：%1</translation>
    </message>
    <message>
        <source>Messages waiting to be sent</source>
        <translation>待发送的留言</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <extracomment>The files of a message waiting to be sent; %1 is their names</extracomment>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the message in the reply box</source>
        <translation>在回复框中编辑此留言</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Discard the message</source>
        <translation>丢弃此留言</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesButton</name>
    <message numerus="yes">
        <source>%n new case(s) not sent</source>
        <translation>
            <numerusform>%n 个新建工单未发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 个新建工单等待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the new cases waiting to be sent</source>
        <translation>查看等待发送的新建工单</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesDialog</name>
    <message>
        <source>New Cases Waiting to Be Sent</source>
        <translation>等待发送的新建工单</translation>
    </message>
    <message>
        <source>These new cases are saved on this computer and are created as soon as the server can be reached. A case the server refused shows its reason: edit it, retry or discard it.</source>
        <translation>这些新建工单保存在本机，一旦可以连接服务器即会创建。被服务器拒绝的工单会显示拒绝原因：您可以编辑、重试或丢弃该工单。</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeCache</name>
    <message>
        <source>Your account&apos;s administrator has restricted case submission, and your user does not hold the privilege to submit cases. Ask the administrator of the main account to grant it.</source>
        <translation>您账号的管理员已限制提交工单，而您的用户没有提交工单的权限。请联系主账号管理员授予该权限。</translation>
    </message>
    <message>
        <source>You are signed in with a delegated account, and the account&apos;s administrator does not allow delegated accounts to work on cases. Ask the administrator to grant the case privilege.</source>
        <translation>您使用委托账号登录，而该账号的管理员不允许委托账号处理工单。请联系管理员授予工单权限。</translation>
    </message>
    <message>
        <source>Your user does not hold the privilege to export cases. Ask the administrator of the main account to grant it.</source>
        <translation>您的用户没有导出工单的权限。请联系主账号管理员授予该权限。</translation>
    </message>
    <message>
        <source>You may not see or change the cases of this IAM group: your user is not allowed to work on its members&apos; cases. Check the group ID, or ask your administrator to add you to the group.</source>
        <translation>您无法查看或修改此 IAM 用户组的工单：您的用户无权处理其成员的工单。请检查用户组 ID，或联系管理员将您加入该用户组。</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeNotice</name>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>为什么部分操作不可用</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegePolicyTab</name>
    <message>
        <source>Restrictions the main account switches on for its IAM users: a restricted privilege is held only by the users it is granted to.</source>
        <translation>主账号为其 IAM 用户开启的限制：受限的权限只有被授予的用户才拥有。</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>whether the restriction of a privilege is switched on</extracomment>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>已开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
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
    <name>osm::ui::RelatedCasesEditor</name>
    <message>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>提单人</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>关联工单</translation>
    </message>
    <message>
        <source>Related case ID</source>
        <translation>关联工单号</translation>
    </message>
    <message>
        <source>Case ID to relate</source>
        <translation>要关联的工单号</translation>
    </message>
    <message>
        <source>IAM group ID for relations</source>
        <translation>用于关联操作的 IAM 用户组 ID</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>IAM 用户组 ID</translation>
    </message>
    <message>
        <source>The relation calls of the OSM API require the ID of your IAM group.</source>
        <translation>OSM API 的关联接口需要您的 IAM 用户组 ID。</translation>
    </message>
    <message>
        <source>Re&amp;late</source>
        <translation>关联(&amp;L)</translation>
    </message>
    <message>
        <source>Add related case</source>
        <translation>添加关联工单</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open related case</source>
        <translation>打开关联工单</translation>
    </message>
    <message>
        <source>Unrelate</source>
        <translation>解除关联</translation>
    </message>
    <message>
        <source>Remove related case</source>
        <translation>移除关联工单</translation>
    </message>
</context>
<context>
    <name>osm::ui::ReportFeedbackDialog</name>
    <message>
        <source>Describe what you are reporting.</source>
        <translation>请描述您要举报的内容。</translation>
    </message>
    <message numerus="yes">
        <source>The description is %n character(s) too long.</source>
        <translation>
            <numerusform>描述超出 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one file as evidence.</source>
        <translation>请至少添加一个文件作为证据。</translation>
    </message>
    <message>
        <source>Describe the right that is infringed.</source>
        <translation>请描述被侵犯的权利。</translation>
    </message>
    <message>
        <source>An infringement report needs your name, mobile number and e-mail address.</source>
        <translation>侵权举报需要提供您的姓名、手机号码和邮箱地址。</translation>
    </message>
    <message>
        <source>Waiting for the files to upload…</source>
        <translation>正在等待文件上传…</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <extracomment>%1 is a file name, %2 why it could not be uploaded</extracomment>
        <translation>无法上传 %1：%2</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>characters typed / the limit</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Report Infringement or Illegal Information</source>
        <translation>举报侵权或违法信息</translation>
    </message>
    <message>
        <source>Intellectual-property infringement</source>
        <translation>知识产权侵权</translation>
    </message>
    <message>
        <source>Illegal information</source>
        <translation>违法信息</translation>
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
        <translation>赌博</translation>
    </message>
    <message>
        <source>Political breach</source>
        <translation>涉政违规</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>诈骗</translation>
    </message>
    <message>
        <source>Virtual currency</source>
        <translation>虚拟货币</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>代理服务器</translation>
    </message>
    <message>
        <source>Website without ICP filing</source>
        <translation>网站未备案</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>敏感信息</translation>
    </message>
    <message>
        <source>Violence or terrorism</source>
        <translation>暴恐</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>谣言</translation>
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
        <translation>网络攻击</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>垃圾信息</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>著作权</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>商标权</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>专利权</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Authorized agent</source>
        <translation>授权代理人</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>律师</translation>
    </message>
    <message>
        <source>Right owner</source>
        <translation>权利人</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>举报类型(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类目(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Reported &amp;party:</source>
        <translation>被举报方(&amp;P)：</translation>
    </message>
    <message>
        <source>Reported p&amp;roduct:</source>
        <translation>被举报产品(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Product or service; website address</source>
        <translation>产品或服务；网站地址</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>What is infringing or illegal, and where it can be seen</source>
        <translation>侵权或违法的内容是什么，以及在何处可以看到</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>描述长度</translation>
    </message>
    <message>
        <source>Reported party</source>
        <translation>被举报方</translation>
    </message>
    <message>
        <source>The party or merchant reported (optional)</source>
        <translation>被举报的主体或商家（可选）</translation>
    </message>
    <message>
        <source>Reported product</source>
        <translation>被举报产品</translation>
    </message>
    <message>
        <source>The infringing product or service (optional)</source>
        <translation>侵权的产品或服务（可选）</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <source>One to %1 files that show what you report</source>
        <extracomment>%1 is the largest number of files</extracomment>
        <translation>1 至 %1 个能证明举报内容的文件</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Infringed right</source>
        <translation>被侵犯的权利</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>权利类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Registered &amp;in:</source>
        <translation>注册地(&amp;I)：</translation>
    </message>
    <message>
        <source>Registration &amp;number:</source>
        <translation>注册号(&amp;N)：</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>描述(&amp;C)：</translation>
    </message>
    <message>
        <source>Kind of right</source>
        <translation>权利类型</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>注册地</translation>
    </message>
    <message>
        <source>Country or region (optional)</source>
        <translation>国家或地区（可选）</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>注册号</translation>
    </message>
    <message>
        <source>Trademark or patent number (optional)</source>
        <translation>商标或专利号（可选）</translation>
    </message>
    <message>
        <source>Right description</source>
        <translation>权利描述</translation>
    </message>
    <message>
        <source>Your contact details</source>
        <translation>您的联系方式</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>手机(&amp;B)：</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>邮箱(&amp;M)：</translation>
    </message>
    <message>
        <source>Country or re&amp;gion:</source>
        <translation>国家或地区(&amp;G)：</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>地址(&amp;S)：</translation>
    </message>
    <message>
        <source>You a&amp;re:</source>
        <translation>您的身份(&amp;R)：</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>公司(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Other contact:</source>
        <translation>其他联系方式(&amp;O)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>您的身份</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>其他联系方式</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Send Report</source>
        <translation>提交举报(&amp;S)</translation>
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
    <name>osm::ui::SaveViewAsCsv</name>
    <message>
        <source>Save View as CSV</source>
        <translation>将视图另存为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>
            <numerusform>已将 %n 个工单保存到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::SubmissionPrivilegeGate</name>
    <message>
        <source>New Case</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>You cannot submit cases with this user.</source>
        <translation>您无法使用此用户提交工单。</translation>
    </message>
</context>
<context>
    <name>osm::ui::TrayNotifier</name>
    <message>
        <source>Show OSM Desk</source>
        <translation>显示 OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk tray menu</source>
        <translation>OSM Desk 托盘菜单</translation>
    </message>
    <message numerus="yes">
        <source>OSM Desk: %n unread message(s)</source>
        <translation>
            <numerusform>OSM Desk：%n 条未读留言</numerusform>
        </translation>
    </message>
    <message>
        <source>OSM Desk: no unread messages</source>
        <translation>OSM Desk：没有未读留言</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>没有未读留言</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <extracomment>A tray menu entry: the case number and how many of its messages are unread.</extracomment>
        <translation>
            <numerusform>%1（%n 条未读）</numerusform>
        </translation>
    </message>
    <message>
        <source>New reply in case %1</source>
        <translation>工单 %1 有新回复</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n 条未读留言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New replies in %n case(s)</source>
        <translation>
            <numerusform>%n 个工单有新回复</numerusform>
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
        <translation>视图</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>选择 IAM 用户组(&amp;G)…</translation>
    </message>
</context>
</TS>
