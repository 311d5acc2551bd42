<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Manage Huawei Cloud support cases through the OSM API.</source>
        <translation>Gérer les dossiers de support Huawei Cloud via l’API OSM.</translation>
    </message>
    <message>
        <source>Run against the built-in OSM simulator.</source>
        <translation>Utiliser le simulateur OSM intégré.</translation>
    </message>
    <message>
        <source>Sign in with the account profile &lt;id&gt;.</source>
        <translation>Se connecter avec le profil de compte &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Exit after the first page of cases has loaded (for tests).</source>
        <translation>Quitter une fois la première page de dossiers chargée (pour les tests).</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de, ar) instead of the system&apos;s.</source>
        <extracomment>&lt;code&gt; stays as it is: it names the option&apos;s value on the command line.</extracomment>
        <translation>Utiliser la langue &lt;code&gt; (par exemple zh_CN, ja, de, ar) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Langue inconnue « %1 » ; langues disponibles : %2.</translation>
    </message>
    <message>
        <source>A case to open: its id, or a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>Dossier à ouvrir : son numéro, ou un lien tel que osmdesk://case/&lt;n° de dossier&gt;.</translation>
    </message>
</context>
<context>
    <name>osm::AkSkAuthenticator</name>
    <message>
        <source>IAM did not name the account of this access key.</source>
        <translation>IAM n’a pas indiqué le compte de cette clé d’accès.</translation>
    </message>
</context>
<context>
    <name>osm::CaseStatus</name>
    <message>
        <source>Pending acceptance</source>
        <translation>En attente de prise en charge</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Result to be confirmed</source>
        <translation>Résultat à confirmer</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Awaiting feedback</source>
        <translation>En attente de retour</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Statut %1</translation>
    </message>
</context>
<context>
    <name>osm::CredentialStore</name>
    <message>
        <source>No secret is saved for this account. Enter it again in the account settings.</source>
        <translation>Aucun secret n’est enregistré pour ce compte. Saisissez-le à nouveau dans les paramètres du compte.</translation>
    </message>
</context>
<context>
    <name>osm::Download</name>
    <message>
        <source>the folder does not exist.</source>
        <translation>le répertoire n’existe pas.</translation>
    </message>
    <message>
        <source>the file could not be created (%1).</source>
        <translation>le fichier n’a pas pu être créé (%1).</translation>
    </message>
    <message>
        <source>the file could not be written (%1).</source>
        <translation>le fichier n’a pas pu être écrit (%1).</translation>
    </message>
    <message>
        <source>the file could not be saved (%1).</source>
        <translation>le fichier n’a pas pu être enregistré (%1).</translation>
    </message>
</context>
<context>
    <name>osm::Endpoint</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation>L’adresse « %1 » n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for &quot;%1&quot;.</source>
        <translation>Le http non chiffré n’est autorisé que vers cet ordinateur (boucle locale) ; utilisez https pour « %1 ».</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L’adresse doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>osm::Error</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>Impossible de joindre le serveur. Vérifiez votre connexion réseau.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The app will keep trying when it is safe to.</source>
        <translation>Le serveur n’a pas répondu à temps. L’application réessaiera lorsque cela peut se faire sans risque.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>La connexion sécurisée au serveur a échoué : %1</translation>
    </message>
    <message>
        <source>The server sent an answer the app could not read.</source>
        <translation>Le serveur a envoyé une réponse que l’application ne sait pas lire.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not valid: %2</source>
        <extracomment>%1 is a parameter name as the API spells it, %2 says what is wrong with it</extracomment>
        <translation>La valeur de « %1 » n’est pas valide : %2</translation>
    </message>
    <message>
        <source>The saved credentials could not be used: %1</source>
        <translation>Les identifiants enregistrés n’ont pas pu être utilisés : %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the account name, user name and password.</source>
        <translation>La connexion a échoué. Vérifiez le nom du compte, le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The server refused the credentials of this account.</source>
        <translation>Le serveur a refusé les identifiants de ce compte.</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <extracomment>%1 is the server&apos;s own error message, which may be in another language</extracomment>
        <translation>Le serveur a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>Trop de requêtes. L’application va réessayer sous peu.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>La requête a échoué (HTTP %1).</translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation>(code %1)</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(ID de requête %1)</translation>
    </message>
</context>
<context>
    <name>osm::ErrorCatalog</name>
    <message>
        <source>The request was refused because a parameter is invalid.</source>
        <translation>La requête a été refusée, car un paramètre n’est pas valide.</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>Vous n’êtes pas connecté, ou votre connexion a expiré.</translation>
    </message>
    <message>
        <source>You do not have permission for this operation.</source>
        <translation>Vous n’avez pas le droit d’effectuer cette opération.</translation>
    </message>
    <message>
        <source>The case service had an internal error. Try again later.</source>
        <translation>Le service des dossiers a rencontré une erreur interne. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>A parameter failed the server&apos;s validation.</source>
        <translation>Un paramètre n’a pas passé la validation du serveur.</translation>
    </message>
    <message>
        <source>You do not have permission for this case.</source>
        <translation>Vous n’avez pas de droits sur ce dossier.</translation>
    </message>
    <message>
        <source>You have urged this case too often. Wait a while before urging it again.</source>
        <translation>Vous avez relancé ce dossier trop souvent. Attendez un moment avant de le relancer.</translation>
    </message>
    <message>
        <source>Today&apos;s attachment upload allowance is used up.</source>
        <translation>Le quota de pièces jointes à téléverser pour aujourd’hui est épuisé.</translation>
    </message>
    <message>
        <source>The selected severity does not exist.</source>
        <translation>La gravité sélectionnée n’existe pas.</translation>
    </message>
    <message>
        <source>A CC e-mail address is not valid.</source>
        <translation>Une adresse e-mail en copie (CC) n’est pas valide.</translation>
    </message>
    <message>
        <source>Your support plan does not allow creating this case.</source>
        <translation>Votre offre de support ne permet pas de créer ce dossier.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>La vérification a échoué.</translation>
    </message>
    <message>
        <source>That case action is not supported (only cancel, close, urge and delete).</source>
        <translation>Cette action sur un dossier n’est pas prise en charge (seulement annuler, clôturer, relancer et supprimer).</translation>
    </message>
    <message>
        <source>The case does not exist, or you cannot see it.</source>
        <translation>Le dossier n’existe pas, ou vous ne pouvez pas le voir.</translation>
    </message>
    <message>
        <source>The bastion host (CBH) reported a failure.</source>
        <translation>L’hôte bastion (CBH) a signalé une défaillance.</translation>
    </message>
    <message>
        <source>This case was created only a moment ago. Wait a while before urging it.</source>
        <translation>Ce dossier vient tout juste d’être créé. Attendez un moment avant de le relancer.</translation>
    </message>
    <message>
        <source>A verification code was sent less than a minute ago. Wait before asking for another.</source>
        <translation>Un code de vérification a été envoyé il y a moins d’une minute. Patientez avant d’en demander un autre.</translation>
    </message>
    <message>
        <source>The case&apos;s current status does not allow this operation.</source>
        <translation>Le statut actuel du dossier ne permet pas cette opération.</translation>
    </message>
    <message>
        <source>You are not allowed to see cases of this group.</source>
        <translation>Vous n’êtes pas autorisé à voir les dossiers de ce groupe.</translation>
    </message>
    <message>
        <source>The maximum number of verification codes has been sent.</source>
        <translation>Le nombre maximal de codes de vérification a été envoyé.</translation>
    </message>
    <message>
        <source>Your case quota is used up.</source>
        <translation>Votre quota de dossiers est épuisé.</translation>
    </message>
    <message>
        <source>You have reached today&apos;s limit of new cases.</source>
        <translation>Vous avez atteint la limite de nouveaux dossiers pour aujourd’hui.</translation>
    </message>
    <message>
        <source>The label does not exist.</source>
        <translation>L’étiquette n’existe pas.</translation>
    </message>
    <message>
        <source>A label with this name already exists.</source>
        <translation>Une étiquette portant ce nom existe déjà.</translation>
    </message>
    <message>
        <source>You already have 30 labels, the most allowed.</source>
        <translation>Vous avez déjà 30 étiquettes, le maximum autorisé.</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels.</source>
        <translation>Un dossier peut porter au plus 5 étiquettes.</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases.</source>
        <translation>Un dossier peut avoir au plus 3 dossiers associés.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>Un dossier ne peut pas être associé à lui-même.</translation>
    </message>
    <message>
        <source>The attachment is not valid.</source>
        <translation>La pièce jointe n’est pas valide.</translation>
    </message>
    <message>
        <source>This authorization can only be changed while it is pending.</source>
        <translation>Cette autorisation ne peut être modifiée que tant qu’elle est en attente.</translation>
    </message>
    <message>
        <source>The connection to the target host timed out.</source>
        <translation>La connexion à l’hôte cible a expiré.</translation>
    </message>
    <message>
        <source>The signature was rejected. Check the access key (AK) and secret key (SK) of this account.</source>
        <translation>La signature a été rejetée. Vérifiez la clé d’accès (AK) et la clé secrète (SK) de ce compte.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Votre connexion a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>Trop de requêtes. L’application va réessayer sous peu.</translation>
    </message>
    <message>
        <source>The account name or password is wrong.</source>
        <translation>Le nom du compte ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The case service could not complete the operation. Try again later.</source>
        <translation>Le service des dossiers n’a pas pu mener à bien l’opération. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>This authorization operation is not supported.</source>
        <translation>Cette opération d’autorisation n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>The operation is not allowed.</source>
        <translation>L’opération n’est pas permise.</translation>
    </message>
    <message>
        <source>The source id does not exist.</source>
        <translation>L’ID de source n’existe pas.</translation>
    </message>
    <message>
        <source>The selected problem type does not exist.</source>
        <translation>Le type de problème sélectionné n’existe pas.</translation>
    </message>
    <message>
        <source>The type is not valid.</source>
        <translation>Le type n’est pas valide.</translation>
    </message>
    <message>
        <source>The authorization item does not exist.</source>
        <translation>L’élément d’autorisation n’existe pas.</translation>
    </message>
    <message>
        <source>The selected region does not exist.</source>
        <translation>La région sélectionnée n’existe pas.</translation>
    </message>
</context>
<context>
    <name>osm::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available (%1). Secrets entered now are kept in memory only and will be forgotten when the app quits.</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>Aucun trousseau n’est disponible (%1). Les secrets saisis maintenant sont conservés en mémoire uniquement et seront oubliés à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>Le trousseau a refusé : %1</translation>
    </message>
    <message>
        <source>The keychain entry of this account is not in a format the app understands. Enter the secret again.</source>
        <translation>L’entrée du trousseau pour ce compte n’est pas dans un format que l’application comprend. Saisissez à nouveau le secret.</translation>
    </message>
</context>
<context>
    <name>osm::MultipartBody</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>« %1 » n’a pas pu être lu : %2</translation>
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
        <translation>Point de terminaison du SDK Huawei Cloud (myhuaweicloud.cn)</translation>
    </message>
</context>
<context>
    <name>osm::TokenAuthenticator</name>
    <message>
        <source>IAM answered without a token.</source>
        <translation>IAM a répondu sans jeton.</translation>
    </message>
</context>
<context>
    <name>osm::api::AccessoryLimitCheck</name>
    <message numerus="yes">
        <source>at most %n file(s) may be attached to one case or message.</source>
        <translation>
            <numerusform>au plus %n fichier peut être joint à un dossier ou à un message.</numerusform>
            <numerusform>au plus %n fichiers peuvent être joints à un dossier ou à un message.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>« %1 » ne peut pas être lu.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a type of file that may be attached (allowed: %2).</source>
        <extracomment>%1 is a file name, %2 the list of allowed extensions</extracomment>
        <translation>« %1 » n’est pas un type de fichier qui peut être joint (types autorisés : %2).</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; an attachment may be at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its size in MB, %3 the largest size allowed in MB</extracomment>
        <translation>« %1 » fait %2 MB ; une pièce jointe ne peut pas dépasser %3 MB.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a ZIP archive.</source>
        <translation>« %1 » n’a pas pu être lu comme archive ZIP.</translation>
    </message>
    <message>
        <source>“%1” unpacks to %2 MB; an archive may unpack to at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its unpacked size in MB, %3 the largest unpacked size allowed in MB</extracomment>
        <translation>« %1 » fait %2 MB une fois décompressé ; une archive ne peut pas dépasser %3 MB une fois décompressée.</translation>
    </message>
</context>
<context>
    <name>osm::api::Attachments</name>
    <message>
        <source>it must be “incident” (for a new case) or “message” (for a message).</source>
        <translation>il doit valoir « incident » (pour un nouveau dossier) ou « message » (pour un message).</translation>
    </message>
    <message>
        <source>the file “%1” cannot be read.</source>
        <translation>le fichier « %1 » ne peut pas être lu.</translation>
    </message>
    <message>
        <source>an id may not contain a comma.</source>
        <translation>un identifiant ne doit pas contenir de virgule.</translation>
    </message>
</context>
<context>
    <name>osm::api::CaseWrites</name>
    <message>
        <source>its keys must be contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>ses clés doivent être contactType, remindCCEmail, remindEncryptCCEmail ou isReceiveMsgRemind.</translation>
    </message>
    <message>
        <source>it must be IncidentService or IntelligentCustomerService.</source>
        <translation>il doit valoir IncidentService ou IntelligentCustomerService.</translation>
    </message>
    <message>
        <source>it must be 0, 1 or 2.</source>
        <translation>il doit valoir 0, 1 ou 2.</translation>
    </message>
</context>
<context>
    <name>osm::api::Configurations</name>
    <message>
        <source>it may not contain /, ? or #.</source>
        <translation>il ne doit contenir ni /, ni ?, ni #.</translation>
    </message>
</context>
<context>
    <name>osm::api::Feedback</name>
    <message>
        <source>it must be one of %1.</source>
        <translation>il doit s’agir de l’une de ces valeurs : %1.</translation>
    </message>
</context>
<context>
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>il doit s’agir d’une couleur au format #RRGGBB, par exemple #1E88E5.</translation>
    </message>
</context>
<context>
    <name>osm::api::Privileges</name>
    <message>
        <source>it must be one of export, createCase or assumeCaseAll.</source>
        <translation>il doit valoir export, createCase ou assumeCaseAll.</translation>
    </message>
</context>
<context>
    <name>osm::api::Relations</name>
    <message>
        <source>a case cannot be related to itself.</source>
        <translation>un dossier ne peut pas être associé à lui-même.</translation>
    </message>
</context>
<context>
    <name>osm::api::Validator</name>
    <message>
        <source>a value is required.</source>
        <translation>une valeur est requise.</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n character(s) long.</source>
        <translation>
            <numerusform>il ne doit pas dépasser %n caractère.</numerusform>
            <numerusform>il ne doit pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <translation>il doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>it must be one of %1.</source>
        <translation>il doit s’agir de l’une de ces valeurs : %1.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n value(s) may be given.</source>
        <translation>
            <numerusform>au plus %n valeur peut être indiquée.</numerusform>
            <numerusform>au plus %n valeurs peuvent être indiquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n value(s) must be given.</source>
        <translation>
            <numerusform>au moins %n valeur doit être indiquée.</numerusform>
            <numerusform>au moins %n valeurs doivent être indiquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be a date and time written as yyyy-MM-dd HH:mm:ss.</source>
        <translation>il doit s’agir d’une date et d’une heure au format yyyy-MM-dd HH:mm:ss.</translation>
    </message>
</context>
<context>
    <name>osm::api::VerifyCodes</name>
    <message>
        <source>it must be exactly 6 characters long.</source>
        <translation>il doit comporter exactement 6 caractères.</translation>
    </message>
</context>
<context>
    <name>osm::app::DesktopSession</name>
    <message>
        <source>The built-in simulator could not start.</source>
        <translation>Le simulateur intégré n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>No account is set up yet. Start OSM Desk with --demo to try it with the built-in simulator.</source>
        <translation>Aucun compte n’est encore configuré. Lancez OSM Desk avec --demo pour l’essayer avec le simulateur intégré.</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>Il n’existe aucun profil de compte « %1 ».</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>Welcome to OSM Desk. Set up the Huawei Cloud account whose support cases you want to work with. (To try OSM Desk without an account, start it with --demo.)</source>
        <translation>Bienvenue dans OSM Desk. Configurez le compte Huawei Cloud dont vous voulez traiter les dossiers de support. (Pour essayer OSM Desk sans compte, lancez-le avec --demo.)</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>Le compte n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>You have signed out and the stored secret was forgotten. Enter it again to sign in.</source>
        <translation>Vous êtes déconnecté et le secret enregistré a été oublié. Saisissez-le à nouveau pour vous connecter.</translation>
    </message>
</context>
<context>
    <name>osm::app::LaunchRequest</name>
    <message>
        <source>Expected at most one case, as a case id or as a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>Un seul dossier au plus est attendu, sous forme de numéro de dossier ou de lien tel que osmdesk://case/&lt;n° de dossier&gt;.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AgenciesCommands</name>
    <message>
        <source>The account&apos;s IAM agencies (delegations).</source>
        <translation>Les agences IAM (délégations) du compte.</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM agencies (5.11.1).</source>
        <translation>Lister les agences IAM du compte (5.11.1).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false : conserver le balisage de texte enrichi dans les descriptions et les messages (par défaut true : texte brut).</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs.</source>
        <translation>Dossiers de support : list, show, count, status, logs.</translation>
    </message>
    <message>
        <source>List cases, with every filter of the API (5.11.9).</source>
        <translation>Lister les dossiers, avec tous les filtres de l’API (5.11.9).</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters); at most 3.</source>
        <translation>Un mot-clé de la description (64 caractères au plus) ; 3 au plus.</translation>
    </message>
    <message>
        <source>A label id; at most 5.</source>
        <translation>Un ID d’étiquette ; 5 au plus.</translation>
    </message>
    <message>
        <source>Matches the case id or the description (at most 64 characters).</source>
        <translation>Correspond au numéro de dossier ou à la description (64 caractères au plus).</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>Le numéro de dossier (32 caractères au plus).</translation>
    </message>
    <message>
        <source>Created at or after this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Créé à cette date ou après, au format yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>Created at or before this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Créé à cette date ou avant, au format yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>The status: 0, 1, 2, 3, 4, 12 or 17.</source>
        <translation>Le statut : 0, 1, 2, 3, 4, 12 ou 17.</translation>
    </message>
    <message>
        <source>A list of statuses, sent as given.</source>
        <translation>Une liste de statuts, envoyée telle quelle.</translation>
    </message>
    <message>
        <source>The cases of this sub-user id (at most 64 characters).</source>
        <translation>Les dossiers du sous-utilisateur portant cet ID (64 caractères au plus).</translation>
    </message>
    <message>
        <source>The cases of this sub-user name (at most 64 characters).</source>
        <translation>Les dossiers du sous-utilisateur portant ce nom (64 caractères au plus).</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>Le groupe IAM, pour accéder aux dossiers de ses autres membres (64 caractères au plus).</translation>
    </message>
    <message>
        <source>Skip this many cases (0-65535, default 0).</source>
        <translation>Nombre de dossiers à ignorer (0-65535, 0 par défaut).</translation>
    </message>
    <message>
        <source>At most this many cases (0-100, default 10).</source>
        <translation>Nombre maximal de dossiers (0-100, 10 par défaut).</translation>
    </message>
    <message>
        <source>The product category id (at most 64 characters).</source>
        <translation>L’ID de la catégorie de produit (64 caractères au plus).</translation>
    </message>
    <message>
        <source>The problem type id (at most 32 characters).</source>
        <translation>L’ID du type de problème (32 caractères au plus).</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>L’ID du sous-type de dossier (32 caractères au plus).</translation>
    </message>
    <message>
        <source>The root cause (at most 32 characters).</source>
        <translation>La cause racine (32 caractères au plus).</translation>
    </message>
    <message>
        <source>The service type of the case.</source>
        <translation>Le type de service du dossier.</translation>
    </message>
    <message>
        <source>Show one case with all its details (5.11.4).</source>
        <translation>Afficher un dossier avec tous ses détails (5.11.4).</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>Le numéro de dossier (1-32 caractères).</translation>
    </message>
    <message>
        <source>The IAM group, for a case of another member (at most 64 characters).</source>
        <translation>Le groupe IAM, pour accéder au dossier d’un autre membre (64 caractères au plus).</translation>
    </message>
    <message>
        <source>Count the cases by status (5.11.3).</source>
        <translation>Compter les dossiers par statut (5.11.3).</translation>
    </message>
    <message>
        <source>Only this status: 0-4 or 13.</source>
        <translation>Uniquement ce statut : 0-4 ou 13.</translation>
    </message>
    <message>
        <source>Show the status of a case (5.11.7).</source>
        <translation>Afficher le statut d’un dossier (5.11.7).</translation>
    </message>
    <message>
        <source>List what was done on a case (5.11.5).</source>
        <translation>Lister l’historique des opérations sur un dossier (5.11.5).</translation>
    </message>
    <message>
        <source>Skip this many entries (0-65535).</source>
        <translation>Nombre d’entrées à ignorer (0-65535).</translation>
    </message>
    <message>
        <source>At most this many entries (1-100).</source>
        <translation>Nombre maximal d’entrées (1-100).</translation>
    </message>
    <message>
        <source>Show the CC e-mails used most recently (5.11.6).</source>
        <translation>Afficher les adresses e-mail en copie (CC) utilisées le plus récemment (5.11.6).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Cli</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Use this account profile of OSM Desk (its name or id); by default the active one.</source>
        <translation>Utiliser ce profil de compte d’OSM Desk (son nom ou son ID) ; par défaut, le profil actif.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Send to this OSM endpoint, with the credentials from the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID, looked up when missing, and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>Envoyer à ce point de terminaison OSM, avec les identifiants de l’environnement : OSM_AK et OSM_SK (éventuellement OSM_DOMAIN_ID, recherché s’il manque, et OSM_SECURITY_TOKEN), ou OSM_IAM_DOMAIN, OSM_IAM_USER et OSM_PASSWORD.</translation>
    </message>
    <message>
        <source>The IAM endpoint that goes with --endpoint; by default its site&apos;s, or --endpoint itself.</source>
        <translation>Le point de terminaison IAM associé à --endpoint ; par défaut, celui de son site, ou --endpoint lui-même.</translation>
    </message>
    <message>
        <source>Print the result as JSON, with the API&apos;s field names.</source>
        <translation>Afficher le résultat en JSON, avec les noms de champs de l’API.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de) instead of LANGUAGE or LANG.</source>
        <translation>Utiliser la langue &lt;code&gt; (par exemple zh_CN, ja, de) au lieu de LANGUAGE ou LANG.</translation>
    </message>
    <message>
        <source>Log each request on stderr (method, path, status, request id; never credentials).</source>
        <translation>Journaliser chaque requête sur stderr (méthode, chemin, statut, ID de requête ; jamais les identifiants).</translation>
    </message>
    <message>
        <source>Show the help of osmctl, of a group or of a command.</source>
        <translation>Afficher l’aide d’osmctl, d’un groupe ou d’une commande.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2 %3&quot;.</source>
        <translation>Option inconnue --%1 pour « %2 %3 ».</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Option inconnue --%1.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>L’option --%1 n’accepte pas de valeur.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>L’option --%1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>The option --%1 may be given only once.</source>
        <translation>L’option --%1 ne peut être indiquée qu’une seule fois.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue %1.</translation>
    </message>
    <message>
        <source>Unknown command group &quot;%1&quot;.</source>
        <translation>Groupe de commandes inconnu « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no command &quot;%2&quot;.</source>
        <translation>« %1 » n’a pas de commande « %2 ».</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: values are given with options.</source>
        <translation>Argument inattendu « %1 » : les valeurs s’indiquent avec des options.</translation>
    </message>
    <message>
        <source>Choose a command of &quot;%1&quot;.</source>
        <translation>Choisissez une commande de « %1 ».</translation>
    </message>
    <message>
        <source>%1 (option --%2)</source>
        <extracomment>%1 is a sentence saying what is wrong, %2 an option such as --limit</extracomment>
        <translation>%1 (option --%2)</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 %2 --help&quot; for its options.</source>
        <translation>Exécutez « osmctl %1 %2 --help » pour voir ses options.</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 --help&quot; for its commands.</source>
        <translation>Exécutez « osmctl %1 --help » pour voir ses commandes.</translation>
    </message>
    <message>
        <source>Run &quot;osmctl --help&quot; for the command groups.</source>
        <translation>Exécutez « osmctl --help » pour voir les groupes de commandes.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Repeat the option for several values.</source>
        <translation>Répétez l’option pour indiquer plusieurs valeurs.</translation>
    </message>
    <message>
        <source>Usage: osmctl [global options] &lt;group&gt; &lt;command&gt; [options]</source>
        <translation>Utilisation : osmctl [options globales] &lt;groupe&gt; &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Work with Huawei Cloud support cases through the OSM API, with the accounts of OSM Desk.</source>
        <translation>Traiter les dossiers de support Huawei Cloud via l’API OSM, avec les comptes d’OSM Desk.</translation>
    </message>
    <message>
        <source>Command groups:</source>
        <translation>Groupes de commandes :</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie :</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, invalid value, refused before sending</source>
        <translation>erreur d’utilisation : commande ou option inconnue, valeur non valide, refus avant l’envoi</translation>
    </message>
    <message>
        <source>the API answered with an error (its error_code and request id are printed)</source>
        <translation>l’API a répondu par une erreur (son error_code et l’ID de requête sont affichés)</translation>
    </message>
    <message>
        <source>network, TLS or timeout: no answer</source>
        <translation>réseau, TLS ou délai dépassé : aucune réponse</translation>
    </message>
    <message>
        <source>authentication: credentials missing or rejected</source>
        <translation>authentification : identifiants manquants ou refusés</translation>
    </message>
    <message>
        <source>Run &quot;osmctl &lt;group&gt; --help&quot; for a group&apos;s commands.</source>
        <translation>Exécutez « osmctl &lt;groupe&gt; --help » pour voir les commandes d’un groupe.</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 &lt;command&gt; [options]</source>
        <translation>Utilisation : osmctl %1 &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>Exécutez « osmctl %1 &lt;commande&gt; --help » pour voir les options d’une commande.</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 %2 [options]</source>
        <translation>Utilisation : osmctl %1 %2 [options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Langue inconnue « %1 » ; langues disponibles : %2.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::ConfigCommands</name>
    <message>
        <source>What a new case is built from: categories, problem types, templates, severities, regions, limits.</source>
        <translation>Les éléments d’un nouveau dossier : catégories, types de problème, modèles, gravités, régions, limites.</translation>
    </message>
    <message>
        <source>List the telephone country codes (5.8.1).</source>
        <translation>Lister les indicatifs téléphoniques des pays (5.8.1).</translation>
    </message>
    <message>
        <source>List the problem types (5.8.2).</source>
        <translation>Lister les types de problème (5.8.2).</translation>
    </message>
    <message>
        <source>Only those of this product category (1-64 characters).</source>
        <translation>Uniquement ceux de cette catégorie de produit (1-64 caractères).</translation>
    </message>
    <message>
        <source>Only those of this case sub-type (at most 32 characters).</source>
        <translation>Uniquement ceux de ce sous-type de dossier (32 caractères au plus).</translation>
    </message>
    <message>
        <source>List the additional parameters a problem type asks for (5.8.3).</source>
        <translation>Lister les paramètres supplémentaires demandés par un type de problème (5.8.3).</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>L’ID du type de problème (1-32 caractères).</translation>
    </message>
    <message>
        <source>The case sub-type id (1-32 characters).</source>
        <translation>L’ID du sous-type de dossier (1-32 caractères).</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>L’ID de la catégorie de produit (1-64 caractères).</translation>
    </message>
    <message>
        <source>List the description templates of a problem type (5.8.4).</source>
        <translation>Lister les modèles de description d’un type de problème (5.8.4).</translation>
    </message>
    <message>
        <source>List the case categories and sub-types (5.8.5).</source>
        <translation>Lister les catégories et sous-types de dossiers (5.8.5).</translation>
    </message>
    <message>
        <source>List the product categories (5.8.6).</source>
        <translation>Lister les catégories de produit (5.8.6).</translation>
    </message>
    <message>
        <source>Only categories with this name (at most 64 characters).</source>
        <translation>Uniquement les catégories portant ce nom (64 caractères au plus).</translation>
    </message>
    <message>
        <source>true: the exact name; false: names containing it (the server&apos;s default).</source>
        <translation>true : nom exact ; false : noms qui le contiennent (valeur par défaut du serveur).</translation>
    </message>
    <message>
        <source>Only categories with this acronym (at most 64 characters).</source>
        <translation>Uniquement les catégories portant ce sigle (64 caractères au plus).</translation>
    </message>
    <message>
        <source>List the regions (5.8.7).</source>
        <translation>Lister les régions (5.8.7).</translation>
    </message>
    <message>
        <source>List the satisfaction scales of the case rating (5.8.8).</source>
        <translation>Lister les niveaux de satisfaction de l’évaluation des dossiers (5.8.8).</translation>
    </message>
    <message>
        <source>List the severities of a product category and problem type (5.8.9).</source>
        <translation>Lister les gravités d’une catégorie de produit et d’un type de problème (5.8.9).</translation>
    </message>
    <message>
        <source>Show the account&apos;s case limits (5.8.10).</source>
        <translation>Afficher les limites de dossiers du compte (5.8.10).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Connection</name>
    <message>
        <source>--endpoint needs credentials in the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>--endpoint nécessite des identifiants dans l’environnement : OSM_AK et OSM_SK (éventuellement OSM_DOMAIN_ID et OSM_SECURITY_TOKEN), ou OSM_IAM_DOMAIN, OSM_IAM_USER et OSM_PASSWORD.</translation>
    </message>
    <message>
        <source>No account profile is set up. Add one in OSM Desk, or use --endpoint with credentials in the environment (see --help).</source>
        <translation>Aucun profil de compte n’est configuré. Ajoutez-en un dans OSM Desk, ou utilisez --endpoint avec des identifiants dans l’environnement (voir --help).</translation>
    </message>
    <message>
        <source>Several account profiles are called &quot;%1&quot;; give the profile&apos;s id instead.</source>
        <translation>Plusieurs profils de compte s’appellent « %1 » ; indiquez plutôt l’ID du profil.</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>Il n’existe aucun profil de compte « %1 ».</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CustomersCommands</name>
    <message>
        <source>The account&apos;s IAM users (sub-customers), contacts anonymised.</source>
        <translation>Les utilisateurs IAM du compte (sous-clients), coordonnées anonymisées.</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM users (5.11.10).</source>
        <translation>Lister les utilisateurs IAM du compte (5.11.10).</translation>
    </message>
    <message>
        <source>Only users with this name (at most 64 characters).</source>
        <translation>Uniquement les utilisateurs portant ce nom (64 caractères au plus).</translation>
    </message>
    <message>
        <source>Only the user with this id (at most 64 characters).</source>
        <translation>Uniquement l’utilisateur portant cet ID (64 caractères au plus).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::LabelsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>Le numéro de dossier (1-32 caractères).</translation>
    </message>
    <message>
        <source>A label id (0 or more); 1-5 labels.</source>
        <translation>Un ID d’étiquette (0 ou plus) ; 1-5 étiquettes.</translation>
    </message>
    <message>
        <source>The account&apos;s case labels (at most 30) and the labels of a case (at most 5).</source>
        <translation>Les étiquettes de dossiers du compte (30 au plus) et les étiquettes d’un dossier (5 au plus).</translation>
    </message>
    <message>
        <source>List the account&apos;s labels (5.9.2).</source>
        <translation>Lister les étiquettes du compte (5.9.2).</translation>
    </message>
    <message>
        <source>Skip this many labels (0-2147483647, default 0).</source>
        <translation>Nombre d’étiquettes à ignorer (0-2147483647, 0 par défaut).</translation>
    </message>
    <message>
        <source>At most this many labels (0-100, default 10).</source>
        <translation>Nombre maximal d’étiquettes (0-100, 10 par défaut).</translation>
    </message>
    <message>
        <source>Labels whose name contains this (at most 64 characters).</source>
        <translation>Étiquettes dont le nom contient ce texte (64 caractères au plus).</translation>
    </message>
    <message>
        <source>Only the label with this id (0-2147483647).</source>
        <translation>Uniquement l’étiquette portant cet ID (0-2147483647).</translation>
    </message>
    <message>
        <source>Create a label (5.9.1).</source>
        <translation>Créer une étiquette (5.9.1).</translation>
    </message>
    <message>
        <source>The label&apos;s name (1-64 characters, unique).</source>
        <translation>Le nom de l’étiquette (1-64 caractères, unique).</translation>
    </message>
    <message>
        <source>The label&apos;s colour, #RRGGBB.</source>
        <translation>La couleur de l’étiquette, #RRGGBB.</translation>
    </message>
    <message>
        <source>The label was created.</source>
        <translation>L’étiquette a été créée.</translation>
    </message>
    <message>
        <source>Rename or recolour a label (5.9.4).</source>
        <translation>Renommer une étiquette ou changer sa couleur (5.9.4).</translation>
    </message>
    <message>
        <source>The label&apos;s id.</source>
        <translation>L’ID de l’étiquette.</translation>
    </message>
    <message>
        <source>The new name (1-64 characters).</source>
        <translation>Le nouveau nom (1-64 caractères).</translation>
    </message>
    <message>
        <source>The new colour, #RRGGBB.</source>
        <translation>La nouvelle couleur, #RRGGBB.</translation>
    </message>
    <message>
        <source>The label was updated.</source>
        <translation>L’étiquette a été mise à jour.</translation>
    </message>
    <message>
        <source>Delete a label; it is removed from every case (5.9.3).</source>
        <translation>Supprimer une étiquette ; elle est retirée de tous les dossiers (5.9.3).</translation>
    </message>
    <message>
        <source>The label was deleted.</source>
        <translation>L’étiquette a été supprimée.</translation>
    </message>
    <message>
        <source>List the labels of a case (5.9.5).</source>
        <translation>Lister les étiquettes d’un dossier (5.9.5).</translation>
    </message>
    <message>
        <source>Add labels to a case (5.9.6).</source>
        <translation>Ajouter des étiquettes à un dossier (5.9.6).</translation>
    </message>
    <message>
        <source>The labels were added to the case.</source>
        <translation>Les étiquettes ont été ajoutées au dossier.</translation>
    </message>
    <message>
        <source>Remove labels from a case (5.9.7).</source>
        <translation>Retirer des étiquettes d’un dossier (5.9.7).</translation>
    </message>
    <message>
        <source>The labels were removed from the case.</source>
        <translation>Les étiquettes ont été retirées du dossier.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::MessagesCommands</name>
    <message>
        <source>false: keep the rich-text markup of the messages (default true: plain text).</source>
        <translation>false : conserver le balisage de texte enrichi des messages (par défaut true : texte brut).</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>Le groupe IAM, pour accéder aux dossiers de ses autres membres (64 caractères au plus).</translation>
    </message>
    <message>
        <source>A case id; 1-100 cases.</source>
        <translation>Un numéro de dossier ; 1-100 dossiers.</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>Le numéro de dossier (1-32 caractères).</translation>
    </message>
    <message>
        <source>The messages of cases: list, send, withdraw, mark read, unread counts, instant-message poll.</source>
        <translation>Messages des dossiers : lister, envoyer, retirer, marquer comme lus, compter les non-lus, interroger la messagerie instantanée.</translation>
    </message>
    <message>
        <source>List the messages of a case (5.10.5).</source>
        <translation>Lister les messages d’un dossier (5.10.5).</translation>
    </message>
    <message>
        <source>Skip this many messages (0-65535).</source>
        <translation>Nombre de messages à ignorer (0-65535).</translation>
    </message>
    <message>
        <source>At most this many messages (0-100).</source>
        <translation>Nombre maximal de messages (0-100).</translation>
    </message>
    <message>
        <source>Count the unread messages of cases (5.10.2).</source>
        <translation>Compter les messages non lus des dossiers (5.10.2).</translation>
    </message>
    <message>
        <source>New messages and status changes of cases since a cursor (5.10.7).</source>
        <translation>Nouveaux messages et changements de statut des dossiers depuis un curseur (5.10.7).</translation>
    </message>
    <message>
        <source>The cursor the previous poll returned (last_message_time_id).</source>
        <translation>Le curseur renvoyé par l’interrogation précédente (last_message_time_id).</translation>
    </message>
    <message>
        <source>List the messages before the oldest one loaded so far (5.10.6).</source>
        <translation>Lister les messages antérieurs au plus ancien chargé jusqu’ici (5.10.6).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>horodatage</translation>
    </message>
    <message>
        <source>The create_time of the oldest message loaded: epoch milliseconds or an ISO 8601 time.</source>
        <translation>Le create_time du plus ancien message chargé : millisecondes depuis l’epoch ou date ISO 8601.</translation>
    </message>
    <message>
        <source>--create-time expects epoch milliseconds or an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>--create-time attend des millisecondes depuis l’epoch ou une date ISO 8601, et non « %1 ».</translation>
    </message>
    <message>
        <source>The type of that message: 0 customer, 1 customer service (default 0).</source>
        <translation>Le type de ce message : 0 client, 1 service client (0 par défaut).</translation>
    </message>
    <message>
        <source>At most this many messages (1-100, default 10).</source>
        <translation>Nombre maximal de messages (1-100, 10 par défaut).</translation>
    </message>
    <message>
        <source>Send a message on a case (5.10.3).</source>
        <translation>Envoyer un message sur un dossier (5.10.3).</translation>
    </message>
    <message>
        <source>The message (at most 10000 characters).</source>
        <translation>Le message (10000 caractères au plus).</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); at most 10.</source>
        <translation>L’ID d’une pièce jointe téléversée (1-32 caractères) ; 10 au plus.</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>Le message a été envoyé.</translation>
    </message>
    <message>
        <source>Withdraw a message you sent (5.10.4).</source>
        <translation>Retirer un message que vous avez envoyé (5.10.4).</translation>
    </message>
    <message>
        <source>The message&apos;s id.</source>
        <translation>L’ID du message.</translation>
    </message>
    <message>
        <source>The message was withdrawn.</source>
        <translation>Le message a été retiré.</translation>
    </message>
    <message>
        <source>Mark the messages of a case read (5.10.1).</source>
        <translation>Marquer les messages d’un dossier comme lus (5.10.1).</translation>
    </message>
    <message>
        <source>The messages were marked read.</source>
        <translation>Les messages ont été marqués comme lus.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::OptionValue</name>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name such as --offset, %2 the value given</extracomment>
        <translation>--%1 attend un nombre entier, et non « %2 ».</translation>
    </message>
    <message>
        <source>--%1 expects true or false, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name, %2 the value given; &quot;true&quot; and &quot;false&quot; are typed as they are</extracomment>
        <translation>--%1 attend true ou false, et non « %2 ».</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>L’option --%1 est obligatoire.</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>the value of an option in the help: --group-id &lt;text&gt;</extracomment>
        <translation>texte</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>the value of an option in the help: --offset &lt;number&gt;</extracomment>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Output</name>
    <message numerus="yes">
        <source>%1 (%n):</source>
        <extracomment>a heading over a table; %1 is the API&apos;s field name, %n the number of rows</extracomment>
        <translation>
            <numerusform>%1 (%n) :</numerusform>
            <numerusform>%1 (%n) :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ctl::PartnersCommands</name>
    <message>
        <source>Partners: whether you may process cases, and a partner&apos;s service hours.</source>
        <translation>Partenaires : si vous pouvez traiter des dossiers, et les heures de service d’un partenaire.</translation>
    </message>
    <message>
        <source>Show whether the caller, as a partner, may process cases (5.11.2).</source>
        <translation>Indiquer si l’appelant, en tant que partenaire, peut traiter des dossiers (5.11.2).</translation>
    </message>
    <message>
        <source>Show the service hours of the partner of a product or case (5.11.8).</source>
        <translation>Afficher les heures de service du partenaire d’un produit ou d’un dossier (5.11.8).</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>L’ID du sous-type de dossier (32 caractères au plus).</translation>
    </message>
    <message>
        <source>The ISV product id (at most 64 characters).</source>
        <translation>L’ID du produit ISV (64 caractères au plus).</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>Le numéro de dossier (32 caractères au plus).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::QuotasCommands</name>
    <message>
        <source>How many cases of a problem type may still be created.</source>
        <translation>Combien de dossiers d’un type de problème peuvent encore être créés.</translation>
    </message>
    <message>
        <source>Show the case quota of a product category and problem type (5.7.1).</source>
        <translation>Afficher le quota de dossiers d’une catégorie de produit et d’un type de problème (5.7.1).</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>L’ID de la catégorie de produit (1-64 caractères).</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>L’ID du type de problème (1-32 caractères).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::RelationsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>Le numéro de dossier (1-32 caractères).</translation>
    </message>
    <message>
        <source>The IAM group id (1-64 characters).</source>
        <translation>L’ID du groupe IAM (1-64 caractères).</translation>
    </message>
    <message>
        <source>Related cases: a case is related to at most 3 others.</source>
        <translation>Dossiers associés : un dossier est associé à 3 autres au plus.</translation>
    </message>
    <message>
        <source>List the cases related to a case (5.12.3).</source>
        <translation>Lister les dossiers associés à un dossier (5.12.3).</translation>
    </message>
    <message>
        <source>Relate cases to a case (5.12.1).</source>
        <translation>Associer des dossiers à un dossier (5.12.1).</translation>
    </message>
    <message>
        <source>A case to relate (1-64 characters, not --case-id); 1-3 cases.</source>
        <translation>Un dossier à associer (1-64 caractères, autre que --case-id) ; 1-3 dossiers.</translation>
    </message>
    <message>
        <source>The cases were related.</source>
        <translation>Les dossiers ont été associés.</translation>
    </message>
    <message>
        <source>Remove the relation between two cases (5.12.2).</source>
        <translation>Supprimer l’association entre deux dossiers (5.12.2).</translation>
    </message>
    <message>
        <source>The related case (1-64 characters, not --case-id).</source>
        <translation>Le dossier associé (1-64 caractères, autre que --case-id).</translation>
    </message>
    <message>
        <source>The relation was removed.</source>
        <translation>L’association a été supprimée.</translation>
    </message>
</context>
<context>
    <name>osm::ui::AboutDialog</name>
    <message>
        <source>OSM Desk %1
Qt %2 (built with %3)
QtKeychain %4</source>
        <translation>OSM Desk %1
Qt %2 (compilé avec %3)
QtKeychain %4</translation>
    </message>
    <message>
        <source>About OSM Desk</source>
        <translation>À propos d’OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>A desktop client for Huawei Cloud support cases through the OSM API.

OSM Desk is free software under the MIT licence. It uses Qt, under the GNU LGPL version 3, and QtKeychain, under the BSD 3-clause licence; the licence texts are installed with those libraries (on Debian in /usr/share/doc/&lt;package&gt;/copyright).</source>
        <translation>Un client de bureau pour les dossiers de support Huawei Cloud via l’API OSM.

OSM Desk est un logiciel libre sous licence MIT. Il utilise Qt, sous licence GNU LGPL version 3, et QtKeychain, sous licence BSD à 3 clauses ; les textes des licences sont installés avec ces bibliothèques (sous Debian, dans /usr/share/doc/&lt;paquet&gt;/copyright).</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nom de l’application</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilter</name>
    <message>
        <source>created %1 to %2</source>
        <translation>créé du %1 au %2</translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>créé à partir du %1</translation>
    </message>
    <message>
        <source>created until %1</source>
        <translation>créé jusqu’au %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>statut : %1</translation>
    </message>
    <message>
        <source>submitter: %1</source>
        <translation>demandeur : %1</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>étiquette : %1</translation>
    </message>
    <message>
        <source>case ID: %1</source>
        <translation>n° de dossier : %1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>description : %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilterBar</name>
    <message>
        <source>Created &amp;from</source>
        <translation>Créé &amp;depuis le</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;jusqu’au</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Case filters</source>
        <translation>Filtres de dossiers</translation>
    </message>
    <message>
        <source>Keywords in description</source>
        <translation>Mots-clés de la description</translation>
    </message>
    <message>
        <source>Search descriptions (up to three words)</source>
        <translation>Rechercher dans les descriptions (trois mots au plus)</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Submitter ID</source>
        <translation>ID du demandeur</translation>
    </message>
    <message>
        <source>Sub-user ID</source>
        <translation>ID du sous-utilisateur</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Filtre d’étiquette</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Créé depuis le</translation>
    </message>
    <message>
        <source>Created from date</source>
        <translation>Date pour « Créé depuis le »</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Créé jusqu’au</translation>
    </message>
    <message>
        <source>Created until date</source>
        <translation>Date pour « Créé jusqu’au »</translation>
    </message>
    <message>
        <source>Show every case again (%1)</source>
        <translation>Afficher de nouveau tous les dossiers (%1)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>Filtre actuel</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>The selected view already lists one status.</source>
        <translation>La vue sélectionnée n’affiche déjà qu’un seul statut.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n words of up to 64 characters each.</source>
        <translation>
            <numerusform>%n mot au plus, de 64 caractères maximum.</numerusform>
            <numerusform>%n mots au plus, de 64 caractères maximum chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>Aucun filtre</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Filtres : %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseListModel</name>
    <message>
        <source>Case ID</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Type de problème</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseViewsModel</name>
    <message>
        <source>My cases</source>
        <translation>Mes dossiers</translation>
    </message>
    <message>
        <source>Group cases</source>
        <translation>Dossiers du groupe</translation>
    </message>
    <message>
        <source>%1: choose the IAM group whose cases to list</source>
        <translation>%1 : choisissez le groupe IAM dont les dossiers doivent être listés</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1, %n dossier</numerusform>
            <numerusform>%1, %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n message non lu</numerusform>
            <numerusform>%1, %n messages non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseWindow</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Thread status</source>
        <translation>Statut de la conversation</translation>
    </message>
    <message>
        <source>Reload messages</source>
        <translation>Recharger les messages</translation>
    </message>
    <message>
        <source>Messages and reply</source>
        <translation>Messages et réponse</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Chargement des messages…</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>Les messages n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>New messages cannot be checked right now. %1</source>
        <translation>Impossible de vérifier les nouveaux messages pour le moment. %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The message could not be withdrawn: %1</source>
        <translation>Le message n’a pas pu être retiré : %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ComposeBox</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Re&amp;move File</source>
        <translation>Re&amp;tirer le fichier</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Compose message</source>
        <translation>Rédiger un message</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Erreur d’envoi</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Réessayer l’envoi</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send.</source>
        <translation>Appuyez sur Ctrl+Entrée pour envoyer.</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Rédigez une réponse… (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Remove the selected attached file</source>
        <translation>Retirer le fichier joint sélectionné</translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation>Caractères restants</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A staged attachment: file name and size, e.g. &quot;log.zip (1.2 MB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Le message n’a pas été envoyé : %1</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
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
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Chargement des dossiers…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>&amp;Compte…</translation>
    </message>
    <message>
        <source>Edit this account&apos;s name, endpoint and credentials</source>
        <translation>Modifier le nom, le point de terminaison et les identifiants de ce compte</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Forget this account&apos;s stored secret and sign in again</source>
        <translation>Oublier le secret enregistré de ce compte et se reconnecter</translation>
    </message>
    <message>
        <source>Read the case list and the counts again (%1)</source>
        <translation>Recharger la liste des dossiers et les compteurs (%1)</translation>
    </message>
    <message>
        <source>Group Cases</source>
        <translation>Dossiers du groupe</translation>
    </message>
    <message>
        <source>ID of the IAM group whose cases to list:</source>
        <translation>ID du groupe IAM dont les dossiers doivent être listés :</translation>
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
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Automated answer</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Informations demandées</translation>
    </message>
    <message>
        <source>Authorization requested</source>
        <translation>Autorisation demandée</translation>
    </message>
    <message>
        <source>Open authorization</source>
        <translation>Ouvrir l’autorisation</translation>
    </message>
    <message>
        <source>Provide parameters</source>
        <translation>Fournir les paramètres</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadModel</name>
    <message>
        <source>This message was withdrawn.</source>
        <translation>Ce message a été retiré.</translation>
    </message>
    <message>
        <source>Support: %1, %2: %3</source>
        <translation>Support : %1, %2 : %3</translation>
    </message>
    <message>
        <source>Customer: %1, %2: %3</source>
        <translation>Client : %1, %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n pièce jointe.</numerusform>
            <numerusform>%n pièces jointes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending.</source>
        <translation>Envoi en cours.</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>The conversation of this case, oldest first.</source>
        <translation>La conversation de ce dossier, messages les plus anciens en premier.</translation>
    </message>
    <message>
        <source>Withdraw Message</source>
        <translation>Retirer le message</translation>
    </message>
    <message>
        <source>Withdraw this message? Support will no longer see its text.</source>
        <translation>Retirer ce message ? Le support ne verra plus son texte.</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Actions sur le message</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>&amp;Withdraw Message…</source>
        <translation>&amp;Retirer le message…</translation>
    </message>
</context>
<context>
    <name>osm::ui::ProfileDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Avertissement du trousseau</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>e.g. Production account</source>
        <extracomment>Placeholder of the account name field</extracomment>
        <translation>p. ex. Compte de production</translation>
    </message>
    <message>
        <source>Account name problem</source>
        <translation>Problème de nom de compte</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Custom endpoint…</source>
        <translation>Point de terminaison personnalisé…</translation>
    </message>
    <message>
        <source>Site addresses</source>
        <translation>Adresses du site</translation>
    </message>
    <message>
        <source>&amp;OSM URL:</source>
        <translation>URL &amp;OSM :</translation>
    </message>
    <message>
        <source>OSM URL</source>
        <translation>URL OSM</translation>
    </message>
    <message>
        <source>https://osm.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://osm.example.com ou http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>OSM URL problem</source>
        <translation>Problème d’URL OSM</translation>
    </message>
    <message>
        <source>&amp;IAM URL:</source>
        <translation>URL &amp;IAM :</translation>
    </message>
    <message>
        <source>IAM URL</source>
        <translation>URL IAM</translation>
    </message>
    <message>
        <source>https://iam.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://iam.example.com ou http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>IAM URL problem</source>
        <translation>Problème d’URL IAM</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Se connecter a&amp;vec :</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>Clé d’accès (AK/SK)</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>Utilisateur IAM et mot de passe</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>Informations de connexion</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>Clé d’&amp;accès (AK) :</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clé d’accès</translation>
    </message>
    <message>
        <source>Access key problem</source>
        <translation>Problème de clé d’accès</translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation>Clé s&amp;ecrète (SK) :</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>Secret key problem</source>
        <translation>Problème de clé secrète</translation>
    </message>
    <message>
        <source>&amp;Domain ID:</source>
        <translation>ID de &amp;domaine :</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>ID de domaine</translation>
    </message>
    <message>
        <source>Looked up automatically when empty</source>
        <translation>Recherché automatiquement s’il est vide</translation>
    </message>
    <message>
        <source>&amp;Temporary key (with a security token)</source>
        <translation>Clé &amp;temporaire (avec jeton de sécurité)</translation>
    </message>
    <message>
        <source>Temporary key</source>
        <translation>Clé temporaire</translation>
    </message>
    <message>
        <source>Security to&amp;ken:</source>
        <translation>&amp;Jeton de sécurité :</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>Jeton de sécurité</translation>
    </message>
    <message>
        <source>Security token problem</source>
        <translation>Problème de jeton de sécurité</translation>
    </message>
    <message>
        <source>A&amp;ccount name:</source>
        <extracomment>The Huawei Cloud account that the IAM user belongs to</extracomment>
        <translation>Nom du co&amp;mpte :</translation>
    </message>
    <message>
        <source>Account (domain) name</source>
        <translation>Nom du compte (domaine)</translation>
    </message>
    <message>
        <source>The Huawei Cloud account (domain) that the IAM user belongs to</source>
        <translation>Le compte Huawei Cloud (domaine) auquel appartient l’utilisateur IAM</translation>
    </message>
    <message>
        <source>IAM &amp;user name:</source>
        <translation>Nom d’&amp;utilisateur IAM :</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>Nom d’utilisateur IAM</translation>
    </message>
    <message>
        <source>IAM user name problem</source>
        <translation>Problème de nom d’utilisateur IAM</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Problème de mot de passe</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>ID de p&amp;rojet :</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID de projet</translation>
    </message>
    <message>
        <source>Optional; the account is the scope when empty</source>
        <translation>Facultatif ; s’il est vide, la portée est le compte</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Secret</source>
        <translation>Ou&amp;blier le secret enregistré</translation>
    </message>
    <message>
        <source>Forget stored secret</source>
        <translation>Oublier le secret enregistré</translation>
    </message>
    <message>
        <source>Remove this account&apos;s secret from the keychain; you will have to enter it again</source>
        <translation>Retirer le secret de ce compte du trousseau ; vous devrez le saisir à nouveau</translation>
    </message>
    <message>
        <source>OSM %1 · IAM %2</source>
        <extracomment>%1 and %2 are the OSM and IAM addresses of the chosen site</extracomment>
        <translation>OSM %1 · IAM %2</translation>
    </message>
    <message>
        <source>No secret is stored; enter it</source>
        <translation>Aucun secret enregistré ; saisissez-le</translation>
    </message>
    <message>
        <source>Unchanged; type to replace</source>
        <translation>Inchangé ; tapez pour remplacer</translation>
    </message>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Saisissez un nom pour ce compte.</translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;.</source>
        <extracomment>%1 is an account name</extracomment>
        <translation>Un autre compte s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>Saisissez l’adresse.</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>Saisissez la clé d’accès (AK).</translation>
    </message>
    <message>
        <source>An access key has no spaces.</source>
        <translation>Une clé d’accès ne contient pas d’espaces.</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>Saisissez la clé secrète (SK).</translation>
    </message>
    <message>
        <source>A temporary key needs its security token.</source>
        <translation>Une clé temporaire nécessite son jeton de sécurité.</translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation>Saisissez le nom du compte (domaine).</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>Saisissez le nom d’utilisateur IAM.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>Enregistrement du secret dans le trousseau…</translation>
    </message>
    <message>
        <source>The secret will be forgotten when OSM Desk quits: it could not be stored in the keychain, so it is kept in memory for this session only. You will have to enter it again next time.
%1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>Le secret sera oublié à la fermeture d’OSM Desk : il n’a pas pu être enregistré dans le trousseau, il est donc conservé en mémoire pour cette session uniquement. Vous devrez le saisir à nouveau la prochaine fois.
%1</translation>
    </message>
    <message>
        <source>The secret could not be saved, so the account was not saved either. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>Le secret n’a pas pu être enregistré, le compte ne l’a donc pas été non plus. %1</translation>
    </message>
    <message>
        <source>Removing the secret from the keychain…</source>
        <translation>Suppression du secret du trousseau…</translation>
    </message>
    <message>
        <source>The secret could not be removed. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>Le secret n’a pas pu être supprimé. %1</translation>
    </message>
    <message>
        <source>The stored secret was removed. Enter it again to sign in with this account.</source>
        <translation>Le secret enregistré a été supprimé. Saisissez-le à nouveau pour vous connecter avec ce compte.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
</context>
<context>
    <name>osm::ui::RichTextSanitizer</name>
    <message>
        <source>This message is too long to show in full; the rest was left out.</source>
        <translation>Ce message est trop long pour être affiché en entier ; la suite a été omise.</translation>
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
        <translation>Vues</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>Choisir le &amp;groupe IAM…</translation>
    </message>
</context>
</TS>
