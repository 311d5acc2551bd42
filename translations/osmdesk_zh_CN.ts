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
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>必须是 #RRGGBB 格式的颜色，例如 #1E88E5。</translation>
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
        <source>Read the case list again (%1)</source>
        <translation>重新读取工单列表（%1）</translation>
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
</TS>
