<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>main</name>
    <message>
        <source>Manage Huawei Cloud support cases through the OSM API.</source>
        <translation>Работа с обращениями в поддержку Huawei Cloud через API OSM.</translation>
    </message>
    <message>
        <source>Run against the built-in OSM simulator.</source>
        <translation>Работать со встроенным симулятором OSM.</translation>
    </message>
    <message>
        <source>Sign in with the account profile &lt;id&gt;.</source>
        <translation>Войти с профилем учётной записи &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Exit after the first page of cases has loaded (for tests).</source>
        <translation>Завершить работу после загрузки первой страницы обращений (для тестов).</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de, ar) instead of the system&apos;s.</source>
        <extracomment>&lt;code&gt; stays as it is: it names the option&apos;s value on the command line.</extracomment>
        <translation>Использовать язык &lt;code&gt; (например, zh_CN, ja, de, ar) вместо системного.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Неизвестный язык «%1»; доступны: %2.</translation>
    </message>
</context>
<context>
    <name>osm::AkSkAuthenticator</name>
    <message>
        <source>IAM did not name the account of this access key.</source>
        <translation>IAM не сообщил, какой учётной записи принадлежит этот ключ доступа.</translation>
    </message>
</context>
<context>
    <name>osm::CaseStatus</name>
    <message>
        <source>Pending acceptance</source>
        <translation>Ожидает принятия</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Result to be confirmed</source>
        <translation>Ожидает подтверждения результата</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недействительно</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Awaiting feedback</source>
        <translation>Ожидает ответа</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Статус %1</translation>
    </message>
</context>
<context>
    <name>osm::CredentialStore</name>
    <message>
        <source>No secret is saved for this account. Enter it again in the account settings.</source>
        <translation>Для этой учётной записи не сохранён секрет. Введите его снова в настройках учётной записи.</translation>
    </message>
</context>
<context>
    <name>osm::Endpoint</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation>Адрес «%1» не является допустимым URL.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for &quot;%1&quot;.</source>
        <translation>Незашифрованный http разрешён только для этого компьютера (loopback); для «%1» используйте https.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Адрес должен начинаться с https://.</translation>
    </message>
</context>
<context>
    <name>osm::Error</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>Не удалось связаться с сервером. Проверьте сетевое подключение.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The app will keep trying when it is safe to.</source>
        <translation>Сервер не ответил вовремя. Приложение продолжит попытки, когда это безопасно.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>Не удалось установить защищённое соединение с сервером: %1</translation>
    </message>
    <message>
        <source>The server sent an answer the app could not read.</source>
        <translation>Сервер прислал ответ, который приложение не может прочитать.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not valid: %2</source>
        <extracomment>%1 is a parameter name as the API spells it, %2 says what is wrong with it</extracomment>
        <translation>Недопустимое значение «%1»: %2</translation>
    </message>
    <message>
        <source>The saved credentials could not be used: %1</source>
        <translation>Не удалось использовать сохранённые учётные данные: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the account name, user name and password.</source>
        <translation>Не удалось войти. Проверьте имя учётной записи, имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>The server refused the credentials of this account.</source>
        <translation>Сервер отклонил учётные данные этой учётной записи.</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <extracomment>%1 is the server&apos;s own error message, which may be in another language</extracomment>
        <translation>Сервер сообщил об ошибке: %1</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>Слишком много запросов. Приложение скоро повторит попытку.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>На сервере возникла проблема (HTTP %1). Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>Запрос не выполнен (HTTP %1).</translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation>(код %1)</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(ID запроса %1)</translation>
    </message>
</context>
<context>
    <name>osm::ErrorCatalog</name>
    <message>
        <source>The request was refused because a parameter is invalid.</source>
        <translation>Запрос отклонён: недопустимый параметр.</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>Вы не вошли в систему, или срок действия входа истёк.</translation>
    </message>
    <message>
        <source>You do not have permission for this operation.</source>
        <translation>У вас нет прав на эту операцию.</translation>
    </message>
    <message>
        <source>The case service had an internal error. Try again later.</source>
        <translation>В службе обращений произошла внутренняя ошибка. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>A parameter failed the server&apos;s validation.</source>
        <translation>Параметр не прошёл проверку на сервере.</translation>
    </message>
    <message>
        <source>You do not have permission for this case.</source>
        <translation>У вас нет прав на это обращение.</translation>
    </message>
    <message>
        <source>You have urged this case too often. Wait a while before urging it again.</source>
        <translation>Вы слишком часто напоминали об этом обращении. Подождите, прежде чем напомнить снова.</translation>
    </message>
    <message>
        <source>Today&apos;s attachment upload allowance is used up.</source>
        <translation>Дневной лимит загрузки вложений исчерпан.</translation>
    </message>
    <message>
        <source>The selected severity does not exist.</source>
        <translation>Выбранный уровень серьёзности не существует.</translation>
    </message>
    <message>
        <source>A CC e-mail address is not valid.</source>
        <translation>Недопустимый адрес электронной почты в копии (CC).</translation>
    </message>
    <message>
        <source>Your support plan does not allow creating this case.</source>
        <translation>Ваш план поддержки не позволяет создать это обращение.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>Проверка не пройдена.</translation>
    </message>
    <message>
        <source>That case action is not supported (only cancel, close, urge and delete).</source>
        <translation>Это действие с обращением не поддерживается (только отзыв, закрытие, напоминание и удаление).</translation>
    </message>
    <message>
        <source>The case does not exist, or you cannot see it.</source>
        <translation>Обращение не существует, или у вас нет к нему доступа.</translation>
    </message>
    <message>
        <source>The bastion host (CBH) reported a failure.</source>
        <translation>Бастионный хост (CBH) сообщил о сбое.</translation>
    </message>
    <message>
        <source>This case was created only a moment ago. Wait a while before urging it.</source>
        <translation>Обращение создано совсем недавно. Подождите, прежде чем напоминать о нём.</translation>
    </message>
    <message>
        <source>A verification code was sent less than a minute ago. Wait before asking for another.</source>
        <translation>Код подтверждения был отправлен меньше минуты назад. Подождите, прежде чем запрашивать новый.</translation>
    </message>
    <message>
        <source>The case&apos;s current status does not allow this operation.</source>
        <translation>Текущий статус обращения не допускает эту операцию.</translation>
    </message>
    <message>
        <source>You are not allowed to see cases of this group.</source>
        <translation>Вам не разрешено просматривать обращения этой группы.</translation>
    </message>
    <message>
        <source>The maximum number of verification codes has been sent.</source>
        <translation>Отправлено максимальное число кодов подтверждения.</translation>
    </message>
    <message>
        <source>Your case quota is used up.</source>
        <translation>Квота обращений исчерпана.</translation>
    </message>
    <message>
        <source>You have reached today&apos;s limit of new cases.</source>
        <translation>Вы достигли дневного лимита новых обращений.</translation>
    </message>
    <message>
        <source>The label does not exist.</source>
        <translation>Метка не существует.</translation>
    </message>
    <message>
        <source>A label with this name already exists.</source>
        <translation>Метка с таким именем уже существует.</translation>
    </message>
    <message>
        <source>You already have 30 labels, the most allowed.</source>
        <translation>У вас уже 30 меток — это максимум.</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels.</source>
        <translation>У обращения может быть не более 5 меток.</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases.</source>
        <translation>У обращения может быть не более 3 связанных обращений.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>Обращение нельзя связать с самим собой.</translation>
    </message>
    <message>
        <source>The attachment is not valid.</source>
        <translation>Недопустимое вложение.</translation>
    </message>
    <message>
        <source>This authorization can only be changed while it is pending.</source>
        <translation>Это разрешение можно изменить, только пока оно ожидает рассмотрения.</translation>
    </message>
    <message>
        <source>The connection to the target host timed out.</source>
        <translation>Истекло время ожидания подключения к целевому хосту.</translation>
    </message>
    <message>
        <source>The signature was rejected. Check the access key (AK) and secret key (SK) of this account.</source>
        <translation>Подпись отклонена. Проверьте ключ доступа (AK) и секретный ключ (SK) этой учётной записи.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Срок действия входа истёк. Войдите снова.</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>Слишком много запросов. Приложение скоро повторит попытку.</translation>
    </message>
</context>
<context>
    <name>osm::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available (%1). Secrets entered now are kept in memory only and will be forgotten when the app quits.</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>Связка ключей недоступна (%1). Введённые сейчас секреты хранятся только в памяти и будут забыты при выходе из приложения.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>Связка ключей отказала: %1</translation>
    </message>
    <message>
        <source>The keychain entry of this account is not in a format the app understands. Enter the secret again.</source>
        <translation>Запись этой учётной записи в связке ключей имеет формат, непонятный приложению. Введите секрет снова.</translation>
    </message>
</context>
<context>
    <name>osm::Site</name>
    <message>
        <source>Huawei Cloud (myhuaweicloud.com)</source>
        <extracomment>The endpoint listed in the OSM API reference (region cn-south-1)</extracomment>
        <translation>Huawei Cloud (myhuaweicloud.com)</translation>
    </message>
    <message>
        <source>Huawei Cloud SDK endpoint (myhuaweicloud.cn)</source>
        <extracomment>The endpoint the official Huawei Cloud SDK uses for the same region</extracomment>
        <translation>Конечная точка SDK Huawei Cloud (myhuaweicloud.cn)</translation>
    </message>
</context>
<context>
    <name>osm::TokenAuthenticator</name>
    <message>
        <source>IAM answered without a token.</source>
        <translation>IAM ответил без токена.</translation>
    </message>
</context>
<context>
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>значение должно быть цветом в формате #RRGGBB, например #1E88E5.</translation>
    </message>
</context>
<context>
    <name>osm::api::Relations</name>
    <message>
        <source>a case cannot be related to itself.</source>
        <translation>обращение нельзя связать с самим собой.</translation>
    </message>
</context>
<context>
    <name>osm::api::Validator</name>
    <message>
        <source>a value is required.</source>
        <translation>требуется значение.</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n character(s) long.</source>
        <translation>
            <numerusform>длина не должна превышать %n символ.</numerusform>
            <numerusform>длина не должна превышать %n символа.</numerusform>
            <numerusform>длина не должна превышать %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <translation>значение должно быть от %1 до %2.</translation>
    </message>
    <message>
        <source>it must be one of %1.</source>
        <translation>значение должно быть одним из следующих: %1.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n value(s) may be given.</source>
        <translation>
            <numerusform>можно указать не более %n значения.</numerusform>
            <numerusform>можно указать не более %n значений.</numerusform>
            <numerusform>можно указать не более %n значений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n value(s) must be given.</source>
        <translation>
            <numerusform>нужно указать не менее %n значения.</numerusform>
            <numerusform>нужно указать не менее %n значений.</numerusform>
            <numerusform>нужно указать не менее %n значений.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be a date and time written as yyyy-MM-dd HH:mm:ss.</source>
        <translation>значение должно быть датой и временем в формате yyyy-MM-dd HH:mm:ss.</translation>
    </message>
</context>
<context>
    <name>osm::app::DesktopSession</name>
    <message>
        <source>The built-in simulator could not start.</source>
        <translation>Не удалось запустить встроенный симулятор.</translation>
    </message>
    <message>
        <source>No account is set up yet. Start OSM Desk with --demo to try it with the built-in simulator.</source>
        <translation>Учётная запись ещё не настроена. Запустите OSM Desk с параметром --demo, чтобы попробовать его со встроенным симулятором.</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>Профиль учётной записи «%1» не существует.</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>Welcome to OSM Desk. Set up the Huawei Cloud account whose support cases you want to work with. (To try OSM Desk without an account, start it with --demo.)</source>
        <translation>Добро пожаловать в OSM Desk. Настройте учётную запись Huawei Cloud, с обращениями которой вы хотите работать. (Чтобы попробовать OSM Desk без учётной записи, запустите его с параметром --demo.)</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>Не удалось сохранить учётную запись.</translation>
    </message>
    <message>
        <source>You have signed out and the stored secret was forgotten. Enter it again to sign in.</source>
        <translation>Вы вышли из системы, сохранённый секрет забыт. Введите его снова, чтобы войти.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseListModel</name>
    <message>
        <source>Case ID</source>
        <translation>№ обращения</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Тип проблемы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
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
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the case list again (%1)</source>
        <translation>Перечитать список обращений (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Загрузка обращений…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>&amp;Учётная запись…</translation>
    </message>
    <message>
        <source>Edit this account&apos;s name, endpoint and credentials</source>
        <translation>Изменить имя, конечную точку и учётные данные этой учётной записи</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Forget this account&apos;s stored secret and sign in again</source>
        <translation>Забыть сохранённый секрет этой учётной записи и войти заново</translation>
    </message>
</context>
<context>
    <name>osm::ui::ProfileDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>Изменение учётной записи</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Добавление учётной записи</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Предупреждение связки ключей</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Имя учётной записи</translation>
    </message>
    <message>
        <source>e.g. Production account</source>
        <extracomment>Placeholder of the account name field</extracomment>
        <translation>например, Рабочая учётная запись</translation>
    </message>
    <message>
        <source>Account name problem</source>
        <translation>Ошибка в имени учётной записи</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Сайт:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Custom endpoint…</source>
        <translation>Другая конечная точка…</translation>
    </message>
    <message>
        <source>Site addresses</source>
        <translation>Адреса сайта</translation>
    </message>
    <message>
        <source>&amp;OSM URL:</source>
        <translation>URL &amp;OSM:</translation>
    </message>
    <message>
        <source>OSM URL</source>
        <translation>URL OSM</translation>
    </message>
    <message>
        <source>https://osm.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://osm.example.com или http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>OSM URL problem</source>
        <translation>Ошибка в URL OSM</translation>
    </message>
    <message>
        <source>&amp;IAM URL:</source>
        <translation>URL &amp;IAM:</translation>
    </message>
    <message>
        <source>IAM URL</source>
        <translation>URL IAM</translation>
    </message>
    <message>
        <source>https://iam.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://iam.example.com или http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>IAM URL problem</source>
        <translation>Ошибка в URL IAM</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>&amp;Способ входа:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Способ входа</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>Ключ доступа (AK/SK)</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>Пользователь IAM и пароль</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>Данные для входа</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>&amp;Ключ доступа (AK):</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Ключ доступа</translation>
    </message>
    <message>
        <source>Access key problem</source>
        <translation>Ошибка в ключе доступа</translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation>&amp;Секретный ключ (SK):</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <source>Secret key problem</source>
        <translation>Ошибка в секретном ключе</translation>
    </message>
    <message>
        <source>&amp;Domain ID:</source>
        <translation>&amp;ID домена:</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>ID домена</translation>
    </message>
    <message>
        <source>Looked up automatically when empty</source>
        <translation>Если не указан, определяется автоматически</translation>
    </message>
    <message>
        <source>&amp;Temporary key (with a security token)</source>
        <translation>&amp;Временный ключ (с токеном безопасности)</translation>
    </message>
    <message>
        <source>Temporary key</source>
        <translation>Временный ключ</translation>
    </message>
    <message>
        <source>Security to&amp;ken:</source>
        <translation>&amp;Токен безопасности:</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>Токен безопасности</translation>
    </message>
    <message>
        <source>Security token problem</source>
        <translation>Ошибка в токене безопасности</translation>
    </message>
    <message>
        <source>A&amp;ccount name:</source>
        <extracomment>The Huawei Cloud account that the IAM user belongs to</extracomment>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>Account (domain) name</source>
        <translation>Имя учётной записи (домена)</translation>
    </message>
    <message>
        <source>The Huawei Cloud account (domain) that the IAM user belongs to</source>
        <translation>Учётная запись Huawei Cloud (домен), которой принадлежит пользователь IAM</translation>
    </message>
    <message>
        <source>IAM &amp;user name:</source>
        <translation>&amp;Пользователь IAM:</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>Имя пользователя IAM</translation>
    </message>
    <message>
        <source>IAM user name problem</source>
        <translation>Ошибка в имени пользователя IAM</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Ошибка в пароле</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>ID про&amp;екта:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID проекта</translation>
    </message>
    <message>
        <source>Optional; the account is the scope when empty</source>
        <translation>Необязательно; если не указан, областью действия будет учётная запись</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Secret</source>
        <translation>&amp;Забыть сохранённый секрет</translation>
    </message>
    <message>
        <source>Forget stored secret</source>
        <translation>Забыть сохранённый секрет</translation>
    </message>
    <message>
        <source>Remove this account&apos;s secret from the keychain; you will have to enter it again</source>
        <translation>Удалить секрет этой учётной записи из связки ключей; его придётся ввести снова</translation>
    </message>
    <message>
        <source>OSM %1 · IAM %2</source>
        <extracomment>%1 and %2 are the OSM and IAM addresses of the chosen site</extracomment>
        <translation>OSM %1 · IAM %2</translation>
    </message>
    <message>
        <source>No secret is stored; enter it</source>
        <translation>Секрет не сохранён; введите его</translation>
    </message>
    <message>
        <source>Unchanged; type to replace</source>
        <translation>Без изменений; введите, чтобы заменить</translation>
    </message>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Введите имя для этой учётной записи.</translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;.</source>
        <extracomment>%1 is an account name</extracomment>
        <translation>Другая учётная запись уже называется «%1».</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>Введите адрес.</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>Введите ключ доступа (AK).</translation>
    </message>
    <message>
        <source>An access key has no spaces.</source>
        <translation>Ключ доступа не содержит пробелов.</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>Введите секретный ключ (SK).</translation>
    </message>
    <message>
        <source>A temporary key needs its security token.</source>
        <translation>Для временного ключа нужен его токен безопасности.</translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation>Введите имя учётной записи (домена).</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>Введите имя пользователя IAM.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>Сохранение секрета в связке ключей…</translation>
    </message>
    <message>
        <source>The secret will be forgotten when OSM Desk quits: it could not be stored in the keychain, so it is kept in memory for this session only. You will have to enter it again next time.
%1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>Секрет будет забыт при выходе из OSM Desk: его не удалось сохранить в связке ключей, поэтому он хранится в памяти только в течение этого сеанса. В следующий раз его придётся ввести снова.
%1</translation>
    </message>
    <message>
        <source>The secret could not be saved, so the account was not saved either. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>Не удалось сохранить секрет, поэтому учётная запись тоже не сохранена. %1</translation>
    </message>
    <message>
        <source>Removing the secret from the keychain…</source>
        <translation>Удаление секрета из связки ключей…</translation>
    </message>
    <message>
        <source>The secret could not be removed. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>Не удалось удалить секрет. %1</translation>
    </message>
    <message>
        <source>The stored secret was removed. Enter it again to sign in with this account.</source>
        <translation>Сохранённый секрет удалён. Введите его снова, чтобы войти с этой учётной записью.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Со&amp;хранить</translation>
    </message>
</context>
</TS>
