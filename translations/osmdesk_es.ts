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
    <name>osm::CaseWriteSender</name>
    <message>
        <source>This queued change cannot be read. Discard it and make it again.</source>
        <translation>No se puede leer este cambio en cola. Descártelo y vuelva a hacerlo.</translation>
    </message>
</context>
<context>
    <name>osm::CreateCaseSender</name>
    <message>
        <source>A staged file of this case is missing.</source>
        <translation>Falta un archivo preparado para este caso.</translation>
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
    <message>
        <source>The connection was lost while the server was answering. Check whether the change was made before you try again.</source>
        <translation>Se perdió la conexión mientras el servidor respondía. Compruebe si el cambio se aplicó antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to be read safely and was refused.</source>
        <translation>La respuesta del servidor era demasiado grande para leerla de forma segura y se rechazó.</translation>
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
    <name>osm::MessageSender</name>
    <message>
        <source>A staged file of this message is missing.</source>
        <translation>Falta un archivo preparado para este mensaje.</translation>
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
    <name>osm::app::DemoMenu</name>
    <message>
        <source>The simulator cannot listen on port %1 again: another program took it.</source>
        <translation>El simulador no puede volver a escuchar en el puerto %1: otro programa lo está usando.</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <extracomment>The menu of osmdesk --demo, which runs against the built-in simulator</extracomment>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>S&amp;top Simulator</source>
        <translation>De&amp;tener simulador</translation>
    </message>
    <message>
        <source>Take the built-in simulator away, as if the server could not be reached: OSM Desk works from what it saved and keeps your replies until the simulator is back</source>
        <translation>Retirar el simulador integrado, como si no se pudiera acceder al servidor: OSM Desk trabaja con lo que guardó y conserva sus respuestas hasta que el simulador vuelva</translation>
    </message>
    <message>
        <source>&amp;Start Simulator</source>
        <translation>&amp;Iniciar simulador</translation>
    </message>
    <message>
        <source>Bring the built-in simulator back, with the same data</source>
        <translation>Volver a poner en marcha el simulador integrado, con los mismos datos</translation>
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
    <message>
        <source>The data saved on this computer for this account could not be read, so OSM Desk started a new local database. Cases and messages are read again from the server.

The old file was kept here:
%1</source>
        <translation>No se pudieron leer los datos guardados en este equipo para esta cuenta, por lo que OSM Desk creó una base de datos local nueva. Los casos y los mensajes se vuelven a leer del servidor.

El archivo anterior se conservó aquí:
%1</translation>
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
    <name>osm::ctl::AgreementsCommands</name>
    <message>
        <source>0 new case, normal user (the default); 1 new case, ISV user; 2 authorization.</source>
        <translation>0 caso nuevo, usuario normal (predeterminado); 1 caso nuevo, usuario ISV; 2 autorización.</translation>
    </message>
    <message>
        <source>The agreements to sign before creating a case: published, signed-latest, sign.</source>
        <translation>Los acuerdos que hay que firmar antes de crear un caso: published, signed-latest, sign.</translation>
    </message>
    <message>
        <source>Show the latest published agreement of a type (5.1.1).</source>
        <translation>Mostrar el último acuerdo publicado de un tipo (5.1.1).</translation>
    </message>
    <message>
        <source>Tell whether the account signed the latest agreement of a type (5.1.2).</source>
        <translation>Indicar si la cuenta firmó el último acuerdo de un tipo (5.1.2).</translation>
    </message>
    <message>
        <source>Sign a published agreement (5.1.3); prints the record id &quot;cases create&quot; takes as --agreement-signed-record-id.</source>
        <translation>Firmar un acuerdo publicado (5.1.3); muestra el ID de registro que «cases create» acepta como --agreement-signed-record-id.</translation>
    </message>
    <message>
        <source>The agreement&apos;s id, as &quot;agreements published&quot; shows it (1-2147483647).</source>
        <translation>El ID del acuerdo, tal como lo muestra «agreements published» (1-2147483647).</translation>
    </message>
    <message>
        <source>A relation id (1-32 characters).</source>
        <translation>Un ID de relación (1-32 caracteres).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AttachmentsCommands</name>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>no se puede leer el archivo (%1).</translation>
    </message>
    <message>
        <source>The IAM group, for an attachment of another member&apos;s case (at most 64 characters).</source>
        <translation>El grupo de IAM, para un archivo adjunto del caso de otro miembro (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Save as this file (replaced if it exists).</source>
        <translation>Guardar como este archivo (se reemplaza si existe).</translation>
    </message>
    <message>
        <source>Save into this folder under the server&apos;s file name, made safe and unique (default: the current folder).</source>
        <translation>Guardar en esta carpeta con el nombre de archivo del servidor, saneado y único (predeterminado: la carpeta actual).</translation>
    </message>
    <message>
        <source>Attachments: upload, download, image, delete, limits, download links.</source>
        <translation>Archivos adjuntos: cargar, descargar, imagen, eliminar, límites, enlaces de descarga.</translation>
    </message>
    <message>
        <source>Upload a file for a new case or a message (5.5.1); prints its id.</source>
        <translation>Cargar un archivo para un caso nuevo o un mensaje (5.5.1); muestra su ID.</translation>
    </message>
    <message>
        <source>The local file to upload.</source>
        <translation>El archivo local que se cargará.</translation>
    </message>
    <message>
        <source>The name the server keeps (1-512 characters; default the file&apos;s own name).</source>
        <translation>El nombre que guarda el servidor (1-512 caracteres; predeterminado: el nombre del propio archivo).</translation>
    </message>
    <message>
        <source>incident (for a new case, the default) or message.</source>
        <translation>incident (para un caso nuevo, predeterminado) o message.</translation>
    </message>
    <message>
        <source>0 (the default) or 1 (markdown mode).</source>
        <translation>0 (predeterminado) o 1 (modo markdown).</translation>
    </message>
    <message>
        <source>Send the content Base64-encoded in a JSON body (5.5.2) instead of a streamed multipart upload; the file is read into memory.</source>
        <translation>Enviar el contenido codificado en Base64 en un cuerpo JSON (5.5.2) en lugar de una carga multipart en flujo; el archivo se lee en memoria.</translation>
    </message>
    <message>
        <source>Download attachments (5.5.4); several come as one archive.</source>
        <translation>Descargar archivos adjuntos (5.5.4); si son varios, llegan en un único archivo comprimido.</translation>
    </message>
    <message>
        <source>An attachment id (1-32 characters); 340 characters in all at most.</source>
        <translation>Un ID de archivo adjunto (1-32 caracteres); como máximo 340 caracteres en total.</translation>
    </message>
    <message>
        <source>Download an image attachment as it is displayed (5.5.5).</source>
        <translation>Descargar un archivo adjunto de imagen tal como se muestra (5.5.5).</translation>
    </message>
    <message>
        <source>The attachment id (1-32 characters).</source>
        <translation>El ID del archivo adjunto (1-32 caracteres).</translation>
    </message>
    <message>
        <source>Delete an uploaded attachment that no case or message uses yet (5.5.3).</source>
        <translation>Eliminar un archivo adjunto cargado que todavía no use ningún caso ni mensaje (5.5.3).</translation>
    </message>
    <message>
        <source>The attachment was deleted.</source>
        <translation>Se eliminó el archivo adjunto.</translation>
    </message>
    <message>
        <source>Show how many files, how large and of which types may be attached (5.5.6).</source>
        <translation>Mostrar cuántos archivos, de qué tamaño y de qué tipos se pueden adjuntar (5.5.6).</translation>
    </message>
    <message>
        <source>Show temporary download links of attachments (5.2.1).</source>
        <translation>Mostrar enlaces de descarga temporales de archivos adjuntos (5.2.1).</translation>
    </message>
    <message>
        <source>An attachment id; 1-100.</source>
        <translation>Un ID de archivo adjunto; 1-100.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AuthorizationsCommands</name>
    <message>
        <source>The authorization&apos;s id (1-32 characters).</source>
        <translation>El ID de la autorización (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The id of an item of the authorization (authorization_detail_id, a whole number ≥ 0).</source>
        <translation>El ID de un elemento de la autorización (authorization_detail_id, un número entero ≥ 0).</translation>
    </message>
    <message>
        <source>The IAM group, for the authorizations of its other members (at most 64 characters).</source>
        <translation>El grupo de IAM, para las autorizaciones de sus demás miembros (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>false: keep the rich-text markup of the description (default true: plain text).</source>
        <translation>false: conservar el formato de texto enriquecido de la descripción (predeterminado true: texto sin formato).</translation>
    </message>
    <message>
        <source>The bastion-host session&apos;s id (session_id, from &quot;sessions&quot;).</source>
        <translation>El ID de la sesión del host bastión (session_id, de «sessions»).</translation>
    </message>
    <message>
        <source>0 newest first (default), 1 oldest first.</source>
        <translation>0 los más recientes primero (predeterminado), 1 los más antiguos primero.</translation>
    </message>
    <message>
        <source>Skip this many records (-1..65535, default 0).</source>
        <translation>Omitir este número de registros (-1..65535, predeterminado 0).</translation>
    </message>
    <message>
        <source>At most this many records (-1..100, default 10).</source>
        <translation>Como máximo este número de registros (-1..100, predeterminado 10).</translation>
    </message>
    <message>
        <source>The host&apos;s password (1-10240 characters). A command line is visible to other local users: leave it out to take the password from the environment variable OSM_HOST_PASSWORD.</source>
        <translation>La contraseña del host (1-10240 caracteres). Otros usuarios locales pueden ver la línea de comandos: omítala para tomar la contraseña de la variable de entorno OSM_HOST_PASSWORD.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>fecha-hora</translation>
    </message>
    <message>
        <source>--%1 expects epoch milliseconds or an ISO 8601 time, not &quot;%2&quot;.</source>
        <translation>--%1 espera milisegundos desde la época Unix o una hora ISO 8601, no «%2».</translation>
    </message>
    <message>
        <source>Agree from this time: epoch milliseconds or ISO 8601 (default now).</source>
        <translation>Aceptar desde esta hora: milisegundos desde la época Unix o ISO 8601 (predeterminado: ahora).</translation>
    </message>
    <message>
        <source>Agree until this time: epoch milliseconds or ISO 8601 (default a day later).</source>
        <translation>Aceptar hasta esta hora: milisegundos desde la época Unix o ISO 8601 (predeterminado: un día después).</translation>
    </message>
    <message>
        <source>Access requests of support engineers: list, show, agree, reject, revoke, check hosts, bastion-host records.</source>
        <translation>Solicitudes de acceso de los ingenieros de soporte: listar, mostrar, aceptar, rechazar, revocar, comprobar hosts, registros del host bastión.</translation>
    </message>
    <message>
        <source>List the authorization requests, with every filter of the API (5.6.6).</source>
        <translation>Listar las solicitudes de autorización, con todos los filtros de la API (5.6.6).</translation>
    </message>
    <message>
        <source>Those of this sub-user name (at most 64 characters).</source>
        <translation>Las del subusuario con este nombre (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Those of this case id (at most 32 characters).</source>
        <translation>Las del caso con este ID (como máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The status (-1..10): 0 pending, 1 agreed, 2 rejected, 3 expired, 4 withdrawn, 5 revoked.</source>
        <translation>El estado (-1..10): 0 pendiente, 1 aceptada, 2 rechazada, 3 caducada, 4 retirada, 5 revocada.</translation>
    </message>
    <message>
        <source>A part of the case&apos;s description (at most 64 characters).</source>
        <translation>Una parte de la descripción del caso (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Skip this many requests (0-65535, default 0).</source>
        <translation>Omitir este número de solicitudes (0-65535, predeterminado 0).</translation>
    </message>
    <message>
        <source>At most this many requests (1-100, default 10).</source>
        <translation>Como máximo este número de solicitudes (1-100, predeterminado 10).</translation>
    </message>
    <message>
        <source>Show an authorization request with its items (5.6.4).</source>
        <translation>Mostrar una solicitud de autorización con sus elementos (5.6.4).</translation>
    </message>
    <message>
        <source>Agree to an authorization request for a period (5.6.5).</source>
        <translation>Aceptar una solicitud de autorización durante un periodo (5.6.5).</translation>
    </message>
    <message>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <source>An item and what you supply for it: auth-detail-id=&lt;number&gt;[,port=&lt;1-65535&gt;][,account=&lt;text&gt;]; at most 6. An item with an account gets the password of OSM_HOST_PASSWORD.</source>
        <translation>Un elemento y lo que usted aporta para él: auth-detail-id=&lt;número&gt;[,port=&lt;1-65535&gt;][,account=&lt;texto&gt;]; como máximo 6. Un elemento con cuenta recibe la contraseña de OSM_HOST_PASSWORD.</translation>
    </message>
    <message>
        <source>--auth-detail-list expects &quot;auth-detail-id=&lt;number&gt;[,port=&lt;number&gt;][,account=&lt;text&gt;]&quot;, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; auth-detail-id, port and account are typed as they are</extracomment>
        <translation>--auth-detail-list espera «auth-detail-id=&lt;número&gt;[,port=&lt;número&gt;][,account=&lt;texto&gt;]», no «%1».</translation>
    </message>
    <message>
        <source>Agree for this agency (at most 64 characters).</source>
        <translation>Aceptar para esta agencia (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The authorization was agreed.</source>
        <translation>Se aceptó la autorización.</translation>
    </message>
    <message>
        <source>Reject a pending authorization request (5.6.2, action_id reject).</source>
        <translation>Rechazar una solicitud de autorización pendiente (5.6.2, action_id reject).</translation>
    </message>
    <message>
        <source>Why (1-300 characters).</source>
        <translation>El motivo (1-300 caracteres).</translation>
    </message>
    <message>
        <source>The authorization was rejected.</source>
        <translation>Se rechazó la autorización.</translation>
    </message>
    <message>
        <source>Revoke an agreed authorization (5.6.2, action_id cancel).</source>
        <translation>Revocar una autorización aceptada (5.6.2, action_id cancel).</translation>
    </message>
    <message>
        <source>The authorization was revoked.</source>
        <translation>Se revocó la autorización.</translation>
    </message>
    <message>
        <source>Check a host item&apos;s port, account and password (5.6.1).</source>
        <translation>Comprobar el puerto, la cuenta y la contraseña de un elemento de host (5.6.1).</translation>
    </message>
    <message>
        <source>The host&apos;s port (1-65535).</source>
        <translation>El puerto del host (1-65535).</translation>
    </message>
    <message>
        <source>The host account (1-64 characters).</source>
        <translation>La cuenta del host (1-64 caracteres).</translation>
    </message>
    <message>
        <source>The port, account and password of the host are right.</source>
        <translation>El puerto, la cuenta y la contraseña del host son correctos.</translation>
    </message>
    <message>
        <source>Show how you signed in: ASSUMED, FEDERATION… (5.6.3).</source>
        <translation>Mostrar cómo inició sesión: ASSUMED, FEDERATION… (5.6.3).</translation>
    </message>
    <message>
        <source>List the bastion-host sessions on an authorized item (5.6.8).</source>
        <translation>Listar las sesiones del host bastión en un elemento autorizado (5.6.8).</translation>
    </message>
    <message>
        <source>List the commands run in a bastion-host session (5.6.7).</source>
        <translation>Listar los comandos ejecutados en una sesión del host bastión (5.6.7).</translation>
    </message>
    <message>
        <source>List the file transfers of a bastion-host session (5.6.9).</source>
        <translation>Listar las transferencias de archivos de una sesión del host bastión (5.6.9).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false: conservar el formato de texto enriquecido en descripciones y mensajes (predeterminado true: texto sin formato).</translation>
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
    <message>
        <source>--%1 expects KEY=VALUE or KEY:=JSON, not &quot;%2&quot;.</source>
        <translation>--%1 espera KEY=VALUE o KEY:=JSON, no «%2».</translation>
    </message>
    <message>
        <source>--%1: the value of %2 is not JSON.</source>
        <translation>--%1: el valor de %2 no es JSON.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a JSON object.</source>
        <translation>--%1: «%2» no es un objeto JSON.</translation>
    </message>
    <message>
        <source>--%1 expects SATISFACTION_ID=VALUE (two whole numbers) or a JSON object, not &quot;%2&quot;.</source>
        <translation>--%1 espera SATISFACTION_ID=VALUE (dos números enteros) o un objeto JSON, no «%2».</translation>
    </message>
    <message>
        <source>KEY=VALUE sends the value as text, KEY:=JSON as a JSON value (a number, true, an object).</source>
        <translation>KEY=VALUE envía el valor como texto, KEY:=JSON como valor JSON (un número, true, un objeto).</translation>
    </message>
    <message>
        <source>A rating: SATISFACTION_ID=VALUE (the ids of &quot;osmctl config satisfaction-dimensions&quot;), or a JSON object with satisfaction_id, satisfaction_value and the other fields of IncidentSatisfactionV2Do; at most 100.</source>
        <translation>Una valoración: SATISFACTION_ID=VALUE (los ID de «osmctl config satisfaction-dimensions») o un objeto JSON con satisfaction_id, satisfaction_value y los demás campos de IncidentSatisfactionV2Do; como máximo 100.</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs, create, act on (cancel, close, urge, delete), rate, export, contacts, additional parameters, regions.</source>
        <translation>Casos de soporte: listar, mostrar, contar, estado, registros, crear, actuar (cancelar, cerrar, reclamar, eliminar), valorar, exportar, contactos, parámetros adicionales, regiones.</translation>
    </message>
    <message>
        <source>Create a case (5.3.5); prints its id.</source>
        <translation>Crear un caso (5.3.5); muestra su ID.</translation>
    </message>
    <message>
        <source>The problem type id, from &quot;osmctl config problem-types&quot; (at most 512 characters).</source>
        <translation>El ID del tipo de problema, de «osmctl config problem-types» (como máximo 512 caracteres).</translation>
    </message>
    <message>
        <source>The description of the problem (at most 2000 characters).</source>
        <translation>La descripción del problema (como máximo 2000 caracteres).</translation>
    </message>
    <message>
        <source>The case sub-type id, from &quot;osmctl config categories&quot; (at most 32 characters).</source>
        <translation>El ID del subtipo de caso, de «osmctl config categories» (como máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The region id (at most 64 characters); needed when the problem type&apos;s case_type is 5.</source>
        <translation>El ID de la región (como máximo 64 caracteres); necesario cuando el case_type del tipo de problema es 5.</translation>
    </message>
    <message>
        <source>The case source (at most 32 characters; default the fixed value the reference gives).</source>
        <translation>El origen del caso (como máximo 32 caracteres; predeterminado: el valor fijo que indica la referencia).</translation>
    </message>
    <message>
        <source>The mobile number for reminders (at most 32 characters).</source>
        <translation>El número de móvil para los avisos (como máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (at most 128 characters).</source>
        <translation>La dirección de correo electrónico para los avisos (como máximo 128 caracteres).</translation>
    </message>
    <message>
        <source>When reminders may come (at most 16 characters).</source>
        <translation>Cuándo pueden llegar los avisos (como máximo 16 caracteres).</translation>
    </message>
    <message>
        <source>The project id (at most 64 characters).</source>
        <translation>El ID del proyecto (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>An id &quot;osmctl attachments upload&quot; printed; at most 100.</source>
        <translation>Un ID que mostró «osmctl attachments upload»; como máximo 100.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clave=valor</translation>
    </message>
    <message>
        <source>An additional parameter of the problem type (&quot;osmctl config extends-params&quot;); at most 100, keys at most 32 characters.</source>
        <translation>Un parámetro adicional del tipo de problema («osmctl config extends-params»); como máximo 100, con claves de 32 caracteres como máximo.</translation>
    </message>
    <message>
        <source>An extension parameter, such as remindCCEmail=a@example.org,b@example.org; at most 100, keys at most 32 characters.</source>
        <translation>Un parámetro de extensión, como remindCCEmail=a@example.org,b@example.org; como máximo 100, con claves de 32 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The severity id, from &quot;osmctl config severities&quot; (at most 64 characters).</source>
        <translation>El ID de la gravedad, de «osmctl config severities» (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The code sent to a contact that is not registered (&quot;osmctl verify send&quot;; at most 6 characters).</source>
        <translation>El código enviado a un contacto no registrado («osmctl verify send»; como máximo 6 caracteres).</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (at most 32 characters).</source>
        <translation>El prefijo telefónico del país del número de móvil (como máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>IncidentService (a case) or IntelligentCustomerService (online service).</source>
        <translation>IncidentService (un caso) o IntelligentCustomerService (servicio en línea).</translation>
    </message>
    <message>
        <source>A session id (at most 64 characters); at most 5.</source>
        <translation>Un ID de sesión (como máximo 64 caracteres); como máximo 5.</translation>
    </message>
    <message>
        <source>The record &quot;osmctl agreements sign&quot; printed.</source>
        <translation>El registro que mostró «osmctl agreements sign».</translation>
    </message>
    <message>
        <source>What the user said to the assistant to ask for a human (online service).</source>
        <translation>Lo que el usuario dijo al asistente para pedir una persona (servicio en línea).</translation>
    </message>
    <message>
        <source>The assistant the case comes from: 0, 1 or 2.</source>
        <translation>El asistente del que procede el caso: 0, 1 o 2.</translation>
    </message>
    <message>
        <source>Cancel, close, urge or delete a case (5.3.8); a close may carry a rating.</source>
        <translation>Cancelar, cerrar, reclamar o eliminar un caso (5.3.8); al cerrarlo se puede incluir una valoración.</translation>
    </message>
    <message>
        <source>cancel, close, press (urge the engineers) or delete.</source>
        <translation>cancel, close, press (reclamar a los ingenieros) o delete.</translation>
    </message>
    <message>
        <source>--action expects cancel, close, press or delete, not &quot;%1&quot;.</source>
        <translation>--action espera cancel, close, press o delete, no «%1».</translation>
    </message>
    <message>
        <source>Why (at most 400 characters).</source>
        <translation>El motivo (como máximo 400 caracteres).</translation>
    </message>
    <message>
        <source>With close: a comment on how the case was handled (at most 400 characters).</source>
        <translation>Con close: un comentario sobre cómo se atendió el caso (como máximo 400 caracteres).</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>valoración</translation>
    </message>
    <message>
        <source>With close:</source>
        <translation>Con close:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Rate a case (5.3.6).</source>
        <translation>Valorar un caso (5.3.6).</translation>
    </message>
    <message>
        <source>A comment on how the case was handled (at most 400 characters; default empty).</source>
        <translation>Un comentario sobre cómo se atendió el caso (como máximo 400 caracteres; predeterminado: vacío).</translation>
    </message>
    <message>
        <source>The rating was sent.</source>
        <translation>Se envió la valoración.</translation>
    </message>
    <message>
        <source>Export the cases matching the filters to a file (5.3.7); its language follows --language.</source>
        <translation>Exportar a un archivo los casos que cumplen los filtros (5.3.7); su idioma es el de --language.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>El archivo que se escribirá (se reemplaza si existe).</translation>
    </message>
    <message>
        <source>A case id; 3400 characters in all at most.</source>
        <translation>Un ID de caso; como máximo 3400 caracteres en total.</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters).</source>
        <translation>Una palabra clave de la descripción (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The user id (at most 64 characters).</source>
        <translation>El ID del usuario (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>A source id; at most 100.</source>
        <translation>Un ID de origen; como máximo 100.</translation>
    </message>
    <message>
        <source>The service type of the case (at most 32 characters).</source>
        <translation>El tipo de servicio del caso (como máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The time zone of the file&apos;s times, such as GMT+8 (at most 32 characters).</source>
        <translation>La zona horaria de las horas del archivo, como GMT+8 (como máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>Skip this many cases (-1-65535).</source>
        <translation>Omitir este número de casos (-1-65535).</translation>
    </message>
    <message>
        <source>At most this many cases (-1-100; -1: all).</source>
        <translation>Como máximo este número de casos (-1-100; -1: todos).</translation>
    </message>
    <message>
        <source>Change who is reminded about a case, and how (5.3.1).</source>
        <translation>Cambiar a quién se avisa sobre un caso y cómo (5.3.1).</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (1-32 characters).</source>
        <translation>El prefijo telefónico del país del número de móvil (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The mobile number for reminders (1-32 characters).</source>
        <translation>El número de móvil para los avisos (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (1-128 characters).</source>
        <translation>La dirección de correo electrónico para los avisos (1-128 caracteres).</translation>
    </message>
    <message>
        <source>When reminders may come (1-16 characters).</source>
        <translation>Cuándo pueden llegar los avisos (1-16 caracteres).</translation>
    </message>
    <message>
        <source>contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>contactType, remindCCEmail, remindEncryptCCEmail o isReceiveMsgRemind.</translation>
    </message>
    <message>
        <source>The contact information was changed.</source>
        <translation>Se cambiaron los datos de contacto.</translation>
    </message>
    <message>
        <source>List the additional parameters given for a case (5.3.2).</source>
        <translation>Listar los parámetros adicionales indicados para un caso (5.3.2).</translation>
    </message>
    <message>
        <source>The case id (1-64 characters).</source>
        <translation>El ID del caso (1-64 caracteres).</translation>
    </message>
    <message>
        <source>Give additional parameters for a case, as an engineer asked (5.3.3).</source>
        <translation>Indicar parámetros adicionales para un caso, según lo pidió un ingeniero (5.3.3).</translation>
    </message>
    <message>
        <source>A parameter (the param_key of &quot;osmctl config extends-params&quot;); 1-100.</source>
        <translation>Un parámetro (el param_key de «osmctl config extends-params»); 1-100.</translation>
    </message>
    <message>
        <source>The message that asked for them (1-64 characters).</source>
        <translation>El mensaje que los solicitó (1-64 caracteres).</translation>
    </message>
    <message>
        <source>The additional parameters were sent.</source>
        <translation>Se enviaron los parámetros adicionales.</translation>
    </message>
    <message>
        <source>List the regions associated with the account (5.3.4).</source>
        <translation>Listar las regiones asociadas a la cuenta (5.3.4).</translation>
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
    <name>osm::ctl::ConfigurationsCommands</name>
    <message>
        <source>Configuration items of the service, by key.</source>
        <translation>Elementos de configuración del servicio, por clave.</translation>
    </message>
    <message>
        <source>Show a configuration item (5.14.1).</source>
        <translation>Mostrar un elemento de configuración (5.14.1).</translation>
    </message>
    <message>
        <source>The item&apos;s key (1-128 characters), e.g. case.create-case.diagnose-list.</source>
        <translation>La clave del elemento (1-128 caracteres), p. ej., case.create-case.diagnose-list.</translation>
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
    <name>osm::ctl::DiagnoseCommands</name>
    <message>
        <source>The diagnosis: 1 ECS, 2 RDS, 3 remote login, 4 network health.</source>
        <translation>El diagnóstico: 1 ECS, 2 RDS, 3 inicio de sesión remoto, 4 estado de la red.</translation>
    </message>
    <message>
        <source>The region (region_id), e.g. cn-south-1.</source>
        <translation>La región (region_id), p. ej., cn-south-1.</translation>
    </message>
    <message>
        <source>The diagnosis job&apos;s id (at most 64 characters).</source>
        <translation>El ID de la tarea de diagnóstico (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>One-click diagnosis: pick a VM, start a diagnosis, follow it, read its advice, past diagnoses.</source>
        <translation>Diagnóstico con un clic: elegir una VM, iniciar un diagnóstico, seguirlo, leer sus recomendaciones, diagnósticos anteriores.</translation>
    </message>
    <message>
        <source>List the VMs of a project that can be diagnosed (5.15.6).</source>
        <translation>Listar las VM de un proyecto que se pueden diagnosticar (5.15.6).</translation>
    </message>
    <message>
        <source>The project id.</source>
        <translation>El ID del proyecto.</translation>
    </message>
    <message>
        <source>Only the VMs of this region.</source>
        <translation>Solo las VM de esta región.</translation>
    </message>
    <message>
        <source>The page, counted from 1 (default 1).</source>
        <translation>La página, contando desde 1 (predeterminado 1).</translation>
    </message>
    <message>
        <source>VMs per page (1-100, default 5).</source>
        <translation>VM por página (1-100, predeterminado 5).</translation>
    </message>
    <message>
        <source>Only the VM with this id.</source>
        <translation>Solo la VM con este ID.</translation>
    </message>
    <message>
        <source>Only the VM with this IP address.</source>
        <translation>Solo la VM con esta dirección IP.</translation>
    </message>
    <message>
        <source>Only the VMs whose name contains this.</source>
        <translation>Solo las VM cuyo nombre contenga este texto.</translation>
    </message>
    <message>
        <source>Start a diagnosis; prints its job_id (5.15.5).</source>
        <translation>Iniciar un diagnóstico; muestra su job_id (5.15.5).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clave=valor</translation>
    </message>
    <message>
        <source>What to diagnose: vm_id=&lt;id&gt; or eip=&lt;address&gt; (ECS, remote login), instanceId=&lt;id&gt; (RDS).</source>
        <translation>Qué diagnosticar: vm_id=&lt;id&gt; o eip=&lt;dirección&gt; (ECS, inicio de sesión remoto), instanceId=&lt;id&gt; (RDS).</translation>
    </message>
    <message>
        <source>--params expects key=value, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; key=value is typed as it is</extracomment>
        <translation>--params espera key=value, no «%1».</translation>
    </message>
    <message>
        <source>Show how far a diagnosis got, item by item (5.15.3).</source>
        <translation>Mostrar el progreso de un diagnóstico, elemento por elemento (5.15.3).</translation>
    </message>
    <message>
        <source>Show the findings and advice of checks of a diagnosis (5.15.2).</source>
        <translation>Mostrar los hallazgos y las recomendaciones de las comprobaciones de un diagnóstico (5.15.2).</translation>
    </message>
    <message>
        <source>A check id (at most 64 characters); at most 100.</source>
        <translation>Un ID de comprobación (como máximo 64 caracteres); como máximo 100.</translation>
    </message>
    <message>
        <source>List past diagnoses, newest first (5.15.4).</source>
        <translation>Listar los diagnósticos anteriores, los más recientes primero (5.15.4).</translation>
    </message>
    <message>
        <source>Diagnoses per page (1-100, default 10).</source>
        <translation>Diagnósticos por página (1-100, predeterminado 10).</translation>
    </message>
    <message>
        <source>The diagnosis: 1 ECS (default), 2 RDS, 3 remote login, 4 network health.</source>
        <translation>El diagnóstico: 1 ECS (predeterminado), 2 RDS, 3 inicio de sesión remoto, 4 estado de la red.</translation>
    </message>
    <message>
        <source>Say whether your latest diagnosis of a type helped (5.15.1).</source>
        <translation>Indicar si su último diagnóstico de un tipo le resultó útil (5.15.1).</translation>
    </message>
    <message>
        <source>Whether it helped.</source>
        <translation>Si resultó útil.</translation>
    </message>
    <message>
        <source>Your comment (at most 10000 characters).</source>
        <translation>Su comentario (como máximo 10000 caracteres).</translation>
    </message>
    <message>
        <source>Thank you: the feedback was sent.</source>
        <translation>Gracias: se envió su opinión.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FeedbackCommands</name>
    <message>
        <source>Report an intellectual-property infringement or illegal information on Huawei Cloud.</source>
        <translation>Denunciar una infracción de propiedad intelectual o información ilegal en Huawei Cloud.</translation>
    </message>
    <message>
        <source>Report an infringement or illegal information (5.16.1).</source>
        <translation>Denunciar una infracción o información ilegal (5.16.1).</translation>
    </message>
    <message>
        <source>What is reported: infringement or illegal.</source>
        <translation>Qué se denuncia: infringement (infracción) o illegal (información ilegal).</translation>
    </message>
    <message>
        <source>&quot;&lt;product or service&gt;; &lt;website URL&gt;&quot; (at most 2048 characters).</source>
        <translation>«&lt;producto o servicio&gt;; &lt;URL del sitio web&gt;» (como máximo 2048 caracteres).</translation>
    </message>
    <message>
        <source>What is reported (1-5000 characters).</source>
        <translation>Lo que se denuncia (1-5000 caracteres).</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); 1-3.</source>
        <translation>El ID de un archivo adjunto ya cargado (1-32 caracteres); 1-3.</translation>
    </message>
    <message>
        <source>For illegal information: sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack or spam.</source>
        <translation>Para información ilegal (valores tal cual): sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack o spam.</translation>
    </message>
    <message>
        <source>The reported party or merchant (at most 255 characters).</source>
        <translation>La parte o el comerciante denunciados (como máximo 255 caracteres).</translation>
    </message>
    <message>
        <source>The infringing product or service (at most 255 characters).</source>
        <translation>El producto o servicio infractor (como máximo 255 caracteres).</translation>
    </message>
    <message>
        <source>The infringed right (ip.ip_type, required for infringement): copyright, trademark, patent or other.</source>
        <translation>El derecho infringido (ip.ip_type, obligatorio para infringement): copyright, trademark, patent u other.</translation>
    </message>
    <message>
        <source>Where the right is registered (ip.ip_area, at most 128 characters).</source>
        <translation>Dónde está registrado el derecho (ip.ip_area, como máximo 128 caracteres).</translation>
    </message>
    <message>
        <source>The registration or application number (ip.ip_number, at most 512 characters).</source>
        <translation>El número de registro o de solicitud (ip.ip_number, como máximo 512 caracteres).</translation>
    </message>
    <message>
        <source>The right, in short (ip.ip_content, required for infringement, at most 5000 characters).</source>
        <translation>El derecho, en resumen (ip.ip_content, obligatorio para infringement, como máximo 5000 caracteres).</translation>
    </message>
    <message>
        <source>An attachment id proving the right (ip.ip_files); at most 3.</source>
        <translation>El ID de un archivo adjunto que acredita el derecho (ip.ip_files); como máximo 3.</translation>
    </message>
    <message>
        <source>Your name (contacts.name, required for infringement, at most 512 characters).</source>
        <translation>Su nombre (contacts.name, obligatorio para infringement, como máximo 512 caracteres).</translation>
    </message>
    <message>
        <source>Your mobile number (contacts.mobile, required for infringement, at most 32 characters).</source>
        <translation>Su número de móvil (contacts.mobile, obligatorio para infringement, como máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>Your e-mail address (contacts.mail, required for infringement, at most 128 characters).</source>
        <translation>Su dirección de correo electrónico (contacts.mail, obligatorio para infringement, como máximo 128 caracteres).</translation>
    </message>
    <message>
        <source>Your country or region (contacts.area, at most 128 characters).</source>
        <translation>Su país o región (contacts.area, como máximo 128 caracteres).</translation>
    </message>
    <message>
        <source>Your address (contacts.address, at most 512 characters).</source>
        <translation>Su dirección postal (contacts.address, como máximo 512 caracteres).</translation>
    </message>
    <message>
        <source>Who reports (contacts.id_type): 10 enterprise, 20 individual, 21 authorized agent, 22 lawyer, 23 right owner.</source>
        <translation>Quién denuncia (contacts.id_type): 10 empresa, 20 particular, 21 agente autorizado, 22 abogado, 23 titular del derecho.</translation>
    </message>
    <message>
        <source>Your company (contacts.company_name, at most 512 characters).</source>
        <translation>Su empresa (contacts.company_name, como máximo 512 caracteres).</translation>
    </message>
    <message>
        <source>An attachment id proving your identity (contacts.id_files); at most 3.</source>
        <translation>El ID de un archivo adjunto que acredita su identidad (contacts.id_files); como máximo 3.</translation>
    </message>
    <message>
        <source>Another way to reach you (contacts.other_way, at most 512 characters).</source>
        <translation>Otra forma de contactar con usted (contacts.other_way, como máximo 512 caracteres).</translation>
    </message>
    <message>
        <source>An attachment id proving your authorisation (contacts.authorization_files); at most 3.</source>
        <translation>El ID de un archivo adjunto que acredita su autorización (contacts.authorization_files); como máximo 3.</translation>
    </message>
    <message>
        <source>The report was sent.</source>
        <translation>Se envió la denuncia.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FileTransfer</name>
    <message>
        <source>Uploading: %1 of %2</source>
        <extracomment>%1 and %2 are sizes such as &quot;1.5 MB&quot;</extracomment>
        <translation>Cargando: %1 de %2</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>Descargando: %1 de %2</translation>
    </message>
    <message>
        <source>Uploading: %1</source>
        <extracomment>%1 is a size such as &quot;1.5 MB&quot;</extracomment>
        <translation>Cargando: %1</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>Descargando: %1</translation>
    </message>
    <message>
        <source>give either --output or --dir, not both.</source>
        <translation>indique --output o --dir, no ambos.</translation>
    </message>
    <message>
        <source>it is a folder; use --dir for a folder.</source>
        <translation>es una carpeta; use --dir para una carpeta.</translation>
    </message>
    <message>
        <source>its folder does not exist.</source>
        <translation>su carpeta no existe.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>la carpeta no existe.</translation>
    </message>
    <message>
        <source>the file could not be written; the download was kept as %1.</source>
        <translation>no se pudo escribir el archivo; la descarga se conservó como %1.</translation>
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
    <name>osm::ctl::PrivilegesCommands</name>
    <message>
        <source>The privilege: export (export cases), createCase (create cases) or assumeCaseAll (case work of a delegated account).</source>
        <translation>El privilegio: export (exportar casos), createCase (crear casos) o assumeCaseAll (gestionar los casos de una cuenta delegada).</translation>
    </message>
    <message>
        <source>Case privileges: the restrictions of sub-users and whether you hold a privilege.</source>
        <translation>Privilegios sobre casos: las restricciones de los subusuarios y si usted tiene un privilegio.</translation>
    </message>
    <message>
        <source>Show whether the restriction of a privilege is switched on (5.4.1).</source>
        <translation>Mostrar si la restricción de un privilegio está activada (5.4.1).</translation>
    </message>
    <message>
        <source>Show whether you hold a privilege: has_privilege 1 or 0 (5.4.2).</source>
        <translation>Mostrar si tiene un privilegio: has_privilege 1 o 0 (5.4.2).</translation>
    </message>
    <message>
        <source>Switch the restriction of a privilege on (create) or off (delete) (5.4.3).</source>
        <translation>Activar (create) o desactivar (delete) la restricción de un privilegio (5.4.3).</translation>
    </message>
    <message>
        <source>create switches the restriction on, delete switches it off.</source>
        <translation>create activa la restricción, delete la desactiva.</translation>
    </message>
    <message>
        <source>--operation expects create or delete, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; &quot;create&quot; and &quot;delete&quot; are typed as they are</extracomment>
        <translation>--operation espera create o delete, no «%1».</translation>
    </message>
    <message>
        <source>The privilege setting was saved.</source>
        <translation>Se guardó la configuración del privilegio.</translation>
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
    <name>osm::ctl::VerifyCommands</name>
    <message>
        <source>0 a mobile number (SMS), 1 an e-mail address.</source>
        <translation>0 un número de móvil (SMS), 1 una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The mobile number or e-mail address (1-64 characters).</source>
        <translation>El número de móvil o la dirección de correo electrónico (1-64 caracteres).</translation>
    </message>
    <message>
        <source>The telephone country code of a mobile number, such as 86 (at most 16 characters).</source>
        <translation>El prefijo telefónico del país de un número de móvil, como 86 (como máximo 16 caracteres).</translation>
    </message>
    <message>
        <source>Tell whether a reminder contact needs a verification code (5.13.1).</source>
        <translation>Indicar si un contacto para avisos necesita un código de verificación (5.13.1).</translation>
    </message>
    <message>
        <source>Send a verification code to a contact (5.13.4).</source>
        <translation>Enviar un código de verificación a un contacto (5.13.4).</translation>
    </message>
    <message>
        <source>Check the code a contact received, which verifies the contact (5.13.3).</source>
        <translation>Comprobar el código que recibió un contacto, lo que verifica el contacto (5.13.3).</translation>
    </message>
    <message>
        <source>Verification codes for reminder contacts that are not the account&apos;s own: need-verify, send, check, list.</source>
        <translation>Códigos de verificación para contactos de avisos que no son los de la propia cuenta: need-verify, send, check, list.</translation>
    </message>
    <message>
        <source>The code was sent; it is valid for 5 minutes.</source>
        <translation>Se envió el código; es válido durante 5 minutos.</translation>
    </message>
    <message>
        <source>The code received (6 characters).</source>
        <translation>El código recibido (6 caracteres).</translation>
    </message>
    <message>
        <source>The sub-user (IAM user) id (at most 64 characters).</source>
        <translation>El ID del subusuario (usuario de IAM) (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The account id (at most 64 characters).</source>
        <translation>El ID de la cuenta (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The contact is verified.</source>
        <translation>El contacto está verificado.</translation>
    </message>
    <message>
        <source>List the verified contacts (5.13.2).</source>
        <translation>Listar los contactos verificados (5.13.2).</translation>
    </message>
    <message>
        <source>0 mobile numbers, 1 e-mail addresses.</source>
        <translation>0 números de móvil, 1 direcciones de correo electrónico.</translation>
    </message>
    <message>
        <source>This mobile number or e-mail address (at most 64 characters).</source>
        <translation>Este número de móvil o esta dirección de correo electrónico (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The telephone country code (at most 16 characters).</source>
        <translation>El prefijo telefónico del país (como máximo 16 caracteres).</translation>
    </message>
    <message>
        <source>The verification with this id (at most 64 characters).</source>
        <translation>La verificación con este ID (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Still valid at this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Todavía válidos en esta fecha y hora, yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>Skip this many contacts (0-65535, default 0).</source>
        <translation>Omitir este número de contactos (0-65535, predeterminado 0).</translation>
    </message>
    <message>
        <source>At most this many contacts (1-100, default 10).</source>
        <translation>Como máximo este número de contactos (1-100, predeterminado 10).</translation>
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
    <name>osm::ui::AccountInfoDialog</name>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>No se aplica ninguna cuota de casos a este tipo de problema.</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up: a new case would be refused until the next period, unless your account manager grants a special approval.</source>
        <translation>Se ha agotado la cuota de casos de este tipo de problema: se rechazará cualquier caso nuevo hasta el próximo periodo, salvo que su gestor de cuenta conceda una aprobación especial.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>Queda %n de %1 caso este mes.</numerusform>
            <numerusform>Quedan %n de %1 casos este mes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>Queda %n de %1 caso este trimestre.</numerusform>
            <numerusform>Quedan %n de %1 casos este trimestre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>Queda %n de %1 caso este año.</numerusform>
            <numerusform>Quedan %n de %1 casos este año.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>Queda %n de %1 caso en este periodo.</numerusform>
            <numerusform>Quedan %n de %1 casos en este periodo.</numerusform>
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
        <translation>Información de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>&amp;Cuota</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>A&amp;gencias</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Socio</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <source>How many more cases this account may create for a product and problem type.</source>
        <translation>Cuántos casos más puede crear esta cuenta para un producto y un tipo de problema.</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roducto:</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>&amp;Tipo de problema:</translation>
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
        <source>Case quota</source>
        <translation>Cuota de casos</translation>
    </message>
    <message>
        <source>Special approval: %1 of %2 used.</source>
        <extracomment>%1 and %2 are numbers of cases</extracomment>
        <translation>Aprobación especial: %1 de %2 utilizados.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Trusted account</source>
        <translation>Cuenta de confianza</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencias</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No (expired)</source>
        <translation>No (caducada)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies): IAM delegations that let other accounts manage this one&apos;s resources.</source>
        <translation>
            <numerusform>%n agencia: delegación de IAM que permite a otras cuentas administrar los recursos de esta.</numerusform>
            <numerusform>%n agencias: delegaciones de IAM que permiten a otras cuentas administrar los recursos de esta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner privilege</source>
        <translation>Privilegio de socio</translation>
    </message>
    <message>
        <source>This account is a partner and may process its customers&apos; cases.</source>
        <translation>Esta cuenta es un socio y puede procesar los casos de sus clientes.</translation>
    </message>
    <message>
        <source>This account has no partner privilege to process cases.</source>
        <translation>Esta cuenta no tiene privilegio de socio para procesar casos.</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Socio:</translation>
    </message>
    <message>
        <source>Partner ID:</source>
        <translation>ID del socio:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Service days:</source>
        <translation>Días de servicio:</translation>
    </message>
    <message>
        <source>Service hours:</source>
        <translation>Horario de servicio:</translation>
    </message>
    <message>
        <source>Read a configuration item of the support service by its key.</source>
        <translation>Leer un elemento de configuración del servicio de soporte por su clave.</translation>
    </message>
    <message>
        <source>Configuration key</source>
        <translation>Clave de configuración</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Configuration value</source>
        <translation>Valor de configuración</translation>
    </message>
    <message>
        <source>Configuration values</source>
        <translation>Valores de configuración</translation>
    </message>
    <message>
        <source>Pri&amp;vileges</source>
        <translation>Pri&amp;vilegios</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentListModel</name>
    <message>
        <source>Downloading… %1%</source>
        <extracomment>An attachment being downloaded: percent done</extracomment>
        <translation>Descargando… %1%</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>%1, attached %2</source>
        <extracomment>An attachment for a screen reader: its name and the date of its message</extracomment>
        <translation>%1, adjuntado el %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column of the attachment list: when the file was attached</extracomment>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentStagingList</name>
    <message>
        <source>Attach Files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Archivos que adjuntar</translation>
    </message>
    <message>
        <source>Drop files here, paste them, or use Add Files…</source>
        <translation>Suelte los archivos aquí, péguelos o use Añadir archivos…</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Quitar los archivos seleccionados</translation>
    </message>
    <message>
        <source>Attachment limits</source>
        <translation>Límites de archivos adjuntos</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentsPanel</name>
    <message>
        <source>Save Attachments To</source>
        <translation>Guardar archivos adjuntos en</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Archivos del caso</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>Archivos de este caso</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Press Enter to open a file. Drag files to a folder to save them there.</source>
        <translation>Pulse Intro para abrir un archivo. Arrastre archivos a una carpeta para guardarlos allí.</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Vista previa de la imagen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Abrir el archivo adjunto seleccionado</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the selected attachments</source>
        <translation>Guardar los archivos adjuntos seleccionados</translation>
    </message>
    <message>
        <source>Save A&amp;ll…</source>
        <translation>Guardar &amp;todos…</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>Guardar todos los archivos adjuntos</translation>
    </message>
    <message>
        <source>Cancel Do&amp;wnload</source>
        <translation>Cancelar &amp;descarga</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>Cancelar las descargas</translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation>Estado de los archivos adjuntos</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n)</source>
        <extracomment>Heading of the attachment list, with how many files the case has</extracomment>
        <translation>
            <numerusform>Archivos (%n)</numerusform>
            <numerusform>Archivos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled.</source>
        <translation>Se canceló la descarga de «%1».</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>No se pudo descargar «%1»: %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>Descargando «%1»…</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Ninguna aplicación pudo abrir «%1».</translation>
    </message>
    <message>
        <source>Not saved: %1. The other files are in “%2”.</source>
        <extracomment>%1 is the list of files that failed, %2 the folder</extracomment>
        <translation>No se guardó: %1. Los demás archivos están en «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Saving was cancelled; %n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>Se canceló el guardado; se guardó %n archivo en «%1».</numerusform>
            <numerusform>Se canceló el guardado; se guardaron %n archivos en «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>Se guardó %n archivo en «%1».</numerusform>
            <numerusform>Se guardaron %n archivos en «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n file(s)…</source>
        <translation>
            <numerusform>Guardando %n archivo…</numerusform>
            <numerusform>Guardando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>No hay vista previa disponible.</translation>
    </message>
    <message>
        <source>Preview of “%1”</source>
        <extracomment>Accessible description of the preview: the image&apos;s file name</extracomment>
        <translation>Vista previa de «%1»</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Copiar en&amp;lace</translation>
    </message>
    <message>
        <source>The link to “%1” could not be fetched: %2</source>
        <extracomment>%1 is a file name, %2 why its link could not be fetched</extracomment>
        <translation>No se pudo obtener el enlace a «%1»: %2</translation>
    </message>
    <message>
        <source>The server returned no link to “%1”.</source>
        <translation>El servidor no devolvió ningún enlace a «%1».</translation>
    </message>
    <message>
        <source>The link to “%1” is on the clipboard.</source>
        <translation>El enlace a «%1» está en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>osm::ui::AuthorizationListModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Estado %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>Subusuario</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
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
        <translation>No se pudieron cargar las autorizaciones: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n authorization(s)</source>
        <translation>
            <numerusform>%n autorización</numerusform>
            <numerusform>%n autorizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization could not be loaded: %1</source>
        <translation>No se pudo cargar la autorización: %1</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Necesaria</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Data backed up</source>
        <translation>Datos respaldados</translation>
    </message>
    <message>
        <source>Risk accepted without backup</source>
        <translation>Riesgo aceptado sin copia de seguridad</translation>
    </message>
    <message>
        <source>Authorization %1 — %2</source>
        <translation>Autorización %1 — %2</translation>
    </message>
    <message>
        <source>Select an authorization</source>
        <translation>Seleccione una autorización</translation>
    </message>
    <message>
        <source>Loading authorization %1…</source>
        <translation>Cargando la autorización %1…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>You agreed to authorization %1.</source>
        <translation>Aceptó la autorización %1.</translation>
    </message>
    <message>
        <source>Reject Authorization</source>
        <translation>Rechazar autorización</translation>
    </message>
    <message numerus="yes">
        <source>Reject authorization %1? Tell the engineer why (at most %n character(s)):</source>
        <translation>
            <numerusform>¿Desea rechazar la autorización %1? Indique el motivo al ingeniero (como máximo %n carácter):</numerusform>
            <numerusform>¿Desea rechazar la autorización %1? Indique el motivo al ingeniero (como máximo %n caracteres):</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>A reason is needed to reject an authorization; nothing was sent.</source>
        <translation>Se necesita un motivo para rechazar una autorización; no se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n character(s); nothing was sent.</source>
        <translation>
            <numerusform>El motivo supera %n carácter; no se envió nada.</numerusform>
            <numerusform>El motivo supera los %n caracteres; no se envió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke Authorization</source>
        <translation>Revocar autorización</translation>
    </message>
    <message>
        <source>Revoke authorization %1? Support loses access to these resources at once.</source>
        <translation>¿Desea revocar la autorización %1? El equipo de soporte perderá de inmediato el acceso a estos recursos.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>The authorization could not be rejected: %1</source>
        <translation>No se pudo rechazar la autorización: %1</translation>
    </message>
    <message>
        <source>The authorization could not be revoked: %1</source>
        <translation>No se pudo revocar la autorización: %1</translation>
    </message>
    <message>
        <source>You rejected authorization %1.</source>
        <translation>Rechazó la autorización %1.</translation>
    </message>
    <message>
        <source>You revoked authorization %1.</source>
        <translation>Revocó la autorización %1.</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>Autorizaciones</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>My authorizations</source>
        <translation>Mis autorizaciones</translation>
    </message>
    <message>
        <source>My group&apos;s authorizations</source>
        <translation>Autorizaciones de mi grupo</translation>
    </message>
    <message>
        <source>Whose authorizations</source>
        <translation>De quién son las autorizaciones</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>ID del grupo de IAM</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Authorization actions</source>
        <translation>Acciones de autorización</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>A&amp;ceptar…</translation>
    </message>
    <message>
        <source>Agree to this request, with host credentials and a validity period</source>
        <translation>Aceptar esta solicitud, con las credenciales del host y un periodo de validez</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;chazar…</translation>
    </message>
    <message>
        <source>Refuse this request, with a reason for the engineer</source>
        <translation>Rechazar esta solicitud, con un motivo para el ingeniero</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Take back an agreement in effect</source>
        <translation>Retirar una aceptación vigente</translation>
    </message>
    <message>
        <source>Open &amp;Case</source>
        <translation>Abrir &amp;caso</translation>
    </message>
    <message>
        <source>Open the case this request belongs to</source>
        <translation>Abrir el caso al que pertenece esta solicitud</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Bastion-host records</source>
        <translation>Registros del host bastión</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID de instancia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Requested items</source>
        <translation>Elementos solicitados</translation>
    </message>
    <message>
        <source>Authorizations status</source>
        <translation>Estado de las autorizaciones</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>Descripción del caso</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <source>Access type</source>
        <translation>Tipo de acceso</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>Subusuario</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Atendido por</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Estado de la copia de seguridad</translation>
    </message>
    <message>
        <source>Letter of commitment</source>
        <translation>Carta de compromiso</translation>
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
        <translation>Carga</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambio de nombre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>%1 (account %2, port %3)</source>
        <translation>%1 (cuenta %2, puerto %3)</translation>
    </message>
    <message>
        <source>Only hosts have bastion-host records; this authorization has none.</source>
        <translation>Solo los hosts tienen registros del host bastión; esta autorización no tiene ninguno.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>The bastion-host records could not be loaded: %1</source>
        <translation>No se pudieron cargar los registros del host bastión: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Bastion-host sessions</source>
        <translation>Sesiones del host bastión</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>Transferencias de archivos</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>Grabación de vídeo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>Bastion-host status</source>
        <translation>Estado del host bastión</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseCsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseDetailPanel</name>
    <message>
        <source>Showing %1 of %2 entries.</source>
        <extracomment>%1 entries shown of %2 in the case&apos;s operation log</extracomment>
        <translation>Se muestran %1 de %2 entradas.</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>Valoración %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 a rating scale&apos;s name, %2 stars drawn as characters, %3 the score</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Partner (BP)</source>
        <translation>Socio (BP)</translation>
    </message>
    <message>
        <source>Independent software vendor (ISV)</source>
        <translation>Proveedor de software independiente (ISV)</translation>
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
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder contact is set.</source>
        <translation>No se ha configurado ningún contacto para avisos.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Urge Case</source>
        <translation>Reclamar caso</translation>
    </message>
    <message>
        <source>Ask the support engineers to speed up case %1?</source>
        <translation>¿Desea pedir a los ingenieros de soporte que agilicen el caso %1?</translation>
    </message>
    <message>
        <source>&amp;Urge</source>
        <translation>&amp;Reclamar</translation>
    </message>
    <message>
        <source>Urging the case…</source>
        <translation>Reclamando el caso…</translation>
    </message>
    <message>
        <source>The case was urged.</source>
        <translation>Se reclamó el caso.</translation>
    </message>
    <message>
        <source>Cancel Case</source>
        <translation>Cancelar caso</translation>
    </message>
    <message>
        <source>Cancel case %1? Support stops working on it, and it cannot be reopened.</source>
        <translation>¿Desea cancelar el caso %1? El equipo de soporte dejará de trabajar en él y no se podrá volver a abrir.</translation>
    </message>
    <message>
        <source>Cancel &amp;Case</source>
        <translation>Cancelar &amp;caso</translation>
    </message>
    <message>
        <source>Cancelling the case…</source>
        <translation>Cancelando el caso…</translation>
    </message>
    <message>
        <source>The case was cancelled.</source>
        <translation>Se canceló el caso.</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>Eliminar caso</translation>
    </message>
    <message>
        <source>Delete case %1? It disappears from your case lists; this cannot be undone.</source>
        <translation>¿Desea eliminar el caso %1? Desaparecerá de sus listas de casos; esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>&amp;Eliminar caso</translation>
    </message>
    <message>
        <source>Deleting the case…</source>
        <translation>Eliminando el caso…</translation>
    </message>
    <message>
        <source>The case was deleted.</source>
        <translation>Se eliminó el caso.</translation>
    </message>
    <message>
        <source>Closing the case…</source>
        <translation>Cerrando el caso…</translation>
    </message>
    <message>
        <source>The case was closed.</source>
        <translation>Se cerró el caso.</translation>
    </message>
    <message>
        <source>Sending the rating…</source>
        <translation>Enviando la valoración…</translation>
    </message>
    <message>
        <source>Thank you, the rating was sent.</source>
        <translation>Gracias, se envió la valoración.</translation>
    </message>
    <message>
        <source>Saving the contact information…</source>
        <translation>Guardando los datos de contacto…</translation>
    </message>
    <message>
        <source>The contact information was saved.</source>
        <translation>Se guardaron los datos de contacto.</translation>
    </message>
    <message>
        <source>Case ID %1 copied.</source>
        <translation>Se copió el ID del caso %1.</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels. Remove one before adding another.</source>
        <translation>Un caso puede tener como máximo 5 etiquetas. Quite una antes de añadir otra.</translation>
    </message>
    <message>
        <source>Adding the label…</source>
        <translation>Añadiendo la etiqueta…</translation>
    </message>
    <message>
        <source>The label was added.</source>
        <translation>Se añadió la etiqueta.</translation>
    </message>
    <message>
        <source>Removing the label…</source>
        <translation>Quitando la etiqueta…</translation>
    </message>
    <message>
        <source>The label was removed.</source>
        <translation>Se quitó la etiqueta.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>Un caso no puede estar relacionado consigo mismo.</translation>
    </message>
    <message>
        <source>Case %1 is already related to this case.</source>
        <translation>El caso %1 ya está relacionado con este caso.</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases. Remove one before adding another.</source>
        <translation>Un caso puede tener como máximo 3 casos relacionados. Quite uno antes de añadir otro.</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to relate cases.</source>
        <translation>Introduzca el ID de su grupo de IAM: la API de OSM lo exige para relacionar casos.</translation>
    </message>
    <message>
        <source>Relating case %1…</source>
        <translation>Relacionando el caso %1…</translation>
    </message>
    <message>
        <source>Case %1 is now related.</source>
        <translation>El caso %1 ya está relacionado.</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to remove a relation.</source>
        <translation>Introduzca el ID de su grupo de IAM: la API de OSM lo exige para quitar una relación.</translation>
    </message>
    <message>
        <source>Removing the relation…</source>
        <translation>Quitando la relación…</translation>
    </message>
    <message>
        <source>Case %1 is no longer related.</source>
        <translation>El caso %1 ya no está relacionado.</translation>
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
        <source>Severity</source>
        <translation>Gravedad</translation>
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
        <source>Case type</source>
        <translation>Tipo de caso</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Atendido por</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de la cuenta</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Resolution confirmed</source>
        <translation>Solución confirmada</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Access authorized</source>
        <translation>Acceso autorizado</translation>
    </message>
    <message>
        <source>Grey-release routing</source>
        <translation>Enrutamiento de lanzamiento gradual</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Su comentario</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Case type ID</source>
        <translation>ID del tipo de caso</translation>
    </message>
    <message>
        <source>Category ID</source>
        <translation>ID de la categoría</translation>
    </message>
    <message>
        <source>Business type ID</source>
        <translation>ID del tipo de negocio</translation>
    </message>
    <message>
        <source>Problem type ID</source>
        <translation>ID del tipo de problema</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID del producto</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Prefijo del país</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Contact methods</source>
        <translation>Métodos de contacto</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Horario de contacto</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>Correos en copia (CC)</translation>
    </message>
    <message>
        <source>Recent CC e-mails</source>
        <translation>Correos en copia (CC) recientes</translation>
    </message>
    <message>
        <source>ISV commodity</source>
        <translation>Producto del ISV</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>Detalle del caso</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ID del caso</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copiar ID</translation>
    </message>
    <message>
        <source>Copy case ID</source>
        <translation>Copiar el ID del caso</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Acciones del caso</translation>
    </message>
    <message>
        <source>Case detail status</source>
        <translation>Estado del detalle del caso</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Case detail sections</source>
        <translation>Secciones del detalle del caso</translation>
    </message>
    <message>
        <source>Urge case</source>
        <translation>Reclamar el caso</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Cerrar…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Cerrar el caso</translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation>&amp;Valorar…</translation>
    </message>
    <message>
        <source>Rate case</source>
        <translation>Valorar el caso</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Case</source>
        <translation>Ca&amp;ncelar caso</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>Cancelar el caso</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Eliminar el caso</translation>
    </message>
    <message>
        <source>Edit &amp;Contact…</source>
        <translation>Editar c&amp;ontacto…</translation>
    </message>
    <message>
        <source>Edit contact information</source>
        <translation>Editar los datos de contacto</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Refresh case detail</source>
        <translation>Actualizar el detalle del caso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Related Cases</source>
        <translation>Casos relacionados</translation>
    </message>
    <message>
        <source>Contact and CC</source>
        <translation>Contacto y CC</translation>
    </message>
    <message>
        <source>Operation Log</source>
        <translation>Registro de operaciones</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Registro de operaciones</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s name before its value, e.g. &quot;Status:&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The extra parameters were sent.</source>
        <translation>Se enviaron los parámetros adicionales.</translation>
    </message>
    <message>
        <source>Extra Parameters…</source>
        <translation>Parámetros adicionales…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1; updating…</source>
        <translation>Se muestra el detalle guardado el %1; actualizando…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1. %2</source>
        <translation>Se muestra el detalle guardado el %1. %2</translation>
    </message>
    <message>
        <source>The change could not be saved for sending.</source>
        <translation>No se pudo guardar el cambio para enviarlo.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExportFlow</name>
    <message>
        <source>Export Cases</source>
        <translation>Exportar casos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>several keywords</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>varias palabras clave</translation>
    </message>
    <message>
        <source>label</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>estado</translation>
    </message>
    <message>
        <source>IAM group</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>grupo de IAM</translation>
    </message>
    <message>
        <source>No case matches the list&apos;s filters: there is nothing to export.</source>
        <translation>Ningún caso coincide con los filtros de la lista: no hay nada que exportar.</translation>
    </message>
    <message>
        <source>The server&apos;s export cannot filter by %1. Export the cases that match the other filters?</source>
        <extracomment>%1 is a list of filters, e.g. &quot;label and status&quot;</extracomment>
        <translation>La exportación del servidor no puede filtrar por %1. ¿Desea exportar los casos que coinciden con los demás filtros?</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>Exportando casos…</translation>
    </message>
    <message>
        <source>Exporting cases… %1 received</source>
        <extracomment>%1 is an amount of data such as &quot;1.2 MB&quot;</extracomment>
        <translation>Exportando casos… %1 recibidos</translation>
    </message>
    <message>
        <source>The cases could not be exported. %1</source>
        <translation>No se pudieron exportar los casos. %1</translation>
    </message>
    <message>
        <source>The cases were exported to %1.</source>
        <extracomment>%1 is the saved file&apos;s path</extracomment>
        <translation>Los casos se exportaron a %1.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExtendsParamsDialog</name>
    <message>
        <source>Loading the case&apos;s parameters…</source>
        <translation>Cargando los parámetros del caso…</translation>
    </message>
    <message>
        <source>The case&apos;s parameters could not be loaded: %1</source>
        <extracomment>%1 says why (translated error)</extracomment>
        <translation>No se pudieron cargar los parámetros del caso: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fill in at least one value to send.</source>
        <translation>Rellene al menos un valor para enviar.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Extra Parameters — %1</source>
        <extracomment>%1 is the case ID</extracomment>
        <translation>Parámetros adicionales — %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Support has asked for more information about this case. Fill in the fields marked * and send them.</source>
        <translation>El equipo de soporte ha solicitado más información sobre este caso. Rellene los campos marcados con * y envíelos.</translation>
    </message>
    <message>
        <source>This case holds no extra parameters, and its problem type asks for none.</source>
        <translation>Este caso no tiene parámetros adicionales y su tipo de problema no requiere ninguno.</translation>
    </message>
    <message>
        <source>The extra information this case holds. Complete or correct it and send it to support.</source>
        <translation>La información adicional de este caso. Complétela o corríjala y envíela al equipo de soporte.</translation>
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
    <message>
        <source>Pick a sub-user or type a sub-user ID</source>
        <translation>Elija un subusuario o escriba un ID de subusuario</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseLabelsEditor</name>
    <message>
        <source>Case labels</source>
        <translation>Etiquetas del caso</translation>
    </message>
    <message>
        <source>Select a label and press Delete to remove it from the case</source>
        <translation>Seleccione una etiqueta y pulse Supr para quitarla del caso</translation>
    </message>
    <message>
        <source>Label to add</source>
        <translation>Etiqueta que añadir</translation>
    </message>
    <message>
        <source>No other labels</source>
        <translation>No hay más etiquetas</translation>
    </message>
    <message>
        <source>&amp;Add Label</source>
        <translation>&amp;Añadir etiqueta</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label</source>
        <translation>&amp;Quitar etiqueta</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Quitar etiqueta</translation>
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
    <name>osm::ui::CaseOperateLogModel</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>Reclamado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Valorado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Rejected by the user centre</source>
        <translation>Rechazado por el centro de usuarios</translation>
    </message>
    <message>
        <source>Authorization confirmed</source>
        <translation>Autorización confirmada</translation>
    </message>
    <message>
        <source>Authorization rejected</source>
        <translation>Autorización rechazada</translation>
    </message>
    <message>
        <source>Authorization cancelled</source>
        <translation>Autorización cancelada</translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation>Casos exportados</translation>
    </message>
    <message>
        <source>Customer replied (awaiting feedback)</source>
        <translation>Respuesta del cliente (pendiente de respuesta)</translation>
    </message>
    <message>
        <source>Contact information changed</source>
        <translation>Datos de contacto modificados</translation>
    </message>
    <message>
        <source>Contact information deleted</source>
        <translation>Datos de contacto eliminados</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <extracomment>%1 is an operation code the reference does not document</extracomment>
        <translation>Operación %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Realizada por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
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
        <translation>Longitud del comentario</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <source>Rate Case</source>
        <translation>Valorar caso</translation>
    </message>
    <message>
        <source>Close case %1? Close it only when the problem is solved. You may rate the support you received; the rating can be given only once.</source>
        <translation>¿Desea cerrar el caso %1? Ciérrelo solo cuando el problema esté resuelto. Puede valorar el soporte recibido; la valoración solo se puede hacer una vez.</translation>
    </message>
    <message>
        <source>Rate the support you received for case %1. A case can be rated only once.</source>
        <translation>Valore el soporte que recibió en el caso %1. Un caso solo se puede valorar una vez.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>The rating scales could not be loaded.</source>
        <translation>No se pudieron cargar las escalas de valoración.</translation>
    </message>
    <message>
        <source>Loading the rating scales…</source>
        <translation>Cargando las escalas de valoración…</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>C&amp;lose Case</source>
        <translation>&amp;Cerrar caso</translation>
    </message>
    <message>
        <source>&amp;Submit Rating</source>
        <translation>&amp;Enviar valoración</translation>
    </message>
    <message>
        <source>Confirm close</source>
        <translation>Confirmar el cierre</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>Enviar la valoración</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <extracomment>%1 is the number of a rating scale the server did not name</extracomment>
        <translation>Valoración %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>%1 is the name of a rating scale, e.g. &quot;Handling timeliness&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n star(s))</source>
        <extracomment>%1 is a row of star characters, %n the number of stars</extracomment>
        <translation>
            <numerusform>%1 (%n estrella)</numerusform>
            <numerusform>%1 (%n estrellas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <extracomment>%1 is the name of a rating scale</extracomment>
        <translation>Valoración de %1</translation>
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
    <message>
        <source>Conversation and case detail</source>
        <translation>Conversación y detalle del caso</translation>
    </message>
    <message>
        <source>Offline: showing the messages saved as of %1. %2</source>
        <translation>Sin conexión: se muestran los mensajes guardados el %1. %2</translation>
    </message>
    <message>
        <source>Showing the messages saved as of %1; updating…</source>
        <translation>Se muestran los mensajes guardados el %1; actualizando…</translation>
    </message>
    <message>
        <source>The message could not be saved for sending.</source>
        <translation>No se pudo guardar el mensaje para enviarlo.</translation>
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
    <message numerus="yes">
        <source>“%1” was not attached: a message takes at most %n file(s).</source>
        <extracomment>%1 is a file name
----------
%1 is a file name; the limit is the server&apos;s (show_accessory_limits)</extracomment>
        <translation>
            <numerusform>No se adjuntó «%1»: un mensaje admite como máximo %n archivo.</numerusform>
            <numerusform>No se adjuntó «%1»: un mensaje admite como máximo %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <extracomment>%1 says which file and which limit, e.g. &quot;“a.exe” is not a type of file that may be attached (…).&quot;</extracomment>
        <translation>No se adjuntó: %1</translation>
    </message>
    <message>
        <source>Remove before sending: %1</source>
        <extracomment>%1 says which file and which limit</extracomment>
        <translation>Quítelo antes de enviar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove some files before sending: a message takes at most %n file(s).</source>
        <translation>
            <numerusform>Quite algunos archivos antes de enviar: un mensaje admite como máximo %n archivo.</numerusform>
            <numerusform>Quite algunos archivos antes de enviar: un mensaje admite como máximo %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted image could not be saved in “%1”.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>No se pudo guardar la imagen pegada en «%1».</translation>
    </message>
    <message>
        <source>%1 (%2), uploading: %3%</source>
        <extracomment>A staged attachment being uploaded: file name, size, percent sent</extracomment>
        <translation>%1 (%2), cargando: %3%</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>Aviso sobre archivos adjuntos</translation>
    </message>
    <message>
        <source>File being uploaded</source>
        <translation>Archivo en carga</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progreso de la carga</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>&amp;Cancelar carga</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>Cancelar la carga</translation>
    </message>
</context>
<context>
    <name>osm::ui::ConfirmAuthorizationDialog</name>
    <message>
        <source>Agree to Authorization %1</source>
        <translation>Aceptar la autorización %1</translation>
    </message>
    <message>
        <source>Agree to authorization</source>
        <translation>Aceptar la autorización</translation>
    </message>
    <message>
        <source>Huawei Cloud support may access the resources below during the period you set. For hosts, give the port, account and password the engineer may use; “Check” tries them first.</source>
        <translation>El soporte de Huawei Cloud podrá acceder a los recursos siguientes durante el periodo que indique. Para los hosts, indique el puerto, la cuenta y la contraseña que puede usar el ingeniero; «Comprobar» los prueba antes.</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Check host %1</source>
        <translation>Comprobar el host %1</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>Console (%1)</source>
        <translation>Consola (%1)</translation>
    </message>
    <message>
        <source>Also asked: %1</source>
        <translation>También se solicita: %1</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Válida &amp;desde:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Válida &amp;hasta:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>A&amp;gencia:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Sin agencia</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Login type</source>
        <translation>Tipo de inicio de sesión</translation>
    </message>
    <message>
        <source>Federated user</source>
        <translation>Usuario federado</translation>
    </message>
    <message>
        <source>Delegated access (agency)</source>
        <translation>Acceso delegado (agencia)</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>Estado de la aceptación</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The host accepted this account and password.</source>
        <translation>El host aceptó esta cuenta y contraseña.</translation>
    </message>
    <message>
        <source>The period must end after it starts, and in the future.</source>
        <translation>El periodo debe terminar después de empezar y en el futuro.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The authorization could not be agreed to: %1</source>
        <translation>No se pudo aceptar la autorización: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactInfoDialog</name>
    <message>
        <source>A contact field can be changed but not removed: type a new value or leave the old one.</source>
        <translation>Un campo de contacto se puede cambiar, pero no quitar: escriba un valor nuevo o deje el anterior.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>La dirección de correo electrónico no es válida.</translation>
    </message>
    <message>
        <source>The CC e-mail address &quot;%1&quot; is not valid.</source>
        <extracomment>%1 is what the user typed as a CC e-mail address</extracomment>
        <translation>La dirección de correo en copia (CC) «%1» no es válida.</translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>How support engineers reach you about case %1.</source>
        <translation>Cómo se pondrán en contacto con usted los ingenieros de soporte sobre el caso %1.</translation>
    </message>
    <message>
        <source>Country &amp;code:</source>
        <translation>Prefijo del &amp;país:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Móvil:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Contact &amp;time:</source>
        <translation>&amp;Horario de contacto:</translation>
    </message>
    <message>
        <source>CC e-&amp;mails:</source>
        <translation>Correos en c&amp;opia (CC):</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Prefijo del país</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Horario de contacto</translation>
    </message>
    <message>
        <source>e.g. 9:00-18:00</source>
        <translation>p. ej., 9:00-18:00</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>Correos en copia (CC)</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>Direcciones separadas por comas</translation>
    </message>
    <message>
        <source>Use &amp;Recent</source>
        <translation>Usar &amp;recientes</translation>
    </message>
    <message>
        <source>Use recent CC e-mails</source>
        <translation>Usar los correos en copia (CC) recientes</translation>
    </message>
    <message>
        <source>Fill in the CC e-mails used most recently: %1</source>
        <extracomment>%1 is a list of e-mail addresses</extracomment>
        <translation>Rellenar con los correos en copia (CC) usados más recientemente: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save contact information</source>
        <translation>Guardar los datos de contacto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactVerificationRow</name>
    <message>
        <source>The code has six characters.</source>
        <translation>El código tiene seis caracteres.</translation>
    </message>
    <message>
        <source>Checking whether this contact needs verification…</source>
        <translation>Comprobando si este contacto necesita verificación…</translation>
    </message>
    <message>
        <source>Registered or verified earlier: no code needed.</source>
        <translation>Registrado o verificado anteriormente: no se necesita código.</translation>
    </message>
    <message>
        <source>This contact is not a registered one: send a code to it and enter the code here.</source>
        <translation>Este contacto no está registrado: envíele un código e introduzca el código aquí.</translation>
    </message>
    <message>
        <source>A code was sent. It is valid for 5 minutes; a new code can be sent once a minute, a limited number of times a day.</source>
        <translation>Se envió un código. Es válido durante 5 minutos; se puede enviar un código nuevo una vez por minuto, un número limitado de veces al día.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Verificado.</translation>
    </message>
    <message>
        <source>Could not check this contact.</source>
        <translation>No se pudo comprobar este contacto.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>state, then the error that came with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Send Again in %n s</source>
        <translation>
            <numerusform>Reenviar en %n s</numerusform>
            <numerusform>Reenviar en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Send &amp;Code</source>
        <translation>Enviar &amp;código</translation>
    </message>
    <message>
        <source>E-mail verification status</source>
        <translation>Estado de la verificación del correo electrónico</translation>
    </message>
    <message>
        <source>Mobile verification status</source>
        <translation>Estado de la verificación del móvil</translation>
    </message>
    <message>
        <source>Code sent to the e-mail address</source>
        <translation>Código enviado a la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Code sent to the mobile number</source>
        <translation>Código enviado al número de móvil</translation>
    </message>
    <message>
        <source>6-character code</source>
        <translation>Código de 6 caracteres</translation>
    </message>
    <message>
        <source>Send a code to the e-mail address</source>
        <translation>Enviar un código a la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Send a code to the mobile number</source>
        <translation>Enviar un código al número de móvil</translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify the e-mail address</source>
        <translation>Verificar la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Verify the mobile number</source>
        <translation>Verificar el número de móvil</translation>
    </message>
</context>
<context>
    <name>osm::ui::CreateCaseWizard</name>
    <message>
        <source>New Case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Describe the problem for Huawei Cloud&apos;s engineers. Everything you type is kept as a draft until the case is created.</source>
        <translation>Describa el problema para los ingenieros de Huawei Cloud. Todo lo que escriba se conserva como borrador hasta que se cree el caso.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Additional Information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>Tipo de pro&amp;blema:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Elija una categoría…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Elija un producto…</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Tipo de problema</translation>
    </message>
    <message>
        <source>Choose a problem type…</source>
        <translation>Elija un tipo de problema…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Only the severities your support plan allows are offered.</source>
        <translation>Solo se ofrecen las gravedades que permite su plan de soporte.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>Elija una región…</translation>
    </message>
    <message>
        <source>Fault reports name the region of the affected resources. Your own regions come first.</source>
        <translation>Los informes de fallos indican la región de los recursos afectados. Sus propias regiones aparecen primero.</translation>
    </message>
    <message>
        <source>Case quota</source>
        <translation>Cuota de casos</translation>
    </message>
    <message>
        <source>What happened, since when, which resources, what you tried</source>
        <translation>Qué ocurrió, desde cuándo, qué recursos, qué ha intentado</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Longitud de la descripción</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Móvil:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>C&amp;C e-mails:</source>
        <translation>Correos en &amp;copia (CC):</translation>
    </message>
    <message>
        <source>Reminder &amp;time:</source>
        <translation>&amp;Horario de avisos:</translation>
    </message>
    <message>
        <source>Country calling code</source>
        <translation>Prefijo telefónico del país</translation>
    </message>
    <message>
        <source>Reminder mobile number</source>
        <translation>Número de móvil para avisos</translation>
    </message>
    <message>
        <source>Reminder e-mail address</source>
        <translation>Dirección de correo electrónico para avisos</translation>
    </message>
    <message>
        <source>CC e-mail addresses</source>
        <translation>Direcciones de correo en copia (CC)</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Horario de avisos</translation>
    </message>
    <message>
        <source>For example 9:00-18:00</source>
        <translation>Por ejemplo, 9:00-18:00</translation>
    </message>
    <message>
        <source>A number that is not registered with your account needs a verification code.</source>
        <translation>Un número que no está registrado en su cuenta necesita un código de verificación.</translation>
    </message>
    <message>
        <source>An address that is not registered with your account needs a verification code.</source>
        <translation>Una dirección que no está registrada en su cuenta necesita un código de verificación.</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Texto del acuerdo</translation>
    </message>
    <message>
        <source>I have read and accept this a&amp;greement</source>
        <translation>He leído y &amp;acepto este acuerdo</translation>
    </message>
    <message>
        <source>Accept the agreement</source>
        <translation>Aceptar el acuerdo</translation>
    </message>
    <message>
        <source>&amp;Submit Case</source>
        <translation>&amp;Enviar caso</translation>
    </message>
    <message>
        <source>Submit the case</source>
        <translation>Enviar el caso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close and keep the draft</source>
        <translation>Cerrar y conservar el borrador</translation>
    </message>
    <message>
        <source>Submit error</source>
        <translation>Error de envío</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <extracomment>%1 is a country calling code such as 86, %2 the country or region&apos;s name</extracomment>
        <translation>+%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>At most %n addresses, separated by commas.</source>
        <translation>
            <numerusform>Como máximo %n dirección, separada por comas.</numerusform>
            <numerusform>Como máximo %n direcciones, separadas por comas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n file(s) of at most %1 MB each; types: %2.</source>
        <extracomment>%n files at most, %1 MB each, %2 the allowed file types</extracomment>
        <translation>
            <numerusform>Hasta %n archivo de %1 MB como máximo; tipos: %2.</numerusform>
            <numerusform>Hasta %n archivos de %1 MB como máximo cada uno; tipos: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: %1 (version %2)</source>
        <extracomment>%1 is the agreement&apos;s name, %2 its version</extracomment>
        <translation>Acuerdo: %1 (versión %2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 characters typed of at most %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many.</source>
        <translation>
            <numerusform>Sobra %n carácter.</numerusform>
            <numerusform>Sobran %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left.</source>
        <translation>
            <numerusform>Queda %n carácter.</numerusform>
            <numerusform>Quedan %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>No se aplica ninguna cuota de casos a este tipo de problema.</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up, so a new case would be refused. Wait for the next period or ask your account manager for a special approval.</source>
        <translation>Se ha agotado la cuota de casos de este tipo de problema, por lo que se rechazaría un caso nuevo. Espere al siguiente periodo o pida una aprobación especial a su gestor de cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>Queda %n de %1 caso este mes.</numerusform>
            <numerusform>Quedan %n de %1 casos este mes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>Queda %n de %1 caso este trimestre.</numerusform>
            <numerusform>Quedan %n de %1 casos este trimestre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>Queda %n de %1 caso este año.</numerusform>
            <numerusform>Quedan %n de %1 casos este año.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>Queda %n de %1 caso en este periodo.</numerusform>
            <numerusform>Quedan %n de %1 casos en este periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>choose a category, a product and a problem type.</source>
        <translation>elija una categoría, un producto y un tipo de problema.</translation>
    </message>
    <message>
        <source>a fault report names the region of the affected resources.</source>
        <translation>un informe de fallo debe indicar la región de los recursos afectados.</translation>
    </message>
    <message>
        <source>describe the problem.</source>
        <translation>describa el problema.</translation>
    </message>
    <message numerus="yes">
        <source>it is %n character(s) too long.</source>
        <translation>
            <numerusform>le sobra %n carácter.</numerusform>
            <numerusform>le sobran %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in the template.</source>
        <translation>complete la plantilla.</translation>
    </message>
    <message>
        <source>it must be a phone number.</source>
        <translation>debe ser un número de teléfono.</translation>
    </message>
    <message>
        <source>it must be an e-mail address.</source>
        <translation>debe ser una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>give a mobile number or an e-mail address for reminders.</source>
        <translation>indique un número de móvil o una dirección de correo electrónico para los avisos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n addresses are allowed.</source>
        <translation>
            <numerusform>se permite como máximo %n dirección.</numerusform>
            <numerusform>se permiten como máximo %n direcciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>verify this number with the code sent to it first.</source>
        <translation>primero verifique este número con el código que se le envió.</translation>
    </message>
    <message>
        <source>verify this address with the code sent to it first.</source>
        <translation>primero verifique esta dirección con el código que se le envió.</translation>
    </message>
    <message>
        <source>read and accept the agreement first.</source>
        <translation>primero lea y acepte el acuerdo.</translation>
    </message>
    <message>
        <source>Checking the contact details…</source>
        <translation>Comprobando los datos de contacto…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>%1 could not be uploaded.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>No se pudo cargar %1.</translation>
    </message>
    <message>
        <source>Signing the agreement…</source>
        <translation>Firmando el acuerdo…</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Creando el caso…</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>Correos en copia (CC)</translation>
    </message>
    <message>
        <source>%1 No more cases of this problem type can be created in this period; wait for the next one or ask your account manager for a special approval.</source>
        <extracomment>%1 is the server&apos;s refusal; what follows explains it</extracomment>
        <translation>%1 No se pueden crear más casos de este tipo de problema en este periodo; espere al siguiente o pida una aprobación especial a su gestor de cuenta.</translation>
    </message>
    <message>
        <source>%1 Ask for a new code and enter it again.</source>
        <translation>%1 Pida un código nuevo y vuelva a introducirlo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit New Case</source>
        <translation>Editar caso nuevo</translation>
    </message>
    <message>
        <source>The new case you have not finished yet will be replaced by the one waiting to be sent. Replace it?</source>
        <translation>El caso nuevo que aún no ha terminado se sustituirá por el que está pendiente de envío. ¿Desea sustituirlo?</translation>
    </message>
</context>
<context>
    <name>osm::ui::DiagnosisWindow</name>
    <message>
        <source>Cloud server (ECS)</source>
        <translation>Servidor en la nube (ECS)</translation>
    </message>
    <message>
        <source>Database instance (RDS)</source>
        <translation>Instancia de base de datos (RDS)</translation>
    </message>
    <message>
        <source>Remote login</source>
        <translation>Inicio de sesión remoto</translation>
    </message>
    <message>
        <source>Network health</source>
        <translation>Estado de la red</translation>
    </message>
    <message>
        <source>Type %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>Tipo %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not executed</source>
        <translation>No ejecutado</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>Estado %1</translation>
    </message>
    <message>
        <source>Preparing the diagnosis…</source>
        <translation>Preparando el diagnóstico…</translation>
    </message>
    <message>
        <source>Running: %1 of %2 checks done…</source>
        <extracomment>%1 of %2 check items are done</extracomment>
        <translation>En ejecución: %1 de %2 comprobaciones realizadas…</translation>
    </message>
    <message>
        <source>Completed: no problem found.</source>
        <translation>Completado: no se encontró ningún problema.</translation>
    </message>
    <message numerus="yes">
        <source>Completed: %n check item(s) found a problem.</source>
        <translation>
            <numerusform>Completado: %n elemento de comprobación encontró un problema.</numerusform>
            <numerusform>Completado: %n elementos de comprobación encontraron un problema.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis failed: the resource could not be checked. Check its region and ID.</source>
        <translation>Error en el diagnóstico: no se pudo comprobar el recurso. Compruebe su región y su ID.</translation>
    </message>
    <message>
        <source>The diagnosis was not run.</source>
        <translation>No se ejecutó el diagnóstico.</translation>
    </message>
    <message>
        <source>This diagnosis is not available for the resource.</source>
        <translation>Este diagnóstico no está disponible para el recurso.</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problema encontrado</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Checking (%1%)</source>
        <extracomment>a check item in progress; %1 is a percentage</extracomment>
        <translation>Comprobando (%1%)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a region&apos;s name and id, e.g. &quot;CN South-Guangzhou (cn-south-1)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No virtual machine of this project and region matches.</source>
        <translation>Ninguna máquina virtual de este proyecto y región coincide.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n virtual machine(s): choose one to diagnose.</source>
        <translation>
            <numerusform>Se encontró %n máquina virtual: elíjala para diagnosticarla.</numerusform>
            <numerusform>Se encontraron %n máquinas virtuales: elija una para diagnosticarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the diagnosis…</source>
        <translation>Iniciando el diagnóstico…</translation>
    </message>
    <message>
        <source>Reading the diagnosis…</source>
        <translation>Leyendo el diagnóstico…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No details for this check item.</source>
        <translation>No hay detalles para este elemento de comprobación.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Qué se encontró</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Read more about this problem</source>
        <translation>Más información sobre este problema</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Thank you: your feedback was sent.</source>
        <translation>Gracias: se envió su opinión.</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnosticar</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click: choose what to diagnose, start, and read the results and advice.</source>
        <translation>Compruebe con un clic si un recurso en la nube tiene problemas habituales: elija qué diagnosticar, inicie el diagnóstico y lea los resultados y las recomendaciones.</translation>
    </message>
    <message>
        <source>&amp;Diagnose:</source>
        <translation>&amp;Diagnosticar:</translation>
    </message>
    <message>
        <source>Diagnosis type</source>
        <translation>Tipo de diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>&amp;Virtual machine:</source>
        <translation>&amp;Máquina virtual:</translation>
    </message>
    <message>
        <source>VM ID or elastic IP address, or choose one below</source>
        <translation>ID de la VM o dirección IP elástica, o elija una a continuación</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instancia:</translation>
    </message>
    <message>
        <source>RDS instance ID</source>
        <translation>ID de la instancia de RDS</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Recurso:</translation>
    </message>
    <message>
        <source>Not needed for this diagnosis</source>
        <translation>No es necesario para este diagnóstico</translation>
    </message>
    <message>
        <source>Resource to diagnose</source>
        <translation>Recurso que se diagnosticará</translation>
    </message>
    <message>
        <source>Find a virtual machine</source>
        <translation>Buscar una máquina virtual</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>ID de &amp;proyecto:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID de proyecto</translation>
    </message>
    <message>
        <source>The region&apos;s project ID, as shown under My Credentials in the console</source>
        <translation>El ID de proyecto de la región, tal como aparece en Mis credenciales en la consola</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>Nombre de la VM</translation>
    </message>
    <message>
        <source>Part of the name (optional)</source>
        <translation>Parte del nombre (opcional)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Direcciones IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Known fault</source>
        <translation>Fallo conocido</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Máquinas virtuales</translation>
    </message>
    <message>
        <source>&amp;Start Diagnosis</source>
        <translation>&amp;Iniciar diagnóstico</translation>
    </message>
    <message>
        <source>Diagnosis status</source>
        <translation>Estado del diagnóstico</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Elemento de comprobación</translation>
    </message>
    <message>
        <source>Check items</source>
        <translation>Elementos de comprobación</translation>
    </message>
    <message>
        <source>Check item details</source>
        <translation>Detalles del elemento de comprobación</translation>
    </message>
    <message>
        <source>Did this diagnosis help?</source>
        <translation>¿Le resultó útil este diagnóstico?</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>Comentario sobre el diagnóstico</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comentario (opcional)</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation>Ú&amp;til</translation>
    </message>
    <message>
        <source>&amp;Not Helpful</source>
        <translation>&amp;No fue útil</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Past diagnoses</source>
        <translation>Diagnósticos anteriores</translation>
    </message>
    <message>
        <source>Double-click a diagnosis to see its results</source>
        <translation>Haga doble clic en un diagnóstico para ver sus resultados</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3 in all)</source>
        <extracomment>%1 and %2 are page numbers; %3 is the number of diagnoses</extracomment>
        <translation>Página %1 de %2 (%3 en total)</translation>
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
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>it must be a whole number.</source>
        <translation>debe ser un número entero.</translation>
    </message>
    <message>
        <source>it is required.</source>
        <translation>es obligatorio.</translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <extracomment>%1 and %2 are the smallest and the largest allowed number</extracomment>
        <translation>debe estar entre %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n characters long.</source>
        <translation>
            <numerusform>puede tener como máximo %n carácter.</numerusform>
            <numerusform>puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not have the expected format.</source>
        <translation>no tiene el formato esperado.</translation>
    </message>
    <message>
        <source>This problem type asks for no additional information.</source>
        <translation>Este tipo de problema no pide información adicional.</translation>
    </message>
</context>
<context>
    <name>osm::ui::LabelManagerDialog</name>
    <message>
        <source>Manage Labels</source>
        <translation>Administrar etiquetas</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Double-click a name (or press F2) to rename the label</source>
        <translation>Haga doble clic en un nombre (o pulse F2) para cambiar el nombre de la etiqueta</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;New label:</source>
        <translation>Etiqueta &amp;nueva:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>Nombre de la etiqueta nueva</translation>
    </message>
    <message>
        <source>New label colour</source>
        <translation>Color de la etiqueta nueva</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>You have %n labels, the most allowed. Delete one to add another.</source>
        <translation>
            <numerusform>Tiene %n etiqueta, el máximo permitido. Elimínela para añadir otra.</numerusform>
            <numerusform>Tiene %n etiquetas, el máximo permitido. Elimine una para añadir otra.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of at most %2 labels</source>
        <extracomment>%1 labels in use of at most %2</extracomment>
        <translation>%1 de un máximo de %2 etiquetas</translation>
    </message>
    <message>
        <source>Label “%1” created.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Se creó la etiqueta «%1».</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Color de «%1»</translation>
    </message>
    <message>
        <source>Label “%1” saved.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Se guardó la etiqueta «%1».</translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>Eliminar etiqueta</translation>
    </message>
    <message>
        <source>Delete the label “%1”? It is also removed from every case that carries it.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>¿Desea eliminar la etiqueta «%1»? También se quitará de todos los casos que la tengan.</translation>
    </message>
    <message>
        <source>Label “%1” deleted.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Se eliminó la etiqueta «%1».</translation>
    </message>
</context>
<context>
    <name>osm::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheActions</name>
    <message>
        <source>Saved list as of %1</source>
        <translation>Lista guardada el %1</translation>
    </message>
    <message>
        <source>These are the cases saved on this computer; the server&apos;s list replaces them when it answers.</source>
        <translation>Estos son los casos guardados en este equipo; la lista del servidor los sustituirá cuando responda.</translation>
    </message>
    <message>
        <source>The server could not be reached: these are the cases saved on this computer.</source>
        <translation>No se pudo contactar con el servidor: estos son los casos guardados en este equipo.</translation>
    </message>
    <message>
        <source>The local cache could not be emptied: %1</source>
        <translation>No se pudo vaciar la caché local: %1</translation>
    </message>
    <message>
        <source>&amp;Search Saved Cases…</source>
        <translation>&amp;Buscar en los casos guardados…</translation>
    </message>
    <message>
        <source>Find words in the cases, messages and attachment names saved on this computer (%1)</source>
        <translation>Buscar palabras en los casos, mensajes y nombres de archivos adjuntos guardados en este equipo (%1)</translation>
    </message>
    <message>
        <source>Rebuild Local &amp;Cache</source>
        <translation>Reconstruir la &amp;caché local</translation>
    </message>
    <message>
        <source>Forget the cases and messages saved on this computer and read them again from the server (unsent messages and drafts are kept)</source>
        <translation>Olvidar los casos y mensajes guardados en este equipo y volver a leerlos del servidor (se conservan los mensajes no enviados y los borradores)</translation>
    </message>
    <message>
        <source>Saved list</source>
        <translation>Lista guardada</translation>
    </message>
    <message>
        <source>Local &amp;Cache…</source>
        <translation>&amp;Caché local…</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheDialog</name>
    <message>
        <source>Local Cache</source>
        <translation>Caché local</translation>
    </message>
    <message>
        <source>&amp;Keep downloaded files up to (MiB):</source>
        <translation>&amp;Conservar archivos descargados hasta (MiB):</translation>
    </message>
    <message>
        <source>Attachments you open, save or drag out are kept on this computer, so that they open again without a download, also offline. Beyond the limit the least recently used go first; 0 keeps none.</source>
        <translation>Los archivos adjuntos que abre, guarda o arrastra fuera se conservan en este equipo para que vuelvan a abrirse sin descargarlos, también sin conexión. Por encima del límite se eliminan primero los que llevan más tiempo sin usarse; 0 no conserva ninguno.</translation>
    </message>
    <message>
        <source>C&amp;lear Downloaded Files</source>
        <translation>&amp;Borrar archivos descargados</translation>
    </message>
    <message numerus="yes">
        <source>In use: %n file(s), %1</source>
        <extracomment>%n is how many files are kept, %1 the space they take (e.g. &quot;12.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>En uso: %n archivo, %1</numerusform>
            <numerusform>En uso: %n archivos, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalSearchDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>Message in case %1, %2</source>
        <translation>Mensaje en el caso %1, %2</translation>
    </message>
    <message>
        <source>Attachment in case %1</source>
        <translation>Archivo adjunto en el caso %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Error en la búsqueda: %1</translation>
    </message>
    <message>
        <source>Nothing saved on this computer matches.</source>
        <translation>No hay coincidencias entre lo guardado en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Search Saved Cases</source>
        <translation>Buscar en los casos guardados</translation>
    </message>
    <message>
        <source>Searches the case descriptions, messages and attachment names saved on this computer, also while offline. Press Enter on a result to open its case.</source>
        <translation>Busca en las descripciones de casos, los mensajes y los nombres de archivos adjuntos guardados en este equipo, también sin conexión. Pulse Intro en un resultado para abrir su caso.</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Palabras que buscar</translation>
    </message>
    <message>
        <source>Search saved cases</source>
        <translation>Buscar en los casos guardados</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>A&amp;brir caso</translation>
    </message>
    <message>
        <source>Open the selected case in its own window (Enter or double-click)</source>
        <translation>Abrir el caso seleccionado en su propia ventana (Intro o doble clic)</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>Create a new case (%1)</source>
        <translation>Crear un caso nuevo (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;About OSM Desk</source>
        <translation>&amp;Acerca de OSM Desk</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>Mensajes no leídos</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Offline — waiting for the network</source>
        <translation>Sin conexión: esperando a la red</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>Sin conexión: reintento en %n s</numerusform>
            <numerusform>Sin conexión: reintento en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — retrying…</source>
        <translation>Sin conexión: reintentando…</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mensaje no leído</numerusform>
            <numerusform>%n mensajes no leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Export Cases…</source>
        <translation>&amp;Exportar casos…</translation>
    </message>
    <message>
        <source>Export the cases of the current view and filters to a file</source>
        <translation>Exportar a un archivo los casos de la vista y los filtros actuales</translation>
    </message>
    <message>
        <source>Save &amp;View as CSV…</source>
        <translation>Guardar la &amp;vista como CSV…</translation>
    </message>
    <message>
        <source>Save the cases listed now, with the visible columns, as a CSV file</source>
        <translation>Guardar los casos que se muestran ahora, con las columnas visibles, como archivo CSV</translation>
    </message>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>Administrar &amp;etiquetas…</translation>
    </message>
    <message>
        <source>A&amp;uthorizations…</source>
        <translation>A&amp;utorizaciones…</translation>
    </message>
    <message>
        <source>Requests of support engineers for access to your console or hosts</source>
        <translation>Solicitudes de los ingenieros de soporte para acceder a su consola o a sus hosts</translation>
    </message>
    <message>
        <source>&amp;Diagnosis…</source>
        <translation>&amp;Diagnóstico…</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click</source>
        <translation>Comprobar con un clic si un recurso en la nube tiene problemas habituales</translation>
    </message>
    <message>
        <source>Account &amp;Information…</source>
        <translation>&amp;Información de la cuenta…</translation>
    </message>
    <message>
        <source>Case quota, agencies, partner service and configuration items</source>
        <translation>Cuota de casos, agencias, servicio de socios y elementos de configuración</translation>
    </message>
    <message>
        <source>&amp;Report Infringement or Illegal Information…</source>
        <translation>&amp;Denunciar infracción o información ilegal…</translation>
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
    <name>osm::ui::OfflineStatus</name>
    <message numerus="yes">
        <source>Offline — showing saved data; %n change(s) waiting</source>
        <translation>
            <numerusform>Sin conexión: se muestran los datos guardados; %n cambio pendiente</numerusform>
            <numerusform>Sin conexión: se muestran los datos guardados; %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing saved data</source>
        <translation>Sin conexión: se muestran los datos guardados</translation>
    </message>
    <message>
        <source>The server cannot be reached. The cases and messages shown are those saved on this computer; what you send is kept and goes out when the server answers again.</source>
        <translation>No se puede acceder al servidor. Los casos y mensajes que se muestran son los guardados en este equipo; lo que envíe se conserva y se enviará cuando el servidor vuelva a responder.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxItemText</name>
    <message>
        <source>Urge the case</source>
        <translation>Reclamar el caso</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>Cancelar el caso</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Eliminar el caso</translation>
    </message>
    <message>
        <source>Close the case and rate it</source>
        <translation>Cerrar y valorar el caso</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Cerrar el caso</translation>
    </message>
    <message>
        <source>Rate the case</source>
        <translation>Valorar el caso</translation>
    </message>
    <message>
        <source>Add label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>Añadir la etiqueta «%1»</translation>
    </message>
    <message>
        <source>Remove label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>Quitar la etiqueta «%1»</translation>
    </message>
    <message>
        <source>Relate case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>Relacionar el caso %1</translation>
    </message>
    <message>
        <source>Remove the relation to case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>Quitar la relación con el caso %1</translation>
    </message>
    <message>
        <source>Change the reminder contact information</source>
        <translation>Cambiar el contacto para avisos</translation>
    </message>
    <message>
        <source>Create a case: %1</source>
        <extracomment>%1 is the beginning of the new case&apos;s description</extracomment>
        <translation>Crear un caso: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxPanel</name>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>%1 is the server&apos;s reason</extracomment>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Waiting for the network; it will be sent when the connection is back.</source>
        <translation>Esperando a la red; se enviará cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <source>Waiting to sign in again; it will be sent after that.</source>
        <translation>Esperando a que vuelva a iniciar sesión; se enviará después.</translation>
    </message>
    <message>
        <source>Will be sent again shortly: %1</source>
        <extracomment>%1 is why the last attempt failed</extracomment>
        <translation>Se volverá a enviar en breve: %1</translation>
    </message>
    <message>
        <source>Messages waiting to be sent</source>
        <translation>Mensajes pendientes de envío</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <extracomment>The files of a message waiting to be sent; %1 is their names</extracomment>
        <translation>Adjuntos: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Reintentar el envío</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the message in the reply box</source>
        <translation>Editar el mensaje en el cuadro de respuesta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesButton</name>
    <message numerus="yes">
        <source>%n new case(s) not sent</source>
        <translation>
            <numerusform>%n caso nuevo sin enviar</numerusform>
            <numerusform>%n casos nuevos sin enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) waiting to be sent</source>
        <translation>
            <numerusform>%n caso nuevo pendiente de envío</numerusform>
            <numerusform>%n casos nuevos pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the new cases waiting to be sent</source>
        <translation>Mostrar los casos nuevos pendientes de envío</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesDialog</name>
    <message>
        <source>New Cases Waiting to Be Sent</source>
        <translation>Casos nuevos pendientes de envío</translation>
    </message>
    <message>
        <source>These new cases are saved on this computer and are created as soon as the server can be reached. A case the server refused shows its reason: edit it, retry or discard it.</source>
        <translation>Estos casos nuevos están guardados en este equipo y se crearán en cuanto se pueda acceder al servidor. Si el servidor rechazó un caso, se muestra el motivo: edítelo, vuelva a intentarlo o descártelo.</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeCache</name>
    <message>
        <source>Your account&apos;s administrator has restricted case submission, and your user does not hold the privilege to submit cases. Ask the administrator of the main account to grant it.</source>
        <translation>El administrador de su cuenta ha restringido el envío de casos y su usuario no tiene el privilegio para enviar casos. Pida al administrador de la cuenta principal que se lo conceda.</translation>
    </message>
    <message>
        <source>You are signed in with a delegated account, and the account&apos;s administrator does not allow delegated accounts to work on cases. Ask the administrator to grant the case privilege.</source>
        <translation>Ha iniciado sesión con una cuenta delegada y el administrador de la cuenta no permite que las cuentas delegadas gestionen casos. Pida al administrador que le conceda el privilegio sobre casos.</translation>
    </message>
    <message>
        <source>Your user does not hold the privilege to export cases. Ask the administrator of the main account to grant it.</source>
        <translation>Su usuario no tiene el privilegio para exportar casos. Pida al administrador de la cuenta principal que se lo conceda.</translation>
    </message>
    <message>
        <source>You may not see or change the cases of this IAM group: your user is not allowed to work on its members&apos; cases. Check the group ID, or ask your administrator to add you to the group.</source>
        <translation>No puede ver ni modificar los casos de este grupo de IAM: su usuario no tiene permiso para gestionar los casos de sus miembros. Compruebe el ID del grupo o pida a su administrador que lo añada al grupo.</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeNotice</name>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>Por qué algunas acciones no están disponibles</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegePolicyTab</name>
    <message>
        <source>Restrictions the main account switches on for its IAM users: a restricted privilege is held only by the users it is granted to.</source>
        <translation>Restricciones que la cuenta principal activa para sus usuarios de IAM: un privilegio restringido solo lo tienen los usuarios a los que se concede.</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Privilegio</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Restricción</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Privilegios</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>whether the restriction of a privilege is switched on</extracomment>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>&amp;Restringir</translation>
    </message>
    <message>
        <source>&amp;Lift Restriction</source>
        <translation>&amp;Quitar restricción</translation>
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
    <name>osm::ui::RelatedCasesEditor</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>Casos relacionados</translation>
    </message>
    <message>
        <source>Related case ID</source>
        <translation>ID del caso relacionado</translation>
    </message>
    <message>
        <source>Case ID to relate</source>
        <translation>ID del caso que relacionar</translation>
    </message>
    <message>
        <source>IAM group ID for relations</source>
        <translation>ID del grupo de IAM para las relaciones</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>ID del grupo de IAM</translation>
    </message>
    <message>
        <source>The relation calls of the OSM API require the ID of your IAM group.</source>
        <translation>Las llamadas de relación de la API de OSM requieren el ID de su grupo de IAM.</translation>
    </message>
    <message>
        <source>Re&amp;late</source>
        <translation>Re&amp;lacionar</translation>
    </message>
    <message>
        <source>Add related case</source>
        <translation>Añadir caso relacionado</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open related case</source>
        <translation>Abrir el caso relacionado</translation>
    </message>
    <message>
        <source>Unrelate</source>
        <translation>Quitar relación</translation>
    </message>
    <message>
        <source>Remove related case</source>
        <translation>Quitar el caso relacionado</translation>
    </message>
</context>
<context>
    <name>osm::ui::ReportFeedbackDialog</name>
    <message>
        <source>Describe what you are reporting.</source>
        <translation>Describa lo que denuncia.</translation>
    </message>
    <message numerus="yes">
        <source>The description is %n character(s) too long.</source>
        <translation>
            <numerusform>La descripción supera el límite en %n carácter.</numerusform>
            <numerusform>La descripción supera el límite en %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one file as evidence.</source>
        <translation>Añada al menos un archivo como prueba.</translation>
    </message>
    <message>
        <source>Describe the right that is infringed.</source>
        <translation>Describa el derecho que se infringe.</translation>
    </message>
    <message>
        <source>An infringement report needs your name, mobile number and e-mail address.</source>
        <translation>Una denuncia por infracción requiere su nombre, su número de móvil y su dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Waiting for the files to upload…</source>
        <translation>Esperando a que se carguen los archivos…</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <extracomment>%1 is a file name, %2 why it could not be uploaded</extracomment>
        <translation>No se pudo cargar %1: %2</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Añadir pruebas</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>characters typed / the limit</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Report Infringement or Illegal Information</source>
        <translation>Denunciar infracción o información ilegal</translation>
    </message>
    <message>
        <source>Intellectual-property infringement</source>
        <translation>Infracción de propiedad intelectual</translation>
    </message>
    <message>
        <source>Illegal information</source>
        <translation>Información ilegal</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>Pornography</source>
        <translation>Pornografía</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Juegos de azar</translation>
    </message>
    <message>
        <source>Political breach</source>
        <translation>Infracción política</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <source>Virtual currency</source>
        <translation>Moneda virtual</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Servidor proxy</translation>
    </message>
    <message>
        <source>Website without ICP filing</source>
        <translation>Sitio web sin registro ICP</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>Información sensible</translation>
    </message>
    <message>
        <source>Violence or terrorism</source>
        <translation>Violencia o terrorismo</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>Rumor</translation>
    </message>
    <message>
        <source>Insulting heroes and martyrs</source>
        <translation>Insultos a héroes y mártires</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religión</translation>
    </message>
    <message>
        <source>Harm to minors</source>
        <translation>Daños a menores</translation>
    </message>
    <message>
        <source>Cyberattack</source>
        <translation>Ciberataque</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Derechos de autor</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>Marca comercial</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Patente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particular</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Authorized agent</source>
        <translation>Representante autorizado</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <source>Right owner</source>
        <translation>Titular del derecho</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Denuncia:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Reported &amp;party:</source>
        <translation>&amp;Parte denunciada:</translation>
    </message>
    <message>
        <source>Reported p&amp;roduct:</source>
        <translation>P&amp;roducto denunciado:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Prue&amp;bas:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Denuncia</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Product or service; website address</source>
        <translation>Producto o servicio; dirección del sitio web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What is infringing or illegal, and where it can be seen</source>
        <translation>Qué infringe derechos o es ilegal, y dónde se puede ver</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Longitud de la descripción</translation>
    </message>
    <message>
        <source>Reported party</source>
        <translation>Parte denunciada</translation>
    </message>
    <message>
        <source>The party or merchant reported (optional)</source>
        <translation>La parte o el comerciante denunciado (opcional)</translation>
    </message>
    <message>
        <source>Reported product</source>
        <translation>Producto denunciado</translation>
    </message>
    <message>
        <source>The infringing product or service (optional)</source>
        <translation>El producto o servicio infractor (opcional)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Archivos de prueba</translation>
    </message>
    <message>
        <source>One to %1 files that show what you report</source>
        <extracomment>%1 is the largest number of files</extracomment>
        <translation>Entre uno y %1 archivos que muestren lo que denuncia</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Infringed right</source>
        <translation>Derecho infringido</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Registered &amp;in:</source>
        <translation>Registrado &amp;en:</translation>
    </message>
    <message>
        <source>Registration &amp;number:</source>
        <translation>&amp;Número de registro:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>Des&amp;cripción:</translation>
    </message>
    <message>
        <source>Kind of right</source>
        <translation>Tipo de derecho</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>Registrado en</translation>
    </message>
    <message>
        <source>Country or region (optional)</source>
        <translation>País o región (opcional)</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Trademark or patent number (optional)</source>
        <translation>Número de marca o patente (opcional)</translation>
    </message>
    <message>
        <source>Right description</source>
        <translation>Descripción del derecho</translation>
    </message>
    <message>
        <source>Your contact details</source>
        <translation>Sus datos de contacto</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>Mó&amp;vil:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>Country or re&amp;gion:</source>
        <translation>País o re&amp;gión:</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Direcci&amp;ón:</translation>
    </message>
    <message>
        <source>You a&amp;re:</source>
        <translation>U&amp;sted es:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>Empre&amp;sa:</translation>
    </message>
    <message>
        <source>&amp;Other contact:</source>
        <translation>&amp;Otro contacto:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Usted es</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Otro contacto</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Send Report</source>
        <translation>&amp;Enviar denuncia</translation>
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
    <name>osm::ui::SaveViewAsCsv</name>
    <message>
        <source>Save View as CSV</source>
        <translation>Guardar la vista como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>
            <numerusform>Se guardó %n caso en %1</numerusform>
            <numerusform>Se guardaron %n casos en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::SubmissionPrivilegeGate</name>
    <message>
        <source>New Case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>You cannot submit cases with this user.</source>
        <translation>No puede enviar casos con este usuario.</translation>
    </message>
</context>
<context>
    <name>osm::ui::TrayNotifier</name>
    <message>
        <source>Show OSM Desk</source>
        <translation>Mostrar OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk tray menu</source>
        <translation>Menú de la bandeja de OSM Desk</translation>
    </message>
    <message numerus="yes">
        <source>OSM Desk: %n unread message(s)</source>
        <translation>
            <numerusform>OSM Desk: %n mensaje no leído</numerusform>
            <numerusform>OSM Desk: %n mensajes no leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>OSM Desk: no unread messages</source>
        <translation>OSM Desk: no hay mensajes no leídos</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>No hay mensajes no leídos</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <extracomment>A tray menu entry: the case number and how many of its messages are unread.</extracomment>
        <translation>
            <numerusform>%1 (%n no leído)</numerusform>
            <numerusform>%1 (%n no leídos)</numerusform>
        </translation>
    </message>
    <message>
        <source>New reply in case %1</source>
        <translation>Nueva respuesta en el caso %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mensaje no leído</numerusform>
            <numerusform>%n mensajes no leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New replies in %n case(s)</source>
        <translation>
            <numerusform>Nuevas respuestas en %n caso</numerusform>
            <numerusform>Nuevas respuestas en %n casos</numerusform>
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
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>Elegir &amp;grupo de IAM…</translation>
    </message>
</context>
</TS>
