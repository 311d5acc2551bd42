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
    <name>osm::CaseWriteSender</name>
    <message>
        <source>This queued change cannot be read. Discard it and make it again.</source>
        <translation>Не удаётся прочитать это изменение из очереди. Удалите его и выполните действие заново.</translation>
    </message>
</context>
<context>
    <name>osm::CreateCaseSender</name>
    <message>
        <source>A staged file of this case is missing.</source>
        <translation>Отсутствует подготовленный файл этого обращения.</translation>
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
    <message>
        <source>The connection was lost while the server was answering. Check whether the change was made before you try again.</source>
        <translation>Соединение прервалось, пока сервер отвечал. Прежде чем повторить попытку, проверьте, было ли внесено изменение.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to be read safely and was refused.</source>
        <translation>Ответ сервера слишком велик для безопасного чтения и был отклонён.</translation>
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
    <name>osm::MessageSender</name>
    <message>
        <source>A staged file of this message is missing.</source>
        <translation>Отсутствует подготовленный файл этого сообщения.</translation>
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
    <name>osm::app::DemoMenu</name>
    <message>
        <source>The simulator cannot listen on port %1 again: another program took it.</source>
        <translation>Симулятор не может снова прослушивать порт %1: его заняла другая программа.</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <extracomment>The menu of osmdesk --demo, which runs against the built-in simulator</extracomment>
        <translation>&amp;Демо</translation>
    </message>
    <message>
        <source>S&amp;top Simulator</source>
        <translation>&amp;Остановить симулятор</translation>
    </message>
    <message>
        <source>Take the built-in simulator away, as if the server could not be reached: OSM Desk works from what it saved and keeps your replies until the simulator is back</source>
        <translation>Отключить встроенный симулятор, как будто сервер недоступен: OSM Desk работает с сохранёнными данными и хранит ваши ответы, пока симулятор не вернётся</translation>
    </message>
    <message>
        <source>&amp;Start Simulator</source>
        <translation>&amp;Запустить симулятор</translation>
    </message>
    <message>
        <source>Bring the built-in simulator back, with the same data</source>
        <translation>Вернуть встроенный симулятор с теми же данными</translation>
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
    <message>
        <source>The data saved on this computer for this account could not be read, so OSM Desk started a new local database. Cases and messages are read again from the server.

The old file was kept here:
%1</source>
        <translation>Не удалось прочитать данные этой учётной записи, сохранённые на компьютере, поэтому OSM Desk создал новую локальную базу данных. Обращения и сообщения будут заново загружены с сервера.

Старый файл сохранён здесь:
%1</translation>
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
    <name>osm::ctl::AgreementsCommands</name>
    <message>
        <source>0 new case, normal user (the default); 1 new case, ISV user; 2 authorization.</source>
        <translation>0 — новое обращение, обычный пользователь (по умолчанию); 1 — новое обращение, пользователь ISV; 2 — разрешение на доступ.</translation>
    </message>
    <message>
        <source>The agreements to sign before creating a case: published, signed-latest, sign.</source>
        <translation>Соглашения, которые нужно подписать перед созданием обращения: published, signed-latest, sign.</translation>
    </message>
    <message>
        <source>Show the latest published agreement of a type (5.1.1).</source>
        <translation>Показать последнее опубликованное соглашение указанного типа (5.1.1).</translation>
    </message>
    <message>
        <source>Tell whether the account signed the latest agreement of a type (5.1.2).</source>
        <translation>Проверить, подписала ли учётная запись последнее соглашение указанного типа (5.1.2).</translation>
    </message>
    <message>
        <source>Sign a published agreement (5.1.3); prints the record id &quot;cases create&quot; takes as --agreement-signed-record-id.</source>
        <translation>Подписать опубликованное соглашение (5.1.3); выводит ID записи, который «cases create» принимает в --agreement-signed-record-id.</translation>
    </message>
    <message>
        <source>The agreement&apos;s id, as &quot;agreements published&quot; shows it (1-2147483647).</source>
        <translation>ID соглашения, как его показывает «agreements published» (1-2147483647).</translation>
    </message>
    <message>
        <source>A relation id (1-32 characters).</source>
        <translation>ID связи (1-32 символа).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AttachmentsCommands</name>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>не удаётся прочитать файл (%1).</translation>
    </message>
    <message>
        <source>The IAM group, for an attachment of another member&apos;s case (at most 64 characters).</source>
        <translation>Группа IAM — для вложения из обращения другого её участника (не более 64 символов).</translation>
    </message>
    <message>
        <source>Save as this file (replaced if it exists).</source>
        <translation>Сохранить в этот файл (существующий файл будет заменён).</translation>
    </message>
    <message>
        <source>Save into this folder under the server&apos;s file name, made safe and unique (default: the current folder).</source>
        <translation>Сохранить в эту папку под именем файла на сервере, приведённым к безопасному и уникальному виду (по умолчанию — текущая папка).</translation>
    </message>
    <message>
        <source>Attachments: upload, download, image, delete, limits, download links.</source>
        <translation>Вложения: загрузка, скачивание, изображения, удаление, ограничения, ссылки для скачивания.</translation>
    </message>
    <message>
        <source>Upload a file for a new case or a message (5.5.1); prints its id.</source>
        <translation>Загрузить файл для нового обращения или сообщения (5.5.1); выводит его ID.</translation>
    </message>
    <message>
        <source>The local file to upload.</source>
        <translation>Локальный файл для загрузки.</translation>
    </message>
    <message>
        <source>The name the server keeps (1-512 characters; default the file&apos;s own name).</source>
        <translation>Имя, под которым файл хранится на сервере (1-512 символов; по умолчанию — собственное имя файла).</translation>
    </message>
    <message>
        <source>incident (for a new case, the default) or message.</source>
        <translation>incident (для нового обращения, по умолчанию) или message.</translation>
    </message>
    <message>
        <source>0 (the default) or 1 (markdown mode).</source>
        <translation>0 (по умолчанию) или 1 (режим markdown).</translation>
    </message>
    <message>
        <source>Send the content Base64-encoded in a JSON body (5.5.2) instead of a streamed multipart upload; the file is read into memory.</source>
        <translation>Отправить содержимое в кодировке Base64 в теле JSON (5.5.2) вместо потоковой загрузки multipart; файл целиком считывается в память.</translation>
    </message>
    <message>
        <source>Download attachments (5.5.4); several come as one archive.</source>
        <translation>Скачать вложения (5.5.4); несколько вложений приходят одним архивом.</translation>
    </message>
    <message>
        <source>An attachment id (1-32 characters); 340 characters in all at most.</source>
        <translation>ID вложения (1-32 символа); всего не более 340 символов.</translation>
    </message>
    <message>
        <source>Download an image attachment as it is displayed (5.5.5).</source>
        <translation>Скачать вложение-изображение в том виде, в каком оно отображается (5.5.5).</translation>
    </message>
    <message>
        <source>The attachment id (1-32 characters).</source>
        <translation>ID вложения (1-32 символа).</translation>
    </message>
    <message>
        <source>Delete an uploaded attachment that no case or message uses yet (5.5.3).</source>
        <translation>Удалить загруженное вложение, которое ещё не используется ни в одном обращении или сообщении (5.5.3).</translation>
    </message>
    <message>
        <source>The attachment was deleted.</source>
        <translation>Вложение удалено.</translation>
    </message>
    <message>
        <source>Show how many files, how large and of which types may be attached (5.5.6).</source>
        <translation>Показать, сколько файлов, какого размера и каких типов можно прикрепить (5.5.6).</translation>
    </message>
    <message>
        <source>Show temporary download links of attachments (5.2.1).</source>
        <translation>Показать временные ссылки для скачивания вложений (5.2.1).</translation>
    </message>
    <message>
        <source>An attachment id; 1-100.</source>
        <translation>ID вложения; 1-100.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AuthorizationsCommands</name>
    <message>
        <source>The authorization&apos;s id (1-32 characters).</source>
        <translation>ID разрешения (1-32 символа).</translation>
    </message>
    <message>
        <source>The id of an item of the authorization (authorization_detail_id, a whole number ≥ 0).</source>
        <translation>ID элемента разрешения (authorization_detail_id, целое число ≥ 0).</translation>
    </message>
    <message>
        <source>The IAM group, for the authorizations of its other members (at most 64 characters).</source>
        <translation>Группа IAM — для разрешений других её участников (не более 64 символов).</translation>
    </message>
    <message>
        <source>false: keep the rich-text markup of the description (default true: plain text).</source>
        <translation>false: сохранять разметку форматированного текста в описании (по умолчанию true: обычный текст).</translation>
    </message>
    <message>
        <source>The bastion-host session&apos;s id (session_id, from &quot;sessions&quot;).</source>
        <translation>ID сеанса бастионного хоста (session_id, из «sessions»).</translation>
    </message>
    <message>
        <source>0 newest first (default), 1 oldest first.</source>
        <translation>0 — сначала новые (по умолчанию), 1 — сначала старые.</translation>
    </message>
    <message>
        <source>Skip this many records (-1..65535, default 0).</source>
        <translation>Сколько записей пропустить (-1..65535, по умолчанию 0).</translation>
    </message>
    <message>
        <source>At most this many records (-1..100, default 10).</source>
        <translation>Максимальное число записей (-1..100, по умолчанию 10).</translation>
    </message>
    <message>
        <source>The host&apos;s password (1-10240 characters). A command line is visible to other local users: leave it out to take the password from the environment variable OSM_HOST_PASSWORD.</source>
        <translation>Пароль хоста (1-10240 символов). Командная строка видна другим локальным пользователям: не указывайте этот параметр, и пароль будет взят из переменной окружения OSM_HOST_PASSWORD.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>--%1 expects epoch milliseconds or an ISO 8601 time, not &quot;%2&quot;.</source>
        <translation>--%1 ожидает миллисекунды от начала эпохи Unix или время в формате ISO 8601, а не «%2».</translation>
    </message>
    <message>
        <source>Agree from this time: epoch milliseconds or ISO 8601 (default now).</source>
        <translation>Начало действия согласия: миллисекунды от начала эпохи Unix или ISO 8601 (по умолчанию — сейчас).</translation>
    </message>
    <message>
        <source>Agree until this time: epoch milliseconds or ISO 8601 (default a day later).</source>
        <translation>Окончание действия согласия: миллисекунды от начала эпохи Unix или ISO 8601 (по умолчанию — через сутки).</translation>
    </message>
    <message>
        <source>Access requests of support engineers: list, show, agree, reject, revoke, check hosts, bastion-host records.</source>
        <translation>Запросы доступа от инженеров поддержки: список, просмотр, одобрение, отклонение, аннулирование, проверка хостов, записи бастионного хоста.</translation>
    </message>
    <message>
        <source>List the authorization requests, with every filter of the API (5.6.6).</source>
        <translation>Вывести список запросов на разрешение со всеми фильтрами API (5.6.6).</translation>
    </message>
    <message>
        <source>Those of this sub-user name (at most 64 characters).</source>
        <translation>Запросы субпользователя с этим именем (не более 64 символов).</translation>
    </message>
    <message>
        <source>Those of this case id (at most 32 characters).</source>
        <translation>Запросы по обращению с этим ID (не более 32 символов).</translation>
    </message>
    <message>
        <source>The status (-1..10): 0 pending, 1 agreed, 2 rejected, 3 expired, 4 withdrawn, 5 revoked.</source>
        <translation>Статус (-1..10): 0 — ожидает, 1 — одобрено, 2 — отклонено, 3 — истекло, 4 — отозвано, 5 — аннулировано.</translation>
    </message>
    <message>
        <source>A part of the case&apos;s description (at most 64 characters).</source>
        <translation>Часть описания обращения (не более 64 символов).</translation>
    </message>
    <message>
        <source>Skip this many requests (0-65535, default 0).</source>
        <translation>Сколько запросов пропустить (0-65535, по умолчанию 0).</translation>
    </message>
    <message>
        <source>At most this many requests (1-100, default 10).</source>
        <translation>Максимальное число запросов (1-100, по умолчанию 10).</translation>
    </message>
    <message>
        <source>Show an authorization request with its items (5.6.4).</source>
        <translation>Показать запрос на разрешение с его элементами (5.6.4).</translation>
    </message>
    <message>
        <source>Agree to an authorization request for a period (5.6.5).</source>
        <translation>Одобрить запрос на разрешение на определённый срок (5.6.5).</translation>
    </message>
    <message>
        <source>item</source>
        <translation>элемент</translation>
    </message>
    <message>
        <source>An item and what you supply for it: auth-detail-id=&lt;number&gt;[,port=&lt;1-65535&gt;][,account=&lt;text&gt;]; at most 6. An item with an account gets the password of OSM_HOST_PASSWORD.</source>
        <translation>Элемент и данные для него: auth-detail-id=&lt;число&gt;[,port=&lt;1-65535&gt;][,account=&lt;текст&gt;]; не более 6. Для элемента с учётной записью используется пароль из OSM_HOST_PASSWORD.</translation>
    </message>
    <message>
        <source>--auth-detail-list expects &quot;auth-detail-id=&lt;number&gt;[,port=&lt;number&gt;][,account=&lt;text&gt;]&quot;, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; auth-detail-id, port and account are typed as they are</extracomment>
        <translation>--auth-detail-list ожидает «auth-detail-id=&lt;число&gt;[,port=&lt;число&gt;][,account=&lt;текст&gt;]», а не «%1».</translation>
    </message>
    <message>
        <source>Agree for this agency (at most 64 characters).</source>
        <translation>Одобрить для этого агентства (не более 64 символов).</translation>
    </message>
    <message>
        <source>The authorization was agreed.</source>
        <translation>Разрешение одобрено.</translation>
    </message>
    <message>
        <source>Reject a pending authorization request (5.6.2, action_id reject).</source>
        <translation>Отклонить ожидающий запрос на разрешение (5.6.2, action_id reject).</translation>
    </message>
    <message>
        <source>Why (1-300 characters).</source>
        <translation>Причина (1-300 символов).</translation>
    </message>
    <message>
        <source>The authorization was rejected.</source>
        <translation>Разрешение отклонено.</translation>
    </message>
    <message>
        <source>Revoke an agreed authorization (5.6.2, action_id cancel).</source>
        <translation>Аннулировать одобренное разрешение (5.6.2, action_id cancel).</translation>
    </message>
    <message>
        <source>The authorization was revoked.</source>
        <translation>Разрешение аннулировано.</translation>
    </message>
    <message>
        <source>Check a host item&apos;s port, account and password (5.6.1).</source>
        <translation>Проверить порт, учётную запись и пароль элемента-хоста (5.6.1).</translation>
    </message>
    <message>
        <source>The host&apos;s port (1-65535).</source>
        <translation>Порт хоста (1-65535).</translation>
    </message>
    <message>
        <source>The host account (1-64 characters).</source>
        <translation>Учётная запись хоста (1-64 символа).</translation>
    </message>
    <message>
        <source>The port, account and password of the host are right.</source>
        <translation>Порт, учётная запись и пароль хоста верны.</translation>
    </message>
    <message>
        <source>Show how you signed in: ASSUMED, FEDERATION… (5.6.3).</source>
        <translation>Показать способ входа: ASSUMED, FEDERATION… (5.6.3).</translation>
    </message>
    <message>
        <source>List the bastion-host sessions on an authorized item (5.6.8).</source>
        <translation>Вывести список сеансов бастионного хоста для разрешённого элемента (5.6.8).</translation>
    </message>
    <message>
        <source>List the commands run in a bastion-host session (5.6.7).</source>
        <translation>Вывести список команд, выполненных в сеансе бастионного хоста (5.6.7).</translation>
    </message>
    <message>
        <source>List the file transfers of a bastion-host session (5.6.9).</source>
        <translation>Вывести список передач файлов в сеансе бастионного хоста (5.6.9).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false: сохранять разметку форматированного текста в описаниях и сообщениях (по умолчанию true: обычный текст).</translation>
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
    <message>
        <source>--%1 expects KEY=VALUE or KEY:=JSON, not &quot;%2&quot;.</source>
        <translation>--%1 ожидает KEY=VALUE или KEY:=JSON, а не «%2».</translation>
    </message>
    <message>
        <source>--%1: the value of %2 is not JSON.</source>
        <translation>--%1: значение %2 не является JSON.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a JSON object.</source>
        <translation>--%1: «%2» не является объектом JSON.</translation>
    </message>
    <message>
        <source>--%1 expects SATISFACTION_ID=VALUE (two whole numbers) or a JSON object, not &quot;%2&quot;.</source>
        <translation>--%1 ожидает SATISFACTION_ID=VALUE (два целых числа) или объект JSON, а не «%2».</translation>
    </message>
    <message>
        <source>KEY=VALUE sends the value as text, KEY:=JSON as a JSON value (a number, true, an object).</source>
        <translation>KEY=VALUE отправляет значение как текст, KEY:=JSON — как значение JSON (число, true, объект).</translation>
    </message>
    <message>
        <source>A rating: SATISFACTION_ID=VALUE (the ids of &quot;osmctl config satisfaction-dimensions&quot;), or a JSON object with satisfaction_id, satisfaction_value and the other fields of IncidentSatisfactionV2Do; at most 100.</source>
        <translation>Оценка: SATISFACTION_ID=VALUE (ID из «osmctl config satisfaction-dimensions») или объект JSON с satisfaction_id, satisfaction_value и другими полями IncidentSatisfactionV2Do; не более 100.</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs, create, act on (cancel, close, urge, delete), rate, export, contacts, additional parameters, regions.</source>
        <translation>Обращения в поддержку: список, просмотр, подсчёт, статус, журнал, создание, действия (отзыв, закрытие, напоминание, удаление), оценка, экспорт, контакты, дополнительные параметры, регионы.</translation>
    </message>
    <message>
        <source>Create a case (5.3.5); prints its id.</source>
        <translation>Создать обращение (5.3.5); выводит его ID.</translation>
    </message>
    <message>
        <source>The problem type id, from &quot;osmctl config problem-types&quot; (at most 512 characters).</source>
        <translation>ID типа проблемы из «osmctl config problem-types» (не более 512 символов).</translation>
    </message>
    <message>
        <source>The description of the problem (at most 2000 characters).</source>
        <translation>Описание проблемы (не более 2000 символов).</translation>
    </message>
    <message>
        <source>The case sub-type id, from &quot;osmctl config categories&quot; (at most 32 characters).</source>
        <translation>ID подтипа обращения из «osmctl config categories» (не более 32 символов).</translation>
    </message>
    <message>
        <source>The region id (at most 64 characters); needed when the problem type&apos;s case_type is 5.</source>
        <translation>ID региона (не более 64 символов); обязателен, если case_type типа проблемы равен 5.</translation>
    </message>
    <message>
        <source>The case source (at most 32 characters; default the fixed value the reference gives).</source>
        <translation>Источник обращения (не более 32 символов; по умолчанию — фиксированное значение из справочника API).</translation>
    </message>
    <message>
        <source>The mobile number for reminders (at most 32 characters).</source>
        <translation>Номер мобильного телефона для уведомлений (не более 32 символов).</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (at most 128 characters).</source>
        <translation>Адрес электронной почты для уведомлений (не более 128 символов).</translation>
    </message>
    <message>
        <source>When reminders may come (at most 16 characters).</source>
        <translation>Время, когда можно присылать уведомления (не более 16 символов).</translation>
    </message>
    <message>
        <source>The project id (at most 64 characters).</source>
        <translation>ID проекта (не более 64 символов).</translation>
    </message>
    <message>
        <source>An id &quot;osmctl attachments upload&quot; printed; at most 100.</source>
        <translation>ID, выведенный командой «osmctl attachments upload»; не более 100.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>ключ=значение</translation>
    </message>
    <message>
        <source>An additional parameter of the problem type (&quot;osmctl config extends-params&quot;); at most 100, keys at most 32 characters.</source>
        <translation>Дополнительный параметр типа проблемы («osmctl config extends-params»); не более 100, ключи не длиннее 32 символов.</translation>
    </message>
    <message>
        <source>An extension parameter, such as remindCCEmail=a@example.org,b@example.org; at most 100, keys at most 32 characters.</source>
        <translation>Параметр расширения, например remindCCEmail=a@example.org,b@example.org; не более 100, ключи не длиннее 32 символов.</translation>
    </message>
    <message>
        <source>The severity id, from &quot;osmctl config severities&quot; (at most 64 characters).</source>
        <translation>ID уровня серьёзности из «osmctl config severities» (не более 64 символов).</translation>
    </message>
    <message>
        <source>The code sent to a contact that is not registered (&quot;osmctl verify send&quot;; at most 6 characters).</source>
        <translation>Код, отправленный на незарегистрированный контакт («osmctl verify send»; не более 6 символов).</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (at most 32 characters).</source>
        <translation>Телефонный код страны для номера мобильного телефона (не более 32 символов).</translation>
    </message>
    <message>
        <source>IncidentService (a case) or IntelligentCustomerService (online service).</source>
        <translation>IncidentService (обращение) или IntelligentCustomerService (онлайн-поддержка).</translation>
    </message>
    <message>
        <source>A session id (at most 64 characters); at most 5.</source>
        <translation>ID сеанса (не более 64 символов); не более 5.</translation>
    </message>
    <message>
        <source>The record &quot;osmctl agreements sign&quot; printed.</source>
        <translation>Запись, выведенная командой «osmctl agreements sign».</translation>
    </message>
    <message>
        <source>What the user said to the assistant to ask for a human (online service).</source>
        <translation>Что пользователь написал ассистенту, чтобы вызвать оператора (онлайн-поддержка).</translation>
    </message>
    <message>
        <source>The assistant the case comes from: 0, 1 or 2.</source>
        <translation>Ассистент, из которого пришло обращение: 0, 1 или 2.</translation>
    </message>
    <message>
        <source>Cancel, close, urge or delete a case (5.3.8); a close may carry a rating.</source>
        <translation>Отозвать, закрыть, удалить обращение или напомнить о нём (5.3.8); при закрытии можно передать оценку.</translation>
    </message>
    <message>
        <source>cancel, close, press (urge the engineers) or delete.</source>
        <translation>cancel (отозвать), close (закрыть), press (напомнить инженерам) или delete (удалить).</translation>
    </message>
    <message>
        <source>--action expects cancel, close, press or delete, not &quot;%1&quot;.</source>
        <translation>--action ожидает cancel, close, press или delete, а не «%1».</translation>
    </message>
    <message>
        <source>Why (at most 400 characters).</source>
        <translation>Причина (не более 400 символов).</translation>
    </message>
    <message>
        <source>With close: a comment on how the case was handled (at most 400 characters).</source>
        <translation>Для close: комментарий о том, как обрабатывалось обращение (не более 400 символов).</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>With close:</source>
        <translation>Для close:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Rate a case (5.3.6).</source>
        <translation>Оценить обращение (5.3.6).</translation>
    </message>
    <message>
        <source>A comment on how the case was handled (at most 400 characters; default empty).</source>
        <translation>Комментарий о том, как обрабатывалось обращение (не более 400 символов; по умолчанию пусто).</translation>
    </message>
    <message>
        <source>The rating was sent.</source>
        <translation>Оценка отправлена.</translation>
    </message>
    <message>
        <source>Export the cases matching the filters to a file (5.3.7); its language follows --language.</source>
        <translation>Экспортировать обращения, соответствующие фильтрам, в файл (5.3.7); язык файла задаётся параметром --language.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>Файл для записи (существующий файл будет заменён).</translation>
    </message>
    <message>
        <source>A case id; 3400 characters in all at most.</source>
        <translation>ID обращения; всего не более 3400 символов.</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters).</source>
        <translation>Ключевое слово из описания (не более 64 символов).</translation>
    </message>
    <message>
        <source>The user id (at most 64 characters).</source>
        <translation>ID пользователя (не более 64 символов).</translation>
    </message>
    <message>
        <source>A source id; at most 100.</source>
        <translation>ID источника; не более 100.</translation>
    </message>
    <message>
        <source>The service type of the case (at most 32 characters).</source>
        <translation>Тип сервиса обращения (не более 32 символов).</translation>
    </message>
    <message>
        <source>The time zone of the file&apos;s times, such as GMT+8 (at most 32 characters).</source>
        <translation>Часовой пояс для времени в файле, например GMT+8 (не более 32 символов).</translation>
    </message>
    <message>
        <source>Skip this many cases (-1-65535).</source>
        <translation>Сколько обращений пропустить (-1-65535).</translation>
    </message>
    <message>
        <source>At most this many cases (-1-100; -1: all).</source>
        <translation>Максимальное число обращений (-1-100; -1 — все).</translation>
    </message>
    <message>
        <source>Change who is reminded about a case, and how (5.3.1).</source>
        <translation>Изменить, кто и как получает уведомления по обращению (5.3.1).</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (1-32 characters).</source>
        <translation>Телефонный код страны для номера мобильного телефона (1-32 символа).</translation>
    </message>
    <message>
        <source>The mobile number for reminders (1-32 characters).</source>
        <translation>Номер мобильного телефона для уведомлений (1-32 символа).</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (1-128 characters).</source>
        <translation>Адрес электронной почты для уведомлений (1-128 символов).</translation>
    </message>
    <message>
        <source>When reminders may come (1-16 characters).</source>
        <translation>Время, когда можно присылать уведомления (1-16 символов).</translation>
    </message>
    <message>
        <source>contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>contactType, remindCCEmail, remindEncryptCCEmail или isReceiveMsgRemind.</translation>
    </message>
    <message>
        <source>The contact information was changed.</source>
        <translation>Контактная информация изменена.</translation>
    </message>
    <message>
        <source>List the additional parameters given for a case (5.3.2).</source>
        <translation>Вывести список дополнительных параметров, указанных для обращения (5.3.2).</translation>
    </message>
    <message>
        <source>The case id (1-64 characters).</source>
        <translation>ID обращения (1-64 символа).</translation>
    </message>
    <message>
        <source>Give additional parameters for a case, as an engineer asked (5.3.3).</source>
        <translation>Передать дополнительные параметры для обращения по запросу инженера (5.3.3).</translation>
    </message>
    <message>
        <source>A parameter (the param_key of &quot;osmctl config extends-params&quot;); 1-100.</source>
        <translation>Параметр (param_key из «osmctl config extends-params»); 1-100.</translation>
    </message>
    <message>
        <source>The message that asked for them (1-64 characters).</source>
        <translation>Сообщение, в котором их запросили (1-64 символа).</translation>
    </message>
    <message>
        <source>The additional parameters were sent.</source>
        <translation>Дополнительные параметры отправлены.</translation>
    </message>
    <message>
        <source>List the regions associated with the account (5.3.4).</source>
        <translation>Вывести список регионов, связанных с учётной записью (5.3.4).</translation>
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
    <name>osm::ctl::ConfigurationsCommands</name>
    <message>
        <source>Configuration items of the service, by key.</source>
        <translation>Элементы конфигурации сервиса по ключу.</translation>
    </message>
    <message>
        <source>Show a configuration item (5.14.1).</source>
        <translation>Показать элемент конфигурации (5.14.1).</translation>
    </message>
    <message>
        <source>The item&apos;s key (1-128 characters), e.g. case.create-case.diagnose-list.</source>
        <translation>Ключ элемента (1-128 символов), например case.create-case.diagnose-list.</translation>
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
    <name>osm::ctl::DiagnoseCommands</name>
    <message>
        <source>The diagnosis: 1 ECS, 2 RDS, 3 remote login, 4 network health.</source>
        <translation>Диагностика: 1 — ECS, 2 — RDS, 3 — удалённый вход, 4 — состояние сети.</translation>
    </message>
    <message>
        <source>The region (region_id), e.g. cn-south-1.</source>
        <translation>Регион (region_id), например cn-south-1.</translation>
    </message>
    <message>
        <source>The diagnosis job&apos;s id (at most 64 characters).</source>
        <translation>ID задания диагностики (не более 64 символов).</translation>
    </message>
    <message>
        <source>One-click diagnosis: pick a VM, start a diagnosis, follow it, read its advice, past diagnoses.</source>
        <translation>Диагностика в один клик: выбор ВМ, запуск диагностики, отслеживание, рекомендации, прошлые диагностики.</translation>
    </message>
    <message>
        <source>List the VMs of a project that can be diagnosed (5.15.6).</source>
        <translation>Вывести список ВМ проекта, которые можно диагностировать (5.15.6).</translation>
    </message>
    <message>
        <source>The project id.</source>
        <translation>ID проекта.</translation>
    </message>
    <message>
        <source>Only the VMs of this region.</source>
        <translation>Только ВМ этого региона.</translation>
    </message>
    <message>
        <source>The page, counted from 1 (default 1).</source>
        <translation>Номер страницы, начиная с 1 (по умолчанию 1).</translation>
    </message>
    <message>
        <source>VMs per page (1-100, default 5).</source>
        <translation>ВМ на странице (1-100, по умолчанию 5).</translation>
    </message>
    <message>
        <source>Only the VM with this id.</source>
        <translation>Только ВМ с этим ID.</translation>
    </message>
    <message>
        <source>Only the VM with this IP address.</source>
        <translation>Только ВМ с этим IP-адресом.</translation>
    </message>
    <message>
        <source>Only the VMs whose name contains this.</source>
        <translation>Только ВМ, имя которых содержит эту строку.</translation>
    </message>
    <message>
        <source>Start a diagnosis; prints its job_id (5.15.5).</source>
        <translation>Запустить диагностику; выводит её job_id (5.15.5).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>ключ=значение</translation>
    </message>
    <message>
        <source>What to diagnose: vm_id=&lt;id&gt; or eip=&lt;address&gt; (ECS, remote login), instanceId=&lt;id&gt; (RDS).</source>
        <translation>Объект диагностики: vm_id=&lt;id&gt; или eip=&lt;адрес&gt; (ECS, удалённый вход), instanceId=&lt;id&gt; (RDS).</translation>
    </message>
    <message>
        <source>--params expects key=value, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; key=value is typed as it is</extracomment>
        <translation>--params ожидает key=value, а не «%1».</translation>
    </message>
    <message>
        <source>Show how far a diagnosis got, item by item (5.15.3).</source>
        <translation>Показать ход диагностики по каждому пункту (5.15.3).</translation>
    </message>
    <message>
        <source>Show the findings and advice of checks of a diagnosis (5.15.2).</source>
        <translation>Показать результаты и рекомендации проверок диагностики (5.15.2).</translation>
    </message>
    <message>
        <source>A check id (at most 64 characters); at most 100.</source>
        <translation>ID проверки (не более 64 символов); не более 100.</translation>
    </message>
    <message>
        <source>List past diagnoses, newest first (5.15.4).</source>
        <translation>Вывести список прошлых диагностик, сначала новые (5.15.4).</translation>
    </message>
    <message>
        <source>Diagnoses per page (1-100, default 10).</source>
        <translation>Диагностик на странице (1-100, по умолчанию 10).</translation>
    </message>
    <message>
        <source>The diagnosis: 1 ECS (default), 2 RDS, 3 remote login, 4 network health.</source>
        <translation>Диагностика: 1 — ECS (по умолчанию), 2 — RDS, 3 — удалённый вход, 4 — состояние сети.</translation>
    </message>
    <message>
        <source>Say whether your latest diagnosis of a type helped (5.15.1).</source>
        <translation>Сообщить, помогла ли ваша последняя диагностика указанного типа (5.15.1).</translation>
    </message>
    <message>
        <source>Whether it helped.</source>
        <translation>Помогла ли она.</translation>
    </message>
    <message>
        <source>Your comment (at most 10000 characters).</source>
        <translation>Ваш комментарий (не более 10000 символов).</translation>
    </message>
    <message>
        <source>Thank you: the feedback was sent.</source>
        <translation>Спасибо, отзыв отправлен.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FeedbackCommands</name>
    <message>
        <source>Report an intellectual-property infringement or illegal information on Huawei Cloud.</source>
        <translation>Сообщить о нарушении прав интеллектуальной собственности или о незаконной информации в Huawei Cloud.</translation>
    </message>
    <message>
        <source>Report an infringement or illegal information (5.16.1).</source>
        <translation>Сообщить о нарушении прав или незаконной информации (5.16.1).</translation>
    </message>
    <message>
        <source>What is reported: infringement or illegal.</source>
        <translation>Предмет жалобы: infringement (нарушение прав) или illegal (незаконная информация).</translation>
    </message>
    <message>
        <source>&quot;&lt;product or service&gt;; &lt;website URL&gt;&quot; (at most 2048 characters).</source>
        <translation>«&lt;продукт или сервис&gt;; &lt;URL сайта&gt;» (не более 2048 символов).</translation>
    </message>
    <message>
        <source>What is reported (1-5000 characters).</source>
        <translation>Суть жалобы (1-5000 символов).</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); 1-3.</source>
        <translation>ID загруженного вложения (1-32 символа); 1-3.</translation>
    </message>
    <message>
        <source>For illegal information: sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack or spam.</source>
        <translation>Для незаконной информации: sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack или spam.</translation>
    </message>
    <message>
        <source>The reported party or merchant (at most 255 characters).</source>
        <translation>Сторона или продавец, на которых подаётся жалоба (не более 255 символов).</translation>
    </message>
    <message>
        <source>The infringing product or service (at most 255 characters).</source>
        <translation>Продукт или сервис, нарушающий права (не более 255 символов).</translation>
    </message>
    <message>
        <source>The infringed right (ip.ip_type, required for infringement): copyright, trademark, patent or other.</source>
        <translation>Нарушенное право (ip.ip_type, обязательно для нарушения прав): copyright, trademark, patent или other.</translation>
    </message>
    <message>
        <source>Where the right is registered (ip.ip_area, at most 128 characters).</source>
        <translation>Где зарегистрировано право (ip.ip_area, не более 128 символов).</translation>
    </message>
    <message>
        <source>The registration or application number (ip.ip_number, at most 512 characters).</source>
        <translation>Номер регистрации или заявки (ip.ip_number, не более 512 символов).</translation>
    </message>
    <message>
        <source>The right, in short (ip.ip_content, required for infringement, at most 5000 characters).</source>
        <translation>Краткое описание права (ip.ip_content, обязательно для нарушения прав, не более 5000 символов).</translation>
    </message>
    <message>
        <source>An attachment id proving the right (ip.ip_files); at most 3.</source>
        <translation>ID вложения, подтверждающего право (ip.ip_files); не более 3.</translation>
    </message>
    <message>
        <source>Your name (contacts.name, required for infringement, at most 512 characters).</source>
        <translation>Ваше имя (contacts.name, обязательно для нарушения прав, не более 512 символов).</translation>
    </message>
    <message>
        <source>Your mobile number (contacts.mobile, required for infringement, at most 32 characters).</source>
        <translation>Ваш номер мобильного телефона (contacts.mobile, обязательно для нарушения прав, не более 32 символов).</translation>
    </message>
    <message>
        <source>Your e-mail address (contacts.mail, required for infringement, at most 128 characters).</source>
        <translation>Ваш адрес электронной почты (contacts.mail, обязательно для нарушения прав, не более 128 символов).</translation>
    </message>
    <message>
        <source>Your country or region (contacts.area, at most 128 characters).</source>
        <translation>Ваша страна или регион (contacts.area, не более 128 символов).</translation>
    </message>
    <message>
        <source>Your address (contacts.address, at most 512 characters).</source>
        <translation>Ваш адрес (contacts.address, не более 512 символов).</translation>
    </message>
    <message>
        <source>Who reports (contacts.id_type): 10 enterprise, 20 individual, 21 authorized agent, 22 lawyer, 23 right owner.</source>
        <translation>Кто подаёт жалобу (contacts.id_type): 10 — организация, 20 — физическое лицо, 21 — уполномоченный представитель, 22 — юрист, 23 — правообладатель.</translation>
    </message>
    <message>
        <source>Your company (contacts.company_name, at most 512 characters).</source>
        <translation>Ваша компания (contacts.company_name, не более 512 символов).</translation>
    </message>
    <message>
        <source>An attachment id proving your identity (contacts.id_files); at most 3.</source>
        <translation>ID вложения, подтверждающего вашу личность (contacts.id_files); не более 3.</translation>
    </message>
    <message>
        <source>Another way to reach you (contacts.other_way, at most 512 characters).</source>
        <translation>Другой способ связи с вами (contacts.other_way, не более 512 символов).</translation>
    </message>
    <message>
        <source>An attachment id proving your authorisation (contacts.authorization_files); at most 3.</source>
        <translation>ID вложения, подтверждающего ваши полномочия (contacts.authorization_files); не более 3.</translation>
    </message>
    <message>
        <source>The report was sent.</source>
        <translation>Жалоба отправлена.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FileTransfer</name>
    <message>
        <source>Uploading: %1 of %2</source>
        <extracomment>%1 and %2 are sizes such as &quot;1.5 MB&quot;</extracomment>
        <translation>Загрузка: %1 из %2</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>Скачивание: %1 из %2</translation>
    </message>
    <message>
        <source>Uploading: %1</source>
        <extracomment>%1 is a size such as &quot;1.5 MB&quot;</extracomment>
        <translation>Загрузка: %1</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>Скачивание: %1</translation>
    </message>
    <message>
        <source>give either --output or --dir, not both.</source>
        <translation>укажите либо --output, либо --dir, но не оба.</translation>
    </message>
    <message>
        <source>it is a folder; use --dir for a folder.</source>
        <translation>это папка; для папки используйте --dir.</translation>
    </message>
    <message>
        <source>its folder does not exist.</source>
        <translation>его папка не существует.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>папка не существует.</translation>
    </message>
    <message>
        <source>the file could not be written; the download was kept as %1.</source>
        <translation>не удалось записать файл; скачанные данные сохранены как %1.</translation>
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
    <name>osm::ctl::PrivilegesCommands</name>
    <message>
        <source>The privilege: export (export cases), createCase (create cases) or assumeCaseAll (case work of a delegated account).</source>
        <translation>Привилегия: export (экспорт обращений), createCase (создание обращений) или assumeCaseAll (работа с обращениями делегированной учётной записи).</translation>
    </message>
    <message>
        <source>Case privileges: the restrictions of sub-users and whether you hold a privilege.</source>
        <translation>Привилегии для обращений: ограничения субпользователей и наличие у вас привилегии.</translation>
    </message>
    <message>
        <source>Show whether the restriction of a privilege is switched on (5.4.1).</source>
        <translation>Показать, включено ли ограничение привилегии (5.4.1).</translation>
    </message>
    <message>
        <source>Show whether you hold a privilege: has_privilege 1 or 0 (5.4.2).</source>
        <translation>Показать, есть ли у вас привилегия: has_privilege 1 или 0 (5.4.2).</translation>
    </message>
    <message>
        <source>Switch the restriction of a privilege on (create) or off (delete) (5.4.3).</source>
        <translation>Включить (create) или выключить (delete) ограничение привилегии (5.4.3).</translation>
    </message>
    <message>
        <source>create switches the restriction on, delete switches it off.</source>
        <translation>create включает ограничение, delete выключает его.</translation>
    </message>
    <message>
        <source>--operation expects create or delete, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; &quot;create&quot; and &quot;delete&quot; are typed as they are</extracomment>
        <translation>--operation ожидает create или delete, а не «%1».</translation>
    </message>
    <message>
        <source>The privilege setting was saved.</source>
        <translation>Настройка привилегии сохранена.</translation>
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
    <name>osm::ctl::VerifyCommands</name>
    <message>
        <source>0 a mobile number (SMS), 1 an e-mail address.</source>
        <translation>0 — номер мобильного телефона (SMS), 1 — адрес электронной почты.</translation>
    </message>
    <message>
        <source>The mobile number or e-mail address (1-64 characters).</source>
        <translation>Номер мобильного телефона или адрес электронной почты (1-64 символа).</translation>
    </message>
    <message>
        <source>The telephone country code of a mobile number, such as 86 (at most 16 characters).</source>
        <translation>Телефонный код страны для номера мобильного телефона, например 86 (не более 16 символов).</translation>
    </message>
    <message>
        <source>Tell whether a reminder contact needs a verification code (5.13.1).</source>
        <translation>Проверить, нужен ли код подтверждения для контакта уведомлений (5.13.1).</translation>
    </message>
    <message>
        <source>Send a verification code to a contact (5.13.4).</source>
        <translation>Отправить код подтверждения на контакт (5.13.4).</translation>
    </message>
    <message>
        <source>Check the code a contact received, which verifies the contact (5.13.3).</source>
        <translation>Проверить код, полученный на контакт, и тем самым подтвердить контакт (5.13.3).</translation>
    </message>
    <message>
        <source>Verification codes for reminder contacts that are not the account&apos;s own: need-verify, send, check, list.</source>
        <translation>Коды подтверждения для контактов уведомлений, не принадлежащих самой учётной записи: need-verify, send, check, list.</translation>
    </message>
    <message>
        <source>The code was sent; it is valid for 5 minutes.</source>
        <translation>Код отправлен; он действителен 5 минут.</translation>
    </message>
    <message>
        <source>The code received (6 characters).</source>
        <translation>Полученный код (6 символов).</translation>
    </message>
    <message>
        <source>The sub-user (IAM user) id (at most 64 characters).</source>
        <translation>ID субпользователя (пользователя IAM) (не более 64 символов).</translation>
    </message>
    <message>
        <source>The account id (at most 64 characters).</source>
        <translation>ID учётной записи (не более 64 символов).</translation>
    </message>
    <message>
        <source>The contact is verified.</source>
        <translation>Контакт подтверждён.</translation>
    </message>
    <message>
        <source>List the verified contacts (5.13.2).</source>
        <translation>Вывести список подтверждённых контактов (5.13.2).</translation>
    </message>
    <message>
        <source>0 mobile numbers, 1 e-mail addresses.</source>
        <translation>0 — номера мобильных телефонов, 1 — адреса электронной почты.</translation>
    </message>
    <message>
        <source>This mobile number or e-mail address (at most 64 characters).</source>
        <translation>Этот номер мобильного телефона или адрес электронной почты (не более 64 символов).</translation>
    </message>
    <message>
        <source>The telephone country code (at most 16 characters).</source>
        <translation>Телефонный код страны (не более 16 символов).</translation>
    </message>
    <message>
        <source>The verification with this id (at most 64 characters).</source>
        <translation>Подтверждение с этим ID (не более 64 символов).</translation>
    </message>
    <message>
        <source>Still valid at this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Всё ещё действительно на этот момент, yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>Skip this many contacts (0-65535, default 0).</source>
        <translation>Сколько контактов пропустить (0-65535, по умолчанию 0).</translation>
    </message>
    <message>
        <source>At most this many contacts (1-100, default 10).</source>
        <translation>Максимальное число контактов (1-100, по умолчанию 10).</translation>
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
    <name>osm::ui::AccountInfoDialog</name>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>Для этого типа проблемы квота обращений не действует.</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up: a new case would be refused until the next period, unless your account manager grants a special approval.</source>
        <translation>Квота обращений для этого типа проблемы исчерпана: новое обращение будет отклонено до следующего периода, если только ваш менеджер не выдаст особое одобрение.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>В этом месяце осталось %n обращение из %1.</numerusform>
            <numerusform>В этом месяце осталось %n обращения из %1.</numerusform>
            <numerusform>В этом месяце осталось %n обращений из %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>В этом квартале осталось %n обращение из %1.</numerusform>
            <numerusform>В этом квартале осталось %n обращения из %1.</numerusform>
            <numerusform>В этом квартале осталось %n обращений из %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>В этом году осталось %n обращение из %1.</numerusform>
            <numerusform>В этом году осталось %n обращения из %1.</numerusform>
            <numerusform>В этом году осталось %n обращений из %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>В этом периоде осталось %n обращение из %1.</numerusform>
            <numerusform>В этом периоде осталось %n обращения из %1.</numerusform>
            <numerusform>В этом периоде осталось %n обращений из %1.</numerusform>
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
        <translation>Сведения об учётной записи</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>&amp;Квота</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>&amp;Агентства</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Партнёр</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Конфигурация</translation>
    </message>
    <message>
        <source>How many more cases this account may create for a product and problem type.</source>
        <translation>Сколько ещё обращений эта учётная запись может создать для продукта и типа проблемы.</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>П&amp;родукт:</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>&amp;Тип проблемы:</translation>
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
        <source>Case quota</source>
        <translation>Квота обращений</translation>
    </message>
    <message>
        <source>Special approval: %1 of %2 used.</source>
        <extracomment>%1 and %2 are numbers of cases</extracomment>
        <translation>Особое одобрение: использовано %1 из %2.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <source>Trusted account</source>
        <translation>Доверенная учётная запись</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Агентства</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No (expired)</source>
        <translation>Нет (срок истёк)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies): IAM delegations that let other accounts manage this one&apos;s resources.</source>
        <translation>
            <numerusform>%n агентство: делегирования IAM, позволяющие другим учётным записям управлять ресурсами этой.</numerusform>
            <numerusform>%n агентства: делегирования IAM, позволяющие другим учётным записям управлять ресурсами этой.</numerusform>
            <numerusform>%n агентств: делегирования IAM, позволяющие другим учётным записям управлять ресурсами этой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner privilege</source>
        <translation>Привилегия партнёра</translation>
    </message>
    <message>
        <source>This account is a partner and may process its customers&apos; cases.</source>
        <translation>Эта учётная запись является партнёрской и может обрабатывать обращения своих клиентов.</translation>
    </message>
    <message>
        <source>This account has no partner privilege to process cases.</source>
        <translation>У этой учётной записи нет привилегии партнёра на обработку обращений.</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Партнёр:</translation>
    </message>
    <message>
        <source>Partner ID:</source>
        <translation>ID партнёра:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>Service days:</source>
        <translation>Дни обслуживания:</translation>
    </message>
    <message>
        <source>Service hours:</source>
        <translation>Часы обслуживания:</translation>
    </message>
    <message>
        <source>Read a configuration item of the support service by its key.</source>
        <translation>Прочитать элемент конфигурации службы поддержки по его ключу.</translation>
    </message>
    <message>
        <source>Configuration key</source>
        <translation>Ключ конфигурации</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Configuration value</source>
        <translation>Значение конфигурации</translation>
    </message>
    <message>
        <source>Configuration values</source>
        <translation>Значения конфигурации</translation>
    </message>
    <message>
        <source>Pri&amp;vileges</source>
        <translation>При&amp;вилегии</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentListModel</name>
    <message>
        <source>Downloading… %1%</source>
        <extracomment>An attachment being downloaded: percent done</extracomment>
        <translation>Скачивание… %1%</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Скачивание…</translation>
    </message>
    <message>
        <source>%1, attached %2</source>
        <extracomment>An attachment for a screen reader: its name and the date of its message</extracomment>
        <translation>%1, прикреплён %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column of the attachment list: when the file was attached</extracomment>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentStagingList</name>
    <message>
        <source>Attach Files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Файлы для прикрепления</translation>
    </message>
    <message>
        <source>Drop files here, paste them, or use Add Files…</source>
        <translation>Перетащите файлы сюда, вставьте их или нажмите «Добавить файлы…»</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Удалить выбранные файлы</translation>
    </message>
    <message>
        <source>Attachment limits</source>
        <translation>Ограничения для вложений</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentsPanel</name>
    <message>
        <source>Save Attachments To</source>
        <translation>Сохранить вложения в</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Файлы обращения</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>Файлы этого обращения</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Press Enter to open a file. Drag files to a folder to save them there.</source>
        <translation>Нажмите Enter, чтобы открыть файл. Перетащите файлы в папку, чтобы сохранить их там.</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Предпросмотр изображения</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Открыть выбранное вложение</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Save the selected attachments</source>
        <translation>Сохранить выбранные вложения</translation>
    </message>
    <message>
        <source>Save A&amp;ll…</source>
        <translation>Сохранить &amp;все…</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>Сохранить все вложения</translation>
    </message>
    <message>
        <source>Cancel Do&amp;wnload</source>
        <translation>Отменить с&amp;качивание</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>Отменить скачивание</translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation>Состояние вложений</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n)</source>
        <extracomment>Heading of the attachment list, with how many files the case has</extracomment>
        <translation>
            <numerusform>Файлы (%n)</numerusform>
            <numerusform>Файлы (%n)</numerusform>
            <numerusform>Файлы (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled.</source>
        <translation>Скачивание «%1» отменено.</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>Не удалось скачать «%1»: %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>Скачивание «%1»…</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Не найдено приложение, которое может открыть «%1».</translation>
    </message>
    <message>
        <source>Not saved: %1. The other files are in “%2”.</source>
        <extracomment>%1 is the list of files that failed, %2 the folder</extracomment>
        <translation>Не сохранено: %1. Остальные файлы находятся в «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Saving was cancelled; %n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>Сохранение отменено; %n файл сохранён в «%1».</numerusform>
            <numerusform>Сохранение отменено; %n файла сохранено в «%1».</numerusform>
            <numerusform>Сохранение отменено; %n файлов сохранено в «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>%n файл сохранён в «%1».</numerusform>
            <numerusform>%n файла сохранено в «%1».</numerusform>
            <numerusform>%n файлов сохранено в «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n file(s)…</source>
        <translation>
            <numerusform>Сохранение %n файла…</numerusform>
            <numerusform>Сохранение %n файлов…</numerusform>
            <numerusform>Сохранение %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>Предпросмотр недоступен.</translation>
    </message>
    <message>
        <source>Preview of “%1”</source>
        <extracomment>Accessible description of the preview: the image&apos;s file name</extracomment>
        <translation>Предпросмотр «%1»</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <source>The link to “%1” could not be fetched: %2</source>
        <extracomment>%1 is a file name, %2 why its link could not be fetched</extracomment>
        <translation>Не удалось получить ссылку на «%1»: %2</translation>
    </message>
    <message>
        <source>The server returned no link to “%1”.</source>
        <translation>Сервер не вернул ссылку на «%1».</translation>
    </message>
    <message>
        <source>The link to “%1” is on the clipboard.</source>
        <translation>Ссылка на «%1» скопирована в буфер обмена.</translation>
    </message>
</context>
<context>
    <name>osm::ui::AuthorizationListModel</name>
    <message>
        <source>Pending</source>
        <translation>Ожидает рассмотрения</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекло</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Аннулировано</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Статус %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>Субпользователь</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
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
        <translation>Не удалось загрузить разрешения: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n authorization(s)</source>
        <translation>
            <numerusform>%n разрешение</numerusform>
            <numerusform>%n разрешения</numerusform>
            <numerusform>%n разрешений</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization could not be loaded: %1</source>
        <translation>Не удалось загрузить разрешение: %1</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Data backed up</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <source>Risk accepted without backup</source>
        <translation>Риск принят без резервной копии</translation>
    </message>
    <message>
        <source>Authorization %1 — %2</source>
        <translation>Разрешение %1 — %2</translation>
    </message>
    <message>
        <source>Select an authorization</source>
        <translation>Выберите разрешение</translation>
    </message>
    <message>
        <source>Loading authorization %1…</source>
        <translation>Загрузка разрешения %1…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>You agreed to authorization %1.</source>
        <translation>Вы одобрили разрешение %1.</translation>
    </message>
    <message>
        <source>Reject Authorization</source>
        <translation>Отклонить разрешение</translation>
    </message>
    <message numerus="yes">
        <source>Reject authorization %1? Tell the engineer why (at most %n character(s)):</source>
        <translation>
            <numerusform>Отклонить разрешение %1? Укажите инженеру причину (не более %n символа):</numerusform>
            <numerusform>Отклонить разрешение %1? Укажите инженеру причину (не более %n символов):</numerusform>
            <numerusform>Отклонить разрешение %1? Укажите инженеру причину (не более %n символов):</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>A reason is needed to reject an authorization; nothing was sent.</source>
        <translation>Чтобы отклонить разрешение, нужна причина; ничего не отправлено.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n character(s); nothing was sent.</source>
        <translation>
            <numerusform>Причина длиннее %n символа; ничего не отправлено.</numerusform>
            <numerusform>Причина длиннее %n символов; ничего не отправлено.</numerusform>
            <numerusform>Причина длиннее %n символов; ничего не отправлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke Authorization</source>
        <translation>Аннулировать разрешение</translation>
    </message>
    <message>
        <source>Revoke authorization %1? Support loses access to these resources at once.</source>
        <translation>Аннулировать разрешение %1? Поддержка сразу потеряет доступ к этим ресурсам.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <source>The authorization could not be rejected: %1</source>
        <translation>Не удалось отклонить разрешение: %1</translation>
    </message>
    <message>
        <source>The authorization could not be revoked: %1</source>
        <translation>Не удалось аннулировать разрешение: %1</translation>
    </message>
    <message>
        <source>You rejected authorization %1.</source>
        <translation>Вы отклонили разрешение %1.</translation>
    </message>
    <message>
        <source>You revoked authorization %1.</source>
        <translation>Вы аннулировали разрешение %1.</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>Разрешения</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>My authorizations</source>
        <translation>Мои разрешения</translation>
    </message>
    <message>
        <source>My group&apos;s authorizations</source>
        <translation>Разрешения моей группы</translation>
    </message>
    <message>
        <source>Whose authorizations</source>
        <translation>Чьи разрешения</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>ID группы IAM</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Authorization actions</source>
        <translation>Действия с разрешением</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>&amp;Одобрить…</translation>
    </message>
    <message>
        <source>Agree to this request, with host credentials and a validity period</source>
        <translation>Одобрить этот запрос, указав учётные данные хоста и срок действия</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <source>Refuse this request, with a reason for the engineer</source>
        <translation>Отклонить этот запрос, указав причину для инженера</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Аннулировать…</translation>
    </message>
    <message>
        <source>Take back an agreement in effect</source>
        <translation>Аннулировать действующее одобрение</translation>
    </message>
    <message>
        <source>Open &amp;Case</source>
        <translation>Открыть &amp;обращение</translation>
    </message>
    <message>
        <source>Open the case this request belongs to</source>
        <translation>Открыть обращение, к которому относится этот запрос</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Bastion-host records</source>
        <translation>Записи бастионного хоста</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID экземпляра</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Requested items</source>
        <translation>Запрошенные элементы</translation>
    </message>
    <message>
        <source>Authorizations status</source>
        <translation>Статус разрешений</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>Описание обращения</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Тип ресурса</translation>
    </message>
    <message>
        <source>Access type</source>
        <translation>Тип доступа</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Причина отклонения</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>Субпользователь</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Обработал</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Статус резервного копирования</translation>
    </message>
    <message>
        <source>Letter of commitment</source>
        <translation>Письмо-обязательство</translation>
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
        <translation>Загрузка на хост</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Скачивание</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименование</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>%1 (account %2, port %3)</source>
        <translation>%1 (учётная запись %2, порт %3)</translation>
    </message>
    <message>
        <source>Only hosts have bastion-host records; this authorization has none.</source>
        <translation>Записи бастионного хоста есть только у хостов; у этого разрешения их нет.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <source>The bastion-host records could not be loaded: %1</source>
        <translation>Не удалось загрузить записи бастионного хоста: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n сеанс</numerusform>
            <numerusform>%n сеанса</numerusform>
            <numerusform>%n сеансов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Bastion-host sessions</source>
        <translation>Сеансы бастионного хоста</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>Передачи файлов</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>Видеозапись</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Загрузить ещё</translation>
    </message>
    <message>
        <source>Bastion-host status</source>
        <translation>Статус бастионного хоста</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseCsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseDetailPanel</name>
    <message>
        <source>Showing %1 of %2 entries.</source>
        <extracomment>%1 entries shown of %2 in the case&apos;s operation log</extracomment>
        <translation>Показано записей: %1 из %2.</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>Оценка %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 a rating scale&apos;s name, %2 stars drawn as characters, %3 the score</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Partner (BP)</source>
        <translation>Партнёр (BP)</translation>
    </message>
    <message>
        <source>Independent software vendor (ISV)</source>
        <translation>Независимый поставщик ПО (ISV)</translation>
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
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder contact is set.</source>
        <translation>Контакт для уведомлений не задан.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Urge Case</source>
        <translation>Напоминание об обращении</translation>
    </message>
    <message>
        <source>Ask the support engineers to speed up case %1?</source>
        <translation>Попросить инженеров поддержки ускорить работу над обращением %1?</translation>
    </message>
    <message>
        <source>&amp;Urge</source>
        <translation>&amp;Напомнить</translation>
    </message>
    <message>
        <source>Urging the case…</source>
        <translation>Отправка напоминания…</translation>
    </message>
    <message>
        <source>The case was urged.</source>
        <translation>Напоминание отправлено.</translation>
    </message>
    <message>
        <source>Cancel Case</source>
        <translation>Отзыв обращения</translation>
    </message>
    <message>
        <source>Cancel case %1? Support stops working on it, and it cannot be reopened.</source>
        <translation>Отозвать обращение %1? Поддержка прекратит работу над ним, и его нельзя будет открыть повторно.</translation>
    </message>
    <message>
        <source>Cancel &amp;Case</source>
        <translation>&amp;Отозвать обращение</translation>
    </message>
    <message>
        <source>Cancelling the case…</source>
        <translation>Отзыв обращения…</translation>
    </message>
    <message>
        <source>The case was cancelled.</source>
        <translation>Обращение отозвано.</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>Удаление обращения</translation>
    </message>
    <message>
        <source>Delete case %1? It disappears from your case lists; this cannot be undone.</source>
        <translation>Удалить обращение %1? Оно исчезнет из ваших списков обращений; это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>&amp;Удалить обращение</translation>
    </message>
    <message>
        <source>Deleting the case…</source>
        <translation>Удаление обращения…</translation>
    </message>
    <message>
        <source>The case was deleted.</source>
        <translation>Обращение удалено.</translation>
    </message>
    <message>
        <source>Closing the case…</source>
        <translation>Закрытие обращения…</translation>
    </message>
    <message>
        <source>The case was closed.</source>
        <translation>Обращение закрыто.</translation>
    </message>
    <message>
        <source>Sending the rating…</source>
        <translation>Отправка оценки…</translation>
    </message>
    <message>
        <source>Thank you, the rating was sent.</source>
        <translation>Спасибо, оценка отправлена.</translation>
    </message>
    <message>
        <source>Saving the contact information…</source>
        <translation>Сохранение контактной информации…</translation>
    </message>
    <message>
        <source>The contact information was saved.</source>
        <translation>Контактная информация сохранена.</translation>
    </message>
    <message>
        <source>Case ID %1 copied.</source>
        <translation>№ обращения %1 скопирован.</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels. Remove one before adding another.</source>
        <translation>У обращения может быть не более 5 меток. Удалите одну, прежде чем добавлять другую.</translation>
    </message>
    <message>
        <source>Adding the label…</source>
        <translation>Добавление метки…</translation>
    </message>
    <message>
        <source>The label was added.</source>
        <translation>Метка добавлена.</translation>
    </message>
    <message>
        <source>Removing the label…</source>
        <translation>Удаление метки…</translation>
    </message>
    <message>
        <source>The label was removed.</source>
        <translation>Метка удалена.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>Обращение нельзя связать с самим собой.</translation>
    </message>
    <message>
        <source>Case %1 is already related to this case.</source>
        <translation>Обращение %1 уже связано с этим обращением.</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases. Remove one before adding another.</source>
        <translation>У обращения может быть не более 3 связанных обращений. Удалите одно, прежде чем добавлять другое.</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to relate cases.</source>
        <translation>Введите ID своей группы IAM: API OSM требует его для связывания обращений.</translation>
    </message>
    <message>
        <source>Relating case %1…</source>
        <translation>Связывание обращения %1…</translation>
    </message>
    <message>
        <source>Case %1 is now related.</source>
        <translation>Обращение %1 связано.</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to remove a relation.</source>
        <translation>Введите ID своей группы IAM: API OSM требует его для удаления связи.</translation>
    </message>
    <message>
        <source>Removing the relation…</source>
        <translation>Удаление связи…</translation>
    </message>
    <message>
        <source>Case %1 is no longer related.</source>
        <translation>Обращение %1 больше не связано.</translation>
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
        <source>Severity</source>
        <translation>Серьёзность</translation>
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
        <source>Case type</source>
        <translation>Тип обращения</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Тип сервиса</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Обрабатывает</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID учётной записи</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Resolution confirmed</source>
        <translation>Решение подтверждено</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Access authorized</source>
        <translation>Доступ разрешён</translation>
    </message>
    <message>
        <source>Grey-release routing</source>
        <translation>Маршрутизация серого выпуска</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Первопричина</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Ваш комментарий</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Case type ID</source>
        <translation>ID типа обращения</translation>
    </message>
    <message>
        <source>Category ID</source>
        <translation>ID категории</translation>
    </message>
    <message>
        <source>Business type ID</source>
        <translation>ID типа бизнеса</translation>
    </message>
    <message>
        <source>Problem type ID</source>
        <translation>ID типа проблемы</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID продукта</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Код страны</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Contact methods</source>
        <translation>Способы связи</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Время для связи</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>Копии (CC)</translation>
    </message>
    <message>
        <source>Recent CC e-mails</source>
        <translation>Недавние адреса в копии (CC)</translation>
    </message>
    <message>
        <source>ISV commodity</source>
        <translation>Товар ISV</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>Сведения об обращении</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>№ обращения</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Копировать ID</translation>
    </message>
    <message>
        <source>Copy case ID</source>
        <translation>Копировать № обращения</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Статус обращения</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Действия с обращением</translation>
    </message>
    <message>
        <source>Case detail status</source>
        <translation>Состояние панели сведений</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Case detail sections</source>
        <translation>Разделы сведений об обращении</translation>
    </message>
    <message>
        <source>Urge case</source>
        <translation>Напомнить об обращении</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Закрыть…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Закрыть обращение</translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation>&amp;Оценить…</translation>
    </message>
    <message>
        <source>Rate case</source>
        <translation>Оценить обращение</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Case</source>
        <translation>Отоз&amp;вать обращение</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>Отозвать обращение</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Удалить обращение</translation>
    </message>
    <message>
        <source>Edit &amp;Contact…</source>
        <translation>Изменить &amp;контакты…</translation>
    </message>
    <message>
        <source>Edit contact information</source>
        <translation>Изменить контактную информацию</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Refresh case detail</source>
        <translation>Обновить сведения об обращении</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Related Cases</source>
        <translation>Связанные обращения</translation>
    </message>
    <message>
        <source>Contact and CC</source>
        <translation>Контакты и копии</translation>
    </message>
    <message>
        <source>Operation Log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s name before its value, e.g. &quot;Status:&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The extra parameters were sent.</source>
        <translation>Дополнительные параметры отправлены.</translation>
    </message>
    <message>
        <source>Extra Parameters…</source>
        <translation>Дополнительные параметры…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1; updating…</source>
        <translation>Показаны сведения, сохранённые на %1; идёт обновление…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1. %2</source>
        <translation>Показаны сведения, сохранённые на %1. %2</translation>
    </message>
    <message>
        <source>The change could not be saved for sending.</source>
        <translation>Не удалось сохранить изменение для отправки.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExportFlow</name>
    <message>
        <source>Export Cases</source>
        <translation>Экспорт обращений</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>several keywords</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>нескольким ключевым словам</translation>
    </message>
    <message>
        <source>label</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>метке</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>статусу</translation>
    </message>
    <message>
        <source>IAM group</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>группе IAM</translation>
    </message>
    <message>
        <source>No case matches the list&apos;s filters: there is nothing to export.</source>
        <translation>Ни одно обращение не соответствует фильтрам списка: экспортировать нечего.</translation>
    </message>
    <message>
        <source>The server&apos;s export cannot filter by %1. Export the cases that match the other filters?</source>
        <extracomment>%1 is a list of filters, e.g. &quot;label and status&quot;</extracomment>
        <translation>Экспорт на сервере не поддерживает фильтрацию по %1. Экспортировать обращения, соответствующие остальным фильтрам?</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>Экспорт обращений…</translation>
    </message>
    <message>
        <source>Exporting cases… %1 received</source>
        <extracomment>%1 is an amount of data such as &quot;1.2 MB&quot;</extracomment>
        <translation>Экспорт обращений… получено %1</translation>
    </message>
    <message>
        <source>The cases could not be exported. %1</source>
        <translation>Не удалось экспортировать обращения. %1</translation>
    </message>
    <message>
        <source>The cases were exported to %1.</source>
        <extracomment>%1 is the saved file&apos;s path</extracomment>
        <translation>Обращения экспортированы в %1.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExtendsParamsDialog</name>
    <message>
        <source>Loading the case&apos;s parameters…</source>
        <translation>Загрузка параметров обращения…</translation>
    </message>
    <message>
        <source>The case&apos;s parameters could not be loaded: %1</source>
        <extracomment>%1 says why (translated error)</extracomment>
        <translation>Не удалось загрузить параметры обращения: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fill in at least one value to send.</source>
        <translation>Заполните хотя бы одно значение для отправки.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Extra Parameters — %1</source>
        <extracomment>%1 is the case ID</extracomment>
        <translation>Дополнительные параметры — %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Support has asked for more information about this case. Fill in the fields marked * and send them.</source>
        <translation>Поддержка запросила дополнительные сведения по этому обращению. Заполните поля, отмеченные *, и отправьте их.</translation>
    </message>
    <message>
        <source>This case holds no extra parameters, and its problem type asks for none.</source>
        <translation>В этом обращении нет дополнительных параметров, и его тип проблемы их не требует.</translation>
    </message>
    <message>
        <source>The extra information this case holds. Complete or correct it and send it to support.</source>
        <translation>Дополнительные сведения, указанные в этом обращении. Дополните или исправьте их и отправьте в поддержку.</translation>
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
    <message>
        <source>Pick a sub-user or type a sub-user ID</source>
        <translation>Выберите субпользователя или введите ID субпользователя</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseLabelsEditor</name>
    <message>
        <source>Case labels</source>
        <translation>Метки обращения</translation>
    </message>
    <message>
        <source>Select a label and press Delete to remove it from the case</source>
        <translation>Выберите метку и нажмите Delete, чтобы удалить её из обращения</translation>
    </message>
    <message>
        <source>Label to add</source>
        <translation>Метка для добавления</translation>
    </message>
    <message>
        <source>No other labels</source>
        <translation>Других меток нет</translation>
    </message>
    <message>
        <source>&amp;Add Label</source>
        <translation>&amp;Добавить метку</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label</source>
        <translation>&amp;Удалить метку</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Удалить метку</translation>
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
    <name>osm::ui::CaseOperateLogModel</name>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Rejected by the user centre</source>
        <translation>Отклонено центром пользователей</translation>
    </message>
    <message>
        <source>Authorization confirmed</source>
        <translation>Разрешение подтверждено</translation>
    </message>
    <message>
        <source>Authorization rejected</source>
        <translation>Разрешение отклонено</translation>
    </message>
    <message>
        <source>Authorization cancelled</source>
        <translation>Разрешение отменено</translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation>Обращения экспортированы</translation>
    </message>
    <message>
        <source>Customer replied (awaiting feedback)</source>
        <translation>Клиент ответил (ожидает ответа)</translation>
    </message>
    <message>
        <source>Contact information changed</source>
        <translation>Контактная информация изменена</translation>
    </message>
    <message>
        <source>Contact information deleted</source>
        <translation>Контактная информация удалена</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <extracomment>%1 is an operation code the reference does not document</extracomment>
        <translation>Действие %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
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
        <translation>Длина комментария</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Закрытие обращения</translation>
    </message>
    <message>
        <source>Rate Case</source>
        <translation>Оценка обращения</translation>
    </message>
    <message>
        <source>Close case %1? Close it only when the problem is solved. You may rate the support you received; the rating can be given only once.</source>
        <translation>Закрыть обращение %1? Закрывайте его, только если проблема решена. Вы можете оценить полученную поддержку; оценку можно поставить только один раз.</translation>
    </message>
    <message>
        <source>Rate the support you received for case %1. A case can be rated only once.</source>
        <translation>Оцените поддержку, полученную по обращению %1. Обращение можно оценить только один раз.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>The rating scales could not be loaded.</source>
        <translation>Не удалось загрузить шкалы оценки.</translation>
    </message>
    <message>
        <source>Loading the rating scales…</source>
        <translation>Загрузка шкал оценки…</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>C&amp;lose Case</source>
        <translation>&amp;Закрыть обращение</translation>
    </message>
    <message>
        <source>&amp;Submit Rating</source>
        <translation>&amp;Отправить оценку</translation>
    </message>
    <message>
        <source>Confirm close</source>
        <translation>Подтвердить закрытие</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>Отправить оценку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <extracomment>%1 is the number of a rating scale the server did not name</extracomment>
        <translation>Оценка %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>%1 is the name of a rating scale, e.g. &quot;Handling timeliness&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Без оценки</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n star(s))</source>
        <extracomment>%1 is a row of star characters, %n the number of stars</extracomment>
        <translation>
            <numerusform>%1 (%n звезда)</numerusform>
            <numerusform>%1 (%n звезды)</numerusform>
            <numerusform>%1 (%n звёзд)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <extracomment>%1 is the name of a rating scale</extracomment>
        <translation>Оценка: %1</translation>
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
    <message>
        <source>Conversation and case detail</source>
        <translation>Переписка и сведения об обращении</translation>
    </message>
    <message>
        <source>Offline: showing the messages saved as of %1. %2</source>
        <translation>Нет подключения: показаны сообщения, сохранённые на %1. %2</translation>
    </message>
    <message>
        <source>Showing the messages saved as of %1; updating…</source>
        <translation>Показаны сообщения, сохранённые на %1; идёт обновление…</translation>
    </message>
    <message>
        <source>The message could not be saved for sending.</source>
        <translation>Не удалось сохранить сообщение для отправки.</translation>
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
    <message numerus="yes">
        <source>“%1” was not attached: a message takes at most %n file(s).</source>
        <extracomment>%1 is a file name
----------
%1 is a file name; the limit is the server&apos;s (show_accessory_limits)</extracomment>
        <translation>
            <numerusform>«%1» не прикреплён: к сообщению можно прикрепить не более %n файла.</numerusform>
            <numerusform>«%1» не прикреплён: к сообщению можно прикрепить не более %n файлов.</numerusform>
            <numerusform>«%1» не прикреплён: к сообщению можно прикрепить не более %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <extracomment>%1 says which file and which limit, e.g. &quot;“a.exe” is not a type of file that may be attached (…).&quot;</extracomment>
        <translation>Не прикреплено: %1</translation>
    </message>
    <message>
        <source>Remove before sending: %1</source>
        <extracomment>%1 says which file and which limit</extracomment>
        <translation>Удалите перед отправкой: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove some files before sending: a message takes at most %n file(s).</source>
        <translation>
            <numerusform>Удалите часть файлов перед отправкой: к сообщению можно прикрепить не более %n файла.</numerusform>
            <numerusform>Удалите часть файлов перед отправкой: к сообщению можно прикрепить не более %n файлов.</numerusform>
            <numerusform>Удалите часть файлов перед отправкой: к сообщению можно прикрепить не более %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted image could not be saved in “%1”.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>Не удалось сохранить вставленное изображение в «%1».</translation>
    </message>
    <message>
        <source>%1 (%2), uploading: %3%</source>
        <extracomment>A staged attachment being uploaded: file name, size, percent sent</extracomment>
        <translation>%1 (%2), загрузка: %3%</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>Уведомление о вложении</translation>
    </message>
    <message>
        <source>File being uploaded</source>
        <translation>Загружаемый файл</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>&amp;Отменить загрузку</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>Отменить загрузку</translation>
    </message>
</context>
<context>
    <name>osm::ui::ConfirmAuthorizationDialog</name>
    <message>
        <source>Agree to Authorization %1</source>
        <translation>Одобрение разрешения %1</translation>
    </message>
    <message>
        <source>Agree to authorization</source>
        <translation>Одобрить разрешение</translation>
    </message>
    <message>
        <source>Huawei Cloud support may access the resources below during the period you set. For hosts, give the port, account and password the engineer may use; “Check” tries them first.</source>
        <translation>Поддержка Huawei Cloud сможет обращаться к перечисленным ниже ресурсам в течение заданного вами срока. Для хостов укажите порт, учётную запись и пароль, которые может использовать инженер; кнопка «Проверить» сначала проверит их.</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Хост %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Учётная запись:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Check host %1</source>
        <translation>Проверить хост %1</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>Console (%1)</source>
        <translation>Консоль (%1)</translation>
    </message>
    <message>
        <source>Also asked: %1</source>
        <translation>Также запрошено: %1</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Действует &amp;с:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Действует &amp;до:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Агентство:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Выполнен вход как:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Без агентства</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <source>Login type</source>
        <translation>Тип входа</translation>
    </message>
    <message>
        <source>Federated user</source>
        <translation>Федеративный пользователь</translation>
    </message>
    <message>
        <source>Delegated access (agency)</source>
        <translation>Делегированный доступ (агентство)</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>Статус одобрения</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Одобрить</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>The host accepted this account and password.</source>
        <translation>Хост принял эту учётную запись и пароль.</translation>
    </message>
    <message>
        <source>The period must end after it starts, and in the future.</source>
        <translation>Срок должен заканчиваться позже, чем начинается, и в будущем.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>The authorization could not be agreed to: %1</source>
        <translation>Не удалось одобрить разрешение: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactInfoDialog</name>
    <message>
        <source>A contact field can be changed but not removed: type a new value or leave the old one.</source>
        <translation>Контактные данные можно изменить, но не удалить: введите новое значение или оставьте прежнее.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Недопустимый адрес электронной почты.</translation>
    </message>
    <message>
        <source>The CC e-mail address &quot;%1&quot; is not valid.</source>
        <extracomment>%1 is what the user typed as a CC e-mail address</extracomment>
        <translation>Недопустимый адрес электронной почты в копии (CC): «%1».</translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation>Контактная информация</translation>
    </message>
    <message>
        <source>How support engineers reach you about case %1.</source>
        <translation>Как инженеры поддержки будут связываться с вами по обращению %1.</translation>
    </message>
    <message>
        <source>Country &amp;code:</source>
        <translation>&amp;Код страны:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Мобильный:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Contact &amp;time:</source>
        <translation>&amp;Время для связи:</translation>
    </message>
    <message>
        <source>CC e-&amp;mails:</source>
        <translation>Ко&amp;пии (CC):</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Код страны</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Время для связи</translation>
    </message>
    <message>
        <source>e.g. 9:00-18:00</source>
        <translation>например, 9:00-18:00</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>Копии (CC)</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>Адреса через запятую</translation>
    </message>
    <message>
        <source>Use &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>Use recent CC e-mails</source>
        <translation>Использовать недавние адреса в копии</translation>
    </message>
    <message>
        <source>Fill in the CC e-mails used most recently: %1</source>
        <extracomment>%1 is a list of e-mail addresses</extracomment>
        <translation>Подставить недавно использованные адреса в копии (CC): %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save contact information</source>
        <translation>Сохранить контактную информацию</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactVerificationRow</name>
    <message>
        <source>The code has six characters.</source>
        <translation>Код состоит из шести символов.</translation>
    </message>
    <message>
        <source>Checking whether this contact needs verification…</source>
        <translation>Проверка, нужно ли подтверждать этот контакт…</translation>
    </message>
    <message>
        <source>Registered or verified earlier: no code needed.</source>
        <translation>Зарегистрирован или подтверждён ранее: код не нужен.</translation>
    </message>
    <message>
        <source>This contact is not a registered one: send a code to it and enter the code here.</source>
        <translation>Этот контакт не зарегистрирован: отправьте на него код и введите код здесь.</translation>
    </message>
    <message>
        <source>A code was sent. It is valid for 5 minutes; a new code can be sent once a minute, a limited number of times a day.</source>
        <translation>Код отправлен. Он действителен 5 минут; новый код можно отправлять раз в минуту, ограниченное число раз в день.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Подтверждено.</translation>
    </message>
    <message>
        <source>Could not check this contact.</source>
        <translation>Не удалось проверить этот контакт.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>state, then the error that came with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Send Again in %n s</source>
        <translation>
            <numerusform>Отправить снова через %n с</numerusform>
            <numerusform>Отправить снова через %n с</numerusform>
            <numerusform>Отправить снова через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>Отправить &amp;снова</translation>
    </message>
    <message>
        <source>Send &amp;Code</source>
        <translation>Отправить &amp;код</translation>
    </message>
    <message>
        <source>E-mail verification status</source>
        <translation>Статус подтверждения эл. почты</translation>
    </message>
    <message>
        <source>Mobile verification status</source>
        <translation>Статус подтверждения мобильного телефона</translation>
    </message>
    <message>
        <source>Code sent to the e-mail address</source>
        <translation>Код, отправленный на адрес эл. почты</translation>
    </message>
    <message>
        <source>Code sent to the mobile number</source>
        <translation>Код, отправленный на мобильный телефон</translation>
    </message>
    <message>
        <source>6-character code</source>
        <translation>Код из 6 символов</translation>
    </message>
    <message>
        <source>Send a code to the e-mail address</source>
        <translation>Отправить код на адрес эл. почты</translation>
    </message>
    <message>
        <source>Send a code to the mobile number</source>
        <translation>Отправить код на мобильный телефон</translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <source>Verify the e-mail address</source>
        <translation>Подтвердить адрес эл. почты</translation>
    </message>
    <message>
        <source>Verify the mobile number</source>
        <translation>Подтвердить номер мобильного телефона</translation>
    </message>
</context>
<context>
    <name>osm::ui::CreateCaseWizard</name>
    <message>
        <source>New Case</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Describe the problem for Huawei Cloud&apos;s engineers. Everything you type is kept as a draft until the case is created.</source>
        <translation>Опишите проблему для инженеров Huawei Cloud. Всё, что вы вводите, сохраняется как черновик, пока обращение не будет создано.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Additional Information</source>
        <translation>Дополнительная информация</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Продукт:</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>&amp;Тип проблемы:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Серьёзность:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Выберите категорию…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Выберите продукт…</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Тип проблемы</translation>
    </message>
    <message>
        <source>Choose a problem type…</source>
        <translation>Выберите тип проблемы…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Only the severities your support plan allows are offered.</source>
        <translation>Доступны только уровни серьёзности, разрешённые вашим планом поддержки.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>Выберите регион…</translation>
    </message>
    <message>
        <source>Fault reports name the region of the affected resources. Your own regions come first.</source>
        <translation>В сообщении о сбое указывается регион затронутых ресурсов. Ваши регионы показаны первыми.</translation>
    </message>
    <message>
        <source>Case quota</source>
        <translation>Квота обращений</translation>
    </message>
    <message>
        <source>What happened, since when, which resources, what you tried</source>
        <translation>Что произошло, с какого времени, какие ресурсы затронуты, что вы уже пробовали</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Длина описания</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Дополнительная информация</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Мобильный:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>C&amp;C e-mails:</source>
        <translation>&amp;Копии (CC):</translation>
    </message>
    <message>
        <source>Reminder &amp;time:</source>
        <translation>&amp;Время уведомлений:</translation>
    </message>
    <message>
        <source>Country calling code</source>
        <translation>Телефонный код страны</translation>
    </message>
    <message>
        <source>Reminder mobile number</source>
        <translation>Мобильный телефон для уведомлений</translation>
    </message>
    <message>
        <source>Reminder e-mail address</source>
        <translation>Адрес эл. почты для уведомлений</translation>
    </message>
    <message>
        <source>CC e-mail addresses</source>
        <translation>Адреса эл. почты в копии (CC)</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Время уведомлений</translation>
    </message>
    <message>
        <source>For example 9:00-18:00</source>
        <translation>Например, 9:00-18:00</translation>
    </message>
    <message>
        <source>A number that is not registered with your account needs a verification code.</source>
        <translation>Для номера, не зарегистрированного в вашей учётной записи, нужен код подтверждения.</translation>
    </message>
    <message>
        <source>An address that is not registered with your account needs a verification code.</source>
        <translation>Для адреса, не зарегистрированного в вашей учётной записи, нужен код подтверждения.</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Текст соглашения</translation>
    </message>
    <message>
        <source>I have read and accept this a&amp;greement</source>
        <translation>Я прочитал(а) и принимаю это со&amp;глашение</translation>
    </message>
    <message>
        <source>Accept the agreement</source>
        <translation>Принять соглашение</translation>
    </message>
    <message>
        <source>&amp;Submit Case</source>
        <translation>&amp;Отправить обращение</translation>
    </message>
    <message>
        <source>Submit the case</source>
        <translation>Отправить обращение</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close and keep the draft</source>
        <translation>Закрыть и сохранить черновик</translation>
    </message>
    <message>
        <source>Submit error</source>
        <translation>Ошибка отправки</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <extracomment>%1 is a country calling code such as 86, %2 the country or region&apos;s name</extracomment>
        <translation>+%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>At most %n addresses, separated by commas.</source>
        <translation>
            <numerusform>Не более %n адреса через запятую.</numerusform>
            <numerusform>Не более %n адресов через запятую.</numerusform>
            <numerusform>Не более %n адресов через запятую.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n file(s) of at most %1 MB each; types: %2.</source>
        <extracomment>%n files at most, %1 MB each, %2 the allowed file types</extracomment>
        <translation>
            <numerusform>До %n файла размером не более %1 МБ каждый; типы: %2.</numerusform>
            <numerusform>До %n файлов размером не более %1 МБ каждый; типы: %2.</numerusform>
            <numerusform>До %n файлов размером не более %1 МБ каждый; типы: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: %1 (version %2)</source>
        <extracomment>%1 is the agreement&apos;s name, %2 its version</extracomment>
        <translation>Соглашение: %1 (версия %2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 characters typed of at most %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many.</source>
        <translation>
            <numerusform>Лишний %n символ.</numerusform>
            <numerusform>Лишних %n символа.</numerusform>
            <numerusform>Лишних %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left.</source>
        <translation>
            <numerusform>Остался %n символ.</numerusform>
            <numerusform>Осталось %n символа.</numerusform>
            <numerusform>Осталось %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>Для этого типа проблемы квота обращений не действует.</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up, so a new case would be refused. Wait for the next period or ask your account manager for a special approval.</source>
        <translation>Квота обращений для этого типа проблемы исчерпана, поэтому новое обращение будет отклонено. Дождитесь следующего периода или запросите у своего менеджера специальное разрешение.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>В этом месяце осталось %n обращение из %1.</numerusform>
            <numerusform>В этом месяце осталось %n обращения из %1.</numerusform>
            <numerusform>В этом месяце осталось %n обращений из %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>В этом квартале осталось %n обращение из %1.</numerusform>
            <numerusform>В этом квартале осталось %n обращения из %1.</numerusform>
            <numerusform>В этом квартале осталось %n обращений из %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>В этом году осталось %n обращение из %1.</numerusform>
            <numerusform>В этом году осталось %n обращения из %1.</numerusform>
            <numerusform>В этом году осталось %n обращений из %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>В этом периоде осталось %n обращение из %1.</numerusform>
            <numerusform>В этом периоде осталось %n обращения из %1.</numerusform>
            <numerusform>В этом периоде осталось %n обращений из %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>choose a category, a product and a problem type.</source>
        <translation>выберите категорию, продукт и тип проблемы.</translation>
    </message>
    <message>
        <source>a fault report names the region of the affected resources.</source>
        <translation>в сообщении о сбое нужно указать регион затронутых ресурсов.</translation>
    </message>
    <message>
        <source>describe the problem.</source>
        <translation>опишите проблему.</translation>
    </message>
    <message numerus="yes">
        <source>it is %n character(s) too long.</source>
        <translation>
            <numerusform>текст длиннее допустимого на %n символ.</numerusform>
            <numerusform>текст длиннее допустимого на %n символа.</numerusform>
            <numerusform>текст длиннее допустимого на %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in the template.</source>
        <translation>заполните шаблон.</translation>
    </message>
    <message>
        <source>it must be a phone number.</source>
        <translation>значение должно быть номером телефона.</translation>
    </message>
    <message>
        <source>it must be an e-mail address.</source>
        <translation>значение должно быть адресом электронной почты.</translation>
    </message>
    <message>
        <source>give a mobile number or an e-mail address for reminders.</source>
        <translation>укажите номер мобильного телефона или адрес электронной почты для уведомлений.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>«%1» не является адресом электронной почты.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n addresses are allowed.</source>
        <translation>
            <numerusform>допускается не более %n адреса.</numerusform>
            <numerusform>допускается не более %n адресов.</numerusform>
            <numerusform>допускается не более %n адресов.</numerusform>
        </translation>
    </message>
    <message>
        <source>verify this number with the code sent to it first.</source>
        <translation>сначала подтвердите этот номер кодом, отправленным на него.</translation>
    </message>
    <message>
        <source>verify this address with the code sent to it first.</source>
        <translation>сначала подтвердите этот адрес кодом, отправленным на него.</translation>
    </message>
    <message>
        <source>read and accept the agreement first.</source>
        <translation>сначала прочитайте и примите соглашение.</translation>
    </message>
    <message>
        <source>Checking the contact details…</source>
        <translation>Проверка контактных данных…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>%1 could not be uploaded.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Не удалось загрузить %1.</translation>
    </message>
    <message>
        <source>Signing the agreement…</source>
        <translation>Подписание соглашения…</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Создание обращения…</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Код подтверждения</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>Копии (CC)</translation>
    </message>
    <message>
        <source>%1 No more cases of this problem type can be created in this period; wait for the next one or ask your account manager for a special approval.</source>
        <extracomment>%1 is the server&apos;s refusal; what follows explains it</extracomment>
        <translation>%1 В этом периоде больше нельзя создавать обращения с этим типом проблемы; дождитесь следующего периода или запросите у своего менеджера специальное разрешение.</translation>
    </message>
    <message>
        <source>%1 Ask for a new code and enter it again.</source>
        <translation>%1 Запросите новый код и введите его снова.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit New Case</source>
        <translation>Изменение нового обращения</translation>
    </message>
    <message>
        <source>The new case you have not finished yet will be replaced by the one waiting to be sent. Replace it?</source>
        <translation>Незавершённое новое обращение будет заменено обращением, ожидающим отправки. Заменить его?</translation>
    </message>
</context>
<context>
    <name>osm::ui::DiagnosisWindow</name>
    <message>
        <source>Cloud server (ECS)</source>
        <translation>Облачный сервер (ECS)</translation>
    </message>
    <message>
        <source>Database instance (RDS)</source>
        <translation>Экземпляр базы данных (RDS)</translation>
    </message>
    <message>
        <source>Remote login</source>
        <translation>Удалённый вход</translation>
    </message>
    <message>
        <source>Network health</source>
        <translation>Состояние сети</translation>
    </message>
    <message>
        <source>Type %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>Тип %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Not executed</source>
        <translation>Не выполнялось</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>Статус %1</translation>
    </message>
    <message>
        <source>Preparing the diagnosis…</source>
        <translation>Подготовка диагностики…</translation>
    </message>
    <message>
        <source>Running: %1 of %2 checks done…</source>
        <extracomment>%1 of %2 check items are done</extracomment>
        <translation>Выполняется: пройдено проверок %1 из %2…</translation>
    </message>
    <message>
        <source>Completed: no problem found.</source>
        <translation>Завершено: проблем не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>Completed: %n check item(s) found a problem.</source>
        <translation>
            <numerusform>Завершено: проблема найдена в %n пункте проверки.</numerusform>
            <numerusform>Завершено: проблемы найдены в %n пунктах проверки.</numerusform>
            <numerusform>Завершено: проблемы найдены в %n пунктах проверки.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis failed: the resource could not be checked. Check its region and ID.</source>
        <translation>Диагностика не удалась: не удалось проверить ресурс. Проверьте его регион и ID.</translation>
    </message>
    <message>
        <source>The diagnosis was not run.</source>
        <translation>Диагностика не запускалась.</translation>
    </message>
    <message>
        <source>This diagnosis is not available for the resource.</source>
        <translation>Эта диагностика недоступна для данного ресурса.</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Найдена проблема</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Checking (%1%)</source>
        <extracomment>a check item in progress; %1 is a percentage</extracomment>
        <translation>Проверка (%1%)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a region&apos;s name and id, e.g. &quot;CN South-Guangzhou (cn-south-1)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No virtual machine of this project and region matches.</source>
        <translation>Нет подходящих виртуальных машин в этом проекте и регионе.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n virtual machine(s): choose one to diagnose.</source>
        <translation>
            <numerusform>Найдена %n виртуальная машина: выберите её для диагностики.</numerusform>
            <numerusform>Найдены %n виртуальные машины: выберите одну для диагностики.</numerusform>
            <numerusform>Найдено %n виртуальных машин: выберите одну для диагностики.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the diagnosis…</source>
        <translation>Запуск диагностики…</translation>
    </message>
    <message>
        <source>Reading the diagnosis…</source>
        <translation>Чтение результатов диагностики…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>No details for this check item.</source>
        <translation>Для этого пункта проверки нет подробностей.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Что обнаружено</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Read more about this problem</source>
        <translation>Подробнее об этой проблеме</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Thank you: your feedback was sent.</source>
        <translation>Спасибо, ваш отзыв отправлен.</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Диагностика</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click: choose what to diagnose, start, and read the results and advice.</source>
        <translation>Проверка облачного ресурса на типичные проблемы в один клик: выберите, что диагностировать, запустите проверку и изучите результаты и рекомендации.</translation>
    </message>
    <message>
        <source>&amp;Diagnose:</source>
        <translation>&amp;Диагностировать:</translation>
    </message>
    <message>
        <source>Diagnosis type</source>
        <translation>Тип диагностики</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>&amp;Virtual machine:</source>
        <translation>&amp;Виртуальная машина:</translation>
    </message>
    <message>
        <source>VM ID or elastic IP address, or choose one below</source>
        <translation>ID ВМ или эластичный IP-адрес либо выберите ниже</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Экземпляр:</translation>
    </message>
    <message>
        <source>RDS instance ID</source>
        <translation>ID экземпляра RDS</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ресурс:</translation>
    </message>
    <message>
        <source>Not needed for this diagnosis</source>
        <translation>Для этой диагностики не требуется</translation>
    </message>
    <message>
        <source>Resource to diagnose</source>
        <translation>Ресурс для диагностики</translation>
    </message>
    <message>
        <source>Find a virtual machine</source>
        <translation>Поиск виртуальной машины</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>ID &amp;проекта:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID проекта</translation>
    </message>
    <message>
        <source>The region&apos;s project ID, as shown under My Credentials in the console</source>
        <translation>ID проекта в регионе, указанный в разделе «Мои учётные данные» консоли</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>Имя ВМ</translation>
    </message>
    <message>
        <source>Part of the name (optional)</source>
        <translation>Часть имени (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-адреса</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Known fault</source>
        <translation>Известная неисправность</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Виртуальные машины</translation>
    </message>
    <message>
        <source>&amp;Start Diagnosis</source>
        <translation>&amp;Запустить диагностику</translation>
    </message>
    <message>
        <source>Diagnosis status</source>
        <translation>Статус диагностики</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Пункт проверки</translation>
    </message>
    <message>
        <source>Check items</source>
        <translation>Пункты проверки</translation>
    </message>
    <message>
        <source>Check item details</source>
        <translation>Подробности пункта проверки</translation>
    </message>
    <message>
        <source>Did this diagnosis help?</source>
        <translation>Помогла ли эта диагностика?</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>Комментарий к отзыву</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation>&amp;Помогла</translation>
    </message>
    <message>
        <source>&amp;Not Helpful</source>
        <translation>&amp;Не помогла</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Запущено</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Past diagnoses</source>
        <translation>Прошлые диагностики</translation>
    </message>
    <message>
        <source>Double-click a diagnosis to see its results</source>
        <translation>Дважды щёлкните диагностику, чтобы увидеть её результаты</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3 in all)</source>
        <extracomment>%1 and %2 are page numbers; %3 is the number of diagnoses</extracomment>
        <translation>Страница %1 из %2 (всего %3)</translation>
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
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>it must be a whole number.</source>
        <translation>значение должно быть целым числом.</translation>
    </message>
    <message>
        <source>it is required.</source>
        <translation>требуется значение.</translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <extracomment>%1 and %2 are the smallest and the largest allowed number</extracomment>
        <translation>значение должно быть от %1 до %2.</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n characters long.</source>
        <translation>
            <numerusform>длина не должна превышать %n символ.</numerusform>
            <numerusform>длина не должна превышать %n символа.</numerusform>
            <numerusform>длина не должна превышать %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not have the expected format.</source>
        <translation>значение не соответствует ожидаемому формату.</translation>
    </message>
    <message>
        <source>This problem type asks for no additional information.</source>
        <translation>Для этого типа проблемы дополнительная информация не требуется.</translation>
    </message>
</context>
<context>
    <name>osm::ui::LabelManagerDialog</name>
    <message>
        <source>Manage Labels</source>
        <translation>Управление метками</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Double-click a name (or press F2) to rename the label</source>
        <translation>Дважды щёлкните имя (или нажмите F2), чтобы переименовать метку</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;New label:</source>
        <translation>&amp;Новая метка:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>Имя новой метки</translation>
    </message>
    <message>
        <source>New label colour</source>
        <translation>Цвет новой метки</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message numerus="yes">
        <source>You have %n labels, the most allowed. Delete one to add another.</source>
        <translation>
            <numerusform>У вас %n метка — это максимум. Удалите одну, чтобы добавить другую.</numerusform>
            <numerusform>У вас %n метки — это максимум. Удалите одну, чтобы добавить другую.</numerusform>
            <numerusform>У вас %n меток — это максимум. Удалите одну, чтобы добавить другую.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of at most %2 labels</source>
        <extracomment>%1 labels in use of at most %2</extracomment>
        <translation>Меток: %1 из %2 возможных</translation>
    </message>
    <message>
        <source>Label “%1” created.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Метка «%1» создана.</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>У метки должно быть имя.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Цвет метки «%1»</translation>
    </message>
    <message>
        <source>Label “%1” saved.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Метка «%1» сохранена.</translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>Удаление метки</translation>
    </message>
    <message>
        <source>Delete the label “%1”? It is also removed from every case that carries it.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Удалить метку «%1»? Она также будет снята со всех обращений, к которым применена.</translation>
    </message>
    <message>
        <source>Label “%1” deleted.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Метка «%1» удалена.</translation>
    </message>
</context>
<context>
    <name>osm::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheActions</name>
    <message>
        <source>Saved list as of %1</source>
        <translation>Сохранённый список на %1</translation>
    </message>
    <message>
        <source>These are the cases saved on this computer; the server&apos;s list replaces them when it answers.</source>
        <translation>Это обращения, сохранённые на этом компьютере; когда сервер ответит, их заменит список с сервера.</translation>
    </message>
    <message>
        <source>The server could not be reached: these are the cases saved on this computer.</source>
        <translation>Не удалось связаться с сервером: показаны обращения, сохранённые на этом компьютере.</translation>
    </message>
    <message>
        <source>The local cache could not be emptied: %1</source>
        <translation>Не удалось очистить локальный кэш: %1</translation>
    </message>
    <message>
        <source>&amp;Search Saved Cases…</source>
        <translation>&amp;Поиск по сохранённым обращениям…</translation>
    </message>
    <message>
        <source>Find words in the cases, messages and attachment names saved on this computer (%1)</source>
        <translation>Поиск слов в обращениях, сообщениях и именах вложений, сохранённых на этом компьютере (%1)</translation>
    </message>
    <message>
        <source>Rebuild Local &amp;Cache</source>
        <translation>Перестроить локальный &amp;кэш</translation>
    </message>
    <message>
        <source>Forget the cases and messages saved on this computer and read them again from the server (unsent messages and drafts are kept)</source>
        <translation>Удалить обращения и сообщения, сохранённые на этом компьютере, и заново загрузить их с сервера (неотправленные сообщения и черновики сохраняются)</translation>
    </message>
    <message>
        <source>Saved list</source>
        <translation>Сохранённый список</translation>
    </message>
    <message>
        <source>Local &amp;Cache…</source>
        <translation>Локальный &amp;кэш…</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheDialog</name>
    <message>
        <source>Local Cache</source>
        <translation>Локальный кэш</translation>
    </message>
    <message>
        <source>&amp;Keep downloaded files up to (MiB):</source>
        <translation>&amp;Хранить загруженные файлы до (МиБ):</translation>
    </message>
    <message>
        <source>Attachments you open, save or drag out are kept on this computer, so that they open again without a download, also offline. Beyond the limit the least recently used go first; 0 keeps none.</source>
        <translation>Вложения, которые вы открываете, сохраняете или перетаскиваете из приложения, хранятся на этом компьютере, чтобы снова открываться без загрузки, в том числе без подключения к сети. При превышении лимита первыми удаляются те, что дольше всего не использовались; 0 — ничего не хранить.</translation>
    </message>
    <message>
        <source>C&amp;lear Downloaded Files</source>
        <translation>О&amp;чистить загруженные файлы</translation>
    </message>
    <message numerus="yes">
        <source>In use: %n file(s), %1</source>
        <extracomment>%n is how many files are kept, %1 the space they take (e.g. &quot;12.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>Занято: %n файл, %1</numerusform>
            <numerusform>Занято: %n файла, %1</numerusform>
            <numerusform>Занято: %n файлов, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalSearchDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Обращение %1</translation>
    </message>
    <message>
        <source>Message in case %1, %2</source>
        <translation>Сообщение в обращении %1, %2</translation>
    </message>
    <message>
        <source>Attachment in case %1</source>
        <translation>Вложение в обращении %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Не удалось выполнить поиск: %1</translation>
    </message>
    <message>
        <source>Nothing saved on this computer matches.</source>
        <translation>На этом компьютере ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>Search Saved Cases</source>
        <translation>Поиск по сохранённым обращениям</translation>
    </message>
    <message>
        <source>Searches the case descriptions, messages and attachment names saved on this computer, also while offline. Press Enter on a result to open its case.</source>
        <translation>Поиск по описаниям обращений, сообщениям и именам вложений, сохранённым на этом компьютере, в том числе без подключения к сети. Нажмите Enter на результате, чтобы открыть его обращение.</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Слова для поиска</translation>
    </message>
    <message>
        <source>Search saved cases</source>
        <translation>Поиск по сохранённым обращениям</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>&amp;Открыть обращение</translation>
    </message>
    <message>
        <source>Open the selected case in its own window (Enter or double-click)</source>
        <translation>Открыть выбранное обращение в отдельном окне (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Новое обращение…</translation>
    </message>
    <message>
        <source>Create a new case (%1)</source>
        <translation>Создать новое обращение (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;About OSM Desk</source>
        <translation>&amp;О программе OSM Desk</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>Непрочитанные сообщения</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Состояние подключения</translation>
    </message>
    <message>
        <source>Offline — waiting for the network</source>
        <translation>Нет сети — ожидание подключения</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>Нет сети — повтор через %n с</numerusform>
            <numerusform>Нет сети — повтор через %n с</numerusform>
            <numerusform>Нет сети — повтор через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — retrying…</source>
        <translation>Нет сети — повтор…</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n непрочитанное сообщение</numerusform>
            <numerusform>%n непрочитанных сообщения</numerusform>
            <numerusform>%n непрочитанных сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Export Cases…</source>
        <translation>&amp;Экспорт обращений…</translation>
    </message>
    <message>
        <source>Export the cases of the current view and filters to a file</source>
        <translation>Экспортировать обращения текущего представления и фильтров в файл</translation>
    </message>
    <message>
        <source>Save &amp;View as CSV…</source>
        <translation>Сохранить &amp;представление как CSV…</translation>
    </message>
    <message>
        <source>Save the cases listed now, with the visible columns, as a CSV file</source>
        <translation>Сохранить показанные сейчас обращения с видимыми столбцами в файл CSV</translation>
    </message>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>Управление &amp;метками…</translation>
    </message>
    <message>
        <source>A&amp;uthorizations…</source>
        <translation>&amp;Разрешения…</translation>
    </message>
    <message>
        <source>Requests of support engineers for access to your console or hosts</source>
        <translation>Запросы инженеров поддержки на доступ к вашей консоли или хостам</translation>
    </message>
    <message>
        <source>&amp;Diagnosis…</source>
        <translation>&amp;Диагностика…</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click</source>
        <translation>Проверка облачного ресурса на типичные проблемы в один клик</translation>
    </message>
    <message>
        <source>Account &amp;Information…</source>
        <translation>&amp;Сведения об учётной записи…</translation>
    </message>
    <message>
        <source>Case quota, agencies, partner service and configuration items</source>
        <translation>Квота обращений, агентства, партнёрское обслуживание и элементы конфигурации</translation>
    </message>
    <message>
        <source>&amp;Report Infringement or Illegal Information…</source>
        <translation>&amp;Пожаловаться на нарушение прав или незаконную информацию…</translation>
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
    <name>osm::ui::OfflineStatus</name>
    <message numerus="yes">
        <source>Offline — showing saved data; %n change(s) waiting</source>
        <translation>
            <numerusform>Нет сети — показаны сохранённые данные; %n изменение ожидает отправки</numerusform>
            <numerusform>Нет сети — показаны сохранённые данные; %n изменения ожидают отправки</numerusform>
            <numerusform>Нет сети — показаны сохранённые данные; %n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing saved data</source>
        <translation>Нет сети — показаны сохранённые данные</translation>
    </message>
    <message>
        <source>The server cannot be reached. The cases and messages shown are those saved on this computer; what you send is kept and goes out when the server answers again.</source>
        <translation>Сервер недоступен. Показаны обращения и сообщения, сохранённые на этом компьютере; всё, что вы отправите, будет сохранено и отправлено, когда сервер снова ответит.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxItemText</name>
    <message>
        <source>Urge the case</source>
        <translation>Напомнить об обращении</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>Отозвать обращение</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Удалить обращение</translation>
    </message>
    <message>
        <source>Close the case and rate it</source>
        <translation>Закрыть и оценить обращение</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Закрыть обращение</translation>
    </message>
    <message>
        <source>Rate the case</source>
        <translation>Оценить обращение</translation>
    </message>
    <message>
        <source>Add label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>Добавить метку «%1»</translation>
    </message>
    <message>
        <source>Remove label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>Удалить метку «%1»</translation>
    </message>
    <message>
        <source>Relate case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>Связать с обращением %1</translation>
    </message>
    <message>
        <source>Remove the relation to case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>Удалить связь с обращением %1</translation>
    </message>
    <message>
        <source>Change the reminder contact information</source>
        <translation>Изменить контакт для уведомлений</translation>
    </message>
    <message>
        <source>Create a case: %1</source>
        <extracomment>%1 is the beginning of the new case&apos;s description</extracomment>
        <translation>Создать обращение: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxPanel</name>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>%1 is the server&apos;s reason</extracomment>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Waiting for the network; it will be sent when the connection is back.</source>
        <translation>Ожидание сети; сообщение будет отправлено, когда соединение восстановится.</translation>
    </message>
    <message>
        <source>Waiting to sign in again; it will be sent after that.</source>
        <translation>Ожидание повторного входа; после него сообщение будет отправлено.</translation>
    </message>
    <message>
        <source>Will be sent again shortly: %1</source>
        <extracomment>%1 is why the last attempt failed</extracomment>
        <translation>Скоро будет отправлено повторно: %1</translation>
    </message>
    <message>
        <source>Messages waiting to be sent</source>
        <translation>Сообщения, ожидающие отправки</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <extracomment>The files of a message waiting to be sent; %1 is their names</extracomment>
        <translation>Вложения: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Повторить отправку</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit the message in the reply box</source>
        <translation>Изменить сообщение в поле ответа</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Discard the message</source>
        <translation>Удалить сообщение</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesButton</name>
    <message numerus="yes">
        <source>%n new case(s) not sent</source>
        <translation>
            <numerusform>%n неотправленное новое обращение</numerusform>
            <numerusform>%n неотправленных новых обращения</numerusform>
            <numerusform>%n неотправленных новых обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) waiting to be sent</source>
        <translation>
            <numerusform>%n новое обращение ожидает отправки</numerusform>
            <numerusform>%n новых обращения ожидают отправки</numerusform>
            <numerusform>%n новых обращений ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the new cases waiting to be sent</source>
        <translation>Показать новые обращения, ожидающие отправки</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesDialog</name>
    <message>
        <source>New Cases Waiting to Be Sent</source>
        <translation>Новые обращения, ожидающие отправки</translation>
    </message>
    <message>
        <source>These new cases are saved on this computer and are created as soon as the server can be reached. A case the server refused shows its reason: edit it, retry or discard it.</source>
        <translation>Эти новые обращения сохранены на этом компьютере и будут созданы, как только сервер станет доступен. Для обращения, отклонённого сервером, указана причина: измените его, повторите попытку или удалите.</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeCache</name>
    <message>
        <source>Your account&apos;s administrator has restricted case submission, and your user does not hold the privilege to submit cases. Ask the administrator of the main account to grant it.</source>
        <translation>Администратор вашей учётной записи ограничил создание обращений, а у вашего пользователя нет привилегии на их создание. Попросите администратора основной учётной записи предоставить её.</translation>
    </message>
    <message>
        <source>You are signed in with a delegated account, and the account&apos;s administrator does not allow delegated accounts to work on cases. Ask the administrator to grant the case privilege.</source>
        <translation>Вы вошли с делегированной учётной записью, а администратор учётной записи не разрешает делегированным учётным записям работать с обращениями. Попросите администратора предоставить привилегию на работу с обращениями.</translation>
    </message>
    <message>
        <source>Your user does not hold the privilege to export cases. Ask the administrator of the main account to grant it.</source>
        <translation>У вашего пользователя нет привилегии на экспорт обращений. Попросите администратора основной учётной записи предоставить её.</translation>
    </message>
    <message>
        <source>You may not see or change the cases of this IAM group: your user is not allowed to work on its members&apos; cases. Check the group ID, or ask your administrator to add you to the group.</source>
        <translation>Вы не можете просматривать и изменять обращения этой группы IAM: вашему пользователю не разрешено работать с обращениями её участников. Проверьте ID группы или попросите администратора добавить вас в группу.</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeNotice</name>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>Почему некоторые действия недоступны</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegePolicyTab</name>
    <message>
        <source>Restrictions the main account switches on for its IAM users: a restricted privilege is held only by the users it is granted to.</source>
        <translation>Ограничения, которые основная учетная запись включает для своих пользователей IAM: ограниченной привилегией обладают только пользователи, которым она выдана.</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Привилегия</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Ограничение</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Привилегии</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>whether the restriction of a privilege is switched on</extracomment>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>&amp;Ограничить</translation>
    </message>
    <message>
        <source>&amp;Lift Restriction</source>
        <translation>&amp;Снять ограничение</translation>
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
    <name>osm::ui::RelatedCasesEditor</name>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>Связанные обращения</translation>
    </message>
    <message>
        <source>Related case ID</source>
        <translation>№ связанного обращения</translation>
    </message>
    <message>
        <source>Case ID to relate</source>
        <translation>№ обращения для связывания</translation>
    </message>
    <message>
        <source>IAM group ID for relations</source>
        <translation>ID группы IAM для связей</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>ID группы IAM</translation>
    </message>
    <message>
        <source>The relation calls of the OSM API require the ID of your IAM group.</source>
        <translation>Для операций со связями API OSM требует ID вашей группы IAM.</translation>
    </message>
    <message>
        <source>Re&amp;late</source>
        <translation>&amp;Связать</translation>
    </message>
    <message>
        <source>Add related case</source>
        <translation>Добавить связанное обращение</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open related case</source>
        <translation>Открыть связанное обращение</translation>
    </message>
    <message>
        <source>Unrelate</source>
        <translation>Убрать связь</translation>
    </message>
    <message>
        <source>Remove related case</source>
        <translation>Удалить связанное обращение</translation>
    </message>
</context>
<context>
    <name>osm::ui::ReportFeedbackDialog</name>
    <message>
        <source>Describe what you are reporting.</source>
        <translation>Опишите, о чём вы сообщаете.</translation>
    </message>
    <message numerus="yes">
        <source>The description is %n character(s) too long.</source>
        <translation>
            <numerusform>Описание длиннее допустимого на %n символ.</numerusform>
            <numerusform>Описание длиннее допустимого на %n символа.</numerusform>
            <numerusform>Описание длиннее допустимого на %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one file as evidence.</source>
        <translation>Добавьте хотя бы один файл в качестве доказательства.</translation>
    </message>
    <message>
        <source>Describe the right that is infringed.</source>
        <translation>Опишите нарушенное право.</translation>
    </message>
    <message>
        <source>An infringement report needs your name, mobile number and e-mail address.</source>
        <translation>Для жалобы о нарушении прав нужны ваше имя, номер мобильного телефона и адрес эл. почты.</translation>
    </message>
    <message>
        <source>Waiting for the files to upload…</source>
        <translation>Ожидание загрузки файлов…</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <extracomment>%1 is a file name, %2 why it could not be uploaded</extracomment>
        <translation>Не удалось загрузить %1: %2</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Добавить доказательства</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>characters typed / the limit</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Report Infringement or Illegal Information</source>
        <translation>Жалоба на нарушение прав или незаконную информацию</translation>
    </message>
    <message>
        <source>Intellectual-property infringement</source>
        <translation>Нарушение прав интеллектуальной собственности</translation>
    </message>
    <message>
        <source>Illegal information</source>
        <translation>Незаконная информация</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Pornography</source>
        <translation>Порнография</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Азартные игры</translation>
    </message>
    <message>
        <source>Political breach</source>
        <translation>Политические нарушения</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Мошенничество</translation>
    </message>
    <message>
        <source>Virtual currency</source>
        <translation>Виртуальная валюта</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Прокси-сервер</translation>
    </message>
    <message>
        <source>Website without ICP filing</source>
        <translation>Сайт без регистрации ICP</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>Конфиденциальная информация</translation>
    </message>
    <message>
        <source>Violence or terrorism</source>
        <translation>Насилие или терроризм</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>Слухи</translation>
    </message>
    <message>
        <source>Insulting heroes and martyrs</source>
        <translation>Оскорбление героев и павших</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Религия</translation>
    </message>
    <message>
        <source>Harm to minors</source>
        <translation>Вред несовершеннолетним</translation>
    </message>
    <message>
        <source>Cyberattack</source>
        <translation>Кибератака</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Спам</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Авторское право</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>Товарный знак</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Патент</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Authorized agent</source>
        <translation>Уполномоченный представитель</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Юрист</translation>
    </message>
    <message>
        <source>Right owner</source>
        <translation>Правообладатель</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Тип жалобы:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>К&amp;атегория:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Reported &amp;party:</source>
        <translation>&amp;Нарушитель:</translation>
    </message>
    <message>
        <source>Reported p&amp;roduct:</source>
        <translation>П&amp;родукт нарушителя:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Доказательства:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Тип жалобы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Product or service; website address</source>
        <translation>Продукт или услуга; адрес сайта</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>What is infringing or illegal, and where it can be seen</source>
        <translation>Что нарушает права или закон и где это можно увидеть</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Длина описания</translation>
    </message>
    <message>
        <source>Reported party</source>
        <translation>Нарушитель</translation>
    </message>
    <message>
        <source>The party or merchant reported (optional)</source>
        <translation>Лицо или продавец, на которого подаётся жалоба (необязательно)</translation>
    </message>
    <message>
        <source>Reported product</source>
        <translation>Продукт нарушителя</translation>
    </message>
    <message>
        <source>The infringing product or service (optional)</source>
        <translation>Продукт или услуга, нарушающие права (необязательно)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Файлы доказательств</translation>
    </message>
    <message>
        <source>One to %1 files that show what you report</source>
        <extracomment>%1 is the largest number of files</extracomment>
        <translation>От одного до %1 файлов, подтверждающих ваше сообщение</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Infringed right</source>
        <translation>Нарушенное право</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Registered &amp;in:</source>
        <translation>Зарегистрировано &amp;в:</translation>
    </message>
    <message>
        <source>Registration &amp;number:</source>
        <translation>&amp;Регистрационный номер:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>О&amp;писание:</translation>
    </message>
    <message>
        <source>Kind of right</source>
        <translation>Вид права</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>Зарегистрировано в</translation>
    </message>
    <message>
        <source>Country or region (optional)</source>
        <translation>Страна или регион (необязательно)</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Trademark or patent number (optional)</source>
        <translation>Номер товарного знака или патента (необязательно)</translation>
    </message>
    <message>
        <source>Right description</source>
        <translation>Описание права</translation>
    </message>
    <message>
        <source>Your contact details</source>
        <translation>Ваши контактные данные</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>&amp;Мобильный:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Эл. &amp;почта:</translation>
    </message>
    <message>
        <source>Country or re&amp;gion:</source>
        <translation>Страна или р&amp;егион:</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Адр&amp;ес:</translation>
    </message>
    <message>
        <source>You a&amp;re:</source>
        <translation>&amp;Вы:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>&amp;Other contact:</source>
        <translation>Д&amp;ругой контакт:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Страна или регион</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Другой контакт</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>&amp;Send Report</source>
        <translation>&amp;Отправить жалобу</translation>
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
    <name>osm::ui::SaveViewAsCsv</name>
    <message>
        <source>Save View as CSV</source>
        <translation>Сохранение представления как CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>
            <numerusform>Сохранено %n обращение в %1</numerusform>
            <numerusform>Сохранено %n обращения в %1</numerusform>
            <numerusform>Сохранено %n обращений в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::SubmissionPrivilegeGate</name>
    <message>
        <source>New Case</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>You cannot submit cases with this user.</source>
        <translation>Этот пользователь не может создавать обращения.</translation>
    </message>
</context>
<context>
    <name>osm::ui::TrayNotifier</name>
    <message>
        <source>Show OSM Desk</source>
        <translation>Показать OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk tray menu</source>
        <translation>Меню OSM Desk в области уведомлений</translation>
    </message>
    <message numerus="yes">
        <source>OSM Desk: %n unread message(s)</source>
        <translation>
            <numerusform>OSM Desk: %n непрочитанное сообщение</numerusform>
            <numerusform>OSM Desk: %n непрочитанных сообщения</numerusform>
            <numerusform>OSM Desk: %n непрочитанных сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>OSM Desk: no unread messages</source>
        <translation>OSM Desk: нет непрочитанных сообщений</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>Нет непрочитанных сообщений</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <extracomment>A tray menu entry: the case number and how many of its messages are unread.</extracomment>
        <translation>
            <numerusform>%1 (%n непрочитанное)</numerusform>
            <numerusform>%1 (%n непрочитанных)</numerusform>
            <numerusform>%1 (%n непрочитанных)</numerusform>
        </translation>
    </message>
    <message>
        <source>New reply in case %1</source>
        <translation>Новый ответ по обращению %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n непрочитанное сообщение</numerusform>
            <numerusform>%n непрочитанных сообщения</numerusform>
            <numerusform>%n непрочитанных сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New replies in %n case(s)</source>
        <translation>
            <numerusform>Новые ответы по %n обращению</numerusform>
            <numerusform>Новые ответы по %n обращениям</numerusform>
            <numerusform>Новые ответы по %n обращениям</numerusform>
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
        <translation>Представления</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>Выбрать &amp;группу IAM…</translation>
    </message>
</context>
</TS>
