<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Manage Huawei Cloud support cases through the OSM API.</source>
        <translation>Huawei-Cloud-Supportfälle über die OSM-API verwalten.</translation>
    </message>
    <message>
        <source>Run against the built-in OSM simulator.</source>
        <translation>Mit dem eingebauten OSM-Simulator arbeiten.</translation>
    </message>
    <message>
        <source>Sign in with the account profile &lt;id&gt;.</source>
        <translation>Mit dem Kontoprofil &lt;id&gt; anmelden.</translation>
    </message>
    <message>
        <source>Exit after the first page of cases has loaded (for tests).</source>
        <translation>Beenden, sobald die erste Seite der Fälle geladen ist (für Tests).</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de, ar) instead of the system&apos;s.</source>
        <extracomment>&lt;code&gt; stays as it is: it names the option&apos;s value on the command line.</extracomment>
        <translation>Die Sprache &lt;code&gt; (zum Beispiel zh_CN, ja, de, ar) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Unbekannte Sprache „%1“; verfügbar: %2.</translation>
    </message>
    <message>
        <source>A case to open: its id, or a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>Ein zu öffnender Fall: seine ID oder ein Link wie osmdesk://case/&lt;Fall-ID&gt;.</translation>
    </message>
</context>
<context>
    <name>osm::AkSkAuthenticator</name>
    <message>
        <source>IAM did not name the account of this access key.</source>
        <translation>IAM hat das Konto zu diesem Zugriffsschlüssel nicht genannt.</translation>
    </message>
</context>
<context>
    <name>osm::CaseStatus</name>
    <message>
        <source>Pending acceptance</source>
        <translation>Annahme ausstehend</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Result to be confirmed</source>
        <translation>Ergebnis zu bestätigen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Awaiting feedback</source>
        <translation>Rückmeldung ausstehend</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
</context>
<context>
    <name>osm::CredentialStore</name>
    <message>
        <source>No secret is saved for this account. Enter it again in the account settings.</source>
        <translation>Für dieses Konto ist kein Geheimnis gespeichert. Geben Sie es in den Kontoeinstellungen erneut ein.</translation>
    </message>
</context>
<context>
    <name>osm::Download</name>
    <message>
        <source>the folder does not exist.</source>
        <translation>der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>the file could not be created (%1).</source>
        <translation>die Datei konnte nicht angelegt werden (%1).</translation>
    </message>
    <message>
        <source>the file could not be written (%1).</source>
        <translation>die Datei konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>the file could not be saved (%1).</source>
        <translation>die Datei konnte nicht gespeichert werden (%1).</translation>
    </message>
</context>
<context>
    <name>osm::Endpoint</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Adresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for &quot;%1&quot;.</source>
        <translation>Unverschlüsseltes http ist nur zu diesem Computer (Loopback) erlaubt; verwenden Sie https für „%1“.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>osm::Error</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The app will keep trying when it is safe to.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Die App versucht es weiter, sofern das gefahrlos möglich ist.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server sent an answer the app could not read.</source>
        <translation>Der Server hat eine Antwort gesendet, die die App nicht lesen kann.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not valid: %2</source>
        <extracomment>%1 is a parameter name as the API spells it, %2 says what is wrong with it</extracomment>
        <translation>Der Wert von „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>The saved credentials could not be used: %1</source>
        <translation>Die gespeicherten Anmeldedaten konnten nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the account name, user name and password.</source>
        <translation>Die Anmeldung ist fehlgeschlagen. Prüfen Sie Kontoname, Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>The server refused the credentials of this account.</source>
        <translation>Der Server hat die Anmeldedaten dieses Kontos abgelehnt.</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <extracomment>%1 is the server&apos;s own error message, which may be in another language</extracomment>
        <translation>Der Server hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>Zu viele Anfragen. Die App versucht es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>Die Anfrage ist fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation>(Code %1)</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
</context>
<context>
    <name>osm::ErrorCatalog</name>
    <message>
        <source>The request was refused because a parameter is invalid.</source>
        <translation>Die Anfrage wurde abgelehnt, weil ein Parameter ungültig ist.</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>Sie sind nicht angemeldet, oder Ihre Anmeldung ist abgelaufen.</translation>
    </message>
    <message>
        <source>You do not have permission for this operation.</source>
        <translation>Sie haben keine Berechtigung für diesen Vorgang.</translation>
    </message>
    <message>
        <source>The case service had an internal error. Try again later.</source>
        <translation>Im Dienst für Fälle ist ein interner Fehler aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A parameter failed the server&apos;s validation.</source>
        <translation>Ein Parameter hat die Prüfung durch den Server nicht bestanden.</translation>
    </message>
    <message>
        <source>You do not have permission for this case.</source>
        <translation>Sie haben keine Berechtigung für diesen Fall.</translation>
    </message>
    <message>
        <source>You have urged this case too often. Wait a while before urging it again.</source>
        <translation>Sie haben bei diesem Fall zu oft nachgehakt. Warten Sie eine Weile, bevor Sie erneut nachhaken.</translation>
    </message>
    <message>
        <source>Today&apos;s attachment upload allowance is used up.</source>
        <translation>Das heutige Kontingent für das Hochladen von Anhängen ist aufgebraucht.</translation>
    </message>
    <message>
        <source>The selected severity does not exist.</source>
        <translation>Der gewählte Schweregrad existiert nicht.</translation>
    </message>
    <message>
        <source>A CC e-mail address is not valid.</source>
        <translation>Eine CC-E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>Your support plan does not allow creating this case.</source>
        <translation>Ihr Supportplan erlaubt es nicht, diesen Fall anzulegen.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>Die Verifizierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>That case action is not supported (only cancel, close, urge and delete).</source>
        <translation>Diese Aktion für Fälle wird nicht unterstützt (nur Zurückziehen, Schließen, Nachhaken und Löschen).</translation>
    </message>
    <message>
        <source>The case does not exist, or you cannot see it.</source>
        <translation>Der Fall existiert nicht, oder Sie können ihn nicht sehen.</translation>
    </message>
    <message>
        <source>The bastion host (CBH) reported a failure.</source>
        <translation>Der Bastion-Host (CBH) hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>This case was created only a moment ago. Wait a while before urging it.</source>
        <translation>Dieser Fall wurde gerade erst angelegt. Warten Sie eine Weile, bevor Sie nachhaken.</translation>
    </message>
    <message>
        <source>A verification code was sent less than a minute ago. Wait before asking for another.</source>
        <translation>Vor weniger als einer Minute wurde ein Bestätigungscode gesendet. Warten Sie, bevor Sie einen neuen anfordern.</translation>
    </message>
    <message>
        <source>The case&apos;s current status does not allow this operation.</source>
        <translation>Der aktuelle Status des Falls lässt diesen Vorgang nicht zu.</translation>
    </message>
    <message>
        <source>You are not allowed to see cases of this group.</source>
        <translation>Sie dürfen die Fälle dieser Gruppe nicht sehen.</translation>
    </message>
    <message>
        <source>The maximum number of verification codes has been sent.</source>
        <translation>Die Höchstzahl an Bestätigungscodes wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>Your case quota is used up.</source>
        <translation>Ihr Kontingent an Fällen ist aufgebraucht.</translation>
    </message>
    <message>
        <source>You have reached today&apos;s limit of new cases.</source>
        <translation>Sie haben das heutige Limit für neue Fälle erreicht.</translation>
    </message>
    <message>
        <source>The label does not exist.</source>
        <translation>Das Label existiert nicht.</translation>
    </message>
    <message>
        <source>A label with this name already exists.</source>
        <translation>Ein Label mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>You already have 30 labels, the most allowed.</source>
        <translation>Sie haben bereits 30 Labels, die zulässige Höchstzahl.</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels.</source>
        <translation>Ein Fall kann höchstens 5 Labels tragen.</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases.</source>
        <translation>Ein Fall kann höchstens 3 verknüpfte Fälle haben.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>Ein Fall kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>The attachment is not valid.</source>
        <translation>Der Anhang ist ungültig.</translation>
    </message>
    <message>
        <source>This authorization can only be changed while it is pending.</source>
        <translation>Diese Autorisierung kann nur geändert werden, solange sie aussteht.</translation>
    </message>
    <message>
        <source>The connection to the target host timed out.</source>
        <translation>Die Verbindung zum Zielhost hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>The signature was rejected. Check the access key (AK) and secret key (SK) of this account.</source>
        <translation>Die Signatur wurde abgelehnt. Prüfen Sie den Zugriffsschlüssel (AK) und den geheimen Schlüssel (SK) dieses Kontos.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>Zu viele Anfragen. Die App versucht es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The account name or password is wrong.</source>
        <translation>Kontoname oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The case service could not complete the operation. Try again later.</source>
        <translation>Der Dienst für Fälle konnte den Vorgang nicht abschließen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This authorization operation is not supported.</source>
        <translation>Dieser Autorisierungsvorgang wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The operation is not allowed.</source>
        <translation>Der Vorgang ist nicht zulässig.</translation>
    </message>
    <message>
        <source>The source id does not exist.</source>
        <translation>Die Quell-ID existiert nicht.</translation>
    </message>
    <message>
        <source>The selected problem type does not exist.</source>
        <translation>Der gewählte Problemtyp existiert nicht.</translation>
    </message>
    <message>
        <source>The type is not valid.</source>
        <translation>Der Typ ist ungültig.</translation>
    </message>
    <message>
        <source>The authorization item does not exist.</source>
        <translation>Der Autorisierungseintrag existiert nicht.</translation>
    </message>
    <message>
        <source>The selected region does not exist.</source>
        <translation>Die gewählte Region existiert nicht.</translation>
    </message>
</context>
<context>
    <name>osm::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available (%1). Secrets entered now are kept in memory only and will be forgotten when the app quits.</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>Kein Schlüsselbund verfügbar (%1). Jetzt eingegebene Geheimnisse werden nur im Arbeitsspeicher gehalten und beim Beenden der App vergessen.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The keychain entry of this account is not in a format the app understands. Enter the secret again.</source>
        <translation>Der Schlüsselbund-Eintrag dieses Kontos hat ein Format, das die App nicht versteht. Geben Sie das Geheimnis erneut ein.</translation>
    </message>
</context>
<context>
    <name>osm::MultipartBody</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
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
        <translation>Huawei-Cloud-SDK-Endpunkt (myhuaweicloud.cn)</translation>
    </message>
</context>
<context>
    <name>osm::TokenAuthenticator</name>
    <message>
        <source>IAM answered without a token.</source>
        <translation>IAM hat ohne Token geantwortet.</translation>
    </message>
</context>
<context>
    <name>osm::api::AccessoryLimitCheck</name>
    <message numerus="yes">
        <source>at most %n file(s) may be attached to one case or message.</source>
        <translation>
            <numerusform>es darf höchstens %n Datei an einen Fall oder eine Nachricht angehängt werden.</numerusform>
            <numerusform>es dürfen höchstens %n Dateien an einen Fall oder eine Nachricht angehängt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a type of file that may be attached (allowed: %2).</source>
        <extracomment>%1 is a file name, %2 the list of allowed extensions</extracomment>
        <translation>„%1“ hat einen Dateityp, der nicht angehängt werden darf (zulässig: %2).</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; an attachment may be at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its size in MB, %3 the largest size allowed in MB</extracomment>
        <translation>„%1“ ist %2 MB groß; ein Anhang darf höchstens %3 MB groß sein.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a ZIP archive.</source>
        <translation>„%1“ konnte nicht als ZIP-Archiv gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” unpacks to %2 MB; an archive may unpack to at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its unpacked size in MB, %3 the largest unpacked size allowed in MB</extracomment>
        <translation>„%1“ ist entpackt %2 MB groß; ein Archiv darf entpackt höchstens %3 MB groß sein.</translation>
    </message>
</context>
<context>
    <name>osm::api::Attachments</name>
    <message>
        <source>it must be “incident” (for a new case) or “message” (for a message).</source>
        <translation>es muss „incident“ (für einen neuen Fall) oder „message“ (für eine Nachricht) sein.</translation>
    </message>
    <message>
        <source>the file “%1” cannot be read.</source>
        <translation>die Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>an id may not contain a comma.</source>
        <translation>eine ID darf kein Komma enthalten.</translation>
    </message>
</context>
<context>
    <name>osm::api::CaseWrites</name>
    <message>
        <source>its keys must be contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>seine Schlüssel müssen contactType, remindCCEmail, remindEncryptCCEmail oder isReceiveMsgRemind sein.</translation>
    </message>
    <message>
        <source>it must be IncidentService or IntelligentCustomerService.</source>
        <translation>es muss IncidentService oder IntelligentCustomerService sein.</translation>
    </message>
    <message>
        <source>it must be 0, 1 or 2.</source>
        <translation>es muss 0, 1 oder 2 sein.</translation>
    </message>
</context>
<context>
    <name>osm::api::Configurations</name>
    <message>
        <source>it may not contain /, ? or #.</source>
        <translation>es darf weder /, ? noch # enthalten.</translation>
    </message>
</context>
<context>
    <name>osm::api::Feedback</name>
    <message>
        <source>it must be one of %1.</source>
        <translation>es muss einer dieser Werte sein: %1.</translation>
    </message>
</context>
<context>
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>es muss eine Farbe im Format #RRGGBB sein, etwa #1E88E5.</translation>
    </message>
</context>
<context>
    <name>osm::api::Privileges</name>
    <message>
        <source>it must be one of export, createCase or assumeCaseAll.</source>
        <translation>es muss export, createCase oder assumeCaseAll sein.</translation>
    </message>
</context>
<context>
    <name>osm::api::Relations</name>
    <message>
        <source>a case cannot be related to itself.</source>
        <translation>ein Fall kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
</context>
<context>
    <name>osm::api::Validator</name>
    <message>
        <source>a value is required.</source>
        <translation>ein Wert ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n character(s) long.</source>
        <translation>
            <numerusform>es darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>es darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <translation>es muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>it must be one of %1.</source>
        <translation>es muss einer dieser Werte sein: %1.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n value(s) may be given.</source>
        <translation>
            <numerusform>es darf höchstens %n Wert angegeben werden.</numerusform>
            <numerusform>es dürfen höchstens %n Werte angegeben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n value(s) must be given.</source>
        <translation>
            <numerusform>es muss mindestens %n Wert angegeben werden.</numerusform>
            <numerusform>es müssen mindestens %n Werte angegeben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be a date and time written as yyyy-MM-dd HH:mm:ss.</source>
        <translation>es muss ein Datum mit Uhrzeit im Format yyyy-MM-dd HH:mm:ss sein.</translation>
    </message>
</context>
<context>
    <name>osm::api::VerifyCodes</name>
    <message>
        <source>it must be exactly 6 characters long.</source>
        <translation>es muss genau 6 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>osm::app::DesktopSession</name>
    <message>
        <source>The built-in simulator could not start.</source>
        <translation>Der eingebaute Simulator konnte nicht starten.</translation>
    </message>
    <message>
        <source>No account is set up yet. Start OSM Desk with --demo to try it with the built-in simulator.</source>
        <translation>Es ist noch kein Konto eingerichtet. Starten Sie OSM Desk mit --demo, um es mit dem eingebauten Simulator auszuprobieren.</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Kontoprofil „%1“.</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>Welcome to OSM Desk. Set up the Huawei Cloud account whose support cases you want to work with. (To try OSM Desk without an account, start it with --demo.)</source>
        <translation>Willkommen bei OSM Desk. Richten Sie das Huawei-Cloud-Konto ein, mit dessen Supportfällen Sie arbeiten möchten. (Um OSM Desk ohne Konto auszuprobieren, starten Sie es mit --demo.)</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>Das Konto konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>You have signed out and the stored secret was forgotten. Enter it again to sign in.</source>
        <translation>Sie haben sich abgemeldet, und das gespeicherte Geheimnis wurde vergessen. Geben Sie es erneut ein, um sich anzumelden.</translation>
    </message>
</context>
<context>
    <name>osm::app::LaunchRequest</name>
    <message>
        <source>Expected at most one case, as a case id or as a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>Erwartet wird höchstens ein Fall, als Fall-ID oder als Link wie osmdesk://case/&lt;Fall-ID&gt;.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AgenciesCommands</name>
    <message>
        <source>The account&apos;s IAM agencies (delegations).</source>
        <translation>Die IAM-Agencies (Delegierungen) des Kontos.</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM agencies (5.11.1).</source>
        <translation>Die IAM-Agencies des Kontos auflisten (5.11.1).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false: Rich-Text-Auszeichnungen in Beschreibungen und Nachrichten beibehalten (Standard true: reiner Text).</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs.</source>
        <translation>Supportfälle: list, show, count, status, logs.</translation>
    </message>
    <message>
        <source>List cases, with every filter of the API (5.11.9).</source>
        <translation>Fälle auflisten, mit allen Filtern der API (5.11.9).</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters); at most 3.</source>
        <translation>Ein Stichwort aus der Beschreibung (höchstens 64 Zeichen); höchstens 3.</translation>
    </message>
    <message>
        <source>A label id; at most 5.</source>
        <translation>Eine Label-ID; höchstens 5.</translation>
    </message>
    <message>
        <source>Matches the case id or the description (at most 64 characters).</source>
        <translation>Wird mit der Fall-ID oder der Beschreibung abgeglichen (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>Die Fall-ID (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>Created at or after this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Erstellt zu oder nach diesem Zeitpunkt, yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>Created at or before this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Erstellt zu oder vor diesem Zeitpunkt, yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>The status: 0, 1, 2, 3, 4, 12 or 17.</source>
        <translation>Der Status: 0, 1, 2, 3, 4, 12 oder 17.</translation>
    </message>
    <message>
        <source>A list of statuses, sent as given.</source>
        <translation>Eine Liste von Status, unverändert gesendet.</translation>
    </message>
    <message>
        <source>The cases of this sub-user id (at most 64 characters).</source>
        <translation>Die Fälle des Unterbenutzers mit dieser ID (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>The cases of this sub-user name (at most 64 characters).</source>
        <translation>Die Fälle des Unterbenutzers mit diesem Namen (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>Die IAM-Gruppe, um die Fälle ihrer anderen Mitglieder abzufragen (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Skip this many cases (0-65535, default 0).</source>
        <translation>So viele Fälle überspringen (0-65535, Standard 0).</translation>
    </message>
    <message>
        <source>At most this many cases (0-100, default 10).</source>
        <translation>Höchstens so viele Fälle (0-100, Standard 10).</translation>
    </message>
    <message>
        <source>The product category id (at most 64 characters).</source>
        <translation>Die ID der Produktkategorie (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>The problem type id (at most 32 characters).</source>
        <translation>Die ID des Problemtyps (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>Die ID des Fall-Untertyps (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>The root cause (at most 32 characters).</source>
        <translation>Die Grundursache (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>The service type of the case.</source>
        <translation>Der Servicetyp des Falls.</translation>
    </message>
    <message>
        <source>Show one case with all its details (5.11.4).</source>
        <translation>Einen Fall mit allen Details anzeigen (5.11.4).</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>Die Fall-ID (1-32 Zeichen).</translation>
    </message>
    <message>
        <source>The IAM group, for a case of another member (at most 64 characters).</source>
        <translation>Die IAM-Gruppe, um den Fall eines anderen Mitglieds abzufragen (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Count the cases by status (5.11.3).</source>
        <translation>Die Fälle nach Status zählen (5.11.3).</translation>
    </message>
    <message>
        <source>Only this status: 0-4 or 13.</source>
        <translation>Nur dieser Status: 0-4 oder 13.</translation>
    </message>
    <message>
        <source>Show the status of a case (5.11.7).</source>
        <translation>Den Status eines Falls anzeigen (5.11.7).</translation>
    </message>
    <message>
        <source>List what was done on a case (5.11.5).</source>
        <translation>Den Bearbeitungsverlauf eines Falls auflisten (5.11.5).</translation>
    </message>
    <message>
        <source>Skip this many entries (0-65535).</source>
        <translation>So viele Einträge überspringen (0-65535).</translation>
    </message>
    <message>
        <source>At most this many entries (1-100).</source>
        <translation>Höchstens so viele Einträge (1-100).</translation>
    </message>
    <message>
        <source>Show the CC e-mails used most recently (5.11.6).</source>
        <translation>Die zuletzt verwendeten CC-E-Mail-Adressen anzeigen (5.11.6).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Cli</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Use this account profile of OSM Desk (its name or id); by default the active one.</source>
        <translation>Dieses Kontoprofil von OSM Desk verwenden (Name oder ID); standardmäßig das aktive.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Send to this OSM endpoint, with the credentials from the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID, looked up when missing, and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>An diesen OSM-Endpunkt senden, mit den Anmeldedaten aus der Umgebung: OSM_AK und OSM_SK (optional OSM_DOMAIN_ID, die bei Fehlen ermittelt wird, und OSM_SECURITY_TOKEN) oder OSM_IAM_DOMAIN, OSM_IAM_USER und OSM_PASSWORD.</translation>
    </message>
    <message>
        <source>The IAM endpoint that goes with --endpoint; by default its site&apos;s, or --endpoint itself.</source>
        <translation>Der zu --endpoint gehörende IAM-Endpunkt; standardmäßig der seiner Site oder --endpoint selbst.</translation>
    </message>
    <message>
        <source>Print the result as JSON, with the API&apos;s field names.</source>
        <translation>Das Ergebnis als JSON ausgeben, mit den Feldnamen der API.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de) instead of LANGUAGE or LANG.</source>
        <translation>Die Sprache &lt;Code&gt; (zum Beispiel zh_CN, ja, de) statt LANGUAGE oder LANG verwenden.</translation>
    </message>
    <message>
        <source>Log each request on stderr (method, path, status, request id; never credentials).</source>
        <translation>Jede Anfrage auf stderr protokollieren (Methode, Pfad, Status, Anfrage-ID; niemals Anmeldedaten).</translation>
    </message>
    <message>
        <source>Show the help of osmctl, of a group or of a command.</source>
        <translation>Die Hilfe zu osmctl, einer Gruppe oder einem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2 %3&quot;.</source>
        <translation>Unbekannte Option --%1 für „%2 %3“.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Die Option --%1 erwartet keinen Wert.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Die Option --%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>The option --%1 may be given only once.</source>
        <translation>Die Option --%1 darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Unknown command group &quot;%1&quot;.</source>
        <translation>Unbekannte Befehlsgruppe „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no command &quot;%2&quot;.</source>
        <translation>„%1“ hat keinen Befehl „%2“.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: values are given with options.</source>
        <translation>Unerwartetes Argument „%1“: Werte werden mit Optionen angegeben.</translation>
    </message>
    <message>
        <source>Choose a command of &quot;%1&quot;.</source>
        <translation>Wählen Sie einen Befehl der Gruppe „%1“.</translation>
    </message>
    <message>
        <source>%1 (option --%2)</source>
        <extracomment>%1 is a sentence saying what is wrong, %2 an option such as --limit</extracomment>
        <translation>%1 (Option --%2)</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 %2 --help&quot; for its options.</source>
        <translation>Führen Sie „osmctl %1 %2 --help“ aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 --help&quot; for its commands.</source>
        <translation>Führen Sie „osmctl %1 --help“ aus, um ihre Befehle zu sehen.</translation>
    </message>
    <message>
        <source>Run &quot;osmctl --help&quot; for the command groups.</source>
        <translation>Führen Sie „osmctl --help“ aus, um die Befehlsgruppen zu sehen.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Repeat the option for several values.</source>
        <translation>Für mehrere Werte die Option mehrfach angeben.</translation>
    </message>
    <message>
        <source>Usage: osmctl [global options] &lt;group&gt; &lt;command&gt; [options]</source>
        <translation>Aufruf: osmctl [globale Optionen] &lt;Gruppe&gt; &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Work with Huawei Cloud support cases through the OSM API, with the accounts of OSM Desk.</source>
        <translation>Mit Huawei-Cloud-Supportfällen über die OSM-API arbeiten, mit den Konten von OSM Desk.</translation>
    </message>
    <message>
        <source>Command groups:</source>
        <translation>Befehlsgruppen:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, invalid value, refused before sending</source>
        <translation>Aufruffehler: unbekannter Befehl oder unbekannte Option, ungültiger Wert, vor dem Senden abgelehnt</translation>
    </message>
    <message>
        <source>the API answered with an error (its error_code and request id are printed)</source>
        <translation>die API hat mit einem Fehler geantwortet (error_code und Anfrage-ID werden ausgegeben)</translation>
    </message>
    <message>
        <source>network, TLS or timeout: no answer</source>
        <translation>Netzwerk, TLS oder Zeitüberschreitung: keine Antwort</translation>
    </message>
    <message>
        <source>authentication: credentials missing or rejected</source>
        <translation>Authentifizierung: Anmeldedaten fehlen oder wurden abgelehnt</translation>
    </message>
    <message>
        <source>Run &quot;osmctl &lt;group&gt; --help&quot; for a group&apos;s commands.</source>
        <translation>Führen Sie „osmctl &lt;Gruppe&gt; --help“ aus, um die Befehle einer Gruppe zu sehen.</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 &lt;command&gt; [options]</source>
        <translation>Aufruf: osmctl %1 &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>Führen Sie „osmctl %1 &lt;Befehl&gt; --help“ aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 %2 [options]</source>
        <translation>Aufruf: osmctl %1 %2 [Optionen]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Unbekannte Sprache „%1“; verfügbar: %2.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::ConfigCommands</name>
    <message>
        <source>What a new case is built from: categories, problem types, templates, severities, regions, limits.</source>
        <translation>Woraus ein neuer Fall besteht: Kategorien, Problemtypen, Vorlagen, Schweregrade, Regionen, Limits.</translation>
    </message>
    <message>
        <source>List the telephone country codes (5.8.1).</source>
        <translation>Die internationalen Telefonvorwahlen auflisten (5.8.1).</translation>
    </message>
    <message>
        <source>List the problem types (5.8.2).</source>
        <translation>Die Problemtypen auflisten (5.8.2).</translation>
    </message>
    <message>
        <source>Only those of this product category (1-64 characters).</source>
        <translation>Nur die dieser Produktkategorie (1-64 Zeichen).</translation>
    </message>
    <message>
        <source>Only those of this case sub-type (at most 32 characters).</source>
        <translation>Nur die dieses Fall-Untertyps (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>List the additional parameters a problem type asks for (5.8.3).</source>
        <translation>Die zusätzlichen Parameter auflisten, die ein Problemtyp verlangt (5.8.3).</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>Die ID des Problemtyps (1-32 Zeichen).</translation>
    </message>
    <message>
        <source>The case sub-type id (1-32 characters).</source>
        <translation>Die ID des Fall-Untertyps (1-32 Zeichen).</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>Die ID der Produktkategorie (1-64 Zeichen).</translation>
    </message>
    <message>
        <source>List the description templates of a problem type (5.8.4).</source>
        <translation>Die Beschreibungsvorlagen eines Problemtyps auflisten (5.8.4).</translation>
    </message>
    <message>
        <source>List the case categories and sub-types (5.8.5).</source>
        <translation>Die Fallkategorien und ihre Untertypen auflisten (5.8.5).</translation>
    </message>
    <message>
        <source>List the product categories (5.8.6).</source>
        <translation>Die Produktkategorien auflisten (5.8.6).</translation>
    </message>
    <message>
        <source>Only categories with this name (at most 64 characters).</source>
        <translation>Nur Kategorien mit diesem Namen (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>true: the exact name; false: names containing it (the server&apos;s default).</source>
        <translation>true: genau dieser Name; false: Namen, die ihn enthalten (Standard des Servers).</translation>
    </message>
    <message>
        <source>Only categories with this acronym (at most 64 characters).</source>
        <translation>Nur Kategorien mit diesem Kürzel (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>List the regions (5.8.7).</source>
        <translation>Die Regionen auflisten (5.8.7).</translation>
    </message>
    <message>
        <source>List the satisfaction scales of the case rating (5.8.8).</source>
        <translation>Die Zufriedenheitsstufen der Fallbewertung auflisten (5.8.8).</translation>
    </message>
    <message>
        <source>List the severities of a product category and problem type (5.8.9).</source>
        <translation>Die Schweregrade einer Produktkategorie und eines Problemtyps auflisten (5.8.9).</translation>
    </message>
    <message>
        <source>Show the account&apos;s case limits (5.8.10).</source>
        <translation>Die Limits des Kontos für Fälle anzeigen (5.8.10).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Connection</name>
    <message>
        <source>--endpoint needs credentials in the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>--endpoint benötigt Anmeldedaten in der Umgebung: OSM_AK und OSM_SK (optional OSM_DOMAIN_ID und OSM_SECURITY_TOKEN) oder OSM_IAM_DOMAIN, OSM_IAM_USER und OSM_PASSWORD.</translation>
    </message>
    <message>
        <source>No account profile is set up. Add one in OSM Desk, or use --endpoint with credentials in the environment (see --help).</source>
        <translation>Es ist kein Kontoprofil eingerichtet. Fügen Sie eines in OSM Desk hinzu oder verwenden Sie --endpoint mit Anmeldedaten in der Umgebung (siehe --help).</translation>
    </message>
    <message>
        <source>Several account profiles are called &quot;%1&quot;; give the profile&apos;s id instead.</source>
        <translation>Mehrere Kontoprofile heißen „%1“; geben Sie stattdessen die ID des Profils an.</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Kontoprofil „%1“.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CustomersCommands</name>
    <message>
        <source>The account&apos;s IAM users (sub-customers), contacts anonymised.</source>
        <translation>Die IAM-Benutzer des Kontos (Unterkunden), Kontaktdaten anonymisiert.</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM users (5.11.10).</source>
        <translation>Die IAM-Benutzer des Kontos auflisten (5.11.10).</translation>
    </message>
    <message>
        <source>Only users with this name (at most 64 characters).</source>
        <translation>Nur Benutzer mit diesem Namen (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Only the user with this id (at most 64 characters).</source>
        <translation>Nur der Benutzer mit dieser ID (höchstens 64 Zeichen).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::LabelsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>Die Fall-ID (1-32 Zeichen).</translation>
    </message>
    <message>
        <source>A label id (0 or more); 1-5 labels.</source>
        <translation>Eine Label-ID (0 oder größer); 1-5 Labels.</translation>
    </message>
    <message>
        <source>The account&apos;s case labels (at most 30) and the labels of a case (at most 5).</source>
        <translation>Die Labels des Kontos für Fälle (höchstens 30) und die Labels eines Falls (höchstens 5).</translation>
    </message>
    <message>
        <source>List the account&apos;s labels (5.9.2).</source>
        <translation>Die Labels des Kontos auflisten (5.9.2).</translation>
    </message>
    <message>
        <source>Skip this many labels (0-2147483647, default 0).</source>
        <translation>So viele Labels überspringen (0-2147483647, Standard 0).</translation>
    </message>
    <message>
        <source>At most this many labels (0-100, default 10).</source>
        <translation>Höchstens so viele Labels (0-100, Standard 10).</translation>
    </message>
    <message>
        <source>Labels whose name contains this (at most 64 characters).</source>
        <translation>Labels, deren Name diesen Text enthält (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Only the label with this id (0-2147483647).</source>
        <translation>Nur das Label mit dieser ID (0-2147483647).</translation>
    </message>
    <message>
        <source>Create a label (5.9.1).</source>
        <translation>Ein Label anlegen (5.9.1).</translation>
    </message>
    <message>
        <source>The label&apos;s name (1-64 characters, unique).</source>
        <translation>Der Name des Labels (1-64 Zeichen, eindeutig).</translation>
    </message>
    <message>
        <source>The label&apos;s colour, #RRGGBB.</source>
        <translation>Die Farbe des Labels, #RRGGBB.</translation>
    </message>
    <message>
        <source>The label was created.</source>
        <translation>Das Label wurde angelegt.</translation>
    </message>
    <message>
        <source>Rename or recolour a label (5.9.4).</source>
        <translation>Ein Label umbenennen oder umfärben (5.9.4).</translation>
    </message>
    <message>
        <source>The label&apos;s id.</source>
        <translation>Die ID des Labels.</translation>
    </message>
    <message>
        <source>The new name (1-64 characters).</source>
        <translation>Der neue Name (1-64 Zeichen).</translation>
    </message>
    <message>
        <source>The new colour, #RRGGBB.</source>
        <translation>Die neue Farbe, #RRGGBB.</translation>
    </message>
    <message>
        <source>The label was updated.</source>
        <translation>Das Label wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Delete a label; it is removed from every case (5.9.3).</source>
        <translation>Ein Label löschen; es wird von allen Fällen entfernt (5.9.3).</translation>
    </message>
    <message>
        <source>The label was deleted.</source>
        <translation>Das Label wurde gelöscht.</translation>
    </message>
    <message>
        <source>List the labels of a case (5.9.5).</source>
        <translation>Die Labels eines Falls auflisten (5.9.5).</translation>
    </message>
    <message>
        <source>Add labels to a case (5.9.6).</source>
        <translation>Labels zu einem Fall hinzufügen (5.9.6).</translation>
    </message>
    <message>
        <source>The labels were added to the case.</source>
        <translation>Die Labels wurden dem Fall hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove labels from a case (5.9.7).</source>
        <translation>Labels von einem Fall entfernen (5.9.7).</translation>
    </message>
    <message>
        <source>The labels were removed from the case.</source>
        <translation>Die Labels wurden vom Fall entfernt.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::MessagesCommands</name>
    <message>
        <source>false: keep the rich-text markup of the messages (default true: plain text).</source>
        <translation>false: Rich-Text-Auszeichnungen der Nachrichten beibehalten (Standard true: reiner Text).</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>Die IAM-Gruppe, um die Fälle ihrer anderen Mitglieder abzufragen (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>A case id; 1-100 cases.</source>
        <translation>Eine Fall-ID; 1-100 Fälle.</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>Die Fall-ID (1-32 Zeichen).</translation>
    </message>
    <message>
        <source>The messages of cases: list, send, withdraw, mark read, unread counts, instant-message poll.</source>
        <translation>Nachrichten von Fällen: auflisten, senden, zurückziehen, als gelesen markieren, ungelesene zählen, Sofortnachrichten abfragen.</translation>
    </message>
    <message>
        <source>List the messages of a case (5.10.5).</source>
        <translation>Die Nachrichten eines Falls auflisten (5.10.5).</translation>
    </message>
    <message>
        <source>Skip this many messages (0-65535).</source>
        <translation>So viele Nachrichten überspringen (0-65535).</translation>
    </message>
    <message>
        <source>At most this many messages (0-100).</source>
        <translation>Höchstens so viele Nachrichten (0-100).</translation>
    </message>
    <message>
        <source>Count the unread messages of cases (5.10.2).</source>
        <translation>Die ungelesenen Nachrichten von Fällen zählen (5.10.2).</translation>
    </message>
    <message>
        <source>New messages and status changes of cases since a cursor (5.10.7).</source>
        <translation>Neue Nachrichten und Statusänderungen von Fällen seit einem Cursor (5.10.7).</translation>
    </message>
    <message>
        <source>The cursor the previous poll returned (last_message_time_id).</source>
        <translation>Der Cursor, den die vorige Abfrage zurückgegeben hat (last_message_time_id).</translation>
    </message>
    <message>
        <source>List the messages before the oldest one loaded so far (5.10.6).</source>
        <translation>Die Nachrichten vor der ältesten bisher geladenen auflisten (5.10.6).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>The create_time of the oldest message loaded: epoch milliseconds or an ISO 8601 time.</source>
        <translation>Die create_time der ältesten geladenen Nachricht: Epoch-Millisekunden oder eine Zeitangabe nach ISO 8601.</translation>
    </message>
    <message>
        <source>--create-time expects epoch milliseconds or an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>--create-time erwartet Epoch-Millisekunden oder eine Zeitangabe nach ISO 8601, nicht „%1“.</translation>
    </message>
    <message>
        <source>The type of that message: 0 customer, 1 customer service (default 0).</source>
        <translation>Der Typ dieser Nachricht: 0 Kunde, 1 Kundendienst (Standard 0).</translation>
    </message>
    <message>
        <source>At most this many messages (1-100, default 10).</source>
        <translation>Höchstens so viele Nachrichten (1-100, Standard 10).</translation>
    </message>
    <message>
        <source>Send a message on a case (5.10.3).</source>
        <translation>Eine Nachricht zu einem Fall senden (5.10.3).</translation>
    </message>
    <message>
        <source>The message (at most 10000 characters).</source>
        <translation>Die Nachricht (höchstens 10000 Zeichen).</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); at most 10.</source>
        <translation>Die ID eines hochgeladenen Anhangs (1-32 Zeichen); höchstens 10.</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>Die Nachricht wurde gesendet.</translation>
    </message>
    <message>
        <source>Withdraw a message you sent (5.10.4).</source>
        <translation>Eine von Ihnen gesendete Nachricht zurückziehen (5.10.4).</translation>
    </message>
    <message>
        <source>The message&apos;s id.</source>
        <translation>Die ID der Nachricht.</translation>
    </message>
    <message>
        <source>The message was withdrawn.</source>
        <translation>Die Nachricht wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>Mark the messages of a case read (5.10.1).</source>
        <translation>Die Nachrichten eines Falls als gelesen markieren (5.10.1).</translation>
    </message>
    <message>
        <source>The messages were marked read.</source>
        <translation>Die Nachrichten wurden als gelesen markiert.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::OptionValue</name>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name such as --offset, %2 the value given</extracomment>
        <translation>--%1 erwartet eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 expects true or false, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name, %2 the value given; &quot;true&quot; and &quot;false&quot; are typed as they are</extracomment>
        <translation>--%1 erwartet true oder false, nicht „%2“.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>Die Option --%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>the value of an option in the help: --group-id &lt;text&gt;</extracomment>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>the value of an option in the help: --offset &lt;number&gt;</extracomment>
        <translation>Zahl</translation>
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
        <translation>Partner: ob Sie Fälle bearbeiten dürfen und die Servicezeiten eines Partners.</translation>
    </message>
    <message>
        <source>Show whether the caller, as a partner, may process cases (5.11.2).</source>
        <translation>Anzeigen, ob der Aufrufer als Partner Fälle bearbeiten darf (5.11.2).</translation>
    </message>
    <message>
        <source>Show the service hours of the partner of a product or case (5.11.8).</source>
        <translation>Die Servicezeiten des Partners eines Produkts oder Falls anzeigen (5.11.8).</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>Die ID des Fall-Untertyps (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>The ISV product id (at most 64 characters).</source>
        <translation>Die ISV-Produkt-ID (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>Die Fall-ID (höchstens 32 Zeichen).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::QuotasCommands</name>
    <message>
        <source>How many cases of a problem type may still be created.</source>
        <translation>Wie viele Fälle eines Problemtyps noch angelegt werden dürfen.</translation>
    </message>
    <message>
        <source>Show the case quota of a product category and problem type (5.7.1).</source>
        <translation>Das Kontingent an Fällen für eine Produktkategorie und einen Problemtyp anzeigen (5.7.1).</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>Die ID der Produktkategorie (1-64 Zeichen).</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>Die ID des Problemtyps (1-32 Zeichen).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::RelationsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>Die Fall-ID (1-32 Zeichen).</translation>
    </message>
    <message>
        <source>The IAM group id (1-64 characters).</source>
        <translation>Die ID der IAM-Gruppe (1-64 Zeichen).</translation>
    </message>
    <message>
        <source>Related cases: a case is related to at most 3 others.</source>
        <translation>Verknüpfte Fälle: Ein Fall ist mit höchstens 3 anderen verknüpft.</translation>
    </message>
    <message>
        <source>List the cases related to a case (5.12.3).</source>
        <translation>Die mit einem Fall verknüpften Fälle auflisten (5.12.3).</translation>
    </message>
    <message>
        <source>Relate cases to a case (5.12.1).</source>
        <translation>Fälle mit einem Fall verknüpfen (5.12.1).</translation>
    </message>
    <message>
        <source>A case to relate (1-64 characters, not --case-id); 1-3 cases.</source>
        <translation>Ein zu verknüpfender Fall (1-64 Zeichen, nicht --case-id); 1-3 Fälle.</translation>
    </message>
    <message>
        <source>The cases were related.</source>
        <translation>Die Fälle wurden verknüpft.</translation>
    </message>
    <message>
        <source>Remove the relation between two cases (5.12.2).</source>
        <translation>Die Verknüpfung zwischen zwei Fällen entfernen (5.12.2).</translation>
    </message>
    <message>
        <source>The related case (1-64 characters, not --case-id).</source>
        <translation>Der verknüpfte Fall (1-64 Zeichen, nicht --case-id).</translation>
    </message>
    <message>
        <source>The relation was removed.</source>
        <translation>Die Verknüpfung wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>osm::ui::AboutDialog</name>
    <message>
        <source>OSM Desk %1
Qt %2 (built with %3)
QtKeychain %4</source>
        <translation>OSM Desk %1
Qt %2 (erstellt mit %3)
QtKeychain %4</translation>
    </message>
    <message>
        <source>About OSM Desk</source>
        <translation>Über OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>A desktop client for Huawei Cloud support cases through the OSM API.

OSM Desk is free software under the MIT licence. It uses Qt, under the GNU LGPL version 3, and QtKeychain, under the BSD 3-clause licence; the licence texts are installed with those libraries (on Debian in /usr/share/doc/&lt;package&gt;/copyright).</source>
        <translation>Ein Desktop-Client für Huawei-Cloud-Supportfälle über die OSM-API.

OSM Desk ist freie Software unter der MIT-Lizenz. Es verwendet Qt unter der GNU LGPL Version 3 und QtKeychain unter der BSD-Lizenz mit 3 Klauseln; die Lizenztexte werden mit diesen Bibliotheken installiert (unter Debian in /usr/share/doc/&lt;Paket&gt;/copyright).</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Anwendungsname</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilter</name>
    <message>
        <source>created %1 to %2</source>
        <translation>erstellt von %1 bis %2</translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>erstellt ab %1</translation>
    </message>
    <message>
        <source>created until %1</source>
        <translation>erstellt bis %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>submitter: %1</source>
        <translation>Einreicher: %1</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>Label: %1</translation>
    </message>
    <message>
        <source>case ID: %1</source>
        <translation>Fall-ID: %1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilterBar</name>
    <message>
        <source>Created &amp;from</source>
        <translation>Erstellt &amp;ab</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Case filters</source>
        <translation>Fallfilter</translation>
    </message>
    <message>
        <source>Keywords in description</source>
        <translation>Stichwörter in der Beschreibung</translation>
    </message>
    <message>
        <source>Search descriptions (up to three words)</source>
        <translation>Beschreibungen durchsuchen (bis zu drei Wörter)</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>Fall-ID</translation>
    </message>
    <message>
        <source>Submitter ID</source>
        <translation>Einreicher-ID</translation>
    </message>
    <message>
        <source>Sub-user ID</source>
        <translation>Unterbenutzer-ID</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Labelfilter</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created from date</source>
        <translation>Datum für „Erstellt ab“</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>Created until date</source>
        <translation>Datum für „Erstellt bis“</translation>
    </message>
    <message>
        <source>Show every case again (%1)</source>
        <translation>Wieder alle Fälle anzeigen (%1)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>Aktueller Filter</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Alle Labels</translation>
    </message>
    <message>
        <source>The selected view already lists one status.</source>
        <translation>Die gewählte Ansicht zeigt bereits nur einen Status.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n words of up to 64 characters each.</source>
        <translation>
            <numerusform>Höchstens %n Wort mit bis zu 64 Zeichen.</numerusform>
            <numerusform>Höchstens %n Wörter mit je bis zu 64 Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>Kein Filter</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Filter: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseListModel</name>
    <message>
        <source>Case ID</source>
        <translation>Fall-ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Problemtyp</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Einreicher</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseViewsModel</name>
    <message>
        <source>My cases</source>
        <translation>Meine Fälle</translation>
    </message>
    <message>
        <source>Group cases</source>
        <translation>Fälle der Gruppe</translation>
    </message>
    <message>
        <source>%1: choose the IAM group whose cases to list</source>
        <translation>%1: Wählen Sie die IAM-Gruppe, deren Fälle aufgelistet werden sollen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1, %n Fall</numerusform>
            <numerusform>%1, %n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n ungelesene Nachricht</numerusform>
            <numerusform>%1, %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseWindow</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Thread status</source>
        <translation>Status des Nachrichtenverlaufs</translation>
    </message>
    <message>
        <source>Reload messages</source>
        <translation>Nachrichten neu laden</translation>
    </message>
    <message>
        <source>Messages and reply</source>
        <translation>Nachrichten und Antwort</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Nachrichten werden geladen …</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>Die Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>New messages cannot be checked right now. %1</source>
        <translation>Neue Nachrichten können gerade nicht abgerufen werden. %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The message could not be withdrawn: %1</source>
        <translation>Die Nachricht konnte nicht zurückgezogen werden: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ComposeBox</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>Dateien &amp;anhängen …</translation>
    </message>
    <message>
        <source>Re&amp;move File</source>
        <translation>Datei &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Compose message</source>
        <translation>Nachricht verfassen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Sendefehler</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Senden wiederholen</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send.</source>
        <translation>Drücken Sie Strg+Enter, um zu senden.</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Antwort schreiben … (Strg+Enter sendet)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Remove the selected attached file</source>
        <translation>Die ausgewählte angehängte Datei entfernen</translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation>Verbleibende Zeichen</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A staged attachment: file name and size, e.g. &quot;log.zip (1.2 MB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Die Nachricht wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
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
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Fälle werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>&amp;Konto …</translation>
    </message>
    <message>
        <source>Edit this account&apos;s name, endpoint and credentials</source>
        <translation>Name, Endpunkt und Anmeldedaten dieses Kontos bearbeiten</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Forget this account&apos;s stored secret and sign in again</source>
        <translation>Das gespeicherte Geheimnis dieses Kontos vergessen und neu anmelden</translation>
    </message>
    <message>
        <source>Read the case list and the counts again (%1)</source>
        <translation>Fallliste und Zähler neu laden (%1)</translation>
    </message>
    <message>
        <source>Group Cases</source>
        <translation>Fälle der Gruppe</translation>
    </message>
    <message>
        <source>ID of the IAM group whose cases to list:</source>
        <translation>ID der IAM-Gruppe, deren Fälle aufgelistet werden sollen:</translation>
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
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Automated answer</source>
        <translation>Automatische Antwort</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Informationen angefordert</translation>
    </message>
    <message>
        <source>Authorization requested</source>
        <translation>Autorisierung angefordert</translation>
    </message>
    <message>
        <source>Open authorization</source>
        <translation>Autorisierung öffnen</translation>
    </message>
    <message>
        <source>Provide parameters</source>
        <translation>Parameter angeben</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadModel</name>
    <message>
        <source>This message was withdrawn.</source>
        <translation>Diese Nachricht wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>Support: %1, %2: %3</source>
        <translation>Support: %1, %2: %3</translation>
    </message>
    <message>
        <source>Customer: %1, %2: %3</source>
        <translation>Kunde: %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n Anhang.</numerusform>
            <numerusform>%n Anhänge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending.</source>
        <translation>Wird gesendet.</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>The conversation of this case, oldest first.</source>
        <translation>Der Nachrichtenverlauf dieses Falls, älteste Nachricht zuerst.</translation>
    </message>
    <message>
        <source>Withdraw Message</source>
        <translation>Nachricht zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw this message? Support will no longer see its text.</source>
        <translation>Diese Nachricht zurückziehen? Der Support sieht ihren Text dann nicht mehr.</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Nachrichtenaktionen</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Withdraw Message…</source>
        <translation>Nachricht &amp;zurückziehen …</translation>
    </message>
</context>
<context>
    <name>osm::ui::ProfileDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Schlüsselbund-Warnung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>e.g. Production account</source>
        <extracomment>Placeholder of the account name field</extracomment>
        <translation>z. B. Produktivkonto</translation>
    </message>
    <message>
        <source>Account name problem</source>
        <translation>Problem mit dem Kontonamen</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Custom endpoint…</source>
        <translation>Eigener Endpunkt …</translation>
    </message>
    <message>
        <source>Site addresses</source>
        <translation>Adressen der Site</translation>
    </message>
    <message>
        <source>&amp;OSM URL:</source>
        <translation>&amp;OSM-URL:</translation>
    </message>
    <message>
        <source>OSM URL</source>
        <translation>OSM-URL</translation>
    </message>
    <message>
        <source>https://osm.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://osm.example.com oder http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>OSM URL problem</source>
        <translation>Problem mit der OSM-URL</translation>
    </message>
    <message>
        <source>&amp;IAM URL:</source>
        <translation>&amp;IAM-URL:</translation>
    </message>
    <message>
        <source>IAM URL</source>
        <translation>IAM-URL</translation>
    </message>
    <message>
        <source>https://iam.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://iam.example.com oder http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>IAM URL problem</source>
        <translation>Problem mit der IAM-URL</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>Zugriffsschlüssel (AK/SK)</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM-Benutzer und Passwort</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>&amp;Zugriffsschlüssel (AK):</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Access key problem</source>
        <translation>Problem mit dem Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation>&amp;Geheimer Schlüssel (SK):</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Secret key problem</source>
        <translation>Problem mit dem geheimen Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Domain ID:</source>
        <translation>&amp;Domain-ID:</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>Domain-ID</translation>
    </message>
    <message>
        <source>Looked up automatically when empty</source>
        <translation>Wird automatisch ermittelt, wenn leer</translation>
    </message>
    <message>
        <source>&amp;Temporary key (with a security token)</source>
        <translation>&amp;Temporärer Schlüssel (mit Sicherheitstoken)</translation>
    </message>
    <message>
        <source>Temporary key</source>
        <translation>Temporärer Schlüssel</translation>
    </message>
    <message>
        <source>Security to&amp;ken:</source>
        <translation>Sic&amp;herheitstoken:</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>Sicherheitstoken</translation>
    </message>
    <message>
        <source>Security token problem</source>
        <translation>Problem mit dem Sicherheitstoken</translation>
    </message>
    <message>
        <source>A&amp;ccount name:</source>
        <extracomment>The Huawei Cloud account that the IAM user belongs to</extracomment>
        <translation>&amp;Kontoname:</translation>
    </message>
    <message>
        <source>Account (domain) name</source>
        <translation>Konto-(Domain-)Name</translation>
    </message>
    <message>
        <source>The Huawei Cloud account (domain) that the IAM user belongs to</source>
        <translation>Das Huawei-Cloud-Konto (Domain), zu dem der IAM-Benutzer gehört</translation>
    </message>
    <message>
        <source>IAM &amp;user name:</source>
        <translation>IAM-&amp;Benutzername:</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>IAM-Benutzername</translation>
    </message>
    <message>
        <source>IAM user name problem</source>
        <translation>Problem mit dem IAM-Benutzernamen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Problem mit dem Passwort</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>Pro&amp;jekt-ID:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Optional; the account is the scope when empty</source>
        <translation>Optional; wenn leer, gilt das Konto als Geltungsbereich</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Secret</source>
        <translation>Gespeichertes Geheimnis &amp;vergessen</translation>
    </message>
    <message>
        <source>Forget stored secret</source>
        <translation>Gespeichertes Geheimnis vergessen</translation>
    </message>
    <message>
        <source>Remove this account&apos;s secret from the keychain; you will have to enter it again</source>
        <translation>Das Geheimnis dieses Kontos aus dem Schlüsselbund entfernen; Sie müssen es danach erneut eingeben</translation>
    </message>
    <message>
        <source>OSM %1 · IAM %2</source>
        <extracomment>%1 and %2 are the OSM and IAM addresses of the chosen site</extracomment>
        <translation>OSM %1 · IAM %2</translation>
    </message>
    <message>
        <source>No secret is stored; enter it</source>
        <translation>Kein Geheimnis gespeichert; bitte eingeben</translation>
    </message>
    <message>
        <source>Unchanged; type to replace</source>
        <translation>Unverändert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Geben Sie einen Namen für dieses Konto ein.</translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;.</source>
        <extracomment>%1 is an account name</extracomment>
        <translation>Ein anderes Konto heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>Geben Sie die Adresse ein.</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>Geben Sie den Zugriffsschlüssel (AK) ein.</translation>
    </message>
    <message>
        <source>An access key has no spaces.</source>
        <translation>Ein Zugriffsschlüssel enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>Geben Sie den geheimen Schlüssel (SK) ein.</translation>
    </message>
    <message>
        <source>A temporary key needs its security token.</source>
        <translation>Ein temporärer Schlüssel braucht sein Sicherheitstoken.</translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation>Geben Sie den Konto-(Domain-)Namen ein.</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>Geben Sie den IAM-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>Das Geheimnis wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>The secret will be forgotten when OSM Desk quits: it could not be stored in the keychain, so it is kept in memory for this session only. You will have to enter it again next time.
%1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>Das Geheimnis wird beim Beenden von OSM Desk vergessen: Es konnte nicht im Schlüsselbund gespeichert werden und wird daher nur für diese Sitzung im Arbeitsspeicher gehalten. Sie müssen es beim nächsten Mal erneut eingeben.
%1</translation>
    </message>
    <message>
        <source>The secret could not be saved, so the account was not saved either. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>Das Geheimnis konnte nicht gespeichert werden, daher wurde auch das Konto nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Removing the secret from the keychain…</source>
        <translation>Das Geheimnis wird aus dem Schlüsselbund entfernt …</translation>
    </message>
    <message>
        <source>The secret could not be removed. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>Das Geheimnis konnte nicht entfernt werden. %1</translation>
    </message>
    <message>
        <source>The stored secret was removed. Enter it again to sign in with this account.</source>
        <translation>Das gespeicherte Geheimnis wurde entfernt. Geben Sie es erneut ein, um sich mit diesem Konto anzumelden.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Speiche&amp;rn</translation>
    </message>
</context>
<context>
    <name>osm::ui::RichTextSanitizer</name>
    <message>
        <source>This message is too long to show in full; the rest was left out.</source>
        <translation>Diese Nachricht ist zu lang, um vollständig angezeigt zu werden; der Rest wurde weggelassen.</translation>
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
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>IAM-&amp;Gruppe wählen …</translation>
    </message>
</context>
</TS>
