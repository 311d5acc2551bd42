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
    <message>
        <source>A case to open: its id, or a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>Обращение, которое нужно открыть: его ID или ссылка вида osmdesk://case/&lt;ID обращения&gt;.</translation>
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
    <name>osm::Download</name>
    <message>
        <source>the folder does not exist.</source>
        <translation>папка не существует.</translation>
    </message>
    <message>
        <source>the file could not be created (%1).</source>
        <translation>не удалось создать файл (%1).</translation>
    </message>
    <message>
        <source>the file could not be written (%1).</source>
        <translation>не удалось записать файл (%1).</translation>
    </message>
    <message>
        <source>the file could not be saved (%1).</source>
        <translation>не удалось сохранить файл (%1).</translation>
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
    <message>
        <source>The account name or password is wrong.</source>
        <translation>Неверное имя учётной записи или пароль.</translation>
    </message>
    <message>
        <source>The case service could not complete the operation. Try again later.</source>
        <translation>Службе обращений не удалось выполнить операцию. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>This authorization operation is not supported.</source>
        <translation>Эта операция с разрешением не поддерживается.</translation>
    </message>
    <message>
        <source>The operation is not allowed.</source>
        <translation>Операция запрещена.</translation>
    </message>
    <message>
        <source>The source id does not exist.</source>
        <translation>ID источника не существует.</translation>
    </message>
    <message>
        <source>The selected problem type does not exist.</source>
        <translation>Выбранный тип проблемы не существует.</translation>
    </message>
    <message>
        <source>The type is not valid.</source>
        <translation>Недопустимый тип.</translation>
    </message>
    <message>
        <source>The authorization item does not exist.</source>
        <translation>Элемент разрешения не существует.</translation>
    </message>
    <message>
        <source>The selected region does not exist.</source>
        <translation>Выбранный регион не существует.</translation>
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
    <name>osm::MultipartBody</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Не удалось прочитать «%1»: %2</translation>
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
    <name>osm::api::AccessoryLimitCheck</name>
    <message numerus="yes">
        <source>at most %n file(s) may be attached to one case or message.</source>
        <translation>
            <numerusform>к одному обращению или сообщению можно приложить не более %n файла.</numerusform>
            <numerusform>к одному обращению или сообщению можно приложить не более %n файлов.</numerusform>
            <numerusform>к одному обращению или сообщению можно приложить не более %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>не удаётся прочитать «%1».</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>файл «%1» пуст.</translation>
    </message>
    <message>
        <source>“%1” is not a type of file that may be attached (allowed: %2).</source>
        <extracomment>%1 is a file name, %2 the list of allowed extensions</extracomment>
        <translation>«%1» — недопустимый тип файла для вложения (разрешены: %2).</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; an attachment may be at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its size in MB, %3 the largest size allowed in MB</extracomment>
        <translation>размер «%1» — %2 МБ, а размер вложения не должен превышать %3 МБ.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a ZIP archive.</source>
        <translation>не удалось прочитать «%1» как ZIP-архив.</translation>
    </message>
    <message>
        <source>“%1” unpacks to %2 MB; an archive may unpack to at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its unpacked size in MB, %3 the largest unpacked size allowed in MB</extracomment>
        <translation>в распакованном виде «%1» занимает %2 МБ, а архив в распакованном виде не должен превышать %3 МБ.</translation>
    </message>
</context>
<context>
    <name>osm::api::Attachments</name>
    <message>
        <source>it must be “incident” (for a new case) or “message” (for a message).</source>
        <translation>значение должно быть «incident» (для нового обращения) или «message» (для сообщения).</translation>
    </message>
    <message>
        <source>the file “%1” cannot be read.</source>
        <translation>не удаётся прочитать файл «%1».</translation>
    </message>
    <message>
        <source>an id may not contain a comma.</source>
        <translation>ID не должен содержать запятых.</translation>
    </message>
</context>
<context>
    <name>osm::api::CaseWrites</name>
    <message>
        <source>its keys must be contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>допустимые ключи: contactType, remindCCEmail, remindEncryptCCEmail и isReceiveMsgRemind.</translation>
    </message>
    <message>
        <source>it must be IncidentService or IntelligentCustomerService.</source>
        <translation>значение должно быть IncidentService или IntelligentCustomerService.</translation>
    </message>
    <message>
        <source>it must be 0, 1 or 2.</source>
        <translation>значение должно быть 0, 1 или 2.</translation>
    </message>
</context>
<context>
    <name>osm::api::Configurations</name>
    <message>
        <source>it may not contain /, ? or #.</source>
        <translation>значение не должно содержать /, ? или #.</translation>
    </message>
</context>
<context>
    <name>osm::api::Feedback</name>
    <message>
        <source>it must be one of %1.</source>
        <translation>значение должно быть одним из следующих: %1.</translation>
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
    <name>osm::api::Privileges</name>
    <message>
        <source>it must be one of export, createCase or assumeCaseAll.</source>
        <translation>значение должно быть одним из следующих: export, createCase или assumeCaseAll.</translation>
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
    <name>osm::api::VerifyCodes</name>
    <message>
        <source>it must be exactly 6 characters long.</source>
        <translation>длина должна составлять ровно 6 символов.</translation>
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
    <name>osm::app::LaunchRequest</name>
    <message>
        <source>Expected at most one case, as a case id or as a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>Ожидалось не более одного обращения: его ID или ссылка вида osmdesk://case/&lt;ID обращения&gt;.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AgenciesCommands</name>
    <message>
        <source>The account&apos;s IAM agencies (delegations).</source>
        <translation>Агентства IAM учётной записи (делегирование прав).</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM agencies (5.11.1).</source>
        <translation>Вывести список агентств IAM учётной записи (5.11.1).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false: сохранять разметку форматированного текста в описаниях и сообщениях (по умолчанию true: обычный текст).</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs.</source>
        <translation>Обращения в поддержку: list, show, count, status, logs.</translation>
    </message>
    <message>
        <source>List cases, with every filter of the API (5.11.9).</source>
        <translation>Вывести список обращений с любыми фильтрами API (5.11.9).</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters); at most 3.</source>
        <translation>Ключевое слово из описания (не более 64 символов); не более 3.</translation>
    </message>
    <message>
        <source>A label id; at most 5.</source>
        <translation>ID метки; не более 5.</translation>
    </message>
    <message>
        <source>Matches the case id or the description (at most 64 characters).</source>
        <translation>Совпадение с ID обращения или описанием (не более 64 символов).</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>ID обращения (не более 32 символов).</translation>
    </message>
    <message>
        <source>Created at or after this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Создано в это время или позже, yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>Created at or before this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Создано в это время или раньше, yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>The status: 0, 1, 2, 3, 4, 12 or 17.</source>
        <translation>Статус: 0, 1, 2, 3, 4, 12 или 17.</translation>
    </message>
    <message>
        <source>A list of statuses, sent as given.</source>
        <translation>Список статусов; отправляется как есть.</translation>
    </message>
    <message>
        <source>The cases of this sub-user id (at most 64 characters).</source>
        <translation>Обращения субпользователя с этим ID (не более 64 символов).</translation>
    </message>
    <message>
        <source>The cases of this sub-user name (at most 64 characters).</source>
        <translation>Обращения субпользователя с этим именем (не более 64 символов).</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>Группа IAM — для обращений других её участников (не более 64 символов).</translation>
    </message>
    <message>
        <source>Skip this many cases (0-65535, default 0).</source>
        <translation>Сколько обращений пропустить (0-65535, по умолчанию 0).</translation>
    </message>
    <message>
        <source>At most this many cases (0-100, default 10).</source>
        <translation>Максимальное число обращений (0-100, по умолчанию 10).</translation>
    </message>
    <message>
        <source>The product category id (at most 64 characters).</source>
        <translation>ID категории продукта (не более 64 символов).</translation>
    </message>
    <message>
        <source>The problem type id (at most 32 characters).</source>
        <translation>ID типа проблемы (не более 32 символов).</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>ID подтипа обращения (не более 32 символов).</translation>
    </message>
    <message>
        <source>The root cause (at most 32 characters).</source>
        <translation>Первопричина (не более 32 символов).</translation>
    </message>
    <message>
        <source>The service type of the case.</source>
        <translation>Тип сервиса обращения.</translation>
    </message>
    <message>
        <source>Show one case with all its details (5.11.4).</source>
        <translation>Показать одно обращение со всеми подробностями (5.11.4).</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>ID обращения (1-32 символа).</translation>
    </message>
    <message>
        <source>The IAM group, for a case of another member (at most 64 characters).</source>
        <translation>Группа IAM — для обращения другого её участника (не более 64 символов).</translation>
    </message>
    <message>
        <source>Count the cases by status (5.11.3).</source>
        <translation>Подсчитать обращения по статусам (5.11.3).</translation>
    </message>
    <message>
        <source>Only this status: 0-4 or 13.</source>
        <translation>Только этот статус: 0-4 или 13.</translation>
    </message>
    <message>
        <source>Show the status of a case (5.11.7).</source>
        <translation>Показать статус обращения (5.11.7).</translation>
    </message>
    <message>
        <source>List what was done on a case (5.11.5).</source>
        <translation>Показать журнал действий по обращению (5.11.5).</translation>
    </message>
    <message>
        <source>Skip this many entries (0-65535).</source>
        <translation>Сколько записей пропустить (0-65535).</translation>
    </message>
    <message>
        <source>At most this many entries (1-100).</source>
        <translation>Максимальное число записей (1-100).</translation>
    </message>
    <message>
        <source>Show the CC e-mails used most recently (5.11.6).</source>
        <translation>Показать недавно использованные адреса электронной почты для копии (CC) (5.11.6).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Cli</name>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>Use this account profile of OSM Desk (its name or id); by default the active one.</source>
        <translation>Использовать этот профиль учётной записи OSM Desk (его имя или ID); по умолчанию — активный.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Send to this OSM endpoint, with the credentials from the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID, looked up when missing, and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>Отправлять запросы на эту конечную точку OSM с учётными данными из переменных окружения: OSM_AK и OSM_SK (дополнительно OSM_DOMAIN_ID, который определяется автоматически, если не задан, и OSM_SECURITY_TOKEN) или OSM_IAM_DOMAIN, OSM_IAM_USER и OSM_PASSWORD.</translation>
    </message>
    <message>
        <source>The IAM endpoint that goes with --endpoint; by default its site&apos;s, or --endpoint itself.</source>
        <translation>Конечная точка IAM для --endpoint; по умолчанию — конечная точка IAM его сайта или сам --endpoint.</translation>
    </message>
    <message>
        <source>Print the result as JSON, with the API&apos;s field names.</source>
        <translation>Вывести результат в формате JSON с именами полей API.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de) instead of LANGUAGE or LANG.</source>
        <translation>Использовать язык &lt;код&gt; (например, zh_CN, ja, de) вместо LANGUAGE или LANG.</translation>
    </message>
    <message>
        <source>Log each request on stderr (method, path, status, request id; never credentials).</source>
        <translation>Записывать каждый запрос в stderr (метод, путь, статус, ID запроса; учётные данные — никогда).</translation>
    </message>
    <message>
        <source>Show the help of osmctl, of a group or of a command.</source>
        <translation>Показать справку по osmctl, группе или команде.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2 %3&quot;.</source>
        <translation>Неизвестный параметр --%1 для «%2 %3».</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Неизвестный параметр --%1.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Параметр --%1 не принимает значения.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Параметру --%1 требуется значение.</translation>
    </message>
    <message>
        <source>The option --%1 may be given only once.</source>
        <translation>Параметр --%1 можно указать только один раз.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Неизвестный параметр %1.</translation>
    </message>
    <message>
        <source>Unknown command group &quot;%1&quot;.</source>
        <translation>Неизвестная группа команд «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no command &quot;%2&quot;.</source>
        <translation>В группе «%1» нет команды «%2».</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: values are given with options.</source>
        <translation>Непредвиденный аргумент «%1»: значения задаются через параметры.</translation>
    </message>
    <message>
        <source>Choose a command of &quot;%1&quot;.</source>
        <translation>Выберите команду группы «%1».</translation>
    </message>
    <message>
        <source>%1 (option --%2)</source>
        <extracomment>%1 is a sentence saying what is wrong, %2 an option such as --limit</extracomment>
        <translation>%1 (параметр --%2)</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 %2 --help&quot; for its options.</source>
        <translation>Выполните «osmctl %1 %2 --help», чтобы увидеть параметры команды.</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 --help&quot; for its commands.</source>
        <translation>Выполните «osmctl %1 --help», чтобы увидеть команды группы.</translation>
    </message>
    <message>
        <source>Run &quot;osmctl --help&quot; for the command groups.</source>
        <translation>Выполните «osmctl --help», чтобы увидеть группы команд.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Обязательный параметр.</translation>
    </message>
    <message>
        <source>Repeat the option for several values.</source>
        <translation>Чтобы указать несколько значений, повторите параметр.</translation>
    </message>
    <message>
        <source>Usage: osmctl [global options] &lt;group&gt; &lt;command&gt; [options]</source>
        <translation>Использование: osmctl [глобальные параметры] &lt;группа&gt; &lt;команда&gt; [параметры]</translation>
    </message>
    <message>
        <source>Work with Huawei Cloud support cases through the OSM API, with the accounts of OSM Desk.</source>
        <translation>Работа с обращениями в поддержку Huawei Cloud через API OSM с учётными записями OSM Desk.</translation>
    </message>
    <message>
        <source>Command groups:</source>
        <translation>Группы команд:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Глобальные параметры:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Коды завершения:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>успешно</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, invalid value, refused before sending</source>
        <translation>ошибка использования: неизвестная команда или параметр, недопустимое значение, отказ до отправки</translation>
    </message>
    <message>
        <source>the API answered with an error (its error_code and request id are printed)</source>
        <translation>API вернул ошибку (выводятся её error_code и ID запроса)</translation>
    </message>
    <message>
        <source>network, TLS or timeout: no answer</source>
        <translation>сеть, TLS или тайм-аут: ответа нет</translation>
    </message>
    <message>
        <source>authentication: credentials missing or rejected</source>
        <translation>аутентификация: учётные данные отсутствуют или отклонены</translation>
    </message>
    <message>
        <source>Run &quot;osmctl &lt;group&gt; --help&quot; for a group&apos;s commands.</source>
        <translation>Выполните «osmctl &lt;группа&gt; --help», чтобы увидеть команды группы.</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 &lt;command&gt; [options]</source>
        <translation>Использование: osmctl %1 &lt;команда&gt; [параметры]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>Выполните «osmctl %1 &lt;команда&gt; --help», чтобы увидеть параметры команды.</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 %2 [options]</source>
        <translation>Использование: osmctl %1 %2 [параметры]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Неизвестный язык «%1»; доступны: %2.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::ConfigCommands</name>
    <message>
        <source>What a new case is built from: categories, problem types, templates, severities, regions, limits.</source>
        <translation>Из чего составляется новое обращение: категории, типы проблем, шаблоны, уровни серьёзности, регионы, лимиты.</translation>
    </message>
    <message>
        <source>List the telephone country codes (5.8.1).</source>
        <translation>Вывести список телефонных кодов стран (5.8.1).</translation>
    </message>
    <message>
        <source>List the problem types (5.8.2).</source>
        <translation>Вывести список типов проблем (5.8.2).</translation>
    </message>
    <message>
        <source>Only those of this product category (1-64 characters).</source>
        <translation>Только для этой категории продукта (1-64 символа).</translation>
    </message>
    <message>
        <source>Only those of this case sub-type (at most 32 characters).</source>
        <translation>Только для этого подтипа обращения (не более 32 символов).</translation>
    </message>
    <message>
        <source>List the additional parameters a problem type asks for (5.8.3).</source>
        <translation>Вывести список дополнительных параметров, которые запрашивает тип проблемы (5.8.3).</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>ID типа проблемы (1-32 символа).</translation>
    </message>
    <message>
        <source>The case sub-type id (1-32 characters).</source>
        <translation>ID подтипа обращения (1-32 символа).</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>ID категории продукта (1-64 символа).</translation>
    </message>
    <message>
        <source>List the description templates of a problem type (5.8.4).</source>
        <translation>Вывести список шаблонов описания для типа проблемы (5.8.4).</translation>
    </message>
    <message>
        <source>List the case categories and sub-types (5.8.5).</source>
        <translation>Вывести список категорий и подтипов обращений (5.8.5).</translation>
    </message>
    <message>
        <source>List the product categories (5.8.6).</source>
        <translation>Вывести список категорий продуктов (5.8.6).</translation>
    </message>
    <message>
        <source>Only categories with this name (at most 64 characters).</source>
        <translation>Только категории с этим названием (не более 64 символов).</translation>
    </message>
    <message>
        <source>true: the exact name; false: names containing it (the server&apos;s default).</source>
        <translation>true: точное совпадение названия; false: названия, содержащие его (по умолчанию на сервере).</translation>
    </message>
    <message>
        <source>Only categories with this acronym (at most 64 characters).</source>
        <translation>Только категории с этой аббревиатурой (не более 64 символов).</translation>
    </message>
    <message>
        <source>List the regions (5.8.7).</source>
        <translation>Вывести список регионов (5.8.7).</translation>
    </message>
    <message>
        <source>List the satisfaction scales of the case rating (5.8.8).</source>
        <translation>Вывести список шкал удовлетворённости для оценки обращения (5.8.8).</translation>
    </message>
    <message>
        <source>List the severities of a product category and problem type (5.8.9).</source>
        <translation>Вывести список уровней серьёзности для категории продукта и типа проблемы (5.8.9).</translation>
    </message>
    <message>
        <source>Show the account&apos;s case limits (5.8.10).</source>
        <translation>Показать лимиты обращений учётной записи (5.8.10).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Connection</name>
    <message>
        <source>--endpoint needs credentials in the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>Для --endpoint нужны учётные данные в переменных окружения: OSM_AK и OSM_SK (дополнительно OSM_DOMAIN_ID и OSM_SECURITY_TOKEN) или OSM_IAM_DOMAIN, OSM_IAM_USER и OSM_PASSWORD.</translation>
    </message>
    <message>
        <source>No account profile is set up. Add one in OSM Desk, or use --endpoint with credentials in the environment (see --help).</source>
        <translation>Профиль учётной записи не настроен. Добавьте его в OSM Desk или используйте --endpoint с учётными данными в переменных окружения (см. --help).</translation>
    </message>
    <message>
        <source>Several account profiles are called &quot;%1&quot;; give the profile&apos;s id instead.</source>
        <translation>Профилей учётной записи с именем «%1» несколько; укажите вместо имени ID профиля.</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>Профиль учётной записи «%1» не существует.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CustomersCommands</name>
    <message>
        <source>The account&apos;s IAM users (sub-customers), contacts anonymised.</source>
        <translation>Пользователи IAM учётной записи (субклиенты); контактные данные обезличены.</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM users (5.11.10).</source>
        <translation>Вывести список пользователей IAM учётной записи (5.11.10).</translation>
    </message>
    <message>
        <source>Only users with this name (at most 64 characters).</source>
        <translation>Только пользователи с этим именем (не более 64 символов).</translation>
    </message>
    <message>
        <source>Only the user with this id (at most 64 characters).</source>
        <translation>Только пользователь с этим ID (не более 64 символов).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::LabelsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>ID обращения (1-32 символа).</translation>
    </message>
    <message>
        <source>A label id (0 or more); 1-5 labels.</source>
        <translation>ID метки (0 или больше); от 1 до 5 меток.</translation>
    </message>
    <message>
        <source>The account&apos;s case labels (at most 30) and the labels of a case (at most 5).</source>
        <translation>Метки обращений учётной записи (не более 30) и метки отдельного обращения (не более 5).</translation>
    </message>
    <message>
        <source>List the account&apos;s labels (5.9.2).</source>
        <translation>Вывести список меток учётной записи (5.9.2).</translation>
    </message>
    <message>
        <source>Skip this many labels (0-2147483647, default 0).</source>
        <translation>Сколько меток пропустить (0-2147483647, по умолчанию 0).</translation>
    </message>
    <message>
        <source>At most this many labels (0-100, default 10).</source>
        <translation>Максимальное число меток (0-100, по умолчанию 10).</translation>
    </message>
    <message>
        <source>Labels whose name contains this (at most 64 characters).</source>
        <translation>Метки, имя которых содержит этот текст (не более 64 символов).</translation>
    </message>
    <message>
        <source>Only the label with this id (0-2147483647).</source>
        <translation>Только метка с этим ID (0-2147483647).</translation>
    </message>
    <message>
        <source>Create a label (5.9.1).</source>
        <translation>Создать метку (5.9.1).</translation>
    </message>
    <message>
        <source>The label&apos;s name (1-64 characters, unique).</source>
        <translation>Имя метки (1-64 символа, уникальное).</translation>
    </message>
    <message>
        <source>The label&apos;s colour, #RRGGBB.</source>
        <translation>Цвет метки, #RRGGBB.</translation>
    </message>
    <message>
        <source>The label was created.</source>
        <translation>Метка создана.</translation>
    </message>
    <message>
        <source>Rename or recolour a label (5.9.4).</source>
        <translation>Переименовать метку или изменить её цвет (5.9.4).</translation>
    </message>
    <message>
        <source>The label&apos;s id.</source>
        <translation>ID метки.</translation>
    </message>
    <message>
        <source>The new name (1-64 characters).</source>
        <translation>Новое имя (1-64 символа).</translation>
    </message>
    <message>
        <source>The new colour, #RRGGBB.</source>
        <translation>Новый цвет, #RRGGBB.</translation>
    </message>
    <message>
        <source>The label was updated.</source>
        <translation>Метка изменена.</translation>
    </message>
    <message>
        <source>Delete a label; it is removed from every case (5.9.3).</source>
        <translation>Удалить метку; она снимается со всех обращений (5.9.3).</translation>
    </message>
    <message>
        <source>The label was deleted.</source>
        <translation>Метка удалена.</translation>
    </message>
    <message>
        <source>List the labels of a case (5.9.5).</source>
        <translation>Вывести список меток обращения (5.9.5).</translation>
    </message>
    <message>
        <source>Add labels to a case (5.9.6).</source>
        <translation>Добавить метки к обращению (5.9.6).</translation>
    </message>
    <message>
        <source>The labels were added to the case.</source>
        <translation>Метки добавлены к обращению.</translation>
    </message>
    <message>
        <source>Remove labels from a case (5.9.7).</source>
        <translation>Снять метки с обращения (5.9.7).</translation>
    </message>
    <message>
        <source>The labels were removed from the case.</source>
        <translation>Метки сняты с обращения.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::MessagesCommands</name>
    <message>
        <source>false: keep the rich-text markup of the messages (default true: plain text).</source>
        <translation>false: сохранять разметку форматированного текста в сообщениях (по умолчанию true: обычный текст).</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>Группа IAM — для обращений других её участников (не более 64 символов).</translation>
    </message>
    <message>
        <source>A case id; 1-100 cases.</source>
        <translation>ID обращения; от 1 до 100 обращений.</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>ID обращения (1-32 символа).</translation>
    </message>
    <message>
        <source>The messages of cases: list, send, withdraw, mark read, unread counts, instant-message poll.</source>
        <translation>Сообщения обращений: список, отправка, отзыв, отметка о прочтении, число непрочитанных, опрос мгновенных сообщений.</translation>
    </message>
    <message>
        <source>List the messages of a case (5.10.5).</source>
        <translation>Вывести список сообщений обращения (5.10.5).</translation>
    </message>
    <message>
        <source>Skip this many messages (0-65535).</source>
        <translation>Сколько сообщений пропустить (0-65535).</translation>
    </message>
    <message>
        <source>At most this many messages (0-100).</source>
        <translation>Максимальное число сообщений (0-100).</translation>
    </message>
    <message>
        <source>Count the unread messages of cases (5.10.2).</source>
        <translation>Подсчитать непрочитанные сообщения обращений (5.10.2).</translation>
    </message>
    <message>
        <source>New messages and status changes of cases since a cursor (5.10.7).</source>
        <translation>Новые сообщения и изменения статуса обращений с момента, заданного курсором (5.10.7).</translation>
    </message>
    <message>
        <source>The cursor the previous poll returned (last_message_time_id).</source>
        <translation>Курсор, возвращённый предыдущим опросом (last_message_time_id).</translation>
    </message>
    <message>
        <source>List the messages before the oldest one loaded so far (5.10.6).</source>
        <translation>Вывести сообщения, предшествующие самому старому из уже загруженных (5.10.6).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>The create_time of the oldest message loaded: epoch milliseconds or an ISO 8601 time.</source>
        <translation>create_time самого старого из загруженных сообщений: миллисекунды от начала эпохи Unix или время в формате ISO 8601.</translation>
    </message>
    <message>
        <source>--create-time expects epoch milliseconds or an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>--create-time ожидает миллисекунды от начала эпохи Unix или время в формате ISO 8601, а не «%1».</translation>
    </message>
    <message>
        <source>The type of that message: 0 customer, 1 customer service (default 0).</source>
        <translation>Тип этого сообщения: 0 — клиент, 1 — служба поддержки (по умолчанию 0).</translation>
    </message>
    <message>
        <source>At most this many messages (1-100, default 10).</source>
        <translation>Максимальное число сообщений (1-100, по умолчанию 10).</translation>
    </message>
    <message>
        <source>Send a message on a case (5.10.3).</source>
        <translation>Отправить сообщение в обращение (5.10.3).</translation>
    </message>
    <message>
        <source>The message (at most 10000 characters).</source>
        <translation>Текст сообщения (не более 10000 символов).</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); at most 10.</source>
        <translation>ID загруженного вложения (1-32 символа); не более 10.</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>Сообщение отправлено.</translation>
    </message>
    <message>
        <source>Withdraw a message you sent (5.10.4).</source>
        <translation>Отозвать отправленное вами сообщение (5.10.4).</translation>
    </message>
    <message>
        <source>The message&apos;s id.</source>
        <translation>ID сообщения.</translation>
    </message>
    <message>
        <source>The message was withdrawn.</source>
        <translation>Сообщение отозвано.</translation>
    </message>
    <message>
        <source>Mark the messages of a case read (5.10.1).</source>
        <translation>Отметить сообщения обращения как прочитанные (5.10.1).</translation>
    </message>
    <message>
        <source>The messages were marked read.</source>
        <translation>Сообщения отмечены как прочитанные.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::OptionValue</name>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name such as --offset, %2 the value given</extracomment>
        <translation>--%1 ожидает целое число, а не «%2».</translation>
    </message>
    <message>
        <source>--%1 expects true or false, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name, %2 the value given; &quot;true&quot; and &quot;false&quot; are typed as they are</extracomment>
        <translation>--%1 ожидает true или false, а не «%2».</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>Параметр --%1 обязателен.</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>the value of an option in the help: --group-id &lt;text&gt;</extracomment>
        <translation>текст</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>the value of an option in the help: --offset &lt;number&gt;</extracomment>
        <translation>число</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Output</name>
    <message numerus="yes">
        <source>%1 (%n):</source>
        <extracomment>a heading over a table; %1 is the API&apos;s field name, %n the number of rows</extracomment>
        <translation>
            <numerusform>%1 (%n):</numerusform>
            <numerusform>%1 (%n):</numerusform>
            <numerusform>%1 (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ctl::PartnersCommands</name>
    <message>
        <source>Partners: whether you may process cases, and a partner&apos;s service hours.</source>
        <translation>Партнёры: можете ли вы обрабатывать обращения и часы обслуживания партнёра.</translation>
    </message>
    <message>
        <source>Show whether the caller, as a partner, may process cases (5.11.2).</source>
        <translation>Показать, может ли вызывающий как партнёр обрабатывать обращения (5.11.2).</translation>
    </message>
    <message>
        <source>Show the service hours of the partner of a product or case (5.11.8).</source>
        <translation>Показать часы обслуживания партнёра для продукта или обращения (5.11.8).</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>ID подтипа обращения (не более 32 символов).</translation>
    </message>
    <message>
        <source>The ISV product id (at most 64 characters).</source>
        <translation>ID продукта ISV (не более 64 символов).</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>ID обращения (не более 32 символов).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::QuotasCommands</name>
    <message>
        <source>How many cases of a problem type may still be created.</source>
        <translation>Сколько ещё обращений с данным типом проблемы можно создать.</translation>
    </message>
    <message>
        <source>Show the case quota of a product category and problem type (5.7.1).</source>
        <translation>Показать квоту обращений для категории продукта и типа проблемы (5.7.1).</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>ID категории продукта (1-64 символа).</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>ID типа проблемы (1-32 символа).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::RelationsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>ID обращения (1-32 символа).</translation>
    </message>
    <message>
        <source>The IAM group id (1-64 characters).</source>
        <translation>ID группы IAM (1-64 символа).</translation>
    </message>
    <message>
        <source>Related cases: a case is related to at most 3 others.</source>
        <translation>Связанные обращения: обращение можно связать не более чем с 3 другими.</translation>
    </message>
    <message>
        <source>List the cases related to a case (5.12.3).</source>
        <translation>Вывести список обращений, связанных с обращением (5.12.3).</translation>
    </message>
    <message>
        <source>Relate cases to a case (5.12.1).</source>
        <translation>Связать обращения с обращением (5.12.1).</translation>
    </message>
    <message>
        <source>A case to relate (1-64 characters, not --case-id); 1-3 cases.</source>
        <translation>Обращение, которое нужно связать (1-64 символа, не --case-id); от 1 до 3 обращений.</translation>
    </message>
    <message>
        <source>The cases were related.</source>
        <translation>Обращения связаны.</translation>
    </message>
    <message>
        <source>Remove the relation between two cases (5.12.2).</source>
        <translation>Удалить связь между двумя обращениями (5.12.2).</translation>
    </message>
    <message>
        <source>The related case (1-64 characters, not --case-id).</source>
        <translation>Связанное обращение (1-64 символа, не --case-id).</translation>
    </message>
    <message>
        <source>The relation was removed.</source>
        <translation>Связь удалена.</translation>
    </message>
</context>
<context>
    <name>osm::ui::AboutDialog</name>
    <message>
        <source>OSM Desk %1
Qt %2 (built with %3)
QtKeychain %4</source>
        <translation>OSM Desk %1
Qt %2 (собрано с %3)
QtKeychain %4</translation>
    </message>
    <message>
        <source>About OSM Desk</source>
        <translation>О программе OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>A desktop client for Huawei Cloud support cases through the OSM API.

OSM Desk is free software under the MIT licence. It uses Qt, under the GNU LGPL version 3, and QtKeychain, under the BSD 3-clause licence; the licence texts are installed with those libraries (on Debian in /usr/share/doc/&lt;package&gt;/copyright).</source>
        <translation>Настольный клиент для работы с обращениями в поддержку Huawei Cloud через API OSM.

OSM Desk — свободное программное обеспечение под лицензией MIT. Программа использует Qt под лицензией GNU LGPL версии 3 и QtKeychain под лицензией BSD из трёх пунктов; тексты лицензий устанавливаются вместе с этими библиотеками (в Debian — в /usr/share/doc/&lt;package&gt;/copyright).</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Название приложения</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilter</name>
    <message>
        <source>created %1 to %2</source>
        <translation>создано с %1 по %2</translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>создано с %1</translation>
    </message>
    <message>
        <source>created until %1</source>
        <translation>создано по %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>статус: %1</translation>
    </message>
    <message>
        <source>submitter: %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>метка: %1</translation>
    </message>
    <message>
        <source>case ID: %1</source>
        <translation>№ обращения: %1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>описание: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilterBar</name>
    <message>
        <source>Created &amp;from</source>
        <translation>Создано &amp;с</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Case filters</source>
        <translation>Фильтры обращений</translation>
    </message>
    <message>
        <source>Keywords in description</source>
        <translation>Ключевые слова в описании</translation>
    </message>
    <message>
        <source>Search descriptions (up to three words)</source>
        <translation>Поиск по описаниям (до трёх слов)</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>№ обращения</translation>
    </message>
    <message>
        <source>Submitter ID</source>
        <translation>ID автора</translation>
    </message>
    <message>
        <source>Sub-user ID</source>
        <translation>ID субпользователя</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Создано с</translation>
    </message>
    <message>
        <source>Created from date</source>
        <translation>Начальная дата создания</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Создано по</translation>
    </message>
    <message>
        <source>Created until date</source>
        <translation>Конечная дата создания</translation>
    </message>
    <message>
        <source>Show every case again (%1)</source>
        <translation>Снова показать все обращения (%1)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>Текущий фильтр</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>The selected view already lists one status.</source>
        <translation>Выбранное представление уже ограничено одним статусом.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n words of up to 64 characters each.</source>
        <translation>
            <numerusform>Не более %n слова длиной до 64 символов каждое.</numerusform>
            <numerusform>Не более %n слов длиной до 64 символов каждое.</numerusform>
            <numerusform>Не более %n слов длиной до 64 символов каждое.</numerusform>
        </translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>Без фильтра</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Фильтр: %1</translation>
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
    <name>osm::ui::CaseViewsModel</name>
    <message>
        <source>My cases</source>
        <translation>Мои обращения</translation>
    </message>
    <message>
        <source>Group cases</source>
        <translation>Обращения группы</translation>
    </message>
    <message>
        <source>%1: choose the IAM group whose cases to list</source>
        <translation>%1: выберите группу IAM, обращения которой нужно показать</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1, %n обращение</numerusform>
            <numerusform>%1, %n обращения</numerusform>
            <numerusform>%1, %n обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n непрочитанное сообщение</numerusform>
            <numerusform>%1, %n непрочитанных сообщения</numerusform>
            <numerusform>%1, %n непрочитанных сообщений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseWindow</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Обращение %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Thread status</source>
        <translation>Статус переписки</translation>
    </message>
    <message>
        <source>Reload messages</source>
        <translation>Обновить сообщения</translation>
    </message>
    <message>
        <source>Messages and reply</source>
        <translation>Сообщения и ответ</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Загрузка сообщений…</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>Не удалось загрузить сообщения: %1</translation>
    </message>
    <message>
        <source>New messages cannot be checked right now. %1</source>
        <translation>Сейчас невозможно проверить новые сообщения. %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <source>The message could not be withdrawn: %1</source>
        <translation>Не удалось отозвать сообщение: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ComposeBox</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>П&amp;рикрепить файлы…</translation>
    </message>
    <message>
        <source>Re&amp;move File</source>
        <translation>&amp;Удалить файл</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Compose message</source>
        <translation>Новое сообщение</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Ошибка отправки</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Повторить отправку</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send.</source>
        <translation>Нажмите Ctrl+Enter, чтобы отправить.</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Напишите ответ… (Ctrl+Enter — отправить)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Прикреплённые файлы</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Remove the selected attached file</source>
        <translation>Удалить выбранный прикреплённый файл</translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation>Осталось символов</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Отправить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A staged attachment: file name and size, e.g. &quot;log.zip (1.2 MB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Сообщение не отправлено: %1</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Прикрепить файлы</translation>
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
    <message>
        <source>Read the case list and the counts again (%1)</source>
        <translation>Заново загрузить список обращений и счётчики (%1)</translation>
    </message>
    <message>
        <source>Group Cases</source>
        <translation>Обращения группы</translation>
    </message>
    <message>
        <source>ID of the IAM group whose cases to list:</source>
        <translation>ID группы IAM, обращения которой нужно показать:</translation>
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
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Automated answer</source>
        <translation>Автоматический ответ</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Запрошена информация</translation>
    </message>
    <message>
        <source>Authorization requested</source>
        <translation>Запрошено разрешение</translation>
    </message>
    <message>
        <source>Open authorization</source>
        <translation>Открыть разрешение</translation>
    </message>
    <message>
        <source>Provide parameters</source>
        <translation>Указать параметры</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadModel</name>
    <message>
        <source>This message was withdrawn.</source>
        <translation>Это сообщение отозвано.</translation>
    </message>
    <message>
        <source>Support: %1, %2: %3</source>
        <translation>Поддержка: %1, %2: %3</translation>
    </message>
    <message>
        <source>Customer: %1, %2: %3</source>
        <translation>Клиент: %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n вложение.</numerusform>
            <numerusform>%n вложения.</numerusform>
            <numerusform>%n вложений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending.</source>
        <translation>Отправляется.</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadView</name>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>The conversation of this case, oldest first.</source>
        <translation>Переписка по этому обращению, сначала старые сообщения.</translation>
    </message>
    <message>
        <source>Withdraw Message</source>
        <translation>Отзыв сообщения</translation>
    </message>
    <message>
        <source>Withdraw this message? Support will no longer see its text.</source>
        <translation>Отозвать это сообщение? Служба поддержки больше не увидит его текст.</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Действия с сообщением</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Копировать текст</translation>
    </message>
    <message>
        <source>&amp;Withdraw Message…</source>
        <translation>&amp;Отозвать сообщение…</translation>
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
<context>
    <name>osm::ui::RichTextSanitizer</name>
    <message>
        <source>This message is too long to show in full; the rest was left out.</source>
        <translation>Сообщение слишком длинное, чтобы показать его полностью; остальная часть опущена.</translation>
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
        <translation>Представления</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>Выбрать &amp;группу IAM…</translation>
    </message>
</context>
</TS>
