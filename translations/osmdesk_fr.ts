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
    <name>osm::CaseWriteSender</name>
    <message>
        <source>This queued change cannot be read. Discard it and make it again.</source>
        <translation>Cette modification en attente est illisible. Abandonnez-la et refaites-la.</translation>
    </message>
</context>
<context>
    <name>osm::CreateCaseSender</name>
    <message>
        <source>A staged file of this case is missing.</source>
        <translation>Un fichier préparé pour ce dossier est introuvable.</translation>
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
    <message>
        <source>The connection was lost while the server was answering. Check whether the change was made before you try again.</source>
        <translation>La connexion a été perdue pendant la réponse du serveur. Vérifiez si la modification a été effectuée avant de réessayer.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to be read safely and was refused.</source>
        <translation>La réponse du serveur était trop volumineuse pour être lue en toute sécurité et a été refusée.</translation>
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
    <name>osm::MessageSender</name>
    <message>
        <source>A staged file of this message is missing.</source>
        <translation>Un fichier préparé pour ce message est introuvable.</translation>
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
    <name>osm::app::DemoMenu</name>
    <message>
        <source>The simulator cannot listen on port %1 again: another program took it.</source>
        <translation>Le simulateur ne peut plus écouter sur le port %1 : un autre programme l’a pris.</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <extracomment>The menu of osmdesk --demo, which runs against the built-in simulator</extracomment>
        <translation>&amp;Démo</translation>
    </message>
    <message>
        <source>S&amp;top Simulator</source>
        <translation>&amp;Arrêter le simulateur</translation>
    </message>
    <message>
        <source>Take the built-in simulator away, as if the server could not be reached: OSM Desk works from what it saved and keeps your replies until the simulator is back</source>
        <translation>Retirer le simulateur intégré, comme si le serveur était injoignable : OSM Desk travaille avec les données enregistrées et conserve vos réponses jusqu’au retour du simulateur</translation>
    </message>
    <message>
        <source>&amp;Start Simulator</source>
        <translation>&amp;Démarrer le simulateur</translation>
    </message>
    <message>
        <source>Bring the built-in simulator back, with the same data</source>
        <translation>Relancer le simulateur intégré, avec les mêmes données</translation>
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
    <message>
        <source>The data saved on this computer for this account could not be read, so OSM Desk started a new local database. Cases and messages are read again from the server.

The old file was kept here:
%1</source>
        <translation>Les données enregistrées sur cet ordinateur pour ce compte n’ont pas pu être lues : OSM Desk a donc créé une nouvelle base de données locale. Les dossiers et les messages sont de nouveau chargés depuis le serveur.

L’ancien fichier a été conservé ici :
%1</translation>
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
    <name>osm::ctl::AgreementsCommands</name>
    <message>
        <source>0 new case, normal user (the default); 1 new case, ISV user; 2 authorization.</source>
        <translation>0 nouveau dossier, utilisateur standard (par défaut) ; 1 nouveau dossier, utilisateur ISV ; 2 autorisation.</translation>
    </message>
    <message>
        <source>The agreements to sign before creating a case: published, signed-latest, sign.</source>
        <translation>Les accords à signer avant de créer un dossier : published, signed-latest, sign.</translation>
    </message>
    <message>
        <source>Show the latest published agreement of a type (5.1.1).</source>
        <translation>Afficher le dernier accord publié d’un type (5.1.1).</translation>
    </message>
    <message>
        <source>Tell whether the account signed the latest agreement of a type (5.1.2).</source>
        <translation>Indiquer si le compte a signé le dernier accord d’un type (5.1.2).</translation>
    </message>
    <message>
        <source>Sign a published agreement (5.1.3); prints the record id &quot;cases create&quot; takes as --agreement-signed-record-id.</source>
        <translation>Signer un accord publié (5.1.3) ; affiche l’ID d’enregistrement que « cases create » attend dans --agreement-signed-record-id.</translation>
    </message>
    <message>
        <source>The agreement&apos;s id, as &quot;agreements published&quot; shows it (1-2147483647).</source>
        <translation>L’ID de l’accord, tel qu’affiché par « agreements published » (1-2147483647).</translation>
    </message>
    <message>
        <source>A relation id (1-32 characters).</source>
        <translation>Un ID de relation (1-32 caractères).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AttachmentsCommands</name>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>le fichier ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>The IAM group, for an attachment of another member&apos;s case (at most 64 characters).</source>
        <translation>Le groupe IAM, pour accéder à une pièce jointe du dossier d’un autre membre (64 caractères au plus).</translation>
    </message>
    <message>
        <source>Save as this file (replaced if it exists).</source>
        <translation>Enregistrer sous ce fichier (remplacé s’il existe).</translation>
    </message>
    <message>
        <source>Save into this folder under the server&apos;s file name, made safe and unique (default: the current folder).</source>
        <translation>Enregistrer dans ce répertoire sous le nom de fichier du serveur, assaini et rendu unique (par défaut : le répertoire courant).</translation>
    </message>
    <message>
        <source>Attachments: upload, download, image, delete, limits, download links.</source>
        <translation>Pièces jointes : téléverser, télécharger, image, supprimer, limites, liens de téléchargement.</translation>
    </message>
    <message>
        <source>Upload a file for a new case or a message (5.5.1); prints its id.</source>
        <translation>Téléverser un fichier pour un nouveau dossier ou un message (5.5.1) ; affiche son ID.</translation>
    </message>
    <message>
        <source>The local file to upload.</source>
        <translation>Le fichier local à téléverser.</translation>
    </message>
    <message>
        <source>The name the server keeps (1-512 characters; default the file&apos;s own name).</source>
        <translation>Le nom conservé par le serveur (1-512 caractères ; par défaut, le nom du fichier).</translation>
    </message>
    <message>
        <source>incident (for a new case, the default) or message.</source>
        <translation>incident (pour un nouveau dossier, par défaut) ou message.</translation>
    </message>
    <message>
        <source>0 (the default) or 1 (markdown mode).</source>
        <translation>0 (par défaut) ou 1 (mode Markdown).</translation>
    </message>
    <message>
        <source>Send the content Base64-encoded in a JSON body (5.5.2) instead of a streamed multipart upload; the file is read into memory.</source>
        <translation>Envoyer le contenu encodé en Base64 dans un corps JSON (5.5.2) au lieu d’un téléversement multipart en flux ; le fichier est lu en mémoire.</translation>
    </message>
    <message>
        <source>Download attachments (5.5.4); several come as one archive.</source>
        <translation>Télécharger des pièces jointes (5.5.4) ; plusieurs pièces jointes sont regroupées dans une archive.</translation>
    </message>
    <message>
        <source>An attachment id (1-32 characters); 340 characters in all at most.</source>
        <translation>Un ID de pièce jointe (1-32 caractères) ; 340 caractères au total au plus.</translation>
    </message>
    <message>
        <source>Download an image attachment as it is displayed (5.5.5).</source>
        <translation>Télécharger une image jointe telle qu’elle est affichée (5.5.5).</translation>
    </message>
    <message>
        <source>The attachment id (1-32 characters).</source>
        <translation>L’ID de la pièce jointe (1-32 caractères).</translation>
    </message>
    <message>
        <source>Delete an uploaded attachment that no case or message uses yet (5.5.3).</source>
        <translation>Supprimer une pièce jointe téléversée qu’aucun dossier ni message n’utilise encore (5.5.3).</translation>
    </message>
    <message>
        <source>The attachment was deleted.</source>
        <translation>La pièce jointe a été supprimée.</translation>
    </message>
    <message>
        <source>Show how many files, how large and of which types may be attached (5.5.6).</source>
        <translation>Afficher le nombre, la taille et les types de fichiers pouvant être joints (5.5.6).</translation>
    </message>
    <message>
        <source>Show temporary download links of attachments (5.2.1).</source>
        <translation>Afficher des liens de téléchargement temporaires de pièces jointes (5.2.1).</translation>
    </message>
    <message>
        <source>An attachment id; 1-100.</source>
        <translation>Un ID de pièce jointe ; 1-100.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AuthorizationsCommands</name>
    <message>
        <source>The authorization&apos;s id (1-32 characters).</source>
        <translation>L’ID de l’autorisation (1-32 caractères).</translation>
    </message>
    <message>
        <source>The id of an item of the authorization (authorization_detail_id, a whole number ≥ 0).</source>
        <translation>L’ID d’un élément de l’autorisation (authorization_detail_id, nombre entier ≥ 0).</translation>
    </message>
    <message>
        <source>The IAM group, for the authorizations of its other members (at most 64 characters).</source>
        <translation>Le groupe IAM, pour accéder aux autorisations de ses autres membres (64 caractères au plus).</translation>
    </message>
    <message>
        <source>false: keep the rich-text markup of the description (default true: plain text).</source>
        <translation>false : conserver le balisage de texte enrichi de la description (par défaut true : texte brut).</translation>
    </message>
    <message>
        <source>The bastion-host session&apos;s id (session_id, from &quot;sessions&quot;).</source>
        <translation>L’ID de la session sur l’hôte bastion (session_id, fourni par « sessions »).</translation>
    </message>
    <message>
        <source>0 newest first (default), 1 oldest first.</source>
        <translation>0 les plus récents d’abord (par défaut), 1 les plus anciens d’abord.</translation>
    </message>
    <message>
        <source>Skip this many records (-1..65535, default 0).</source>
        <translation>Nombre d’enregistrements à ignorer (-1..65535, 0 par défaut).</translation>
    </message>
    <message>
        <source>At most this many records (-1..100, default 10).</source>
        <translation>Nombre maximal d’enregistrements (-1..100, 10 par défaut).</translation>
    </message>
    <message>
        <source>The host&apos;s password (1-10240 characters). A command line is visible to other local users: leave it out to take the password from the environment variable OSM_HOST_PASSWORD.</source>
        <translation>Le mot de passe de l’hôte (1-10240 caractères). Une ligne de commande est visible des autres utilisateurs locaux : omettez cette option pour lire le mot de passe dans la variable d’environnement OSM_HOST_PASSWORD.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>horodatage</translation>
    </message>
    <message>
        <source>--%1 expects epoch milliseconds or an ISO 8601 time, not &quot;%2&quot;.</source>
        <translation>--%1 attend des millisecondes depuis l’epoch ou une date ISO 8601, et non « %2 ».</translation>
    </message>
    <message>
        <source>Agree from this time: epoch milliseconds or ISO 8601 (default now).</source>
        <translation>Accepter à partir de cette date : millisecondes depuis l’epoch ou ISO 8601 (par défaut, maintenant).</translation>
    </message>
    <message>
        <source>Agree until this time: epoch milliseconds or ISO 8601 (default a day later).</source>
        <translation>Accepter jusqu’à cette date : millisecondes depuis l’epoch ou ISO 8601 (par défaut, un jour plus tard).</translation>
    </message>
    <message>
        <source>Access requests of support engineers: list, show, agree, reject, revoke, check hosts, bastion-host records.</source>
        <translation>Demandes d’accès des ingénieurs du support : lister, afficher, accepter, refuser, révoquer, vérifier les hôtes, enregistrements de l’hôte bastion.</translation>
    </message>
    <message>
        <source>List the authorization requests, with every filter of the API (5.6.6).</source>
        <translation>Lister les demandes d’autorisation, avec tous les filtres de l’API (5.6.6).</translation>
    </message>
    <message>
        <source>Those of this sub-user name (at most 64 characters).</source>
        <translation>Celles du sous-utilisateur portant ce nom (64 caractères au plus).</translation>
    </message>
    <message>
        <source>Those of this case id (at most 32 characters).</source>
        <translation>Celles du dossier portant ce numéro (32 caractères au plus).</translation>
    </message>
    <message>
        <source>The status (-1..10): 0 pending, 1 agreed, 2 rejected, 3 expired, 4 withdrawn, 5 revoked.</source>
        <translation>Le statut (-1..10) : 0 en attente, 1 acceptée, 2 refusée, 3 expirée, 4 retirée, 5 révoquée.</translation>
    </message>
    <message>
        <source>A part of the case&apos;s description (at most 64 characters).</source>
        <translation>Une partie de la description du dossier (64 caractères au plus).</translation>
    </message>
    <message>
        <source>Skip this many requests (0-65535, default 0).</source>
        <translation>Nombre de demandes à ignorer (0-65535, 0 par défaut).</translation>
    </message>
    <message>
        <source>At most this many requests (1-100, default 10).</source>
        <translation>Nombre maximal de demandes (1-100, 10 par défaut).</translation>
    </message>
    <message>
        <source>Show an authorization request with its items (5.6.4).</source>
        <translation>Afficher une demande d’autorisation avec ses éléments (5.6.4).</translation>
    </message>
    <message>
        <source>Agree to an authorization request for a period (5.6.5).</source>
        <translation>Accepter une demande d’autorisation pour une période donnée (5.6.5).</translation>
    </message>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>An item and what you supply for it: auth-detail-id=&lt;number&gt;[,port=&lt;1-65535&gt;][,account=&lt;text&gt;]; at most 6. An item with an account gets the password of OSM_HOST_PASSWORD.</source>
        <translation>Un élément et ce que vous fournissez pour lui : auth-detail-id=&lt;nombre&gt;[,port=&lt;1-65535&gt;][,account=&lt;texte&gt;] ; 6 au plus. Un élément avec un compte reçoit le mot de passe de OSM_HOST_PASSWORD.</translation>
    </message>
    <message>
        <source>--auth-detail-list expects &quot;auth-detail-id=&lt;number&gt;[,port=&lt;number&gt;][,account=&lt;text&gt;]&quot;, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; auth-detail-id, port and account are typed as they are</extracomment>
        <translation>--auth-detail-list attend « auth-detail-id=&lt;nombre&gt;[,port=&lt;nombre&gt;][,account=&lt;texte&gt;] », et non « %1 ».</translation>
    </message>
    <message>
        <source>Agree for this agency (at most 64 characters).</source>
        <translation>Accepter pour cette agence (64 caractères au plus).</translation>
    </message>
    <message>
        <source>The authorization was agreed.</source>
        <translation>L’autorisation a été acceptée.</translation>
    </message>
    <message>
        <source>Reject a pending authorization request (5.6.2, action_id reject).</source>
        <translation>Refuser une demande d’autorisation en attente (5.6.2, action_id reject).</translation>
    </message>
    <message>
        <source>Why (1-300 characters).</source>
        <translation>Le motif (1-300 caractères).</translation>
    </message>
    <message>
        <source>The authorization was rejected.</source>
        <translation>L’autorisation a été refusée.</translation>
    </message>
    <message>
        <source>Revoke an agreed authorization (5.6.2, action_id cancel).</source>
        <translation>Révoquer une autorisation acceptée (5.6.2, action_id cancel).</translation>
    </message>
    <message>
        <source>The authorization was revoked.</source>
        <translation>L’autorisation a été révoquée.</translation>
    </message>
    <message>
        <source>Check a host item&apos;s port, account and password (5.6.1).</source>
        <translation>Vérifier le port, le compte et le mot de passe d’un élément de type hôte (5.6.1).</translation>
    </message>
    <message>
        <source>The host&apos;s port (1-65535).</source>
        <translation>Le port de l’hôte (1-65535).</translation>
    </message>
    <message>
        <source>The host account (1-64 characters).</source>
        <translation>Le compte de l’hôte (1-64 caractères).</translation>
    </message>
    <message>
        <source>The port, account and password of the host are right.</source>
        <translation>Le port, le compte et le mot de passe de l’hôte sont corrects.</translation>
    </message>
    <message>
        <source>Show how you signed in: ASSUMED, FEDERATION… (5.6.3).</source>
        <translation>Afficher votre mode de connexion : ASSUMED, FEDERATION… (5.6.3).</translation>
    </message>
    <message>
        <source>List the bastion-host sessions on an authorized item (5.6.8).</source>
        <translation>Lister les sessions de l’hôte bastion sur un élément autorisé (5.6.8).</translation>
    </message>
    <message>
        <source>List the commands run in a bastion-host session (5.6.7).</source>
        <translation>Lister les commandes exécutées dans une session de l’hôte bastion (5.6.7).</translation>
    </message>
    <message>
        <source>List the file transfers of a bastion-host session (5.6.9).</source>
        <translation>Lister les transferts de fichiers d’une session de l’hôte bastion (5.6.9).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false : conserver le balisage de texte enrichi dans les descriptions et les messages (par défaut true : texte brut).</translation>
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
    <message>
        <source>--%1 expects KEY=VALUE or KEY:=JSON, not &quot;%2&quot;.</source>
        <translation>--%1 attend KEY=VALUE ou KEY:=JSON, et non « %2 ».</translation>
    </message>
    <message>
        <source>--%1: the value of %2 is not JSON.</source>
        <translation>--%1 : la valeur de %2 n’est pas du JSON.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a JSON object.</source>
        <translation>--%1 : « %2 » n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>--%1 expects SATISFACTION_ID=VALUE (two whole numbers) or a JSON object, not &quot;%2&quot;.</source>
        <translation>--%1 attend SATISFACTION_ID=VALUE (deux nombres entiers) ou un objet JSON, et non « %2 ».</translation>
    </message>
    <message>
        <source>KEY=VALUE sends the value as text, KEY:=JSON as a JSON value (a number, true, an object).</source>
        <translation>KEY=VALUE envoie la valeur sous forme de texte, KEY:=JSON sous forme de valeur JSON (un nombre, true, un objet).</translation>
    </message>
    <message>
        <source>A rating: SATISFACTION_ID=VALUE (the ids of &quot;osmctl config satisfaction-dimensions&quot;), or a JSON object with satisfaction_id, satisfaction_value and the other fields of IncidentSatisfactionV2Do; at most 100.</source>
        <translation>Une évaluation : SATISFACTION_ID=VALUE (les ID fournis par « osmctl config satisfaction-dimensions »), ou un objet JSON avec satisfaction_id, satisfaction_value et les autres champs d’IncidentSatisfactionV2Do ; 100 au plus.</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs, create, act on (cancel, close, urge, delete), rate, export, contacts, additional parameters, regions.</source>
        <translation>Dossiers de support : lister, afficher, compter, statut, historique, créer, agir (annuler, clôturer, relancer, supprimer), évaluer, exporter, contacts, paramètres supplémentaires, régions.</translation>
    </message>
    <message>
        <source>Create a case (5.3.5); prints its id.</source>
        <translation>Créer un dossier (5.3.5) ; affiche son numéro.</translation>
    </message>
    <message>
        <source>The problem type id, from &quot;osmctl config problem-types&quot; (at most 512 characters).</source>
        <translation>L’ID du type de problème, fourni par « osmctl config problem-types » (512 caractères au plus).</translation>
    </message>
    <message>
        <source>The description of the problem (at most 2000 characters).</source>
        <translation>La description du problème (2000 caractères au plus).</translation>
    </message>
    <message>
        <source>The case sub-type id, from &quot;osmctl config categories&quot; (at most 32 characters).</source>
        <translation>L’ID du sous-type de dossier, fourni par « osmctl config categories » (32 caractères au plus).</translation>
    </message>
    <message>
        <source>The region id (at most 64 characters); needed when the problem type&apos;s case_type is 5.</source>
        <translation>L’ID de la région (64 caractères au plus) ; nécessaire lorsque le case_type du type de problème vaut 5.</translation>
    </message>
    <message>
        <source>The case source (at most 32 characters; default the fixed value the reference gives).</source>
        <translation>La source du dossier (32 caractères au plus ; par défaut, la valeur fixe indiquée par la documentation de référence).</translation>
    </message>
    <message>
        <source>The mobile number for reminders (at most 32 characters).</source>
        <translation>Le numéro de mobile pour les rappels (32 caractères au plus).</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (at most 128 characters).</source>
        <translation>L’adresse e-mail pour les rappels (128 caractères au plus).</translation>
    </message>
    <message>
        <source>When reminders may come (at most 16 characters).</source>
        <translation>La plage horaire des rappels (16 caractères au plus).</translation>
    </message>
    <message>
        <source>The project id (at most 64 characters).</source>
        <translation>L’ID du projet (64 caractères au plus).</translation>
    </message>
    <message>
        <source>An id &quot;osmctl attachments upload&quot; printed; at most 100.</source>
        <translation>Un ID affiché par « osmctl attachments upload » ; 100 au plus.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clé=valeur</translation>
    </message>
    <message>
        <source>An additional parameter of the problem type (&quot;osmctl config extends-params&quot;); at most 100, keys at most 32 characters.</source>
        <translation>Un paramètre supplémentaire du type de problème (« osmctl config extends-params ») ; 100 au plus, clés de 32 caractères au plus.</translation>
    </message>
    <message>
        <source>An extension parameter, such as remindCCEmail=a@example.org,b@example.org; at most 100, keys at most 32 characters.</source>
        <translation>Un paramètre d’extension, par exemple remindCCEmail=a@example.org,b@example.org ; 100 au plus, clés de 32 caractères au plus.</translation>
    </message>
    <message>
        <source>The severity id, from &quot;osmctl config severities&quot; (at most 64 characters).</source>
        <translation>L’ID de la gravité, fourni par « osmctl config severities » (64 caractères au plus).</translation>
    </message>
    <message>
        <source>The code sent to a contact that is not registered (&quot;osmctl verify send&quot;; at most 6 characters).</source>
        <translation>Le code envoyé à un contact non enregistré (« osmctl verify send » ; 6 caractères au plus).</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (at most 32 characters).</source>
        <translation>L’indicatif téléphonique du pays du numéro de mobile (32 caractères au plus).</translation>
    </message>
    <message>
        <source>IncidentService (a case) or IntelligentCustomerService (online service).</source>
        <translation>IncidentService (un dossier) ou IntelligentCustomerService (service en ligne).</translation>
    </message>
    <message>
        <source>A session id (at most 64 characters); at most 5.</source>
        <translation>Un ID de session (64 caractères au plus) ; 5 au plus.</translation>
    </message>
    <message>
        <source>The record &quot;osmctl agreements sign&quot; printed.</source>
        <translation>L’enregistrement affiché par « osmctl agreements sign ».</translation>
    </message>
    <message>
        <source>What the user said to the assistant to ask for a human (online service).</source>
        <translation>Ce que l’utilisateur a dit à l’assistant pour demander un interlocuteur humain (service en ligne).</translation>
    </message>
    <message>
        <source>The assistant the case comes from: 0, 1 or 2.</source>
        <translation>L’assistant dont provient le dossier : 0, 1 ou 2.</translation>
    </message>
    <message>
        <source>Cancel, close, urge or delete a case (5.3.8); a close may carry a rating.</source>
        <translation>Annuler, clôturer, relancer ou supprimer un dossier (5.3.8) ; une clôture peut s’accompagner d’une évaluation.</translation>
    </message>
    <message>
        <source>cancel, close, press (urge the engineers) or delete.</source>
        <translation>cancel (annuler), close (clôturer), press (relancer les ingénieurs) ou delete (supprimer).</translation>
    </message>
    <message>
        <source>--action expects cancel, close, press or delete, not &quot;%1&quot;.</source>
        <translation>--action attend cancel, close, press ou delete, et non « %1 ».</translation>
    </message>
    <message>
        <source>Why (at most 400 characters).</source>
        <translation>Le motif (400 caractères au plus).</translation>
    </message>
    <message>
        <source>With close: a comment on how the case was handled (at most 400 characters).</source>
        <translation>Avec close : un commentaire sur le traitement du dossier (400 caractères au plus).</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>With close:</source>
        <translation>Avec close :</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Rate a case (5.3.6).</source>
        <translation>Évaluer un dossier (5.3.6).</translation>
    </message>
    <message>
        <source>A comment on how the case was handled (at most 400 characters; default empty).</source>
        <translation>Un commentaire sur le traitement du dossier (400 caractères au plus ; vide par défaut).</translation>
    </message>
    <message>
        <source>The rating was sent.</source>
        <translation>L’évaluation a été envoyée.</translation>
    </message>
    <message>
        <source>Export the cases matching the filters to a file (5.3.7); its language follows --language.</source>
        <translation>Exporter dans un fichier les dossiers correspondant aux filtres (5.3.7) ; sa langue suit --language.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>Le fichier à écrire (remplacé s’il existe).</translation>
    </message>
    <message>
        <source>A case id; 3400 characters in all at most.</source>
        <translation>Un numéro de dossier ; 3400 caractères au total au plus.</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters).</source>
        <translation>Un mot-clé de la description (64 caractères au plus).</translation>
    </message>
    <message>
        <source>The user id (at most 64 characters).</source>
        <translation>L’ID de l’utilisateur (64 caractères au plus).</translation>
    </message>
    <message>
        <source>A source id; at most 100.</source>
        <translation>Un ID de source ; 100 au plus.</translation>
    </message>
    <message>
        <source>The service type of the case (at most 32 characters).</source>
        <translation>Le type de service du dossier (32 caractères au plus).</translation>
    </message>
    <message>
        <source>The time zone of the file&apos;s times, such as GMT+8 (at most 32 characters).</source>
        <translation>Le fuseau horaire des heures du fichier, par exemple GMT+8 (32 caractères au plus).</translation>
    </message>
    <message>
        <source>Skip this many cases (-1-65535).</source>
        <translation>Nombre de dossiers à ignorer (-1-65535).</translation>
    </message>
    <message>
        <source>At most this many cases (-1-100; -1: all).</source>
        <translation>Nombre maximal de dossiers (-1-100 ; -1 : tous).</translation>
    </message>
    <message>
        <source>Change who is reminded about a case, and how (5.3.1).</source>
        <translation>Modifier qui reçoit les rappels d’un dossier, et comment (5.3.1).</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (1-32 characters).</source>
        <translation>L’indicatif téléphonique du pays du numéro de mobile (1-32 caractères).</translation>
    </message>
    <message>
        <source>The mobile number for reminders (1-32 characters).</source>
        <translation>Le numéro de mobile pour les rappels (1-32 caractères).</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (1-128 characters).</source>
        <translation>L’adresse e-mail pour les rappels (1-128 caractères).</translation>
    </message>
    <message>
        <source>When reminders may come (1-16 characters).</source>
        <translation>La plage horaire des rappels (1-16 caractères).</translation>
    </message>
    <message>
        <source>contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>contactType, remindCCEmail, remindEncryptCCEmail ou isReceiveMsgRemind.</translation>
    </message>
    <message>
        <source>The contact information was changed.</source>
        <translation>Les coordonnées ont été modifiées.</translation>
    </message>
    <message>
        <source>List the additional parameters given for a case (5.3.2).</source>
        <translation>Lister les paramètres supplémentaires fournis pour un dossier (5.3.2).</translation>
    </message>
    <message>
        <source>The case id (1-64 characters).</source>
        <translation>Le numéro de dossier (1-64 caractères).</translation>
    </message>
    <message>
        <source>Give additional parameters for a case, as an engineer asked (5.3.3).</source>
        <translation>Fournir des paramètres supplémentaires pour un dossier, à la demande d’un ingénieur (5.3.3).</translation>
    </message>
    <message>
        <source>A parameter (the param_key of &quot;osmctl config extends-params&quot;); 1-100.</source>
        <translation>Un paramètre (le param_key fourni par « osmctl config extends-params ») ; 1-100.</translation>
    </message>
    <message>
        <source>The message that asked for them (1-64 characters).</source>
        <translation>Le message qui les a demandés (1-64 caractères).</translation>
    </message>
    <message>
        <source>The additional parameters were sent.</source>
        <translation>Les paramètres supplémentaires ont été envoyés.</translation>
    </message>
    <message>
        <source>List the regions associated with the account (5.3.4).</source>
        <translation>Lister les régions associées au compte (5.3.4).</translation>
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
    <name>osm::ctl::ConfigurationsCommands</name>
    <message>
        <source>Configuration items of the service, by key.</source>
        <translation>Éléments de configuration du service, par clé.</translation>
    </message>
    <message>
        <source>Show a configuration item (5.14.1).</source>
        <translation>Afficher un élément de configuration (5.14.1).</translation>
    </message>
    <message>
        <source>The item&apos;s key (1-128 characters), e.g. case.create-case.diagnose-list.</source>
        <translation>La clé de l’élément (1-128 caractères), p. ex. case.create-case.diagnose-list.</translation>
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
    <name>osm::ctl::DiagnoseCommands</name>
    <message>
        <source>The diagnosis: 1 ECS, 2 RDS, 3 remote login, 4 network health.</source>
        <translation>Le diagnostic : 1 ECS, 2 RDS, 3 connexion à distance, 4 santé du réseau.</translation>
    </message>
    <message>
        <source>The region (region_id), e.g. cn-south-1.</source>
        <translation>La région (region_id), p. ex. cn-south-1.</translation>
    </message>
    <message>
        <source>The diagnosis job&apos;s id (at most 64 characters).</source>
        <translation>L’ID de la tâche de diagnostic (64 caractères au plus).</translation>
    </message>
    <message>
        <source>One-click diagnosis: pick a VM, start a diagnosis, follow it, read its advice, past diagnoses.</source>
        <translation>Diagnostic en un clic : choisir une VM, lancer un diagnostic, le suivre, lire ses recommandations, diagnostics précédents.</translation>
    </message>
    <message>
        <source>List the VMs of a project that can be diagnosed (5.15.6).</source>
        <translation>Lister les VM d’un projet qui peuvent être diagnostiquées (5.15.6).</translation>
    </message>
    <message>
        <source>The project id.</source>
        <translation>L’ID du projet.</translation>
    </message>
    <message>
        <source>Only the VMs of this region.</source>
        <translation>Uniquement les VM de cette région.</translation>
    </message>
    <message>
        <source>The page, counted from 1 (default 1).</source>
        <translation>La page, numérotée à partir de 1 (1 par défaut).</translation>
    </message>
    <message>
        <source>VMs per page (1-100, default 5).</source>
        <translation>VM par page (1-100, 5 par défaut).</translation>
    </message>
    <message>
        <source>Only the VM with this id.</source>
        <translation>Uniquement la VM portant cet ID.</translation>
    </message>
    <message>
        <source>Only the VM with this IP address.</source>
        <translation>Uniquement la VM ayant cette adresse IP.</translation>
    </message>
    <message>
        <source>Only the VMs whose name contains this.</source>
        <translation>Uniquement les VM dont le nom contient ce texte.</translation>
    </message>
    <message>
        <source>Start a diagnosis; prints its job_id (5.15.5).</source>
        <translation>Lancer un diagnostic ; affiche son job_id (5.15.5).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clé=valeur</translation>
    </message>
    <message>
        <source>What to diagnose: vm_id=&lt;id&gt; or eip=&lt;address&gt; (ECS, remote login), instanceId=&lt;id&gt; (RDS).</source>
        <translation>Ce qu’il faut diagnostiquer : vm_id=&lt;id&gt; ou eip=&lt;adresse&gt; (ECS, connexion à distance), instanceId=&lt;id&gt; (RDS).</translation>
    </message>
    <message>
        <source>--params expects key=value, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; key=value is typed as it is</extracomment>
        <translation>--params attend key=value, et non « %1 ».</translation>
    </message>
    <message>
        <source>Show how far a diagnosis got, item by item (5.15.3).</source>
        <translation>Afficher l’avancement d’un diagnostic, élément par élément (5.15.3).</translation>
    </message>
    <message>
        <source>Show the findings and advice of checks of a diagnosis (5.15.2).</source>
        <translation>Afficher les constats et recommandations des vérifications d’un diagnostic (5.15.2).</translation>
    </message>
    <message>
        <source>A check id (at most 64 characters); at most 100.</source>
        <translation>Un ID de vérification (64 caractères au plus) ; 100 au plus.</translation>
    </message>
    <message>
        <source>List past diagnoses, newest first (5.15.4).</source>
        <translation>Lister les diagnostics précédents, les plus récents d’abord (5.15.4).</translation>
    </message>
    <message>
        <source>Diagnoses per page (1-100, default 10).</source>
        <translation>Diagnostics par page (1-100, 10 par défaut).</translation>
    </message>
    <message>
        <source>The diagnosis: 1 ECS (default), 2 RDS, 3 remote login, 4 network health.</source>
        <translation>Le diagnostic : 1 ECS (par défaut), 2 RDS, 3 connexion à distance, 4 santé du réseau.</translation>
    </message>
    <message>
        <source>Say whether your latest diagnosis of a type helped (5.15.1).</source>
        <translation>Indiquer si votre dernier diagnostic d’un type vous a été utile (5.15.1).</translation>
    </message>
    <message>
        <source>Whether it helped.</source>
        <translation>S’il vous a été utile.</translation>
    </message>
    <message>
        <source>Your comment (at most 10000 characters).</source>
        <translation>Votre commentaire (10000 caractères au plus).</translation>
    </message>
    <message>
        <source>Thank you: the feedback was sent.</source>
        <translation>Merci : votre avis a été envoyé.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FeedbackCommands</name>
    <message>
        <source>Report an intellectual-property infringement or illegal information on Huawei Cloud.</source>
        <translation>Signaler une atteinte à la propriété intellectuelle ou des informations illicites sur Huawei Cloud.</translation>
    </message>
    <message>
        <source>Report an infringement or illegal information (5.16.1).</source>
        <translation>Signaler une atteinte ou des informations illicites (5.16.1).</translation>
    </message>
    <message>
        <source>What is reported: infringement or illegal.</source>
        <translation>L’objet du signalement : infringement (atteinte à un droit) ou illegal (informations illicites).</translation>
    </message>
    <message>
        <source>&quot;&lt;product or service&gt;; &lt;website URL&gt;&quot; (at most 2048 characters).</source>
        <translation>« &lt;produit ou service&gt;; &lt;URL du site web&gt; » (2048 caractères au plus).</translation>
    </message>
    <message>
        <source>What is reported (1-5000 characters).</source>
        <translation>Ce qui est signalé (1-5000 caractères).</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); 1-3.</source>
        <translation>L’ID d’une pièce jointe téléversée (1-32 caractères) ; 1-3.</translation>
    </message>
    <message>
        <source>For illegal information: sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack or spam.</source>
        <translation>Pour des informations illicites : sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack ou spam.</translation>
    </message>
    <message>
        <source>The reported party or merchant (at most 255 characters).</source>
        <translation>La partie ou le commerçant signalé (255 caractères au plus).</translation>
    </message>
    <message>
        <source>The infringing product or service (at most 255 characters).</source>
        <translation>Le produit ou service contrefaisant (255 caractères au plus).</translation>
    </message>
    <message>
        <source>The infringed right (ip.ip_type, required for infringement): copyright, trademark, patent or other.</source>
        <translation>Le droit enfreint (ip.ip_type, obligatoire pour infringement) : copyright, trademark, patent ou other.</translation>
    </message>
    <message>
        <source>Where the right is registered (ip.ip_area, at most 128 characters).</source>
        <translation>Le lieu d’enregistrement du droit (ip.ip_area, 128 caractères au plus).</translation>
    </message>
    <message>
        <source>The registration or application number (ip.ip_number, at most 512 characters).</source>
        <translation>Le numéro d’enregistrement ou de dépôt (ip.ip_number, 512 caractères au plus).</translation>
    </message>
    <message>
        <source>The right, in short (ip.ip_content, required for infringement, at most 5000 characters).</source>
        <translation>Le droit, en résumé (ip.ip_content, obligatoire pour infringement, 5000 caractères au plus).</translation>
    </message>
    <message>
        <source>An attachment id proving the right (ip.ip_files); at most 3.</source>
        <translation>Un ID de pièce jointe prouvant le droit (ip.ip_files) ; 3 au plus.</translation>
    </message>
    <message>
        <source>Your name (contacts.name, required for infringement, at most 512 characters).</source>
        <translation>Votre nom (contacts.name, obligatoire pour infringement, 512 caractères au plus).</translation>
    </message>
    <message>
        <source>Your mobile number (contacts.mobile, required for infringement, at most 32 characters).</source>
        <translation>Votre numéro de mobile (contacts.mobile, obligatoire pour infringement, 32 caractères au plus).</translation>
    </message>
    <message>
        <source>Your e-mail address (contacts.mail, required for infringement, at most 128 characters).</source>
        <translation>Votre adresse e-mail (contacts.mail, obligatoire pour infringement, 128 caractères au plus).</translation>
    </message>
    <message>
        <source>Your country or region (contacts.area, at most 128 characters).</source>
        <translation>Votre pays ou région (contacts.area, 128 caractères au plus).</translation>
    </message>
    <message>
        <source>Your address (contacts.address, at most 512 characters).</source>
        <translation>Votre adresse (contacts.address, 512 caractères au plus).</translation>
    </message>
    <message>
        <source>Who reports (contacts.id_type): 10 enterprise, 20 individual, 21 authorized agent, 22 lawyer, 23 right owner.</source>
        <translation>Qui signale (contacts.id_type) : 10 entreprise, 20 particulier, 21 mandataire, 22 avocat, 23 titulaire du droit.</translation>
    </message>
    <message>
        <source>Your company (contacts.company_name, at most 512 characters).</source>
        <translation>Votre entreprise (contacts.company_name, 512 caractères au plus).</translation>
    </message>
    <message>
        <source>An attachment id proving your identity (contacts.id_files); at most 3.</source>
        <translation>Un ID de pièce jointe prouvant votre identité (contacts.id_files) ; 3 au plus.</translation>
    </message>
    <message>
        <source>Another way to reach you (contacts.other_way, at most 512 characters).</source>
        <translation>Un autre moyen de vous joindre (contacts.other_way, 512 caractères au plus).</translation>
    </message>
    <message>
        <source>An attachment id proving your authorisation (contacts.authorization_files); at most 3.</source>
        <translation>Un ID de pièce jointe prouvant votre mandat (contacts.authorization_files) ; 3 au plus.</translation>
    </message>
    <message>
        <source>The report was sent.</source>
        <translation>Le signalement a été envoyé.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FileTransfer</name>
    <message>
        <source>Uploading: %1 of %2</source>
        <extracomment>%1 and %2 are sizes such as &quot;1.5 MB&quot;</extracomment>
        <translation>Téléversement : %1 sur %2</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>Téléchargement : %1 sur %2</translation>
    </message>
    <message>
        <source>Uploading: %1</source>
        <extracomment>%1 is a size such as &quot;1.5 MB&quot;</extracomment>
        <translation>Téléversement : %1</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>Téléchargement : %1</translation>
    </message>
    <message>
        <source>give either --output or --dir, not both.</source>
        <translation>indiquez --output ou --dir, mais pas les deux.</translation>
    </message>
    <message>
        <source>it is a folder; use --dir for a folder.</source>
        <translation>c’est un répertoire ; utilisez --dir pour un répertoire.</translation>
    </message>
    <message>
        <source>its folder does not exist.</source>
        <translation>son répertoire n’existe pas.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>le répertoire n’existe pas.</translation>
    </message>
    <message>
        <source>the file could not be written; the download was kept as %1.</source>
        <translation>le fichier n’a pas pu être écrit ; le téléchargement a été conservé sous %1.</translation>
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
    <name>osm::ctl::PrivilegesCommands</name>
    <message>
        <source>The privilege: export (export cases), createCase (create cases) or assumeCaseAll (case work of a delegated account).</source>
        <translation>Le privilège : export (exporter des dossiers), createCase (créer des dossiers) ou assumeCaseAll (traiter les dossiers d’un compte délégué).</translation>
    </message>
    <message>
        <source>Case privileges: the restrictions of sub-users and whether you hold a privilege.</source>
        <translation>Privilèges sur les dossiers : restrictions des sous-utilisateurs et privilèges dont vous disposez.</translation>
    </message>
    <message>
        <source>Show whether the restriction of a privilege is switched on (5.4.1).</source>
        <translation>Indiquer si la restriction d’un privilège est activée (5.4.1).</translation>
    </message>
    <message>
        <source>Show whether you hold a privilege: has_privilege 1 or 0 (5.4.2).</source>
        <translation>Indiquer si vous disposez d’un privilège : has_privilege 1 ou 0 (5.4.2).</translation>
    </message>
    <message>
        <source>Switch the restriction of a privilege on (create) or off (delete) (5.4.3).</source>
        <translation>Activer (create) ou désactiver (delete) la restriction d’un privilège (5.4.3).</translation>
    </message>
    <message>
        <source>create switches the restriction on, delete switches it off.</source>
        <translation>create active la restriction, delete la désactive.</translation>
    </message>
    <message>
        <source>--operation expects create or delete, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; &quot;create&quot; and &quot;delete&quot; are typed as they are</extracomment>
        <translation>--operation attend create ou delete, et non « %1 ».</translation>
    </message>
    <message>
        <source>The privilege setting was saved.</source>
        <translation>Le paramètre de privilège a été enregistré.</translation>
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
    <name>osm::ctl::VerifyCommands</name>
    <message>
        <source>0 a mobile number (SMS), 1 an e-mail address.</source>
        <translation>0 un numéro de mobile (SMS), 1 une adresse e-mail.</translation>
    </message>
    <message>
        <source>The mobile number or e-mail address (1-64 characters).</source>
        <translation>Le numéro de mobile ou l’adresse e-mail (1-64 caractères).</translation>
    </message>
    <message>
        <source>The telephone country code of a mobile number, such as 86 (at most 16 characters).</source>
        <translation>L’indicatif téléphonique du pays d’un numéro de mobile, par exemple 86 (16 caractères au plus).</translation>
    </message>
    <message>
        <source>Tell whether a reminder contact needs a verification code (5.13.1).</source>
        <translation>Indiquer si un contact de rappel nécessite un code de vérification (5.13.1).</translation>
    </message>
    <message>
        <source>Send a verification code to a contact (5.13.4).</source>
        <translation>Envoyer un code de vérification à un contact (5.13.4).</translation>
    </message>
    <message>
        <source>Check the code a contact received, which verifies the contact (5.13.3).</source>
        <translation>Contrôler le code reçu par un contact, ce qui valide ce contact (5.13.3).</translation>
    </message>
    <message>
        <source>Verification codes for reminder contacts that are not the account&apos;s own: need-verify, send, check, list.</source>
        <translation>Codes de vérification pour les contacts de rappel autres que ceux du compte : need-verify, send, check, list.</translation>
    </message>
    <message>
        <source>The code was sent; it is valid for 5 minutes.</source>
        <translation>Le code a été envoyé ; il est valable 5 minutes.</translation>
    </message>
    <message>
        <source>The code received (6 characters).</source>
        <translation>Le code reçu (6 caractères).</translation>
    </message>
    <message>
        <source>The sub-user (IAM user) id (at most 64 characters).</source>
        <translation>L’ID du sous-utilisateur (utilisateur IAM) (64 caractères au plus).</translation>
    </message>
    <message>
        <source>The account id (at most 64 characters).</source>
        <translation>L’ID du compte (64 caractères au plus).</translation>
    </message>
    <message>
        <source>The contact is verified.</source>
        <translation>Le contact est vérifié.</translation>
    </message>
    <message>
        <source>List the verified contacts (5.13.2).</source>
        <translation>Lister les contacts vérifiés (5.13.2).</translation>
    </message>
    <message>
        <source>0 mobile numbers, 1 e-mail addresses.</source>
        <translation>0 numéros de mobile, 1 adresses e-mail.</translation>
    </message>
    <message>
        <source>This mobile number or e-mail address (at most 64 characters).</source>
        <translation>Ce numéro de mobile ou cette adresse e-mail (64 caractères au plus).</translation>
    </message>
    <message>
        <source>The telephone country code (at most 16 characters).</source>
        <translation>L’indicatif téléphonique du pays (16 caractères au plus).</translation>
    </message>
    <message>
        <source>The verification with this id (at most 64 characters).</source>
        <translation>La vérification portant cet ID (64 caractères au plus).</translation>
    </message>
    <message>
        <source>Still valid at this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Encore valide à cette date, au format yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>Skip this many contacts (0-65535, default 0).</source>
        <translation>Nombre de contacts à ignorer (0-65535, 0 par défaut).</translation>
    </message>
    <message>
        <source>At most this many contacts (1-100, default 10).</source>
        <translation>Nombre maximal de contacts (1-100, 10 par défaut).</translation>
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
    <name>osm::ui::AccountInfoDialog</name>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>Aucun quota de dossiers ne s’applique à ce type de problème.</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up: a new case would be refused until the next period, unless your account manager grants a special approval.</source>
        <translation>Le quota de dossiers de ce type de problème est épuisé : un nouveau dossier serait refusé jusqu’à la prochaine période, sauf dérogation accordée par votre gestionnaire de compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>%n dossier restant sur %1 ce mois-ci.</numerusform>
            <numerusform>%n dossiers restants sur %1 ce mois-ci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>%n dossier restant sur %1 ce trimestre.</numerusform>
            <numerusform>%n dossiers restants sur %1 ce trimestre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>%n dossier restant sur %1 cette année.</numerusform>
            <numerusform>%n dossiers restants sur %1 cette année.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>%n dossier restant sur %1 pour cette période.</numerusform>
            <numerusform>%n dossiers restants sur %1 pour cette période.</numerusform>
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
        <translation>Informations sur le compte</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>&amp;Quota</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>A&amp;gences</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>How many more cases this account may create for a product and problem type.</source>
        <translation>Nombre de dossiers que ce compte peut encore créer pour un produit et un type de problème.</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roduit :</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>&amp;Type de problème :</translation>
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
        <source>Case quota</source>
        <translation>Quota de dossiers</translation>
    </message>
    <message>
        <source>Special approval: %1 of %2 used.</source>
        <extracomment>%1 and %2 are numbers of cases</extracomment>
        <translation>Dérogation : %1 utilisé(s) sur %2.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Trusted account</source>
        <translation>Compte de confiance</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agences</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No (expired)</source>
        <translation>Non (expirée)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies): IAM delegations that let other accounts manage this one&apos;s resources.</source>
        <translation>
            <numerusform>%n agence : délégation IAM qui permet à d’autres comptes de gérer les ressources de celui-ci.</numerusform>
            <numerusform>%n agences : délégations IAM qui permettent à d’autres comptes de gérer les ressources de celui-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner privilege</source>
        <translation>Privilège partenaire</translation>
    </message>
    <message>
        <source>This account is a partner and may process its customers&apos; cases.</source>
        <translation>Ce compte est partenaire et peut traiter les dossiers de ses clients.</translation>
    </message>
    <message>
        <source>This account has no partner privilege to process cases.</source>
        <translation>Ce compte n’a pas de privilège partenaire pour traiter des dossiers.</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partenaire :</translation>
    </message>
    <message>
        <source>Partner ID:</source>
        <translation>ID du partenaire :</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Service days:</source>
        <translation>Jours de service :</translation>
    </message>
    <message>
        <source>Service hours:</source>
        <translation>Heures de service :</translation>
    </message>
    <message>
        <source>Read a configuration item of the support service by its key.</source>
        <translation>Lire un élément de configuration du service de support à partir de sa clé.</translation>
    </message>
    <message>
        <source>Configuration key</source>
        <translation>Clé de configuration</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Configuration value</source>
        <translation>Valeur de configuration</translation>
    </message>
    <message>
        <source>Configuration values</source>
        <translation>Valeurs de configuration</translation>
    </message>
    <message>
        <source>Pri&amp;vileges</source>
        <translation>Pri&amp;vilèges</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentListModel</name>
    <message>
        <source>Downloading… %1%</source>
        <extracomment>An attachment being downloaded: percent done</extracomment>
        <translation>Téléchargement… %1 %</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>%1, attached %2</source>
        <extracomment>An attachment for a screen reader: its name and the date of its message</extracomment>
        <translation>%1, joint le %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column of the attachment list: when the file was attached</extracomment>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentStagingList</name>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Fichiers à joindre</translation>
    </message>
    <message>
        <source>Drop files here, paste them, or use Add Files…</source>
        <translation>Déposez des fichiers ici, collez-les ou utilisez Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Retirer les fichiers sélectionnés</translation>
    </message>
    <message>
        <source>Attachment limits</source>
        <translation>Limites des pièces jointes</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentsPanel</name>
    <message>
        <source>Save Attachments To</source>
        <translation>Enregistrer les pièces jointes dans</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Fichiers du dossier</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>Fichiers de ce dossier</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Press Enter to open a file. Drag files to a folder to save them there.</source>
        <translation>Appuyez sur Entrée pour ouvrir un fichier. Faites glisser des fichiers vers un répertoire pour les y enregistrer.</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Aperçu de l’image</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Ouvrir la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Enre&amp;gistrer…</translation>
    </message>
    <message>
        <source>Save the selected attachments</source>
        <translation>Enregistrer les pièces jointes sélectionnées</translation>
    </message>
    <message>
        <source>Save A&amp;ll…</source>
        <translation>&amp;Tout enregistrer…</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>Enregistrer toutes les pièces jointes</translation>
    </message>
    <message>
        <source>Cancel Do&amp;wnload</source>
        <translation>Annuler le télé&amp;chargement</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>Annuler les téléchargements</translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation>Statut des pièces jointes</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n)</source>
        <extracomment>Heading of the attachment list, with how many files the case has</extracomment>
        <translation>
            <numerusform>Fichiers (%n)</numerusform>
            <numerusform>Fichiers (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled.</source>
        <translation>Le téléchargement de « %1 » a été annulé.</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>« %1 » n’a pas pu être téléchargé : %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>Téléchargement de « %1 »…</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Aucune application n’a pu ouvrir « %1 ».</translation>
    </message>
    <message>
        <source>Not saved: %1. The other files are in “%2”.</source>
        <extracomment>%1 is the list of files that failed, %2 the folder</extracomment>
        <translation>Non enregistré : %1. Les autres fichiers se trouvent dans « %2 ».</translation>
    </message>
    <message numerus="yes">
        <source>Saving was cancelled; %n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>Enregistrement annulé ; %n fichier enregistré dans « %1 ».</numerusform>
            <numerusform>Enregistrement annulé ; %n fichiers enregistrés dans « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>%n fichier enregistré dans « %1 ».</numerusform>
            <numerusform>%n fichiers enregistrés dans « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n file(s)…</source>
        <translation>
            <numerusform>Enregistrement de %n fichier…</numerusform>
            <numerusform>Enregistrement de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>Aucun aperçu disponible.</translation>
    </message>
    <message>
        <source>Preview of “%1”</source>
        <extracomment>Accessible description of the preview: the image&apos;s file name</extracomment>
        <translation>Aperçu de « %1 »</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>The link to “%1” could not be fetched: %2</source>
        <extracomment>%1 is a file name, %2 why its link could not be fetched</extracomment>
        <translation>Le lien vers « %1 » n’a pas pu être obtenu : %2</translation>
    </message>
    <message>
        <source>The server returned no link to “%1”.</source>
        <translation>Le serveur n’a renvoyé aucun lien vers « %1 ».</translation>
    </message>
    <message>
        <source>The link to “%1” is on the clipboard.</source>
        <translation>Le lien vers « %1 » est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>osm::ui::AuthorizationListModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Statut %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>Sous-utilisateur</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
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
        <translation>Les autorisations n’ont pas pu être chargées : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n authorization(s)</source>
        <translation>
            <numerusform>%n autorisation</numerusform>
            <numerusform>%n autorisations</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization could not be loaded: %1</source>
        <translation>L’autorisation n’a pas pu être chargée : %1</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Requise</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Data backed up</source>
        <translation>Données sauvegardées</translation>
    </message>
    <message>
        <source>Risk accepted without backup</source>
        <translation>Risque accepté sans sauvegarde</translation>
    </message>
    <message>
        <source>Authorization %1 — %2</source>
        <translation>Autorisation %1 — %2</translation>
    </message>
    <message>
        <source>Select an authorization</source>
        <translation>Sélectionnez une autorisation</translation>
    </message>
    <message>
        <source>Loading authorization %1…</source>
        <translation>Chargement de l’autorisation %1…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>You agreed to authorization %1.</source>
        <translation>Vous avez accepté l’autorisation %1.</translation>
    </message>
    <message>
        <source>Reject Authorization</source>
        <translation>Refuser l’autorisation</translation>
    </message>
    <message numerus="yes">
        <source>Reject authorization %1? Tell the engineer why (at most %n character(s)):</source>
        <translation>
            <numerusform>Refuser l’autorisation %1 ? Indiquez la raison à l’ingénieur (%n caractère au plus) :</numerusform>
            <numerusform>Refuser l’autorisation %1 ? Indiquez la raison à l’ingénieur (%n caractères au plus) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>A reason is needed to reject an authorization; nothing was sent.</source>
        <translation>Une raison est nécessaire pour refuser une autorisation ; rien n’a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n character(s); nothing was sent.</source>
        <translation>
            <numerusform>La raison dépasse %n caractère ; rien n’a été envoyé.</numerusform>
            <numerusform>La raison dépasse %n caractères ; rien n’a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke Authorization</source>
        <translation>Révoquer l’autorisation</translation>
    </message>
    <message>
        <source>Revoke authorization %1? Support loses access to these resources at once.</source>
        <translation>Révoquer l’autorisation %1 ? Le support perd immédiatement l’accès à ces ressources.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>The authorization could not be rejected: %1</source>
        <translation>L’autorisation n’a pas pu être refusée : %1</translation>
    </message>
    <message>
        <source>The authorization could not be revoked: %1</source>
        <translation>L’autorisation n’a pas pu être révoquée : %1</translation>
    </message>
    <message>
        <source>You rejected authorization %1.</source>
        <translation>Vous avez refusé l’autorisation %1.</translation>
    </message>
    <message>
        <source>You revoked authorization %1.</source>
        <translation>Vous avez révoqué l’autorisation %1.</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>My authorizations</source>
        <translation>Mes autorisations</translation>
    </message>
    <message>
        <source>My group&apos;s authorizations</source>
        <translation>Autorisations de mon groupe</translation>
    </message>
    <message>
        <source>Whose authorizations</source>
        <translation>Autorisations de qui</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>ID du groupe IAM</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Authorization actions</source>
        <translation>Actions sur l’autorisation</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>A&amp;ccepter…</translation>
    </message>
    <message>
        <source>Agree to this request, with host credentials and a validity period</source>
        <translation>Accepter cette demande, avec les identifiants de l’hôte et une période de validité</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <source>Refuse this request, with a reason for the engineer</source>
        <translation>Refuser cette demande, en indiquant une raison à l’ingénieur</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Take back an agreement in effect</source>
        <translation>Retirer un accord en vigueur</translation>
    </message>
    <message>
        <source>Open &amp;Case</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the case this request belongs to</source>
        <translation>Ouvrir le dossier auquel appartient cette demande</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Bastion-host records</source>
        <translation>Enregistrements de l’hôte bastion</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID de l’instance</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Requested items</source>
        <translation>Éléments demandés</translation>
    </message>
    <message>
        <source>Authorizations status</source>
        <translation>Statut des autorisations</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>Description du dossier</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Access type</source>
        <translation>Type d’accès</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>Sous-utilisateur</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Pris en charge par</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>État de la sauvegarde</translation>
    </message>
    <message>
        <source>Letter of commitment</source>
        <translation>Lettre d’engagement</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
</context>
<context>
    <name>osm::ui::BastionRecordsPanel</name>
    <message>
        <source>Upload</source>
        <translation>Téléversement</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommage</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>%1 (account %2, port %3)</source>
        <translation>%1 (compte %2, port %3)</translation>
    </message>
    <message>
        <source>Only hosts have bastion-host records; this authorization has none.</source>
        <translation>Seuls les hôtes ont des enregistrements d’hôte bastion ; cette autorisation n’en a aucun.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>The bastion-host records could not be loaded: %1</source>
        <translation>Les enregistrements de l’hôte bastion n’ont pas pu être chargés : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Bastion-host sessions</source>
        <translation>Sessions de l’hôte bastion</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>Transferts de fichiers</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>Enregistrement vidéo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger la suite</translation>
    </message>
    <message>
        <source>Bastion-host status</source>
        <translation>Statut de l’hôte bastion</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseCsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseDetailPanel</name>
    <message>
        <source>Showing %1 of %2 entries.</source>
        <extracomment>%1 entries shown of %2 in the case&apos;s operation log</extracomment>
        <translation>%1 entrées affichées sur %2.</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>Évaluation %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 a rating scale&apos;s name, %2 stars drawn as characters, %3 the score</extracomment>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Partner (BP)</source>
        <translation>Partenaire (BP)</translation>
    </message>
    <message>
        <source>Independent software vendor (ISV)</source>
        <translation>Éditeur de logiciels indépendant (ISV)</translation>
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
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder contact is set.</source>
        <translation>Aucun contact de rappel n’est défini.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Urge Case</source>
        <translation>Relancer le dossier</translation>
    </message>
    <message>
        <source>Ask the support engineers to speed up case %1?</source>
        <translation>Demander aux ingénieurs du support d’accélérer le traitement du dossier %1 ?</translation>
    </message>
    <message>
        <source>&amp;Urge</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Urging the case…</source>
        <translation>Relance du dossier…</translation>
    </message>
    <message>
        <source>The case was urged.</source>
        <translation>Le dossier a été relancé.</translation>
    </message>
    <message>
        <source>Cancel Case</source>
        <translation>Annuler le dossier</translation>
    </message>
    <message>
        <source>Cancel case %1? Support stops working on it, and it cannot be reopened.</source>
        <translation>Annuler le dossier %1 ? Le support cessera de le traiter, et il ne pourra pas être rouvert.</translation>
    </message>
    <message>
        <source>Cancel &amp;Case</source>
        <translation>Annuler le &amp;dossier</translation>
    </message>
    <message>
        <source>Cancelling the case…</source>
        <translation>Annulation du dossier…</translation>
    </message>
    <message>
        <source>The case was cancelled.</source>
        <translation>Le dossier a été annulé.</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete case %1? It disappears from your case lists; this cannot be undone.</source>
        <translation>Supprimer le dossier %1 ? Il disparaîtra de vos listes de dossiers ; cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>&amp;Supprimer le dossier</translation>
    </message>
    <message>
        <source>Deleting the case…</source>
        <translation>Suppression du dossier…</translation>
    </message>
    <message>
        <source>The case was deleted.</source>
        <translation>Le dossier a été supprimé.</translation>
    </message>
    <message>
        <source>Closing the case…</source>
        <translation>Clôture du dossier…</translation>
    </message>
    <message>
        <source>The case was closed.</source>
        <translation>Le dossier a été clôturé.</translation>
    </message>
    <message>
        <source>Sending the rating…</source>
        <translation>Envoi de l’évaluation…</translation>
    </message>
    <message>
        <source>Thank you, the rating was sent.</source>
        <translation>Merci, l’évaluation a été envoyée.</translation>
    </message>
    <message>
        <source>Saving the contact information…</source>
        <translation>Enregistrement des coordonnées…</translation>
    </message>
    <message>
        <source>The contact information was saved.</source>
        <translation>Les coordonnées ont été enregistrées.</translation>
    </message>
    <message>
        <source>Case ID %1 copied.</source>
        <translation>Numéro de dossier %1 copié.</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels. Remove one before adding another.</source>
        <translation>Un dossier peut porter au plus 5 étiquettes. Retirez-en une avant d’en ajouter une autre.</translation>
    </message>
    <message>
        <source>Adding the label…</source>
        <translation>Ajout de l’étiquette…</translation>
    </message>
    <message>
        <source>The label was added.</source>
        <translation>L’étiquette a été ajoutée.</translation>
    </message>
    <message>
        <source>Removing the label…</source>
        <translation>Retrait de l’étiquette…</translation>
    </message>
    <message>
        <source>The label was removed.</source>
        <translation>L’étiquette a été retirée.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>Un dossier ne peut pas être associé à lui-même.</translation>
    </message>
    <message>
        <source>Case %1 is already related to this case.</source>
        <translation>Le dossier %1 est déjà associé à ce dossier.</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases. Remove one before adding another.</source>
        <translation>Un dossier peut avoir au plus 3 dossiers associés. Retirez-en un avant d’en ajouter un autre.</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to relate cases.</source>
        <translation>Saisissez l’ID de votre groupe IAM : l’API OSM l’exige pour associer des dossiers.</translation>
    </message>
    <message>
        <source>Relating case %1…</source>
        <translation>Association du dossier %1…</translation>
    </message>
    <message>
        <source>Case %1 is now related.</source>
        <translation>Le dossier %1 est maintenant associé.</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to remove a relation.</source>
        <translation>Saisissez l’ID de votre groupe IAM : l’API OSM l’exige pour supprimer une association.</translation>
    </message>
    <message>
        <source>Removing the relation…</source>
        <translation>Suppression de l’association…</translation>
    </message>
    <message>
        <source>Case %1 is no longer related.</source>
        <translation>Le dossier %1 n’est plus associé.</translation>
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
        <source>Severity</source>
        <translation>Gravité</translation>
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
        <source>Case type</source>
        <translation>Type de dossier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Pris en charge par</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Resolution confirmed</source>
        <translation>Résolution confirmée le</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <source>Access authorized</source>
        <translation>Accès autorisé</translation>
    </message>
    <message>
        <source>Grey-release routing</source>
        <translation>Routage en déploiement progressif</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Case type ID</source>
        <translation>ID du type de dossier</translation>
    </message>
    <message>
        <source>Category ID</source>
        <translation>ID de la catégorie</translation>
    </message>
    <message>
        <source>Business type ID</source>
        <translation>ID du type d’activité</translation>
    </message>
    <message>
        <source>Problem type ID</source>
        <translation>ID du type de problème</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID du produit</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Indicatif du pays</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact methods</source>
        <translation>Moyens de contact</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Horaires de contact</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>E-mails en copie (CC)</translation>
    </message>
    <message>
        <source>Recent CC e-mails</source>
        <translation>E-mails en copie récents</translation>
    </message>
    <message>
        <source>ISV commodity</source>
        <translation>Offre ISV</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>Détails du dossier</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier le n°</translation>
    </message>
    <message>
        <source>Copy case ID</source>
        <translation>Copier le numéro de dossier</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Actions sur le dossier</translation>
    </message>
    <message>
        <source>Case detail status</source>
        <translation>Statut des détails du dossier</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Case detail sections</source>
        <translation>Sections des détails du dossier</translation>
    </message>
    <message>
        <source>Urge case</source>
        <translation>Relancer le dossier</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>C&amp;lôturer…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Clôturer le dossier</translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation>É&amp;valuer…</translation>
    </message>
    <message>
        <source>Rate case</source>
        <translation>Évaluer le dossier</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Case</source>
        <translation>A&amp;nnuler le dossier</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>Annuler le dossier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Edit &amp;Contact…</source>
        <translation>Modifier les &amp;coordonnées…</translation>
    </message>
    <message>
        <source>Edit contact information</source>
        <translation>Modifier les coordonnées</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh case detail</source>
        <translation>Actualiser les détails du dossier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Related Cases</source>
        <translation>Dossiers associés</translation>
    </message>
    <message>
        <source>Contact and CC</source>
        <translation>Contact et copie (CC)</translation>
    </message>
    <message>
        <source>Operation Log</source>
        <translation>Historique des opérations</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Historique des opérations</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s name before its value, e.g. &quot;Status:&quot;</extracomment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>The extra parameters were sent.</source>
        <translation>Les paramètres supplémentaires ont été envoyés.</translation>
    </message>
    <message>
        <source>Extra Parameters…</source>
        <translation>Paramètres supplémentaires…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1; updating…</source>
        <translation>Affichage du détail enregistré au %1 ; mise à jour…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1. %2</source>
        <translation>Affichage du détail enregistré au %1. %2</translation>
    </message>
    <message>
        <source>The change could not be saved for sending.</source>
        <translation>La modification n’a pas pu être enregistrée pour l’envoi.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExportFlow</name>
    <message>
        <source>Export Cases</source>
        <translation>Exporter les dossiers</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>several keywords</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>plusieurs mots-clés</translation>
    </message>
    <message>
        <source>label</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>statut</translation>
    </message>
    <message>
        <source>IAM group</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>groupe IAM</translation>
    </message>
    <message>
        <source>No case matches the list&apos;s filters: there is nothing to export.</source>
        <translation>Aucun dossier ne correspond aux filtres de la liste : il n’y a rien à exporter.</translation>
    </message>
    <message>
        <source>The server&apos;s export cannot filter by %1. Export the cases that match the other filters?</source>
        <extracomment>%1 is a list of filters, e.g. &quot;label and status&quot;</extracomment>
        <translation>L’export du serveur ne peut pas filtrer par %1. Exporter les dossiers correspondant aux autres filtres ?</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>Export des dossiers…</translation>
    </message>
    <message>
        <source>Exporting cases… %1 received</source>
        <extracomment>%1 is an amount of data such as &quot;1.2 MB&quot;</extracomment>
        <translation>Export des dossiers… %1 reçus</translation>
    </message>
    <message>
        <source>The cases could not be exported. %1</source>
        <translation>Les dossiers n’ont pas pu être exportés. %1</translation>
    </message>
    <message>
        <source>The cases were exported to %1.</source>
        <extracomment>%1 is the saved file&apos;s path</extracomment>
        <translation>Les dossiers ont été exportés vers %1.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExtendsParamsDialog</name>
    <message>
        <source>Loading the case&apos;s parameters…</source>
        <translation>Chargement des paramètres du dossier…</translation>
    </message>
    <message>
        <source>The case&apos;s parameters could not be loaded: %1</source>
        <extracomment>%1 says why (translated error)</extracomment>
        <translation>Les paramètres du dossier n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Fill in at least one value to send.</source>
        <translation>Renseignez au moins une valeur à envoyer.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Extra Parameters — %1</source>
        <extracomment>%1 is the case ID</extracomment>
        <translation>Paramètres supplémentaires — %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Support has asked for more information about this case. Fill in the fields marked * and send them.</source>
        <translation>Le support a demandé des informations complémentaires sur ce dossier. Renseignez les champs marqués d’un * et envoyez-les.</translation>
    </message>
    <message>
        <source>This case holds no extra parameters, and its problem type asks for none.</source>
        <translation>Ce dossier ne contient aucun paramètre supplémentaire, et son type de problème n’en demande aucun.</translation>
    </message>
    <message>
        <source>The extra information this case holds. Complete or correct it and send it to support.</source>
        <translation>Les informations complémentaires de ce dossier. Complétez-les ou corrigez-les, puis envoyez-les au support.</translation>
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
    <message>
        <source>Pick a sub-user or type a sub-user ID</source>
        <translation>Choisissez un sous-utilisateur ou saisissez l’ID d’un sous-utilisateur</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseLabelsEditor</name>
    <message>
        <source>Case labels</source>
        <translation>Étiquettes du dossier</translation>
    </message>
    <message>
        <source>Select a label and press Delete to remove it from the case</source>
        <translation>Sélectionnez une étiquette et appuyez sur Suppr pour la retirer du dossier</translation>
    </message>
    <message>
        <source>Label to add</source>
        <translation>Étiquette à ajouter</translation>
    </message>
    <message>
        <source>No other labels</source>
        <translation>Aucune autre étiquette</translation>
    </message>
    <message>
        <source>&amp;Add Label</source>
        <translation>&amp;Ajouter l’étiquette</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Ajouter l’étiquette</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label</source>
        <translation>Re&amp;tirer l’étiquette</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Retirer l’étiquette</translation>
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
    <name>osm::ui::CaseOperateLogModel</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>Relancé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Rejected by the user centre</source>
        <translation>Refusé par le centre utilisateur</translation>
    </message>
    <message>
        <source>Authorization confirmed</source>
        <translation>Autorisation confirmée</translation>
    </message>
    <message>
        <source>Authorization rejected</source>
        <translation>Autorisation refusée</translation>
    </message>
    <message>
        <source>Authorization cancelled</source>
        <translation>Autorisation annulée</translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation>Dossiers exportés</translation>
    </message>
    <message>
        <source>Customer replied (awaiting feedback)</source>
        <translation>Réponse du client (en attente de retour)</translation>
    </message>
    <message>
        <source>Contact information changed</source>
        <translation>Coordonnées modifiées</translation>
    </message>
    <message>
        <source>Contact information deleted</source>
        <translation>Coordonnées supprimées</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <extracomment>%1 is an operation code the reference does not document</extracomment>
        <translation>Opération %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
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
        <translation>Longueur du commentaire</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Clôturer le dossier</translation>
    </message>
    <message>
        <source>Rate Case</source>
        <translation>Évaluer le dossier</translation>
    </message>
    <message>
        <source>Close case %1? Close it only when the problem is solved. You may rate the support you received; the rating can be given only once.</source>
        <translation>Clôturer le dossier %1 ? Ne le clôturez que lorsque le problème est résolu. Vous pouvez évaluer l’assistance reçue ; l’évaluation ne peut être donnée qu’une seule fois.</translation>
    </message>
    <message>
        <source>Rate the support you received for case %1. A case can be rated only once.</source>
        <translation>Évaluez l’assistance reçue pour le dossier %1. Un dossier ne peut être évalué qu’une seule fois.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>The rating scales could not be loaded.</source>
        <translation>Les critères d’évaluation n’ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>Loading the rating scales…</source>
        <translation>Chargement des critères d’évaluation…</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>C&amp;lose Case</source>
        <translation>C&amp;lôturer le dossier</translation>
    </message>
    <message>
        <source>&amp;Submit Rating</source>
        <translation>&amp;Envoyer l’évaluation</translation>
    </message>
    <message>
        <source>Confirm close</source>
        <translation>Confirmer la clôture</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>Envoyer l’évaluation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <extracomment>%1 is the number of a rating scale the server did not name</extracomment>
        <translation>Évaluation %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>%1 is the name of a rating scale, e.g. &quot;Handling timeliness&quot;</extracomment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n star(s))</source>
        <extracomment>%1 is a row of star characters, %n the number of stars</extracomment>
        <translation>
            <numerusform>%1 (%n étoile)</numerusform>
            <numerusform>%1 (%n étoiles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <extracomment>%1 is the name of a rating scale</extracomment>
        <translation>Évaluation pour %1</translation>
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
    <message>
        <source>Conversation and case detail</source>
        <translation>Conversation et détails du dossier</translation>
    </message>
    <message>
        <source>Offline: showing the messages saved as of %1. %2</source>
        <translation>Hors ligne : affichage des messages enregistrés au %1. %2</translation>
    </message>
    <message>
        <source>Showing the messages saved as of %1; updating…</source>
        <translation>Affichage des messages enregistrés au %1 ; mise à jour…</translation>
    </message>
    <message>
        <source>The message could not be saved for sending.</source>
        <translation>Le message n’a pas pu être enregistré en vue de son envoi.</translation>
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
    <message numerus="yes">
        <source>“%1” was not attached: a message takes at most %n file(s).</source>
        <extracomment>%1 is a file name
----------
%1 is a file name; the limit is the server&apos;s (show_accessory_limits)</extracomment>
        <translation>
            <numerusform>« %1 » n’a pas été joint : un message accepte au plus %n fichier.</numerusform>
            <numerusform>« %1 » n’a pas été joint : un message accepte au plus %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <extracomment>%1 says which file and which limit, e.g. &quot;“a.exe” is not a type of file that may be attached (…).&quot;</extracomment>
        <translation>Non joint : %1</translation>
    </message>
    <message>
        <source>Remove before sending: %1</source>
        <extracomment>%1 says which file and which limit</extracomment>
        <translation>À retirer avant l’envoi : %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove some files before sending: a message takes at most %n file(s).</source>
        <translation>
            <numerusform>Retirez des fichiers avant l’envoi : un message accepte au plus %n fichier.</numerusform>
            <numerusform>Retirez des fichiers avant l’envoi : un message accepte au plus %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted image could not be saved in “%1”.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>L’image collée n’a pas pu être enregistrée dans « %1 ».</translation>
    </message>
    <message>
        <source>%1 (%2), uploading: %3%</source>
        <extracomment>A staged attachment being uploaded: file name, size, percent sent</extracomment>
        <translation>%1 (%2), téléversement : %3 %</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>Avis sur les pièces jointes</translation>
    </message>
    <message>
        <source>File being uploaded</source>
        <translation>Fichier en cours de téléversement</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progression du téléversement</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>&amp;Annuler le téléversement</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>Annuler le téléversement</translation>
    </message>
</context>
<context>
    <name>osm::ui::ConfirmAuthorizationDialog</name>
    <message>
        <source>Agree to Authorization %1</source>
        <translation>Accepter l’autorisation %1</translation>
    </message>
    <message>
        <source>Agree to authorization</source>
        <translation>Accepter l’autorisation</translation>
    </message>
    <message>
        <source>Huawei Cloud support may access the resources below during the period you set. For hosts, give the port, account and password the engineer may use; “Check” tries them first.</source>
        <translation>Le support Huawei Cloud pourra accéder aux ressources ci-dessous pendant la période que vous définissez. Pour les hôtes, indiquez le port, le compte et le mot de passe que l’ingénieur pourra utiliser ; « Vérifier » les teste au préalable.</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Hôte %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check host %1</source>
        <translation>Vérifier l’hôte %1</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Console (%1)</source>
        <translation>Console (%1)</translation>
    </message>
    <message>
        <source>Also asked: %1</source>
        <translation>Également demandé : %1</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Valide &amp;du :</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Valide &amp;jusqu’au :</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>A&amp;gence :</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que :</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Aucune agence</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Login type</source>
        <translation>Type de connexion</translation>
    </message>
    <message>
        <source>Federated user</source>
        <translation>Utilisateur fédéré</translation>
    </message>
    <message>
        <source>Delegated access (agency)</source>
        <translation>Accès délégué (agence)</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>Statut de l’accord</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The host accepted this account and password.</source>
        <translation>L’hôte a accepté ce compte et ce mot de passe.</translation>
    </message>
    <message>
        <source>The period must end after it starts, and in the future.</source>
        <translation>La période doit se terminer après son début, et dans le futur.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>The authorization could not be agreed to: %1</source>
        <translation>L’autorisation n’a pas pu être acceptée : %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactInfoDialog</name>
    <message>
        <source>A contact field can be changed but not removed: type a new value or leave the old one.</source>
        <translation>Un champ de contact peut être modifié mais pas effacé : saisissez une nouvelle valeur ou conservez l’ancienne.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>L’adresse e-mail n’est pas valide.</translation>
    </message>
    <message>
        <source>The CC e-mail address &quot;%1&quot; is not valid.</source>
        <extracomment>%1 is what the user typed as a CC e-mail address</extracomment>
        <translation>L’adresse e-mail en copie « %1 » n’est pas valide.</translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>How support engineers reach you about case %1.</source>
        <translation>Comment les ingénieurs du support vous contactent au sujet du dossier %1.</translation>
    </message>
    <message>
        <source>Country &amp;code:</source>
        <translation>&amp;Indicatif du pays :</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobile :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Contact &amp;time:</source>
        <translation>&amp;Horaires de contact :</translation>
    </message>
    <message>
        <source>CC e-&amp;mails:</source>
        <translation>E-mails en &amp;copie :</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Indicatif du pays</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Horaires de contact</translation>
    </message>
    <message>
        <source>e.g. 9:00-18:00</source>
        <translation>p. ex. 9:00-18:00</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>E-mails en copie (CC)</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>Adresses séparées par des virgules</translation>
    </message>
    <message>
        <source>Use &amp;Recent</source>
        <translation>Utiliser les &amp;récentes</translation>
    </message>
    <message>
        <source>Use recent CC e-mails</source>
        <translation>Utiliser les e-mails en copie récents</translation>
    </message>
    <message>
        <source>Fill in the CC e-mails used most recently: %1</source>
        <extracomment>%1 is a list of e-mail addresses</extracomment>
        <translation>Reprendre les e-mails en copie utilisés le plus récemment : %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save contact information</source>
        <translation>Enregistrer les coordonnées</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactVerificationRow</name>
    <message>
        <source>The code has six characters.</source>
        <translation>Le code comporte six caractères.</translation>
    </message>
    <message>
        <source>Checking whether this contact needs verification…</source>
        <translation>Vérification de la nécessité d’un code pour ce contact…</translation>
    </message>
    <message>
        <source>Registered or verified earlier: no code needed.</source>
        <translation>Enregistré ou déjà vérifié : aucun code nécessaire.</translation>
    </message>
    <message>
        <source>This contact is not a registered one: send a code to it and enter the code here.</source>
        <translation>Ce contact n’est pas enregistré : envoyez-lui un code et saisissez ce code ici.</translation>
    </message>
    <message>
        <source>A code was sent. It is valid for 5 minutes; a new code can be sent once a minute, a limited number of times a day.</source>
        <translation>Un code a été envoyé. Il est valable 5 minutes ; un nouveau code peut être envoyé une fois par minute, un nombre limité de fois par jour.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Vérifié.</translation>
    </message>
    <message>
        <source>Could not check this contact.</source>
        <translation>Impossible de vérifier ce contact.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>state, then the error that came with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Send Again in %n s</source>
        <translation>
            <numerusform>Renvoyer dans %n s</numerusform>
            <numerusform>Renvoyer dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Send &amp;Code</source>
        <translation>Envoyer le &amp;code</translation>
    </message>
    <message>
        <source>E-mail verification status</source>
        <translation>Statut de vérification de l’e-mail</translation>
    </message>
    <message>
        <source>Mobile verification status</source>
        <translation>Statut de vérification du mobile</translation>
    </message>
    <message>
        <source>Code sent to the e-mail address</source>
        <translation>Code envoyé à l’adresse e-mail</translation>
    </message>
    <message>
        <source>Code sent to the mobile number</source>
        <translation>Code envoyé au numéro de mobile</translation>
    </message>
    <message>
        <source>6-character code</source>
        <translation>Code à 6 caractères</translation>
    </message>
    <message>
        <source>Send a code to the e-mail address</source>
        <translation>Envoyer un code à l’adresse e-mail</translation>
    </message>
    <message>
        <source>Send a code to the mobile number</source>
        <translation>Envoyer un code au numéro de mobile</translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify the e-mail address</source>
        <translation>Vérifier l’adresse e-mail</translation>
    </message>
    <message>
        <source>Verify the mobile number</source>
        <translation>Vérifier le numéro de mobile</translation>
    </message>
</context>
<context>
    <name>osm::ui::CreateCaseWizard</name>
    <message>
        <source>New Case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Describe the problem for Huawei Cloud&apos;s engineers. Everything you type is kept as a draft until the case is created.</source>
        <translation>Décrivez le problème aux ingénieurs de Huawei Cloud. Tout ce que vous saisissez est conservé comme brouillon jusqu’à la création du dossier.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Additional Information</source>
        <translation>Informations complémentaires</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit :</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>&amp;Type de problème :</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Choisissez une catégorie…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Choisissez un produit…</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Type de problème</translation>
    </message>
    <message>
        <source>Choose a problem type…</source>
        <translation>Choisissez un type de problème…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Only the severities your support plan allows are offered.</source>
        <translation>Seules les gravités autorisées par votre offre de support sont proposées.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>Choisissez une région…</translation>
    </message>
    <message>
        <source>Fault reports name the region of the affected resources. Your own regions come first.</source>
        <translation>Un signalement de panne indique la région des ressources concernées. Vos propres régions apparaissent en premier.</translation>
    </message>
    <message>
        <source>Case quota</source>
        <translation>Quota de dossiers</translation>
    </message>
    <message>
        <source>What happened, since when, which resources, what you tried</source>
        <translation>Ce qui s’est passé, depuis quand, quelles ressources sont concernées, ce que vous avez essayé</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Longueur de la description</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Informations complémentaires</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobile :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>C&amp;C e-mails:</source>
        <translation>E-mails en &amp;copie :</translation>
    </message>
    <message>
        <source>Reminder &amp;time:</source>
        <translation>&amp;Horaires des rappels :</translation>
    </message>
    <message>
        <source>Country calling code</source>
        <translation>Indicatif téléphonique du pays</translation>
    </message>
    <message>
        <source>Reminder mobile number</source>
        <translation>Numéro de mobile pour les rappels</translation>
    </message>
    <message>
        <source>Reminder e-mail address</source>
        <translation>Adresse e-mail pour les rappels</translation>
    </message>
    <message>
        <source>CC e-mail addresses</source>
        <translation>Adresses e-mail en copie (CC)</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Horaires des rappels</translation>
    </message>
    <message>
        <source>For example 9:00-18:00</source>
        <translation>Par exemple 9:00-18:00</translation>
    </message>
    <message>
        <source>A number that is not registered with your account needs a verification code.</source>
        <translation>Un numéro non enregistré dans votre compte nécessite un code de vérification.</translation>
    </message>
    <message>
        <source>An address that is not registered with your account needs a verification code.</source>
        <translation>Une adresse non enregistrée dans votre compte nécessite un code de vérification.</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Texte de l’accord</translation>
    </message>
    <message>
        <source>I have read and accept this a&amp;greement</source>
        <translation>J’ai lu et j’accepte cet &amp;accord</translation>
    </message>
    <message>
        <source>Accept the agreement</source>
        <translation>Accepter l’accord</translation>
    </message>
    <message>
        <source>&amp;Submit Case</source>
        <translation>&amp;Soumettre le dossier</translation>
    </message>
    <message>
        <source>Submit the case</source>
        <translation>Soumettre le dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close and keep the draft</source>
        <translation>Fermer et conserver le brouillon</translation>
    </message>
    <message>
        <source>Submit error</source>
        <translation>Erreur de soumission</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <extracomment>%1 is a country calling code such as 86, %2 the country or region&apos;s name</extracomment>
        <translation>+%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>At most %n addresses, separated by commas.</source>
        <translation>
            <numerusform>Au plus %n adresse.</numerusform>
            <numerusform>Au plus %n adresses, séparées par des virgules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n file(s) of at most %1 MB each; types: %2.</source>
        <extracomment>%n files at most, %1 MB each, %2 the allowed file types</extracomment>
        <translation>
            <numerusform>Au plus %n fichier de %1 MB maximum ; types : %2.</numerusform>
            <numerusform>Au plus %n fichiers de %1 MB maximum chacun ; types : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: %1 (version %2)</source>
        <extracomment>%1 is the agreement&apos;s name, %2 its version</extracomment>
        <translation>Accord : %1 (version %2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 characters typed of at most %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many.</source>
        <translation>
            <numerusform>%n caractère en trop.</numerusform>
            <numerusform>%n caractères en trop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left.</source>
        <translation>
            <numerusform>%n caractère restant.</numerusform>
            <numerusform>%n caractères restants.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>Aucun quota de dossiers ne s’applique à ce type de problème.</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up, so a new case would be refused. Wait for the next period or ask your account manager for a special approval.</source>
        <translation>Le quota de dossiers de ce type de problème est épuisé : un nouveau dossier serait refusé. Attendez la prochaine période ou demandez une dérogation à votre gestionnaire de compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>%n dossier restant sur %1 ce mois-ci.</numerusform>
            <numerusform>%n dossiers restants sur %1 ce mois-ci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>%n dossier restant sur %1 ce trimestre.</numerusform>
            <numerusform>%n dossiers restants sur %1 ce trimestre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>%n dossier restant sur %1 cette année.</numerusform>
            <numerusform>%n dossiers restants sur %1 cette année.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>%n dossier restant sur %1 pour cette période.</numerusform>
            <numerusform>%n dossiers restants sur %1 pour cette période.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Soumission…</translation>
    </message>
    <message>
        <source>choose a category, a product and a problem type.</source>
        <translation>choisissez une catégorie, un produit et un type de problème.</translation>
    </message>
    <message>
        <source>a fault report names the region of the affected resources.</source>
        <translation>un signalement de panne doit indiquer la région des ressources concernées.</translation>
    </message>
    <message>
        <source>describe the problem.</source>
        <translation>décrivez le problème.</translation>
    </message>
    <message numerus="yes">
        <source>it is %n character(s) too long.</source>
        <translation>
            <numerusform>il dépasse de %n caractère la longueur maximale.</numerusform>
            <numerusform>il dépasse de %n caractères la longueur maximale.</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in the template.</source>
        <translation>remplissez le modèle.</translation>
    </message>
    <message>
        <source>it must be a phone number.</source>
        <translation>il doit s’agir d’un numéro de téléphone.</translation>
    </message>
    <message>
        <source>it must be an e-mail address.</source>
        <translation>il doit s’agir d’une adresse e-mail.</translation>
    </message>
    <message>
        <source>give a mobile number or an e-mail address for reminders.</source>
        <translation>indiquez un numéro de mobile ou une adresse e-mail pour les rappels.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>« %1 » n’est pas une adresse e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n addresses are allowed.</source>
        <translation>
            <numerusform>au plus %n adresse est autorisée.</numerusform>
            <numerusform>au plus %n adresses sont autorisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>verify this number with the code sent to it first.</source>
        <translation>vérifiez d’abord ce numéro avec le code qui lui a été envoyé.</translation>
    </message>
    <message>
        <source>verify this address with the code sent to it first.</source>
        <translation>vérifiez d’abord cette adresse avec le code qui lui a été envoyé.</translation>
    </message>
    <message>
        <source>read and accept the agreement first.</source>
        <translation>lisez et acceptez d’abord l’accord.</translation>
    </message>
    <message>
        <source>Checking the contact details…</source>
        <translation>Vérification des coordonnées…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Téléversement de %1…</translation>
    </message>
    <message>
        <source>%1 could not be uploaded.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 n’a pas pu être téléversé.</translation>
    </message>
    <message>
        <source>Signing the agreement…</source>
        <translation>Signature de l’accord…</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Création du dossier…</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>E-mails en copie (CC)</translation>
    </message>
    <message>
        <source>%1 No more cases of this problem type can be created in this period; wait for the next one or ask your account manager for a special approval.</source>
        <extracomment>%1 is the server&apos;s refusal; what follows explains it</extracomment>
        <translation>%1 Aucun autre dossier de ce type de problème ne peut être créé pour cette période ; attendez la suivante ou demandez une dérogation à votre gestionnaire de compte.</translation>
    </message>
    <message>
        <source>%1 Ask for a new code and enter it again.</source>
        <translation>%1 Demandez un nouveau code et saisissez-le.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Edit New Case</source>
        <translation>Modifier le nouveau dossier</translation>
    </message>
    <message>
        <source>The new case you have not finished yet will be replaced by the one waiting to be sent. Replace it?</source>
        <translation>Le nouveau dossier que vous n’avez pas terminé sera remplacé par celui en attente d’envoi. Le remplacer ?</translation>
    </message>
</context>
<context>
    <name>osm::ui::DiagnosisWindow</name>
    <message>
        <source>Cloud server (ECS)</source>
        <translation>Serveur cloud (ECS)</translation>
    </message>
    <message>
        <source>Database instance (RDS)</source>
        <translation>Instance de base de données (RDS)</translation>
    </message>
    <message>
        <source>Remote login</source>
        <translation>Connexion à distance</translation>
    </message>
    <message>
        <source>Network health</source>
        <translation>État du réseau</translation>
    </message>
    <message>
        <source>Type %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>Type %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not executed</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>Statut %1</translation>
    </message>
    <message>
        <source>Preparing the diagnosis…</source>
        <translation>Préparation du diagnostic…</translation>
    </message>
    <message>
        <source>Running: %1 of %2 checks done…</source>
        <extracomment>%1 of %2 check items are done</extracomment>
        <translation>En cours : %1 vérifications sur %2 effectuées…</translation>
    </message>
    <message>
        <source>Completed: no problem found.</source>
        <translation>Terminé : aucun problème détecté.</translation>
    </message>
    <message numerus="yes">
        <source>Completed: %n check item(s) found a problem.</source>
        <translation>
            <numerusform>Terminé : %n point de contrôle a détecté un problème.</numerusform>
            <numerusform>Terminé : %n points de contrôle ont détecté un problème.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis failed: the resource could not be checked. Check its region and ID.</source>
        <translation>Le diagnostic a échoué : la ressource n’a pas pu être vérifiée. Vérifiez sa région et son ID.</translation>
    </message>
    <message>
        <source>The diagnosis was not run.</source>
        <translation>Le diagnostic n’a pas été exécuté.</translation>
    </message>
    <message>
        <source>This diagnosis is not available for the resource.</source>
        <translation>Ce diagnostic n’est pas disponible pour cette ressource.</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problème détecté</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Checking (%1%)</source>
        <extracomment>a check item in progress; %1 is a percentage</extracomment>
        <translation>Vérification (%1 %)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a region&apos;s name and id, e.g. &quot;CN South-Guangzhou (cn-south-1)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No virtual machine of this project and region matches.</source>
        <translation>Aucune machine virtuelle de ce projet et de cette région ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n virtual machine(s): choose one to diagnose.</source>
        <translation>
            <numerusform>%n machine virtuelle trouvée : choisissez-en une à diagnostiquer.</numerusform>
            <numerusform>%n machines virtuelles trouvées : choisissez-en une à diagnostiquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the diagnosis…</source>
        <translation>Lancement du diagnostic…</translation>
    </message>
    <message>
        <source>Reading the diagnosis…</source>
        <translation>Lecture du diagnostic…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>No details for this check item.</source>
        <translation>Aucun détail pour ce point de contrôle.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Read more about this problem</source>
        <translation>En savoir plus sur ce problème</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Thank you: your feedback was sent.</source>
        <translation>Merci : votre avis a été envoyé.</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnostiquer</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click: choose what to diagnose, start, and read the results and advice.</source>
        <translation>Recherchez en un clic les problèmes courants d’une ressource cloud : choisissez ce qu’il faut diagnostiquer, lancez le diagnostic, puis consultez les résultats et les recommandations.</translation>
    </message>
    <message>
        <source>&amp;Diagnose:</source>
        <translation>&amp;Diagnostiquer :</translation>
    </message>
    <message>
        <source>Diagnosis type</source>
        <translation>Type de diagnostic</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>&amp;Virtual machine:</source>
        <translation>&amp;Machine virtuelle :</translation>
    </message>
    <message>
        <source>VM ID or elastic IP address, or choose one below</source>
        <translation>ID de la VM ou adresse IP élastique, ou choisissez-en une ci-dessous</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instance :</translation>
    </message>
    <message>
        <source>RDS instance ID</source>
        <translation>ID de l’instance RDS</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>R&amp;essource :</translation>
    </message>
    <message>
        <source>Not needed for this diagnosis</source>
        <translation>Non requis pour ce diagnostic</translation>
    </message>
    <message>
        <source>Resource to diagnose</source>
        <translation>Ressource à diagnostiquer</translation>
    </message>
    <message>
        <source>Find a virtual machine</source>
        <translation>Rechercher une machine virtuelle</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>ID de &amp;projet :</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID de projet</translation>
    </message>
    <message>
        <source>The region&apos;s project ID, as shown under My Credentials in the console</source>
        <translation>L’ID de projet de la région, tel qu’indiqué sous Mes identifiants dans la console</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>Nom de la VM</translation>
    </message>
    <message>
        <source>Part of the name (optional)</source>
        <translation>Partie du nom (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Known fault</source>
        <translation>Incident connu</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Machines virtuelles</translation>
    </message>
    <message>
        <source>&amp;Start Diagnosis</source>
        <translation>&amp;Lancer le diagnostic</translation>
    </message>
    <message>
        <source>Diagnosis status</source>
        <translation>Statut du diagnostic</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Check items</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <source>Check item details</source>
        <translation>Détails du point de contrôle</translation>
    </message>
    <message>
        <source>Did this diagnosis help?</source>
        <translation>Ce diagnostic vous a-t-il été utile ?</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>Commentaire sur le diagnostic</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation>&amp;Utile</translation>
    </message>
    <message>
        <source>&amp;Not Helpful</source>
        <translation>&amp;Pas utile</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Lancé le</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Past diagnoses</source>
        <translation>Diagnostics précédents</translation>
    </message>
    <message>
        <source>Double-click a diagnosis to see its results</source>
        <translation>Double-cliquez sur un diagnostic pour afficher ses résultats</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3 in all)</source>
        <extracomment>%1 and %2 are page numbers; %3 is the number of diagnoses</extracomment>
        <translation>Page %1 sur %2 (%3 au total)</translation>
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
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>it must be a whole number.</source>
        <translation>il doit s’agir d’un nombre entier.</translation>
    </message>
    <message>
        <source>it is required.</source>
        <translation>il est obligatoire.</translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <extracomment>%1 and %2 are the smallest and the largest allowed number</extracomment>
        <translation>il doit être compris entre %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n characters long.</source>
        <translation>
            <numerusform>il ne doit pas dépasser %n caractère.</numerusform>
            <numerusform>il ne doit pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not have the expected format.</source>
        <translation>il n’a pas le format attendu.</translation>
    </message>
    <message>
        <source>This problem type asks for no additional information.</source>
        <translation>Ce type de problème ne demande aucune information complémentaire.</translation>
    </message>
</context>
<context>
    <name>osm::ui::LabelManagerDialog</name>
    <message>
        <source>Manage Labels</source>
        <translation>Gérer les étiquettes</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Double-click a name (or press F2) to rename the label</source>
        <translation>Double-cliquez sur un nom (ou appuyez sur F2) pour renommer l’étiquette</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;New label:</source>
        <translation>&amp;Nouvelle étiquette :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>Nom de la nouvelle étiquette</translation>
    </message>
    <message>
        <source>New label colour</source>
        <translation>Couleur de la nouvelle étiquette</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source>You have %n labels, the most allowed. Delete one to add another.</source>
        <translation>
            <numerusform>Vous avez %n étiquette, le maximum autorisé. Supprimez-en une pour en ajouter une autre.</numerusform>
            <numerusform>Vous avez %n étiquettes, le maximum autorisé. Supprimez-en une pour en ajouter une autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of at most %2 labels</source>
        <extracomment>%1 labels in use of at most %2</extracomment>
        <translation>%1 étiquettes sur %2 au maximum</translation>
    </message>
    <message>
        <source>Label “%1” created.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Étiquette « %1 » créée.</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Couleur de « %1 »</translation>
    </message>
    <message>
        <source>Label “%1” saved.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Étiquette « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>Delete the label “%1”? It is also removed from every case that carries it.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Supprimer l’étiquette « %1 » ? Elle sera aussi retirée de tous les dossiers qui la portent.</translation>
    </message>
    <message>
        <source>Label “%1” deleted.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Étiquette « %1 » supprimée.</translation>
    </message>
</context>
<context>
    <name>osm::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheActions</name>
    <message>
        <source>Saved list as of %1</source>
        <translation>Liste enregistrée au %1</translation>
    </message>
    <message>
        <source>These are the cases saved on this computer; the server&apos;s list replaces them when it answers.</source>
        <translation>Voici les dossiers enregistrés sur cet ordinateur ; la liste du serveur les remplacera dès qu’il répondra.</translation>
    </message>
    <message>
        <source>The server could not be reached: these are the cases saved on this computer.</source>
        <translation>Le serveur est injoignable : voici les dossiers enregistrés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The local cache could not be emptied: %1</source>
        <translation>Le cache local n’a pas pu être vidé : %1</translation>
    </message>
    <message>
        <source>&amp;Search Saved Cases…</source>
        <translation>&amp;Rechercher dans les dossiers enregistrés…</translation>
    </message>
    <message>
        <source>Find words in the cases, messages and attachment names saved on this computer (%1)</source>
        <translation>Rechercher des mots dans les dossiers, les messages et les noms de pièces jointes enregistrés sur cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Rebuild Local &amp;Cache</source>
        <translation>Reconstruire le &amp;cache local</translation>
    </message>
    <message>
        <source>Forget the cases and messages saved on this computer and read them again from the server (unsent messages and drafts are kept)</source>
        <translation>Oublier les dossiers et messages enregistrés sur cet ordinateur et les recharger depuis le serveur (les messages non envoyés et les brouillons sont conservés)</translation>
    </message>
    <message>
        <source>Saved list</source>
        <translation>Liste enregistrée</translation>
    </message>
    <message>
        <source>Local &amp;Cache…</source>
        <translation>&amp;Cache local…</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheDialog</name>
    <message>
        <source>Local Cache</source>
        <translation>Cache local</translation>
    </message>
    <message>
        <source>&amp;Keep downloaded files up to (MiB):</source>
        <translation>&amp;Conserver les fichiers téléchargés jusqu’à (MiB) :</translation>
    </message>
    <message>
        <source>Attachments you open, save or drag out are kept on this computer, so that they open again without a download, also offline. Beyond the limit the least recently used go first; 0 keeps none.</source>
        <translation>Les pièces jointes que vous ouvrez, enregistrez ou faites glisser sont conservées sur cet ordinateur, pour s’ouvrir à nouveau sans téléchargement, même hors ligne. Au-delà de la limite, les moins récemment utilisées partent en premier ; 0 n’en conserve aucune.</translation>
    </message>
    <message>
        <source>C&amp;lear Downloaded Files</source>
        <translation>&amp;Vider les fichiers téléchargés</translation>
    </message>
    <message numerus="yes">
        <source>In use: %n file(s), %1</source>
        <extracomment>%n is how many files are kept, %1 the space they take (e.g. &quot;12.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>Utilisé : %n fichier, %1</numerusform>
            <numerusform>Utilisé : %n fichiers, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalSearchDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Message in case %1, %2</source>
        <translation>Message du dossier %1, %2</translation>
    </message>
    <message>
        <source>Attachment in case %1</source>
        <translation>Pièce jointe du dossier %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>Nothing saved on this computer matches.</source>
        <translation>Aucun élément enregistré sur cet ordinateur ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Search Saved Cases</source>
        <translation>Rechercher dans les dossiers enregistrés</translation>
    </message>
    <message>
        <source>Searches the case descriptions, messages and attachment names saved on this computer, also while offline. Press Enter on a result to open its case.</source>
        <translation>Recherche dans les descriptions de dossiers, les messages et les noms de pièces jointes enregistrés sur cet ordinateur, même hors ligne. Appuyez sur Entrée sur un résultat pour ouvrir son dossier.</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Mots à rechercher</translation>
    </message>
    <message>
        <source>Search saved cases</source>
        <translation>Rechercher dans les dossiers enregistrés</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the selected case in its own window (Enter or double-click)</source>
        <translation>Ouvrir le dossier sélectionné dans sa propre fenêtre (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>Create a new case (%1)</source>
        <translation>Créer un nouveau dossier (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About OSM Desk</source>
        <translation>À &amp;propos d’OSM Desk</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>Messages non lus</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Statut de la connexion</translation>
    </message>
    <message>
        <source>Offline — waiting for the network</source>
        <translation>Hors ligne — en attente du réseau</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>Hors ligne — nouvelle tentative dans %n s</numerusform>
            <numerusform>Hors ligne — nouvelle tentative dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — retrying…</source>
        <translation>Hors ligne — nouvelle tentative…</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n message non lu</numerusform>
            <numerusform>%n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Export Cases…</source>
        <translation>&amp;Exporter les dossiers…</translation>
    </message>
    <message>
        <source>Export the cases of the current view and filters to a file</source>
        <translation>Exporter dans un fichier les dossiers de la vue et des filtres actuels</translation>
    </message>
    <message>
        <source>Save &amp;View as CSV…</source>
        <translation>Enregistrer la &amp;vue en CSV…</translation>
    </message>
    <message>
        <source>Save the cases listed now, with the visible columns, as a CSV file</source>
        <translation>Enregistrer les dossiers actuellement listés, avec les colonnes visibles, dans un fichier CSV</translation>
    </message>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>Gérer les é&amp;tiquettes…</translation>
    </message>
    <message>
        <source>A&amp;uthorizations…</source>
        <translation>A&amp;utorisations…</translation>
    </message>
    <message>
        <source>Requests of support engineers for access to your console or hosts</source>
        <translation>Demandes d’accès des ingénieurs du support à votre console ou à vos hôtes</translation>
    </message>
    <message>
        <source>&amp;Diagnosis…</source>
        <translation>&amp;Diagnostic…</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click</source>
        <translation>Rechercher en un clic les problèmes courants d’une ressource cloud</translation>
    </message>
    <message>
        <source>Account &amp;Information…</source>
        <translation>&amp;Informations sur le compte…</translation>
    </message>
    <message>
        <source>Case quota, agencies, partner service and configuration items</source>
        <translation>Quota de dossiers, agences, service partenaire et éléments de configuration</translation>
    </message>
    <message>
        <source>&amp;Report Infringement or Illegal Information…</source>
        <translation>&amp;Signaler une atteinte ou des informations illicites…</translation>
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
    <name>osm::ui::OfflineStatus</name>
    <message numerus="yes">
        <source>Offline — showing saved data; %n change(s) waiting</source>
        <translation>
            <numerusform>Hors ligne — affichage des données enregistrées ; %n modification en attente</numerusform>
            <numerusform>Hors ligne — affichage des données enregistrées ; %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing saved data</source>
        <translation>Hors ligne — affichage des données enregistrées</translation>
    </message>
    <message>
        <source>The server cannot be reached. The cases and messages shown are those saved on this computer; what you send is kept and goes out when the server answers again.</source>
        <translation>Impossible de joindre le serveur. Les dossiers et messages affichés sont ceux enregistrés sur cet ordinateur ; ce que vous envoyez est conservé et part dès que le serveur répond de nouveau.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxItemText</name>
    <message>
        <source>Urge the case</source>
        <translation>Relancer le dossier</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>Annuler le dossier</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Close the case and rate it</source>
        <translation>Clôturer et évaluer le dossier</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Clôturer le dossier</translation>
    </message>
    <message>
        <source>Rate the case</source>
        <translation>Évaluer le dossier</translation>
    </message>
    <message>
        <source>Add label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>Ajouter l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>Remove label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>Retirer l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>Relate case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>Associer le dossier %1</translation>
    </message>
    <message>
        <source>Remove the relation to case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>Supprimer l’association au dossier %1</translation>
    </message>
    <message>
        <source>Change the reminder contact information</source>
        <translation>Modifier les coordonnées de rappel</translation>
    </message>
    <message>
        <source>Create a case: %1</source>
        <extracomment>%1 is the beginning of the new case&apos;s description</extracomment>
        <translation>Créer un dossier : %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxPanel</name>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>%1 is the server&apos;s reason</extracomment>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Waiting for the network; it will be sent when the connection is back.</source>
        <translation>En attente du réseau ; il sera envoyé au rétablissement de la connexion.</translation>
    </message>
    <message>
        <source>Waiting to sign in again; it will be sent after that.</source>
        <translation>En attente d’une nouvelle connexion ; il sera envoyé ensuite.</translation>
    </message>
    <message>
        <source>Will be sent again shortly: %1</source>
        <extracomment>%1 is why the last attempt failed</extracomment>
        <translation>Nouvel envoi sous peu : %1</translation>
    </message>
    <message>
        <source>Messages waiting to be sent</source>
        <translation>Messages en attente d’envoi</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <extracomment>The files of a message waiting to be sent; %1 is their names</extracomment>
        <translation>Pièces jointes : %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Réessayer l’envoi</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the message in the reply box</source>
        <translation>Modifier le message dans la zone de réponse</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard the message</source>
        <translation>Abandonner le message</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesButton</name>
    <message numerus="yes">
        <source>%n new case(s) not sent</source>
        <translation>
            <numerusform>%n nouveau dossier non envoyé</numerusform>
            <numerusform>%n nouveaux dossiers non envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) waiting to be sent</source>
        <translation>
            <numerusform>%n nouveau dossier en attente d’envoi</numerusform>
            <numerusform>%n nouveaux dossiers en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the new cases waiting to be sent</source>
        <translation>Afficher les nouveaux dossiers en attente d’envoi</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesDialog</name>
    <message>
        <source>New Cases Waiting to Be Sent</source>
        <translation>Nouveaux dossiers en attente d’envoi</translation>
    </message>
    <message>
        <source>These new cases are saved on this computer and are created as soon as the server can be reached. A case the server refused shows its reason: edit it, retry or discard it.</source>
        <translation>Ces nouveaux dossiers sont enregistrés sur cet ordinateur et seront créés dès que le serveur sera joignable. Un dossier refusé par le serveur affiche le motif du refus : modifiez-le, réessayez ou abandonnez-le.</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeCache</name>
    <message>
        <source>Your account&apos;s administrator has restricted case submission, and your user does not hold the privilege to submit cases. Ask the administrator of the main account to grant it.</source>
        <translation>L’administrateur de votre compte a restreint la soumission de dossiers, et votre utilisateur ne dispose pas du privilège de soumettre des dossiers. Demandez à l’administrateur du compte principal de vous l’accorder.</translation>
    </message>
    <message>
        <source>You are signed in with a delegated account, and the account&apos;s administrator does not allow delegated accounts to work on cases. Ask the administrator to grant the case privilege.</source>
        <translation>Vous êtes connecté avec un compte délégué, et l’administrateur du compte n’autorise pas les comptes délégués à traiter les dossiers. Demandez à l’administrateur de vous accorder le privilège sur les dossiers.</translation>
    </message>
    <message>
        <source>Your user does not hold the privilege to export cases. Ask the administrator of the main account to grant it.</source>
        <translation>Votre utilisateur ne dispose pas du privilège d’exporter des dossiers. Demandez à l’administrateur du compte principal de vous l’accorder.</translation>
    </message>
    <message>
        <source>You may not see or change the cases of this IAM group: your user is not allowed to work on its members&apos; cases. Check the group ID, or ask your administrator to add you to the group.</source>
        <translation>Vous ne pouvez ni consulter ni modifier les dossiers de ce groupe IAM : votre utilisateur n’est pas autorisé à traiter les dossiers de ses membres. Vérifiez l’ID du groupe ou demandez à votre administrateur de vous ajouter au groupe.</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeNotice</name>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>Pourquoi certaines actions sont indisponibles</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegePolicyTab</name>
    <message>
        <source>Restrictions the main account switches on for its IAM users: a restricted privilege is held only by the users it is granted to.</source>
        <translation>Restrictions que le compte principal active pour ses utilisateurs IAM : un privilège restreint n’est détenu que par les utilisateurs auxquels il est accordé.</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Privilège</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Privilèges</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>whether the restriction of a privilege is switched on</extracomment>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>&amp;Restreindre</translation>
    </message>
    <message>
        <source>&amp;Lift Restriction</source>
        <translation>&amp;Lever la restriction</translation>
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
    <name>osm::ui::RelatedCasesEditor</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>Dossiers associés</translation>
    </message>
    <message>
        <source>Related case ID</source>
        <translation>N° du dossier associé</translation>
    </message>
    <message>
        <source>Case ID to relate</source>
        <translation>N° du dossier à associer</translation>
    </message>
    <message>
        <source>IAM group ID for relations</source>
        <translation>ID du groupe IAM pour les associations</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>ID du groupe IAM</translation>
    </message>
    <message>
        <source>The relation calls of the OSM API require the ID of your IAM group.</source>
        <translation>Les appels d’association de l’API OSM exigent l’ID de votre groupe IAM.</translation>
    </message>
    <message>
        <source>Re&amp;late</source>
        <translation>&amp;Associer</translation>
    </message>
    <message>
        <source>Add related case</source>
        <translation>Ajouter un dossier associé</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open related case</source>
        <translation>Ouvrir le dossier associé</translation>
    </message>
    <message>
        <source>Unrelate</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <source>Remove related case</source>
        <translation>Retirer le dossier associé</translation>
    </message>
</context>
<context>
    <name>osm::ui::ReportFeedbackDialog</name>
    <message>
        <source>Describe what you are reporting.</source>
        <translation>Décrivez ce que vous signalez.</translation>
    </message>
    <message numerus="yes">
        <source>The description is %n character(s) too long.</source>
        <translation>
            <numerusform>La description dépasse de %n caractère la limite.</numerusform>
            <numerusform>La description dépasse de %n caractères la limite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one file as evidence.</source>
        <translation>Ajoutez au moins un fichier comme preuve.</translation>
    </message>
    <message>
        <source>Describe the right that is infringed.</source>
        <translation>Décrivez le droit enfreint.</translation>
    </message>
    <message>
        <source>An infringement report needs your name, mobile number and e-mail address.</source>
        <translation>Un signalement d’atteinte nécessite votre nom, votre numéro de mobile et votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Waiting for the files to upload…</source>
        <translation>En attente du téléversement des fichiers…</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <extracomment>%1 is a file name, %2 why it could not be uploaded</extracomment>
        <translation>Impossible de téléverser %1 : %2</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Ajouter des preuves</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>characters typed / the limit</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Report Infringement or Illegal Information</source>
        <translation>Signaler une atteinte ou des informations illicites</translation>
    </message>
    <message>
        <source>Intellectual-property infringement</source>
        <translation>Atteinte à la propriété intellectuelle</translation>
    </message>
    <message>
        <source>Illegal information</source>
        <translation>Informations illicites</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Pornography</source>
        <translation>Pornographie</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Jeux d’argent</translation>
    </message>
    <message>
        <source>Political breach</source>
        <translation>Infraction politique</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <source>Virtual currency</source>
        <translation>Monnaie virtuelle</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Serveur proxy</translation>
    </message>
    <message>
        <source>Website without ICP filing</source>
        <translation>Site web sans enregistrement ICP</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>Informations sensibles</translation>
    </message>
    <message>
        <source>Violence or terrorism</source>
        <translation>Violence ou terrorisme</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>Rumeur</translation>
    </message>
    <message>
        <source>Insulting heroes and martyrs</source>
        <translation>Insulte aux héros et martyrs</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Harm to minors</source>
        <translation>Atteinte aux mineurs</translation>
    </message>
    <message>
        <source>Cyberattack</source>
        <translation>Cyberattaque</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Droit d’auteur</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Brevet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Authorized agent</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message>
        <source>Right owner</source>
        <translation>Titulaire du droit</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Signalement :</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Reported &amp;party:</source>
        <translation>&amp;Partie signalée :</translation>
    </message>
    <message>
        <source>Reported p&amp;roduct:</source>
        <translation>P&amp;roduit signalé :</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Preu&amp;ves :</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Product or service; website address</source>
        <translation>Produit ou service ; adresse du site web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What is infringing or illegal, and where it can be seen</source>
        <translation>Ce qui porte atteinte à un droit ou est illicite, et où on peut le constater</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Longueur de la description</translation>
    </message>
    <message>
        <source>Reported party</source>
        <translation>Partie signalée</translation>
    </message>
    <message>
        <source>The party or merchant reported (optional)</source>
        <translation>La partie ou le marchand signalé (facultatif)</translation>
    </message>
    <message>
        <source>Reported product</source>
        <translation>Produit signalé</translation>
    </message>
    <message>
        <source>The infringing product or service (optional)</source>
        <translation>Le produit ou service contrefaisant (facultatif)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Fichiers de preuve</translation>
    </message>
    <message>
        <source>One to %1 files that show what you report</source>
        <extracomment>%1 is the largest number of files</extracomment>
        <translation>De un à %1 fichiers illustrant ce que vous signalez</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Infringed right</source>
        <translation>Droit enfreint</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <source>Registered &amp;in:</source>
        <translation>Enregistré e&amp;n :</translation>
    </message>
    <message>
        <source>Registration &amp;number:</source>
        <translation>N&amp;uméro d’enregistrement :</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>Des&amp;cription :</translation>
    </message>
    <message>
        <source>Kind of right</source>
        <translation>Nature du droit</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>Enregistré en</translation>
    </message>
    <message>
        <source>Country or region (optional)</source>
        <translation>Pays ou région (facultatif)</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d’enregistrement</translation>
    </message>
    <message>
        <source>Trademark or patent number (optional)</source>
        <translation>Numéro de marque ou de brevet (facultatif)</translation>
    </message>
    <message>
        <source>Right description</source>
        <translation>Description du droit</translation>
    </message>
    <message>
        <source>Your contact details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>Mo&amp;bile :</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>Country or re&amp;gion:</source>
        <translation>Pays ou ré&amp;gion :</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Adre&amp;sse :</translation>
    </message>
    <message>
        <source>You a&amp;re:</source>
        <translation>Vous ê&amp;tes :</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>Entrepr&amp;ise :</translation>
    </message>
    <message>
        <source>&amp;Other contact:</source>
        <translation>Autre c&amp;ontact :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Pays ou région</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Vous êtes</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Autre contact</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Send Report</source>
        <translation>&amp;Envoyer le signalement</translation>
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
    <name>osm::ui::SaveViewAsCsv</name>
    <message>
        <source>Save View as CSV</source>
        <translation>Enregistrer la vue en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>
            <numerusform>%n dossier enregistré dans %1</numerusform>
            <numerusform>%n dossiers enregistrés dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::SubmissionPrivilegeGate</name>
    <message>
        <source>New Case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>You cannot submit cases with this user.</source>
        <translation>Vous ne pouvez pas soumettre de dossiers avec cet utilisateur.</translation>
    </message>
</context>
<context>
    <name>osm::ui::TrayNotifier</name>
    <message>
        <source>Show OSM Desk</source>
        <translation>Afficher OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk tray menu</source>
        <translation>Menu de la zone de notification d’OSM Desk</translation>
    </message>
    <message numerus="yes">
        <source>OSM Desk: %n unread message(s)</source>
        <translation>
            <numerusform>OSM Desk : %n message non lu</numerusform>
            <numerusform>OSM Desk : %n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>OSM Desk: no unread messages</source>
        <translation>OSM Desk : aucun message non lu</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>Aucun message non lu</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <extracomment>A tray menu entry: the case number and how many of its messages are unread.</extracomment>
        <translation>
            <numerusform>%1 (%n non lu)</numerusform>
            <numerusform>%1 (%n non lus)</numerusform>
        </translation>
    </message>
    <message>
        <source>New reply in case %1</source>
        <translation>Nouvelle réponse dans le dossier %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n message non lu</numerusform>
            <numerusform>%n messages non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New replies in %n case(s)</source>
        <translation>
            <numerusform>Nouvelles réponses dans %n dossier</numerusform>
            <numerusform>Nouvelles réponses dans %n dossiers</numerusform>
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
        <translation>Vues</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>Choisir le &amp;groupe IAM…</translation>
    </message>
</context>
</TS>
