<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>main</name>
    <message>
        <source>Manage Huawei Cloud support cases through the OSM API.</source>
        <translation>Gestionar los casos de soporte de Huawei Cloud a través de la API de OSM.</translation>
    </message>
    <message>
        <source>Run against the built-in OSM simulator.</source>
        <translation>Ejecutar contra el simulador de OSM integrado.</translation>
    </message>
    <message>
        <source>Sign in with the account profile &lt;id&gt;.</source>
        <translation>Iniciar sesión con el perfil de cuenta &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Exit after the first page of cases has loaded (for tests).</source>
        <translation>Salir cuando se haya cargado la primera página de casos (para pruebas).</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de, ar) instead of the system&apos;s.</source>
        <extracomment>&lt;code&gt; stays as it is: it names the option&apos;s value on the command line.</extracomment>
        <translation>Usar el idioma &lt;code&gt; (por ejemplo zh_CN, ja, de, ar) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Idioma desconocido «%1»; disponibles: %2.</translation>
    </message>
    <message>
        <source>A case to open: its id, or a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>Un caso que abrir: su ID o un enlace como osmdesk://case/&lt;ID del caso&gt;.</translation>
    </message>
</context>
<context>
    <name>osm::AkSkAuthenticator</name>
    <message>
        <source>IAM did not name the account of this access key.</source>
        <translation>IAM no indicó la cuenta de esta clave de acceso.</translation>
    </message>
</context>
<context>
    <name>osm::CaseStatus</name>
    <message>
        <source>Pending acceptance</source>
        <translation>Pendiente de aceptación</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Result to be confirmed</source>
        <translation>Resultado por confirmar</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Awaiting feedback</source>
        <translation>Pendiente de respuesta</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Estado %1</translation>
    </message>
</context>
<context>
    <name>osm::CredentialStore</name>
    <message>
        <source>No secret is saved for this account. Enter it again in the account settings.</source>
        <translation>No hay ningún secreto guardado para esta cuenta. Vuelva a introducirlo en la configuración de la cuenta.</translation>
    </message>
</context>
<context>
    <name>osm::Download</name>
    <message>
        <source>the folder does not exist.</source>
        <translation>la carpeta no existe.</translation>
    </message>
    <message>
        <source>the file could not be created (%1).</source>
        <translation>no se pudo crear el archivo (%1).</translation>
    </message>
    <message>
        <source>the file could not be written (%1).</source>
        <translation>no se pudo escribir en el archivo (%1).</translation>
    </message>
    <message>
        <source>the file could not be saved (%1).</source>
        <translation>no se pudo guardar el archivo (%1).</translation>
    </message>
</context>
<context>
    <name>osm::Endpoint</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation>La dirección «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for &quot;%1&quot;.</source>
        <translation>El http sin cifrar solo se permite hacia este equipo (loopback); use https para «%1».</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>La dirección debe empezar por https://.</translation>
    </message>
</context>
<context>
    <name>osm::Error</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>No se pudo contactar con el servidor. Compruebe su conexión de red.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The app will keep trying when it is safe to.</source>
        <translation>El servidor no respondió a tiempo. La aplicación seguirá intentándolo cuando sea seguro hacerlo.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>Falló la conexión segura con el servidor: %1</translation>
    </message>
    <message>
        <source>The server sent an answer the app could not read.</source>
        <translation>El servidor envió una respuesta que la aplicación no puede leer.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not valid: %2</source>
        <extracomment>%1 is a parameter name as the API spells it, %2 says what is wrong with it</extracomment>
        <translation>El valor de «%1» no es válido: %2</translation>
    </message>
    <message>
        <source>The saved credentials could not be used: %1</source>
        <translation>No se pudieron usar las credenciales guardadas: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the account name, user name and password.</source>
        <translation>Error al iniciar sesión. Compruebe el nombre de la cuenta, el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>The server refused the credentials of this account.</source>
        <translation>El servidor rechazó las credenciales de esta cuenta.</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <extracomment>%1 is the server&apos;s own error message, which may be in another language</extracomment>
        <translation>El servidor informó de un error: %1</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>Demasiadas solicitudes. La aplicación volverá a intentarlo en breve.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>El servidor tuvo un problema (HTTP %1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>La solicitud falló (HTTP %1).</translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation>(código %1)</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(ID de solicitud %1)</translation>
    </message>
</context>
<context>
    <name>osm::ErrorCatalog</name>
    <message>
        <source>The request was refused because a parameter is invalid.</source>
        <translation>La solicitud se rechazó porque un parámetro no es válido.</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>No ha iniciado sesión o su sesión ha caducado.</translation>
    </message>
    <message>
        <source>You do not have permission for this operation.</source>
        <translation>No tiene permiso para esta operación.</translation>
    </message>
    <message>
        <source>The case service had an internal error. Try again later.</source>
        <translation>El servicio de casos tuvo un error interno. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>A parameter failed the server&apos;s validation.</source>
        <translation>Un parámetro no superó la validación del servidor.</translation>
    </message>
    <message>
        <source>You do not have permission for this case.</source>
        <translation>No tiene permiso para este caso.</translation>
    </message>
    <message>
        <source>You have urged this case too often. Wait a while before urging it again.</source>
        <translation>Ha reclamado este caso demasiadas veces. Espere un tiempo antes de volver a reclamarlo.</translation>
    </message>
    <message>
        <source>Today&apos;s attachment upload allowance is used up.</source>
        <translation>Se ha agotado el cupo de carga de archivos adjuntos de hoy.</translation>
    </message>
    <message>
        <source>The selected severity does not exist.</source>
        <translation>La gravedad seleccionada no existe.</translation>
    </message>
    <message>
        <source>A CC e-mail address is not valid.</source>
        <translation>Una dirección de correo en copia (CC) no es válida.</translation>
    </message>
    <message>
        <source>Your support plan does not allow creating this case.</source>
        <translation>Su plan de soporte no permite crear este caso.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>La verificación falló.</translation>
    </message>
    <message>
        <source>That case action is not supported (only cancel, close, urge and delete).</source>
        <translation>Esa acción sobre casos no se admite (solo cancelar, cerrar, reclamar y eliminar).</translation>
    </message>
    <message>
        <source>The case does not exist, or you cannot see it.</source>
        <translation>El caso no existe o no puede verlo.</translation>
    </message>
    <message>
        <source>The bastion host (CBH) reported a failure.</source>
        <translation>El host bastión (CBH) informó de un fallo.</translation>
    </message>
    <message>
        <source>This case was created only a moment ago. Wait a while before urging it.</source>
        <translation>Este caso se acaba de crear. Espere un tiempo antes de reclamarlo.</translation>
    </message>
    <message>
        <source>A verification code was sent less than a minute ago. Wait before asking for another.</source>
        <translation>Se envió un código de verificación hace menos de un minuto. Espere antes de pedir otro.</translation>
    </message>
    <message>
        <source>The case&apos;s current status does not allow this operation.</source>
        <translation>El estado actual del caso no permite esta operación.</translation>
    </message>
    <message>
        <source>You are not allowed to see cases of this group.</source>
        <translation>No tiene permiso para ver los casos de este grupo.</translation>
    </message>
    <message>
        <source>The maximum number of verification codes has been sent.</source>
        <translation>Ya se ha enviado el número máximo de códigos de verificación.</translation>
    </message>
    <message>
        <source>Your case quota is used up.</source>
        <translation>Ha agotado su cuota de casos.</translation>
    </message>
    <message>
        <source>You have reached today&apos;s limit of new cases.</source>
        <translation>Ha alcanzado el límite de casos nuevos de hoy.</translation>
    </message>
    <message>
        <source>The label does not exist.</source>
        <translation>La etiqueta no existe.</translation>
    </message>
    <message>
        <source>A label with this name already exists.</source>
        <translation>Ya existe una etiqueta con este nombre.</translation>
    </message>
    <message>
        <source>You already have 30 labels, the most allowed.</source>
        <translation>Ya tiene 30 etiquetas, el máximo permitido.</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels.</source>
        <translation>Un caso puede tener como máximo 5 etiquetas.</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases.</source>
        <translation>Un caso puede tener como máximo 3 casos relacionados.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>Un caso no puede estar relacionado consigo mismo.</translation>
    </message>
    <message>
        <source>The attachment is not valid.</source>
        <translation>El archivo adjunto no es válido.</translation>
    </message>
    <message>
        <source>This authorization can only be changed while it is pending.</source>
        <translation>Esta autorización solo se puede cambiar mientras está pendiente.</translation>
    </message>
    <message>
        <source>The connection to the target host timed out.</source>
        <translation>Se agotó el tiempo de conexión con el host de destino.</translation>
    </message>
    <message>
        <source>The signature was rejected. Check the access key (AK) and secret key (SK) of this account.</source>
        <translation>Se rechazó la firma. Compruebe la clave de acceso (AK) y la clave secreta (SK) de esta cuenta.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Su sesión ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>Demasiadas solicitudes. La aplicación volverá a intentarlo en breve.</translation>
    </message>
    <message>
        <source>The account name or password is wrong.</source>
        <translation>El nombre de la cuenta o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>The case service could not complete the operation. Try again later.</source>
        <translation>El servicio de casos no pudo completar la operación. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>This authorization operation is not supported.</source>
        <translation>Esta operación de autorización no se admite.</translation>
    </message>
    <message>
        <source>The operation is not allowed.</source>
        <translation>La operación no está permitida.</translation>
    </message>
    <message>
        <source>The source id does not exist.</source>
        <translation>El ID de origen no existe.</translation>
    </message>
    <message>
        <source>The selected problem type does not exist.</source>
        <translation>El tipo de problema seleccionado no existe.</translation>
    </message>
    <message>
        <source>The type is not valid.</source>
        <translation>El tipo no es válido.</translation>
    </message>
    <message>
        <source>The authorization item does not exist.</source>
        <translation>El elemento de autorización no existe.</translation>
    </message>
    <message>
        <source>The selected region does not exist.</source>
        <translation>La región seleccionada no existe.</translation>
    </message>
</context>
<context>
    <name>osm::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available (%1). Secrets entered now are kept in memory only and will be forgotten when the app quits.</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>No hay ningún llavero disponible (%1). Los secretos que introduzca ahora solo se guardan en memoria y se olvidarán al cerrar la aplicación.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>El llavero lo rechazó: %1</translation>
    </message>
    <message>
        <source>The keychain entry of this account is not in a format the app understands. Enter the secret again.</source>
        <translation>La entrada del llavero de esta cuenta no tiene un formato que la aplicación entienda. Vuelva a introducir el secreto.</translation>
    </message>
</context>
<context>
    <name>osm::MultipartBody</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>no se pudo leer «%1»: %2</translation>
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
        <translation>Punto de conexión del SDK de Huawei Cloud (myhuaweicloud.cn)</translation>
    </message>
</context>
<context>
    <name>osm::TokenAuthenticator</name>
    <message>
        <source>IAM answered without a token.</source>
        <translation>IAM respondió sin token.</translation>
    </message>
</context>
<context>
    <name>osm::api::AccessoryLimitCheck</name>
    <message numerus="yes">
        <source>at most %n file(s) may be attached to one case or message.</source>
        <translation>
            <numerusform>se puede adjuntar como máximo %n archivo a un caso o mensaje.</numerusform>
            <numerusform>se pueden adjuntar como máximo %n archivos a un caso o mensaje.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>no se puede leer «%1».</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>“%1” is not a type of file that may be attached (allowed: %2).</source>
        <extracomment>%1 is a file name, %2 the list of allowed extensions</extracomment>
        <translation>«%1» no es un tipo de archivo que se pueda adjuntar (permitidos: %2).</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; an attachment may be at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its size in MB, %3 the largest size allowed in MB</extracomment>
        <translation>«%1» ocupa %2 MB; un archivo adjunto puede ocupar como máximo %3 MB.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a ZIP archive.</source>
        <translation>no se pudo leer «%1» como archivo ZIP.</translation>
    </message>
    <message>
        <source>“%1” unpacks to %2 MB; an archive may unpack to at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its unpacked size in MB, %3 the largest unpacked size allowed in MB</extracomment>
        <translation>«%1» ocupa %2 MB descomprimido; un archivo comprimido puede ocupar como máximo %3 MB descomprimido.</translation>
    </message>
</context>
<context>
    <name>osm::api::Attachments</name>
    <message>
        <source>it must be “incident” (for a new case) or “message” (for a message).</source>
        <translation>debe ser «incident» (para un caso nuevo) o «message» (para un mensaje).</translation>
    </message>
    <message>
        <source>the file “%1” cannot be read.</source>
        <translation>no se puede leer el archivo «%1».</translation>
    </message>
    <message>
        <source>an id may not contain a comma.</source>
        <translation>un ID no puede contener comas.</translation>
    </message>
</context>
<context>
    <name>osm::api::CaseWrites</name>
    <message>
        <source>its keys must be contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>sus claves deben ser contactType, remindCCEmail, remindEncryptCCEmail o isReceiveMsgRemind.</translation>
    </message>
    <message>
        <source>it must be IncidentService or IntelligentCustomerService.</source>
        <translation>debe ser IncidentService o IntelligentCustomerService.</translation>
    </message>
    <message>
        <source>it must be 0, 1 or 2.</source>
        <translation>debe ser 0, 1 o 2.</translation>
    </message>
</context>
<context>
    <name>osm::api::Configurations</name>
    <message>
        <source>it may not contain /, ? or #.</source>
        <translation>no puede contener /, ? ni #.</translation>
    </message>
</context>
<context>
    <name>osm::api::Feedback</name>
    <message>
        <source>it must be one of %1.</source>
        <translation>debe ser uno de estos valores: %1.</translation>
    </message>
</context>
<context>
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>debe ser un color con el formato #RRGGBB, por ejemplo #1E88E5.</translation>
    </message>
</context>
<context>
    <name>osm::api::Privileges</name>
    <message>
        <source>it must be one of export, createCase or assumeCaseAll.</source>
        <translation>debe ser export, createCase o assumeCaseAll.</translation>
    </message>
</context>
<context>
    <name>osm::api::Relations</name>
    <message>
        <source>a case cannot be related to itself.</source>
        <translation>un caso no puede estar relacionado consigo mismo.</translation>
    </message>
</context>
<context>
    <name>osm::api::Validator</name>
    <message>
        <source>a value is required.</source>
        <translation>se requiere un valor.</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n character(s) long.</source>
        <translation>
            <numerusform>puede tener como máximo %n carácter.</numerusform>
            <numerusform>puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <translation>debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>it must be one of %1.</source>
        <translation>debe ser uno de estos valores: %1.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n value(s) may be given.</source>
        <translation>
            <numerusform>se puede indicar como máximo %n valor.</numerusform>
            <numerusform>se pueden indicar como máximo %n valores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n value(s) must be given.</source>
        <translation>
            <numerusform>se debe indicar al menos %n valor.</numerusform>
            <numerusform>se deben indicar al menos %n valores.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be a date and time written as yyyy-MM-dd HH:mm:ss.</source>
        <translation>debe ser una fecha y hora con el formato yyyy-MM-dd HH:mm:ss.</translation>
    </message>
</context>
<context>
    <name>osm::api::VerifyCodes</name>
    <message>
        <source>it must be exactly 6 characters long.</source>
        <translation>debe tener exactamente 6 caracteres.</translation>
    </message>
</context>
<context>
    <name>osm::app::DesktopSession</name>
    <message>
        <source>The built-in simulator could not start.</source>
        <translation>No se pudo iniciar el simulador integrado.</translation>
    </message>
    <message>
        <source>No account is set up yet. Start OSM Desk with --demo to try it with the built-in simulator.</source>
        <translation>Todavía no hay ninguna cuenta configurada. Inicie OSM Desk con --demo para probarlo con el simulador integrado.</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>No existe el perfil de cuenta «%1».</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>Welcome to OSM Desk. Set up the Huawei Cloud account whose support cases you want to work with. (To try OSM Desk without an account, start it with --demo.)</source>
        <translation>Le damos la bienvenida a OSM Desk. Configure la cuenta de Huawei Cloud con cuyos casos de soporte quiere trabajar. (Para probar OSM Desk sin una cuenta, inícielo con --demo).</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>No se pudo guardar la cuenta.</translation>
    </message>
    <message>
        <source>You have signed out and the stored secret was forgotten. Enter it again to sign in.</source>
        <translation>Ha cerrado la sesión y se ha olvidado el secreto guardado. Vuelva a introducirlo para iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>osm::app::LaunchRequest</name>
    <message>
        <source>Expected at most one case, as a case id or as a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>Se esperaba como máximo un caso, como ID de caso o como enlace del tipo osmdesk://case/&lt;ID del caso&gt;.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AgenciesCommands</name>
    <message>
        <source>The account&apos;s IAM agencies (delegations).</source>
        <translation>Las agencias de IAM de la cuenta (delegaciones).</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM agencies (5.11.1).</source>
        <translation>Listar las agencias de IAM de la cuenta (5.11.1).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false: conservar el formato de texto enriquecido en descripciones y mensajes (predeterminado true: texto sin formato).</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs.</source>
        <translation>Casos de soporte: listar, mostrar, contar, estado, registros.</translation>
    </message>
    <message>
        <source>List cases, with every filter of the API (5.11.9).</source>
        <translation>Listar casos, con todos los filtros de la API (5.11.9).</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters); at most 3.</source>
        <translation>Una palabra clave de la descripción (como máximo 64 caracteres); como máximo 3.</translation>
    </message>
    <message>
        <source>A label id; at most 5.</source>
        <translation>Un ID de etiqueta; como máximo 5.</translation>
    </message>
    <message>
        <source>Matches the case id or the description (at most 64 characters).</source>
        <translation>Coincide con el ID del caso o con la descripción (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>El ID del caso (como máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>Created at or after this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Creado a partir de esta fecha y hora (inclusive), yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>Created at or before this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Creado hasta esta fecha y hora (inclusive), yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>The status: 0, 1, 2, 3, 4, 12 or 17.</source>
        <translation>El estado: 0, 1, 2, 3, 4, 12 o 17.</translation>
    </message>
    <message>
        <source>A list of statuses, sent as given.</source>
        <translation>Una lista de estados, que se envía tal cual.</translation>
    </message>
    <message>
        <source>The cases of this sub-user id (at most 64 characters).</source>
        <translation>Los casos del subusuario con este ID (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The cases of this sub-user name (at most 64 characters).</source>
        <translation>Los casos del subusuario con este nombre (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>El grupo de IAM, para los casos de sus demás miembros (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Skip this many cases (0-65535, default 0).</source>
        <translation>Omitir este número de casos (0-65535, predeterminado 0).</translation>
    </message>
    <message>
        <source>At most this many cases (0-100, default 10).</source>
        <translation>Como máximo este número de casos (0-100, predeterminado 10).</translation>
    </message>
    <message>
        <source>The product category id (at most 64 characters).</source>
        <translation>El ID de la categoría de producto (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The problem type id (at most 32 characters).</source>
        <translation>El ID del tipo de problema (como máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>El ID del subtipo de caso (como máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The root cause (at most 32 characters).</source>
        <translation>La causa raíz (como máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The service type of the case.</source>
        <translation>El tipo de servicio del caso.</translation>
    </message>
    <message>
        <source>Show one case with all its details (5.11.4).</source>
        <translation>Mostrar un caso con todos sus detalles (5.11.4).</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>El ID del caso (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The IAM group, for a case of another member (at most 64 characters).</source>
        <translation>El grupo de IAM, para un caso de otro miembro (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Count the cases by status (5.11.3).</source>
        <translation>Contar los casos por estado (5.11.3).</translation>
    </message>
    <message>
        <source>Only this status: 0-4 or 13.</source>
        <translation>Solo este estado: 0-4 o 13.</translation>
    </message>
    <message>
        <source>Show the status of a case (5.11.7).</source>
        <translation>Mostrar el estado de un caso (5.11.7).</translation>
    </message>
    <message>
        <source>List what was done on a case (5.11.5).</source>
        <translation>Listar las acciones realizadas en un caso (5.11.5).</translation>
    </message>
    <message>
        <source>Skip this many entries (0-65535).</source>
        <translation>Omitir este número de entradas (0-65535).</translation>
    </message>
    <message>
        <source>At most this many entries (1-100).</source>
        <translation>Como máximo este número de entradas (1-100).</translation>
    </message>
    <message>
        <source>Show the CC e-mails used most recently (5.11.6).</source>
        <translation>Mostrar los correos en copia (CC) usados más recientemente (5.11.6).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Cli</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Use this account profile of OSM Desk (its name or id); by default the active one.</source>
        <translation>Usar este perfil de cuenta de OSM Desk (su nombre o ID); de forma predeterminada, el activo.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Send to this OSM endpoint, with the credentials from the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID, looked up when missing, and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>Enviar a este punto de conexión de OSM, con las credenciales del entorno: OSM_AK y OSM_SK (opcionalmente OSM_DOMAIN_ID, que se busca si falta, y OSM_SECURITY_TOKEN), u OSM_IAM_DOMAIN, OSM_IAM_USER y OSM_PASSWORD.</translation>
    </message>
    <message>
        <source>The IAM endpoint that goes with --endpoint; by default its site&apos;s, or --endpoint itself.</source>
        <translation>El punto de conexión de IAM que acompaña a --endpoint; de forma predeterminada, el de su sitio o el propio --endpoint.</translation>
    </message>
    <message>
        <source>Print the result as JSON, with the API&apos;s field names.</source>
        <translation>Mostrar el resultado como JSON, con los nombres de campo de la API.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de) instead of LANGUAGE or LANG.</source>
        <translation>Usar el idioma &lt;código&gt; (por ejemplo zh_CN, ja, de) en lugar de LANGUAGE o LANG.</translation>
    </message>
    <message>
        <source>Log each request on stderr (method, path, status, request id; never credentials).</source>
        <translation>Registrar cada solicitud en stderr (método, ruta, estado, ID de solicitud; nunca las credenciales).</translation>
    </message>
    <message>
        <source>Show the help of osmctl, of a group or of a command.</source>
        <translation>Mostrar la ayuda de osmctl, de un grupo o de un comando.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2 %3&quot;.</source>
        <translation>Opción desconocida --%1 para «%2 %3».</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Opción desconocida --%1.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>La opción --%1 no admite ningún valor.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>La opción --%1 necesita un valor.</translation>
    </message>
    <message>
        <source>The option --%1 may be given only once.</source>
        <translation>La opción --%1 solo se puede indicar una vez.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida %1.</translation>
    </message>
    <message>
        <source>Unknown command group &quot;%1&quot;.</source>
        <translation>Grupo de comandos desconocido «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no command &quot;%2&quot;.</source>
        <translation>«%1» no tiene ningún comando «%2».</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: values are given with options.</source>
        <translation>Argumento inesperado «%1»: los valores se indican con opciones.</translation>
    </message>
    <message>
        <source>Choose a command of &quot;%1&quot;.</source>
        <translation>Elija un comando de «%1».</translation>
    </message>
    <message>
        <source>%1 (option --%2)</source>
        <extracomment>%1 is a sentence saying what is wrong, %2 an option such as --limit</extracomment>
        <translation>%1 (opción --%2)</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 %2 --help&quot; for its options.</source>
        <translation>Ejecute «osmctl %1 %2 --help» para ver sus opciones.</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 --help&quot; for its commands.</source>
        <translation>Ejecute «osmctl %1 --help» para ver sus comandos.</translation>
    </message>
    <message>
        <source>Run &quot;osmctl --help&quot; for the command groups.</source>
        <translation>Ejecute «osmctl --help» para ver los grupos de comandos.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoria.</translation>
    </message>
    <message>
        <source>Repeat the option for several values.</source>
        <translation>Repita la opción para indicar varios valores.</translation>
    </message>
    <message>
        <source>Usage: osmctl [global options] &lt;group&gt; &lt;command&gt; [options]</source>
        <translation>Uso: osmctl [opciones globales] &lt;grupo&gt; &lt;comando&gt; [opciones]</translation>
    </message>
    <message>
        <source>Work with Huawei Cloud support cases through the OSM API, with the accounts of OSM Desk.</source>
        <translation>Trabajar con los casos de soporte de Huawei Cloud a través de la API de OSM, con las cuentas de OSM Desk.</translation>
    </message>
    <message>
        <source>Command groups:</source>
        <translation>Grupos de comandos:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, invalid value, refused before sending</source>
        <translation>error de uso: comando u opción desconocidos, valor no válido, rechazado antes del envío</translation>
    </message>
    <message>
        <source>the API answered with an error (its error_code and request id are printed)</source>
        <translation>la API respondió con un error (se muestran su error_code y el ID de solicitud)</translation>
    </message>
    <message>
        <source>network, TLS or timeout: no answer</source>
        <translation>red, TLS o tiempo de espera agotado: sin respuesta</translation>
    </message>
    <message>
        <source>authentication: credentials missing or rejected</source>
        <translation>autenticación: faltan credenciales o se rechazaron</translation>
    </message>
    <message>
        <source>Run &quot;osmctl &lt;group&gt; --help&quot; for a group&apos;s commands.</source>
        <translation>Ejecute «osmctl &lt;grupo&gt; --help» para ver los comandos de un grupo.</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 &lt;command&gt; [options]</source>
        <translation>Uso: osmctl %1 &lt;comando&gt; [opciones]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>Ejecute «osmctl %1 &lt;comando&gt; --help» para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 %2 [options]</source>
        <translation>Uso: osmctl %1 %2 [opciones]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Idioma desconocido «%1»; disponibles: %2.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::ConfigCommands</name>
    <message>
        <source>What a new case is built from: categories, problem types, templates, severities, regions, limits.</source>
        <translation>Los datos con los que se crea un caso nuevo: categorías, tipos de problema, plantillas, gravedades, regiones, límites.</translation>
    </message>
    <message>
        <source>List the telephone country codes (5.8.1).</source>
        <translation>Listar los prefijos telefónicos de los países (5.8.1).</translation>
    </message>
    <message>
        <source>List the problem types (5.8.2).</source>
        <translation>Listar los tipos de problema (5.8.2).</translation>
    </message>
    <message>
        <source>Only those of this product category (1-64 characters).</source>
        <translation>Solo los de esta categoría de producto (1-64 caracteres).</translation>
    </message>
    <message>
        <source>Only those of this case sub-type (at most 32 characters).</source>
        <translation>Solo los de este subtipo de caso (como máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>List the additional parameters a problem type asks for (5.8.3).</source>
        <translation>Listar los parámetros adicionales que pide un tipo de problema (5.8.3).</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>El ID del tipo de problema (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The case sub-type id (1-32 characters).</source>
        <translation>El ID del subtipo de caso (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>El ID de la categoría de producto (1-64 caracteres).</translation>
    </message>
    <message>
        <source>List the description templates of a problem type (5.8.4).</source>
        <translation>Listar las plantillas de descripción de un tipo de problema (5.8.4).</translation>
    </message>
    <message>
        <source>List the case categories and sub-types (5.8.5).</source>
        <translation>Listar las categorías y subtipos de caso (5.8.5).</translation>
    </message>
    <message>
        <source>List the product categories (5.8.6).</source>
        <translation>Listar las categorías de producto (5.8.6).</translation>
    </message>
    <message>
        <source>Only categories with this name (at most 64 characters).</source>
        <translation>Solo las categorías con este nombre (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>true: the exact name; false: names containing it (the server&apos;s default).</source>
        <translation>true: el nombre exacto; false: los nombres que lo contengan (el valor predeterminado del servidor).</translation>
    </message>
    <message>
        <source>Only categories with this acronym (at most 64 characters).</source>
        <translation>Solo las categorías con esta sigla (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>List the regions (5.8.7).</source>
        <translation>Listar las regiones (5.8.7).</translation>
    </message>
    <message>
        <source>List the satisfaction scales of the case rating (5.8.8).</source>
        <translation>Listar las escalas de satisfacción de la valoración de casos (5.8.8).</translation>
    </message>
    <message>
        <source>List the severities of a product category and problem type (5.8.9).</source>
        <translation>Listar las gravedades de una categoría de producto y un tipo de problema (5.8.9).</translation>
    </message>
    <message>
        <source>Show the account&apos;s case limits (5.8.10).</source>
        <translation>Mostrar los límites de casos de la cuenta (5.8.10).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Connection</name>
    <message>
        <source>--endpoint needs credentials in the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>--endpoint necesita credenciales en el entorno: OSM_AK y OSM_SK (opcionalmente OSM_DOMAIN_ID y OSM_SECURITY_TOKEN), u OSM_IAM_DOMAIN, OSM_IAM_USER y OSM_PASSWORD.</translation>
    </message>
    <message>
        <source>No account profile is set up. Add one in OSM Desk, or use --endpoint with credentials in the environment (see --help).</source>
        <translation>No hay ningún perfil de cuenta configurado. Añada uno en OSM Desk o use --endpoint con credenciales en el entorno (consulte --help).</translation>
    </message>
    <message>
        <source>Several account profiles are called &quot;%1&quot;; give the profile&apos;s id instead.</source>
        <translation>Hay varios perfiles de cuenta llamados «%1»; indique el ID del perfil.</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>No existe el perfil de cuenta «%1».</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CustomersCommands</name>
    <message>
        <source>The account&apos;s IAM users (sub-customers), contacts anonymised.</source>
        <translation>Los usuarios de IAM de la cuenta (subclientes), con los datos de contacto anonimizados.</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM users (5.11.10).</source>
        <translation>Listar los usuarios de IAM de la cuenta (5.11.10).</translation>
    </message>
    <message>
        <source>Only users with this name (at most 64 characters).</source>
        <translation>Solo los usuarios con este nombre (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Only the user with this id (at most 64 characters).</source>
        <translation>Solo el usuario con este ID (como máximo 64 caracteres).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::LabelsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>El ID del caso (1-32 caracteres).</translation>
    </message>
    <message>
        <source>A label id (0 or more); 1-5 labels.</source>
        <translation>Un ID de etiqueta (0 o mayor); 1-5 etiquetas.</translation>
    </message>
    <message>
        <source>The account&apos;s case labels (at most 30) and the labels of a case (at most 5).</source>
        <translation>Las etiquetas de casos de la cuenta (como máximo 30) y las etiquetas de un caso (como máximo 5).</translation>
    </message>
    <message>
        <source>List the account&apos;s labels (5.9.2).</source>
        <translation>Listar las etiquetas de la cuenta (5.9.2).</translation>
    </message>
    <message>
        <source>Skip this many labels (0-2147483647, default 0).</source>
        <translation>Omitir este número de etiquetas (0-2147483647, predeterminado 0).</translation>
    </message>
    <message>
        <source>At most this many labels (0-100, default 10).</source>
        <translation>Como máximo este número de etiquetas (0-100, predeterminado 10).</translation>
    </message>
    <message>
        <source>Labels whose name contains this (at most 64 characters).</source>
        <translation>Etiquetas cuyo nombre contenga este texto (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Only the label with this id (0-2147483647).</source>
        <translation>Solo la etiqueta con este ID (0-2147483647).</translation>
    </message>
    <message>
        <source>Create a label (5.9.1).</source>
        <translation>Crear una etiqueta (5.9.1).</translation>
    </message>
    <message>
        <source>The label&apos;s name (1-64 characters, unique).</source>
        <translation>El nombre de la etiqueta (1-64 caracteres, único).</translation>
    </message>
    <message>
        <source>The label&apos;s colour, #RRGGBB.</source>
        <translation>El color de la etiqueta, #RRGGBB.</translation>
    </message>
    <message>
        <source>The label was created.</source>
        <translation>Se creó la etiqueta.</translation>
    </message>
    <message>
        <source>Rename or recolour a label (5.9.4).</source>
        <translation>Cambiar el nombre o el color de una etiqueta (5.9.4).</translation>
    </message>
    <message>
        <source>The label&apos;s id.</source>
        <translation>El ID de la etiqueta.</translation>
    </message>
    <message>
        <source>The new name (1-64 characters).</source>
        <translation>El nombre nuevo (1-64 caracteres).</translation>
    </message>
    <message>
        <source>The new colour, #RRGGBB.</source>
        <translation>El color nuevo, #RRGGBB.</translation>
    </message>
    <message>
        <source>The label was updated.</source>
        <translation>Se actualizó la etiqueta.</translation>
    </message>
    <message>
        <source>Delete a label; it is removed from every case (5.9.3).</source>
        <translation>Eliminar una etiqueta; se quita de todos los casos (5.9.3).</translation>
    </message>
    <message>
        <source>The label was deleted.</source>
        <translation>Se eliminó la etiqueta.</translation>
    </message>
    <message>
        <source>List the labels of a case (5.9.5).</source>
        <translation>Listar las etiquetas de un caso (5.9.5).</translation>
    </message>
    <message>
        <source>Add labels to a case (5.9.6).</source>
        <translation>Añadir etiquetas a un caso (5.9.6).</translation>
    </message>
    <message>
        <source>The labels were added to the case.</source>
        <translation>Se añadieron las etiquetas al caso.</translation>
    </message>
    <message>
        <source>Remove labels from a case (5.9.7).</source>
        <translation>Quitar etiquetas de un caso (5.9.7).</translation>
    </message>
    <message>
        <source>The labels were removed from the case.</source>
        <translation>Se quitaron las etiquetas del caso.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::MessagesCommands</name>
    <message>
        <source>false: keep the rich-text markup of the messages (default true: plain text).</source>
        <translation>false: conservar el formato de texto enriquecido de los mensajes (predeterminado true: texto sin formato).</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>El grupo de IAM, para los casos de sus demás miembros (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>A case id; 1-100 cases.</source>
        <translation>Un ID de caso; 1-100 casos.</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>El ID del caso (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The messages of cases: list, send, withdraw, mark read, unread counts, instant-message poll.</source>
        <translation>Los mensajes de los casos: listar, enviar, retirar, marcar como leídos, recuentos de no leídos, sondeo de mensajes instantáneos.</translation>
    </message>
    <message>
        <source>List the messages of a case (5.10.5).</source>
        <translation>Listar los mensajes de un caso (5.10.5).</translation>
    </message>
    <message>
        <source>Skip this many messages (0-65535).</source>
        <translation>Omitir este número de mensajes (0-65535).</translation>
    </message>
    <message>
        <source>At most this many messages (0-100).</source>
        <translation>Como máximo este número de mensajes (0-100).</translation>
    </message>
    <message>
        <source>Count the unread messages of cases (5.10.2).</source>
        <translation>Contar los mensajes no leídos de los casos (5.10.2).</translation>
    </message>
    <message>
        <source>New messages and status changes of cases since a cursor (5.10.7).</source>
        <translation>Mensajes nuevos y cambios de estado de los casos desde un cursor (5.10.7).</translation>
    </message>
    <message>
        <source>The cursor the previous poll returned (last_message_time_id).</source>
        <translation>El cursor que devolvió el sondeo anterior (last_message_time_id).</translation>
    </message>
    <message>
        <source>List the messages before the oldest one loaded so far (5.10.6).</source>
        <translation>Listar los mensajes anteriores al más antiguo cargado hasta ahora (5.10.6).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>fecha-hora</translation>
    </message>
    <message>
        <source>The create_time of the oldest message loaded: epoch milliseconds or an ISO 8601 time.</source>
        <translation>El create_time del mensaje cargado más antiguo: milisegundos desde la época Unix o una hora ISO 8601.</translation>
    </message>
    <message>
        <source>--create-time expects epoch milliseconds or an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>--create-time espera milisegundos desde la época Unix o una hora ISO 8601, no «%1».</translation>
    </message>
    <message>
        <source>The type of that message: 0 customer, 1 customer service (default 0).</source>
        <translation>El tipo de ese mensaje: 0 cliente, 1 atención al cliente (predeterminado 0).</translation>
    </message>
    <message>
        <source>At most this many messages (1-100, default 10).</source>
        <translation>Como máximo este número de mensajes (1-100, predeterminado 10).</translation>
    </message>
    <message>
        <source>Send a message on a case (5.10.3).</source>
        <translation>Enviar un mensaje en un caso (5.10.3).</translation>
    </message>
    <message>
        <source>The message (at most 10000 characters).</source>
        <translation>El mensaje (como máximo 10000 caracteres).</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); at most 10.</source>
        <translation>El ID de un archivo adjunto ya cargado (1-32 caracteres); como máximo 10.</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>Se envió el mensaje.</translation>
    </message>
    <message>
        <source>Withdraw a message you sent (5.10.4).</source>
        <translation>Retirar un mensaje que envió (5.10.4).</translation>
    </message>
    <message>
        <source>The message&apos;s id.</source>
        <translation>El ID del mensaje.</translation>
    </message>
    <message>
        <source>The message was withdrawn.</source>
        <translation>Se retiró el mensaje.</translation>
    </message>
    <message>
        <source>Mark the messages of a case read (5.10.1).</source>
        <translation>Marcar como leídos los mensajes de un caso (5.10.1).</translation>
    </message>
    <message>
        <source>The messages were marked read.</source>
        <translation>Los mensajes se marcaron como leídos.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::OptionValue</name>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name such as --offset, %2 the value given</extracomment>
        <translation>--%1 espera un número entero, no «%2».</translation>
    </message>
    <message>
        <source>--%1 expects true or false, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name, %2 the value given; &quot;true&quot; and &quot;false&quot; are typed as they are</extracomment>
        <translation>--%1 espera true o false, no «%2».</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>La opción --%1 es obligatoria.</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>the value of an option in the help: --group-id &lt;text&gt;</extracomment>
        <translation>texto</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>the value of an option in the help: --offset &lt;number&gt;</extracomment>
        <translation>número</translation>
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
        </translation>
    </message>
</context>
<context>
    <name>osm::ctl::PartnersCommands</name>
    <message>
        <source>Partners: whether you may process cases, and a partner&apos;s service hours.</source>
        <translation>Socios: si puede procesar casos y el horario de servicio de un socio.</translation>
    </message>
    <message>
        <source>Show whether the caller, as a partner, may process cases (5.11.2).</source>
        <translation>Mostrar si quien llama, como socio, puede procesar casos (5.11.2).</translation>
    </message>
    <message>
        <source>Show the service hours of the partner of a product or case (5.11.8).</source>
        <translation>Mostrar el horario de servicio del socio de un producto o caso (5.11.8).</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>El ID del subtipo de caso (como máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The ISV product id (at most 64 characters).</source>
        <translation>El ID del producto del ISV (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>El ID del caso (como máximo 32 caracteres).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::QuotasCommands</name>
    <message>
        <source>How many cases of a problem type may still be created.</source>
        <translation>Cuántos casos de un tipo de problema se pueden crear todavía.</translation>
    </message>
    <message>
        <source>Show the case quota of a product category and problem type (5.7.1).</source>
        <translation>Mostrar la cuota de casos de una categoría de producto y un tipo de problema (5.7.1).</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>El ID de la categoría de producto (1-64 caracteres).</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>El ID del tipo de problema (1-32 caracteres).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::RelationsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>El ID del caso (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The IAM group id (1-64 characters).</source>
        <translation>El ID del grupo de IAM (1-64 caracteres).</translation>
    </message>
    <message>
        <source>Related cases: a case is related to at most 3 others.</source>
        <translation>Casos relacionados: un caso puede estar relacionado con 3 casos más como máximo.</translation>
    </message>
    <message>
        <source>List the cases related to a case (5.12.3).</source>
        <translation>Listar los casos relacionados con un caso (5.12.3).</translation>
    </message>
    <message>
        <source>Relate cases to a case (5.12.1).</source>
        <translation>Relacionar casos con un caso (5.12.1).</translation>
    </message>
    <message>
        <source>A case to relate (1-64 characters, not --case-id); 1-3 cases.</source>
        <translation>Un caso que relacionar (1-64 caracteres, distinto de --case-id); 1-3 casos.</translation>
    </message>
    <message>
        <source>The cases were related.</source>
        <translation>Se relacionaron los casos.</translation>
    </message>
    <message>
        <source>Remove the relation between two cases (5.12.2).</source>
        <translation>Quitar la relación entre dos casos (5.12.2).</translation>
    </message>
    <message>
        <source>The related case (1-64 characters, not --case-id).</source>
        <translation>El caso relacionado (1-64 caracteres, distinto de --case-id).</translation>
    </message>
    <message>
        <source>The relation was removed.</source>
        <translation>Se quitó la relación.</translation>
    </message>
</context>
<context>
    <name>osm::ui::AboutDialog</name>
    <message>
        <source>OSM Desk %1
Qt %2 (built with %3)
QtKeychain %4</source>
        <translation>OSM Desk %1
Qt %2 (compilado con %3)
QtKeychain %4</translation>
    </message>
    <message>
        <source>About OSM Desk</source>
        <translation>Acerca de OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>A desktop client for Huawei Cloud support cases through the OSM API.

OSM Desk is free software under the MIT licence. It uses Qt, under the GNU LGPL version 3, and QtKeychain, under the BSD 3-clause licence; the licence texts are installed with those libraries (on Debian in /usr/share/doc/&lt;package&gt;/copyright).</source>
        <translation>Un cliente de escritorio para los casos de soporte de Huawei Cloud a través de la API de OSM.

OSM Desk es software libre con licencia MIT. Usa Qt, con licencia GNU LGPL versión 3, y QtKeychain, con licencia BSD de 3 cláusulas; los textos de las licencias se instalan con esas bibliotecas (en Debian, en /usr/share/doc/&lt;paquete&gt;/copyright).</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nombre de la aplicación</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilter</name>
    <message>
        <source>created %1 to %2</source>
        <translation>creado del %1 al %2</translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>creado desde el %1</translation>
    </message>
    <message>
        <source>created until %1</source>
        <translation>creado hasta el %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>estado: %1</translation>
    </message>
    <message>
        <source>submitter: %1</source>
        <translation>solicitante: %1</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>etiqueta: %1</translation>
    </message>
    <message>
        <source>case ID: %1</source>
        <translation>ID del caso: %1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>descripción: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilterBar</name>
    <message>
        <source>Created &amp;from</source>
        <translation>Creado &amp;desde</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Limpiar filtros</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Case filters</source>
        <translation>Filtros de casos</translation>
    </message>
    <message>
        <source>Keywords in description</source>
        <translation>Palabras clave de la descripción</translation>
    </message>
    <message>
        <source>Search descriptions (up to three words)</source>
        <translation>Buscar en las descripciones (hasta tres palabras)</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ID del caso</translation>
    </message>
    <message>
        <source>Submitter ID</source>
        <translation>ID del solicitante</translation>
    </message>
    <message>
        <source>Sub-user ID</source>
        <translation>ID de subusuario</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Filtro de etiqueta</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creado desde</translation>
    </message>
    <message>
        <source>Created from date</source>
        <translation>Fecha inicial de creación</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Creado hasta</translation>
    </message>
    <message>
        <source>Created until date</source>
        <translation>Fecha final de creación</translation>
    </message>
    <message>
        <source>Show every case again (%1)</source>
        <translation>Volver a mostrar todos los casos (%1)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpiar filtros</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>Filtro actual</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>The selected view already lists one status.</source>
        <translation>La vista seleccionada ya muestra un solo estado.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n words of up to 64 characters each.</source>
        <translation>
            <numerusform>Como máximo %n palabra de hasta 64 caracteres.</numerusform>
            <numerusform>Como máximo %n palabras de hasta 64 caracteres cada una.</numerusform>
        </translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>Sin filtros</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Filtros: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseListModel</name>
    <message>
        <source>Case ID</source>
        <translation>ID del caso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Tipo de problema</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseViewsModel</name>
    <message>
        <source>My cases</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <source>Group cases</source>
        <translation>Casos del grupo</translation>
    </message>
    <message>
        <source>%1: choose the IAM group whose cases to list</source>
        <translation>%1: elija el grupo de IAM cuyos casos quiere ver</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1, %n caso</numerusform>
            <numerusform>%1, %n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n mensaje no leído</numerusform>
            <numerusform>%1, %n mensajes no leídos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseWindow</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Thread status</source>
        <translation>Estado de la conversación</translation>
    </message>
    <message>
        <source>Reload messages</source>
        <translation>Recargar mensajes</translation>
    </message>
    <message>
        <source>Messages and reply</source>
        <translation>Mensajes y respuesta</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Cargando mensajes…</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>No se pudieron cargar los mensajes: %1</translation>
    </message>
    <message>
        <source>New messages cannot be checked right now. %1</source>
        <translation>En este momento no se pueden comprobar los mensajes nuevos. %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>The message could not be withdrawn: %1</source>
        <translation>No se pudo retirar el mensaje: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ComposeBox</name>
    <message>
        <source>&amp;Retry</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>&amp;Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Re&amp;move File</source>
        <translation>&amp;Quitar archivo</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Compose message</source>
        <translation>Redactar mensaje</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Error de envío</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Reintentar el envío</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send.</source>
        <translation>Pulse Ctrl+Enter para enviar.</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Escriba una respuesta… (Ctrl+Enter para enviar)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Remove the selected attached file</source>
        <translation>Quitar el archivo adjunto seleccionado</translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation>Caracteres restantes</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A staged attachment: file name and size, e.g. &quot;log.zip (1.2 MB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>No se envió el mensaje: %1</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Adjuntar archivos</translation>
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
        <translation>Casos</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Cargando casos…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>&amp;Cuenta…</translation>
    </message>
    <message>
        <source>Edit this account&apos;s name, endpoint and credentials</source>
        <translation>Editar el nombre, el punto de conexión y las credenciales de esta cuenta</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Forget this account&apos;s stored secret and sign in again</source>
        <translation>Olvidar el secreto guardado de esta cuenta y volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Read the case list and the counts again (%1)</source>
        <translation>Volver a cargar la lista de casos y los recuentos (%1)</translation>
    </message>
    <message>
        <source>Group Cases</source>
        <translation>Casos del grupo</translation>
    </message>
    <message>
        <source>ID of the IAM group whose cases to list:</source>
        <translation>ID del grupo de IAM cuyos casos se mostrarán:</translation>
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
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Automated answer</source>
        <translation>Respuesta automática</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Información solicitada</translation>
    </message>
    <message>
        <source>Authorization requested</source>
        <translation>Autorización solicitada</translation>
    </message>
    <message>
        <source>Open authorization</source>
        <translation>Abrir autorización</translation>
    </message>
    <message>
        <source>Provide parameters</source>
        <translation>Indicar parámetros</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadModel</name>
    <message>
        <source>This message was withdrawn.</source>
        <translation>Se retiró este mensaje.</translation>
    </message>
    <message>
        <source>Support: %1, %2: %3</source>
        <translation>Soporte: %1, %2: %3</translation>
    </message>
    <message>
        <source>Customer: %1, %2: %3</source>
        <translation>Cliente: %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n archivo adjunto.</numerusform>
            <numerusform>%n archivos adjuntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending.</source>
        <translation>Enviando.</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>The conversation of this case, oldest first.</source>
        <translation>La conversación de este caso, con los mensajes más antiguos primero.</translation>
    </message>
    <message>
        <source>Withdraw Message</source>
        <translation>Retirar mensaje</translation>
    </message>
    <message>
        <source>Withdraw this message? Support will no longer see its text.</source>
        <translation>¿Desea retirar este mensaje? El equipo de soporte ya no podrá ver su texto.</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Acciones del mensaje</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>&amp;Withdraw Message…</source>
        <translation>&amp;Retirar mensaje…</translation>
    </message>
</context>
<context>
    <name>osm::ui::ProfileDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Advertencia del llavero</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>e.g. Production account</source>
        <extracomment>Placeholder of the account name field</extracomment>
        <translation>p. ej., Cuenta de producción</translation>
    </message>
    <message>
        <source>Account name problem</source>
        <translation>Problema con el nombre de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sitio:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Custom endpoint…</source>
        <translation>Punto de conexión personalizado…</translation>
    </message>
    <message>
        <source>Site addresses</source>
        <translation>Direcciones del sitio</translation>
    </message>
    <message>
        <source>&amp;OSM URL:</source>
        <translation>URL de &amp;OSM:</translation>
    </message>
    <message>
        <source>OSM URL</source>
        <translation>URL de OSM</translation>
    </message>
    <message>
        <source>https://osm.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://osm.example.com o http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>OSM URL problem</source>
        <translation>Problema con la URL de OSM</translation>
    </message>
    <message>
        <source>&amp;IAM URL:</source>
        <translation>URL de &amp;IAM:</translation>
    </message>
    <message>
        <source>IAM URL</source>
        <translation>URL de IAM</translation>
    </message>
    <message>
        <source>https://iam.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://iam.example.com o http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>IAM URL problem</source>
        <translation>Problema con la URL de IAM</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>&amp;Método de inicio de sesión:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>Clave de acceso (AK/SK)</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>Usuario de IAM y contraseña</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>Datos de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>Clave de &amp;acceso (AK):</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clave de acceso</translation>
    </message>
    <message>
        <source>Access key problem</source>
        <translation>Problema con la clave de acceso</translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation>Clave s&amp;ecreta (SK):</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>Secret key problem</source>
        <translation>Problema con la clave secreta</translation>
    </message>
    <message>
        <source>&amp;Domain ID:</source>
        <translation>ID de &amp;dominio:</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>ID de dominio</translation>
    </message>
    <message>
        <source>Looked up automatically when empty</source>
        <translation>Se busca automáticamente si está vacío</translation>
    </message>
    <message>
        <source>&amp;Temporary key (with a security token)</source>
        <translation>Clave &amp;temporal (con token de seguridad)</translation>
    </message>
    <message>
        <source>Temporary key</source>
        <translation>Clave temporal</translation>
    </message>
    <message>
        <source>Security to&amp;ken:</source>
        <translation>To&amp;ken de seguridad:</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>Token de seguridad</translation>
    </message>
    <message>
        <source>Security token problem</source>
        <translation>Problema con el token de seguridad</translation>
    </message>
    <message>
        <source>A&amp;ccount name:</source>
        <extracomment>The Huawei Cloud account that the IAM user belongs to</extracomment>
        <translation>Nombre de la c&amp;uenta:</translation>
    </message>
    <message>
        <source>Account (domain) name</source>
        <translation>Nombre de la cuenta (dominio)</translation>
    </message>
    <message>
        <source>The Huawei Cloud account (domain) that the IAM user belongs to</source>
        <translation>La cuenta de Huawei Cloud (dominio) a la que pertenece el usuario de IAM</translation>
    </message>
    <message>
        <source>IAM &amp;user name:</source>
        <translation>Nombre de usua&amp;rio de IAM:</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>Nombre de usuario de IAM</translation>
    </message>
    <message>
        <source>IAM user name problem</source>
        <translation>Problema con el nombre de usuario de IAM</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Problema con la contraseña</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>ID de pro&amp;yecto:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID de proyecto</translation>
    </message>
    <message>
        <source>Optional; the account is the scope when empty</source>
        <translation>Opcional; si está vacío, el ámbito es la cuenta</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Secret</source>
        <translation>&amp;Olvidar el secreto guardado</translation>
    </message>
    <message>
        <source>Forget stored secret</source>
        <translation>Olvidar el secreto guardado</translation>
    </message>
    <message>
        <source>Remove this account&apos;s secret from the keychain; you will have to enter it again</source>
        <translation>Quitar el secreto de esta cuenta del llavero; tendrá que volver a introducirlo</translation>
    </message>
    <message>
        <source>OSM %1 · IAM %2</source>
        <extracomment>%1 and %2 are the OSM and IAM addresses of the chosen site</extracomment>
        <translation>OSM %1 · IAM %2</translation>
    </message>
    <message>
        <source>No secret is stored; enter it</source>
        <translation>No hay ningún secreto guardado; introdúzcalo</translation>
    </message>
    <message>
        <source>Unchanged; type to replace</source>
        <translation>Sin cambios; escriba para reemplazarlo</translation>
    </message>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Introduzca un nombre para esta cuenta.</translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;.</source>
        <extracomment>%1 is an account name</extracomment>
        <translation>Ya hay otra cuenta llamada «%1».</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>Introduzca la dirección.</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>Introduzca la clave de acceso (AK).</translation>
    </message>
    <message>
        <source>An access key has no spaces.</source>
        <translation>Una clave de acceso no contiene espacios.</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>Introduzca la clave secreta (SK).</translation>
    </message>
    <message>
        <source>A temporary key needs its security token.</source>
        <translation>Una clave temporal necesita su token de seguridad.</translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation>Introduzca el nombre de la cuenta (dominio).</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>Introduzca el nombre de usuario de IAM.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Introduzca la contraseña.</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>Guardando el secreto en el llavero…</translation>
    </message>
    <message>
        <source>The secret will be forgotten when OSM Desk quits: it could not be stored in the keychain, so it is kept in memory for this session only. You will have to enter it again next time.
%1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>El secreto se olvidará al cerrar OSM Desk: no se pudo guardar en el llavero, así que se conserva en memoria solo durante esta sesión. Tendrá que volver a introducirlo la próxima vez.
%1</translation>
    </message>
    <message>
        <source>The secret could not be saved, so the account was not saved either. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>No se pudo guardar el secreto, así que tampoco se guardó la cuenta. %1</translation>
    </message>
    <message>
        <source>Removing the secret from the keychain…</source>
        <translation>Quitando el secreto del llavero…</translation>
    </message>
    <message>
        <source>The secret could not be removed. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>No se pudo quitar el secreto. %1</translation>
    </message>
    <message>
        <source>The stored secret was removed. Enter it again to sign in with this account.</source>
        <translation>Se quitó el secreto guardado. Vuelva a introducirlo para iniciar sesión con esta cuenta.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>osm::ui::RichTextSanitizer</name>
    <message>
        <source>This message is too long to show in full; the rest was left out.</source>
        <translation>Este mensaje es demasiado largo para mostrarlo completo; se omitió el resto.</translation>
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
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>Elegir &amp;grupo de IAM…</translation>
    </message>
</context>
</TS>
