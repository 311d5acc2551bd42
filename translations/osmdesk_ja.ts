<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>main</name>
    <message>
        <source>Manage Huawei Cloud support cases through the OSM API.</source>
        <translation>OSM API を使って Huawei Cloud のサポートケースを管理します。</translation>
    </message>
    <message>
        <source>Run against the built-in OSM simulator.</source>
        <translation>内蔵の OSM シミュレーターに接続して実行します。</translation>
    </message>
    <message>
        <source>Sign in with the account profile &lt;id&gt;.</source>
        <translation>アカウントプロファイル &lt;id&gt; でサインインします。</translation>
    </message>
    <message>
        <source>Exit after the first page of cases has loaded (for tests).</source>
        <translation>ケースの最初のページを読み込んだら終了します（テスト用）。</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de, ar) instead of the system&apos;s.</source>
        <extracomment>&lt;code&gt; stays as it is: it names the option&apos;s value on the command line.</extracomment>
        <translation>システムの言語の代わりに言語 &lt;code&gt;（例: zh_CN、ja、de、ar）を使用します。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>不明な言語「%1」です。使用できる言語: %2。</translation>
    </message>
    <message>
        <source>A case to open: its id, or a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>開くケース: ケース ID、または osmdesk://case/&lt;case id&gt; 形式のリンク。</translation>
    </message>
</context>
<context>
    <name>osm::AkSkAuthenticator</name>
    <message>
        <source>IAM did not name the account of this access key.</source>
        <translation>IAM からこのアクセスキーのアカウントが返されませんでした。</translation>
    </message>
</context>
<context>
    <name>osm::CaseStatus</name>
    <message>
        <source>Pending acceptance</source>
        <translation>受付待ち</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Result to be confirmed</source>
        <translation>結果確認待ち</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Awaiting feedback</source>
        <translation>フィードバック待ち</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>ステータス %1</translation>
    </message>
</context>
<context>
    <name>osm::CredentialStore</name>
    <message>
        <source>No secret is saved for this account. Enter it again in the account settings.</source>
        <translation>このアカウントのシークレットは保存されていません。アカウント設定でもう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>osm::Download</name>
    <message>
        <source>the folder does not exist.</source>
        <translation>フォルダーが存在しません。</translation>
    </message>
    <message>
        <source>the file could not be created (%1).</source>
        <translation>ファイルを作成できませんでした（%1）。</translation>
    </message>
    <message>
        <source>the file could not be written (%1).</source>
        <translation>ファイルに書き込めませんでした（%1）。</translation>
    </message>
    <message>
        <source>the file could not be saved (%1).</source>
        <translation>ファイルを保存できませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>osm::Endpoint</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation>アドレス「%1」は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for &quot;%1&quot;.</source>
        <translation>暗号化なしの http はこのコンピューター（ループバック）への接続にのみ使用できます。「%1」には https を使用してください。</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>アドレスは https:// で始まる必要があります。</translation>
    </message>
</context>
<context>
    <name>osm::Error</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>サーバーに接続できませんでした。ネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time. The app will keep trying when it is safe to.</source>
        <translation>サーバーが時間内に応答しませんでした。安全に再試行できる場合、アプリは再試行を続けます。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>サーバーとの安全な接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>The server sent an answer the app could not read.</source>
        <translation>サーバーから、アプリが読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not valid: %2</source>
        <extracomment>%1 is a parameter name as the API spells it, %2 says what is wrong with it</extracomment>
        <translation>「%1」の値が無効です: %2</translation>
    </message>
    <message>
        <source>The saved credentials could not be used: %1</source>
        <translation>保存された認証情報を使用できませんでした: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the account name, user name and password.</source>
        <translation>サインインに失敗しました。アカウント名、ユーザー名、パスワードを確認してください。</translation>
    </message>
    <message>
        <source>The server refused the credentials of this account.</source>
        <translation>サーバーがこのアカウントの認証情報を拒否しました。</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <extracomment>%1 is the server&apos;s own error message, which may be in another language</extracomment>
        <translation>サーバーがエラーを報告しました: %1</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>リクエストが多すぎます。アプリはまもなく再試行します。</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>サーバーで問題が発生しました（HTTP %1）。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>リクエストに失敗しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation>（コード %1）</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>（リクエスト ID %1）</translation>
    </message>
</context>
<context>
    <name>osm::ErrorCatalog</name>
    <message>
        <source>The request was refused because a parameter is invalid.</source>
        <translation>パラメーターが無効なため、リクエストは拒否されました。</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>サインインしていないか、サインインの有効期限が切れています。</translation>
    </message>
    <message>
        <source>You do not have permission for this operation.</source>
        <translation>この操作を行う権限がありません。</translation>
    </message>
    <message>
        <source>The case service had an internal error. Try again later.</source>
        <translation>ケースサービスで内部エラーが発生しました。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>A parameter failed the server&apos;s validation.</source>
        <translation>パラメーターがサーバーの検証に合格しませんでした。</translation>
    </message>
    <message>
        <source>You do not have permission for this case.</source>
        <translation>このケースに対する権限がありません。</translation>
    </message>
    <message>
        <source>You have urged this case too often. Wait a while before urging it again.</source>
        <translation>このケースの催促が多すぎます。しばらく待ってから再度催促してください。</translation>
    </message>
    <message>
        <source>Today&apos;s attachment upload allowance is used up.</source>
        <translation>本日の添付ファイルのアップロード上限に達しました。</translation>
    </message>
    <message>
        <source>The selected severity does not exist.</source>
        <translation>選択した重大度は存在しません。</translation>
    </message>
    <message>
        <source>A CC e-mail address is not valid.</source>
        <translation>CC のメールアドレスが無効です。</translation>
    </message>
    <message>
        <source>Your support plan does not allow creating this case.</source>
        <translation>ご利用のサポートプランでは、このケースを作成できません。</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>認証に失敗しました。</translation>
    </message>
    <message>
        <source>That case action is not supported (only cancel, close, urge and delete).</source>
        <translation>このケース操作はサポートされていません（取り消し、クローズ、催促、削除のみ）。</translation>
    </message>
    <message>
        <source>The case does not exist, or you cannot see it.</source>
        <translation>ケースが存在しないか、閲覧する権限がありません。</translation>
    </message>
    <message>
        <source>The bastion host (CBH) reported a failure.</source>
        <translation>踏み台ホスト（CBH）から障害が報告されました。</translation>
    </message>
    <message>
        <source>This case was created only a moment ago. Wait a while before urging it.</source>
        <translation>このケースは作成されたばかりです。しばらく待ってから催促してください。</translation>
    </message>
    <message>
        <source>A verification code was sent less than a minute ago. Wait before asking for another.</source>
        <translation>認証コードは 1 分以内に送信済みです。しばらく待ってから再度リクエストしてください。</translation>
    </message>
    <message>
        <source>The case&apos;s current status does not allow this operation.</source>
        <translation>ケースの現在のステータスでは、この操作は行えません。</translation>
    </message>
    <message>
        <source>You are not allowed to see cases of this group.</source>
        <translation>このグループのケースを閲覧する権限がありません。</translation>
    </message>
    <message>
        <source>The maximum number of verification codes has been sent.</source>
        <translation>認証コードの送信回数が上限に達しました。</translation>
    </message>
    <message>
        <source>Your case quota is used up.</source>
        <translation>ケースのクォータを使い切りました。</translation>
    </message>
    <message>
        <source>You have reached today&apos;s limit of new cases.</source>
        <translation>本日作成できるケース数の上限に達しました。</translation>
    </message>
    <message>
        <source>The label does not exist.</source>
        <translation>ラベルが存在しません。</translation>
    </message>
    <message>
        <source>A label with this name already exists.</source>
        <translation>同じ名前のラベルが既に存在します。</translation>
    </message>
    <message>
        <source>You already have 30 labels, the most allowed.</source>
        <translation>ラベルは既に上限の 30 個あります。</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels.</source>
        <translation>1 つのケースに付けられるラベルは最大 5 個です。</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases.</source>
        <translation>1 つのケースに設定できる関連ケースは最大 3 件です。</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>ケースを自分自身に関連付けることはできません。</translation>
    </message>
    <message>
        <source>The attachment is not valid.</source>
        <translation>添付ファイルが無効です。</translation>
    </message>
    <message>
        <source>This authorization can only be changed while it is pending.</source>
        <translation>この権限付与は保留中の間のみ変更できます。</translation>
    </message>
    <message>
        <source>The connection to the target host timed out.</source>
        <translation>対象ホストへの接続がタイムアウトしました。</translation>
    </message>
    <message>
        <source>The signature was rejected. Check the access key (AK) and secret key (SK) of this account.</source>
        <translation>署名が拒否されました。このアカウントのアクセスキー（AK）とシークレットキー（SK）を確認してください。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>サインインの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>リクエストが多すぎます。アプリはまもなく再試行します。</translation>
    </message>
    <message>
        <source>The account name or password is wrong.</source>
        <translation>アカウント名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>The case service could not complete the operation. Try again later.</source>
        <translation>ケースサービスで操作を完了できませんでした。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>This authorization operation is not supported.</source>
        <translation>この権限付与の操作はサポートされていません。</translation>
    </message>
    <message>
        <source>The operation is not allowed.</source>
        <translation>この操作は許可されていません。</translation>
    </message>
    <message>
        <source>The source id does not exist.</source>
        <translation>ソース ID が存在しません。</translation>
    </message>
    <message>
        <source>The selected problem type does not exist.</source>
        <translation>選択した問題の種類は存在しません。</translation>
    </message>
    <message>
        <source>The type is not valid.</source>
        <translation>種類が無効です。</translation>
    </message>
    <message>
        <source>The authorization item does not exist.</source>
        <translation>権限付与の項目が存在しません。</translation>
    </message>
    <message>
        <source>The selected region does not exist.</source>
        <translation>選択したリージョンは存在しません。</translation>
    </message>
</context>
<context>
    <name>osm::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available (%1). Secrets entered now are kept in memory only and will be forgotten when the app quits.</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>利用できるキーチェーンがありません（%1）。ここで入力したシークレットはメモリにのみ保持され、アプリの終了時に破棄されます。</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>キーチェーンが拒否しました: %1</translation>
    </message>
    <message>
        <source>The keychain entry of this account is not in a format the app understands. Enter the secret again.</source>
        <translation>このアカウントのキーチェーン項目は、アプリが理解できない形式です。シークレットをもう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>osm::MultipartBody</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>「%1」を読み取れませんでした: %2</translation>
    </message>
</context>
<context>
    <name>osm::Site</name>
    <message>
        <source>Huawei Cloud (myhuaweicloud.com)</source>
        <extracomment>The endpoint listed in the OSM API reference (region cn-south-1)</extracomment>
        <translation>Huawei Cloud（myhuaweicloud.com）</translation>
    </message>
    <message>
        <source>Huawei Cloud SDK endpoint (myhuaweicloud.cn)</source>
        <extracomment>The endpoint the official Huawei Cloud SDK uses for the same region</extracomment>
        <translation>Huawei Cloud SDK エンドポイント（myhuaweicloud.cn）</translation>
    </message>
</context>
<context>
    <name>osm::TokenAuthenticator</name>
    <message>
        <source>IAM answered without a token.</source>
        <translation>IAM の応答にトークンが含まれていませんでした。</translation>
    </message>
</context>
<context>
    <name>osm::api::AccessoryLimitCheck</name>
    <message numerus="yes">
        <source>at most %n file(s) may be attached to one case or message.</source>
        <translation>
            <numerusform>1 つのケースまたはメッセージに添付できるファイルは最大 %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>「%1」を読み取れません。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>「%1」は空です。</translation>
    </message>
    <message>
        <source>“%1” is not a type of file that may be attached (allowed: %2).</source>
        <extracomment>%1 is a file name, %2 the list of allowed extensions</extracomment>
        <translation>「%1」は添付できない種類のファイルです（添付可能な形式: %2）。</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; an attachment may be at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its size in MB, %3 the largest size allowed in MB</extracomment>
        <translation>「%1」のサイズは %2 MB です。添付ファイルは最大 %3 MB までです。</translation>
    </message>
    <message>
        <source>“%1” could not be read as a ZIP archive.</source>
        <translation>「%1」を ZIP アーカイブとして読み取れませんでした。</translation>
    </message>
    <message>
        <source>“%1” unpacks to %2 MB; an archive may unpack to at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its unpacked size in MB, %3 the largest unpacked size allowed in MB</extracomment>
        <translation>「%1」は展開すると %2 MB になります。アーカイブの展開後のサイズは最大 %3 MB までです。</translation>
    </message>
</context>
<context>
    <name>osm::api::Attachments</name>
    <message>
        <source>it must be “incident” (for a new case) or “message” (for a message).</source>
        <translation>「incident」（新しいケースの場合）または「message」（メッセージの場合）である必要があります。</translation>
    </message>
    <message>
        <source>the file “%1” cannot be read.</source>
        <translation>ファイル「%1」を読み取れません。</translation>
    </message>
    <message>
        <source>an id may not contain a comma.</source>
        <translation>ID にカンマは使用できません。</translation>
    </message>
</context>
<context>
    <name>osm::api::CaseWrites</name>
    <message>
        <source>its keys must be contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>キーは contactType、remindCCEmail、remindEncryptCCEmail、isReceiveMsgRemind のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>it must be IncidentService or IntelligentCustomerService.</source>
        <translation>IncidentService または IntelligentCustomerService である必要があります。</translation>
    </message>
    <message>
        <source>it must be 0, 1 or 2.</source>
        <translation>0、1、2 のいずれかである必要があります。</translation>
    </message>
</context>
<context>
    <name>osm::api::Configurations</name>
    <message>
        <source>it may not contain /, ? or #.</source>
        <translation>/、?、# は使用できません。</translation>
    </message>
</context>
<context>
    <name>osm::api::Feedback</name>
    <message>
        <source>it must be one of %1.</source>
        <translation>次のいずれかである必要があります: %1。</translation>
    </message>
</context>
<context>
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>#RRGGBB 形式の色（例: #1E88E5）で指定する必要があります。</translation>
    </message>
</context>
<context>
    <name>osm::api::Privileges</name>
    <message>
        <source>it must be one of export, createCase or assumeCaseAll.</source>
        <translation>export、createCase、assumeCaseAll のいずれかである必要があります。</translation>
    </message>
</context>
<context>
    <name>osm::api::Relations</name>
    <message>
        <source>a case cannot be related to itself.</source>
        <translation>ケースを自分自身に関連付けることはできません。</translation>
    </message>
</context>
<context>
    <name>osm::api::Validator</name>
    <message>
        <source>a value is required.</source>
        <translation>値は必須です。</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n character(s) long.</source>
        <translation>
            <numerusform>%n 文字以内で指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <translation>%1 から %2 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>it must be one of %1.</source>
        <translation>次のいずれかである必要があります: %1。</translation>
    </message>
    <message numerus="yes">
        <source>at most %n value(s) may be given.</source>
        <translation>
            <numerusform>指定できる値は最大 %n 個です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n value(s) must be given.</source>
        <translation>
            <numerusform>少なくとも %n 個の値を指定する必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be a date and time written as yyyy-MM-dd HH:mm:ss.</source>
        <translation>yyyy-MM-dd HH:mm:ss 形式の日時で指定する必要があります。</translation>
    </message>
</context>
<context>
    <name>osm::api::VerifyCodes</name>
    <message>
        <source>it must be exactly 6 characters long.</source>
        <translation>ちょうど 6 文字で指定する必要があります。</translation>
    </message>
</context>
<context>
    <name>osm::app::DesktopSession</name>
    <message>
        <source>The built-in simulator could not start.</source>
        <translation>内蔵シミュレーターを起動できませんでした。</translation>
    </message>
    <message>
        <source>No account is set up yet. Start OSM Desk with --demo to try it with the built-in simulator.</source>
        <translation>アカウントがまだ設定されていません。--demo を付けて OSM Desk を起動すると、内蔵シミュレーターで試せます。</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>アカウントプロファイル「%1」は存在しません。</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>Welcome to OSM Desk. Set up the Huawei Cloud account whose support cases you want to work with. (To try OSM Desk without an account, start it with --demo.)</source>
        <translation>OSM Desk へようこそ。サポートケースを扱う Huawei Cloud アカウントを設定してください。（アカウントなしで OSM Desk を試すには、--demo を付けて起動します。）</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>アカウントを保存できませんでした。</translation>
    </message>
    <message>
        <source>You have signed out and the stored secret was forgotten. Enter it again to sign in.</source>
        <translation>サインアウトしました。保存されていたシークレットは削除されました。サインインするにはもう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>osm::app::LaunchRequest</name>
    <message>
        <source>Expected at most one case, as a case id or as a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>指定できるケースは 1 件までです。ケース ID または osmdesk://case/&lt;case id&gt; 形式のリンクで指定してください。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AgenciesCommands</name>
    <message>
        <source>The account&apos;s IAM agencies (delegations).</source>
        <translation>アカウントの IAM 委任（エージェンシー）。</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM agencies (5.11.1).</source>
        <translation>アカウントの IAM 委任を一覧表示します（5.11.1）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false: 説明とメッセージのリッチテキストのマークアップを保持します（既定の true: プレーンテキスト）。</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs.</source>
        <translation>サポートケース: list、show、count、status、logs。</translation>
    </message>
    <message>
        <source>List cases, with every filter of the API (5.11.9).</source>
        <translation>API のすべてのフィルターを使ってケースを一覧表示します（5.11.9）。</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters); at most 3.</source>
        <translation>説明のキーワード（最大 64 文字）。最大 3 個。</translation>
    </message>
    <message>
        <source>A label id; at most 5.</source>
        <translation>ラベル ID。最大 5 個。</translation>
    </message>
    <message>
        <source>Matches the case id or the description (at most 64 characters).</source>
        <translation>ケース ID または説明に一致するもの（最大 64 文字）。</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>ケース ID（最大 32 文字）。</translation>
    </message>
    <message>
        <source>Created at or after this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>この日時以降に作成されたもの（yyyy-MM-dd HH:mm:ss）。</translation>
    </message>
    <message>
        <source>Created at or before this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>この日時以前に作成されたもの（yyyy-MM-dd HH:mm:ss）。</translation>
    </message>
    <message>
        <source>The status: 0, 1, 2, 3, 4, 12 or 17.</source>
        <translation>ステータス: 0、1、2、3、4、12、17 のいずれか。</translation>
    </message>
    <message>
        <source>A list of statuses, sent as given.</source>
        <translation>ステータスのリスト（指定どおりに送信）。</translation>
    </message>
    <message>
        <source>The cases of this sub-user id (at most 64 characters).</source>
        <translation>このサブユーザー ID のケース（最大 64 文字）。</translation>
    </message>
    <message>
        <source>The cases of this sub-user name (at most 64 characters).</source>
        <translation>このサブユーザー名のケース（最大 64 文字）。</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>IAM グループ。グループの他のメンバーのケースを対象にする場合に指定します（最大 64 文字）。</translation>
    </message>
    <message>
        <source>Skip this many cases (0-65535, default 0).</source>
        <translation>スキップするケース数（0-65535、既定値 0）。</translation>
    </message>
    <message>
        <source>At most this many cases (0-100, default 10).</source>
        <translation>取得するケースの最大数（0-100、既定値 10）。</translation>
    </message>
    <message>
        <source>The product category id (at most 64 characters).</source>
        <translation>製品カテゴリー ID（最大 64 文字）。</translation>
    </message>
    <message>
        <source>The problem type id (at most 32 characters).</source>
        <translation>問題の種類の ID（最大 32 文字）。</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>ケースサブタイプ ID（最大 32 文字）。</translation>
    </message>
    <message>
        <source>The root cause (at most 32 characters).</source>
        <translation>根本原因（最大 32 文字）。</translation>
    </message>
    <message>
        <source>The service type of the case.</source>
        <translation>ケースのサービスタイプ。</translation>
    </message>
    <message>
        <source>Show one case with all its details (5.11.4).</source>
        <translation>1 件のケースをすべての詳細とともに表示します（5.11.4）。</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>ケース ID（1-32 文字）。</translation>
    </message>
    <message>
        <source>The IAM group, for a case of another member (at most 64 characters).</source>
        <translation>IAM グループ。グループの他のメンバーのケースを表示する場合に指定します（最大 64 文字）。</translation>
    </message>
    <message>
        <source>Count the cases by status (5.11.3).</source>
        <translation>ステータスごとにケース数を集計します（5.11.3）。</translation>
    </message>
    <message>
        <source>Only this status: 0-4 or 13.</source>
        <translation>このステータスのみ: 0-4 または 13。</translation>
    </message>
    <message>
        <source>Show the status of a case (5.11.7).</source>
        <translation>ケースのステータスを表示します（5.11.7）。</translation>
    </message>
    <message>
        <source>List what was done on a case (5.11.5).</source>
        <translation>ケースに対して行われた操作を一覧表示します（5.11.5）。</translation>
    </message>
    <message>
        <source>Skip this many entries (0-65535).</source>
        <translation>スキップする項目数（0-65535）。</translation>
    </message>
    <message>
        <source>At most this many entries (1-100).</source>
        <translation>取得する項目の最大数（1-100）。</translation>
    </message>
    <message>
        <source>Show the CC e-mails used most recently (5.11.6).</source>
        <translation>最近使用した CC のメールアドレスを表示します（5.11.6）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Cli</name>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Use this account profile of OSM Desk (its name or id); by default the active one.</source>
        <translation>使用する OSM Desk のアカウントプロファイル（名前または ID）。既定ではアクティブなプロファイルを使用します。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Send to this OSM endpoint, with the credentials from the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID, looked up when missing, and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>環境変数の認証情報を使って、この OSM エンドポイントに送信します。認証情報は OSM_AK と OSM_SK（必要に応じて OSM_DOMAIN_ID（未設定の場合は自動取得）と OSM_SECURITY_TOKEN）、または OSM_IAM_DOMAIN、OSM_IAM_USER、OSM_PASSWORD です。</translation>
    </message>
    <message>
        <source>The IAM endpoint that goes with --endpoint; by default its site&apos;s, or --endpoint itself.</source>
        <translation>--endpoint と組み合わせて使う IAM エンドポイント。既定ではそのサイトの IAM エンドポイント、なければ --endpoint 自体を使用します。</translation>
    </message>
    <message>
        <source>Print the result as JSON, with the API&apos;s field names.</source>
        <translation>結果を API のフィールド名のまま JSON で出力します。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de) instead of LANGUAGE or LANG.</source>
        <translation>LANGUAGE や LANG の代わりに言語 &lt;コード&gt;（例: zh_CN、ja、de）を使用します。</translation>
    </message>
    <message>
        <source>Log each request on stderr (method, path, status, request id; never credentials).</source>
        <translation>各リクエストを stderr にログ出力します（メソッド、パス、ステータス、リクエスト ID。認証情報は出力しません）。</translation>
    </message>
    <message>
        <source>Show the help of osmctl, of a group or of a command.</source>
        <translation>osmctl、グループ、またはコマンドのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2 %3&quot;.</source>
        <translation>「%2 %3」に --%1 というオプションはありません。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>不明なオプション --%1 です。</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>オプション --%1 には値を指定できません。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値が必要です。</translation>
    </message>
    <message>
        <source>The option --%1 may be given only once.</source>
        <translation>オプション --%1 は 1 回だけ指定できます。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>不明なオプション %1 です。</translation>
    </message>
    <message>
        <source>Unknown command group &quot;%1&quot;.</source>
        <translation>不明なコマンドグループ「%1」です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no command &quot;%2&quot;.</source>
        <translation>「%1」にコマンド「%2」はありません。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: values are given with options.</source>
        <translation>予期しない引数「%1」です。値はオプションで指定してください。</translation>
    </message>
    <message>
        <source>Choose a command of &quot;%1&quot;.</source>
        <translation>「%1」のコマンドを指定してください。</translation>
    </message>
    <message>
        <source>%1 (option --%2)</source>
        <extracomment>%1 is a sentence saying what is wrong, %2 an option such as --limit</extracomment>
        <translation>%1（オプション --%2）</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 %2 --help&quot; for its options.</source>
        <translation>オプションを確認するには「osmctl %1 %2 --help」を実行してください。</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 --help&quot; for its commands.</source>
        <translation>コマンドを確認するには「osmctl %1 --help」を実行してください。</translation>
    </message>
    <message>
        <source>Run &quot;osmctl --help&quot; for the command groups.</source>
        <translation>コマンドグループを確認するには「osmctl --help」を実行してください。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必須。</translation>
    </message>
    <message>
        <source>Repeat the option for several values.</source>
        <translation>複数の値を指定するには、このオプションを繰り返します。</translation>
    </message>
    <message>
        <source>Usage: osmctl [global options] &lt;group&gt; &lt;command&gt; [options]</source>
        <translation>使用法: osmctl [グローバルオプション] &lt;グループ&gt; &lt;コマンド&gt; [オプション]</translation>
    </message>
    <message>
        <source>Work with Huawei Cloud support cases through the OSM API, with the accounts of OSM Desk.</source>
        <translation>OSM Desk のアカウントを使い、OSM API を通じて Huawei Cloud のサポートケースを操作します。</translation>
    </message>
    <message>
        <source>Command groups:</source>
        <translation>コマンドグループ:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>グローバルオプション:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>終了コード:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, invalid value, refused before sending</source>
        <translation>使用法エラー: 不明なコマンドやオプション、無効な値など、送信前に拒否された</translation>
    </message>
    <message>
        <source>the API answered with an error (its error_code and request id are printed)</source>
        <translation>API がエラーを返した（error_code とリクエスト ID を出力）</translation>
    </message>
    <message>
        <source>network, TLS or timeout: no answer</source>
        <translation>ネットワーク、TLS、タイムアウト: 応答なし</translation>
    </message>
    <message>
        <source>authentication: credentials missing or rejected</source>
        <translation>認証: 認証情報がない、または拒否された</translation>
    </message>
    <message>
        <source>Run &quot;osmctl &lt;group&gt; --help&quot; for a group&apos;s commands.</source>
        <translation>グループのコマンドを確認するには「osmctl &lt;グループ&gt; --help」を実行してください。</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 &lt;command&gt; [options]</source>
        <translation>使用法: osmctl %1 &lt;コマンド&gt; [オプション]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>コマンドのオプションを確認するには「osmctl %1 &lt;コマンド&gt; --help」を実行してください。</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 %2 [options]</source>
        <translation>使用法: osmctl %1 %2 [オプション]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>不明な言語「%1」です。使用できる言語: %2。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::ConfigCommands</name>
    <message>
        <source>What a new case is built from: categories, problem types, templates, severities, regions, limits.</source>
        <translation>新しいケースの作成に使う情報: カテゴリー、問題の種類、テンプレート、重大度、リージョン、制限。</translation>
    </message>
    <message>
        <source>List the telephone country codes (5.8.1).</source>
        <translation>電話の国番号を一覧表示します（5.8.1）。</translation>
    </message>
    <message>
        <source>List the problem types (5.8.2).</source>
        <translation>問題の種類を一覧表示します（5.8.2）。</translation>
    </message>
    <message>
        <source>Only those of this product category (1-64 characters).</source>
        <translation>この製品カテゴリーのもののみ（1-64 文字）。</translation>
    </message>
    <message>
        <source>Only those of this case sub-type (at most 32 characters).</source>
        <translation>このケースサブタイプのもののみ（最大 32 文字）。</translation>
    </message>
    <message>
        <source>List the additional parameters a problem type asks for (5.8.3).</source>
        <translation>問題の種類で求められる追加パラメーターを一覧表示します（5.8.3）。</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>問題の種類の ID（1-32 文字）。</translation>
    </message>
    <message>
        <source>The case sub-type id (1-32 characters).</source>
        <translation>ケースサブタイプ ID（1-32 文字）。</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>製品カテゴリー ID（1-64 文字）。</translation>
    </message>
    <message>
        <source>List the description templates of a problem type (5.8.4).</source>
        <translation>問題の種類の説明テンプレートを一覧表示します（5.8.4）。</translation>
    </message>
    <message>
        <source>List the case categories and sub-types (5.8.5).</source>
        <translation>ケースのカテゴリーとサブタイプを一覧表示します（5.8.5）。</translation>
    </message>
    <message>
        <source>List the product categories (5.8.6).</source>
        <translation>製品カテゴリーを一覧表示します（5.8.6）。</translation>
    </message>
    <message>
        <source>Only categories with this name (at most 64 characters).</source>
        <translation>この名前のカテゴリーのみ（最大 64 文字）。</translation>
    </message>
    <message>
        <source>true: the exact name; false: names containing it (the server&apos;s default).</source>
        <translation>true: 名前が完全に一致するもの。false: 名前にこの文字列を含むもの（サーバーの既定）。</translation>
    </message>
    <message>
        <source>Only categories with this acronym (at most 64 characters).</source>
        <translation>この略称のカテゴリーのみ（最大 64 文字）。</translation>
    </message>
    <message>
        <source>List the regions (5.8.7).</source>
        <translation>リージョンを一覧表示します（5.8.7）。</translation>
    </message>
    <message>
        <source>List the satisfaction scales of the case rating (5.8.8).</source>
        <translation>ケース評価の満足度の段階を一覧表示します（5.8.8）。</translation>
    </message>
    <message>
        <source>List the severities of a product category and problem type (5.8.9).</source>
        <translation>製品カテゴリーと問題の種類に応じた重大度を一覧表示します（5.8.9）。</translation>
    </message>
    <message>
        <source>Show the account&apos;s case limits (5.8.10).</source>
        <translation>アカウントのケースに関する制限を表示します（5.8.10）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Connection</name>
    <message>
        <source>--endpoint needs credentials in the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>--endpoint を使うには、環境変数に認証情報が必要です: OSM_AK と OSM_SK（必要に応じて OSM_DOMAIN_ID と OSM_SECURITY_TOKEN）、または OSM_IAM_DOMAIN、OSM_IAM_USER、OSM_PASSWORD。</translation>
    </message>
    <message>
        <source>No account profile is set up. Add one in OSM Desk, or use --endpoint with credentials in the environment (see --help).</source>
        <translation>アカウントプロファイルが設定されていません。OSM Desk で追加するか、環境変数に認証情報を設定して --endpoint を使用してください（--help を参照）。</translation>
    </message>
    <message>
        <source>Several account profiles are called &quot;%1&quot;; give the profile&apos;s id instead.</source>
        <translation>「%1」という名前のアカウントプロファイルが複数あります。代わりにプロファイルの ID を指定してください。</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>アカウントプロファイル「%1」は存在しません。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CustomersCommands</name>
    <message>
        <source>The account&apos;s IAM users (sub-customers), contacts anonymised.</source>
        <translation>アカウントの IAM ユーザー（サブカスタマー）。連絡先は匿名化されます。</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM users (5.11.10).</source>
        <translation>アカウントの IAM ユーザーを一覧表示します（5.11.10）。</translation>
    </message>
    <message>
        <source>Only users with this name (at most 64 characters).</source>
        <translation>この名前のユーザーのみ（最大 64 文字）。</translation>
    </message>
    <message>
        <source>Only the user with this id (at most 64 characters).</source>
        <translation>この ID のユーザーのみ（最大 64 文字）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::LabelsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>ケース ID（1-32 文字）。</translation>
    </message>
    <message>
        <source>A label id (0 or more); 1-5 labels.</source>
        <translation>ラベル ID（0 以上）。ラベルは 1-5 個。</translation>
    </message>
    <message>
        <source>The account&apos;s case labels (at most 30) and the labels of a case (at most 5).</source>
        <translation>アカウントのケースラベル（最大 30 個）と、ケースに付けたラベル（最大 5 個）。</translation>
    </message>
    <message>
        <source>List the account&apos;s labels (5.9.2).</source>
        <translation>アカウントのラベルを一覧表示します（5.9.2）。</translation>
    </message>
    <message>
        <source>Skip this many labels (0-2147483647, default 0).</source>
        <translation>スキップするラベル数（0-2147483647、既定値 0）。</translation>
    </message>
    <message>
        <source>At most this many labels (0-100, default 10).</source>
        <translation>取得するラベルの最大数（0-100、既定値 10）。</translation>
    </message>
    <message>
        <source>Labels whose name contains this (at most 64 characters).</source>
        <translation>名前にこの文字列を含むラベル（最大 64 文字）。</translation>
    </message>
    <message>
        <source>Only the label with this id (0-2147483647).</source>
        <translation>この ID のラベルのみ（0-2147483647）。</translation>
    </message>
    <message>
        <source>Create a label (5.9.1).</source>
        <translation>ラベルを作成します（5.9.1）。</translation>
    </message>
    <message>
        <source>The label&apos;s name (1-64 characters, unique).</source>
        <translation>ラベルの名前（1-64 文字、重複不可）。</translation>
    </message>
    <message>
        <source>The label&apos;s colour, #RRGGBB.</source>
        <translation>ラベルの色（#RRGGBB）。</translation>
    </message>
    <message>
        <source>The label was created.</source>
        <translation>ラベルを作成しました。</translation>
    </message>
    <message>
        <source>Rename or recolour a label (5.9.4).</source>
        <translation>ラベルの名前または色を変更します（5.9.4）。</translation>
    </message>
    <message>
        <source>The label&apos;s id.</source>
        <translation>ラベルの ID。</translation>
    </message>
    <message>
        <source>The new name (1-64 characters).</source>
        <translation>新しい名前（1-64 文字）。</translation>
    </message>
    <message>
        <source>The new colour, #RRGGBB.</source>
        <translation>新しい色（#RRGGBB）。</translation>
    </message>
    <message>
        <source>The label was updated.</source>
        <translation>ラベルを更新しました。</translation>
    </message>
    <message>
        <source>Delete a label; it is removed from every case (5.9.3).</source>
        <translation>ラベルを削除します。ラベルはすべてのケースから外されます（5.9.3）。</translation>
    </message>
    <message>
        <source>The label was deleted.</source>
        <translation>ラベルを削除しました。</translation>
    </message>
    <message>
        <source>List the labels of a case (5.9.5).</source>
        <translation>ケースのラベルを一覧表示します（5.9.5）。</translation>
    </message>
    <message>
        <source>Add labels to a case (5.9.6).</source>
        <translation>ケースにラベルを追加します（5.9.6）。</translation>
    </message>
    <message>
        <source>The labels were added to the case.</source>
        <translation>ケースにラベルを追加しました。</translation>
    </message>
    <message>
        <source>Remove labels from a case (5.9.7).</source>
        <translation>ケースからラベルを外します（5.9.7）。</translation>
    </message>
    <message>
        <source>The labels were removed from the case.</source>
        <translation>ケースからラベルを外しました。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::MessagesCommands</name>
    <message>
        <source>false: keep the rich-text markup of the messages (default true: plain text).</source>
        <translation>false: メッセージのリッチテキストのマークアップを保持します（既定の true: プレーンテキスト）。</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>IAM グループ。グループの他のメンバーのケースを対象にする場合に指定します（最大 64 文字）。</translation>
    </message>
    <message>
        <source>A case id; 1-100 cases.</source>
        <translation>ケース ID。ケースは 1-100 件。</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>ケース ID（1-32 文字）。</translation>
    </message>
    <message>
        <source>The messages of cases: list, send, withdraw, mark read, unread counts, instant-message poll.</source>
        <translation>ケースのメッセージ: 一覧表示、送信、撤回、既読にする、未読数、インスタントメッセージのポーリング。</translation>
    </message>
    <message>
        <source>List the messages of a case (5.10.5).</source>
        <translation>ケースのメッセージを一覧表示します（5.10.5）。</translation>
    </message>
    <message>
        <source>Skip this many messages (0-65535).</source>
        <translation>スキップするメッセージ数（0-65535）。</translation>
    </message>
    <message>
        <source>At most this many messages (0-100).</source>
        <translation>取得するメッセージの最大数（0-100）。</translation>
    </message>
    <message>
        <source>Count the unread messages of cases (5.10.2).</source>
        <translation>ケースの未読メッセージ数を取得します（5.10.2）。</translation>
    </message>
    <message>
        <source>New messages and status changes of cases since a cursor (5.10.7).</source>
        <translation>カーソル以降のケースの新着メッセージとステータス変更を取得します（5.10.7）。</translation>
    </message>
    <message>
        <source>The cursor the previous poll returned (last_message_time_id).</source>
        <translation>前回のポーリングで返されたカーソル（last_message_time_id）。</translation>
    </message>
    <message>
        <source>List the messages before the oldest one loaded so far (5.10.6).</source>
        <translation>これまでに読み込んだ最も古いメッセージより前のメッセージを一覧表示します（5.10.6）。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>The create_time of the oldest message loaded: epoch milliseconds or an ISO 8601 time.</source>
        <translation>読み込み済みの最も古いメッセージの create_time。エポックミリ秒または ISO 8601 形式の時刻。</translation>
    </message>
    <message>
        <source>--create-time expects epoch milliseconds or an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>--create-time にはエポックミリ秒または ISO 8601 形式の時刻を指定してください（「%1」は無効です）。</translation>
    </message>
    <message>
        <source>The type of that message: 0 customer, 1 customer service (default 0).</source>
        <translation>そのメッセージの種類: 0 は顧客、1 はカスタマーサービス（既定値 0）。</translation>
    </message>
    <message>
        <source>At most this many messages (1-100, default 10).</source>
        <translation>取得するメッセージの最大数（1-100、既定値 10）。</translation>
    </message>
    <message>
        <source>Send a message on a case (5.10.3).</source>
        <translation>ケースにメッセージを送信します（5.10.3）。</translation>
    </message>
    <message>
        <source>The message (at most 10000 characters).</source>
        <translation>メッセージ（最大 10000 文字）。</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); at most 10.</source>
        <translation>アップロード済みの添付ファイルの ID（1-32 文字）。最大 10 個。</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>メッセージを送信しました。</translation>
    </message>
    <message>
        <source>Withdraw a message you sent (5.10.4).</source>
        <translation>送信したメッセージを撤回します（5.10.4）。</translation>
    </message>
    <message>
        <source>The message&apos;s id.</source>
        <translation>メッセージの ID。</translation>
    </message>
    <message>
        <source>The message was withdrawn.</source>
        <translation>メッセージを撤回しました。</translation>
    </message>
    <message>
        <source>Mark the messages of a case read (5.10.1).</source>
        <translation>ケースのメッセージを既読にします（5.10.1）。</translation>
    </message>
    <message>
        <source>The messages were marked read.</source>
        <translation>メッセージを既読にしました。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::OptionValue</name>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name such as --offset, %2 the value given</extracomment>
        <translation>--%1 には整数を指定してください（「%2」は無効です）。</translation>
    </message>
    <message>
        <source>--%1 expects true or false, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name, %2 the value given; &quot;true&quot; and &quot;false&quot; are typed as they are</extracomment>
        <translation>--%1 には true または false を指定してください（「%2」は無効です）。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>オプション --%1 は必須です。</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>the value of an option in the help: --group-id &lt;text&gt;</extracomment>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>the value of an option in the help: --offset &lt;number&gt;</extracomment>
        <translation>数値</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Output</name>
    <message numerus="yes">
        <source>%1 (%n):</source>
        <extracomment>a heading over a table; %1 is the API&apos;s field name, %n the number of rows</extracomment>
        <translation>
            <numerusform>%1（%n 件）:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ctl::PartnersCommands</name>
    <message>
        <source>Partners: whether you may process cases, and a partner&apos;s service hours.</source>
        <translation>パートナー: ケースを処理できるかどうかと、パートナーのサービス時間。</translation>
    </message>
    <message>
        <source>Show whether the caller, as a partner, may process cases (5.11.2).</source>
        <translation>呼び出し元がパートナーとしてケースを処理できるかどうかを表示します（5.11.2）。</translation>
    </message>
    <message>
        <source>Show the service hours of the partner of a product or case (5.11.8).</source>
        <translation>製品またはケースのパートナーのサービス時間を表示します（5.11.8）。</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>ケースサブタイプ ID（最大 32 文字）。</translation>
    </message>
    <message>
        <source>The ISV product id (at most 64 characters).</source>
        <translation>ISV 製品 ID（最大 64 文字）。</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>ケース ID（最大 32 文字）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::QuotasCommands</name>
    <message>
        <source>How many cases of a problem type may still be created.</source>
        <translation>問題の種類ごとに、あと何件のケースを作成できるか。</translation>
    </message>
    <message>
        <source>Show the case quota of a product category and problem type (5.7.1).</source>
        <translation>製品カテゴリーと問題の種類に対するケースのクォータを表示します（5.7.1）。</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>製品カテゴリー ID（1-64 文字）。</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>問題の種類の ID（1-32 文字）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::RelationsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>ケース ID（1-32 文字）。</translation>
    </message>
    <message>
        <source>The IAM group id (1-64 characters).</source>
        <translation>IAM グループ ID（1-64 文字）。</translation>
    </message>
    <message>
        <source>Related cases: a case is related to at most 3 others.</source>
        <translation>関連ケース: 1 つのケースに関連付けられる他のケースは最大 3 件です。</translation>
    </message>
    <message>
        <source>List the cases related to a case (5.12.3).</source>
        <translation>ケースの関連ケースを一覧表示します（5.12.3）。</translation>
    </message>
    <message>
        <source>Relate cases to a case (5.12.1).</source>
        <translation>ケースに他のケースを関連付けます（5.12.1）。</translation>
    </message>
    <message>
        <source>A case to relate (1-64 characters, not --case-id); 1-3 cases.</source>
        <translation>関連付けるケース（1-64 文字、--case-id 以外）。ケースは 1-3 件。</translation>
    </message>
    <message>
        <source>The cases were related.</source>
        <translation>ケースを関連付けました。</translation>
    </message>
    <message>
        <source>Remove the relation between two cases (5.12.2).</source>
        <translation>2 つのケースの関連付けを解除します（5.12.2）。</translation>
    </message>
    <message>
        <source>The related case (1-64 characters, not --case-id).</source>
        <translation>関連ケース（1-64 文字、--case-id 以外）。</translation>
    </message>
    <message>
        <source>The relation was removed.</source>
        <translation>関連付けを解除しました。</translation>
    </message>
</context>
<context>
    <name>osm::ui::AboutDialog</name>
    <message>
        <source>OSM Desk %1
Qt %2 (built with %3)
QtKeychain %4</source>
        <translation>OSM Desk %1
Qt %2（ビルド時のバージョン %3）
QtKeychain %4</translation>
    </message>
    <message>
        <source>About OSM Desk</source>
        <translation>OSM Desk について</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>A desktop client for Huawei Cloud support cases through the OSM API.

OSM Desk is free software under the MIT licence. It uses Qt, under the GNU LGPL version 3, and QtKeychain, under the BSD 3-clause licence; the licence texts are installed with those libraries (on Debian in /usr/share/doc/&lt;package&gt;/copyright).</source>
        <translation>OSM API を通じて Huawei Cloud のサポートケースを扱うデスクトップクライアントです。

OSM Desk は MIT ライセンスのフリーソフトウェアです。GNU LGPL バージョン 3 の Qt と、BSD 3 条項ライセンスの QtKeychain を使用しています。ライセンス本文はこれらのライブラリとともにインストールされます（Debian では /usr/share/doc/&lt;package&gt;/copyright）。</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>アプリケーション名</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilter</name>
    <message>
        <source>created %1 to %2</source>
        <translation>作成日 %1～%2</translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>作成日 %1 以降</translation>
    </message>
    <message>
        <source>created until %1</source>
        <translation>作成日 %1 以前</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>submitter: %1</source>
        <translation>提出者: %1</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>ラベル: %1</translation>
    </message>
    <message>
        <source>case ID: %1</source>
        <translation>ケース ID: %1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>説明: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilterBar</name>
    <message>
        <source>Created &amp;from</source>
        <translation>作成日 開始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>終了(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>フィルターをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Case filters</source>
        <translation>ケースのフィルター</translation>
    </message>
    <message>
        <source>Keywords in description</source>
        <translation>説明のキーワード</translation>
    </message>
    <message>
        <source>Search descriptions (up to three words)</source>
        <translation>説明を検索（3 語まで）</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ケース ID</translation>
    </message>
    <message>
        <source>Submitter ID</source>
        <translation>提出者 ID</translation>
    </message>
    <message>
        <source>Sub-user ID</source>
        <translation>サブユーザー ID</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>ステータスのフィルター</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>ラベルのフィルター</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>作成日の開始</translation>
    </message>
    <message>
        <source>Created from date</source>
        <translation>作成日の開始日</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>作成日の終了</translation>
    </message>
    <message>
        <source>Created until date</source>
        <translation>作成日の終了日</translation>
    </message>
    <message>
        <source>Show every case again (%1)</source>
        <translation>すべてのケースを再表示します（%1）</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>現在のフィルター</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>すべてのラベル</translation>
    </message>
    <message>
        <source>The selected view already lists one status.</source>
        <translation>選択したビューには、既に 1 つのステータスのケースだけが表示されています。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n words of up to 64 characters each.</source>
        <translation>
            <numerusform>1 語 64 文字以内で、最大 %n 語まで指定できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>フィルターなし</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>フィルター: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseListModel</name>
    <message>
        <source>Case ID</source>
        <translation>ケース ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>問題の種類</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>提出者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未読</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseViewsModel</name>
    <message>
        <source>My cases</source>
        <translation>自分のケース</translation>
    </message>
    <message>
        <source>Group cases</source>
        <translation>グループのケース</translation>
    </message>
    <message>
        <source>%1: choose the IAM group whose cases to list</source>
        <translation>%1: ケースを一覧表示する IAM グループを選択してください</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1、%n 件のケース</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1、未読メッセージ %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseWindow</name>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>ケース %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Thread status</source>
        <translation>スレッドのステータス</translation>
    </message>
    <message>
        <source>Reload messages</source>
        <translation>メッセージを再読み込み</translation>
    </message>
    <message>
        <source>Messages and reply</source>
        <translation>メッセージと返信</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>メッセージを読み込んでいます…</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>メッセージを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>New messages cannot be checked right now. %1</source>
        <translation>現在、新着メッセージを確認できません。%1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>The message could not be withdrawn: %1</source>
        <translation>メッセージを撤回できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ComposeBox</name>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>ファイルを添付(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move File</source>
        <translation>ファイルを外す(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Compose message</source>
        <translation>メッセージの作成</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>送信エラー</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>送信を再試行</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>メッセージ本文</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send.</source>
        <translation>Ctrl+Enter キーで送信します。</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>返信を入力…（Ctrl+Enter で送信）</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Remove the selected attached file</source>
        <translation>選択した添付ファイルを外します</translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation>残りの文字数</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>送信（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A staged attachment: file name and size, e.g. &quot;log.zip (1.2 MB)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>メッセージは送信されませんでした: %1</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>ファイルの添付</translation>
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
        <translation>ケース</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>ケースを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件のケース</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>アカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit this account&apos;s name, endpoint and credentials</source>
        <translation>このアカウントの名前、エンドポイント、認証情報を編集します</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Forget this account&apos;s stored secret and sign in again</source>
        <translation>このアカウントの保存済みシークレットを削除して、サインインし直します</translation>
    </message>
    <message>
        <source>Read the case list and the counts again (%1)</source>
        <translation>ケース一覧と件数を再読み込みします（%1）</translation>
    </message>
    <message>
        <source>Group Cases</source>
        <translation>グループのケース</translation>
    </message>
    <message>
        <source>ID of the IAM group whose cases to list:</source>
        <translation>ケースを一覧表示する IAM グループの ID:</translation>
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
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Automated answer</source>
        <translation>自動応答</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>情報の提供依頼</translation>
    </message>
    <message>
        <source>Authorization requested</source>
        <translation>権限付与の依頼</translation>
    </message>
    <message>
        <source>Open authorization</source>
        <translation>権限付与を開く</translation>
    </message>
    <message>
        <source>Provide parameters</source>
        <translation>パラメーターを入力</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadModel</name>
    <message>
        <source>This message was withdrawn.</source>
        <translation>このメッセージは撤回されました。</translation>
    </message>
    <message>
        <source>Support: %1, %2: %3</source>
        <translation>サポート: %1、%2: %3</translation>
    </message>
    <message>
        <source>Customer: %1, %2: %3</source>
        <translation>顧客: %1、%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>添付ファイル %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending.</source>
        <translation>送信中。</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadView</name>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>The conversation of this case, oldest first.</source>
        <translation>このケースのやり取り（古い順）。</translation>
    </message>
    <message>
        <source>Withdraw Message</source>
        <translation>メッセージの撤回</translation>
    </message>
    <message>
        <source>Withdraw this message? Support will no longer see its text.</source>
        <translation>このメッセージを撤回しますか？撤回すると、サポート担当者はメッセージの内容を見られなくなります。</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>メッセージの操作</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>テキストをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Withdraw Message…</source>
        <translation>メッセージを撤回(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>osm::ui::ProfileDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>アカウントの編集</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>キーチェーンの警告</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>e.g. Production account</source>
        <extracomment>Placeholder of the account name field</extracomment>
        <translation>例: 本番アカウント</translation>
    </message>
    <message>
        <source>Account name problem</source>
        <translation>アカウント名の問題</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>サイト(&amp;S):</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Custom endpoint…</source>
        <translation>カスタムエンドポイント…</translation>
    </message>
    <message>
        <source>Site addresses</source>
        <translation>サイトのアドレス</translation>
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
        <translation>https://osm.example.com または http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>OSM URL problem</source>
        <translation>OSM URL の問題</translation>
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
        <translation>https://iam.example.com または http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>IAM URL problem</source>
        <translation>IAM URL の問題</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>サインイン方法(&amp;W):</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>アクセスキー（AK/SK）</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM ユーザーとパスワード</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>サインイン情報</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>アクセスキー（AK）(&amp;A):</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>アクセスキー</translation>
    </message>
    <message>
        <source>Access key problem</source>
        <translation>アクセスキーの問題</translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation>シークレットキー（SK）(&amp;E):</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>シークレットキー</translation>
    </message>
    <message>
        <source>Secret key problem</source>
        <translation>シークレットキーの問題</translation>
    </message>
    <message>
        <source>&amp;Domain ID:</source>
        <translation>ドメイン ID(&amp;D):</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>ドメイン ID</translation>
    </message>
    <message>
        <source>Looked up automatically when empty</source>
        <translation>空欄の場合は自動的に取得されます</translation>
    </message>
    <message>
        <source>&amp;Temporary key (with a security token)</source>
        <translation>一時キー（セキュリティトークン付き）(&amp;T)</translation>
    </message>
    <message>
        <source>Temporary key</source>
        <translation>一時キー</translation>
    </message>
    <message>
        <source>Security to&amp;ken:</source>
        <translation>セキュリティトークン(&amp;K):</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>セキュリティトークン</translation>
    </message>
    <message>
        <source>Security token problem</source>
        <translation>セキュリティトークンの問題</translation>
    </message>
    <message>
        <source>A&amp;ccount name:</source>
        <extracomment>The Huawei Cloud account that the IAM user belongs to</extracomment>
        <translation>アカウント名(&amp;C):</translation>
    </message>
    <message>
        <source>Account (domain) name</source>
        <translation>アカウント（ドメイン）名</translation>
    </message>
    <message>
        <source>The Huawei Cloud account (domain) that the IAM user belongs to</source>
        <translation>IAM ユーザーが属する Huawei Cloud アカウント（ドメイン）</translation>
    </message>
    <message>
        <source>IAM &amp;user name:</source>
        <translation>IAM ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>IAM ユーザー名</translation>
    </message>
    <message>
        <source>IAM user name problem</source>
        <translation>IAM ユーザー名の問題</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>パスワードの問題</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>プロジェクト ID(&amp;J):</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>Optional; the account is the scope when empty</source>
        <translation>省略可。空欄の場合はアカウントがスコープになります</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>続行(&amp;O)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Secret</source>
        <translation>保存済みのシークレットを削除(&amp;F)</translation>
    </message>
    <message>
        <source>Forget stored secret</source>
        <translation>保存済みのシークレットを削除</translation>
    </message>
    <message>
        <source>Remove this account&apos;s secret from the keychain; you will have to enter it again</source>
        <translation>このアカウントのシークレットをキーチェーンから削除します。再度入力が必要になります</translation>
    </message>
    <message>
        <source>OSM %1 · IAM %2</source>
        <extracomment>%1 and %2 are the OSM and IAM addresses of the chosen site</extracomment>
        <translation>OSM %1 · IAM %2</translation>
    </message>
    <message>
        <source>No secret is stored; enter it</source>
        <translation>シークレットが保存されていません。入力してください</translation>
    </message>
    <message>
        <source>Unchanged; type to replace</source>
        <translation>変更なし。入力すると置き換えます</translation>
    </message>
    <message>
        <source>Enter a name for this account.</source>
        <translation>このアカウントの名前を入力してください。</translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;.</source>
        <extracomment>%1 is an account name</extracomment>
        <translation>「%1」という名前のアカウントが既にあります。</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>アクセスキー（AK）を入力してください。</translation>
    </message>
    <message>
        <source>An access key has no spaces.</source>
        <translation>アクセスキーに空白は含まれません。</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>シークレットキー（SK）を入力してください。</translation>
    </message>
    <message>
        <source>A temporary key needs its security token.</source>
        <translation>一時キーにはセキュリティトークンが必要です。</translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation>アカウント（ドメイン）名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>IAM ユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>シークレットをキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>The secret will be forgotten when OSM Desk quits: it could not be stored in the keychain, so it is kept in memory for this session only. You will have to enter it again next time.
%1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>OSM Desk を終了するとシークレットは破棄されます。キーチェーンに保存できなかったため、このセッションの間だけメモリに保持されます。次回はもう一度入力する必要があります。
%1</translation>
    </message>
    <message>
        <source>The secret could not be saved, so the account was not saved either. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>シークレットを保存できなかったため、アカウントも保存されませんでした。%1</translation>
    </message>
    <message>
        <source>Removing the secret from the keychain…</source>
        <translation>キーチェーンからシークレットを削除しています…</translation>
    </message>
    <message>
        <source>The secret could not be removed. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>シークレットを削除できませんでした。%1</translation>
    </message>
    <message>
        <source>The stored secret was removed. Enter it again to sign in with this account.</source>
        <translation>保存されていたシークレットを削除しました。このアカウントでサインインするには、もう一度入力してください。</translation>
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
        <translation>このメッセージは長すぎるため全文を表示できません。残りの部分は省略されました。</translation>
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
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>IAM グループを選択(&amp;G)…</translation>
    </message>
</context>
</TS>
