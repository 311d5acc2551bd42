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
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>es muss eine Farbe im Format #RRGGBB sein, etwa #1E88E5.</translation>
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
        <source>Read the case list again (%1)</source>
        <translation>Die Fallliste neu einlesen (%1)</translation>
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
</TS>
