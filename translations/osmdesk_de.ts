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
    <name>osm::CaseWriteSender</name>
    <message>
        <source>This queued change cannot be read. Discard it and make it again.</source>
        <translation>Diese vorgemerkte Änderung kann nicht gelesen werden. Verwerfen Sie sie und nehmen Sie sie erneut vor.</translation>
    </message>
</context>
<context>
    <name>osm::CreateCaseSender</name>
    <message>
        <source>A staged file of this case is missing.</source>
        <translation>Eine für diesen Fall bereitgestellte Datei fehlt.</translation>
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
    <message>
        <source>The connection was lost while the server was answering. Check whether the change was made before you try again.</source>
        <translation>Die Verbindung ist abgebrochen, während der Server geantwortet hat. Prüfen Sie, ob die Änderung vorgenommen wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to be read safely and was refused.</source>
        <translation>Die Antwort des Servers war zu groß, um sicher gelesen zu werden, und wurde abgewiesen.</translation>
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
    <name>osm::MessageSender</name>
    <message>
        <source>A staged file of this message is missing.</source>
        <translation>Eine für diese Nachricht bereitgestellte Datei fehlt.</translation>
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
    <name>osm::app::DemoMenu</name>
    <message>
        <source>The simulator cannot listen on port %1 again: another program took it.</source>
        <translation>Der Simulator kann Port %1 nicht wieder belegen: Ein anderes Programm verwendet ihn inzwischen.</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <extracomment>The menu of osmdesk --demo, which runs against the built-in simulator</extracomment>
        <translation>De&amp;mo</translation>
    </message>
    <message>
        <source>S&amp;top Simulator</source>
        <translation>Simulator s&amp;toppen</translation>
    </message>
    <message>
        <source>Take the built-in simulator away, as if the server could not be reached: OSM Desk works from what it saved and keeps your replies until the simulator is back</source>
        <translation>Den eingebauten Simulator abschalten, als wäre der Server nicht erreichbar: OSM Desk arbeitet mit den gespeicherten Daten und behält Ihre Antworten, bis der Simulator wieder da ist</translation>
    </message>
    <message>
        <source>&amp;Start Simulator</source>
        <translation>Simulator &amp;starten</translation>
    </message>
    <message>
        <source>Bring the built-in simulator back, with the same data</source>
        <translation>Den eingebauten Simulator mit denselben Daten wieder starten</translation>
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
    <message>
        <source>The data saved on this computer for this account could not be read, so OSM Desk started a new local database. Cases and messages are read again from the server.

The old file was kept here:
%1</source>
        <translation>Die auf diesem Computer gespeicherten Daten dieses Kontos konnten nicht gelesen werden, daher hat OSM Desk eine neue lokale Datenbank angelegt. Fälle und Nachrichten werden erneut vom Server geladen.

Die alte Datei wurde hier aufbewahrt:
%1</translation>
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
    <name>osm::ctl::AgreementsCommands</name>
    <message>
        <source>0 new case, normal user (the default); 1 new case, ISV user; 2 authorization.</source>
        <translation>0 neuer Fall, normaler Benutzer (Standard); 1 neuer Fall, ISV-Benutzer; 2 Autorisierung.</translation>
    </message>
    <message>
        <source>The agreements to sign before creating a case: published, signed-latest, sign.</source>
        <translation>Die Vereinbarungen, die vor dem Anlegen eines Falls zu unterzeichnen sind: published, signed-latest, sign.</translation>
    </message>
    <message>
        <source>Show the latest published agreement of a type (5.1.1).</source>
        <translation>Die neueste veröffentlichte Vereinbarung eines Typs anzeigen (5.1.1).</translation>
    </message>
    <message>
        <source>Tell whether the account signed the latest agreement of a type (5.1.2).</source>
        <translation>Angeben, ob das Konto die neueste Vereinbarung eines Typs unterzeichnet hat (5.1.2).</translation>
    </message>
    <message>
        <source>Sign a published agreement (5.1.3); prints the record id &quot;cases create&quot; takes as --agreement-signed-record-id.</source>
        <translation>Eine veröffentlichte Vereinbarung unterzeichnen (5.1.3); gibt die Datensatz-ID aus, die „cases create“ als --agreement-signed-record-id erwartet.</translation>
    </message>
    <message>
        <source>The agreement&apos;s id, as &quot;agreements published&quot; shows it (1-2147483647).</source>
        <translation>Die ID der Vereinbarung, wie „agreements published“ sie anzeigt (1-2147483647).</translation>
    </message>
    <message>
        <source>A relation id (1-32 characters).</source>
        <translation>Eine Beziehungs-ID (1-32 Zeichen).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AttachmentsCommands</name>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>die Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The IAM group, for an attachment of another member&apos;s case (at most 64 characters).</source>
        <translation>Die IAM-Gruppe, für einen Anhang zum Fall eines anderen Mitglieds (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Save as this file (replaced if it exists).</source>
        <translation>Unter diesem Dateinamen speichern (wird ersetzt, falls vorhanden).</translation>
    </message>
    <message>
        <source>Save into this folder under the server&apos;s file name, made safe and unique (default: the current folder).</source>
        <translation>In diesem Ordner unter dem Dateinamen des Servers speichern, bereinigt und eindeutig gemacht (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>Attachments: upload, download, image, delete, limits, download links.</source>
        <translation>Anhänge: hochladen, herunterladen, Bild, löschen, Limits, Download-Links.</translation>
    </message>
    <message>
        <source>Upload a file for a new case or a message (5.5.1); prints its id.</source>
        <translation>Eine Datei für einen neuen Fall oder eine Nachricht hochladen (5.5.1); gibt ihre ID aus.</translation>
    </message>
    <message>
        <source>The local file to upload.</source>
        <translation>Die hochzuladende lokale Datei.</translation>
    </message>
    <message>
        <source>The name the server keeps (1-512 characters; default the file&apos;s own name).</source>
        <translation>Der Name, unter dem der Server die Datei speichert (1-512 Zeichen; Standard: der eigene Name der Datei).</translation>
    </message>
    <message>
        <source>incident (for a new case, the default) or message.</source>
        <translation>incident (für einen neuen Fall, Standard) oder message.</translation>
    </message>
    <message>
        <source>0 (the default) or 1 (markdown mode).</source>
        <translation>0 (Standard) oder 1 (Markdown-Modus).</translation>
    </message>
    <message>
        <source>Send the content Base64-encoded in a JSON body (5.5.2) instead of a streamed multipart upload; the file is read into memory.</source>
        <translation>Den Inhalt Base64-kodiert in einem JSON-Body senden (5.5.2) statt als gestreamten Multipart-Upload; die Datei wird in den Arbeitsspeicher gelesen.</translation>
    </message>
    <message>
        <source>Download attachments (5.5.4); several come as one archive.</source>
        <translation>Anhänge herunterladen (5.5.4); mehrere kommen als ein Archiv.</translation>
    </message>
    <message>
        <source>An attachment id (1-32 characters); 340 characters in all at most.</source>
        <translation>Eine Anhang-ID (1-32 Zeichen); insgesamt höchstens 340 Zeichen.</translation>
    </message>
    <message>
        <source>Download an image attachment as it is displayed (5.5.5).</source>
        <translation>Einen Bildanhang so herunterladen, wie er angezeigt wird (5.5.5).</translation>
    </message>
    <message>
        <source>The attachment id (1-32 characters).</source>
        <translation>Die Anhang-ID (1-32 Zeichen).</translation>
    </message>
    <message>
        <source>Delete an uploaded attachment that no case or message uses yet (5.5.3).</source>
        <translation>Einen hochgeladenen Anhang löschen, den noch kein Fall und keine Nachricht verwendet (5.5.3).</translation>
    </message>
    <message>
        <source>The attachment was deleted.</source>
        <translation>Der Anhang wurde gelöscht.</translation>
    </message>
    <message>
        <source>Show how many files, how large and of which types may be attached (5.5.6).</source>
        <translation>Anzeigen, wie viele Dateien welcher Größe und welcher Typen angehängt werden dürfen (5.5.6).</translation>
    </message>
    <message>
        <source>Show temporary download links of attachments (5.2.1).</source>
        <translation>Temporäre Download-Links von Anhängen anzeigen (5.2.1).</translation>
    </message>
    <message>
        <source>An attachment id; 1-100.</source>
        <translation>Eine Anhang-ID; 1-100.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AuthorizationsCommands</name>
    <message>
        <source>The authorization&apos;s id (1-32 characters).</source>
        <translation>Die ID der Autorisierung (1-32 Zeichen).</translation>
    </message>
    <message>
        <source>The id of an item of the authorization (authorization_detail_id, a whole number ≥ 0).</source>
        <translation>Die ID eines Eintrags der Autorisierung (authorization_detail_id, eine ganze Zahl ≥ 0).</translation>
    </message>
    <message>
        <source>The IAM group, for the authorizations of its other members (at most 64 characters).</source>
        <translation>Die IAM-Gruppe, um die Autorisierungen ihrer anderen Mitglieder abzufragen (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>false: keep the rich-text markup of the description (default true: plain text).</source>
        <translation>false: Rich-Text-Auszeichnungen der Beschreibung beibehalten (Standard true: reiner Text).</translation>
    </message>
    <message>
        <source>The bastion-host session&apos;s id (session_id, from &quot;sessions&quot;).</source>
        <translation>Die ID der Bastion-Host-Sitzung (session_id, aus „sessions“).</translation>
    </message>
    <message>
        <source>0 newest first (default), 1 oldest first.</source>
        <translation>0 neueste zuerst (Standard), 1 älteste zuerst.</translation>
    </message>
    <message>
        <source>Skip this many records (-1..65535, default 0).</source>
        <translation>So viele Datensätze überspringen (-1..65535, Standard 0).</translation>
    </message>
    <message>
        <source>At most this many records (-1..100, default 10).</source>
        <translation>Höchstens so viele Datensätze (-1..100, Standard 10).</translation>
    </message>
    <message>
        <source>The host&apos;s password (1-10240 characters). A command line is visible to other local users: leave it out to take the password from the environment variable OSM_HOST_PASSWORD.</source>
        <translation>Das Passwort des Hosts (1-10240 Zeichen). Eine Befehlszeile ist für andere lokale Benutzer sichtbar: Lassen Sie die Option weg, um das Passwort aus der Umgebungsvariablen OSM_HOST_PASSWORD zu übernehmen.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>--%1 expects epoch milliseconds or an ISO 8601 time, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet Epoch-Millisekunden oder eine Zeitangabe nach ISO 8601, nicht „%2“.</translation>
    </message>
    <message>
        <source>Agree from this time: epoch milliseconds or ISO 8601 (default now).</source>
        <translation>Zustimmung ab diesem Zeitpunkt: Epoch-Millisekunden oder ISO 8601 (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Agree until this time: epoch milliseconds or ISO 8601 (default a day later).</source>
        <translation>Zustimmung bis zu diesem Zeitpunkt: Epoch-Millisekunden oder ISO 8601 (Standard: einen Tag später).</translation>
    </message>
    <message>
        <source>Access requests of support engineers: list, show, agree, reject, revoke, check hosts, bastion-host records.</source>
        <translation>Zugriffsanfragen von Supportmitarbeitern: auflisten, anzeigen, zustimmen, ablehnen, widerrufen, Hosts prüfen, Bastion-Host-Protokolle.</translation>
    </message>
    <message>
        <source>List the authorization requests, with every filter of the API (5.6.6).</source>
        <translation>Die Autorisierungsanfragen auflisten, mit allen Filtern der API (5.6.6).</translation>
    </message>
    <message>
        <source>Those of this sub-user name (at most 64 characters).</source>
        <translation>Die des Unterbenutzers mit diesem Namen (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Those of this case id (at most 32 characters).</source>
        <translation>Die zu dieser Fall-ID (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>The status (-1..10): 0 pending, 1 agreed, 2 rejected, 3 expired, 4 withdrawn, 5 revoked.</source>
        <translation>Der Status (-1..10): 0 ausstehend, 1 zugestimmt, 2 abgelehnt, 3 abgelaufen, 4 zurückgezogen, 5 widerrufen.</translation>
    </message>
    <message>
        <source>A part of the case&apos;s description (at most 64 characters).</source>
        <translation>Ein Teil der Beschreibung des Falls (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Skip this many requests (0-65535, default 0).</source>
        <translation>So viele Anfragen überspringen (0-65535, Standard 0).</translation>
    </message>
    <message>
        <source>At most this many requests (1-100, default 10).</source>
        <translation>Höchstens so viele Anfragen (1-100, Standard 10).</translation>
    </message>
    <message>
        <source>Show an authorization request with its items (5.6.4).</source>
        <translation>Eine Autorisierungsanfrage mit ihren Einträgen anzeigen (5.6.4).</translation>
    </message>
    <message>
        <source>Agree to an authorization request for a period (5.6.5).</source>
        <translation>Einer Autorisierungsanfrage für einen Zeitraum zustimmen (5.6.5).</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>An item and what you supply for it: auth-detail-id=&lt;number&gt;[,port=&lt;1-65535&gt;][,account=&lt;text&gt;]; at most 6. An item with an account gets the password of OSM_HOST_PASSWORD.</source>
        <translation>Ein Eintrag und Ihre Angaben dazu: auth-detail-id=&lt;Zahl&gt;[,port=&lt;1-65535&gt;][,account=&lt;Text&gt;]; höchstens 6. Ein Eintrag mit Konto erhält das Passwort aus OSM_HOST_PASSWORD.</translation>
    </message>
    <message>
        <source>--auth-detail-list expects &quot;auth-detail-id=&lt;number&gt;[,port=&lt;number&gt;][,account=&lt;text&gt;]&quot;, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; auth-detail-id, port and account are typed as they are</extracomment>
        <translation>--auth-detail-list erwartet „auth-detail-id=&lt;Zahl&gt;[,port=&lt;Zahl&gt;][,account=&lt;Text&gt;]“, nicht „%1“.</translation>
    </message>
    <message>
        <source>Agree for this agency (at most 64 characters).</source>
        <translation>Für diese Agency zustimmen (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>The authorization was agreed.</source>
        <translation>Der Autorisierung wurde zugestimmt.</translation>
    </message>
    <message>
        <source>Reject a pending authorization request (5.6.2, action_id reject).</source>
        <translation>Eine ausstehende Autorisierungsanfrage ablehnen (5.6.2, action_id reject).</translation>
    </message>
    <message>
        <source>Why (1-300 characters).</source>
        <translation>Begründung (1-300 Zeichen).</translation>
    </message>
    <message>
        <source>The authorization was rejected.</source>
        <translation>Die Autorisierung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Revoke an agreed authorization (5.6.2, action_id cancel).</source>
        <translation>Eine erteilte Autorisierung widerrufen (5.6.2, action_id cancel).</translation>
    </message>
    <message>
        <source>The authorization was revoked.</source>
        <translation>Die Autorisierung wurde widerrufen.</translation>
    </message>
    <message>
        <source>Check a host item&apos;s port, account and password (5.6.1).</source>
        <translation>Port, Konto und Passwort eines Host-Eintrags prüfen (5.6.1).</translation>
    </message>
    <message>
        <source>The host&apos;s port (1-65535).</source>
        <translation>Der Port des Hosts (1-65535).</translation>
    </message>
    <message>
        <source>The host account (1-64 characters).</source>
        <translation>Das Konto auf dem Host (1-64 Zeichen).</translation>
    </message>
    <message>
        <source>The port, account and password of the host are right.</source>
        <translation>Port, Konto und Passwort des Hosts sind korrekt.</translation>
    </message>
    <message>
        <source>Show how you signed in: ASSUMED, FEDERATION… (5.6.3).</source>
        <translation>Anzeigen, wie Sie angemeldet sind: ASSUMED, FEDERATION … (5.6.3).</translation>
    </message>
    <message>
        <source>List the bastion-host sessions on an authorized item (5.6.8).</source>
        <translation>Die Bastion-Host-Sitzungen auf einem autorisierten Eintrag auflisten (5.6.8).</translation>
    </message>
    <message>
        <source>List the commands run in a bastion-host session (5.6.7).</source>
        <translation>Die in einer Bastion-Host-Sitzung ausgeführten Befehle auflisten (5.6.7).</translation>
    </message>
    <message>
        <source>List the file transfers of a bastion-host session (5.6.9).</source>
        <translation>Die Dateiübertragungen einer Bastion-Host-Sitzung auflisten (5.6.9).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false: Rich-Text-Auszeichnungen in Beschreibungen und Nachrichten beibehalten (Standard true: reiner Text).</translation>
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
    <message>
        <source>--%1 expects KEY=VALUE or KEY:=JSON, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet KEY=VALUE oder KEY:=JSON, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1: the value of %2 is not JSON.</source>
        <translation>--%1: Der Wert von %2 ist kein JSON.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a JSON object.</source>
        <translation>--%1: „%2“ ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>--%1 expects SATISFACTION_ID=VALUE (two whole numbers) or a JSON object, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet SATISFACTION_ID=VALUE (zwei ganze Zahlen) oder ein JSON-Objekt, nicht „%2“.</translation>
    </message>
    <message>
        <source>KEY=VALUE sends the value as text, KEY:=JSON as a JSON value (a number, true, an object).</source>
        <translation>KEY=VALUE sendet den Wert als Text, KEY:=JSON als JSON-Wert (eine Zahl, true, ein Objekt).</translation>
    </message>
    <message>
        <source>A rating: SATISFACTION_ID=VALUE (the ids of &quot;osmctl config satisfaction-dimensions&quot;), or a JSON object with satisfaction_id, satisfaction_value and the other fields of IncidentSatisfactionV2Do; at most 100.</source>
        <translation>Eine Bewertung: SATISFACTION_ID=VALUE (die IDs aus „osmctl config satisfaction-dimensions“) oder ein JSON-Objekt mit satisfaction_id, satisfaction_value und den übrigen Feldern von IncidentSatisfactionV2Do; höchstens 100.</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs, create, act on (cancel, close, urge, delete), rate, export, contacts, additional parameters, regions.</source>
        <translation>Supportfälle: auflisten, anzeigen, zählen, Status, Verlauf, anlegen, bearbeiten (zurückziehen, schließen, nachhaken, löschen), bewerten, exportieren, Kontakte, zusätzliche Parameter, Regionen.</translation>
    </message>
    <message>
        <source>Create a case (5.3.5); prints its id.</source>
        <translation>Einen Fall anlegen (5.3.5); gibt seine ID aus.</translation>
    </message>
    <message>
        <source>The problem type id, from &quot;osmctl config problem-types&quot; (at most 512 characters).</source>
        <translation>Die ID des Problemtyps, aus „osmctl config problem-types“ (höchstens 512 Zeichen).</translation>
    </message>
    <message>
        <source>The description of the problem (at most 2000 characters).</source>
        <translation>Die Beschreibung des Problems (höchstens 2000 Zeichen).</translation>
    </message>
    <message>
        <source>The case sub-type id, from &quot;osmctl config categories&quot; (at most 32 characters).</source>
        <translation>Die ID des Fall-Untertyps, aus „osmctl config categories“ (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>The region id (at most 64 characters); needed when the problem type&apos;s case_type is 5.</source>
        <translation>Die Regions-ID (höchstens 64 Zeichen); erforderlich, wenn der case_type des Problemtyps 5 ist.</translation>
    </message>
    <message>
        <source>The case source (at most 32 characters; default the fixed value the reference gives).</source>
        <translation>Die Quelle des Falls (höchstens 32 Zeichen; Standard: der feste Wert aus der Referenz).</translation>
    </message>
    <message>
        <source>The mobile number for reminders (at most 32 characters).</source>
        <translation>Die Mobilnummer für Benachrichtigungen (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (at most 128 characters).</source>
        <translation>Die E-Mail-Adresse für Benachrichtigungen (höchstens 128 Zeichen).</translation>
    </message>
    <message>
        <source>When reminders may come (at most 16 characters).</source>
        <translation>Wann Benachrichtigungen kommen dürfen (höchstens 16 Zeichen).</translation>
    </message>
    <message>
        <source>The project id (at most 64 characters).</source>
        <translation>Die Projekt-ID (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>An id &quot;osmctl attachments upload&quot; printed; at most 100.</source>
        <translation>Eine von „osmctl attachments upload“ ausgegebene ID; höchstens 100.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>An additional parameter of the problem type (&quot;osmctl config extends-params&quot;); at most 100, keys at most 32 characters.</source>
        <translation>Ein zusätzlicher Parameter des Problemtyps („osmctl config extends-params“); höchstens 100, Schlüssel höchstens 32 Zeichen.</translation>
    </message>
    <message>
        <source>An extension parameter, such as remindCCEmail=a@example.org,b@example.org; at most 100, keys at most 32 characters.</source>
        <translation>Ein Erweiterungsparameter, etwa remindCCEmail=a@example.org,b@example.org; höchstens 100, Schlüssel höchstens 32 Zeichen.</translation>
    </message>
    <message>
        <source>The severity id, from &quot;osmctl config severities&quot; (at most 64 characters).</source>
        <translation>Die ID des Schweregrads, aus „osmctl config severities“ (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>The code sent to a contact that is not registered (&quot;osmctl verify send&quot;; at most 6 characters).</source>
        <translation>Der Code, der an einen nicht registrierten Kontakt gesendet wurde („osmctl verify send“; höchstens 6 Zeichen).</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (at most 32 characters).</source>
        <translation>Die internationale Vorwahl der Mobilnummer (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>IncidentService (a case) or IntelligentCustomerService (online service).</source>
        <translation>IncidentService (ein Fall) oder IntelligentCustomerService (Online-Service).</translation>
    </message>
    <message>
        <source>A session id (at most 64 characters); at most 5.</source>
        <translation>Eine Sitzungs-ID (höchstens 64 Zeichen); höchstens 5.</translation>
    </message>
    <message>
        <source>The record &quot;osmctl agreements sign&quot; printed.</source>
        <translation>Der von „osmctl agreements sign“ ausgegebene Datensatz.</translation>
    </message>
    <message>
        <source>What the user said to the assistant to ask for a human (online service).</source>
        <translation>Was der Benutzer dem Assistenten gesagt hat, um einen Mitarbeiter anzufordern (Online-Service).</translation>
    </message>
    <message>
        <source>The assistant the case comes from: 0, 1 or 2.</source>
        <translation>Der Assistent, von dem der Fall stammt: 0, 1 oder 2.</translation>
    </message>
    <message>
        <source>Cancel, close, urge or delete a case (5.3.8); a close may carry a rating.</source>
        <translation>Einen Fall zurückziehen, schließen, bei ihm nachhaken oder ihn löschen (5.3.8); beim Schließen kann eine Bewertung mitgegeben werden.</translation>
    </message>
    <message>
        <source>cancel, close, press (urge the engineers) or delete.</source>
        <translation>cancel, close, press (bei den Supportmitarbeitern nachhaken) oder delete.</translation>
    </message>
    <message>
        <source>--action expects cancel, close, press or delete, not &quot;%1&quot;.</source>
        <translation>--action erwartet cancel, close, press oder delete, nicht „%1“.</translation>
    </message>
    <message>
        <source>Why (at most 400 characters).</source>
        <translation>Begründung (höchstens 400 Zeichen).</translation>
    </message>
    <message>
        <source>With close: a comment on how the case was handled (at most 400 characters).</source>
        <translation>Mit close: ein Kommentar zur Bearbeitung des Falls (höchstens 400 Zeichen).</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>With close:</source>
        <translation>Mit close:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Rate a case (5.3.6).</source>
        <translation>Einen Fall bewerten (5.3.6).</translation>
    </message>
    <message>
        <source>A comment on how the case was handled (at most 400 characters; default empty).</source>
        <translation>Ein Kommentar zur Bearbeitung des Falls (höchstens 400 Zeichen; Standard leer).</translation>
    </message>
    <message>
        <source>The rating was sent.</source>
        <translation>Die Bewertung wurde gesendet.</translation>
    </message>
    <message>
        <source>Export the cases matching the filters to a file (5.3.7); its language follows --language.</source>
        <translation>Die zu den Filtern passenden Fälle in eine Datei exportieren (5.3.7); ihre Sprache richtet sich nach --language.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>Die zu schreibende Datei (wird ersetzt, falls vorhanden).</translation>
    </message>
    <message>
        <source>A case id; 3400 characters in all at most.</source>
        <translation>Eine Fall-ID; insgesamt höchstens 3400 Zeichen.</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters).</source>
        <translation>Ein Stichwort aus der Beschreibung (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>The user id (at most 64 characters).</source>
        <translation>Die Benutzer-ID (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>A source id; at most 100.</source>
        <translation>Eine Quell-ID; höchstens 100.</translation>
    </message>
    <message>
        <source>The service type of the case (at most 32 characters).</source>
        <translation>Der Servicetyp des Falls (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>The time zone of the file&apos;s times, such as GMT+8 (at most 32 characters).</source>
        <translation>Die Zeitzone der Zeitangaben in der Datei, etwa GMT+8 (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>Skip this many cases (-1-65535).</source>
        <translation>So viele Fälle überspringen (-1-65535).</translation>
    </message>
    <message>
        <source>At most this many cases (-1-100; -1: all).</source>
        <translation>Höchstens so viele Fälle (-1-100; -1: alle).</translation>
    </message>
    <message>
        <source>Change who is reminded about a case, and how (5.3.1).</source>
        <translation>Ändern, wer zu einem Fall benachrichtigt wird und wie (5.3.1).</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (1-32 characters).</source>
        <translation>Die internationale Vorwahl der Mobilnummer (1-32 Zeichen).</translation>
    </message>
    <message>
        <source>The mobile number for reminders (1-32 characters).</source>
        <translation>Die Mobilnummer für Benachrichtigungen (1-32 Zeichen).</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (1-128 characters).</source>
        <translation>Die E-Mail-Adresse für Benachrichtigungen (1-128 Zeichen).</translation>
    </message>
    <message>
        <source>When reminders may come (1-16 characters).</source>
        <translation>Wann Benachrichtigungen kommen dürfen (1-16 Zeichen).</translation>
    </message>
    <message>
        <source>contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>contactType, remindCCEmail, remindEncryptCCEmail oder isReceiveMsgRemind.</translation>
    </message>
    <message>
        <source>The contact information was changed.</source>
        <translation>Die Kontaktdaten wurden geändert.</translation>
    </message>
    <message>
        <source>List the additional parameters given for a case (5.3.2).</source>
        <translation>Die zu einem Fall angegebenen zusätzlichen Parameter auflisten (5.3.2).</translation>
    </message>
    <message>
        <source>The case id (1-64 characters).</source>
        <translation>Die Fall-ID (1-64 Zeichen).</translation>
    </message>
    <message>
        <source>Give additional parameters for a case, as an engineer asked (5.3.3).</source>
        <translation>Zusätzliche Parameter für einen Fall angeben, wie von einem Supportmitarbeiter angefordert (5.3.3).</translation>
    </message>
    <message>
        <source>A parameter (the param_key of &quot;osmctl config extends-params&quot;); 1-100.</source>
        <translation>Ein Parameter (der param_key aus „osmctl config extends-params“); 1-100.</translation>
    </message>
    <message>
        <source>The message that asked for them (1-64 characters).</source>
        <translation>Die Nachricht, mit der sie angefordert wurden (1-64 Zeichen).</translation>
    </message>
    <message>
        <source>The additional parameters were sent.</source>
        <translation>Die zusätzlichen Parameter wurden gesendet.</translation>
    </message>
    <message>
        <source>List the regions associated with the account (5.3.4).</source>
        <translation>Die dem Konto zugeordneten Regionen auflisten (5.3.4).</translation>
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
    <name>osm::ctl::ConfigurationsCommands</name>
    <message>
        <source>Configuration items of the service, by key.</source>
        <translation>Konfigurationseinträge des Dienstes, nach Schlüssel.</translation>
    </message>
    <message>
        <source>Show a configuration item (5.14.1).</source>
        <translation>Einen Konfigurationseintrag anzeigen (5.14.1).</translation>
    </message>
    <message>
        <source>The item&apos;s key (1-128 characters), e.g. case.create-case.diagnose-list.</source>
        <translation>Der Schlüssel des Eintrags (1-128 Zeichen), z. B. case.create-case.diagnose-list.</translation>
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
    <name>osm::ctl::DiagnoseCommands</name>
    <message>
        <source>The diagnosis: 1 ECS, 2 RDS, 3 remote login, 4 network health.</source>
        <translation>Die Diagnose: 1 ECS, 2 RDS, 3 Remote-Anmeldung, 4 Netzwerkzustand.</translation>
    </message>
    <message>
        <source>The region (region_id), e.g. cn-south-1.</source>
        <translation>Die Region (region_id), z. B. cn-south-1.</translation>
    </message>
    <message>
        <source>The diagnosis job&apos;s id (at most 64 characters).</source>
        <translation>Die ID des Diagnoseauftrags (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>One-click diagnosis: pick a VM, start a diagnosis, follow it, read its advice, past diagnoses.</source>
        <translation>Diagnose mit einem Klick: VM auswählen, Diagnose starten, verfolgen, Empfehlungen lesen, frühere Diagnosen.</translation>
    </message>
    <message>
        <source>List the VMs of a project that can be diagnosed (5.15.6).</source>
        <translation>Die VMs eines Projekts auflisten, die diagnostiziert werden können (5.15.6).</translation>
    </message>
    <message>
        <source>The project id.</source>
        <translation>Die Projekt-ID.</translation>
    </message>
    <message>
        <source>Only the VMs of this region.</source>
        <translation>Nur die VMs dieser Region.</translation>
    </message>
    <message>
        <source>The page, counted from 1 (default 1).</source>
        <translation>Die Seite, ab 1 gezählt (Standard 1).</translation>
    </message>
    <message>
        <source>VMs per page (1-100, default 5).</source>
        <translation>VMs pro Seite (1-100, Standard 5).</translation>
    </message>
    <message>
        <source>Only the VM with this id.</source>
        <translation>Nur die VM mit dieser ID.</translation>
    </message>
    <message>
        <source>Only the VM with this IP address.</source>
        <translation>Nur die VM mit dieser IP-Adresse.</translation>
    </message>
    <message>
        <source>Only the VMs whose name contains this.</source>
        <translation>Nur die VMs, deren Name diesen Text enthält.</translation>
    </message>
    <message>
        <source>Start a diagnosis; prints its job_id (5.15.5).</source>
        <translation>Eine Diagnose starten; gibt ihre job_id aus (5.15.5).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>What to diagnose: vm_id=&lt;id&gt; or eip=&lt;address&gt; (ECS, remote login), instanceId=&lt;id&gt; (RDS).</source>
        <translation>Was diagnostiziert werden soll: vm_id=&lt;ID&gt; oder eip=&lt;Adresse&gt; (ECS, Remote-Anmeldung), instanceId=&lt;ID&gt; (RDS).</translation>
    </message>
    <message>
        <source>--params expects key=value, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; key=value is typed as it is</extracomment>
        <translation>--params erwartet key=value, nicht „%1“.</translation>
    </message>
    <message>
        <source>Show how far a diagnosis got, item by item (5.15.3).</source>
        <translation>Den Fortschritt einer Diagnose anzeigen, Punkt für Punkt (5.15.3).</translation>
    </message>
    <message>
        <source>Show the findings and advice of checks of a diagnosis (5.15.2).</source>
        <translation>Die Befunde und Empfehlungen der Prüfungen einer Diagnose anzeigen (5.15.2).</translation>
    </message>
    <message>
        <source>A check id (at most 64 characters); at most 100.</source>
        <translation>Eine Prüfungs-ID (höchstens 64 Zeichen); höchstens 100.</translation>
    </message>
    <message>
        <source>List past diagnoses, newest first (5.15.4).</source>
        <translation>Frühere Diagnosen auflisten, neueste zuerst (5.15.4).</translation>
    </message>
    <message>
        <source>Diagnoses per page (1-100, default 10).</source>
        <translation>Diagnosen pro Seite (1-100, Standard 10).</translation>
    </message>
    <message>
        <source>The diagnosis: 1 ECS (default), 2 RDS, 3 remote login, 4 network health.</source>
        <translation>Die Diagnose: 1 ECS (Standard), 2 RDS, 3 Remote-Anmeldung, 4 Netzwerkzustand.</translation>
    </message>
    <message>
        <source>Say whether your latest diagnosis of a type helped (5.15.1).</source>
        <translation>Angeben, ob Ihre letzte Diagnose eines Typs geholfen hat (5.15.1).</translation>
    </message>
    <message>
        <source>Whether it helped.</source>
        <translation>Ob sie geholfen hat.</translation>
    </message>
    <message>
        <source>Your comment (at most 10000 characters).</source>
        <translation>Ihr Kommentar (höchstens 10000 Zeichen).</translation>
    </message>
    <message>
        <source>Thank you: the feedback was sent.</source>
        <translation>Vielen Dank: Die Rückmeldung wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FeedbackCommands</name>
    <message>
        <source>Report an intellectual-property infringement or illegal information on Huawei Cloud.</source>
        <translation>Eine Verletzung geistigen Eigentums oder rechtswidrige Inhalte auf Huawei Cloud melden.</translation>
    </message>
    <message>
        <source>Report an infringement or illegal information (5.16.1).</source>
        <translation>Eine Rechtsverletzung oder rechtswidrige Inhalte melden (5.16.1).</translation>
    </message>
    <message>
        <source>What is reported: infringement or illegal.</source>
        <translation>Was gemeldet wird: infringement (Rechtsverletzung) oder illegal (rechtswidrige Inhalte).</translation>
    </message>
    <message>
        <source>&quot;&lt;product or service&gt;; &lt;website URL&gt;&quot; (at most 2048 characters).</source>
        <translation>„&lt;Produkt oder Dienst&gt;; &lt;Website-URL&gt;“ (höchstens 2048 Zeichen).</translation>
    </message>
    <message>
        <source>What is reported (1-5000 characters).</source>
        <translation>Was gemeldet wird (1-5000 Zeichen).</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); 1-3.</source>
        <translation>Die ID eines hochgeladenen Anhangs (1-32 Zeichen); 1-3.</translation>
    </message>
    <message>
        <source>For illegal information: sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack or spam.</source>
        <translation>Für rechtswidrige Inhalte: Sexualinhalte, Glücksspiel, Richtlinienverstoß, Betrug, virtuelle Währung, Proxyserver, ohne ICP-Registrierung, sensible Inhalte, gewalttätiger Terror, Gerüchte, Verunglimpfung von Helden, Religion, Gefährdung Minderjähriger, Cyberangriff oder Spam.</translation>
    </message>
    <message>
        <source>The reported party or merchant (at most 255 characters).</source>
        <translation>Die gemeldete Partei oder der gemeldete Händler (höchstens 255 Zeichen).</translation>
    </message>
    <message>
        <source>The infringing product or service (at most 255 characters).</source>
        <translation>Das rechtsverletzende Produkt oder der rechtsverletzende Dienst (höchstens 255 Zeichen).</translation>
    </message>
    <message>
        <source>The infringed right (ip.ip_type, required for infringement): copyright, trademark, patent or other.</source>
        <translation>Das verletzte Recht (ip.ip_type, bei Rechtsverletzung erforderlich): copyright, trademark, patent oder other.</translation>
    </message>
    <message>
        <source>Where the right is registered (ip.ip_area, at most 128 characters).</source>
        <translation>Wo das Recht eingetragen ist (ip.ip_area, höchstens 128 Zeichen).</translation>
    </message>
    <message>
        <source>The registration or application number (ip.ip_number, at most 512 characters).</source>
        <translation>Die Eintragungs- oder Anmeldenummer (ip.ip_number, höchstens 512 Zeichen).</translation>
    </message>
    <message>
        <source>The right, in short (ip.ip_content, required for infringement, at most 5000 characters).</source>
        <translation>Das Recht, kurz beschrieben (ip.ip_content, bei Rechtsverletzung erforderlich, höchstens 5000 Zeichen).</translation>
    </message>
    <message>
        <source>An attachment id proving the right (ip.ip_files); at most 3.</source>
        <translation>Die ID eines Anhangs, der das Recht belegt (ip.ip_files); höchstens 3.</translation>
    </message>
    <message>
        <source>Your name (contacts.name, required for infringement, at most 512 characters).</source>
        <translation>Ihr Name (contacts.name, bei Rechtsverletzung erforderlich, höchstens 512 Zeichen).</translation>
    </message>
    <message>
        <source>Your mobile number (contacts.mobile, required for infringement, at most 32 characters).</source>
        <translation>Ihre Mobilnummer (contacts.mobile, bei Rechtsverletzung erforderlich, höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>Your e-mail address (contacts.mail, required for infringement, at most 128 characters).</source>
        <translation>Ihre E-Mail-Adresse (contacts.mail, bei Rechtsverletzung erforderlich, höchstens 128 Zeichen).</translation>
    </message>
    <message>
        <source>Your country or region (contacts.area, at most 128 characters).</source>
        <translation>Ihr Land oder Ihre Region (contacts.area, höchstens 128 Zeichen).</translation>
    </message>
    <message>
        <source>Your address (contacts.address, at most 512 characters).</source>
        <translation>Ihre Anschrift (contacts.address, höchstens 512 Zeichen).</translation>
    </message>
    <message>
        <source>Who reports (contacts.id_type): 10 enterprise, 20 individual, 21 authorized agent, 22 lawyer, 23 right owner.</source>
        <translation>Wer meldet (contacts.id_type): 10 Unternehmen, 20 Privatperson, 21 bevollmächtigter Vertreter, 22 Rechtsanwalt, 23 Rechteinhaber.</translation>
    </message>
    <message>
        <source>Your company (contacts.company_name, at most 512 characters).</source>
        <translation>Ihr Unternehmen (contacts.company_name, höchstens 512 Zeichen).</translation>
    </message>
    <message>
        <source>An attachment id proving your identity (contacts.id_files); at most 3.</source>
        <translation>Die ID eines Anhangs, der Ihre Identität belegt (contacts.id_files); höchstens 3.</translation>
    </message>
    <message>
        <source>Another way to reach you (contacts.other_way, at most 512 characters).</source>
        <translation>Eine weitere Kontaktmöglichkeit (contacts.other_way, höchstens 512 Zeichen).</translation>
    </message>
    <message>
        <source>An attachment id proving your authorisation (contacts.authorization_files); at most 3.</source>
        <translation>Die ID eines Anhangs, der Ihre Bevollmächtigung belegt (contacts.authorization_files); höchstens 3.</translation>
    </message>
    <message>
        <source>The report was sent.</source>
        <translation>Die Meldung wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FileTransfer</name>
    <message>
        <source>Uploading: %1 of %2</source>
        <extracomment>%1 and %2 are sizes such as &quot;1.5 MB&quot;</extracomment>
        <translation>Hochladen: %1 von %2</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>Herunterladen: %1 von %2</translation>
    </message>
    <message>
        <source>Uploading: %1</source>
        <extracomment>%1 is a size such as &quot;1.5 MB&quot;</extracomment>
        <translation>Hochladen: %1</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>Herunterladen: %1</translation>
    </message>
    <message>
        <source>give either --output or --dir, not both.</source>
        <translation>geben Sie entweder --output oder --dir an, nicht beides.</translation>
    </message>
    <message>
        <source>it is a folder; use --dir for a folder.</source>
        <translation>es ist ein Ordner; verwenden Sie --dir für einen Ordner.</translation>
    </message>
    <message>
        <source>its folder does not exist.</source>
        <translation>sein Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>the file could not be written; the download was kept as %1.</source>
        <translation>die Datei konnte nicht geschrieben werden; der Download wurde als %1 behalten.</translation>
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
    <name>osm::ctl::PrivilegesCommands</name>
    <message>
        <source>The privilege: export (export cases), createCase (create cases) or assumeCaseAll (case work of a delegated account).</source>
        <translation>Die Berechtigung: export (Fälle exportieren), createCase (Fälle anlegen) oder assumeCaseAll (Fallbearbeitung für ein delegiertes Konto).</translation>
    </message>
    <message>
        <source>Case privileges: the restrictions of sub-users and whether you hold a privilege.</source>
        <translation>Berechtigungen für Fälle: die Einschränkungen für Unterbenutzer und ob Sie eine Berechtigung besitzen.</translation>
    </message>
    <message>
        <source>Show whether the restriction of a privilege is switched on (5.4.1).</source>
        <translation>Anzeigen, ob die Einschränkung einer Berechtigung eingeschaltet ist (5.4.1).</translation>
    </message>
    <message>
        <source>Show whether you hold a privilege: has_privilege 1 or 0 (5.4.2).</source>
        <translation>Anzeigen, ob Sie eine Berechtigung besitzen: has_privilege 1 oder 0 (5.4.2).</translation>
    </message>
    <message>
        <source>Switch the restriction of a privilege on (create) or off (delete) (5.4.3).</source>
        <translation>Die Einschränkung einer Berechtigung einschalten (create) oder ausschalten (delete) (5.4.3).</translation>
    </message>
    <message>
        <source>create switches the restriction on, delete switches it off.</source>
        <translation>create schaltet die Einschränkung ein, delete schaltet sie aus.</translation>
    </message>
    <message>
        <source>--operation expects create or delete, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; &quot;create&quot; and &quot;delete&quot; are typed as they are</extracomment>
        <translation>--operation erwartet create oder delete, nicht „%1“.</translation>
    </message>
    <message>
        <source>The privilege setting was saved.</source>
        <translation>Die Berechtigungseinstellung wurde gespeichert.</translation>
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
    <name>osm::ctl::VerifyCommands</name>
    <message>
        <source>0 a mobile number (SMS), 1 an e-mail address.</source>
        <translation>0 eine Mobilnummer (SMS), 1 eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The mobile number or e-mail address (1-64 characters).</source>
        <translation>Die Mobilnummer oder E-Mail-Adresse (1-64 Zeichen).</translation>
    </message>
    <message>
        <source>The telephone country code of a mobile number, such as 86 (at most 16 characters).</source>
        <translation>Die internationale Vorwahl einer Mobilnummer, etwa 86 (höchstens 16 Zeichen).</translation>
    </message>
    <message>
        <source>Tell whether a reminder contact needs a verification code (5.13.1).</source>
        <translation>Angeben, ob ein Benachrichtigungskontakt einen Bestätigungscode benötigt (5.13.1).</translation>
    </message>
    <message>
        <source>Send a verification code to a contact (5.13.4).</source>
        <translation>Einen Bestätigungscode an einen Kontakt senden (5.13.4).</translation>
    </message>
    <message>
        <source>Check the code a contact received, which verifies the contact (5.13.3).</source>
        <translation>Den Code prüfen, den ein Kontakt erhalten hat, und den Kontakt damit verifizieren (5.13.3).</translation>
    </message>
    <message>
        <source>Verification codes for reminder contacts that are not the account&apos;s own: need-verify, send, check, list.</source>
        <translation>Bestätigungscodes für Benachrichtigungskontakte, die nicht zum Konto selbst gehören: need-verify, send, check, list.</translation>
    </message>
    <message>
        <source>The code was sent; it is valid for 5 minutes.</source>
        <translation>Der Code wurde gesendet; er ist 5 Minuten gültig.</translation>
    </message>
    <message>
        <source>The code received (6 characters).</source>
        <translation>Der erhaltene Code (6 Zeichen).</translation>
    </message>
    <message>
        <source>The sub-user (IAM user) id (at most 64 characters).</source>
        <translation>Die ID des Unterbenutzers (IAM-Benutzers) (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>The account id (at most 64 characters).</source>
        <translation>Die Konto-ID (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>The contact is verified.</source>
        <translation>Der Kontakt ist verifiziert.</translation>
    </message>
    <message>
        <source>List the verified contacts (5.13.2).</source>
        <translation>Die verifizierten Kontakte auflisten (5.13.2).</translation>
    </message>
    <message>
        <source>0 mobile numbers, 1 e-mail addresses.</source>
        <translation>0 Mobilnummern, 1 E-Mail-Adressen.</translation>
    </message>
    <message>
        <source>This mobile number or e-mail address (at most 64 characters).</source>
        <translation>Diese Mobilnummer oder E-Mail-Adresse (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>The telephone country code (at most 16 characters).</source>
        <translation>Die internationale Vorwahl (höchstens 16 Zeichen).</translation>
    </message>
    <message>
        <source>The verification with this id (at most 64 characters).</source>
        <translation>Die Verifizierung mit dieser ID (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Still valid at this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Zu diesem Zeitpunkt noch gültig, yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>Skip this many contacts (0-65535, default 0).</source>
        <translation>So viele Kontakte überspringen (0-65535, Standard 0).</translation>
    </message>
    <message>
        <source>At most this many contacts (1-100, default 10).</source>
        <translation>Höchstens so viele Kontakte (1-100, Standard 10).</translation>
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
    <name>osm::ui::AccountInfoDialog</name>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>Für diesen Problemtyp gilt kein Kontingent an Fällen.</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up: a new case would be refused until the next period, unless your account manager grants a special approval.</source>
        <translation>Das Kontingent an Fällen für diesen Problemtyp ist aufgebraucht: Ein neuer Fall würde bis zum nächsten Zeitraum abgelehnt, sofern Ihr Account Manager keine Sondergenehmigung erteilt.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>In diesem Monat ist noch %n von %1 Fällen verfügbar.</numerusform>
            <numerusform>In diesem Monat sind noch %n von %1 Fällen verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>In diesem Quartal ist noch %n von %1 Fällen verfügbar.</numerusform>
            <numerusform>In diesem Quartal sind noch %n von %1 Fällen verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>In diesem Jahr ist noch %n von %1 Fällen verfügbar.</numerusform>
            <numerusform>In diesem Jahr sind noch %n von %1 Fällen verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>In diesem Zeitraum ist noch %n von %1 Fällen verfügbar.</numerusform>
            <numerusform>In diesem Zeitraum sind noch %n von %1 Fällen verfügbar.</numerusform>
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
        <translation>Kontoinformationen</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>&amp;Kontingent</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>A&amp;gencies</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>Konfigu&amp;ration</translation>
    </message>
    <message>
        <source>How many more cases this account may create for a product and problem type.</source>
        <translation>Wie viele Fälle dieses Konto für ein Produkt und einen Problemtyp noch anlegen darf.</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;rodukt:</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>Problem&amp;typ:</translation>
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
        <source>Case quota</source>
        <translation>Kontingent an Fällen</translation>
    </message>
    <message>
        <source>Special approval: %1 of %2 used.</source>
        <extracomment>%1 and %2 are numbers of cases</extracomment>
        <translation>Sondergenehmigung: %1 von %2 genutzt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Trusted account</source>
        <translation>Vertrauenswürdiges Konto</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No (expired)</source>
        <translation>Nein (abgelaufen)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies): IAM delegations that let other accounts manage this one&apos;s resources.</source>
        <translation>
            <numerusform>%n Agency: IAM-Delegierung, mit der andere Konten die Ressourcen dieses Kontos verwalten können.</numerusform>
            <numerusform>%n Agencies: IAM-Delegierungen, mit denen andere Konten die Ressourcen dieses Kontos verwalten können.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner privilege</source>
        <translation>Partnerberechtigung</translation>
    </message>
    <message>
        <source>This account is a partner and may process its customers&apos; cases.</source>
        <translation>Dieses Konto ist ein Partner und darf die Fälle seiner Kunden bearbeiten.</translation>
    </message>
    <message>
        <source>This account has no partner privilege to process cases.</source>
        <translation>Dieses Konto hat keine Partnerberechtigung zum Bearbeiten von Fällen.</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Partner ID:</source>
        <translation>Partner-ID:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Service days:</source>
        <translation>Servicetage:</translation>
    </message>
    <message>
        <source>Service hours:</source>
        <translation>Servicezeiten:</translation>
    </message>
    <message>
        <source>Read a configuration item of the support service by its key.</source>
        <translation>Einen Konfigurationseintrag des Supportdienstes über seinen Schlüssel abrufen.</translation>
    </message>
    <message>
        <source>Configuration key</source>
        <translation>Konfigurationsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Configuration value</source>
        <translation>Konfigurationswert</translation>
    </message>
    <message>
        <source>Configuration values</source>
        <translation>Konfigurationswerte</translation>
    </message>
    <message>
        <source>Pri&amp;vileges</source>
        <translation>Berech&amp;tigungen</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentListModel</name>
    <message>
        <source>Downloading… %1%</source>
        <extracomment>An attachment being downloaded: percent done</extracomment>
        <translation>Wird heruntergeladen … %1 %</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen …</translation>
    </message>
    <message>
        <source>%1, attached %2</source>
        <extracomment>An attachment for a screen reader: its name and the date of its message</extracomment>
        <translation>%1, angehängt am %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column of the attachment list: when the file was attached</extracomment>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentStagingList</name>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Anzuhängende Dateien</translation>
    </message>
    <message>
        <source>Drop files here, paste them, or use Add Files…</source>
        <translation>Dateien hier ablegen, einfügen oder „Dateien hinzufügen …“ verwenden</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Die ausgewählten Dateien entfernen</translation>
    </message>
    <message>
        <source>Attachment limits</source>
        <translation>Limits für Anhänge</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentsPanel</name>
    <message>
        <source>Save Attachments To</source>
        <translation>Anhänge speichern unter</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Dateien des Falls</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>Dateien dieses Falls</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Press Enter to open a file. Drag files to a folder to save them there.</source>
        <translation>Drücken Sie Enter, um eine Datei zu öffnen. Ziehen Sie Dateien in einen Ordner, um sie dort zu speichern.</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Den ausgewählten Anhang öffnen</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Save the selected attachments</source>
        <translation>Die ausgewählten Anhänge speichern</translation>
    </message>
    <message>
        <source>Save A&amp;ll…</source>
        <translation>&amp;Alle speichern …</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>Alle Anhänge speichern</translation>
    </message>
    <message>
        <source>Cancel Do&amp;wnload</source>
        <translation>Do&amp;wnload abbrechen</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>Downloads abbrechen</translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation>Status der Anhänge</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n)</source>
        <extracomment>Heading of the attachment list, with how many files the case has</extracomment>
        <translation>
            <numerusform>Dateien (%n)</numerusform>
            <numerusform>Dateien (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled.</source>
        <translation>Der Download von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>„%1“ konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>„%1“ wird heruntergeladen …</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Keine Anwendung konnte „%1“ öffnen.</translation>
    </message>
    <message>
        <source>Not saved: %1. The other files are in “%2”.</source>
        <extracomment>%1 is the list of files that failed, %2 the folder</extracomment>
        <translation>Nicht gespeichert: %1. Die übrigen Dateien liegen in „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>Saving was cancelled; %n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>Das Speichern wurde abgebrochen; %n Datei in „%1“ gespeichert.</numerusform>
            <numerusform>Das Speichern wurde abgebrochen; %n Dateien in „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>%n Datei in „%1“ gespeichert.</numerusform>
            <numerusform>%n Dateien in „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gespeichert …</numerusform>
            <numerusform>%n Dateien werden gespeichert …</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>Keine Vorschau verfügbar.</translation>
    </message>
    <message>
        <source>Preview of “%1”</source>
        <extracomment>Accessible description of the preview: the image&apos;s file name</extracomment>
        <translation>Vorschau von „%1“</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>The link to “%1” could not be fetched: %2</source>
        <extracomment>%1 is a file name, %2 why its link could not be fetched</extracomment>
        <translation>Der Link zu „%1“ konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The server returned no link to “%1”.</source>
        <translation>Der Server hat keinen Link zu „%1“ geliefert.</translation>
    </message>
    <message>
        <source>The link to “%1” is on the clipboard.</source>
        <translation>Der Link zu „%1“ ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>osm::ui::AuthorizationListModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>Unterbenutzer</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
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
        <translation>Die Autorisierungen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n authorization(s)</source>
        <translation>
            <numerusform>%n Autorisierung</numerusform>
            <numerusform>%n Autorisierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization could not be loaded: %1</source>
        <translation>Die Autorisierung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Data backed up</source>
        <translation>Daten gesichert</translation>
    </message>
    <message>
        <source>Risk accepted without backup</source>
        <translation>Risiko ohne Sicherung akzeptiert</translation>
    </message>
    <message>
        <source>Authorization %1 — %2</source>
        <translation>Autorisierung %1 — %2</translation>
    </message>
    <message>
        <source>Select an authorization</source>
        <translation>Wählen Sie eine Autorisierung aus</translation>
    </message>
    <message>
        <source>Loading authorization %1…</source>
        <translation>Autorisierung %1 wird geladen …</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>You agreed to authorization %1.</source>
        <translation>Sie haben der Autorisierung %1 zugestimmt.</translation>
    </message>
    <message>
        <source>Reject Authorization</source>
        <translation>Autorisierung ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>Reject authorization %1? Tell the engineer why (at most %n character(s)):</source>
        <translation>
            <numerusform>Autorisierung %1 ablehnen? Nennen Sie dem Supportmitarbeiter den Grund (höchstens %n Zeichen):</numerusform>
            <numerusform>Autorisierung %1 ablehnen? Nennen Sie dem Supportmitarbeiter den Grund (höchstens %n Zeichen):</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>A reason is needed to reject an authorization; nothing was sent.</source>
        <translation>Zum Ablehnen einer Autorisierung ist ein Grund erforderlich; es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n character(s); nothing was sent.</source>
        <translation>
            <numerusform>Der Grund ist länger als %n Zeichen; es wurde nichts gesendet.</numerusform>
            <numerusform>Der Grund ist länger als %n Zeichen; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke Authorization</source>
        <translation>Autorisierung widerrufen</translation>
    </message>
    <message>
        <source>Revoke authorization %1? Support loses access to these resources at once.</source>
        <translation>Autorisierung %1 widerrufen? Der Support verliert sofort den Zugriff auf diese Ressourcen.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>The authorization could not be rejected: %1</source>
        <translation>Die Autorisierung konnte nicht abgelehnt werden: %1</translation>
    </message>
    <message>
        <source>The authorization could not be revoked: %1</source>
        <translation>Die Autorisierung konnte nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <source>You rejected authorization %1.</source>
        <translation>Sie haben die Autorisierung %1 abgelehnt.</translation>
    </message>
    <message>
        <source>You revoked authorization %1.</source>
        <translation>Sie haben die Autorisierung %1 widerrufen.</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>Autorisierungen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>My authorizations</source>
        <translation>Meine Autorisierungen</translation>
    </message>
    <message>
        <source>My group&apos;s authorizations</source>
        <translation>Autorisierungen meiner Gruppe</translation>
    </message>
    <message>
        <source>Whose authorizations</source>
        <translation>Wessen Autorisierungen</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>IAM-Gruppen-ID</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Authorization actions</source>
        <translation>Autorisierungsaktionen</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>&amp;Zustimmen …</translation>
    </message>
    <message>
        <source>Agree to this request, with host credentials and a validity period</source>
        <translation>Dieser Anfrage zustimmen, mit Host-Anmeldedaten und Gültigkeitszeitraum</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>A&amp;blehnen …</translation>
    </message>
    <message>
        <source>Refuse this request, with a reason for the engineer</source>
        <translation>Diese Anfrage ablehnen, mit einer Begründung für den Supportmitarbeiter</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>Take back an agreement in effect</source>
        <translation>Eine erteilte Zustimmung zurücknehmen</translation>
    </message>
    <message>
        <source>Open &amp;Case</source>
        <translation>&amp;Fall öffnen</translation>
    </message>
    <message>
        <source>Open the case this request belongs to</source>
        <translation>Den Fall öffnen, zu dem diese Anfrage gehört</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Bastion-host records</source>
        <translation>Bastion-Host-Protokolle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Requested items</source>
        <translation>Angeforderte Einträge</translation>
    </message>
    <message>
        <source>Authorizations status</source>
        <translation>Status der Autorisierungen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>Fallbeschreibung</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Access type</source>
        <translation>Zugriffsart</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>Unterbenutzer</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Sicherungsstatus</translation>
    </message>
    <message>
        <source>Letter of commitment</source>
        <translation>Verpflichtungserklärung</translation>
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
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>%1 (account %2, port %3)</source>
        <translation>%1 (Konto %2, Port %3)</translation>
    </message>
    <message>
        <source>Only hosts have bastion-host records; this authorization has none.</source>
        <translation>Nur Hosts haben Bastion-Host-Protokolle; diese Autorisierung hat keine.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>The bastion-host records could not be loaded: %1</source>
        <translation>Die Bastion-Host-Protokolle konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
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
        <translation>Bastion-Host-Sitzungen</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>Dateiübertragungen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>Videoaufzeichnung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Bastion-host status</source>
        <translation>Bastion-Host-Status</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseCsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseDetailPanel</name>
    <message>
        <source>Showing %1 of %2 entries.</source>
        <extracomment>%1 entries shown of %2 in the case&apos;s operation log</extracomment>
        <translation>%1 von %2 Einträgen werden angezeigt.</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 a rating scale&apos;s name, %2 stars drawn as characters, %3 the score</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Partner (BP)</source>
        <translation>Partner (BP)</translation>
    </message>
    <message>
        <source>Independent software vendor (ISV)</source>
        <translation>Unabhängiger Softwareanbieter (ISV)</translation>
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
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder contact is set.</source>
        <translation>Es ist kein Benachrichtigungskontakt festgelegt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Urge Case</source>
        <translation>Beim Fall nachhaken</translation>
    </message>
    <message>
        <source>Ask the support engineers to speed up case %1?</source>
        <translation>Die Supportmitarbeiter bitten, Fall %1 schneller zu bearbeiten?</translation>
    </message>
    <message>
        <source>&amp;Urge</source>
        <translation>&amp;Nachhaken</translation>
    </message>
    <message>
        <source>Urging the case…</source>
        <translation>Es wird nachgehakt …</translation>
    </message>
    <message>
        <source>The case was urged.</source>
        <translation>Beim Fall wurde nachgehakt.</translation>
    </message>
    <message>
        <source>Cancel Case</source>
        <translation>Fall zurückziehen</translation>
    </message>
    <message>
        <source>Cancel case %1? Support stops working on it, and it cannot be reopened.</source>
        <translation>Fall %1 zurückziehen? Der Support stellt die Bearbeitung ein, und der Fall kann nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>Cancel &amp;Case</source>
        <translation>Fall &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Cancelling the case…</source>
        <translation>Der Fall wird zurückgezogen …</translation>
    </message>
    <message>
        <source>The case was cancelled.</source>
        <translation>Der Fall wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>Fall löschen</translation>
    </message>
    <message>
        <source>Delete case %1? It disappears from your case lists; this cannot be undone.</source>
        <translation>Fall %1 löschen? Er verschwindet aus Ihren Falllisten; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>Fall &amp;löschen</translation>
    </message>
    <message>
        <source>Deleting the case…</source>
        <translation>Der Fall wird gelöscht …</translation>
    </message>
    <message>
        <source>The case was deleted.</source>
        <translation>Der Fall wurde gelöscht.</translation>
    </message>
    <message>
        <source>Closing the case…</source>
        <translation>Der Fall wird geschlossen …</translation>
    </message>
    <message>
        <source>The case was closed.</source>
        <translation>Der Fall wurde geschlossen.</translation>
    </message>
    <message>
        <source>Sending the rating…</source>
        <translation>Die Bewertung wird gesendet …</translation>
    </message>
    <message>
        <source>Thank you, the rating was sent.</source>
        <translation>Vielen Dank, die Bewertung wurde gesendet.</translation>
    </message>
    <message>
        <source>Saving the contact information…</source>
        <translation>Die Kontaktdaten werden gespeichert …</translation>
    </message>
    <message>
        <source>The contact information was saved.</source>
        <translation>Die Kontaktdaten wurden gespeichert.</translation>
    </message>
    <message>
        <source>Case ID %1 copied.</source>
        <translation>Fall-ID %1 kopiert.</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels. Remove one before adding another.</source>
        <translation>Ein Fall kann höchstens 5 Labels tragen. Entfernen Sie eines, bevor Sie ein weiteres hinzufügen.</translation>
    </message>
    <message>
        <source>Adding the label…</source>
        <translation>Das Label wird hinzugefügt …</translation>
    </message>
    <message>
        <source>The label was added.</source>
        <translation>Das Label wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Removing the label…</source>
        <translation>Das Label wird entfernt …</translation>
    </message>
    <message>
        <source>The label was removed.</source>
        <translation>Das Label wurde entfernt.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>Ein Fall kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>Case %1 is already related to this case.</source>
        <translation>Fall %1 ist bereits mit diesem Fall verknüpft.</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases. Remove one before adding another.</source>
        <translation>Ein Fall kann höchstens 3 verknüpfte Fälle haben. Entfernen Sie einen, bevor Sie einen weiteren hinzufügen.</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to relate cases.</source>
        <translation>Geben Sie die ID Ihrer IAM-Gruppe ein: Die OSM-API benötigt sie, um Fälle zu verknüpfen.</translation>
    </message>
    <message>
        <source>Relating case %1…</source>
        <translation>Fall %1 wird verknüpft …</translation>
    </message>
    <message>
        <source>Case %1 is now related.</source>
        <translation>Fall %1 ist jetzt verknüpft.</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to remove a relation.</source>
        <translation>Geben Sie die ID Ihrer IAM-Gruppe ein: Die OSM-API benötigt sie, um eine Verknüpfung zu entfernen.</translation>
    </message>
    <message>
        <source>Removing the relation…</source>
        <translation>Die Verknüpfung wird entfernt …</translation>
    </message>
    <message>
        <source>Case %1 is no longer related.</source>
        <translation>Fall %1 ist nicht mehr verknüpft.</translation>
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
        <source>Severity</source>
        <translation>Schweregrad</translation>
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
        <source>Case type</source>
        <translation>Falltyp</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Servicetyp</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Einreicher</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Resolution confirmed</source>
        <translation>Lösung bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Access authorized</source>
        <translation>Zugriff autorisiert</translation>
    </message>
    <message>
        <source>Grey-release routing</source>
        <translation>Canary-Release-Routing</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Ihr Kommentar</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Case type ID</source>
        <translation>Falltyp-ID</translation>
    </message>
    <message>
        <source>Category ID</source>
        <translation>Kategorie-ID</translation>
    </message>
    <message>
        <source>Business type ID</source>
        <translation>Geschäftstyp-ID</translation>
    </message>
    <message>
        <source>Problem type ID</source>
        <translation>Problemtyp-ID</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländervorwahl</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Contact methods</source>
        <translation>Kontaktwege</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>CC-E-Mails</translation>
    </message>
    <message>
        <source>Recent CC e-mails</source>
        <translation>Zuletzt verwendete CC-E-Mails</translation>
    </message>
    <message>
        <source>ISV commodity</source>
        <translation>ISV-Produkt</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>Falldetails</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>Fall-ID</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy case ID</source>
        <translation>Fall-ID kopieren</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Fallstatus</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Fallaktionen</translation>
    </message>
    <message>
        <source>Case detail status</source>
        <translation>Status der Falldetails</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Case detail sections</source>
        <translation>Abschnitte der Falldetails</translation>
    </message>
    <message>
        <source>Urge case</source>
        <translation>Beim Fall nachhaken</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Schließen …</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Fall schließen</translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation>&amp;Bewerten …</translation>
    </message>
    <message>
        <source>Rate case</source>
        <translation>Fall bewerten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Case</source>
        <translation>Fall &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>Fall zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Fall löschen</translation>
    </message>
    <message>
        <source>Edit &amp;Contact…</source>
        <translation>&amp;Kontakt bearbeiten …</translation>
    </message>
    <message>
        <source>Edit contact information</source>
        <translation>Kontaktdaten bearbeiten</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh case detail</source>
        <translation>Falldetails aktualisieren</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Related Cases</source>
        <translation>Verknüpfte Fälle</translation>
    </message>
    <message>
        <source>Contact and CC</source>
        <translation>Kontakt und CC</translation>
    </message>
    <message>
        <source>Operation Log</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s name before its value, e.g. &quot;Status:&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The extra parameters were sent.</source>
        <translation>Die zusätzlichen Parameter wurden gesendet.</translation>
    </message>
    <message>
        <source>Extra Parameters…</source>
        <translation>Zusätzliche Parameter …</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1; updating…</source>
        <translation>Gespeicherte Details (Stand %1) werden angezeigt; wird aktualisiert …</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1. %2</source>
        <translation>Gespeicherte Details (Stand %1) werden angezeigt. %2</translation>
    </message>
    <message>
        <source>The change could not be saved for sending.</source>
        <translation>Die Änderung konnte nicht zum Senden gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExportFlow</name>
    <message>
        <source>Export Cases</source>
        <translation>Fälle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>several keywords</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>mehreren Stichwörtern</translation>
    </message>
    <message>
        <source>label</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>Label</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>IAM group</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>IAM-Gruppe</translation>
    </message>
    <message>
        <source>No case matches the list&apos;s filters: there is nothing to export.</source>
        <translation>Kein Fall entspricht den Filtern der Liste: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>The server&apos;s export cannot filter by %1. Export the cases that match the other filters?</source>
        <extracomment>%1 is a list of filters, e.g. &quot;label and status&quot;</extracomment>
        <translation>Der Export des Servers kann nicht nach %1 filtern. Die Fälle exportieren, die den übrigen Filtern entsprechen?</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>Fälle werden exportiert …</translation>
    </message>
    <message>
        <source>Exporting cases… %1 received</source>
        <extracomment>%1 is an amount of data such as &quot;1.2 MB&quot;</extracomment>
        <translation>Fälle werden exportiert … %1 empfangen</translation>
    </message>
    <message>
        <source>The cases could not be exported. %1</source>
        <translation>Die Fälle konnten nicht exportiert werden. %1</translation>
    </message>
    <message>
        <source>The cases were exported to %1.</source>
        <extracomment>%1 is the saved file&apos;s path</extracomment>
        <translation>Die Fälle wurden nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExtendsParamsDialog</name>
    <message>
        <source>Loading the case&apos;s parameters…</source>
        <translation>Die Parameter des Falls werden geladen …</translation>
    </message>
    <message>
        <source>The case&apos;s parameters could not be loaded: %1</source>
        <extracomment>%1 says why (translated error)</extracomment>
        <translation>Die Parameter des Falls konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fill in at least one value to send.</source>
        <translation>Füllen Sie mindestens einen Wert zum Senden aus.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Extra Parameters — %1</source>
        <extracomment>%1 is the case ID</extracomment>
        <translation>Zusätzliche Parameter — %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Support has asked for more information about this case. Fill in the fields marked * and send them.</source>
        <translation>Der Support hat weitere Informationen zu diesem Fall angefordert. Füllen Sie die mit * markierten Felder aus und senden Sie sie.</translation>
    </message>
    <message>
        <source>This case holds no extra parameters, and its problem type asks for none.</source>
        <translation>Dieser Fall enthält keine zusätzlichen Parameter, und sein Problemtyp erfordert keine.</translation>
    </message>
    <message>
        <source>The extra information this case holds. Complete or correct it and send it to support.</source>
        <translation>Die zusätzlichen Informationen dieses Falls. Ergänzen oder korrigieren Sie sie und senden Sie sie an den Support.</translation>
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
    <message>
        <source>Pick a sub-user or type a sub-user ID</source>
        <translation>Unterbenutzer auswählen oder Unterbenutzer-ID eingeben</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseLabelsEditor</name>
    <message>
        <source>Case labels</source>
        <translation>Labels des Falls</translation>
    </message>
    <message>
        <source>Select a label and press Delete to remove it from the case</source>
        <translation>Wählen Sie ein Label und drücken Sie Entf, um es vom Fall zu entfernen</translation>
    </message>
    <message>
        <source>Label to add</source>
        <translation>Hinzuzufügendes Label</translation>
    </message>
    <message>
        <source>No other labels</source>
        <translation>Keine weiteren Labels</translation>
    </message>
    <message>
        <source>&amp;Add Label</source>
        <translation>Label &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label</source>
        <translation>Label &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Label entfernen</translation>
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
    <name>osm::ui::CaseOperateLogModel</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>Nachgehakt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Rejected by the user centre</source>
        <translation>Vom Benutzerzentrum abgelehnt</translation>
    </message>
    <message>
        <source>Authorization confirmed</source>
        <translation>Autorisierung bestätigt</translation>
    </message>
    <message>
        <source>Authorization rejected</source>
        <translation>Autorisierung abgelehnt</translation>
    </message>
    <message>
        <source>Authorization cancelled</source>
        <translation>Autorisierung zurückgezogen</translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation>Fälle exportiert</translation>
    </message>
    <message>
        <source>Customer replied (awaiting feedback)</source>
        <translation>Kunde hat geantwortet (Rückmeldung ausstehend)</translation>
    </message>
    <message>
        <source>Contact information changed</source>
        <translation>Kontaktdaten geändert</translation>
    </message>
    <message>
        <source>Contact information deleted</source>
        <translation>Kontaktdaten gelöscht</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <extracomment>%1 is an operation code the reference does not document</extracomment>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
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
        <translation>Länge des Kommentars</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Fall schließen</translation>
    </message>
    <message>
        <source>Rate Case</source>
        <translation>Fall bewerten</translation>
    </message>
    <message>
        <source>Close case %1? Close it only when the problem is solved. You may rate the support you received; the rating can be given only once.</source>
        <translation>Fall %1 schließen? Schließen Sie ihn nur, wenn das Problem gelöst ist. Sie können den erhaltenen Support bewerten; die Bewertung ist nur einmal möglich.</translation>
    </message>
    <message>
        <source>Rate the support you received for case %1. A case can be rated only once.</source>
        <translation>Bewerten Sie den Support, den Sie für Fall %1 erhalten haben. Ein Fall kann nur einmal bewertet werden.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>The rating scales could not be loaded.</source>
        <translation>Die Bewertungskriterien konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading the rating scales…</source>
        <translation>Die Bewertungskriterien werden geladen …</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>C&amp;lose Case</source>
        <translation>Fall &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Submit Rating</source>
        <translation>Bewertung &amp;absenden</translation>
    </message>
    <message>
        <source>Confirm close</source>
        <translation>Schließen bestätigen</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>Bewertung absenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <extracomment>%1 is the number of a rating scale the server did not name</extracomment>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>%1 is the name of a rating scale, e.g. &quot;Handling timeliness&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n star(s))</source>
        <extracomment>%1 is a row of star characters, %n the number of stars</extracomment>
        <translation>
            <numerusform>%1 (%n Stern)</numerusform>
            <numerusform>%1 (%n Sterne)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <extracomment>%1 is the name of a rating scale</extracomment>
        <translation>Bewertung für %1</translation>
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
    <message>
        <source>Conversation and case detail</source>
        <translation>Nachrichtenverlauf und Falldetails</translation>
    </message>
    <message>
        <source>Offline: showing the messages saved as of %1. %2</source>
        <translation>Offline: Die gespeicherten Nachrichten (Stand %1) werden angezeigt. %2</translation>
    </message>
    <message>
        <source>Showing the messages saved as of %1; updating…</source>
        <translation>Die gespeicherten Nachrichten (Stand %1) werden angezeigt; wird aktualisiert …</translation>
    </message>
    <message>
        <source>The message could not be saved for sending.</source>
        <translation>Die Nachricht konnte nicht zum Senden gespeichert werden.</translation>
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
    <message numerus="yes">
        <source>“%1” was not attached: a message takes at most %n file(s).</source>
        <extracomment>%1 is a file name
----------
%1 is a file name; the limit is the server&apos;s (show_accessory_limits)</extracomment>
        <translation>
            <numerusform>„%1“ wurde nicht angehängt: Eine Nachricht kann höchstens %n Datei enthalten.</numerusform>
            <numerusform>„%1“ wurde nicht angehängt: Eine Nachricht kann höchstens %n Dateien enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <extracomment>%1 says which file and which limit, e.g. &quot;“a.exe” is not a type of file that may be attached (…).&quot;</extracomment>
        <translation>Nicht angehängt: %1</translation>
    </message>
    <message>
        <source>Remove before sending: %1</source>
        <extracomment>%1 says which file and which limit</extracomment>
        <translation>Vor dem Senden entfernen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove some files before sending: a message takes at most %n file(s).</source>
        <translation>
            <numerusform>Entfernen Sie vor dem Senden einige Dateien: Eine Nachricht kann höchstens %n Datei enthalten.</numerusform>
            <numerusform>Entfernen Sie vor dem Senden einige Dateien: Eine Nachricht kann höchstens %n Dateien enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted image could not be saved in “%1”.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>Das eingefügte Bild konnte nicht in „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 (%2), uploading: %3%</source>
        <extracomment>A staged attachment being uploaded: file name, size, percent sent</extracomment>
        <translation>%1 (%2), wird hochgeladen: %3 %</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>Hinweis zu Anhängen</translation>
    </message>
    <message>
        <source>File being uploaded</source>
        <translation>Datei wird hochgeladen</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Upload-Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>Upload a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>Den Upload abbrechen</translation>
    </message>
</context>
<context>
    <name>osm::ui::ConfirmAuthorizationDialog</name>
    <message>
        <source>Agree to Authorization %1</source>
        <translation>Autorisierung %1 zustimmen</translation>
    </message>
    <message>
        <source>Agree to authorization</source>
        <translation>Autorisierung zustimmen</translation>
    </message>
    <message>
        <source>Huawei Cloud support may access the resources below during the period you set. For hosts, give the port, account and password the engineer may use; “Check” tries them first.</source>
        <translation>Der Support von Huawei Cloud darf im festgelegten Zeitraum auf die folgenden Ressourcen zugreifen. Geben Sie für Hosts Port, Konto und Passwort an, die der Supportmitarbeiter verwenden darf; „Prüfen“ testet sie vorab.</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check host %1</source>
        <translation>Host %1 prüfen</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Console (%1)</source>
        <translation>Konsole (%1)</translation>
    </message>
    <message>
        <source>Also asked: %1</source>
        <translation>Außerdem angefordert: %1</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>&amp;Gültig ab:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Gültig &amp;bis:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Keine Agency</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Login type</source>
        <translation>Anmeldeart</translation>
    </message>
    <message>
        <source>Federated user</source>
        <translation>Föderierter Benutzer</translation>
    </message>
    <message>
        <source>Delegated access (agency)</source>
        <translation>Delegierter Zugriff (Agency)</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>Zustimmungsstatus</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Zustimmen</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Zustimmen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>The host accepted this account and password.</source>
        <translation>Der Host hat dieses Konto und Passwort akzeptiert.</translation>
    </message>
    <message>
        <source>The period must end after it starts, and in the future.</source>
        <translation>Der Zeitraum muss nach seinem Beginn und in der Zukunft enden.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>The authorization could not be agreed to: %1</source>
        <translation>Der Autorisierung konnte nicht zugestimmt werden: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactInfoDialog</name>
    <message>
        <source>A contact field can be changed but not removed: type a new value or leave the old one.</source>
        <translation>Ein Kontaktfeld kann geändert, aber nicht entfernt werden: Geben Sie einen neuen Wert ein oder behalten Sie den alten.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Die E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>The CC e-mail address &quot;%1&quot; is not valid.</source>
        <extracomment>%1 is what the user typed as a CC e-mail address</extracomment>
        <translation>Die CC-E-Mail-Adresse „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>How support engineers reach you about case %1.</source>
        <translation>Wie die Supportmitarbeiter Sie zu Fall %1 erreichen.</translation>
    </message>
    <message>
        <source>Country &amp;code:</source>
        <translation>&amp;Ländervorwahl:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobilnummer:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Contact &amp;time:</source>
        <translation>E&amp;rreichbarkeit:</translation>
    </message>
    <message>
        <source>CC e-&amp;mails:</source>
        <translation>&amp;CC-E-Mails:</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländervorwahl</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>e.g. 9:00-18:00</source>
        <translation>z. B. 9:00-18:00</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>CC-E-Mails</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>Adressen durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Use &amp;Recent</source>
        <translation>&amp;Zuletzt verwendete übernehmen</translation>
    </message>
    <message>
        <source>Use recent CC e-mails</source>
        <translation>Zuletzt verwendete CC-E-Mails übernehmen</translation>
    </message>
    <message>
        <source>Fill in the CC e-mails used most recently: %1</source>
        <extracomment>%1 is a list of e-mail addresses</extracomment>
        <translation>Die zuletzt verwendeten CC-E-Mails eintragen: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save contact information</source>
        <translation>Kontaktdaten speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactVerificationRow</name>
    <message>
        <source>The code has six characters.</source>
        <translation>Der Code hat sechs Zeichen.</translation>
    </message>
    <message>
        <source>Checking whether this contact needs verification…</source>
        <translation>Es wird geprüft, ob dieser Kontakt verifiziert werden muss …</translation>
    </message>
    <message>
        <source>Registered or verified earlier: no code needed.</source>
        <translation>Registriert oder bereits verifiziert: kein Code nötig.</translation>
    </message>
    <message>
        <source>This contact is not a registered one: send a code to it and enter the code here.</source>
        <translation>Dieser Kontakt ist nicht registriert: Senden Sie einen Code an ihn und geben Sie den Code hier ein.</translation>
    </message>
    <message>
        <source>A code was sent. It is valid for 5 minutes; a new code can be sent once a minute, a limited number of times a day.</source>
        <translation>Ein Code wurde gesendet. Er ist 5 Minuten gültig; ein neuer Code kann einmal pro Minute gesendet werden, begrenzt oft pro Tag.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird verifiziert …</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Verifiziert.</translation>
    </message>
    <message>
        <source>Could not check this contact.</source>
        <translation>Dieser Kontakt konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>state, then the error that came with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Send Again in %n s</source>
        <translation>
            <numerusform>Erneut senden in %n s</numerusform>
            <numerusform>Erneut senden in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Send &amp;Code</source>
        <translation>&amp;Code senden</translation>
    </message>
    <message>
        <source>E-mail verification status</source>
        <translation>Verifizierungsstatus der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Mobile verification status</source>
        <translation>Verifizierungsstatus der Mobilnummer</translation>
    </message>
    <message>
        <source>Code sent to the e-mail address</source>
        <translation>An die E-Mail-Adresse gesendeter Code</translation>
    </message>
    <message>
        <source>Code sent to the mobile number</source>
        <translation>An die Mobilnummer gesendeter Code</translation>
    </message>
    <message>
        <source>6-character code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <source>Send a code to the e-mail address</source>
        <translation>Einen Code an die E-Mail-Adresse senden</translation>
    </message>
    <message>
        <source>Send a code to the mobile number</source>
        <translation>Einen Code an die Mobilnummer senden</translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation>&amp;Verifizieren</translation>
    </message>
    <message>
        <source>Verify the e-mail address</source>
        <translation>Die E-Mail-Adresse verifizieren</translation>
    </message>
    <message>
        <source>Verify the mobile number</source>
        <translation>Die Mobilnummer verifizieren</translation>
    </message>
</context>
<context>
    <name>osm::ui::CreateCaseWizard</name>
    <message>
        <source>New Case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Describe the problem for Huawei Cloud&apos;s engineers. Everything you type is kept as a draft until the case is created.</source>
        <translation>Beschreiben Sie das Problem für die Supportmitarbeiter von Huawei Cloud. Alle Eingaben werden als Entwurf aufbewahrt, bis der Fall angelegt ist.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Additional Information</source>
        <translation>Zusätzliche Informationen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>Problem&amp;typ:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Kategorie wählen …</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Produkt wählen …</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Problemtyp</translation>
    </message>
    <message>
        <source>Choose a problem type…</source>
        <translation>Problemtyp wählen …</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Only the severities your support plan allows are offered.</source>
        <translation>Angeboten werden nur die Schweregrade, die Ihr Supportplan zulässt.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>Region wählen …</translation>
    </message>
    <message>
        <source>Fault reports name the region of the affected resources. Your own regions come first.</source>
        <translation>Störungsmeldungen nennen die Region der betroffenen Ressourcen. Ihre eigenen Regionen stehen oben.</translation>
    </message>
    <message>
        <source>Case quota</source>
        <translation>Kontingent an Fällen</translation>
    </message>
    <message>
        <source>What happened, since when, which resources, what you tried</source>
        <translation>Was ist passiert, seit wann, welche Ressourcen, was haben Sie versucht</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Länge der Beschreibung</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Zusätzliche Informationen</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobilnummer:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>C&amp;C e-mails:</source>
        <translation>&amp;CC-E-Mails:</translation>
    </message>
    <message>
        <source>Reminder &amp;time:</source>
        <translation>&amp;Benachrichtigungszeit:</translation>
    </message>
    <message>
        <source>Country calling code</source>
        <translation>Ländervorwahl</translation>
    </message>
    <message>
        <source>Reminder mobile number</source>
        <translation>Mobilnummer für Benachrichtigungen</translation>
    </message>
    <message>
        <source>Reminder e-mail address</source>
        <translation>E-Mail-Adresse für Benachrichtigungen</translation>
    </message>
    <message>
        <source>CC e-mail addresses</source>
        <translation>CC-E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Benachrichtigungszeit</translation>
    </message>
    <message>
        <source>For example 9:00-18:00</source>
        <translation>Zum Beispiel 9:00-18:00</translation>
    </message>
    <message>
        <source>A number that is not registered with your account needs a verification code.</source>
        <translation>Eine Nummer, die nicht bei Ihrem Konto registriert ist, benötigt einen Bestätigungscode.</translation>
    </message>
    <message>
        <source>An address that is not registered with your account needs a verification code.</source>
        <translation>Eine Adresse, die nicht bei Ihrem Konto registriert ist, benötigt einen Bestätigungscode.</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Text der Vereinbarung</translation>
    </message>
    <message>
        <source>I have read and accept this a&amp;greement</source>
        <translation>Ich habe diese &amp;Vereinbarung gelesen und akzeptiere sie</translation>
    </message>
    <message>
        <source>Accept the agreement</source>
        <translation>Die Vereinbarung akzeptieren</translation>
    </message>
    <message>
        <source>&amp;Submit Case</source>
        <translation>Fall &amp;einreichen</translation>
    </message>
    <message>
        <source>Submit the case</source>
        <translation>Den Fall einreichen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close and keep the draft</source>
        <translation>Schließen und Entwurf behalten</translation>
    </message>
    <message>
        <source>Submit error</source>
        <translation>Fehler beim Einreichen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <extracomment>%1 is a country calling code such as 86, %2 the country or region&apos;s name</extracomment>
        <translation>+%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>At most %n addresses, separated by commas.</source>
        <translation>
            <numerusform>Höchstens %n Adresse, durch Kommas getrennt.</numerusform>
            <numerusform>Höchstens %n Adressen, durch Kommas getrennt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n file(s) of at most %1 MB each; types: %2.</source>
        <extracomment>%n files at most, %1 MB each, %2 the allowed file types</extracomment>
        <translation>
            <numerusform>Bis zu %n Datei mit höchstens %1 MB; Typen: %2.</numerusform>
            <numerusform>Bis zu %n Dateien mit je höchstens %1 MB; Typen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: %1 (version %2)</source>
        <extracomment>%1 is the agreement&apos;s name, %2 its version</extracomment>
        <translation>Vereinbarung: %1 (Version %2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 characters typed of at most %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many.</source>
        <translation>
            <numerusform>%n Zeichen zu viel.</numerusform>
            <numerusform>%n Zeichen zu viel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left.</source>
        <translation>
            <numerusform>%n Zeichen übrig.</numerusform>
            <numerusform>%n Zeichen übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>Für diesen Problemtyp gilt kein Kontingent an Fällen.</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up, so a new case would be refused. Wait for the next period or ask your account manager for a special approval.</source>
        <translation>Das Kontingent an Fällen für diesen Problemtyp ist aufgebraucht, ein neuer Fall würde daher abgelehnt. Warten Sie auf den nächsten Zeitraum oder bitten Sie Ihren Account Manager um eine Sondergenehmigung.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>Diesen Monat noch %n von %1 Fall übrig.</numerusform>
            <numerusform>Diesen Monat noch %n von %1 Fällen übrig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>Dieses Quartal noch %n von %1 Fall übrig.</numerusform>
            <numerusform>Dieses Quartal noch %n von %1 Fällen übrig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>Dieses Jahr noch %n von %1 Fall übrig.</numerusform>
            <numerusform>Dieses Jahr noch %n von %1 Fällen übrig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>In diesem Zeitraum noch %n von %1 Fall übrig.</numerusform>
            <numerusform>In diesem Zeitraum noch %n von %1 Fällen übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird eingereicht …</translation>
    </message>
    <message>
        <source>choose a category, a product and a problem type.</source>
        <translation>wählen Sie eine Kategorie, ein Produkt und einen Problemtyp.</translation>
    </message>
    <message>
        <source>a fault report names the region of the affected resources.</source>
        <translation>eine Störungsmeldung nennt die Region der betroffenen Ressourcen.</translation>
    </message>
    <message>
        <source>describe the problem.</source>
        <translation>beschreiben Sie das Problem.</translation>
    </message>
    <message numerus="yes">
        <source>it is %n character(s) too long.</source>
        <translation>
            <numerusform>um %n Zeichen zu lang.</numerusform>
            <numerusform>um %n Zeichen zu lang.</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in the template.</source>
        <translation>füllen Sie die Vorlage aus.</translation>
    </message>
    <message>
        <source>it must be a phone number.</source>
        <translation>es muss eine Telefonnummer sein.</translation>
    </message>
    <message>
        <source>it must be an e-mail address.</source>
        <translation>es muss eine E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>give a mobile number or an e-mail address for reminders.</source>
        <translation>geben Sie eine Mobilnummer oder eine E-Mail-Adresse für Benachrichtigungen an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n addresses are allowed.</source>
        <translation>
            <numerusform>es ist höchstens %n Adresse zulässig.</numerusform>
            <numerusform>es sind höchstens %n Adressen zulässig.</numerusform>
        </translation>
    </message>
    <message>
        <source>verify this number with the code sent to it first.</source>
        <translation>verifizieren Sie diese Nummer zuerst mit dem an sie gesendeten Code.</translation>
    </message>
    <message>
        <source>verify this address with the code sent to it first.</source>
        <translation>verifizieren Sie diese Adresse zuerst mit dem an sie gesendeten Code.</translation>
    </message>
    <message>
        <source>read and accept the agreement first.</source>
        <translation>lesen und akzeptieren Sie zuerst die Vereinbarung.</translation>
    </message>
    <message>
        <source>Checking the contact details…</source>
        <translation>Die Kontaktdaten werden geprüft …</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 wird hochgeladen …</translation>
    </message>
    <message>
        <source>%1 could not be uploaded.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 konnte nicht hochgeladen werden.</translation>
    </message>
    <message>
        <source>Signing the agreement…</source>
        <translation>Die Vereinbarung wird unterzeichnet …</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Der Fall wird angelegt …</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>CC-E-Mails</translation>
    </message>
    <message>
        <source>%1 No more cases of this problem type can be created in this period; wait for the next one or ask your account manager for a special approval.</source>
        <extracomment>%1 is the server&apos;s refusal; what follows explains it</extracomment>
        <translation>%1 In diesem Zeitraum können keine weiteren Fälle dieses Problemtyps angelegt werden; warten Sie auf den nächsten Zeitraum oder bitten Sie Ihren Account Manager um eine Sondergenehmigung.</translation>
    </message>
    <message>
        <source>%1 Ask for a new code and enter it again.</source>
        <translation>%1 Fordern Sie einen neuen Code an und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit New Case</source>
        <translation>Neuen Fall bearbeiten</translation>
    </message>
    <message>
        <source>The new case you have not finished yet will be replaced by the one waiting to be sent. Replace it?</source>
        <translation>Der neue Fall, den Sie noch nicht fertiggestellt haben, wird durch den Fall ersetzt, der auf das Senden wartet. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>osm::ui::DiagnosisWindow</name>
    <message>
        <source>Cloud server (ECS)</source>
        <translation>Cloud-Server (ECS)</translation>
    </message>
    <message>
        <source>Database instance (RDS)</source>
        <translation>Datenbankinstanz (RDS)</translation>
    </message>
    <message>
        <source>Remote login</source>
        <translation>Remote-Anmeldung</translation>
    </message>
    <message>
        <source>Network health</source>
        <translation>Netzwerkzustand</translation>
    </message>
    <message>
        <source>Type %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not executed</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Preparing the diagnosis…</source>
        <translation>Die Diagnose wird vorbereitet …</translation>
    </message>
    <message>
        <source>Running: %1 of %2 checks done…</source>
        <extracomment>%1 of %2 check items are done</extracomment>
        <translation>Läuft: %1 von %2 Prüfungen erledigt …</translation>
    </message>
    <message>
        <source>Completed: no problem found.</source>
        <translation>Abgeschlossen: kein Problem gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Completed: %n check item(s) found a problem.</source>
        <translation>
            <numerusform>Abgeschlossen: %n Prüfpunkt hat ein Problem gefunden.</numerusform>
            <numerusform>Abgeschlossen: %n Prüfpunkte haben ein Problem gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis failed: the resource could not be checked. Check its region and ID.</source>
        <translation>Die Diagnose ist fehlgeschlagen: Die Ressource konnte nicht geprüft werden. Prüfen Sie ihre Region und ID.</translation>
    </message>
    <message>
        <source>The diagnosis was not run.</source>
        <translation>Die Diagnose wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>This diagnosis is not available for the resource.</source>
        <translation>Diese Diagnose ist für die Ressource nicht verfügbar.</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problem gefunden</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Checking (%1%)</source>
        <extracomment>a check item in progress; %1 is a percentage</extracomment>
        <translation>Wird geprüft (%1 %)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a region&apos;s name and id, e.g. &quot;CN South-Guangzhou (cn-south-1)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No virtual machine of this project and region matches.</source>
        <translation>Keine virtuelle Maschine dieses Projekts und dieser Region passt.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n virtual machine(s): choose one to diagnose.</source>
        <translation>
            <numerusform>%n virtuelle Maschine gefunden: Wählen Sie die zu diagnostizierende aus.</numerusform>
            <numerusform>%n virtuelle Maschinen gefunden: Wählen Sie die zu diagnostizierende aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the diagnosis…</source>
        <translation>Die Diagnose wird gestartet …</translation>
    </message>
    <message>
        <source>Reading the diagnosis…</source>
        <translation>Die Diagnose wird abgerufen …</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>No details for this check item.</source>
        <translation>Keine Details zu diesem Prüfpunkt.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Read more about this problem</source>
        <translation>Mehr zu diesem Problem lesen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Thank you: your feedback was sent.</source>
        <translation>Vielen Dank, Ihr Feedback wurde gesendet.</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click: choose what to diagnose, start, and read the results and advice.</source>
        <translation>Eine Cloud-Ressource mit einem Klick auf häufige Probleme prüfen: Wählen Sie aus, was diagnostiziert werden soll, starten Sie die Diagnose und lesen Sie Ergebnisse und Empfehlungen.</translation>
    </message>
    <message>
        <source>&amp;Diagnose:</source>
        <translation>&amp;Diagnose:</translation>
    </message>
    <message>
        <source>Diagnosis type</source>
        <translation>Diagnoseart</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Virtual machine:</source>
        <translation>&amp;Virtuelle Maschine:</translation>
    </message>
    <message>
        <source>VM ID or elastic IP address, or choose one below</source>
        <translation>VM-ID oder elastische IP-Adresse, oder unten eine auswählen</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>RDS instance ID</source>
        <translation>RDS-Instanz-ID</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>R&amp;essource:</translation>
    </message>
    <message>
        <source>Not needed for this diagnosis</source>
        <translation>Für diese Diagnose nicht erforderlich</translation>
    </message>
    <message>
        <source>Resource to diagnose</source>
        <translation>Zu diagnostizierende Ressource</translation>
    </message>
    <message>
        <source>Find a virtual machine</source>
        <translation>Virtuelle Maschine suchen</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>&amp;Projekt-ID:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>The region&apos;s project ID, as shown under My Credentials in the console</source>
        <translation>Die Projekt-ID der Region, wie in der Konsole unter „Meine Anmeldeinformationen“ angezeigt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>VM-Name</translation>
    </message>
    <message>
        <source>Part of the name (optional)</source>
        <translation>Teil des Namens (optional)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Known fault</source>
        <translation>Bekannte Störung</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <source>&amp;Start Diagnosis</source>
        <translation>Diagnose &amp;starten</translation>
    </message>
    <message>
        <source>Diagnosis status</source>
        <translation>Diagnosestatus</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Check items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>Check item details</source>
        <translation>Details zum Prüfpunkt</translation>
    </message>
    <message>
        <source>Did this diagnosis help?</source>
        <translation>War diese Diagnose hilfreich?</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>Feedback-Kommentar</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation>&amp;Hilfreich</translation>
    </message>
    <message>
        <source>&amp;Not Helpful</source>
        <translation>&amp;Nicht hilfreich</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Past diagnoses</source>
        <translation>Frühere Diagnosen</translation>
    </message>
    <message>
        <source>Double-click a diagnosis to see its results</source>
        <translation>Doppelklicken Sie auf eine Diagnose, um ihre Ergebnisse anzuzeigen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3 in all)</source>
        <extracomment>%1 and %2 are page numbers; %3 is the number of diagnoses</extracomment>
        <translation>Seite %1 von %2 (%3 insgesamt)</translation>
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
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>it must be a whole number.</source>
        <translation>es muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>it is required.</source>
        <translation>es ist erforderlich.</translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <extracomment>%1 and %2 are the smallest and the largest allowed number</extracomment>
        <translation>es muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n characters long.</source>
        <translation>
            <numerusform>es darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>es darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not have the expected format.</source>
        <translation>es hat nicht das erwartete Format.</translation>
    </message>
    <message>
        <source>This problem type asks for no additional information.</source>
        <translation>Dieser Problemtyp verlangt keine zusätzlichen Informationen.</translation>
    </message>
</context>
<context>
    <name>osm::ui::LabelManagerDialog</name>
    <message>
        <source>Manage Labels</source>
        <translation>Labels verwalten</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Double-click a name (or press F2) to rename the label</source>
        <translation>Doppelklicken Sie auf einen Namen (oder drücken Sie F2), um das Label umzubenennen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;New label:</source>
        <translation>&amp;Neues Label:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>Name des neuen Labels</translation>
    </message>
    <message>
        <source>New label colour</source>
        <translation>Farbe des neuen Labels</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>You have %n labels, the most allowed. Delete one to add another.</source>
        <translation>
            <numerusform>Sie haben %n Label, die zulässige Höchstzahl. Löschen Sie eines, um ein weiteres hinzuzufügen.</numerusform>
            <numerusform>Sie haben %n Labels, die zulässige Höchstzahl. Löschen Sie eines, um ein weiteres hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of at most %2 labels</source>
        <extracomment>%1 labels in use of at most %2</extracomment>
        <translation>%1 von höchstens %2 Labels</translation>
    </message>
    <message>
        <source>Label “%1” created.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Label „%1“ angelegt.</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Ein Label braucht einen Namen.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>Label “%1” saved.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Label „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>Label löschen</translation>
    </message>
    <message>
        <source>Delete the label “%1”? It is also removed from every case that carries it.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Das Label „%1“ löschen? Es wird auch von allen Fällen entfernt, die es tragen.</translation>
    </message>
    <message>
        <source>Label “%1” deleted.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Label „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>osm::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheActions</name>
    <message>
        <source>Saved list as of %1</source>
        <translation>Gespeicherte Liste, Stand %1</translation>
    </message>
    <message>
        <source>These are the cases saved on this computer; the server&apos;s list replaces them when it answers.</source>
        <translation>Dies sind die auf diesem Computer gespeicherten Fälle; sie werden durch die Liste des Servers ersetzt, sobald er antwortet.</translation>
    </message>
    <message>
        <source>The server could not be reached: these are the cases saved on this computer.</source>
        <translation>Der Server war nicht erreichbar: Dies sind die auf diesem Computer gespeicherten Fälle.</translation>
    </message>
    <message>
        <source>The local cache could not be emptied: %1</source>
        <translation>Der lokale Cache konnte nicht geleert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Search Saved Cases…</source>
        <translation>Gespeicherte Fälle &amp;durchsuchen …</translation>
    </message>
    <message>
        <source>Find words in the cases, messages and attachment names saved on this computer (%1)</source>
        <translation>Wörter in den auf diesem Computer gespeicherten Fällen, Nachrichten und Anhangnamen suchen (%1)</translation>
    </message>
    <message>
        <source>Rebuild Local &amp;Cache</source>
        <translation>Lokalen &amp;Cache neu aufbauen</translation>
    </message>
    <message>
        <source>Forget the cases and messages saved on this computer and read them again from the server (unsent messages and drafts are kept)</source>
        <translation>Die auf diesem Computer gespeicherten Fälle und Nachrichten verwerfen und erneut vom Server laden (nicht gesendete Nachrichten und Entwürfe bleiben erhalten)</translation>
    </message>
    <message>
        <source>Saved list</source>
        <translation>Gespeicherte Liste</translation>
    </message>
    <message>
        <source>Local &amp;Cache…</source>
        <translation>Lokaler &amp;Cache …</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheDialog</name>
    <message>
        <source>Local Cache</source>
        <translation>Lokaler Cache</translation>
    </message>
    <message>
        <source>&amp;Keep downloaded files up to (MiB):</source>
        <translation>Heruntergeladene Dateien &amp;behalten bis (MiB):</translation>
    </message>
    <message>
        <source>Attachments you open, save or drag out are kept on this computer, so that they open again without a download, also offline. Beyond the limit the least recently used go first; 0 keeps none.</source>
        <translation>Anhänge, die Sie öffnen, speichern oder herausziehen, werden auf diesem Computer aufbewahrt, damit sie sich ohne erneuten Download öffnen lassen, auch offline. Über dem Limit werden die am längsten nicht verwendeten zuerst entfernt; 0 bewahrt keine auf.</translation>
    </message>
    <message>
        <source>C&amp;lear Downloaded Files</source>
        <translation>Heruntergeladene Dateien &amp;löschen</translation>
    </message>
    <message numerus="yes">
        <source>In use: %n file(s), %1</source>
        <extracomment>%n is how many files are kept, %1 the space they take (e.g. &quot;12.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>Belegt: %n Datei, %1</numerusform>
            <numerusform>Belegt: %n Dateien, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalSearchDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>Message in case %1, %2</source>
        <translation>Nachricht in Fall %1, %2</translation>
    </message>
    <message>
        <source>Attachment in case %1</source>
        <translation>Anhang in Fall %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing saved on this computer matches.</source>
        <translation>Keine auf diesem Computer gespeicherten Daten passen.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Search Saved Cases</source>
        <translation>Gespeicherte Fälle durchsuchen</translation>
    </message>
    <message>
        <source>Searches the case descriptions, messages and attachment names saved on this computer, also while offline. Press Enter on a result to open its case.</source>
        <translation>Durchsucht die auf diesem Computer gespeicherten Fallbeschreibungen, Nachrichten und Anhangnamen, auch offline. Drücken Sie auf einem Treffer Enter, um seinen Fall zu öffnen.</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Zu suchende Wörter</translation>
    </message>
    <message>
        <source>Search saved cases</source>
        <translation>Gespeicherte Fälle durchsuchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>Fall ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected case in its own window (Enter or double-click)</source>
        <translation>Den ausgewählten Fall in einem eigenen Fenster öffnen (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Neuer Fall …</translation>
    </message>
    <message>
        <source>Create a new case (%1)</source>
        <translation>Einen neuen Fall anlegen (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About OSM Desk</source>
        <translation>&amp;Über OSM Desk</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>Ungelesene Nachrichten</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Offline — waiting for the network</source>
        <translation>Offline – Warten auf das Netzwerk</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>Offline – neuer Versuch in %n s</numerusform>
            <numerusform>Offline – neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — retrying…</source>
        <translation>Offline – neuer Versuch …</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Export Cases…</source>
        <translation>Fälle &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export the cases of the current view and filters to a file</source>
        <translation>Die Fälle der aktuellen Ansicht und Filter in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Save &amp;View as CSV…</source>
        <translation>&amp;Ansicht als CSV speichern …</translation>
    </message>
    <message>
        <source>Save the cases listed now, with the visible columns, as a CSV file</source>
        <translation>Die aktuell aufgelisteten Fälle mit den sichtbaren Spalten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>&amp;Labels verwalten …</translation>
    </message>
    <message>
        <source>A&amp;uthorizations…</source>
        <translation>A&amp;utorisierungen …</translation>
    </message>
    <message>
        <source>Requests of support engineers for access to your console or hosts</source>
        <translation>Anfragen von Supportmitarbeitern nach Zugriff auf Ihre Konsole oder Hosts</translation>
    </message>
    <message>
        <source>&amp;Diagnosis…</source>
        <translation>&amp;Diagnose …</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click</source>
        <translation>Eine Cloud-Ressource mit einem Klick auf häufige Probleme prüfen</translation>
    </message>
    <message>
        <source>Account &amp;Information…</source>
        <translation>Konto&amp;informationen …</translation>
    </message>
    <message>
        <source>Case quota, agencies, partner service and configuration items</source>
        <translation>Kontingent an Fällen, Agencies, Partnerservice und Konfigurationseinträge</translation>
    </message>
    <message>
        <source>&amp;Report Infringement or Illegal Information…</source>
        <translation>&amp;Rechtsverletzung oder rechtswidrige Inhalte melden …</translation>
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
    <name>osm::ui::OfflineStatus</name>
    <message numerus="yes">
        <source>Offline — showing saved data; %n change(s) waiting</source>
        <translation>
            <numerusform>Offline – gespeicherte Daten werden angezeigt; %n Änderung wartet</numerusform>
            <numerusform>Offline – gespeicherte Daten werden angezeigt; %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing saved data</source>
        <translation>Offline – gespeicherte Daten werden angezeigt</translation>
    </message>
    <message>
        <source>The server cannot be reached. The cases and messages shown are those saved on this computer; what you send is kept and goes out when the server answers again.</source>
        <translation>Der Server ist nicht erreichbar. Die angezeigten Fälle und Nachrichten sind die auf diesem Computer gespeicherten; was Sie senden, wird aufbewahrt und verschickt, sobald der Server wieder antwortet.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxItemText</name>
    <message>
        <source>Urge the case</source>
        <translation>Beim Fall nachhaken</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>Fall zurückziehen</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Fall löschen</translation>
    </message>
    <message>
        <source>Close the case and rate it</source>
        <translation>Fall schließen und bewerten</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Fall schließen</translation>
    </message>
    <message>
        <source>Rate the case</source>
        <translation>Fall bewerten</translation>
    </message>
    <message>
        <source>Add label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>Label „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>Label „%1“ entfernen</translation>
    </message>
    <message>
        <source>Relate case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>Fall %1 verknüpfen</translation>
    </message>
    <message>
        <source>Remove the relation to case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>Verknüpfung mit Fall %1 entfernen</translation>
    </message>
    <message>
        <source>Change the reminder contact information</source>
        <translation>Kontaktdaten für Benachrichtigungen ändern</translation>
    </message>
    <message>
        <source>Create a case: %1</source>
        <extracomment>%1 is the beginning of the new case&apos;s description</extracomment>
        <translation>Fall anlegen: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxPanel</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>%1 is the server&apos;s reason</extracomment>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Waiting for the network; it will be sent when the connection is back.</source>
        <translation>Wartet auf das Netzwerk; wird gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Waiting to sign in again; it will be sent after that.</source>
        <translation>Wartet auf erneute Anmeldung; wird danach gesendet.</translation>
    </message>
    <message>
        <source>Will be sent again shortly: %1</source>
        <extracomment>%1 is why the last attempt failed</extracomment>
        <translation>Wird in Kürze erneut gesendet: %1</translation>
    </message>
    <message>
        <source>Messages waiting to be sent</source>
        <translation>Nachrichten, die auf den Versand warten</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <extracomment>The files of a message waiting to be sent; %1 is their names</extracomment>
        <translation>Angehängt: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Senden wiederholen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the message in the reply box</source>
        <translation>Die Nachricht im Antwortfeld bearbeiten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the message</source>
        <translation>Die Nachricht verwerfen</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesButton</name>
    <message numerus="yes">
        <source>%n new case(s) not sent</source>
        <translation>
            <numerusform>%n neuer Fall nicht gesendet</numerusform>
            <numerusform>%n neue Fälle nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) waiting to be sent</source>
        <translation>
            <numerusform>%n neuer Fall wartet auf das Senden</numerusform>
            <numerusform>%n neue Fälle warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the new cases waiting to be sent</source>
        <translation>Neue Fälle anzeigen, die auf das Senden warten</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesDialog</name>
    <message>
        <source>New Cases Waiting to Be Sent</source>
        <translation>Neue Fälle, die auf das Senden warten</translation>
    </message>
    <message>
        <source>These new cases are saved on this computer and are created as soon as the server can be reached. A case the server refused shows its reason: edit it, retry or discard it.</source>
        <translation>Diese neuen Fälle sind auf diesem Computer gespeichert und werden angelegt, sobald der Server erreichbar ist. Bei einem vom Server abgelehnten Fall wird der Grund angezeigt: Bearbeiten Sie ihn, versuchen Sie es erneut oder verwerfen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeCache</name>
    <message>
        <source>Your account&apos;s administrator has restricted case submission, and your user does not hold the privilege to submit cases. Ask the administrator of the main account to grant it.</source>
        <translation>Der Administrator Ihres Kontos hat das Einreichen von Fällen eingeschränkt, und Ihr Benutzer besitzt keine Berechtigung zum Einreichen von Fällen. Bitten Sie den Administrator des Hauptkontos, sie zu erteilen.</translation>
    </message>
    <message>
        <source>You are signed in with a delegated account, and the account&apos;s administrator does not allow delegated accounts to work on cases. Ask the administrator to grant the case privilege.</source>
        <translation>Sie sind mit einem delegierten Konto angemeldet, und der Administrator des Kontos erlaubt delegierten Konten nicht, Fälle zu bearbeiten. Bitten Sie den Administrator, die Berechtigung für Fälle zu erteilen.</translation>
    </message>
    <message>
        <source>Your user does not hold the privilege to export cases. Ask the administrator of the main account to grant it.</source>
        <translation>Ihr Benutzer besitzt keine Berechtigung zum Exportieren von Fällen. Bitten Sie den Administrator des Hauptkontos, sie zu erteilen.</translation>
    </message>
    <message>
        <source>You may not see or change the cases of this IAM group: your user is not allowed to work on its members&apos; cases. Check the group ID, or ask your administrator to add you to the group.</source>
        <translation>Sie dürfen die Fälle dieser IAM-Gruppe weder sehen noch ändern: Ihr Benutzer darf die Fälle ihrer Mitglieder nicht bearbeiten. Prüfen Sie die Gruppen-ID oder bitten Sie Ihren Administrator, Sie der Gruppe hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeNotice</name>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>Warum einige Aktionen nicht verfügbar sind</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegePolicyTab</name>
    <message>
        <source>Restrictions the main account switches on for its IAM users: a restricted privilege is held only by the users it is granted to.</source>
        <translation>Einschränkungen, die das Hauptkonto für seine IAM-Benutzer einschaltet: Eine eingeschränkte Berechtigung haben nur die Benutzer, denen sie erteilt wurde.</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>whether the restriction of a privilege is switched on</extracomment>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>&amp;Einschränken</translation>
    </message>
    <message>
        <source>&amp;Lift Restriction</source>
        <translation>Einschränkung &amp;aufheben</translation>
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
    <name>osm::ui::RelatedCasesEditor</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Einreicher</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>Verknüpfte Fälle</translation>
    </message>
    <message>
        <source>Related case ID</source>
        <translation>ID des verknüpften Falls</translation>
    </message>
    <message>
        <source>Case ID to relate</source>
        <translation>ID des zu verknüpfenden Falls</translation>
    </message>
    <message>
        <source>IAM group ID for relations</source>
        <translation>IAM-Gruppen-ID für Verknüpfungen</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>IAM-Gruppen-ID</translation>
    </message>
    <message>
        <source>The relation calls of the OSM API require the ID of your IAM group.</source>
        <translation>Die Verknüpfungsaufrufe der OSM-API benötigen die ID Ihrer IAM-Gruppe.</translation>
    </message>
    <message>
        <source>Re&amp;late</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Add related case</source>
        <translation>Verknüpften Fall hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open related case</source>
        <translation>Verknüpften Fall öffnen</translation>
    </message>
    <message>
        <source>Unrelate</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Remove related case</source>
        <translation>Verknüpften Fall entfernen</translation>
    </message>
</context>
<context>
    <name>osm::ui::ReportFeedbackDialog</name>
    <message>
        <source>Describe what you are reporting.</source>
        <translation>Beschreiben Sie, was Sie melden.</translation>
    </message>
    <message numerus="yes">
        <source>The description is %n character(s) too long.</source>
        <translation>
            <numerusform>Die Beschreibung ist %n Zeichen zu lang.</numerusform>
            <numerusform>Die Beschreibung ist %n Zeichen zu lang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one file as evidence.</source>
        <translation>Fügen Sie mindestens eine Datei als Nachweis hinzu.</translation>
    </message>
    <message>
        <source>Describe the right that is infringed.</source>
        <translation>Beschreiben Sie das verletzte Recht.</translation>
    </message>
    <message>
        <source>An infringement report needs your name, mobile number and e-mail address.</source>
        <translation>Für die Meldung einer Rechtsverletzung sind Ihr Name, Ihre Mobilnummer und Ihre E-Mail-Adresse erforderlich.</translation>
    </message>
    <message>
        <source>Waiting for the files to upload…</source>
        <translation>Warten auf das Hochladen der Dateien …</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <extracomment>%1 is a file name, %2 why it could not be uploaded</extracomment>
        <translation>%1 konnte nicht hochgeladen werden: %2</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Nachweise hinzufügen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>characters typed / the limit</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Report Infringement or Illegal Information</source>
        <translation>Rechtsverletzung oder rechtswidrige Inhalte melden</translation>
    </message>
    <message>
        <source>Intellectual-property infringement</source>
        <translation>Verletzung geistigen Eigentums</translation>
    </message>
    <message>
        <source>Illegal information</source>
        <translation>Rechtswidrige Inhalte</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Pornography</source>
        <translation>Pornografie</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Glücksspiel</translation>
    </message>
    <message>
        <source>Political breach</source>
        <translation>Politischer Verstoß</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>Virtual currency</source>
        <translation>Virtuelle Währung</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Proxyserver</translation>
    </message>
    <message>
        <source>Website without ICP filing</source>
        <translation>Website ohne ICP-Registrierung</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>Sensible Informationen</translation>
    </message>
    <message>
        <source>Violence or terrorism</source>
        <translation>Gewalt oder Terrorismus</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>Gerüchte</translation>
    </message>
    <message>
        <source>Insulting heroes and martyrs</source>
        <translation>Beleidigung von Helden und Märtyrern</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Harm to minors</source>
        <translation>Jugendgefährdung</translation>
    </message>
    <message>
        <source>Cyberattack</source>
        <translation>Cyberangriff</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Urheberrecht</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Patent</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Authorized agent</source>
        <translation>Bevollmächtigter Vertreter</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Rechtsanwalt</translation>
    </message>
    <message>
        <source>Right owner</source>
        <translation>Rechteinhaber</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Meldung:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Reported &amp;party:</source>
        <translation>Gemeldete &amp;Partei:</translation>
    </message>
    <message>
        <source>Reported p&amp;roduct:</source>
        <translation>Gemeldetes P&amp;rodukt:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Nachweise:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Product or service; website address</source>
        <translation>Produkt oder Dienst; Website-Adresse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What is infringing or illegal, and where it can be seen</source>
        <translation>Was rechtsverletzend oder rechtswidrig ist und wo es zu sehen ist</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Länge der Beschreibung</translation>
    </message>
    <message>
        <source>Reported party</source>
        <translation>Gemeldete Partei</translation>
    </message>
    <message>
        <source>The party or merchant reported (optional)</source>
        <translation>Die gemeldete Partei oder der gemeldete Händler (optional)</translation>
    </message>
    <message>
        <source>Reported product</source>
        <translation>Gemeldetes Produkt</translation>
    </message>
    <message>
        <source>The infringing product or service (optional)</source>
        <translation>Das rechtsverletzende Produkt oder der rechtsverletzende Dienst (optional)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <source>One to %1 files that show what you report</source>
        <extracomment>%1 is the largest number of files</extracomment>
        <translation>Eine bis %1 Dateien, die belegen, was Sie melden</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Infringed right</source>
        <translation>Verletztes Recht</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Registered &amp;in:</source>
        <translation>Registriert &amp;in:</translation>
    </message>
    <message>
        <source>Registration &amp;number:</source>
        <translation>Registrierungs&amp;nummer:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <source>Kind of right</source>
        <translation>Art des Rechts</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>Registriert in</translation>
    </message>
    <message>
        <source>Country or region (optional)</source>
        <translation>Land oder Region (optional)</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registrierungsnummer</translation>
    </message>
    <message>
        <source>Trademark or patent number (optional)</source>
        <translation>Marken- oder Patentnummer (optional)</translation>
    </message>
    <message>
        <source>Right description</source>
        <translation>Beschreibung des Rechts</translation>
    </message>
    <message>
        <source>Your contact details</source>
        <translation>Ihre Kontaktdaten</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>Mo&amp;bilnummer:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-Mai&amp;l:</translation>
    </message>
    <message>
        <source>Country or re&amp;gion:</source>
        <translation>Land oder Re&amp;gion:</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Adre&amp;sse:</translation>
    </message>
    <message>
        <source>You a&amp;re:</source>
        <translation>Sie sin&amp;d:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Other contact:</source>
        <translation>&amp;Weiterer Kontakt:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land oder Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Sie sind</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Weiterer Kontakt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Send Report</source>
        <translation>Meldung &amp;senden</translation>
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
    <name>osm::ui::SaveViewAsCsv</name>
    <message>
        <source>Save View as CSV</source>
        <translation>Ansicht als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>
            <numerusform>%n Fall in %1 gespeichert</numerusform>
            <numerusform>%n Fälle in %1 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::SubmissionPrivilegeGate</name>
    <message>
        <source>New Case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>You cannot submit cases with this user.</source>
        <translation>Mit diesem Benutzer können Sie keine Fälle einreichen.</translation>
    </message>
</context>
<context>
    <name>osm::ui::TrayNotifier</name>
    <message>
        <source>Show OSM Desk</source>
        <translation>OSM Desk anzeigen</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk tray menu</source>
        <translation>Tray-Menü von OSM Desk</translation>
    </message>
    <message numerus="yes">
        <source>OSM Desk: %n unread message(s)</source>
        <translation>
            <numerusform>OSM Desk: %n ungelesene Nachricht</numerusform>
            <numerusform>OSM Desk: %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>OSM Desk: no unread messages</source>
        <translation>OSM Desk: keine ungelesenen Nachrichten</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>Keine ungelesenen Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <extracomment>A tray menu entry: the case number and how many of its messages are unread.</extracomment>
        <translation>
            <numerusform>%1 (%n ungelesen)</numerusform>
            <numerusform>%1 (%n ungelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>New reply in case %1</source>
        <translation>Neue Antwort in Fall %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New replies in %n case(s)</source>
        <translation>
            <numerusform>Neue Antworten in %n Fall</numerusform>
            <numerusform>Neue Antworten in %n Fällen</numerusform>
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
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>IAM-&amp;Gruppe wählen …</translation>
    </message>
</context>
</TS>
