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
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>debe ser un color con el formato #RRGGBB, por ejemplo #1E88E5.</translation>
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
        <source>Read the case list again (%1)</source>
        <translation>Volver a leer la lista de casos (%1)</translation>
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
</TS>
