<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>main</name>
    <message>
        <source>Manage Huawei Cloud support cases through the OSM API.</source>
        <translation>Gerencie os casos de suporte da Huawei Cloud pela API OSM.</translation>
    </message>
    <message>
        <source>Run against the built-in OSM simulator.</source>
        <translation>Executar com o simulador OSM integrado.</translation>
    </message>
    <message>
        <source>Sign in with the account profile &lt;id&gt;.</source>
        <translation>Entrar com o perfil de conta &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Exit after the first page of cases has loaded (for tests).</source>
        <translation>Sair depois que a primeira página de casos for carregada (para testes).</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de, ar) instead of the system&apos;s.</source>
        <extracomment>&lt;code&gt; stays as it is: it names the option&apos;s value on the command line.</extracomment>
        <translation>Usar o idioma &lt;code&gt; (por exemplo zh_CN, ja, de, ar) em vez do idioma do sistema.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Idioma desconhecido &quot;%1&quot;; disponíveis: %2.</translation>
    </message>
    <message>
        <source>A case to open: its id, or a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>Um caso a abrir: seu ID ou um link como osmdesk://case/&lt;ID do caso&gt;.</translation>
    </message>
</context>
<context>
    <name>osm::AkSkAuthenticator</name>
    <message>
        <source>IAM did not name the account of this access key.</source>
        <translation>O IAM não informou a conta desta chave de acesso.</translation>
    </message>
</context>
<context>
    <name>osm::CaseStatus</name>
    <message>
        <source>Pending acceptance</source>
        <translation>Aguardando aceitação</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Result to be confirmed</source>
        <translation>Resultado a confirmar</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Awaiting feedback</source>
        <translation>Aguardando retorno</translation>
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
        <translation>Nenhum segredo está salvo para esta conta. Digite-o novamente nas configurações da conta.</translation>
    </message>
</context>
<context>
    <name>osm::Download</name>
    <message>
        <source>the folder does not exist.</source>
        <translation>a pasta não existe.</translation>
    </message>
    <message>
        <source>the file could not be created (%1).</source>
        <translation>não foi possível criar o arquivo (%1).</translation>
    </message>
    <message>
        <source>the file could not be written (%1).</source>
        <translation>não foi possível gravar o arquivo (%1).</translation>
    </message>
    <message>
        <source>the file could not be saved (%1).</source>
        <translation>não foi possível salvar o arquivo (%1).</translation>
    </message>
</context>
<context>
    <name>osm::Endpoint</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation>O endereço &quot;%1&quot; não é uma URL válida.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for &quot;%1&quot;.</source>
        <translation>O http sem criptografia só é permitido para este computador (loopback); use https para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>O endereço deve começar com https://.</translation>
    </message>
</context>
<context>
    <name>osm::Error</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>Não foi possível acessar o servidor. Verifique sua conexão de rede.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The app will keep trying when it is safe to.</source>
        <translation>O servidor não respondeu a tempo. O aplicativo continuará tentando quando for seguro.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>A conexão segura com o servidor falhou: %1</translation>
    </message>
    <message>
        <source>The server sent an answer the app could not read.</source>
        <translation>O servidor enviou uma resposta que o aplicativo não consegue ler.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not valid: %2</source>
        <extracomment>%1 is a parameter name as the API spells it, %2 says what is wrong with it</extracomment>
        <translation>O valor de &quot;%1&quot; não é válido: %2</translation>
    </message>
    <message>
        <source>The saved credentials could not be used: %1</source>
        <translation>Não foi possível usar as credenciais salvas: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the account name, user name and password.</source>
        <translation>Falha ao entrar. Verifique o nome da conta, o nome de usuário e a senha.</translation>
    </message>
    <message>
        <source>The server refused the credentials of this account.</source>
        <translation>O servidor recusou as credenciais desta conta.</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <extracomment>%1 is the server&apos;s own error message, which may be in another language</extracomment>
        <translation>O servidor relatou um erro: %1</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>Solicitações demais. O aplicativo tentará novamente em instantes.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>O servidor teve um problema (HTTP %1). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>A solicitação falhou (HTTP %1).</translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation>(código %1)</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(ID da solicitação %1)</translation>
    </message>
</context>
<context>
    <name>osm::ErrorCatalog</name>
    <message>
        <source>The request was refused because a parameter is invalid.</source>
        <translation>A solicitação foi recusada porque um parâmetro é inválido.</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>Você não está conectado ou sua sessão expirou.</translation>
    </message>
    <message>
        <source>You do not have permission for this operation.</source>
        <translation>Você não tem permissão para esta operação.</translation>
    </message>
    <message>
        <source>The case service had an internal error. Try again later.</source>
        <translation>O serviço de casos teve um erro interno. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>A parameter failed the server&apos;s validation.</source>
        <translation>Um parâmetro não passou na validação do servidor.</translation>
    </message>
    <message>
        <source>You do not have permission for this case.</source>
        <translation>Você não tem permissão para este caso.</translation>
    </message>
    <message>
        <source>You have urged this case too often. Wait a while before urging it again.</source>
        <translation>Você cobrou este caso vezes demais. Aguarde um pouco antes de cobrá-lo novamente.</translation>
    </message>
    <message>
        <source>Today&apos;s attachment upload allowance is used up.</source>
        <translation>A cota de envio de anexos de hoje se esgotou.</translation>
    </message>
    <message>
        <source>The selected severity does not exist.</source>
        <translation>A gravidade selecionada não existe.</translation>
    </message>
    <message>
        <source>A CC e-mail address is not valid.</source>
        <translation>Um endereço de e-mail em cópia (CC) é inválido.</translation>
    </message>
    <message>
        <source>Your support plan does not allow creating this case.</source>
        <translation>Seu plano de suporte não permite criar este caso.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>A verificação falhou.</translation>
    </message>
    <message>
        <source>That case action is not supported (only cancel, close, urge and delete).</source>
        <translation>Essa ação de caso não é suportada (apenas cancelar, encerrar, cobrar e excluir).</translation>
    </message>
    <message>
        <source>The case does not exist, or you cannot see it.</source>
        <translation>O caso não existe ou você não pode vê-lo.</translation>
    </message>
    <message>
        <source>The bastion host (CBH) reported a failure.</source>
        <translation>O host bastião (CBH) relatou uma falha.</translation>
    </message>
    <message>
        <source>This case was created only a moment ago. Wait a while before urging it.</source>
        <translation>Este caso acabou de ser criado. Aguarde um pouco antes de cobrá-lo.</translation>
    </message>
    <message>
        <source>A verification code was sent less than a minute ago. Wait before asking for another.</source>
        <translation>Um código de verificação foi enviado há menos de um minuto. Aguarde antes de pedir outro.</translation>
    </message>
    <message>
        <source>The case&apos;s current status does not allow this operation.</source>
        <translation>O status atual do caso não permite esta operação.</translation>
    </message>
    <message>
        <source>You are not allowed to see cases of this group.</source>
        <translation>Você não tem permissão para ver os casos deste grupo.</translation>
    </message>
    <message>
        <source>The maximum number of verification codes has been sent.</source>
        <translation>O número máximo de códigos de verificação já foi enviado.</translation>
    </message>
    <message>
        <source>Your case quota is used up.</source>
        <translation>Sua cota de casos se esgotou.</translation>
    </message>
    <message>
        <source>You have reached today&apos;s limit of new cases.</source>
        <translation>Você atingiu o limite de novos casos de hoje.</translation>
    </message>
    <message>
        <source>The label does not exist.</source>
        <translation>O rótulo não existe.</translation>
    </message>
    <message>
        <source>A label with this name already exists.</source>
        <translation>Já existe um rótulo com este nome.</translation>
    </message>
    <message>
        <source>You already have 30 labels, the most allowed.</source>
        <translation>Você já tem 30 rótulos, o máximo permitido.</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels.</source>
        <translation>Um caso pode ter no máximo 5 rótulos.</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases.</source>
        <translation>Um caso pode ter no máximo 3 casos relacionados.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>Um caso não pode ser relacionado a si mesmo.</translation>
    </message>
    <message>
        <source>The attachment is not valid.</source>
        <translation>O anexo é inválido.</translation>
    </message>
    <message>
        <source>This authorization can only be changed while it is pending.</source>
        <translation>Esta autorização só pode ser alterada enquanto estiver pendente.</translation>
    </message>
    <message>
        <source>The connection to the target host timed out.</source>
        <translation>A conexão com o host de destino expirou.</translation>
    </message>
    <message>
        <source>The signature was rejected. Check the access key (AK) and secret key (SK) of this account.</source>
        <translation>A assinatura foi rejeitada. Verifique a chave de acesso (AK) e a chave secreta (SK) desta conta.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Sua sessão expirou. Entre novamente.</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>Solicitações demais. O aplicativo tentará novamente em instantes.</translation>
    </message>
    <message>
        <source>The account name or password is wrong.</source>
        <translation>O nome da conta ou a senha estão incorretos.</translation>
    </message>
    <message>
        <source>The case service could not complete the operation. Try again later.</source>
        <translation>O serviço de casos não conseguiu concluir a operação. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>This authorization operation is not supported.</source>
        <translation>Esta operação de autorização não é suportada.</translation>
    </message>
    <message>
        <source>The operation is not allowed.</source>
        <translation>A operação não é permitida.</translation>
    </message>
    <message>
        <source>The source id does not exist.</source>
        <translation>O ID de origem não existe.</translation>
    </message>
    <message>
        <source>The selected problem type does not exist.</source>
        <translation>O tipo de problema selecionado não existe.</translation>
    </message>
    <message>
        <source>The type is not valid.</source>
        <translation>O tipo é inválido.</translation>
    </message>
    <message>
        <source>The authorization item does not exist.</source>
        <translation>O item de autorização não existe.</translation>
    </message>
    <message>
        <source>The selected region does not exist.</source>
        <translation>A região selecionada não existe.</translation>
    </message>
</context>
<context>
    <name>osm::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available (%1). Secrets entered now are kept in memory only and will be forgotten when the app quits.</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>Nenhum chaveiro está disponível (%1). Os segredos digitados agora ficam apenas na memória e serão esquecidos quando o aplicativo for fechado.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>O chaveiro recusou: %1</translation>
    </message>
    <message>
        <source>The keychain entry of this account is not in a format the app understands. Enter the secret again.</source>
        <translation>A entrada do chaveiro desta conta não está em um formato que o aplicativo entenda. Digite o segredo novamente.</translation>
    </message>
</context>
<context>
    <name>osm::MultipartBody</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>não foi possível ler &quot;%1&quot;: %2</translation>
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
        <translation>Endpoint do SDK da Huawei Cloud (myhuaweicloud.cn)</translation>
    </message>
</context>
<context>
    <name>osm::TokenAuthenticator</name>
    <message>
        <source>IAM answered without a token.</source>
        <translation>O IAM respondeu sem token.</translation>
    </message>
</context>
<context>
    <name>osm::api::AccessoryLimitCheck</name>
    <message numerus="yes">
        <source>at most %n file(s) may be attached to one case or message.</source>
        <translation>
            <numerusform>pode ser anexado no máximo %n arquivo a um caso ou mensagem.</numerusform>
            <numerusform>podem ser anexados no máximo %n arquivos a um caso ou mensagem.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>não é possível ler &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>&quot;%1&quot; está vazio.</translation>
    </message>
    <message>
        <source>“%1” is not a type of file that may be attached (allowed: %2).</source>
        <extracomment>%1 is a file name, %2 the list of allowed extensions</extracomment>
        <translation>&quot;%1&quot; não é um tipo de arquivo que possa ser anexado (permitidos: %2).</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; an attachment may be at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its size in MB, %3 the largest size allowed in MB</extracomment>
        <translation>&quot;%1&quot; tem %2 MB; um anexo pode ter no máximo %3 MB.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a ZIP archive.</source>
        <translation>não foi possível ler &quot;%1&quot; como arquivo ZIP.</translation>
    </message>
    <message>
        <source>“%1” unpacks to %2 MB; an archive may unpack to at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its unpacked size in MB, %3 the largest unpacked size allowed in MB</extracomment>
        <translation>&quot;%1&quot; ocupa %2 MB descompactado; um arquivo compactado pode ocupar no máximo %3 MB descompactado.</translation>
    </message>
</context>
<context>
    <name>osm::api::Attachments</name>
    <message>
        <source>it must be “incident” (for a new case) or “message” (for a message).</source>
        <translation>deve ser &quot;incident&quot; (para um caso novo) ou &quot;message&quot; (para uma mensagem).</translation>
    </message>
    <message>
        <source>the file “%1” cannot be read.</source>
        <translation>não é possível ler o arquivo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>an id may not contain a comma.</source>
        <translation>um ID não pode conter vírgulas.</translation>
    </message>
</context>
<context>
    <name>osm::api::CaseWrites</name>
    <message>
        <source>its keys must be contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>suas chaves devem ser contactType, remindCCEmail, remindEncryptCCEmail ou isReceiveMsgRemind.</translation>
    </message>
    <message>
        <source>it must be IncidentService or IntelligentCustomerService.</source>
        <translation>deve ser IncidentService ou IntelligentCustomerService.</translation>
    </message>
    <message>
        <source>it must be 0, 1 or 2.</source>
        <translation>deve ser 0, 1 ou 2.</translation>
    </message>
</context>
<context>
    <name>osm::api::Configurations</name>
    <message>
        <source>it may not contain /, ? or #.</source>
        <translation>não pode conter /, ? nem #.</translation>
    </message>
</context>
<context>
    <name>osm::api::Feedback</name>
    <message>
        <source>it must be one of %1.</source>
        <translation>deve ser um destes valores: %1.</translation>
    </message>
</context>
<context>
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>deve ser uma cor no formato #RRGGBB, como #1E88E5.</translation>
    </message>
</context>
<context>
    <name>osm::api::Privileges</name>
    <message>
        <source>it must be one of export, createCase or assumeCaseAll.</source>
        <translation>deve ser export, createCase ou assumeCaseAll.</translation>
    </message>
</context>
<context>
    <name>osm::api::Relations</name>
    <message>
        <source>a case cannot be related to itself.</source>
        <translation>um caso não pode ser relacionado a si mesmo.</translation>
    </message>
</context>
<context>
    <name>osm::api::Validator</name>
    <message>
        <source>a value is required.</source>
        <translation>é obrigatório informar um valor.</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n character(s) long.</source>
        <translation>
            <numerusform>pode ter no máximo %n caractere.</numerusform>
            <numerusform>pode ter no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <translation>deve estar entre %1 e %2.</translation>
    </message>
    <message>
        <source>it must be one of %1.</source>
        <translation>deve ser um destes valores: %1.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n value(s) may be given.</source>
        <translation>
            <numerusform>pode ser informado no máximo %n valor.</numerusform>
            <numerusform>podem ser informados no máximo %n valores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n value(s) must be given.</source>
        <translation>
            <numerusform>é preciso informar pelo menos %n valor.</numerusform>
            <numerusform>é preciso informar pelo menos %n valores.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be a date and time written as yyyy-MM-dd HH:mm:ss.</source>
        <translation>deve ser uma data e hora no formato yyyy-MM-dd HH:mm:ss.</translation>
    </message>
</context>
<context>
    <name>osm::api::VerifyCodes</name>
    <message>
        <source>it must be exactly 6 characters long.</source>
        <translation>deve ter exatamente 6 caracteres.</translation>
    </message>
</context>
<context>
    <name>osm::app::DesktopSession</name>
    <message>
        <source>The built-in simulator could not start.</source>
        <translation>Não foi possível iniciar o simulador integrado.</translation>
    </message>
    <message>
        <source>No account is set up yet. Start OSM Desk with --demo to try it with the built-in simulator.</source>
        <translation>Nenhuma conta foi configurada ainda. Inicie o OSM Desk com --demo para experimentá-lo com o simulador integrado.</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>Não existe o perfil de conta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>Welcome to OSM Desk. Set up the Huawei Cloud account whose support cases you want to work with. (To try OSM Desk without an account, start it with --demo.)</source>
        <translation>Boas-vindas ao OSM Desk. Configure a conta da Huawei Cloud com cujos casos de suporte você quer trabalhar. (Para experimentar o OSM Desk sem uma conta, inicie-o com --demo.)</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>Não foi possível salvar a conta.</translation>
    </message>
    <message>
        <source>You have signed out and the stored secret was forgotten. Enter it again to sign in.</source>
        <translation>Você saiu e o segredo armazenado foi esquecido. Digite-o novamente para entrar.</translation>
    </message>
</context>
<context>
    <name>osm::app::LaunchRequest</name>
    <message>
        <source>Expected at most one case, as a case id or as a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>Esperava-se no máximo um caso, como ID de caso ou como link do tipo osmdesk://case/&lt;ID do caso&gt;.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AgenciesCommands</name>
    <message>
        <source>The account&apos;s IAM agencies (delegations).</source>
        <translation>As agências do IAM da conta (delegações).</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM agencies (5.11.1).</source>
        <translation>Listar as agências do IAM da conta (5.11.1).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false: manter a marcação de texto formatado nas descrições e mensagens (padrão true: texto simples).</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs.</source>
        <translation>Casos de suporte: listar, mostrar, contar, status, registros.</translation>
    </message>
    <message>
        <source>List cases, with every filter of the API (5.11.9).</source>
        <translation>Listar casos, com todos os filtros da API (5.11.9).</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters); at most 3.</source>
        <translation>Uma palavra-chave da descrição (no máximo 64 caracteres); no máximo 3.</translation>
    </message>
    <message>
        <source>A label id; at most 5.</source>
        <translation>Um ID de rótulo; no máximo 5.</translation>
    </message>
    <message>
        <source>Matches the case id or the description (at most 64 characters).</source>
        <translation>Corresponde ao ID do caso ou à descrição (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>O ID do caso (no máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>Created at or after this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Criado a partir desta data e hora (inclusive), yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>Created at or before this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Criado até esta data e hora (inclusive), yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>The status: 0, 1, 2, 3, 4, 12 or 17.</source>
        <translation>O status: 0, 1, 2, 3, 4, 12 ou 17.</translation>
    </message>
    <message>
        <source>A list of statuses, sent as given.</source>
        <translation>Uma lista de status, enviada exatamente como informada.</translation>
    </message>
    <message>
        <source>The cases of this sub-user id (at most 64 characters).</source>
        <translation>Os casos do subusuário com este ID (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The cases of this sub-user name (at most 64 characters).</source>
        <translation>Os casos do subusuário com este nome (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>O grupo do IAM, para os casos dos demais membros dele (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Skip this many cases (0-65535, default 0).</source>
        <translation>Pular esta quantidade de casos (0-65535, padrão 0).</translation>
    </message>
    <message>
        <source>At most this many cases (0-100, default 10).</source>
        <translation>No máximo esta quantidade de casos (0-100, padrão 10).</translation>
    </message>
    <message>
        <source>The product category id (at most 64 characters).</source>
        <translation>O ID da categoria de produto (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The problem type id (at most 32 characters).</source>
        <translation>O ID do tipo de problema (no máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>O ID do subtipo de caso (no máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The root cause (at most 32 characters).</source>
        <translation>A causa raiz (no máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The service type of the case.</source>
        <translation>O tipo de serviço do caso.</translation>
    </message>
    <message>
        <source>Show one case with all its details (5.11.4).</source>
        <translation>Mostrar um caso com todos os detalhes (5.11.4).</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>O ID do caso (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The IAM group, for a case of another member (at most 64 characters).</source>
        <translation>O grupo do IAM, para um caso de outro membro (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Count the cases by status (5.11.3).</source>
        <translation>Contar os casos por status (5.11.3).</translation>
    </message>
    <message>
        <source>Only this status: 0-4 or 13.</source>
        <translation>Somente este status: 0-4 ou 13.</translation>
    </message>
    <message>
        <source>Show the status of a case (5.11.7).</source>
        <translation>Mostrar o status de um caso (5.11.7).</translation>
    </message>
    <message>
        <source>List what was done on a case (5.11.5).</source>
        <translation>Listar o que foi feito em um caso (5.11.5).</translation>
    </message>
    <message>
        <source>Skip this many entries (0-65535).</source>
        <translation>Pular esta quantidade de entradas (0-65535).</translation>
    </message>
    <message>
        <source>At most this many entries (1-100).</source>
        <translation>No máximo esta quantidade de entradas (1-100).</translation>
    </message>
    <message>
        <source>Show the CC e-mails used most recently (5.11.6).</source>
        <translation>Mostrar os e-mails em cópia (CC) usados mais recentemente (5.11.6).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Cli</name>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Use this account profile of OSM Desk (its name or id); by default the active one.</source>
        <translation>Usar este perfil de conta do OSM Desk (nome ou ID); por padrão, o ativo.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Send to this OSM endpoint, with the credentials from the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID, looked up when missing, and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>Enviar para este endpoint do OSM, com as credenciais do ambiente: OSM_AK e OSM_SK (opcionalmente OSM_DOMAIN_ID, consultado se estiver ausente, e OSM_SECURITY_TOKEN), ou OSM_IAM_DOMAIN, OSM_IAM_USER e OSM_PASSWORD.</translation>
    </message>
    <message>
        <source>The IAM endpoint that goes with --endpoint; by default its site&apos;s, or --endpoint itself.</source>
        <translation>O endpoint do IAM que acompanha --endpoint; por padrão, o do site dele ou o próprio --endpoint.</translation>
    </message>
    <message>
        <source>Print the result as JSON, with the API&apos;s field names.</source>
        <translation>Exibir o resultado como JSON, com os nomes de campo da API.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de) instead of LANGUAGE or LANG.</source>
        <translation>Usar o idioma &lt;código&gt; (por exemplo zh_CN, ja, de) em vez de LANGUAGE ou LANG.</translation>
    </message>
    <message>
        <source>Log each request on stderr (method, path, status, request id; never credentials).</source>
        <translation>Registrar cada solicitação no stderr (método, caminho, status, ID da solicitação; nunca as credenciais).</translation>
    </message>
    <message>
        <source>Show the help of osmctl, of a group or of a command.</source>
        <translation>Mostrar a ajuda do osmctl, de um grupo ou de um comando.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2 %3&quot;.</source>
        <translation>Opção desconhecida --%1 para &quot;%2 %3&quot;.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Opção desconhecida --%1.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>A opção --%1 não aceita valor.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>A opção --%1 precisa de um valor.</translation>
    </message>
    <message>
        <source>The option --%1 may be given only once.</source>
        <translation>A opção --%1 só pode ser informada uma vez.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opção desconhecida %1.</translation>
    </message>
    <message>
        <source>Unknown command group &quot;%1&quot;.</source>
        <translation>Grupo de comandos desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no command &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; não tem o comando &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: values are given with options.</source>
        <translation>Argumento inesperado &quot;%1&quot;: os valores são informados com opções.</translation>
    </message>
    <message>
        <source>Choose a command of &quot;%1&quot;.</source>
        <translation>Escolha um comando de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 (option --%2)</source>
        <extracomment>%1 is a sentence saying what is wrong, %2 an option such as --limit</extracomment>
        <translation>%1 (opção --%2)</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 %2 --help&quot; for its options.</source>
        <translation>Execute &quot;osmctl %1 %2 --help&quot; para ver as opções.</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 --help&quot; for its commands.</source>
        <translation>Execute &quot;osmctl %1 --help&quot; para ver os comandos.</translation>
    </message>
    <message>
        <source>Run &quot;osmctl --help&quot; for the command groups.</source>
        <translation>Execute &quot;osmctl --help&quot; para ver os grupos de comandos.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obrigatória.</translation>
    </message>
    <message>
        <source>Repeat the option for several values.</source>
        <translation>Repita a opção para informar vários valores.</translation>
    </message>
    <message>
        <source>Usage: osmctl [global options] &lt;group&gt; &lt;command&gt; [options]</source>
        <translation>Uso: osmctl [opções globais] &lt;grupo&gt; &lt;comando&gt; [opções]</translation>
    </message>
    <message>
        <source>Work with Huawei Cloud support cases through the OSM API, with the accounts of OSM Desk.</source>
        <translation>Trabalhe com os casos de suporte da Huawei Cloud pela API OSM, com as contas do OSM Desk.</translation>
    </message>
    <message>
        <source>Command groups:</source>
        <translation>Grupos de comandos:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opções globais:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de saída:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>sucesso</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, invalid value, refused before sending</source>
        <translation>erro de uso: comando ou opção desconhecidos, valor inválido, recusado antes do envio</translation>
    </message>
    <message>
        <source>the API answered with an error (its error_code and request id are printed)</source>
        <translation>a API respondeu com um erro (o error_code e o ID da solicitação são exibidos)</translation>
    </message>
    <message>
        <source>network, TLS or timeout: no answer</source>
        <translation>rede, TLS ou tempo limite esgotado: sem resposta</translation>
    </message>
    <message>
        <source>authentication: credentials missing or rejected</source>
        <translation>autenticação: credenciais ausentes ou recusadas</translation>
    </message>
    <message>
        <source>Run &quot;osmctl &lt;group&gt; --help&quot; for a group&apos;s commands.</source>
        <translation>Execute &quot;osmctl &lt;grupo&gt; --help&quot; para ver os comandos de um grupo.</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 &lt;command&gt; [options]</source>
        <translation>Uso: osmctl %1 &lt;comando&gt; [opções]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>Execute &quot;osmctl %1 &lt;comando&gt; --help&quot; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 %2 [options]</source>
        <translation>Uso: osmctl %1 %2 [opções]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Idioma desconhecido &quot;%1&quot;; disponíveis: %2.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::ConfigCommands</name>
    <message>
        <source>What a new case is built from: categories, problem types, templates, severities, regions, limits.</source>
        <translation>Os dados usados para criar um caso novo: categorias, tipos de problema, modelos, gravidades, regiões, limites.</translation>
    </message>
    <message>
        <source>List the telephone country codes (5.8.1).</source>
        <translation>Listar os códigos telefônicos dos países (5.8.1).</translation>
    </message>
    <message>
        <source>List the problem types (5.8.2).</source>
        <translation>Listar os tipos de problema (5.8.2).</translation>
    </message>
    <message>
        <source>Only those of this product category (1-64 characters).</source>
        <translation>Somente os desta categoria de produto (1-64 caracteres).</translation>
    </message>
    <message>
        <source>Only those of this case sub-type (at most 32 characters).</source>
        <translation>Somente os deste subtipo de caso (no máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>List the additional parameters a problem type asks for (5.8.3).</source>
        <translation>Listar os parâmetros adicionais que um tipo de problema solicita (5.8.3).</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>O ID do tipo de problema (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The case sub-type id (1-32 characters).</source>
        <translation>O ID do subtipo de caso (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>O ID da categoria de produto (1-64 caracteres).</translation>
    </message>
    <message>
        <source>List the description templates of a problem type (5.8.4).</source>
        <translation>Listar os modelos de descrição de um tipo de problema (5.8.4).</translation>
    </message>
    <message>
        <source>List the case categories and sub-types (5.8.5).</source>
        <translation>Listar as categorias e os subtipos de caso (5.8.5).</translation>
    </message>
    <message>
        <source>List the product categories (5.8.6).</source>
        <translation>Listar as categorias de produto (5.8.6).</translation>
    </message>
    <message>
        <source>Only categories with this name (at most 64 characters).</source>
        <translation>Somente as categorias com este nome (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>true: the exact name; false: names containing it (the server&apos;s default).</source>
        <translation>true: o nome exato; false: os nomes que o contêm (o padrão do servidor).</translation>
    </message>
    <message>
        <source>Only categories with this acronym (at most 64 characters).</source>
        <translation>Somente as categorias com esta sigla (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>List the regions (5.8.7).</source>
        <translation>Listar as regiões (5.8.7).</translation>
    </message>
    <message>
        <source>List the satisfaction scales of the case rating (5.8.8).</source>
        <translation>Listar as escalas de satisfação da avaliação de casos (5.8.8).</translation>
    </message>
    <message>
        <source>List the severities of a product category and problem type (5.8.9).</source>
        <translation>Listar as gravidades de uma categoria de produto e um tipo de problema (5.8.9).</translation>
    </message>
    <message>
        <source>Show the account&apos;s case limits (5.8.10).</source>
        <translation>Mostrar os limites de casos da conta (5.8.10).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Connection</name>
    <message>
        <source>--endpoint needs credentials in the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>--endpoint precisa de credenciais no ambiente: OSM_AK e OSM_SK (opcionalmente OSM_DOMAIN_ID e OSM_SECURITY_TOKEN), ou OSM_IAM_DOMAIN, OSM_IAM_USER e OSM_PASSWORD.</translation>
    </message>
    <message>
        <source>No account profile is set up. Add one in OSM Desk, or use --endpoint with credentials in the environment (see --help).</source>
        <translation>Nenhum perfil de conta está configurado. Adicione um no OSM Desk ou use --endpoint com credenciais no ambiente (consulte --help).</translation>
    </message>
    <message>
        <source>Several account profiles are called &quot;%1&quot;; give the profile&apos;s id instead.</source>
        <translation>Há vários perfis de conta chamados &quot;%1&quot;; informe o ID do perfil.</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>Não existe o perfil de conta &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CustomersCommands</name>
    <message>
        <source>The account&apos;s IAM users (sub-customers), contacts anonymised.</source>
        <translation>Os usuários do IAM da conta (subclientes), com os dados de contato anonimizados.</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM users (5.11.10).</source>
        <translation>Listar os usuários do IAM da conta (5.11.10).</translation>
    </message>
    <message>
        <source>Only users with this name (at most 64 characters).</source>
        <translation>Somente os usuários com este nome (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Only the user with this id (at most 64 characters).</source>
        <translation>Somente o usuário com este ID (no máximo 64 caracteres).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::LabelsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>O ID do caso (1-32 caracteres).</translation>
    </message>
    <message>
        <source>A label id (0 or more); 1-5 labels.</source>
        <translation>Um ID de rótulo (0 ou maior); 1-5 rótulos.</translation>
    </message>
    <message>
        <source>The account&apos;s case labels (at most 30) and the labels of a case (at most 5).</source>
        <translation>Os rótulos de casos da conta (no máximo 30) e os rótulos de um caso (no máximo 5).</translation>
    </message>
    <message>
        <source>List the account&apos;s labels (5.9.2).</source>
        <translation>Listar os rótulos da conta (5.9.2).</translation>
    </message>
    <message>
        <source>Skip this many labels (0-2147483647, default 0).</source>
        <translation>Pular esta quantidade de rótulos (0-2147483647, padrão 0).</translation>
    </message>
    <message>
        <source>At most this many labels (0-100, default 10).</source>
        <translation>No máximo esta quantidade de rótulos (0-100, padrão 10).</translation>
    </message>
    <message>
        <source>Labels whose name contains this (at most 64 characters).</source>
        <translation>Rótulos cujo nome contenha este texto (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Only the label with this id (0-2147483647).</source>
        <translation>Somente o rótulo com este ID (0-2147483647).</translation>
    </message>
    <message>
        <source>Create a label (5.9.1).</source>
        <translation>Criar um rótulo (5.9.1).</translation>
    </message>
    <message>
        <source>The label&apos;s name (1-64 characters, unique).</source>
        <translation>O nome do rótulo (1-64 caracteres, único).</translation>
    </message>
    <message>
        <source>The label&apos;s colour, #RRGGBB.</source>
        <translation>A cor do rótulo, #RRGGBB.</translation>
    </message>
    <message>
        <source>The label was created.</source>
        <translation>O rótulo foi criado.</translation>
    </message>
    <message>
        <source>Rename or recolour a label (5.9.4).</source>
        <translation>Renomear um rótulo ou mudar a cor dele (5.9.4).</translation>
    </message>
    <message>
        <source>The label&apos;s id.</source>
        <translation>O ID do rótulo.</translation>
    </message>
    <message>
        <source>The new name (1-64 characters).</source>
        <translation>O novo nome (1-64 caracteres).</translation>
    </message>
    <message>
        <source>The new colour, #RRGGBB.</source>
        <translation>A nova cor, #RRGGBB.</translation>
    </message>
    <message>
        <source>The label was updated.</source>
        <translation>O rótulo foi atualizado.</translation>
    </message>
    <message>
        <source>Delete a label; it is removed from every case (5.9.3).</source>
        <translation>Excluir um rótulo; ele é removido de todos os casos (5.9.3).</translation>
    </message>
    <message>
        <source>The label was deleted.</source>
        <translation>O rótulo foi excluído.</translation>
    </message>
    <message>
        <source>List the labels of a case (5.9.5).</source>
        <translation>Listar os rótulos de um caso (5.9.5).</translation>
    </message>
    <message>
        <source>Add labels to a case (5.9.6).</source>
        <translation>Adicionar rótulos a um caso (5.9.6).</translation>
    </message>
    <message>
        <source>The labels were added to the case.</source>
        <translation>Os rótulos foram adicionados ao caso.</translation>
    </message>
    <message>
        <source>Remove labels from a case (5.9.7).</source>
        <translation>Remover rótulos de um caso (5.9.7).</translation>
    </message>
    <message>
        <source>The labels were removed from the case.</source>
        <translation>Os rótulos foram removidos do caso.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::MessagesCommands</name>
    <message>
        <source>false: keep the rich-text markup of the messages (default true: plain text).</source>
        <translation>false: manter a marcação de texto formatado das mensagens (padrão true: texto simples).</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>O grupo do IAM, para os casos dos demais membros dele (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>A case id; 1-100 cases.</source>
        <translation>Um ID de caso; 1-100 casos.</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>O ID do caso (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The messages of cases: list, send, withdraw, mark read, unread counts, instant-message poll.</source>
        <translation>As mensagens dos casos: listar, enviar, retirar, marcar como lidas, contagem de não lidas, consulta de mensagens instantâneas.</translation>
    </message>
    <message>
        <source>List the messages of a case (5.10.5).</source>
        <translation>Listar as mensagens de um caso (5.10.5).</translation>
    </message>
    <message>
        <source>Skip this many messages (0-65535).</source>
        <translation>Pular esta quantidade de mensagens (0-65535).</translation>
    </message>
    <message>
        <source>At most this many messages (0-100).</source>
        <translation>No máximo esta quantidade de mensagens (0-100).</translation>
    </message>
    <message>
        <source>Count the unread messages of cases (5.10.2).</source>
        <translation>Contar as mensagens não lidas dos casos (5.10.2).</translation>
    </message>
    <message>
        <source>New messages and status changes of cases since a cursor (5.10.7).</source>
        <translation>Novas mensagens e mudanças de status dos casos desde um cursor (5.10.7).</translation>
    </message>
    <message>
        <source>The cursor the previous poll returned (last_message_time_id).</source>
        <translation>O cursor retornado pela consulta anterior (last_message_time_id).</translation>
    </message>
    <message>
        <source>List the messages before the oldest one loaded so far (5.10.6).</source>
        <translation>Listar as mensagens anteriores à mais antiga carregada até agora (5.10.6).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>data-hora</translation>
    </message>
    <message>
        <source>The create_time of the oldest message loaded: epoch milliseconds or an ISO 8601 time.</source>
        <translation>O create_time da mensagem carregada mais antiga: milissegundos desde a época Unix ou um horário ISO 8601.</translation>
    </message>
    <message>
        <source>--create-time expects epoch milliseconds or an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>--create-time espera milissegundos desde a época Unix ou um horário ISO 8601, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The type of that message: 0 customer, 1 customer service (default 0).</source>
        <translation>O tipo dessa mensagem: 0 cliente, 1 atendimento ao cliente (padrão 0).</translation>
    </message>
    <message>
        <source>At most this many messages (1-100, default 10).</source>
        <translation>No máximo esta quantidade de mensagens (1-100, padrão 10).</translation>
    </message>
    <message>
        <source>Send a message on a case (5.10.3).</source>
        <translation>Enviar uma mensagem em um caso (5.10.3).</translation>
    </message>
    <message>
        <source>The message (at most 10000 characters).</source>
        <translation>A mensagem (no máximo 10000 caracteres).</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); at most 10.</source>
        <translation>O ID de um anexo já enviado (1-32 caracteres); no máximo 10.</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>A mensagem foi enviada.</translation>
    </message>
    <message>
        <source>Withdraw a message you sent (5.10.4).</source>
        <translation>Retirar uma mensagem que você enviou (5.10.4).</translation>
    </message>
    <message>
        <source>The message&apos;s id.</source>
        <translation>O ID da mensagem.</translation>
    </message>
    <message>
        <source>The message was withdrawn.</source>
        <translation>A mensagem foi retirada.</translation>
    </message>
    <message>
        <source>Mark the messages of a case read (5.10.1).</source>
        <translation>Marcar como lidas as mensagens de um caso (5.10.1).</translation>
    </message>
    <message>
        <source>The messages were marked read.</source>
        <translation>As mensagens foram marcadas como lidas.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::OptionValue</name>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name such as --offset, %2 the value given</extracomment>
        <translation>--%1 espera um número inteiro, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 expects true or false, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name, %2 the value given; &quot;true&quot; and &quot;false&quot; are typed as they are</extracomment>
        <translation>--%1 espera true ou false, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>A opção --%1 é obrigatória.</translation>
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
        <translation>Parceiros: se você pode processar casos e o horário de atendimento de um parceiro.</translation>
    </message>
    <message>
        <source>Show whether the caller, as a partner, may process cases (5.11.2).</source>
        <translation>Mostrar se quem faz a chamada, como parceiro, pode processar casos (5.11.2).</translation>
    </message>
    <message>
        <source>Show the service hours of the partner of a product or case (5.11.8).</source>
        <translation>Mostrar o horário de atendimento do parceiro de um produto ou caso (5.11.8).</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>O ID do subtipo de caso (no máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The ISV product id (at most 64 characters).</source>
        <translation>O ID do produto do ISV (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>O ID do caso (no máximo 32 caracteres).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::QuotasCommands</name>
    <message>
        <source>How many cases of a problem type may still be created.</source>
        <translation>Quantos casos de um tipo de problema ainda podem ser criados.</translation>
    </message>
    <message>
        <source>Show the case quota of a product category and problem type (5.7.1).</source>
        <translation>Mostrar a cota de casos de uma categoria de produto e um tipo de problema (5.7.1).</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>O ID da categoria de produto (1-64 caracteres).</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>O ID do tipo de problema (1-32 caracteres).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::RelationsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>O ID do caso (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The IAM group id (1-64 characters).</source>
        <translation>O ID do grupo do IAM (1-64 caracteres).</translation>
    </message>
    <message>
        <source>Related cases: a case is related to at most 3 others.</source>
        <translation>Casos relacionados: um caso pode ser relacionado a no máximo 3 outros.</translation>
    </message>
    <message>
        <source>List the cases related to a case (5.12.3).</source>
        <translation>Listar os casos relacionados a um caso (5.12.3).</translation>
    </message>
    <message>
        <source>Relate cases to a case (5.12.1).</source>
        <translation>Relacionar casos a um caso (5.12.1).</translation>
    </message>
    <message>
        <source>A case to relate (1-64 characters, not --case-id); 1-3 cases.</source>
        <translation>Um caso a relacionar (1-64 caracteres, diferente de --case-id); 1-3 casos.</translation>
    </message>
    <message>
        <source>The cases were related.</source>
        <translation>Os casos foram relacionados.</translation>
    </message>
    <message>
        <source>Remove the relation between two cases (5.12.2).</source>
        <translation>Remover a relação entre dois casos (5.12.2).</translation>
    </message>
    <message>
        <source>The related case (1-64 characters, not --case-id).</source>
        <translation>O caso relacionado (1-64 caracteres, diferente de --case-id).</translation>
    </message>
    <message>
        <source>The relation was removed.</source>
        <translation>A relação foi removida.</translation>
    </message>
</context>
<context>
    <name>osm::ui::AboutDialog</name>
    <message>
        <source>OSM Desk %1
Qt %2 (built with %3)
QtKeychain %4</source>
        <translation>OSM Desk %1
Qt %2 (compilado com %3)
QtKeychain %4</translation>
    </message>
    <message>
        <source>About OSM Desk</source>
        <translation>Sobre o OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>A desktop client for Huawei Cloud support cases through the OSM API.

OSM Desk is free software under the MIT licence. It uses Qt, under the GNU LGPL version 3, and QtKeychain, under the BSD 3-clause licence; the licence texts are installed with those libraries (on Debian in /usr/share/doc/&lt;package&gt;/copyright).</source>
        <translation>Um cliente desktop para os casos de suporte da Huawei Cloud pela API OSM.

O OSM Desk é software livre sob a licença MIT. Ele usa o Qt, sob a GNU LGPL versão 3, e o QtKeychain, sob a licença BSD de 3 cláusulas; os textos das licenças são instalados com essas bibliotecas (no Debian, em /usr/share/doc/&lt;pacote&gt;/copyright).</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nome do aplicativo</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilter</name>
    <message>
        <source>created %1 to %2</source>
        <translation>criado de %1 a %2</translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>criado a partir de %1</translation>
    </message>
    <message>
        <source>created until %1</source>
        <translation>criado até %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <source>submitter: %1</source>
        <translation>solicitante: %1</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>rótulo: %1</translation>
    </message>
    <message>
        <source>case ID: %1</source>
        <translation>ID do caso: %1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>descrição: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilterBar</name>
    <message>
        <source>Created &amp;from</source>
        <translation>Criado &amp;de</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;até</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Limpar filtros</translation>
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
        <translation>Palavras-chave da descrição</translation>
    </message>
    <message>
        <source>Search descriptions (up to three words)</source>
        <translation>Pesquisar nas descrições (até três palavras)</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ID do caso</translation>
    </message>
    <message>
        <source>Submitter ID</source>
        <translation>ID do solicitante</translation>
    </message>
    <message>
        <source>Sub-user ID</source>
        <translation>ID do subusuário</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Filtro de rótulo</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Criado a partir de</translation>
    </message>
    <message>
        <source>Created from date</source>
        <translation>Data inicial de criação</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Criado até</translation>
    </message>
    <message>
        <source>Created until date</source>
        <translation>Data final de criação</translation>
    </message>
    <message>
        <source>Show every case again (%1)</source>
        <translation>Mostrar todos os casos novamente (%1)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>Filtro atual</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Qualquer rótulo</translation>
    </message>
    <message>
        <source>The selected view already lists one status.</source>
        <translation>A visualização selecionada já lista um único status.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n words of up to 64 characters each.</source>
        <translation>
            <numerusform>No máximo %n palavra de até 64 caracteres.</numerusform>
            <numerusform>No máximo %n palavras de até 64 caracteres cada.</numerusform>
        </translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>Sem filtros</translation>
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
        <translation>ID do caso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Tipo de problema</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Não lidas</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseViewsModel</name>
    <message>
        <source>My cases</source>
        <translation>Meus casos</translation>
    </message>
    <message>
        <source>Group cases</source>
        <translation>Casos do grupo</translation>
    </message>
    <message>
        <source>%1: choose the IAM group whose cases to list</source>
        <translation>%1: escolha o grupo do IAM cujos casos você quer ver</translation>
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
            <numerusform>%1, %n mensagem não lida</numerusform>
            <numerusform>%1, %n mensagens não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseWindow</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
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
        <translation>Status da conversa</translation>
    </message>
    <message>
        <source>Reload messages</source>
        <translation>Recarregar mensagens</translation>
    </message>
    <message>
        <source>Messages and reply</source>
        <translation>Mensagens e resposta</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Carregando mensagens…</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>Não foi possível carregar as mensagens: %1</translation>
    </message>
    <message>
        <source>New messages cannot be checked right now. %1</source>
        <translation>No momento, não é possível verificar se há mensagens novas. %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sem conexão.</translation>
    </message>
    <message>
        <source>The message could not be withdrawn: %1</source>
        <translation>Não foi possível retirar a mensagem: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ComposeBox</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>&amp;Anexar arquivos…</translation>
    </message>
    <message>
        <source>Re&amp;move File</source>
        <translation>Re&amp;mover arquivo</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Compose message</source>
        <translation>Escrever mensagem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Erro de envio</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Tentar enviar novamente</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send.</source>
        <translation>Pressione Ctrl+Enter para enviar.</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Escreva uma resposta… (Ctrl+Enter para enviar)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Arquivos anexados</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Remove the selected attached file</source>
        <translation>Remover o arquivo anexado selecionado</translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation>Caracteres restantes</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
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
        <translation>A mensagem não foi enviada: %1</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Anexar arquivos</translation>
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
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Carregando casos…</translation>
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
        <translation>&amp;Conta…</translation>
    </message>
    <message>
        <source>Edit this account&apos;s name, endpoint and credentials</source>
        <translation>Editar o nome, o endpoint e as credenciais desta conta</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Forget this account&apos;s stored secret and sign in again</source>
        <translation>Esquecer o segredo armazenado desta conta e entrar novamente</translation>
    </message>
    <message>
        <source>Read the case list and the counts again (%1)</source>
        <translation>Recarregar a lista de casos e as contagens (%1)</translation>
    </message>
    <message>
        <source>Group Cases</source>
        <translation>Casos do grupo</translation>
    </message>
    <message>
        <source>ID of the IAM group whose cases to list:</source>
        <translation>ID do grupo do IAM cujos casos serão listados:</translation>
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
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Automated answer</source>
        <translation>Resposta automática</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Informações solicitadas</translation>
    </message>
    <message>
        <source>Authorization requested</source>
        <translation>Autorização solicitada</translation>
    </message>
    <message>
        <source>Open authorization</source>
        <translation>Abrir autorização</translation>
    </message>
    <message>
        <source>Provide parameters</source>
        <translation>Informar parâmetros</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadModel</name>
    <message>
        <source>This message was withdrawn.</source>
        <translation>Esta mensagem foi retirada.</translation>
    </message>
    <message>
        <source>Support: %1, %2: %3</source>
        <translation>Suporte: %1, %2: %3</translation>
    </message>
    <message>
        <source>Customer: %1, %2: %3</source>
        <translation>Cliente: %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n anexo.</numerusform>
            <numerusform>%n anexos.</numerusform>
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
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>The conversation of this case, oldest first.</source>
        <translation>A conversa deste caso, com as mensagens mais antigas primeiro.</translation>
    </message>
    <message>
        <source>Withdraw Message</source>
        <translation>Retirar mensagem</translation>
    </message>
    <message>
        <source>Withdraw this message? Support will no longer see its text.</source>
        <translation>Retirar esta mensagem? O suporte não poderá mais ver o texto dela.</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Ações da mensagem</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>&amp;Withdraw Message…</source>
        <translation>&amp;Retirar mensagem…</translation>
    </message>
</context>
<context>
    <name>osm::ui::ProfileDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>Editar conta</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Aviso do chaveiro</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome da conta</translation>
    </message>
    <message>
        <source>e.g. Production account</source>
        <extracomment>Placeholder of the account name field</extracomment>
        <translation>ex.: Conta de produção</translation>
    </message>
    <message>
        <source>Account name problem</source>
        <translation>Problema no nome da conta</translation>
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
        <translation>Endpoint personalizado…</translation>
    </message>
    <message>
        <source>Site addresses</source>
        <translation>Endereços do site</translation>
    </message>
    <message>
        <source>&amp;OSM URL:</source>
        <translation>URL do &amp;OSM:</translation>
    </message>
    <message>
        <source>OSM URL</source>
        <translation>URL do OSM</translation>
    </message>
    <message>
        <source>https://osm.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://osm.example.com ou http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>OSM URL problem</source>
        <translation>Problema na URL do OSM</translation>
    </message>
    <message>
        <source>&amp;IAM URL:</source>
        <translation>URL do &amp;IAM:</translation>
    </message>
    <message>
        <source>IAM URL</source>
        <translation>URL do IAM</translation>
    </message>
    <message>
        <source>https://iam.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://iam.example.com ou http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>IAM URL problem</source>
        <translation>Problema na URL do IAM</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>&amp;Método de entrada:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de entrada</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>Chave de acesso (AK/SK)</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>Usuário do IAM e senha</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>Dados de entrada</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>Chave de &amp;acesso (AK):</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Chave de acesso</translation>
    </message>
    <message>
        <source>Access key problem</source>
        <translation>Problema na chave de acesso</translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation>Chave s&amp;ecreta (SK):</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Chave secreta</translation>
    </message>
    <message>
        <source>Secret key problem</source>
        <translation>Problema na chave secreta</translation>
    </message>
    <message>
        <source>&amp;Domain ID:</source>
        <translation>ID do &amp;domínio:</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>ID do domínio</translation>
    </message>
    <message>
        <source>Looked up automatically when empty</source>
        <translation>Consultado automaticamente se ficar vazio</translation>
    </message>
    <message>
        <source>&amp;Temporary key (with a security token)</source>
        <translation>Chave &amp;temporária (com token de segurança)</translation>
    </message>
    <message>
        <source>Temporary key</source>
        <translation>Chave temporária</translation>
    </message>
    <message>
        <source>Security to&amp;ken:</source>
        <translation>To&amp;ken de segurança:</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>Token de segurança</translation>
    </message>
    <message>
        <source>Security token problem</source>
        <translation>Problema no token de segurança</translation>
    </message>
    <message>
        <source>A&amp;ccount name:</source>
        <extracomment>The Huawei Cloud account that the IAM user belongs to</extracomment>
        <translation>Nome da &amp;conta:</translation>
    </message>
    <message>
        <source>Account (domain) name</source>
        <translation>Nome da conta (domínio)</translation>
    </message>
    <message>
        <source>The Huawei Cloud account (domain) that the IAM user belongs to</source>
        <translation>A conta da Huawei Cloud (domínio) à qual o usuário do IAM pertence</translation>
    </message>
    <message>
        <source>IAM &amp;user name:</source>
        <translation>Nome de &amp;usuário do IAM:</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>Nome de usuário do IAM</translation>
    </message>
    <message>
        <source>IAM user name problem</source>
        <translation>Problema no nome de usuário do IAM</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Problema na senha</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>ID do pro&amp;jeto:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID do projeto</translation>
    </message>
    <message>
        <source>Optional; the account is the scope when empty</source>
        <translation>Opcional; se ficar vazio, o escopo é a conta</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvando</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Secret</source>
        <translation>Es&amp;quecer segredo armazenado</translation>
    </message>
    <message>
        <source>Forget stored secret</source>
        <translation>Esquecer segredo armazenado</translation>
    </message>
    <message>
        <source>Remove this account&apos;s secret from the keychain; you will have to enter it again</source>
        <translation>Remover o segredo desta conta do chaveiro; você terá de digitá-lo novamente</translation>
    </message>
    <message>
        <source>OSM %1 · IAM %2</source>
        <extracomment>%1 and %2 are the OSM and IAM addresses of the chosen site</extracomment>
        <translation>OSM %1 · IAM %2</translation>
    </message>
    <message>
        <source>No secret is stored; enter it</source>
        <translation>Nenhum segredo armazenado; digite-o</translation>
    </message>
    <message>
        <source>Unchanged; type to replace</source>
        <translation>Inalterado; digite para substituir</translation>
    </message>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Digite um nome para esta conta.</translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;.</source>
        <extracomment>%1 is an account name</extracomment>
        <translation>Já existe outra conta chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>Digite o endereço.</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>Digite a chave de acesso (AK).</translation>
    </message>
    <message>
        <source>An access key has no spaces.</source>
        <translation>Uma chave de acesso não contém espaços.</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>Digite a chave secreta (SK).</translation>
    </message>
    <message>
        <source>A temporary key needs its security token.</source>
        <translation>Uma chave temporária precisa do seu token de segurança.</translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation>Digite o nome da conta (domínio).</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>Digite o nome de usuário do IAM.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Digite a senha.</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>Salvando o segredo no chaveiro…</translation>
    </message>
    <message>
        <source>The secret will be forgotten when OSM Desk quits: it could not be stored in the keychain, so it is kept in memory for this session only. You will have to enter it again next time.
%1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>O segredo será esquecido quando o OSM Desk for fechado: não foi possível armazená-lo no chaveiro, então ele fica na memória apenas nesta sessão. Você terá de digitá-lo novamente da próxima vez.
%1</translation>
    </message>
    <message>
        <source>The secret could not be saved, so the account was not saved either. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>Não foi possível salvar o segredo, então a conta também não foi salva. %1</translation>
    </message>
    <message>
        <source>Removing the secret from the keychain…</source>
        <translation>Removendo o segredo do chaveiro…</translation>
    </message>
    <message>
        <source>The secret could not be removed. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>Não foi possível remover o segredo. %1</translation>
    </message>
    <message>
        <source>The stored secret was removed. Enter it again to sign in with this account.</source>
        <translation>O segredo armazenado foi removido. Digite-o novamente para entrar com esta conta.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sal&amp;var</translation>
    </message>
</context>
<context>
    <name>osm::ui::RichTextSanitizer</name>
    <message>
        <source>This message is too long to show in full; the rest was left out.</source>
        <translation>Esta mensagem é longa demais para ser exibida por completo; o restante foi omitido.</translation>
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
        <translation>Visualizações</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>Escolher &amp;grupo do IAM…</translation>
    </message>
</context>
</TS>
