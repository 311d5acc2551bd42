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
    <name>osm::CaseWriteSender</name>
    <message>
        <source>This queued change cannot be read. Discard it and make it again.</source>
        <translation>キューに入っているこの変更を読み取れません。破棄してから、もう一度操作してください。</translation>
    </message>
</context>
<context>
    <name>osm::CreateCaseSender</name>
    <message>
        <source>A staged file of this case is missing.</source>
        <translation>送信用に準備したこのケースのファイルが見つかりません。</translation>
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
    <message>
        <source>The connection was lost while the server was answering. Check whether the change was made before you try again.</source>
        <translation>サーバーの応答中に接続が切断されました。再試行する前に、変更が反映されたかどうかを確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to be read safely and was refused.</source>
        <translation>サーバーの応答が大きすぎて安全に読み取れないため、受け付けませんでした。</translation>
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
    <name>osm::MessageSender</name>
    <message>
        <source>A staged file of this message is missing.</source>
        <translation>送信用に準備したこのメッセージのファイルが見つかりません。</translation>
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
    <name>osm::app::DemoMenu</name>
    <message>
        <source>The simulator cannot listen on port %1 again: another program took it.</source>
        <translation>シミュレーターがポート %1 で再び待ち受けできません。別のプログラムがこのポートを使用しています。</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <extracomment>The menu of osmdesk --demo, which runs against the built-in simulator</extracomment>
        <translation>デモ(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;top Simulator</source>
        <translation>シミュレーターを停止(&amp;T)</translation>
    </message>
    <message>
        <source>Take the built-in simulator away, as if the server could not be reached: OSM Desk works from what it saved and keeps your replies until the simulator is back</source>
        <translation>内蔵シミュレーターを停止し、サーバーに接続できない状態を再現します。OSM Desk は保存済みのデータで動作し、シミュレーターが戻るまで返信を保持します</translation>
    </message>
    <message>
        <source>&amp;Start Simulator</source>
        <translation>シミュレーターを起動(&amp;S)</translation>
    </message>
    <message>
        <source>Bring the built-in simulator back, with the same data</source>
        <translation>内蔵シミュレーターを同じデータのまま再開します</translation>
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
    <message>
        <source>The data saved on this computer for this account could not be read, so OSM Desk started a new local database. Cases and messages are read again from the server.

The old file was kept here:
%1</source>
        <translation>このコンピューターに保存されたこのアカウントのデータを読み取れなかったため、OSM Desk は新しいローカルデータベースを作成しました。ケースとメッセージはサーバーから再度読み込まれます。

以前のファイルは次の場所に残してあります:
%1</translation>
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
    <name>osm::ctl::AgreementsCommands</name>
    <message>
        <source>0 new case, normal user (the default); 1 new case, ISV user; 2 authorization.</source>
        <translation>0: 新しいケース、一般ユーザー（既定）。1: 新しいケース、ISV ユーザー。2: 権限付与。</translation>
    </message>
    <message>
        <source>The agreements to sign before creating a case: published, signed-latest, sign.</source>
        <translation>ケースを作成する前に署名する同意書: published、signed-latest、sign。</translation>
    </message>
    <message>
        <source>Show the latest published agreement of a type (5.1.1).</source>
        <translation>指定した種類の最新の公開済み同意書を表示します（5.1.1）。</translation>
    </message>
    <message>
        <source>Tell whether the account signed the latest agreement of a type (5.1.2).</source>
        <translation>指定した種類の最新の同意書にアカウントが署名済みかどうかを表示します（5.1.2）。</translation>
    </message>
    <message>
        <source>Sign a published agreement (5.1.3); prints the record id &quot;cases create&quot; takes as --agreement-signed-record-id.</source>
        <translation>公開済みの同意書に署名します（5.1.3）。「cases create」の --agreement-signed-record-id に指定する記録 ID を出力します。</translation>
    </message>
    <message>
        <source>The agreement&apos;s id, as &quot;agreements published&quot; shows it (1-2147483647).</source>
        <translation>同意書の ID。「agreements published」で表示される値（1-2147483647）。</translation>
    </message>
    <message>
        <source>A relation id (1-32 characters).</source>
        <translation>関連 ID（1-32 文字）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AttachmentsCommands</name>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>ファイルを読み取れません（%1）。</translation>
    </message>
    <message>
        <source>The IAM group, for an attachment of another member&apos;s case (at most 64 characters).</source>
        <translation>IAM グループ。グループの他のメンバーのケースの添付ファイルを対象にする場合に指定します（最大 64 文字）。</translation>
    </message>
    <message>
        <source>Save as this file (replaced if it exists).</source>
        <translation>このファイル名で保存します（既に存在する場合は上書きします）。</translation>
    </message>
    <message>
        <source>Save into this folder under the server&apos;s file name, made safe and unique (default: the current folder).</source>
        <translation>このフォルダーに、サーバー上のファイル名（安全で重複しない名前に調整）で保存します（既定: 現在のフォルダー）。</translation>
    </message>
    <message>
        <source>Attachments: upload, download, image, delete, limits, download links.</source>
        <translation>添付ファイル: アップロード、ダウンロード、画像、削除、制限、ダウンロードリンク。</translation>
    </message>
    <message>
        <source>Upload a file for a new case or a message (5.5.1); prints its id.</source>
        <translation>新しいケースまたはメッセージ用のファイルをアップロードします（5.5.1）。その ID を出力します。</translation>
    </message>
    <message>
        <source>The local file to upload.</source>
        <translation>アップロードするローカルファイル。</translation>
    </message>
    <message>
        <source>The name the server keeps (1-512 characters; default the file&apos;s own name).</source>
        <translation>サーバーに保存する名前（1-512 文字。既定はファイル自体の名前）。</translation>
    </message>
    <message>
        <source>incident (for a new case, the default) or message.</source>
        <translation>incident（新しいケース用、既定）または message。</translation>
    </message>
    <message>
        <source>0 (the default) or 1 (markdown mode).</source>
        <translation>0（既定）または 1（Markdown モード）。</translation>
    </message>
    <message>
        <source>Send the content Base64-encoded in a JSON body (5.5.2) instead of a streamed multipart upload; the file is read into memory.</source>
        <translation>ストリーミングのマルチパートアップロードの代わりに、内容を Base64 エンコードして JSON 本文で送信します（5.5.2）。ファイルはメモリに読み込まれます。</translation>
    </message>
    <message>
        <source>Download attachments (5.5.4); several come as one archive.</source>
        <translation>添付ファイルをダウンロードします（5.5.4）。複数の場合は 1 つのアーカイブにまとめられます。</translation>
    </message>
    <message>
        <source>An attachment id (1-32 characters); 340 characters in all at most.</source>
        <translation>添付ファイルの ID（1-32 文字）。合計で最大 340 文字。</translation>
    </message>
    <message>
        <source>Download an image attachment as it is displayed (5.5.5).</source>
        <translation>画像の添付ファイルを表示用の形式でダウンロードします（5.5.5）。</translation>
    </message>
    <message>
        <source>The attachment id (1-32 characters).</source>
        <translation>添付ファイルの ID（1-32 文字）。</translation>
    </message>
    <message>
        <source>Delete an uploaded attachment that no case or message uses yet (5.5.3).</source>
        <translation>まだどのケースやメッセージにも使われていない、アップロード済みの添付ファイルを削除します（5.5.3）。</translation>
    </message>
    <message>
        <source>The attachment was deleted.</source>
        <translation>添付ファイルを削除しました。</translation>
    </message>
    <message>
        <source>Show how many files, how large and of which types may be attached (5.5.6).</source>
        <translation>添付できるファイルの数、サイズ、種類を表示します（5.5.6）。</translation>
    </message>
    <message>
        <source>Show temporary download links of attachments (5.2.1).</source>
        <translation>添付ファイルの一時ダウンロードリンクを表示します（5.2.1）。</translation>
    </message>
    <message>
        <source>An attachment id; 1-100.</source>
        <translation>添付ファイルの ID。1-100 個。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AuthorizationsCommands</name>
    <message>
        <source>The authorization&apos;s id (1-32 characters).</source>
        <translation>権限付与の ID（1-32 文字）。</translation>
    </message>
    <message>
        <source>The id of an item of the authorization (authorization_detail_id, a whole number ≥ 0).</source>
        <translation>権限付与の項目の ID（authorization_detail_id、0 以上の整数）。</translation>
    </message>
    <message>
        <source>The IAM group, for the authorizations of its other members (at most 64 characters).</source>
        <translation>IAM グループ。グループの他のメンバーの権限付与を対象にする場合に指定します（最大 64 文字）。</translation>
    </message>
    <message>
        <source>false: keep the rich-text markup of the description (default true: plain text).</source>
        <translation>false: 説明のリッチテキストのマークアップを保持します（既定の true: プレーンテキスト）。</translation>
    </message>
    <message>
        <source>The bastion-host session&apos;s id (session_id, from &quot;sessions&quot;).</source>
        <translation>踏み台ホストのセッション ID（session_id、「sessions」で取得）。</translation>
    </message>
    <message>
        <source>0 newest first (default), 1 oldest first.</source>
        <translation>0: 新しい順（既定）、1: 古い順。</translation>
    </message>
    <message>
        <source>Skip this many records (-1..65535, default 0).</source>
        <translation>スキップする記録数（-1..65535、既定値 0）。</translation>
    </message>
    <message>
        <source>At most this many records (-1..100, default 10).</source>
        <translation>取得する記録の最大数（-1..100、既定値 10）。</translation>
    </message>
    <message>
        <source>The host&apos;s password (1-10240 characters). A command line is visible to other local users: leave it out to take the password from the environment variable OSM_HOST_PASSWORD.</source>
        <translation>ホストのパスワード（1-10240 文字）。コマンドラインはローカルの他のユーザーからも見えるため、省略して環境変数 OSM_HOST_PASSWORD からパスワードを取得させることができます。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>--%1 expects epoch milliseconds or an ISO 8601 time, not &quot;%2&quot;.</source>
        <translation>--%1 にはエポックミリ秒または ISO 8601 形式の時刻を指定してください（「%2」は無効です）。</translation>
    </message>
    <message>
        <source>Agree from this time: epoch milliseconds or ISO 8601 (default now).</source>
        <translation>同意の開始日時: エポックミリ秒または ISO 8601（既定は現在）。</translation>
    </message>
    <message>
        <source>Agree until this time: epoch milliseconds or ISO 8601 (default a day later).</source>
        <translation>同意の終了日時: エポックミリ秒または ISO 8601（既定は 1 日後）。</translation>
    </message>
    <message>
        <source>Access requests of support engineers: list, show, agree, reject, revoke, check hosts, bastion-host records.</source>
        <translation>サポートエンジニアからのアクセス要求: 一覧表示、表示、同意、拒否、取り消し、ホストの確認、踏み台ホストの記録。</translation>
    </message>
    <message>
        <source>List the authorization requests, with every filter of the API (5.6.6).</source>
        <translation>API のすべてのフィルターを使って権限付与の依頼を一覧表示します（5.6.6）。</translation>
    </message>
    <message>
        <source>Those of this sub-user name (at most 64 characters).</source>
        <translation>このサブユーザー名のもの（最大 64 文字）。</translation>
    </message>
    <message>
        <source>Those of this case id (at most 32 characters).</source>
        <translation>このケース ID のもの（最大 32 文字）。</translation>
    </message>
    <message>
        <source>The status (-1..10): 0 pending, 1 agreed, 2 rejected, 3 expired, 4 withdrawn, 5 revoked.</source>
        <translation>ステータス（-1..10）: 0 保留中、1 同意済み、2 拒否済み、3 期限切れ、4 撤回済み、5 取り消し済み。</translation>
    </message>
    <message>
        <source>A part of the case&apos;s description (at most 64 characters).</source>
        <translation>ケースの説明の一部（最大 64 文字）。</translation>
    </message>
    <message>
        <source>Skip this many requests (0-65535, default 0).</source>
        <translation>スキップする依頼数（0-65535、既定値 0）。</translation>
    </message>
    <message>
        <source>At most this many requests (1-100, default 10).</source>
        <translation>取得する依頼の最大数（1-100、既定値 10）。</translation>
    </message>
    <message>
        <source>Show an authorization request with its items (5.6.4).</source>
        <translation>権限付与の依頼をその項目とともに表示します（5.6.4）。</translation>
    </message>
    <message>
        <source>Agree to an authorization request for a period (5.6.5).</source>
        <translation>権限付与の依頼に期間を指定して同意します（5.6.5）。</translation>
    </message>
    <message>
        <source>item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>An item and what you supply for it: auth-detail-id=&lt;number&gt;[,port=&lt;1-65535&gt;][,account=&lt;text&gt;]; at most 6. An item with an account gets the password of OSM_HOST_PASSWORD.</source>
        <translation>項目とその入力値: auth-detail-id=&lt;number&gt;[,port=&lt;1-65535&gt;][,account=&lt;text&gt;]。最大 6 個。account を指定した項目には OSM_HOST_PASSWORD のパスワードが使われます。</translation>
    </message>
    <message>
        <source>--auth-detail-list expects &quot;auth-detail-id=&lt;number&gt;[,port=&lt;number&gt;][,account=&lt;text&gt;]&quot;, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; auth-detail-id, port and account are typed as they are</extracomment>
        <translation>--auth-detail-list には「auth-detail-id=&lt;number&gt;[,port=&lt;number&gt;][,account=&lt;text&gt;]」の形式で指定してください（「%1」は無効です）。</translation>
    </message>
    <message>
        <source>Agree for this agency (at most 64 characters).</source>
        <translation>この委任（エージェンシー）に対して同意します（最大 64 文字）。</translation>
    </message>
    <message>
        <source>The authorization was agreed.</source>
        <translation>権限付与に同意しました。</translation>
    </message>
    <message>
        <source>Reject a pending authorization request (5.6.2, action_id reject).</source>
        <translation>保留中の権限付与の依頼を拒否します（5.6.2、action_id reject）。</translation>
    </message>
    <message>
        <source>Why (1-300 characters).</source>
        <translation>理由（1-300 文字）。</translation>
    </message>
    <message>
        <source>The authorization was rejected.</source>
        <translation>権限付与を拒否しました。</translation>
    </message>
    <message>
        <source>Revoke an agreed authorization (5.6.2, action_id cancel).</source>
        <translation>同意済みの権限付与を取り消します（5.6.2、action_id cancel）。</translation>
    </message>
    <message>
        <source>The authorization was revoked.</source>
        <translation>権限付与を取り消しました。</translation>
    </message>
    <message>
        <source>Check a host item&apos;s port, account and password (5.6.1).</source>
        <translation>ホスト項目のポート、アカウント、パスワードを確認します（5.6.1）。</translation>
    </message>
    <message>
        <source>The host&apos;s port (1-65535).</source>
        <translation>ホストのポート（1-65535）。</translation>
    </message>
    <message>
        <source>The host account (1-64 characters).</source>
        <translation>ホストのアカウント（1-64 文字）。</translation>
    </message>
    <message>
        <source>The port, account and password of the host are right.</source>
        <translation>ホストのポート、アカウント、パスワードは正しいです。</translation>
    </message>
    <message>
        <source>Show how you signed in: ASSUMED, FEDERATION… (5.6.3).</source>
        <translation>サインインの方法を表示します: ASSUMED、FEDERATION など（5.6.3）。</translation>
    </message>
    <message>
        <source>List the bastion-host sessions on an authorized item (5.6.8).</source>
        <translation>権限付与された項目の踏み台ホストのセッションを一覧表示します（5.6.8）。</translation>
    </message>
    <message>
        <source>List the commands run in a bastion-host session (5.6.7).</source>
        <translation>踏み台ホストのセッションで実行されたコマンドを一覧表示します（5.6.7）。</translation>
    </message>
    <message>
        <source>List the file transfers of a bastion-host session (5.6.9).</source>
        <translation>踏み台ホストのセッションのファイル転送を一覧表示します（5.6.9）。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false: 説明とメッセージのリッチテキストのマークアップを保持します（既定の true: プレーンテキスト）。</translation>
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
    <message>
        <source>--%1 expects KEY=VALUE or KEY:=JSON, not &quot;%2&quot;.</source>
        <translation>--%1 には KEY=VALUE または KEY:=JSON の形式で指定してください（「%2」は無効です）。</translation>
    </message>
    <message>
        <source>--%1: the value of %2 is not JSON.</source>
        <translation>--%1: %2 の値が JSON ではありません。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a JSON object.</source>
        <translation>--%1: 「%2」は JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>--%1 expects SATISFACTION_ID=VALUE (two whole numbers) or a JSON object, not &quot;%2&quot;.</source>
        <translation>--%1 には SATISFACTION_ID=VALUE（2 つの整数）または JSON オブジェクトを指定してください（「%2」は無効です）。</translation>
    </message>
    <message>
        <source>KEY=VALUE sends the value as text, KEY:=JSON as a JSON value (a number, true, an object).</source>
        <translation>KEY=VALUE は値をテキストとして、KEY:=JSON は JSON 値（数値、true、オブジェクトなど）として送信します。</translation>
    </message>
    <message>
        <source>A rating: SATISFACTION_ID=VALUE (the ids of &quot;osmctl config satisfaction-dimensions&quot;), or a JSON object with satisfaction_id, satisfaction_value and the other fields of IncidentSatisfactionV2Do; at most 100.</source>
        <translation>評価: SATISFACTION_ID=VALUE（ID は「osmctl config satisfaction-dimensions」のもの）、または satisfaction_id、satisfaction_value などの IncidentSatisfactionV2Do のフィールドを含む JSON オブジェクト。最大 100 個。</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs, create, act on (cancel, close, urge, delete), rate, export, contacts, additional parameters, regions.</source>
        <translation>サポートケース: 一覧表示、表示、集計、ステータス、ログ、作成、操作（取り消し、クローズ、催促、削除）、評価、エクスポート、連絡先、追加パラメーター、リージョン。</translation>
    </message>
    <message>
        <source>Create a case (5.3.5); prints its id.</source>
        <translation>ケースを作成します（5.3.5）。その ID を出力します。</translation>
    </message>
    <message>
        <source>The problem type id, from &quot;osmctl config problem-types&quot; (at most 512 characters).</source>
        <translation>問題の種類の ID。「osmctl config problem-types」で取得（最大 512 文字）。</translation>
    </message>
    <message>
        <source>The description of the problem (at most 2000 characters).</source>
        <translation>問題の説明（最大 2000 文字）。</translation>
    </message>
    <message>
        <source>The case sub-type id, from &quot;osmctl config categories&quot; (at most 32 characters).</source>
        <translation>ケースサブタイプ ID。「osmctl config categories」で取得（最大 32 文字）。</translation>
    </message>
    <message>
        <source>The region id (at most 64 characters); needed when the problem type&apos;s case_type is 5.</source>
        <translation>リージョン ID（最大 64 文字）。問題の種類の case_type が 5 の場合に必要です。</translation>
    </message>
    <message>
        <source>The case source (at most 32 characters; default the fixed value the reference gives).</source>
        <translation>ケースのソース（最大 32 文字。既定はリファレンスで定められた固定値）。</translation>
    </message>
    <message>
        <source>The mobile number for reminders (at most 32 characters).</source>
        <translation>通知用の携帯電話番号（最大 32 文字）。</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (at most 128 characters).</source>
        <translation>通知用のメールアドレス（最大 128 文字）。</translation>
    </message>
    <message>
        <source>When reminders may come (at most 16 characters).</source>
        <translation>通知を受け取れる時間帯（最大 16 文字）。</translation>
    </message>
    <message>
        <source>The project id (at most 64 characters).</source>
        <translation>プロジェクト ID（最大 64 文字）。</translation>
    </message>
    <message>
        <source>An id &quot;osmctl attachments upload&quot; printed; at most 100.</source>
        <translation>「osmctl attachments upload」で出力された ID。最大 100 個。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>An additional parameter of the problem type (&quot;osmctl config extends-params&quot;); at most 100, keys at most 32 characters.</source>
        <translation>問題の種類の追加パラメーター（「osmctl config extends-params」）。最大 100 個、キーは最大 32 文字。</translation>
    </message>
    <message>
        <source>An extension parameter, such as remindCCEmail=a@example.org,b@example.org; at most 100, keys at most 32 characters.</source>
        <translation>拡張パラメーター（例: remindCCEmail=a@example.org,b@example.org）。最大 100 個、キーは最大 32 文字。</translation>
    </message>
    <message>
        <source>The severity id, from &quot;osmctl config severities&quot; (at most 64 characters).</source>
        <translation>重大度の ID。「osmctl config severities」で取得（最大 64 文字）。</translation>
    </message>
    <message>
        <source>The code sent to a contact that is not registered (&quot;osmctl verify send&quot;; at most 6 characters).</source>
        <translation>未登録の連絡先に送信された認証コード（「osmctl verify send」、最大 6 文字）。</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (at most 32 characters).</source>
        <translation>携帯電話番号の国番号（最大 32 文字）。</translation>
    </message>
    <message>
        <source>IncidentService (a case) or IntelligentCustomerService (online service).</source>
        <translation>IncidentService（ケース）または IntelligentCustomerService（オンラインサービス）。</translation>
    </message>
    <message>
        <source>A session id (at most 64 characters); at most 5.</source>
        <translation>セッション ID（最大 64 文字）。最大 5 個。</translation>
    </message>
    <message>
        <source>The record &quot;osmctl agreements sign&quot; printed.</source>
        <translation>「osmctl agreements sign」で出力された記録。</translation>
    </message>
    <message>
        <source>What the user said to the assistant to ask for a human (online service).</source>
        <translation>ユーザーが担当者への対応を求めてアシスタントに入力した内容（オンラインサービス）。</translation>
    </message>
    <message>
        <source>The assistant the case comes from: 0, 1 or 2.</source>
        <translation>ケースの発生元のアシスタント: 0、1、2 のいずれか。</translation>
    </message>
    <message>
        <source>Cancel, close, urge or delete a case (5.3.8); a close may carry a rating.</source>
        <translation>ケースを取り消し、クローズ、催促、または削除します（5.3.8）。クローズ時には評価を付けられます。</translation>
    </message>
    <message>
        <source>cancel, close, press (urge the engineers) or delete.</source>
        <translation>cancel、close、press（エンジニアに催促）、delete のいずれか。</translation>
    </message>
    <message>
        <source>--action expects cancel, close, press or delete, not &quot;%1&quot;.</source>
        <translation>--action には cancel、close、press、delete のいずれかを指定してください（「%1」は無効です）。</translation>
    </message>
    <message>
        <source>Why (at most 400 characters).</source>
        <translation>理由（最大 400 文字）。</translation>
    </message>
    <message>
        <source>With close: a comment on how the case was handled (at most 400 characters).</source>
        <translation>close の場合: ケースの対応についてのコメント（最大 400 文字）。</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>With close:</source>
        <translation>close の場合:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Rate a case (5.3.6).</source>
        <translation>ケースを評価します（5.3.6）。</translation>
    </message>
    <message>
        <source>A comment on how the case was handled (at most 400 characters; default empty).</source>
        <translation>ケースの対応についてのコメント（最大 400 文字。既定は空）。</translation>
    </message>
    <message>
        <source>The rating was sent.</source>
        <translation>評価を送信しました。</translation>
    </message>
    <message>
        <source>Export the cases matching the filters to a file (5.3.7); its language follows --language.</source>
        <translation>フィルターに一致するケースをファイルにエクスポートします（5.3.7）。ファイルの言語は --language に従います。</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>書き込むファイル（既に存在する場合は上書きします）。</translation>
    </message>
    <message>
        <source>A case id; 3400 characters in all at most.</source>
        <translation>ケース ID。合計で最大 3400 文字。</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters).</source>
        <translation>説明のキーワード（最大 64 文字）。</translation>
    </message>
    <message>
        <source>The user id (at most 64 characters).</source>
        <translation>ユーザー ID（最大 64 文字）。</translation>
    </message>
    <message>
        <source>A source id; at most 100.</source>
        <translation>ソース ID。最大 100 個。</translation>
    </message>
    <message>
        <source>The service type of the case (at most 32 characters).</source>
        <translation>ケースのサービスタイプ（最大 32 文字）。</translation>
    </message>
    <message>
        <source>The time zone of the file&apos;s times, such as GMT+8 (at most 32 characters).</source>
        <translation>ファイル内の日時のタイムゾーン（例: GMT+8、最大 32 文字）。</translation>
    </message>
    <message>
        <source>Skip this many cases (-1-65535).</source>
        <translation>スキップするケース数（-1-65535）。</translation>
    </message>
    <message>
        <source>At most this many cases (-1-100; -1: all).</source>
        <translation>取得するケースの最大数（-1-100。-1: すべて）。</translation>
    </message>
    <message>
        <source>Change who is reminded about a case, and how (5.3.1).</source>
        <translation>ケースの通知先と通知方法を変更します（5.3.1）。</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (1-32 characters).</source>
        <translation>携帯電話番号の国番号（1-32 文字）。</translation>
    </message>
    <message>
        <source>The mobile number for reminders (1-32 characters).</source>
        <translation>通知用の携帯電話番号（1-32 文字）。</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (1-128 characters).</source>
        <translation>通知用のメールアドレス（1-128 文字）。</translation>
    </message>
    <message>
        <source>When reminders may come (1-16 characters).</source>
        <translation>通知を受け取れる時間帯（1-16 文字）。</translation>
    </message>
    <message>
        <source>contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>contactType、remindCCEmail、remindEncryptCCEmail、isReceiveMsgRemind のいずれか。</translation>
    </message>
    <message>
        <source>The contact information was changed.</source>
        <translation>連絡先情報を変更しました。</translation>
    </message>
    <message>
        <source>List the additional parameters given for a case (5.3.2).</source>
        <translation>ケースに指定された追加パラメーターを一覧表示します（5.3.2）。</translation>
    </message>
    <message>
        <source>The case id (1-64 characters).</source>
        <translation>ケース ID（1-64 文字）。</translation>
    </message>
    <message>
        <source>Give additional parameters for a case, as an engineer asked (5.3.3).</source>
        <translation>エンジニアの依頼に応じて、ケースの追加パラメーターを入力します（5.3.3）。</translation>
    </message>
    <message>
        <source>A parameter (the param_key of &quot;osmctl config extends-params&quot;); 1-100.</source>
        <translation>パラメーター（「osmctl config extends-params」の param_key）。1-100 個。</translation>
    </message>
    <message>
        <source>The message that asked for them (1-64 characters).</source>
        <translation>入力を依頼したメッセージ（1-64 文字）。</translation>
    </message>
    <message>
        <source>The additional parameters were sent.</source>
        <translation>追加パラメーターを送信しました。</translation>
    </message>
    <message>
        <source>List the regions associated with the account (5.3.4).</source>
        <translation>アカウントに関連付けられたリージョンを一覧表示します（5.3.4）。</translation>
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
    <name>osm::ctl::ConfigurationsCommands</name>
    <message>
        <source>Configuration items of the service, by key.</source>
        <translation>サービスの設定項目（キーで指定）。</translation>
    </message>
    <message>
        <source>Show a configuration item (5.14.1).</source>
        <translation>設定項目を表示します（5.14.1）。</translation>
    </message>
    <message>
        <source>The item&apos;s key (1-128 characters), e.g. case.create-case.diagnose-list.</source>
        <translation>項目のキー（1-128 文字）。例: case.create-case.diagnose-list。</translation>
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
    <name>osm::ctl::DiagnoseCommands</name>
    <message>
        <source>The diagnosis: 1 ECS, 2 RDS, 3 remote login, 4 network health.</source>
        <translation>診断の種類: 1 ECS、2 RDS、3 リモートログイン、4 ネットワークの正常性。</translation>
    </message>
    <message>
        <source>The region (region_id), e.g. cn-south-1.</source>
        <translation>リージョン（region_id）。例: cn-south-1。</translation>
    </message>
    <message>
        <source>The diagnosis job&apos;s id (at most 64 characters).</source>
        <translation>診断ジョブの ID（最大 64 文字）。</translation>
    </message>
    <message>
        <source>One-click diagnosis: pick a VM, start a diagnosis, follow it, read its advice, past diagnoses.</source>
        <translation>ワンクリック診断: VM の選択、診断の開始、進捗の確認、アドバイスの確認、過去の診断。</translation>
    </message>
    <message>
        <source>List the VMs of a project that can be diagnosed (5.15.6).</source>
        <translation>プロジェクト内の診断可能な VM を一覧表示します（5.15.6）。</translation>
    </message>
    <message>
        <source>The project id.</source>
        <translation>プロジェクト ID。</translation>
    </message>
    <message>
        <source>Only the VMs of this region.</source>
        <translation>このリージョンの VM のみ。</translation>
    </message>
    <message>
        <source>The page, counted from 1 (default 1).</source>
        <translation>ページ番号（1 から数える、既定値 1）。</translation>
    </message>
    <message>
        <source>VMs per page (1-100, default 5).</source>
        <translation>1 ページあたりの VM 数（1-100、既定値 5）。</translation>
    </message>
    <message>
        <source>Only the VM with this id.</source>
        <translation>この ID の VM のみ。</translation>
    </message>
    <message>
        <source>Only the VM with this IP address.</source>
        <translation>この IP アドレスの VM のみ。</translation>
    </message>
    <message>
        <source>Only the VMs whose name contains this.</source>
        <translation>名前にこの文字列を含む VM のみ。</translation>
    </message>
    <message>
        <source>Start a diagnosis; prints its job_id (5.15.5).</source>
        <translation>診断を開始します。その job_id を出力します（5.15.5）。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>What to diagnose: vm_id=&lt;id&gt; or eip=&lt;address&gt; (ECS, remote login), instanceId=&lt;id&gt; (RDS).</source>
        <translation>診断の対象: vm_id=&lt;id&gt; または eip=&lt;address&gt;（ECS、リモートログイン）、instanceId=&lt;id&gt;（RDS）。</translation>
    </message>
    <message>
        <source>--params expects key=value, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; key=value is typed as it is</extracomment>
        <translation>--params には key=value の形式で指定してください（「%1」は無効です）。</translation>
    </message>
    <message>
        <source>Show how far a diagnosis got, item by item (5.15.3).</source>
        <translation>診断の進捗を項目ごとに表示します（5.15.3）。</translation>
    </message>
    <message>
        <source>Show the findings and advice of checks of a diagnosis (5.15.2).</source>
        <translation>診断のチェック項目の結果とアドバイスを表示します（5.15.2）。</translation>
    </message>
    <message>
        <source>A check id (at most 64 characters); at most 100.</source>
        <translation>チェック項目の ID（最大 64 文字）。最大 100 個。</translation>
    </message>
    <message>
        <source>List past diagnoses, newest first (5.15.4).</source>
        <translation>過去の診断を新しい順に一覧表示します（5.15.4）。</translation>
    </message>
    <message>
        <source>Diagnoses per page (1-100, default 10).</source>
        <translation>1 ページあたりの診断数（1-100、既定値 10）。</translation>
    </message>
    <message>
        <source>The diagnosis: 1 ECS (default), 2 RDS, 3 remote login, 4 network health.</source>
        <translation>診断の種類: 1 ECS（既定）、2 RDS、3 リモートログイン、4 ネットワークの正常性。</translation>
    </message>
    <message>
        <source>Say whether your latest diagnosis of a type helped (5.15.1).</source>
        <translation>指定した種類の最新の診断が役に立ったかどうかを送信します（5.15.1）。</translation>
    </message>
    <message>
        <source>Whether it helped.</source>
        <translation>役に立ったかどうか。</translation>
    </message>
    <message>
        <source>Your comment (at most 10000 characters).</source>
        <translation>コメント（最大 10000 文字）。</translation>
    </message>
    <message>
        <source>Thank you: the feedback was sent.</source>
        <translation>ありがとうございます。フィードバックを送信しました。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FeedbackCommands</name>
    <message>
        <source>Report an intellectual-property infringement or illegal information on Huawei Cloud.</source>
        <translation>Huawei Cloud 上の知的財産権の侵害または違法情報を報告します。</translation>
    </message>
    <message>
        <source>Report an infringement or illegal information (5.16.1).</source>
        <translation>権利侵害または違法情報を報告します（5.16.1）。</translation>
    </message>
    <message>
        <source>What is reported: infringement or illegal.</source>
        <translation>報告の種類: infringement（権利侵害）または illegal（違法情報）。</translation>
    </message>
    <message>
        <source>&quot;&lt;product or service&gt;; &lt;website URL&gt;&quot; (at most 2048 characters).</source>
        <translation>「&lt;製品またはサービス&gt;; &lt;ウェブサイトの URL&gt;」（最大 2048 文字）。</translation>
    </message>
    <message>
        <source>What is reported (1-5000 characters).</source>
        <translation>報告の内容（1-5000 文字）。</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); 1-3.</source>
        <translation>アップロード済みの添付ファイルの ID（1-32 文字）。1-3 個。</translation>
    </message>
    <message>
        <source>For illegal information: sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack or spam.</source>
        <translation>違法情報の場合の分類: sex breach、gamble breach、policy breach、fraud breach、virtual currency breach、proxy server breach、ICP undocumented、sensitive message、violent terror、rumour、insulting heroes、religion、harm minors、cyberattack、spam のいずれか。</translation>
    </message>
    <message>
        <source>The reported party or merchant (at most 255 characters).</source>
        <translation>報告対象の当事者または事業者（最大 255 文字）。</translation>
    </message>
    <message>
        <source>The infringing product or service (at most 255 characters).</source>
        <translation>権利を侵害している製品またはサービス（最大 255 文字）。</translation>
    </message>
    <message>
        <source>The infringed right (ip.ip_type, required for infringement): copyright, trademark, patent or other.</source>
        <translation>侵害された権利（ip.ip_type、権利侵害の場合は必須）: copyright、trademark、patent、other のいずれか。</translation>
    </message>
    <message>
        <source>Where the right is registered (ip.ip_area, at most 128 characters).</source>
        <translation>権利が登録されている地域（ip.ip_area、最大 128 文字）。</translation>
    </message>
    <message>
        <source>The registration or application number (ip.ip_number, at most 512 characters).</source>
        <translation>登録番号または出願番号（ip.ip_number、最大 512 文字）。</translation>
    </message>
    <message>
        <source>The right, in short (ip.ip_content, required for infringement, at most 5000 characters).</source>
        <translation>権利の概要（ip.ip_content、権利侵害の場合は必須、最大 5000 文字）。</translation>
    </message>
    <message>
        <source>An attachment id proving the right (ip.ip_files); at most 3.</source>
        <translation>権利を証明する添付ファイルの ID（ip.ip_files）。最大 3 個。</translation>
    </message>
    <message>
        <source>Your name (contacts.name, required for infringement, at most 512 characters).</source>
        <translation>氏名（contacts.name、権利侵害の場合は必須、最大 512 文字）。</translation>
    </message>
    <message>
        <source>Your mobile number (contacts.mobile, required for infringement, at most 32 characters).</source>
        <translation>携帯電話番号（contacts.mobile、権利侵害の場合は必須、最大 32 文字）。</translation>
    </message>
    <message>
        <source>Your e-mail address (contacts.mail, required for infringement, at most 128 characters).</source>
        <translation>メールアドレス（contacts.mail、権利侵害の場合は必須、最大 128 文字）。</translation>
    </message>
    <message>
        <source>Your country or region (contacts.area, at most 128 characters).</source>
        <translation>国または地域（contacts.area、最大 128 文字）。</translation>
    </message>
    <message>
        <source>Your address (contacts.address, at most 512 characters).</source>
        <translation>住所（contacts.address、最大 512 文字）。</translation>
    </message>
    <message>
        <source>Who reports (contacts.id_type): 10 enterprise, 20 individual, 21 authorized agent, 22 lawyer, 23 right owner.</source>
        <translation>報告者の区分（contacts.id_type）: 10 企業、20 個人、21 委任を受けた代理人、22 弁護士、23 権利者。</translation>
    </message>
    <message>
        <source>Your company (contacts.company_name, at most 512 characters).</source>
        <translation>会社名（contacts.company_name、最大 512 文字）。</translation>
    </message>
    <message>
        <source>An attachment id proving your identity (contacts.id_files); at most 3.</source>
        <translation>本人確認のための添付ファイルの ID（contacts.id_files）。最大 3 個。</translation>
    </message>
    <message>
        <source>Another way to reach you (contacts.other_way, at most 512 characters).</source>
        <translation>その他の連絡方法（contacts.other_way、最大 512 文字）。</translation>
    </message>
    <message>
        <source>An attachment id proving your authorisation (contacts.authorization_files); at most 3.</source>
        <translation>委任を証明する添付ファイルの ID（contacts.authorization_files）。最大 3 個。</translation>
    </message>
    <message>
        <source>The report was sent.</source>
        <translation>報告を送信しました。</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FileTransfer</name>
    <message>
        <source>Uploading: %1 of %2</source>
        <extracomment>%1 and %2 are sizes such as &quot;1.5 MB&quot;</extracomment>
        <translation>アップロード中: %1 / %2</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>ダウンロード中: %1 / %2</translation>
    </message>
    <message>
        <source>Uploading: %1</source>
        <extracomment>%1 is a size such as &quot;1.5 MB&quot;</extracomment>
        <translation>アップロード中: %1</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>ダウンロード中: %1</translation>
    </message>
    <message>
        <source>give either --output or --dir, not both.</source>
        <translation>--output と --dir のどちらか一方のみを指定してください。</translation>
    </message>
    <message>
        <source>it is a folder; use --dir for a folder.</source>
        <translation>フォルダーです。フォルダーを指定するには --dir を使用してください。</translation>
    </message>
    <message>
        <source>its folder does not exist.</source>
        <translation>保存先のフォルダーが存在しません。</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>フォルダーが存在しません。</translation>
    </message>
    <message>
        <source>the file could not be written; the download was kept as %1.</source>
        <translation>ファイルに書き込めませんでした。ダウンロードしたデータは %1 として保存されています。</translation>
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
    <name>osm::ctl::PrivilegesCommands</name>
    <message>
        <source>The privilege: export (export cases), createCase (create cases) or assumeCaseAll (case work of a delegated account).</source>
        <translation>権限: export（ケースのエクスポート）、createCase（ケースの作成）、assumeCaseAll（委任されたアカウントのケース操作）のいずれか。</translation>
    </message>
    <message>
        <source>Case privileges: the restrictions of sub-users and whether you hold a privilege.</source>
        <translation>ケースの権限: サブユーザーの制限と、権限を持っているかどうか。</translation>
    </message>
    <message>
        <source>Show whether the restriction of a privilege is switched on (5.4.1).</source>
        <translation>権限の制限が有効かどうかを表示します（5.4.1）。</translation>
    </message>
    <message>
        <source>Show whether you hold a privilege: has_privilege 1 or 0 (5.4.2).</source>
        <translation>権限を持っているかどうかを表示します: has_privilege 1 または 0（5.4.2）。</translation>
    </message>
    <message>
        <source>Switch the restriction of a privilege on (create) or off (delete) (5.4.3).</source>
        <translation>権限の制限を有効（create）または無効（delete）にします（5.4.3）。</translation>
    </message>
    <message>
        <source>create switches the restriction on, delete switches it off.</source>
        <translation>create で制限を有効に、delete で無効にします。</translation>
    </message>
    <message>
        <source>--operation expects create or delete, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; &quot;create&quot; and &quot;delete&quot; are typed as they are</extracomment>
        <translation>--operation には create または delete を指定してください（「%1」は無効です）。</translation>
    </message>
    <message>
        <source>The privilege setting was saved.</source>
        <translation>権限の設定を保存しました。</translation>
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
    <name>osm::ctl::VerifyCommands</name>
    <message>
        <source>0 a mobile number (SMS), 1 an e-mail address.</source>
        <translation>0: 携帯電話番号（SMS）、1: メールアドレス。</translation>
    </message>
    <message>
        <source>The mobile number or e-mail address (1-64 characters).</source>
        <translation>携帯電話番号またはメールアドレス（1-64 文字）。</translation>
    </message>
    <message>
        <source>The telephone country code of a mobile number, such as 86 (at most 16 characters).</source>
        <translation>携帯電話番号の国番号（例: 86、最大 16 文字）。</translation>
    </message>
    <message>
        <source>Tell whether a reminder contact needs a verification code (5.13.1).</source>
        <translation>通知先の連絡先に認証コードが必要かどうかを表示します（5.13.1）。</translation>
    </message>
    <message>
        <source>Send a verification code to a contact (5.13.4).</source>
        <translation>連絡先に認証コードを送信します（5.13.4）。</translation>
    </message>
    <message>
        <source>Check the code a contact received, which verifies the contact (5.13.3).</source>
        <translation>連絡先が受け取った認証コードを確認し、連絡先を認証します（5.13.3）。</translation>
    </message>
    <message>
        <source>Verification codes for reminder contacts that are not the account&apos;s own: need-verify, send, check, list.</source>
        <translation>アカウント自身のものではない通知先の連絡先の認証コード: need-verify、send、check、list。</translation>
    </message>
    <message>
        <source>The code was sent; it is valid for 5 minutes.</source>
        <translation>認証コードを送信しました。有効期間は 5 分です。</translation>
    </message>
    <message>
        <source>The code received (6 characters).</source>
        <translation>受け取った認証コード（6 文字）。</translation>
    </message>
    <message>
        <source>The sub-user (IAM user) id (at most 64 characters).</source>
        <translation>サブユーザー（IAM ユーザー）の ID（最大 64 文字）。</translation>
    </message>
    <message>
        <source>The account id (at most 64 characters).</source>
        <translation>アカウント ID（最大 64 文字）。</translation>
    </message>
    <message>
        <source>The contact is verified.</source>
        <translation>連絡先を認証しました。</translation>
    </message>
    <message>
        <source>List the verified contacts (5.13.2).</source>
        <translation>認証済みの連絡先を一覧表示します（5.13.2）。</translation>
    </message>
    <message>
        <source>0 mobile numbers, 1 e-mail addresses.</source>
        <translation>0: 携帯電話番号、1: メールアドレス。</translation>
    </message>
    <message>
        <source>This mobile number or e-mail address (at most 64 characters).</source>
        <translation>この携帯電話番号またはメールアドレス（最大 64 文字）。</translation>
    </message>
    <message>
        <source>The telephone country code (at most 16 characters).</source>
        <translation>国番号（最大 16 文字）。</translation>
    </message>
    <message>
        <source>The verification with this id (at most 64 characters).</source>
        <translation>この ID の認証（最大 64 文字）。</translation>
    </message>
    <message>
        <source>Still valid at this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>この日時に有効なもの（yyyy-MM-dd HH:mm:ss）。</translation>
    </message>
    <message>
        <source>Skip this many contacts (0-65535, default 0).</source>
        <translation>スキップする連絡先の数（0-65535、既定値 0）。</translation>
    </message>
    <message>
        <source>At most this many contacts (1-100, default 10).</source>
        <translation>取得する連絡先の最大数（1-100、既定値 10）。</translation>
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
    <name>osm::ui::AccountInfoDialog</name>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>この問題の種類にはケースのクォータは適用されません。</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up: a new case would be refused until the next period, unless your account manager grants a special approval.</source>
        <translation>この問題の種類のケースのクォータを使い切りました。アカウントマネージャーが特別承認を付与しない限り、次の期間まで新しいケースは受け付けられません。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>今月の残りケース数: %n / %1 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>今四半期の残りケース数: %n / %1 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>今年の残りケース数: %n / %1 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>この期間の残りケース数: %n / %1 件。</numerusform>
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
        <translation>アカウント情報</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>クォータ(&amp;Q)</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>委任(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>パートナー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>設定(&amp;C)</translation>
    </message>
    <message>
        <source>How many more cases this account may create for a product and problem type.</source>
        <translation>このアカウントが製品と問題の種類ごとに作成できる残りのケース数です。</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>製品(&amp;R):</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>問題の種類(&amp;T):</translation>
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
        <source>Case quota</source>
        <translation>ケースのクォータ</translation>
    </message>
    <message>
        <source>Special approval: %1 of %2 used.</source>
        <extracomment>%1 and %2 are numbers of cases</extracomment>
        <translation>特別承認: %2 件中 %1 件を使用済み。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>委任</translation>
    </message>
    <message>
        <source>Trusted account</source>
        <translation>信頼するアカウント</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>委任</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No (expired)</source>
        <translation>いいえ（期限切れ）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies): IAM delegations that let other accounts manage this one&apos;s resources.</source>
        <translation>
            <numerusform>委任 %n 件: 他のアカウントにこのアカウントのリソースの管理を許可する IAM の委任です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner privilege</source>
        <translation>パートナー権限</translation>
    </message>
    <message>
        <source>This account is a partner and may process its customers&apos; cases.</source>
        <translation>このアカウントはパートナーであり、顧客のケースを処理できます。</translation>
    </message>
    <message>
        <source>This account has no partner privilege to process cases.</source>
        <translation>このアカウントには、ケースを処理するパートナー権限がありません。</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>パートナー:</translation>
    </message>
    <message>
        <source>Partner ID:</source>
        <translation>パートナー ID:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>タイムゾーン:</translation>
    </message>
    <message>
        <source>Service days:</source>
        <translation>サービス曜日:</translation>
    </message>
    <message>
        <source>Service hours:</source>
        <translation>サービス時間:</translation>
    </message>
    <message>
        <source>Read a configuration item of the support service by its key.</source>
        <translation>キーを指定して、サポートサービスの設定項目を読み取ります。</translation>
    </message>
    <message>
        <source>Configuration key</source>
        <translation>設定キー</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>Configuration value</source>
        <translation>設定値</translation>
    </message>
    <message>
        <source>Configuration values</source>
        <translation>設定値</translation>
    </message>
    <message>
        <source>Pri&amp;vileges</source>
        <translation>権限(&amp;V)</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentListModel</name>
    <message>
        <source>Downloading… %1%</source>
        <extracomment>An attachment being downloaded: percent done</extracomment>
        <translation>ダウンロード中… %1%</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <source>%1, attached %2</source>
        <extracomment>An attachment for a screen reader: its name and the date of its message</extracomment>
        <translation>%1、%2 に添付</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column of the attachment list: when the file was attached</extracomment>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentStagingList</name>
    <message>
        <source>Attach Files</source>
        <translation>ファイルの添付</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>添付するファイル</translation>
    </message>
    <message>
        <source>Drop files here, paste them, or use Add Files…</source>
        <translation>ここにファイルをドロップするか、貼り付けるか、［ファイルを追加…］を使用してください</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>ファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>外す(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>選択したファイルを外します</translation>
    </message>
    <message>
        <source>Attachment limits</source>
        <translation>添付ファイルの制限</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentsPanel</name>
    <message>
        <source>Save Attachments To</source>
        <translation>添付ファイルの保存先</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>ケースのファイル</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>このケースのファイル</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Press Enter to open a file. Drag files to a folder to save them there.</source>
        <translation>Enter キーでファイルを開きます。ファイルをフォルダーにドラッグすると、そのフォルダーに保存されます。</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>画像のプレビュー</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>選択した添付ファイルを開きます</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the selected attachments</source>
        <translation>選択した添付ファイルを保存します</translation>
    </message>
    <message>
        <source>Save A&amp;ll…</source>
        <translation>すべて保存(&amp;L)…</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>すべての添付ファイルを保存します</translation>
    </message>
    <message>
        <source>Cancel Do&amp;wnload</source>
        <translation>ダウンロードをキャンセル(&amp;W)</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>ダウンロードをキャンセルします</translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation>添付ファイルのステータス</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n)</source>
        <extracomment>Heading of the attachment list, with how many files the case has</extracomment>
        <translation>
            <numerusform>ファイル（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled.</source>
        <translation>「%1」のダウンロードはキャンセルされました。</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>「%1」をダウンロードできませんでした: %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>「%1」をダウンロードしています…</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>「%1」を開けるアプリケーションがありません。</translation>
    </message>
    <message>
        <source>Not saved: %1. The other files are in “%2”.</source>
        <extracomment>%1 is the list of files that failed, %2 the folder</extracomment>
        <translation>保存されませんでした: %1。その他のファイルは「%2」にあります。</translation>
    </message>
    <message numerus="yes">
        <source>Saving was cancelled; %n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>保存はキャンセルされました。%n 個のファイルが「%1」に保存されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>%n 個のファイルを「%1」に保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n file(s)…</source>
        <translation>
            <numerusform>%n 個のファイルを保存しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>プレビューはありません。</translation>
    </message>
    <message>
        <source>Preview of “%1”</source>
        <extracomment>Accessible description of the preview: the image&apos;s file name</extracomment>
        <translation>「%1」のプレビュー</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>The link to “%1” could not be fetched: %2</source>
        <extracomment>%1 is a file name, %2 why its link could not be fetched</extracomment>
        <translation>「%1」のリンクを取得できませんでした: %2</translation>
    </message>
    <message>
        <source>The server returned no link to “%1”.</source>
        <translation>サーバーから「%1」のリンクが返されませんでした。</translation>
    </message>
    <message>
        <source>The link to “%1” is on the clipboard.</source>
        <translation>「%1」のリンクをクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>osm::ui::AuthorizationListModel</name>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>同意済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒否済み</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回済み</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>ステータス %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>サブユーザー</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>依頼日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
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
        <translation>権限付与を読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n authorization(s)</source>
        <translation>
            <numerusform>権限付与 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization could not be loaded: %1</source>
        <translation>権限付与を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Data backed up</source>
        <translation>データはバックアップ済み</translation>
    </message>
    <message>
        <source>Risk accepted without backup</source>
        <translation>バックアップなしでリスクを承諾</translation>
    </message>
    <message>
        <source>Authorization %1 — %2</source>
        <translation>権限付与 %1 — %2</translation>
    </message>
    <message>
        <source>Select an authorization</source>
        <translation>権限付与を選択してください</translation>
    </message>
    <message>
        <source>Loading authorization %1…</source>
        <translation>権限付与 %1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>You agreed to authorization %1.</source>
        <translation>権限付与 %1 に同意しました。</translation>
    </message>
    <message>
        <source>Reject Authorization</source>
        <translation>権限付与の拒否</translation>
    </message>
    <message numerus="yes">
        <source>Reject authorization %1? Tell the engineer why (at most %n character(s)):</source>
        <translation>
            <numerusform>権限付与 %1 を拒否しますか？エンジニアに理由を伝えてください（最大 %n 文字）:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>A reason is needed to reject an authorization; nothing was sent.</source>
        <translation>権限付与を拒否するには理由が必要です。何も送信されていません。</translation>
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n character(s); nothing was sent.</source>
        <translation>
            <numerusform>理由が %n 文字を超えています。何も送信されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke Authorization</source>
        <translation>権限付与の取り消し</translation>
    </message>
    <message>
        <source>Revoke authorization %1? Support loses access to these resources at once.</source>
        <translation>権限付与 %1 を取り消しますか？サポートはこれらのリソースにすぐにアクセスできなくなります。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>The authorization could not be rejected: %1</source>
        <translation>権限付与を拒否できませんでした: %1</translation>
    </message>
    <message>
        <source>The authorization could not be revoked: %1</source>
        <translation>権限付与を取り消せませんでした: %1</translation>
    </message>
    <message>
        <source>You rejected authorization %1.</source>
        <translation>権限付与 %1 を拒否しました。</translation>
    </message>
    <message>
        <source>You revoked authorization %1.</source>
        <translation>権限付与 %1 を取り消しました。</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>権限付与</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>My authorizations</source>
        <translation>自分の権限付与</translation>
    </message>
    <message>
        <source>My group&apos;s authorizations</source>
        <translation>自分のグループの権限付与</translation>
    </message>
    <message>
        <source>Whose authorizations</source>
        <translation>表示する権限付与の対象</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>IAM グループ ID</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ステータス(&amp;T):</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>ステータスのフィルター</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Authorization actions</source>
        <translation>権限付与の操作</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>同意(&amp;A)…</translation>
    </message>
    <message>
        <source>Agree to this request, with host credentials and a validity period</source>
        <translation>ホストの認証情報と有効期間を指定して、この依頼に同意します</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>拒否(&amp;J)…</translation>
    </message>
    <message>
        <source>Refuse this request, with a reason for the engineer</source>
        <translation>エンジニアへの理由を添えて、この依頼を拒否します</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>取り消し(&amp;V)…</translation>
    </message>
    <message>
        <source>Take back an agreement in effect</source>
        <translation>有効な同意を取り消します</translation>
    </message>
    <message>
        <source>Open &amp;Case</source>
        <translation>ケースを開く(&amp;C)</translation>
    </message>
    <message>
        <source>Open the case this request belongs to</source>
        <translation>この依頼が属するケースを開きます</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Bastion-host records</source>
        <translation>踏み台ホストの記録</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Requested items</source>
        <translation>依頼された項目</translation>
    </message>
    <message>
        <source>Authorizations status</source>
        <translation>権限付与のステータス</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>ケースの説明</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>リソースの種類</translation>
    </message>
    <message>
        <source>Access type</source>
        <translation>アクセスの種類</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>依頼日時</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期間の終了</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>拒否の理由</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>サブユーザー</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>対応者</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>委任</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>依頼</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>バックアップのステータス</translation>
    </message>
    <message>
        <source>Letter of commitment</source>
        <translation>誓約書</translation>
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
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>%1 (account %2, port %3)</source>
        <translation>%1（アカウント %2、ポート %3）</translation>
    </message>
    <message>
        <source>Only hosts have bastion-host records; this authorization has none.</source>
        <translation>踏み台ホストの記録があるのはホストのみです。この権限付与には記録がありません。</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The bastion-host records could not be loaded: %1</source>
        <translation>踏み台ホストの記録を読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>セッション %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Bastion-host sessions</source>
        <translation>踏み台ホストのセッション</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>ファイル転送</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>録画</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>From</source>
        <translation>転送元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>転送先</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>さらに読み込む</translation>
    </message>
    <message>
        <source>Bastion-host status</source>
        <translation>踏み台ホストのステータス</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseCsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseDetailPanel</name>
    <message>
        <source>Showing %1 of %2 entries.</source>
        <extracomment>%1 entries shown of %2 in the case&apos;s operation log</extracomment>
        <translation>%2 件中 %1 件を表示しています。</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>評価 %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 a rating scale&apos;s name, %2 stars drawn as characters, %3 the score</extracomment>
        <translation>%1: %2（%3）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Partner (BP)</source>
        <translation>パートナー（BP）</translation>
    </message>
    <message>
        <source>Independent software vendor (ISV)</source>
        <translation>独立系ソフトウェアベンダー（ISV）</translation>
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
            <numerusform>メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder contact is set.</source>
        <translation>通知先の連絡先が設定されていません。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Urge Case</source>
        <translation>ケースの催促</translation>
    </message>
    <message>
        <source>Ask the support engineers to speed up case %1?</source>
        <translation>ケース %1 の対応を早めるようサポートエンジニアに催促しますか？</translation>
    </message>
    <message>
        <source>&amp;Urge</source>
        <translation>催促(&amp;U)</translation>
    </message>
    <message>
        <source>Urging the case…</source>
        <translation>ケースを催促しています…</translation>
    </message>
    <message>
        <source>The case was urged.</source>
        <translation>ケースを催促しました。</translation>
    </message>
    <message>
        <source>Cancel Case</source>
        <translation>ケースの取り消し</translation>
    </message>
    <message>
        <source>Cancel case %1? Support stops working on it, and it cannot be reopened.</source>
        <translation>ケース %1 を取り消しますか？サポートは対応を終了し、ケースを再開することはできません。</translation>
    </message>
    <message>
        <source>Cancel &amp;Case</source>
        <translation>ケースを取り消す(&amp;C)</translation>
    </message>
    <message>
        <source>Cancelling the case…</source>
        <translation>ケースを取り消しています…</translation>
    </message>
    <message>
        <source>The case was cancelled.</source>
        <translation>ケースを取り消しました。</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>ケースの削除</translation>
    </message>
    <message>
        <source>Delete case %1? It disappears from your case lists; this cannot be undone.</source>
        <translation>ケース %1 を削除しますか？ケース一覧に表示されなくなります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>ケースを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleting the case…</source>
        <translation>ケースを削除しています…</translation>
    </message>
    <message>
        <source>The case was deleted.</source>
        <translation>ケースを削除しました。</translation>
    </message>
    <message>
        <source>Closing the case…</source>
        <translation>ケースをクローズしています…</translation>
    </message>
    <message>
        <source>The case was closed.</source>
        <translation>ケースをクローズしました。</translation>
    </message>
    <message>
        <source>Sending the rating…</source>
        <translation>評価を送信しています…</translation>
    </message>
    <message>
        <source>Thank you, the rating was sent.</source>
        <translation>ありがとうございます。評価を送信しました。</translation>
    </message>
    <message>
        <source>Saving the contact information…</source>
        <translation>連絡先情報を保存しています…</translation>
    </message>
    <message>
        <source>The contact information was saved.</source>
        <translation>連絡先情報を保存しました。</translation>
    </message>
    <message>
        <source>Case ID %1 copied.</source>
        <translation>ケース ID %1 をコピーしました。</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels. Remove one before adding another.</source>
        <translation>1 つのケースに付けられるラベルは最大 5 個です。追加する前に、いずれかを外してください。</translation>
    </message>
    <message>
        <source>Adding the label…</source>
        <translation>ラベルを追加しています…</translation>
    </message>
    <message>
        <source>The label was added.</source>
        <translation>ラベルを追加しました。</translation>
    </message>
    <message>
        <source>Removing the label…</source>
        <translation>ラベルを外しています…</translation>
    </message>
    <message>
        <source>The label was removed.</source>
        <translation>ラベルを外しました。</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>ケースを自分自身に関連付けることはできません。</translation>
    </message>
    <message>
        <source>Case %1 is already related to this case.</source>
        <translation>ケース %1 は既にこのケースに関連付けられています。</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases. Remove one before adding another.</source>
        <translation>1 つのケースに設定できる関連ケースは最大 3 件です。追加する前に、いずれかを解除してください。</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to relate cases.</source>
        <translation>IAM グループの ID を入力してください。OSM API でケースを関連付けるには、この ID が必要です。</translation>
    </message>
    <message>
        <source>Relating case %1…</source>
        <translation>ケース %1 を関連付けています…</translation>
    </message>
    <message>
        <source>Case %1 is now related.</source>
        <translation>ケース %1 を関連付けました。</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to remove a relation.</source>
        <translation>IAM グループの ID を入力してください。OSM API で関連付けを解除するには、この ID が必要です。</translation>
    </message>
    <message>
        <source>Removing the relation…</source>
        <translation>関連付けを解除しています…</translation>
    </message>
    <message>
        <source>Case %1 is no longer related.</source>
        <translation>ケース %1 の関連付けを解除しました。</translation>
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
        <source>Severity</source>
        <translation>重大度</translation>
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
        <source>Case type</source>
        <translation>ケースの種類</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>サービスタイプ</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>対応元</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>提出者</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Resolution confirmed</source>
        <translation>解決の確認済み</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Access authorized</source>
        <translation>アクセスの権限付与済み</translation>
    </message>
    <message>
        <source>Grey-release routing</source>
        <translation>グレーリリースのルーティング</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決策</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Case type ID</source>
        <translation>ケースの種類の ID</translation>
    </message>
    <message>
        <source>Category ID</source>
        <translation>カテゴリー ID</translation>
    </message>
    <message>
        <source>Business type ID</source>
        <translation>ビジネスタイプ ID</translation>
    </message>
    <message>
        <source>Problem type ID</source>
        <translation>問題の種類の ID</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>製品 ID</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>国番号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Contact methods</source>
        <translation>連絡方法</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>連絡可能な時間帯</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>CC のメールアドレス</translation>
    </message>
    <message>
        <source>Recent CC e-mails</source>
        <translation>最近使用した CC のメールアドレス</translation>
    </message>
    <message>
        <source>ISV commodity</source>
        <translation>ISV 商品</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>ケースの詳細</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ケース ID</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID をコピー</translation>
    </message>
    <message>
        <source>Copy case ID</source>
        <translation>ケース ID をコピー</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>ケースのステータス</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>ケースの操作</translation>
    </message>
    <message>
        <source>Case detail status</source>
        <translation>ケースの詳細のステータス</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Case detail sections</source>
        <translation>ケースの詳細のセクション</translation>
    </message>
    <message>
        <source>Urge case</source>
        <translation>ケースを催促</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>クローズ(&amp;L)…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>ケースをクローズ</translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation>評価(&amp;R)…</translation>
    </message>
    <message>
        <source>Rate case</source>
        <translation>ケースを評価</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Case</source>
        <translation>ケースを取り消し(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>ケースを取り消し</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>ケースを削除</translation>
    </message>
    <message>
        <source>Edit &amp;Contact…</source>
        <translation>連絡先を編集(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit contact information</source>
        <translation>連絡先情報を編集</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Refresh case detail</source>
        <translation>ケースの詳細を更新</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Related Cases</source>
        <translation>関連ケース</translation>
    </message>
    <message>
        <source>Contact and CC</source>
        <translation>連絡先と CC</translation>
    </message>
    <message>
        <source>Operation Log</source>
        <translation>操作ログ</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>操作ログ</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s name before its value, e.g. &quot;Status:&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The extra parameters were sent.</source>
        <translation>追加パラメーターを送信しました。</translation>
    </message>
    <message>
        <source>Extra Parameters…</source>
        <translation>追加パラメーター…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1; updating…</source>
        <translation>%1 時点で保存された詳細を表示しています。更新中…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1. %2</source>
        <translation>%1 時点で保存された詳細を表示しています。%2</translation>
    </message>
    <message>
        <source>The change could not be saved for sending.</source>
        <translation>送信用に変更を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExportFlow</name>
    <message>
        <source>Export Cases</source>
        <translation>ケースのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>several keywords</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>複数のキーワード</translation>
    </message>
    <message>
        <source>label</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>IAM group</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>IAM グループ</translation>
    </message>
    <message>
        <source>No case matches the list&apos;s filters: there is nothing to export.</source>
        <translation>一覧のフィルターに一致するケースがないため、エクスポートするものはありません。</translation>
    </message>
    <message>
        <source>The server&apos;s export cannot filter by %1. Export the cases that match the other filters?</source>
        <extracomment>%1 is a list of filters, e.g. &quot;label and status&quot;</extracomment>
        <translation>サーバーのエクスポートでは %1 で絞り込むことができません。その他のフィルターに一致するケースをエクスポートしますか？</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>ケースをエクスポートしています…</translation>
    </message>
    <message>
        <source>Exporting cases… %1 received</source>
        <extracomment>%1 is an amount of data such as &quot;1.2 MB&quot;</extracomment>
        <translation>ケースをエクスポートしています… %1 受信済み</translation>
    </message>
    <message>
        <source>The cases could not be exported. %1</source>
        <translation>ケースをエクスポートできませんでした。%1</translation>
    </message>
    <message>
        <source>The cases were exported to %1.</source>
        <extracomment>%1 is the saved file&apos;s path</extracomment>
        <translation>ケースを %1 にエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExtendsParamsDialog</name>
    <message>
        <source>Loading the case&apos;s parameters…</source>
        <translation>ケースのパラメーターを読み込んでいます…</translation>
    </message>
    <message>
        <source>The case&apos;s parameters could not be loaded: %1</source>
        <extracomment>%1 says why (translated error)</extracomment>
        <translation>ケースのパラメーターを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fill in at least one value to send.</source>
        <translation>送信する値を 1 つ以上入力してください。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Extra Parameters — %1</source>
        <extracomment>%1 is the case ID</extracomment>
        <translation>追加パラメーター — %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Support has asked for more information about this case. Fill in the fields marked * and send them.</source>
        <translation>サポートからこのケースについて追加情報の依頼がありました。* の付いた項目を入力して送信してください。</translation>
    </message>
    <message>
        <source>This case holds no extra parameters, and its problem type asks for none.</source>
        <translation>このケースには追加パラメーターがなく、問題の種類でも求められていません。</translation>
    </message>
    <message>
        <source>The extra information this case holds. Complete or correct it and send it to support.</source>
        <translation>このケースに登録されている追加情報です。入力または修正して、サポートに送信してください。</translation>
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
    <message>
        <source>Pick a sub-user or type a sub-user ID</source>
        <translation>サブユーザーを選択するか、サブユーザー ID を入力</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseLabelsEditor</name>
    <message>
        <source>Case labels</source>
        <translation>ケースのラベル</translation>
    </message>
    <message>
        <source>Select a label and press Delete to remove it from the case</source>
        <translation>ラベルを選択して Delete キーを押すと、ケースから外れます</translation>
    </message>
    <message>
        <source>Label to add</source>
        <translation>追加するラベル</translation>
    </message>
    <message>
        <source>No other labels</source>
        <translation>他のラベルはありません</translation>
    </message>
    <message>
        <source>&amp;Add Label</source>
        <translation>ラベルを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>ラベルを追加</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label</source>
        <translation>ラベルを外す(&amp;V)</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>ラベルを外す</translation>
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
    <name>osm::ui::CaseOperateLogModel</name>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>催促</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Rejected by the user centre</source>
        <translation>ユーザーセンターにより却下</translation>
    </message>
    <message>
        <source>Authorization confirmed</source>
        <translation>権限付与の承認</translation>
    </message>
    <message>
        <source>Authorization rejected</source>
        <translation>権限付与の拒否</translation>
    </message>
    <message>
        <source>Authorization cancelled</source>
        <translation>権限付与の取り消し</translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation>ケースのエクスポート</translation>
    </message>
    <message>
        <source>Customer replied (awaiting feedback)</source>
        <translation>顧客の返信（フィードバック待ち）</translation>
    </message>
    <message>
        <source>Contact information changed</source>
        <translation>連絡先情報の変更</translation>
    </message>
    <message>
        <source>Contact information deleted</source>
        <translation>連絡先情報の削除</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <extracomment>%1 is an operation code the reference does not document</extracomment>
        <translation>操作 %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
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
        <translation>コメントの文字数</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>ケースのクローズ</translation>
    </message>
    <message>
        <source>Rate Case</source>
        <translation>ケースの評価</translation>
    </message>
    <message>
        <source>Close case %1? Close it only when the problem is solved. You may rate the support you received; the rating can be given only once.</source>
        <translation>ケース %1 をクローズしますか？問題が解決した場合にのみクローズしてください。受けたサポートを評価することもできます。評価は 1 回だけ行えます。</translation>
    </message>
    <message>
        <source>Rate the support you received for case %1. A case can be rated only once.</source>
        <translation>ケース %1 で受けたサポートを評価してください。ケースの評価は 1 回だけ行えます。</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>The rating scales could not be loaded.</source>
        <translation>評価項目を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Loading the rating scales…</source>
        <translation>評価項目を読み込んでいます…</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>コメント(&amp;C):</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>C&amp;lose Case</source>
        <translation>ケースをクローズ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Submit Rating</source>
        <translation>評価を送信(&amp;S)</translation>
    </message>
    <message>
        <source>Confirm close</source>
        <translation>クローズを確定</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>評価を送信</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <extracomment>%1 is the number of a rating scale the server did not name</extracomment>
        <translation>評価 %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>%1 is the name of a rating scale, e.g. &quot;Handling timeliness&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未評価</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n star(s))</source>
        <extracomment>%1 is a row of star characters, %n the number of stars</extracomment>
        <translation>
            <numerusform>%1（星 %n 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <extracomment>%1 is the name of a rating scale</extracomment>
        <translation>%1 の評価</translation>
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
    <message>
        <source>Conversation and case detail</source>
        <translation>やり取りとケースの詳細</translation>
    </message>
    <message>
        <source>Offline: showing the messages saved as of %1. %2</source>
        <translation>オフライン: %1 時点で保存されたメッセージを表示しています。%2</translation>
    </message>
    <message>
        <source>Showing the messages saved as of %1; updating…</source>
        <translation>%1 時点で保存されたメッセージを表示しています。更新中…</translation>
    </message>
    <message>
        <source>The message could not be saved for sending.</source>
        <translation>送信用にメッセージを保存できませんでした。</translation>
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
    <message numerus="yes">
        <source>“%1” was not attached: a message takes at most %n file(s).</source>
        <extracomment>%1 is a file name
----------
%1 is a file name; the limit is the server&apos;s (show_accessory_limits)</extracomment>
        <translation>
            <numerusform>「%1」は添付されませんでした。1 つのメッセージに添付できるファイルは最大 %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <extracomment>%1 says which file and which limit, e.g. &quot;“a.exe” is not a type of file that may be attached (…).&quot;</extracomment>
        <translation>添付されませんでした: %1</translation>
    </message>
    <message>
        <source>Remove before sending: %1</source>
        <extracomment>%1 says which file and which limit</extracomment>
        <translation>送信前に外してください: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove some files before sending: a message takes at most %n file(s).</source>
        <translation>
            <numerusform>送信前にいくつかのファイルを外してください。1 つのメッセージに添付できるファイルは最大 %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted image could not be saved in “%1”.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>貼り付けた画像を「%1」に保存できませんでした。</translation>
    </message>
    <message>
        <source>%1 (%2), uploading: %3%</source>
        <extracomment>A staged attachment being uploaded: file name, size, percent sent</extracomment>
        <translation>%1（%2）、アップロード中: %3%</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>添付ファイルに関するお知らせ</translation>
    </message>
    <message>
        <source>File being uploaded</source>
        <translation>アップロード中のファイル</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>アップロードの進捗</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>アップロードをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>アップロードをキャンセルします</translation>
    </message>
</context>
<context>
    <name>osm::ui::ConfirmAuthorizationDialog</name>
    <message>
        <source>Agree to Authorization %1</source>
        <translation>権限付与 %1 への同意</translation>
    </message>
    <message>
        <source>Agree to authorization</source>
        <translation>権限付与に同意</translation>
    </message>
    <message>
        <source>Huawei Cloud support may access the resources below during the period you set. For hosts, give the port, account and password the engineer may use; “Check” tries them first.</source>
        <translation>Huawei Cloud サポートは、設定した期間中、以下のリソースにアクセスできます。ホストについては、エンジニアが使用できるポート、アカウント、パスワードを入力してください。「確認」で事前に接続を試せます。</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Check host %1</source>
        <translation>ホスト %1 を確認</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>確認結果</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Console (%1)</source>
        <translation>コンソール（%1）</translation>
    </message>
    <message>
        <source>Also asked: %1</source>
        <translation>その他の依頼: %1</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>有効期間の開始(&amp;F):</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>有効期間の終了(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>委任(&amp;A):</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>サインイン中のユーザー:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期間の終了</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>委任なし</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>委任</translation>
    </message>
    <message>
        <source>Login type</source>
        <translation>ログインの種類</translation>
    </message>
    <message>
        <source>Federated user</source>
        <translation>フェデレーションユーザー</translation>
    </message>
    <message>
        <source>Delegated access (agency)</source>
        <translation>委任によるアクセス</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>同意のステータス</translation>
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
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>The host accepted this account and password.</source>
        <translation>ホストはこのアカウントとパスワードを受け付けました。</translation>
    </message>
    <message>
        <source>The period must end after it starts, and in the future.</source>
        <translation>期間の終了は開始より後で、かつ将来の日時である必要があります。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>The authorization could not be agreed to: %1</source>
        <translation>権限付与に同意できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactInfoDialog</name>
    <message>
        <source>A contact field can be changed but not removed: type a new value or leave the old one.</source>
        <translation>連絡先の項目は変更できますが、削除はできません。新しい値を入力するか、元の値のままにしてください。</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>メールアドレスが無効です。</translation>
    </message>
    <message>
        <source>The CC e-mail address &quot;%1&quot; is not valid.</source>
        <extracomment>%1 is what the user typed as a CC e-mail address</extracomment>
        <translation>CC のメールアドレス「%1」は無効です。</translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation>連絡先情報</translation>
    </message>
    <message>
        <source>How support engineers reach you about case %1.</source>
        <translation>ケース %1 についてサポートエンジニアがあなたに連絡する方法です。</translation>
    </message>
    <message>
        <source>Country &amp;code:</source>
        <translation>国番号(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>携帯電話(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>Contact &amp;time:</source>
        <translation>連絡可能な時間帯(&amp;T):</translation>
    </message>
    <message>
        <source>CC e-&amp;mails:</source>
        <translation>CC のメールアドレス(&amp;M):</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>国番号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>連絡可能な時間帯</translation>
    </message>
    <message>
        <source>e.g. 9:00-18:00</source>
        <translation>例: 9:00-18:00</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>CC のメールアドレス</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>カンマ区切りのアドレス</translation>
    </message>
    <message>
        <source>Use &amp;Recent</source>
        <translation>最近の項目を使用(&amp;R)</translation>
    </message>
    <message>
        <source>Use recent CC e-mails</source>
        <translation>最近使用した CC のメールアドレスを使用</translation>
    </message>
    <message>
        <source>Fill in the CC e-mails used most recently: %1</source>
        <extracomment>%1 is a list of e-mail addresses</extracomment>
        <translation>最近使用した CC のメールアドレスを入力します: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save contact information</source>
        <translation>連絡先情報を保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactVerificationRow</name>
    <message>
        <source>The code has six characters.</source>
        <translation>認証コードは 6 文字です。</translation>
    </message>
    <message>
        <source>Checking whether this contact needs verification…</source>
        <translation>この連絡先に認証が必要かどうかを確認しています…</translation>
    </message>
    <message>
        <source>Registered or verified earlier: no code needed.</source>
        <translation>登録済みまたは認証済みです。認証コードは不要です。</translation>
    </message>
    <message>
        <source>This contact is not a registered one: send a code to it and enter the code here.</source>
        <translation>この連絡先は登録されていません。認証コードを送信し、受け取ったコードをここに入力してください。</translation>
    </message>
    <message>
        <source>A code was sent. It is valid for 5 minutes; a new code can be sent once a minute, a limited number of times a day.</source>
        <translation>認証コードを送信しました。有効期間は 5 分です。新しいコードは 1 分に 1 回、1 日に限られた回数まで送信できます。</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>認証しています…</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>認証されました。</translation>
    </message>
    <message>
        <source>Could not check this contact.</source>
        <translation>この連絡先を確認できませんでした。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>state, then the error that came with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Send Again in %n s</source>
        <translation>
            <numerusform>%n 秒後に再送信できます</numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>再送信(&amp;A)</translation>
    </message>
    <message>
        <source>Send &amp;Code</source>
        <translation>コードを送信(&amp;C)</translation>
    </message>
    <message>
        <source>E-mail verification status</source>
        <translation>メールアドレスの認証ステータス</translation>
    </message>
    <message>
        <source>Mobile verification status</source>
        <translation>携帯電話番号の認証ステータス</translation>
    </message>
    <message>
        <source>Code sent to the e-mail address</source>
        <translation>メールアドレスに送信された認証コード</translation>
    </message>
    <message>
        <source>Code sent to the mobile number</source>
        <translation>携帯電話番号に送信された認証コード</translation>
    </message>
    <message>
        <source>6-character code</source>
        <translation>6 文字のコード</translation>
    </message>
    <message>
        <source>Send a code to the e-mail address</source>
        <translation>メールアドレスに認証コードを送信</translation>
    </message>
    <message>
        <source>Send a code to the mobile number</source>
        <translation>携帯電話番号に認証コードを送信</translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation>認証(&amp;F)</translation>
    </message>
    <message>
        <source>Verify the e-mail address</source>
        <translation>メールアドレスを認証</translation>
    </message>
    <message>
        <source>Verify the mobile number</source>
        <translation>携帯電話番号を認証</translation>
    </message>
</context>
<context>
    <name>osm::ui::CreateCaseWizard</name>
    <message>
        <source>New Case</source>
        <translation>新しいケース</translation>
    </message>
    <message>
        <source>Describe the problem for Huawei Cloud&apos;s engineers. Everything you type is kept as a draft until the case is created.</source>
        <translation>Huawei Cloud のエンジニアに向けて問題を説明してください。入力した内容は、ケースが作成されるまで下書きとして保存されます。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Additional Information</source>
        <translation>追加情報</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>同意書</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>カテゴリー(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>製品(&amp;P):</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>問題の種類(&amp;T):</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>重大度(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>カテゴリーを選択…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>製品を選択…</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>問題の種類</translation>
    </message>
    <message>
        <source>Choose a problem type…</source>
        <translation>問題の種類を選択…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Only the severities your support plan allows are offered.</source>
        <translation>ご利用のサポートプランで選択できる重大度のみが表示されます。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>リージョンを選択…</translation>
    </message>
    <message>
        <source>Fault reports name the region of the affected resources. Your own regions come first.</source>
        <translation>障害の報告では、影響を受けたリソースのリージョンを指定します。ご利用中のリージョンが先頭に表示されます。</translation>
    </message>
    <message>
        <source>Case quota</source>
        <translation>ケースのクォータ</translation>
    </message>
    <message>
        <source>What happened, since when, which resources, what you tried</source>
        <translation>発生した事象、発生時期、対象のリソース、試した対処</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>説明の文字数</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>追加情報</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>携帯電話(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>C&amp;C e-mails:</source>
        <translation>CC のメールアドレス(&amp;C):</translation>
    </message>
    <message>
        <source>Reminder &amp;time:</source>
        <translation>通知の時間帯(&amp;T):</translation>
    </message>
    <message>
        <source>Country calling code</source>
        <translation>国番号</translation>
    </message>
    <message>
        <source>Reminder mobile number</source>
        <translation>通知用の携帯電話番号</translation>
    </message>
    <message>
        <source>Reminder e-mail address</source>
        <translation>通知用のメールアドレス</translation>
    </message>
    <message>
        <source>CC e-mail addresses</source>
        <translation>CC のメールアドレス</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>通知の時間帯</translation>
    </message>
    <message>
        <source>For example 9:00-18:00</source>
        <translation>例: 9:00-18:00</translation>
    </message>
    <message>
        <source>A number that is not registered with your account needs a verification code.</source>
        <translation>アカウントに登録されていない番号には認証コードが必要です。</translation>
    </message>
    <message>
        <source>An address that is not registered with your account needs a verification code.</source>
        <translation>アカウントに登録されていないアドレスには認証コードが必要です。</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>同意書の本文</translation>
    </message>
    <message>
        <source>I have read and accept this a&amp;greement</source>
        <translation>この同意書を読み、同意します(&amp;G)</translation>
    </message>
    <message>
        <source>Accept the agreement</source>
        <translation>同意書に同意</translation>
    </message>
    <message>
        <source>&amp;Submit Case</source>
        <translation>ケースを提出(&amp;S)</translation>
    </message>
    <message>
        <source>Submit the case</source>
        <translation>ケースを提出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close and keep the draft</source>
        <translation>下書きを保存して閉じる</translation>
    </message>
    <message>
        <source>Submit error</source>
        <translation>提出エラー</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <extracomment>%1 is a country calling code such as 86, %2 the country or region&apos;s name</extracomment>
        <translation>+%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>At most %n addresses, separated by commas.</source>
        <translation>
            <numerusform>カンマ区切りで最大 %n 件のアドレス。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n file(s) of at most %1 MB each; types: %2.</source>
        <extracomment>%n files at most, %1 MB each, %2 the allowed file types</extracomment>
        <translation>
            <numerusform>最大 %n 個、1 ファイルあたり最大 %1 MB。形式: %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: %1 (version %2)</source>
        <extracomment>%1 is the agreement&apos;s name, %2 its version</extracomment>
        <translation>同意書: %1（バージョン %2）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 characters typed of at most %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many.</source>
        <translation>
            <numerusform>%n 文字超過しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left.</source>
        <translation>
            <numerusform>残り %n 文字。</numerusform>
        </translation>
    </message>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>この問題の種類にはケースのクォータは適用されません。</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up, so a new case would be refused. Wait for the next period or ask your account manager for a special approval.</source>
        <translation>この問題の種類のケースのクォータを使い切ったため、新しいケースは拒否されます。次の期間まで待つか、アカウントマネージャーに特別承認を依頼してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>今月の残りケース数: %n / %1 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>今四半期の残りケース数: %n / %1 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>今年の残りケース数: %n / %1 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>この期間の残りケース数: %n / %1 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>提出しています…</translation>
    </message>
    <message>
        <source>choose a category, a product and a problem type.</source>
        <translation>カテゴリー、製品、問題の種類を選択してください。</translation>
    </message>
    <message>
        <source>a fault report names the region of the affected resources.</source>
        <translation>障害の報告では、影響を受けたリソースのリージョンを指定してください。</translation>
    </message>
    <message>
        <source>describe the problem.</source>
        <translation>問題を説明してください。</translation>
    </message>
    <message numerus="yes">
        <source>it is %n character(s) too long.</source>
        <translation>
            <numerusform>%n 文字超過しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in the template.</source>
        <translation>テンプレートに記入してください。</translation>
    </message>
    <message>
        <source>it must be a phone number.</source>
        <translation>電話番号である必要があります。</translation>
    </message>
    <message>
        <source>it must be an e-mail address.</source>
        <translation>メールアドレスである必要があります。</translation>
    </message>
    <message>
        <source>give a mobile number or an e-mail address for reminders.</source>
        <translation>通知用の携帯電話番号またはメールアドレスを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
    <message numerus="yes">
        <source>at most %n addresses are allowed.</source>
        <translation>
            <numerusform>指定できるアドレスは最大 %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>verify this number with the code sent to it first.</source>
        <translation>先に、送信された認証コードでこの番号を認証してください。</translation>
    </message>
    <message>
        <source>verify this address with the code sent to it first.</source>
        <translation>先に、送信された認証コードでこのアドレスを認証してください。</translation>
    </message>
    <message>
        <source>read and accept the agreement first.</source>
        <translation>先に同意書を読み、同意してください。</translation>
    </message>
    <message>
        <source>Checking the contact details…</source>
        <translation>連絡先の情報を確認しています…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 をアップロードしています…</translation>
    </message>
    <message>
        <source>%1 could not be uploaded.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 をアップロードできませんでした。</translation>
    </message>
    <message>
        <source>Signing the agreement…</source>
        <translation>同意書に署名しています…</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>ケースを作成しています…</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>認証コード</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>CC のメールアドレス</translation>
    </message>
    <message>
        <source>%1 No more cases of this problem type can be created in this period; wait for the next one or ask your account manager for a special approval.</source>
        <extracomment>%1 is the server&apos;s refusal; what follows explains it</extracomment>
        <translation>%1 この期間中は、この問題の種類のケースをこれ以上作成できません。次の期間まで待つか、アカウントマネージャーに特別承認を依頼してください。</translation>
    </message>
    <message>
        <source>%1 Ask for a new code and enter it again.</source>
        <translation>%1 新しい認証コードを請求して、もう一度入力してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit New Case</source>
        <translation>新しいケースの編集</translation>
    </message>
    <message>
        <source>The new case you have not finished yet will be replaced by the one waiting to be sent. Replace it?</source>
        <translation>作成途中の新しいケースは、送信待ちのケースに置き換えられます。置き換えますか？</translation>
    </message>
</context>
<context>
    <name>osm::ui::DiagnosisWindow</name>
    <message>
        <source>Cloud server (ECS)</source>
        <translation>クラウドサーバー（ECS）</translation>
    </message>
    <message>
        <source>Database instance (RDS)</source>
        <translation>データベースインスタンス（RDS）</translation>
    </message>
    <message>
        <source>Remote login</source>
        <translation>リモートログイン</translation>
    </message>
    <message>
        <source>Network health</source>
        <translation>ネットワークの正常性</translation>
    </message>
    <message>
        <source>Type %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>種類 %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not executed</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>ステータス %1</translation>
    </message>
    <message>
        <source>Preparing the diagnosis…</source>
        <translation>診断を準備しています…</translation>
    </message>
    <message>
        <source>Running: %1 of %2 checks done…</source>
        <extracomment>%1 of %2 check items are done</extracomment>
        <translation>実行中: %2 件中 %1 件のチェックが完了…</translation>
    </message>
    <message>
        <source>Completed: no problem found.</source>
        <translation>完了: 問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Completed: %n check item(s) found a problem.</source>
        <translation>
            <numerusform>完了: %n 件のチェック項目で問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis failed: the resource could not be checked. Check its region and ID.</source>
        <translation>診断に失敗しました: リソースをチェックできませんでした。リージョンと ID を確認してください。</translation>
    </message>
    <message>
        <source>The diagnosis was not run.</source>
        <translation>診断は実行されませんでした。</translation>
    </message>
    <message>
        <source>This diagnosis is not available for the resource.</source>
        <translation>このリソースではこの診断を利用できません。</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Checking (%1%)</source>
        <extracomment>a check item in progress; %1 is a percentage</extracomment>
        <translation>チェック中（%1%）</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a region&apos;s name and id, e.g. &quot;CN South-Guangzhou (cn-south-1)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No virtual machine of this project and region matches.</source>
        <translation>このプロジェクトとリージョンに一致する仮想マシンはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n virtual machine(s): choose one to diagnose.</source>
        <translation>
            <numerusform>%n 台の仮想マシンが見つかりました。診断する仮想マシンを選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the diagnosis…</source>
        <translation>診断を開始しています…</translation>
    </message>
    <message>
        <source>Reading the diagnosis…</source>
        <translation>診断結果を読み込んでいます…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>No details for this check item.</source>
        <translation>このチェック項目の詳細はありません。</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>検出内容</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>推奨事項</translation>
    </message>
    <message>
        <source>Read more about this problem</source>
        <translation>この問題の詳細を見る</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Thank you: your feedback was sent.</source>
        <translation>ありがとうございます。フィードバックを送信しました。</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>診断(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click: choose what to diagnose, start, and read the results and advice.</source>
        <translation>クラウドリソースの一般的な問題をワンクリックでチェックします。診断対象を選択して開始し、結果と推奨事項を確認してください。</translation>
    </message>
    <message>
        <source>&amp;Diagnose:</source>
        <translation>診断対象(&amp;D):</translation>
    </message>
    <message>
        <source>Diagnosis type</source>
        <translation>診断の種類</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>&amp;Virtual machine:</source>
        <translation>仮想マシン(&amp;V):</translation>
    </message>
    <message>
        <source>VM ID or elastic IP address, or choose one below</source>
        <translation>VM ID または EIP アドレスを入力するか、下から選択</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>インスタンス(&amp;I):</translation>
    </message>
    <message>
        <source>RDS instance ID</source>
        <translation>RDS インスタンス ID</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>リソース(&amp;R):</translation>
    </message>
    <message>
        <source>Not needed for this diagnosis</source>
        <translation>この診断では不要です</translation>
    </message>
    <message>
        <source>Resource to diagnose</source>
        <translation>診断するリソース</translation>
    </message>
    <message>
        <source>Find a virtual machine</source>
        <translation>仮想マシンを検索</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>プロジェクト ID(&amp;P):</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>The region&apos;s project ID, as shown under My Credentials in the console</source>
        <translation>コンソールの「マイクレデンシャル」に表示される、リージョンのプロジェクト ID</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>VM 名</translation>
    </message>
    <message>
        <source>Part of the name (optional)</source>
        <translation>名前の一部（省略可）</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Known fault</source>
        <translation>既知の障害</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>&amp;Start Diagnosis</source>
        <translation>診断を開始(&amp;S)</translation>
    </message>
    <message>
        <source>Diagnosis status</source>
        <translation>診断のステータス</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <source>Check items</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <source>Check item details</source>
        <translation>チェック項目の詳細</translation>
    </message>
    <message>
        <source>Did this diagnosis help?</source>
        <translation>この診断は役に立ちましたか？</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>フィードバックのコメント</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>コメント（省略可）</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation>役に立った(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Not Helpful</source>
        <translation>役に立たなかった(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Past diagnoses</source>
        <translation>過去の診断</translation>
    </message>
    <message>
        <source>Double-click a diagnosis to see its results</source>
        <translation>診断をダブルクリックすると結果を表示します</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>前へ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3 in all)</source>
        <extracomment>%1 and %2 are page numbers; %3 is the number of diagnoses</extracomment>
        <translation>%1 / %2 ページ（全 %3 件）</translation>
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
        <translation>選択…</translation>
    </message>
    <message>
        <source>it must be a whole number.</source>
        <translation>整数である必要があります。</translation>
    </message>
    <message>
        <source>it is required.</source>
        <translation>必須です。</translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <extracomment>%1 and %2 are the smallest and the largest allowed number</extracomment>
        <translation>%1 から %2 の範囲で指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n characters long.</source>
        <translation>
            <numerusform>%n 文字以内で指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not have the expected format.</source>
        <translation>形式が正しくありません。</translation>
    </message>
    <message>
        <source>This problem type asks for no additional information.</source>
        <translation>この問題の種類では追加情報は必要ありません。</translation>
    </message>
</context>
<context>
    <name>osm::ui::LabelManagerDialog</name>
    <message>
        <source>Manage Labels</source>
        <translation>ラベルの管理</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Double-click a name (or press F2) to rename the label</source>
        <translation>名前をダブルクリック（または F2 キーを押す）してラベル名を変更します</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前の変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New label:</source>
        <translation>新しいラベル(&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>新しいラベルの名前</translation>
    </message>
    <message>
        <source>New label colour</source>
        <translation>新しいラベルの色</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message numerus="yes">
        <source>You have %n labels, the most allowed. Delete one to add another.</source>
        <translation>
            <numerusform>ラベルは既に上限の %n 個あります。追加するには、いずれかを削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of at most %2 labels</source>
        <extracomment>%1 labels in use of at most %2</extracomment>
        <translation>ラベル %1 / 最大 %2 個</translation>
    </message>
    <message>
        <source>Label “%1” created.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>ラベル「%1」を作成しました。</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>ラベルには名前が必要です。</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>「%1」の色</translation>
    </message>
    <message>
        <source>Label “%1” saved.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>ラベル「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>ラベルの削除</translation>
    </message>
    <message>
        <source>Delete the label “%1”? It is also removed from every case that carries it.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>ラベル「%1」を削除しますか？このラベルが付いたすべてのケースからも外されます。</translation>
    </message>
    <message>
        <source>Label “%1” deleted.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>ラベル「%1」を削除しました。</translation>
    </message>
</context>
<context>
    <name>osm::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>システムの言語</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheActions</name>
    <message>
        <source>Saved list as of %1</source>
        <translation>%1 時点で保存された一覧</translation>
    </message>
    <message>
        <source>These are the cases saved on this computer; the server&apos;s list replaces them when it answers.</source>
        <translation>このコンピューターに保存されたケースです。サーバーから応答があると、サーバーの一覧に置き換わります。</translation>
    </message>
    <message>
        <source>The server could not be reached: these are the cases saved on this computer.</source>
        <translation>サーバーに接続できませんでした。このコンピューターに保存されたケースを表示しています。</translation>
    </message>
    <message>
        <source>The local cache could not be emptied: %1</source>
        <translation>ローカルキャッシュを空にできませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Search Saved Cases…</source>
        <translation>保存済みケースを検索(&amp;S)…</translation>
    </message>
    <message>
        <source>Find words in the cases, messages and attachment names saved on this computer (%1)</source>
        <translation>このコンピューターに保存されたケース、メッセージ、添付ファイル名から語句を検索します（%1）</translation>
    </message>
    <message>
        <source>Rebuild Local &amp;Cache</source>
        <translation>ローカルキャッシュを再構築(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the cases and messages saved on this computer and read them again from the server (unsent messages and drafts are kept)</source>
        <translation>このコンピューターに保存されたケースとメッセージを破棄し、サーバーから再度読み込みます（未送信のメッセージと下書きは保持されます）</translation>
    </message>
    <message>
        <source>Saved list</source>
        <translation>保存済みの一覧</translation>
    </message>
    <message>
        <source>Local &amp;Cache…</source>
        <translation>ローカルキャッシュ(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheDialog</name>
    <message>
        <source>Local Cache</source>
        <translation>ローカルキャッシュ</translation>
    </message>
    <message>
        <source>&amp;Keep downloaded files up to (MiB):</source>
        <translation>ダウンロードしたファイルの保持上限 (MiB)(&amp;K):</translation>
    </message>
    <message>
        <source>Attachments you open, save or drag out are kept on this computer, so that they open again without a download, also offline. Beyond the limit the least recently used go first; 0 keeps none.</source>
        <translation>開いた、保存した、またはドラッグして取り出した添付ファイルはこのコンピューターに保持され、オフラインでもダウンロードせずに再び開けます。上限を超えると、最も長く使われていないものから削除されます。0 にすると保持しません。</translation>
    </message>
    <message>
        <source>C&amp;lear Downloaded Files</source>
        <translation>ダウンロードしたファイルを消去(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>In use: %n file(s), %1</source>
        <extracomment>%n is how many files are kept, %1 the space they take (e.g. &quot;12.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>使用中: %n 個のファイル、%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalSearchDialog</name>
    <message>
        <source>Case %1</source>
        <translation>ケース %1</translation>
    </message>
    <message>
        <source>Message in case %1, %2</source>
        <translation>ケース %1 のメッセージ、%2</translation>
    </message>
    <message>
        <source>Attachment in case %1</source>
        <translation>ケース %1 の添付ファイル</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>検索に失敗しました: %1</translation>
    </message>
    <message>
        <source>Nothing saved on this computer matches.</source>
        <translation>このコンピューターに保存されたデータに一致するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Search Saved Cases</source>
        <translation>保存済みケースの検索</translation>
    </message>
    <message>
        <source>Searches the case descriptions, messages and attachment names saved on this computer, also while offline. Press Enter on a result to open its case.</source>
        <translation>このコンピューターに保存されたケースの説明、メッセージ、添付ファイル名を検索します。オフラインでも使用できます。結果を選択して Enter キーを押すと、そのケースを開きます。</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>検索する語句</translation>
    </message>
    <message>
        <source>Search saved cases</source>
        <translation>保存済みケースを検索</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>一致した項目</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>ケースを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected case in its own window (Enter or double-click)</source>
        <translation>選択したケースを別のウィンドウで開きます（Enter キーまたはダブルクリック）</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>新しいケース(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new case (%1)</source>
        <translation>新しいケースを作成します（%1）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About OSM Desk</source>
        <translation>OSM Desk について(&amp;A)</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>未読メッセージ</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>接続ステータス</translation>
    </message>
    <message>
        <source>Offline — waiting for the network</source>
        <translation>オフライン — ネットワークの接続を待っています</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>オフライン — %n 秒後に再試行します</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — retrying…</source>
        <translation>オフライン — 再試行しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>未読メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export Cases…</source>
        <translation>ケースをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the cases of the current view and filters to a file</source>
        <translation>現在のビューとフィルターのケースをファイルにエクスポートします</translation>
    </message>
    <message>
        <source>Save &amp;View as CSV…</source>
        <translation>ビューを CSV として保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the cases listed now, with the visible columns, as a CSV file</source>
        <translation>現在一覧に表示されているケースを、表示中の列で CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>ラベルの管理(&amp;L)…</translation>
    </message>
    <message>
        <source>A&amp;uthorizations…</source>
        <translation>権限付与(&amp;U)…</translation>
    </message>
    <message>
        <source>Requests of support engineers for access to your console or hosts</source>
        <translation>コンソールやホストへのアクセスを求めるサポートエンジニアからの依頼</translation>
    </message>
    <message>
        <source>&amp;Diagnosis…</source>
        <translation>診断(&amp;D)…</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click</source>
        <translation>クラウドリソースの一般的な問題をワンクリックでチェックします</translation>
    </message>
    <message>
        <source>Account &amp;Information…</source>
        <translation>アカウント情報(&amp;I)…</translation>
    </message>
    <message>
        <source>Case quota, agencies, partner service and configuration items</source>
        <translation>ケースのクォータ、委任、パートナーサービス、設定項目</translation>
    </message>
    <message>
        <source>&amp;Report Infringement or Illegal Information…</source>
        <translation>権利侵害・違法情報の報告(&amp;R)…</translation>
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
    <name>osm::ui::OfflineStatus</name>
    <message numerus="yes">
        <source>Offline — showing saved data; %n change(s) waiting</source>
        <translation>
            <numerusform>オフライン — 保存済みのデータを表示しています。送信待ちの変更: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing saved data</source>
        <translation>オフライン — 保存済みのデータを表示しています</translation>
    </message>
    <message>
        <source>The server cannot be reached. The cases and messages shown are those saved on this computer; what you send is kept and goes out when the server answers again.</source>
        <translation>サーバーに接続できません。表示されているケースとメッセージは、このコンピューターに保存されたものです。送信した内容は保持され、サーバーが再び応答したときに送信されます。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxItemText</name>
    <message>
        <source>Urge the case</source>
        <translation>ケースを催促</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>ケースを取り消し</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>ケースを削除</translation>
    </message>
    <message>
        <source>Close the case and rate it</source>
        <translation>ケースをクローズして評価</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>ケースをクローズ</translation>
    </message>
    <message>
        <source>Rate the case</source>
        <translation>ケースを評価</translation>
    </message>
    <message>
        <source>Add label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>ラベル「%1」を追加</translation>
    </message>
    <message>
        <source>Remove label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>ラベル「%1」を外す</translation>
    </message>
    <message>
        <source>Relate case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>ケース %1 を関連付け</translation>
    </message>
    <message>
        <source>Remove the relation to case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>ケース %1 との関連付けを解除</translation>
    </message>
    <message>
        <source>Change the reminder contact information</source>
        <translation>通知先の連絡先情報を変更</translation>
    </message>
    <message>
        <source>Create a case: %1</source>
        <extracomment>%1 is the beginning of the new case&apos;s description</extracomment>
        <translation>ケースを作成: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxPanel</name>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>%1 is the server&apos;s reason</extracomment>
        <translation>未送信: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Waiting for the network; it will be sent when the connection is back.</source>
        <translation>ネットワークを待っています。接続が回復すると送信されます。</translation>
    </message>
    <message>
        <source>Waiting to sign in again; it will be sent after that.</source>
        <translation>再サインインを待っています。サインイン後に送信されます。</translation>
    </message>
    <message>
        <source>Will be sent again shortly: %1</source>
        <extracomment>%1 is why the last attempt failed</extracomment>
        <translation>まもなく再送信します: %1</translation>
    </message>
    <message>
        <source>Messages waiting to be sent</source>
        <translation>送信待ちのメッセージ</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <extracomment>The files of a message waiting to be sent; %1 is their names</extracomment>
        <translation>添付: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>送信を再試行</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit the message in the reply box</source>
        <translation>返信ボックスでメッセージを編集します</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Discard the message</source>
        <translation>メッセージを破棄します</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesButton</name>
    <message numerus="yes">
        <source>%n new case(s) not sent</source>
        <translation>
            <numerusform>未送信の新しいケース: %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) waiting to be sent</source>
        <translation>
            <numerusform>送信待ちの新しいケース: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the new cases waiting to be sent</source>
        <translation>送信待ちの新しいケースを表示します</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesDialog</name>
    <message>
        <source>New Cases Waiting to Be Sent</source>
        <translation>送信待ちの新しいケース</translation>
    </message>
    <message>
        <source>These new cases are saved on this computer and are created as soon as the server can be reached. A case the server refused shows its reason: edit it, retry or discard it.</source>
        <translation>これらの新しいケースはこのコンピューターに保存されており、サーバーに接続でき次第作成されます。サーバーに拒否されたケースには理由が表示されます。編集、再試行、または破棄してください。</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeCache</name>
    <message>
        <source>Your account&apos;s administrator has restricted case submission, and your user does not hold the privilege to submit cases. Ask the administrator of the main account to grant it.</source>
        <translation>アカウントの管理者がケースの提出を制限しており、このユーザーにはケースを提出する権限がありません。メインアカウントの管理者に権限の付与を依頼してください。</translation>
    </message>
    <message>
        <source>You are signed in with a delegated account, and the account&apos;s administrator does not allow delegated accounts to work on cases. Ask the administrator to grant the case privilege.</source>
        <translation>委任されたアカウントでサインインしていますが、アカウントの管理者は委任されたアカウントでのケース操作を許可していません。管理者にケースの権限の付与を依頼してください。</translation>
    </message>
    <message>
        <source>Your user does not hold the privilege to export cases. Ask the administrator of the main account to grant it.</source>
        <translation>このユーザーにはケースをエクスポートする権限がありません。メインアカウントの管理者に権限の付与を依頼してください。</translation>
    </message>
    <message>
        <source>You may not see or change the cases of this IAM group: your user is not allowed to work on its members&apos; cases. Check the group ID, or ask your administrator to add you to the group.</source>
        <translation>この IAM グループのケースを表示または変更することはできません。このユーザーには、グループのメンバーのケースを操作する権限がありません。グループ ID を確認するか、管理者にグループへの追加を依頼してください。</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeNotice</name>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>一部の操作を利用できない理由</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegePolicyTab</name>
    <message>
        <source>Restrictions the main account switches on for its IAM users: a restricted privilege is held only by the users it is granted to.</source>
        <translation>メインアカウントが IAM ユーザーに対して有効にする制限です。制限された権限は、付与されたユーザーだけが持ちます。</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>whether the restriction of a privilege is switched on</extracomment>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>制限する(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lift Restriction</source>
        <translation>制限を解除(&amp;L)</translation>
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
    <name>osm::ui::RelatedCasesEditor</name>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>提出者</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>関連ケース</translation>
    </message>
    <message>
        <source>Related case ID</source>
        <translation>関連ケースの ID</translation>
    </message>
    <message>
        <source>Case ID to relate</source>
        <translation>関連付けるケースの ID</translation>
    </message>
    <message>
        <source>IAM group ID for relations</source>
        <translation>関連付けに使う IAM グループ ID</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>IAM グループ ID</translation>
    </message>
    <message>
        <source>The relation calls of the OSM API require the ID of your IAM group.</source>
        <translation>OSM API の関連付けの呼び出しには、IAM グループの ID が必要です。</translation>
    </message>
    <message>
        <source>Re&amp;late</source>
        <translation>関連付け(&amp;L)</translation>
    </message>
    <message>
        <source>Add related case</source>
        <translation>関連ケースを追加</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open related case</source>
        <translation>関連ケースを開く</translation>
    </message>
    <message>
        <source>Unrelate</source>
        <translation>関連付けを解除</translation>
    </message>
    <message>
        <source>Remove related case</source>
        <translation>関連ケースを解除</translation>
    </message>
</context>
<context>
    <name>osm::ui::ReportFeedbackDialog</name>
    <message>
        <source>Describe what you are reporting.</source>
        <translation>報告する内容を説明してください。</translation>
    </message>
    <message numerus="yes">
        <source>The description is %n character(s) too long.</source>
        <translation>
            <numerusform>説明が %n 文字長すぎます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one file as evidence.</source>
        <translation>証拠として 1 つ以上のファイルを追加してください。</translation>
    </message>
    <message>
        <source>Describe the right that is infringed.</source>
        <translation>侵害されている権利について説明してください。</translation>
    </message>
    <message>
        <source>An infringement report needs your name, mobile number and e-mail address.</source>
        <translation>権利侵害の報告には、氏名、携帯電話番号、メールアドレスが必要です。</translation>
    </message>
    <message>
        <source>Waiting for the files to upload…</source>
        <translation>ファイルのアップロードを待っています…</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <extracomment>%1 is a file name, %2 why it could not be uploaded</extracomment>
        <translation>%1 をアップロードできませんでした: %2</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>証拠の追加</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>characters typed / the limit</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Report Infringement or Illegal Information</source>
        <translation>権利侵害・違法情報の報告</translation>
    </message>
    <message>
        <source>Intellectual-property infringement</source>
        <translation>知的財産権の侵害</translation>
    </message>
    <message>
        <source>Illegal information</source>
        <translation>違法情報</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Pornography</source>
        <translation>わいせつ</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>賭博</translation>
    </message>
    <message>
        <source>Political breach</source>
        <translation>政治的な違反</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>詐欺</translation>
    </message>
    <message>
        <source>Virtual currency</source>
        <translation>仮想通貨</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>プロキシサーバー</translation>
    </message>
    <message>
        <source>Website without ICP filing</source>
        <translation>ICP 届出のないウェブサイト</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>機微情報</translation>
    </message>
    <message>
        <source>Violence or terrorism</source>
        <translation>暴力・テロ</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>デマ</translation>
    </message>
    <message>
        <source>Insulting heroes and martyrs</source>
        <translation>英雄・烈士への侮辱</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <source>Harm to minors</source>
        <translation>未成年者への有害情報</translation>
    </message>
    <message>
        <source>Cyberattack</source>
        <translation>サイバー攻撃</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>スパム</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>著作権</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>商標</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>特許</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
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
        <translation>代理人</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>弁護士</translation>
    </message>
    <message>
        <source>Right owner</source>
        <translation>権利者</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>報告の種類(&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>カテゴリー(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Reported &amp;party:</source>
        <translation>報告対象の当事者(&amp;P):</translation>
    </message>
    <message>
        <source>Reported p&amp;roduct:</source>
        <translation>報告対象の製品(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>証拠(&amp;E):</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告の種類</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Product or service; website address</source>
        <translation>製品またはサービス、ウェブサイトのアドレス</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>What is infringing or illegal, and where it can be seen</source>
        <translation>何が権利侵害または違法であるか、およびそれを確認できる場所</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>説明の文字数</translation>
    </message>
    <message>
        <source>Reported party</source>
        <translation>報告対象の当事者</translation>
    </message>
    <message>
        <source>The party or merchant reported (optional)</source>
        <translation>報告対象の当事者または事業者（省略可）</translation>
    </message>
    <message>
        <source>Reported product</source>
        <translation>報告対象の製品</translation>
    </message>
    <message>
        <source>The infringing product or service (optional)</source>
        <translation>権利を侵害している製品またはサービス（省略可）</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>証拠ファイル</translation>
    </message>
    <message>
        <source>One to %1 files that show what you report</source>
        <extracomment>%1 is the largest number of files</extracomment>
        <translation>報告内容を示すファイル（1～%1 個）</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Infringed right</source>
        <translation>侵害された権利</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Registered &amp;in:</source>
        <translation>登録国・地域(&amp;I):</translation>
    </message>
    <message>
        <source>Registration &amp;number:</source>
        <translation>登録番号(&amp;N):</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>説明(&amp;C):</translation>
    </message>
    <message>
        <source>Kind of right</source>
        <translation>権利の種類</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>登録国・地域</translation>
    </message>
    <message>
        <source>Country or region (optional)</source>
        <translation>国または地域（省略可）</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Trademark or patent number (optional)</source>
        <translation>商標番号または特許番号（省略可）</translation>
    </message>
    <message>
        <source>Right description</source>
        <translation>権利の説明</translation>
    </message>
    <message>
        <source>Your contact details</source>
        <translation>連絡先情報</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>氏名(&amp;M):</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>携帯電話(&amp;B):</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>メール(&amp;M):</translation>
    </message>
    <message>
        <source>Country or re&amp;gion:</source>
        <translation>国または地域(&amp;G):</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>住所(&amp;S):</translation>
    </message>
    <message>
        <source>You a&amp;re:</source>
        <translation>報告者の区分(&amp;R):</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>会社名(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Other contact:</source>
        <translation>その他の連絡方法(&amp;O):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>国または地域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>報告者の区分</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>その他の連絡方法</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Send Report</source>
        <translation>報告を送信(&amp;S)</translation>
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
    <name>osm::ui::SaveViewAsCsv</name>
    <message>
        <source>Save View as CSV</source>
        <translation>ビューを CSV として保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>
            <numerusform>%n 件のケースを %1 に保存しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::SubmissionPrivilegeGate</name>
    <message>
        <source>New Case</source>
        <translation>新しいケース</translation>
    </message>
    <message>
        <source>You cannot submit cases with this user.</source>
        <translation>このユーザーではケースを提出できません。</translation>
    </message>
</context>
<context>
    <name>osm::ui::TrayNotifier</name>
    <message>
        <source>Show OSM Desk</source>
        <translation>OSM Desk を表示</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk tray menu</source>
        <translation>OSM Desk のトレイメニュー</translation>
    </message>
    <message numerus="yes">
        <source>OSM Desk: %n unread message(s)</source>
        <translation>
            <numerusform>OSM Desk: 未読メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>OSM Desk: no unread messages</source>
        <translation>OSM Desk: 未読メッセージはありません</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>未読メッセージはありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <extracomment>A tray menu entry: the case number and how many of its messages are unread.</extracomment>
        <translation>
            <numerusform>%1（未読 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>New reply in case %1</source>
        <translation>ケース %1 に新しい返信があります</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>未読メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New replies in %n case(s)</source>
        <translation>
            <numerusform>%n 件のケースに新しい返信があります</numerusform>
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
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>IAM グループを選択(&amp;G)…</translation>
    </message>
</context>
</TS>
