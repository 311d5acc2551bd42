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
    <name>osm::CaseWriteSender</name>
    <message>
        <source>This queued change cannot be read. Discard it and make it again.</source>
        <translation>Não é possível ler esta alteração na fila. Descarte-a e faça-a novamente.</translation>
    </message>
</context>
<context>
    <name>osm::CreateCaseSender</name>
    <message>
        <source>A staged file of this case is missing.</source>
        <translation>Um arquivo preparado para este caso não foi encontrado.</translation>
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
    <message>
        <source>The connection was lost while the server was answering. Check whether the change was made before you try again.</source>
        <translation>A conexão caiu enquanto o servidor respondia. Verifique se a alteração foi feita antes de tentar novamente.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to be read safely and was refused.</source>
        <translation>A resposta do servidor era grande demais para ser lida com segurança e foi recusada.</translation>
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
    <name>osm::MessageSender</name>
    <message>
        <source>A staged file of this message is missing.</source>
        <translation>Um arquivo preparado para esta mensagem não foi encontrado.</translation>
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
    <name>osm::app::DemoMenu</name>
    <message>
        <source>The simulator cannot listen on port %1 again: another program took it.</source>
        <translation>O simulador não pode voltar a escutar na porta %1: outro programa a ocupou.</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <extracomment>The menu of osmdesk --demo, which runs against the built-in simulator</extracomment>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>S&amp;top Simulator</source>
        <translation>&amp;Parar simulador</translation>
    </message>
    <message>
        <source>Take the built-in simulator away, as if the server could not be reached: OSM Desk works from what it saved and keeps your replies until the simulator is back</source>
        <translation>Retirar o simulador integrado, como se o servidor não pudesse ser acessado: o OSM Desk funciona com o que salvou e guarda suas respostas até o simulador voltar</translation>
    </message>
    <message>
        <source>&amp;Start Simulator</source>
        <translation>&amp;Iniciar simulador</translation>
    </message>
    <message>
        <source>Bring the built-in simulator back, with the same data</source>
        <translation>Trazer de volta o simulador integrado, com os mesmos dados</translation>
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
    <message>
        <source>The data saved on this computer for this account could not be read, so OSM Desk started a new local database. Cases and messages are read again from the server.

The old file was kept here:
%1</source>
        <translation>Não foi possível ler os dados salvos neste computador para esta conta, então o OSM Desk criou um novo banco de dados local. Os casos e as mensagens são lidos novamente do servidor.

O arquivo antigo foi mantido aqui:
%1</translation>
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
    <name>osm::ctl::AgreementsCommands</name>
    <message>
        <source>0 new case, normal user (the default); 1 new case, ISV user; 2 authorization.</source>
        <translation>0 caso novo, usuário comum (padrão); 1 caso novo, usuário ISV; 2 autorização.</translation>
    </message>
    <message>
        <source>The agreements to sign before creating a case: published, signed-latest, sign.</source>
        <translation>Os acordos a assinar antes de criar um caso: published, signed-latest, sign.</translation>
    </message>
    <message>
        <source>Show the latest published agreement of a type (5.1.1).</source>
        <translation>Mostrar o acordo publicado mais recente de um tipo (5.1.1).</translation>
    </message>
    <message>
        <source>Tell whether the account signed the latest agreement of a type (5.1.2).</source>
        <translation>Informar se a conta assinou o acordo mais recente de um tipo (5.1.2).</translation>
    </message>
    <message>
        <source>Sign a published agreement (5.1.3); prints the record id &quot;cases create&quot; takes as --agreement-signed-record-id.</source>
        <translation>Assinar um acordo publicado (5.1.3); exibe o ID do registro que &quot;cases create&quot; recebe como --agreement-signed-record-id.</translation>
    </message>
    <message>
        <source>The agreement&apos;s id, as &quot;agreements published&quot; shows it (1-2147483647).</source>
        <translation>O ID do acordo, como &quot;agreements published&quot; o exibe (1-2147483647).</translation>
    </message>
    <message>
        <source>A relation id (1-32 characters).</source>
        <translation>Um ID de relação (1-32 caracteres).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AttachmentsCommands</name>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>não é possível ler o arquivo (%1).</translation>
    </message>
    <message>
        <source>The IAM group, for an attachment of another member&apos;s case (at most 64 characters).</source>
        <translation>O grupo do IAM, para um anexo do caso de outro membro (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Save as this file (replaced if it exists).</source>
        <translation>Salvar como este arquivo (substituído se já existir).</translation>
    </message>
    <message>
        <source>Save into this folder under the server&apos;s file name, made safe and unique (default: the current folder).</source>
        <translation>Salvar nesta pasta com o nome de arquivo do servidor, tornado seguro e único (padrão: a pasta atual).</translation>
    </message>
    <message>
        <source>Attachments: upload, download, image, delete, limits, download links.</source>
        <translation>Anexos: enviar, baixar, imagem, excluir, limites, links de download.</translation>
    </message>
    <message>
        <source>Upload a file for a new case or a message (5.5.1); prints its id.</source>
        <translation>Enviar um arquivo para um caso novo ou uma mensagem (5.5.1); exibe o ID dele.</translation>
    </message>
    <message>
        <source>The local file to upload.</source>
        <translation>O arquivo local a enviar.</translation>
    </message>
    <message>
        <source>The name the server keeps (1-512 characters; default the file&apos;s own name).</source>
        <translation>O nome que o servidor mantém (1-512 caracteres; padrão: o nome do próprio arquivo).</translation>
    </message>
    <message>
        <source>incident (for a new case, the default) or message.</source>
        <translation>incident (para um caso novo, o padrão) ou message.</translation>
    </message>
    <message>
        <source>0 (the default) or 1 (markdown mode).</source>
        <translation>0 (o padrão) ou 1 (modo markdown).</translation>
    </message>
    <message>
        <source>Send the content Base64-encoded in a JSON body (5.5.2) instead of a streamed multipart upload; the file is read into memory.</source>
        <translation>Enviar o conteúdo codificado em Base64 em um corpo JSON (5.5.2) em vez de um envio multipart em fluxo; o arquivo é lido na memória.</translation>
    </message>
    <message>
        <source>Download attachments (5.5.4); several come as one archive.</source>
        <translation>Baixar anexos (5.5.4); se forem vários, eles vêm em um único arquivo compactado.</translation>
    </message>
    <message>
        <source>An attachment id (1-32 characters); 340 characters in all at most.</source>
        <translation>Um ID de anexo (1-32 caracteres); no máximo 340 caracteres no total.</translation>
    </message>
    <message>
        <source>Download an image attachment as it is displayed (5.5.5).</source>
        <translation>Baixar um anexo de imagem como ele é exibido (5.5.5).</translation>
    </message>
    <message>
        <source>The attachment id (1-32 characters).</source>
        <translation>O ID do anexo (1-32 caracteres).</translation>
    </message>
    <message>
        <source>Delete an uploaded attachment that no case or message uses yet (5.5.3).</source>
        <translation>Excluir um anexo enviado que ainda não é usado por nenhum caso ou mensagem (5.5.3).</translation>
    </message>
    <message>
        <source>The attachment was deleted.</source>
        <translation>O anexo foi excluído.</translation>
    </message>
    <message>
        <source>Show how many files, how large and of which types may be attached (5.5.6).</source>
        <translation>Mostrar quantos arquivos, de que tamanho e de quais tipos podem ser anexados (5.5.6).</translation>
    </message>
    <message>
        <source>Show temporary download links of attachments (5.2.1).</source>
        <translation>Mostrar links de download temporários de anexos (5.2.1).</translation>
    </message>
    <message>
        <source>An attachment id; 1-100.</source>
        <translation>Um ID de anexo; 1-100.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AuthorizationsCommands</name>
    <message>
        <source>The authorization&apos;s id (1-32 characters).</source>
        <translation>O ID da autorização (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The id of an item of the authorization (authorization_detail_id, a whole number ≥ 0).</source>
        <translation>O ID de um item da autorização (authorization_detail_id, um número inteiro ≥ 0).</translation>
    </message>
    <message>
        <source>The IAM group, for the authorizations of its other members (at most 64 characters).</source>
        <translation>O grupo do IAM, para as autorizações dos demais membros dele (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>false: keep the rich-text markup of the description (default true: plain text).</source>
        <translation>false: manter a marcação de texto formatado da descrição (padrão true: texto simples).</translation>
    </message>
    <message>
        <source>The bastion-host session&apos;s id (session_id, from &quot;sessions&quot;).</source>
        <translation>O ID da sessão do host bastião (session_id, de &quot;sessions&quot;).</translation>
    </message>
    <message>
        <source>0 newest first (default), 1 oldest first.</source>
        <translation>0 mais recentes primeiro (padrão), 1 mais antigos primeiro.</translation>
    </message>
    <message>
        <source>Skip this many records (-1..65535, default 0).</source>
        <translation>Pular esta quantidade de registros (-1..65535, padrão 0).</translation>
    </message>
    <message>
        <source>At most this many records (-1..100, default 10).</source>
        <translation>No máximo esta quantidade de registros (-1..100, padrão 10).</translation>
    </message>
    <message>
        <source>The host&apos;s password (1-10240 characters). A command line is visible to other local users: leave it out to take the password from the environment variable OSM_HOST_PASSWORD.</source>
        <translation>A senha do host (1-10240 caracteres). A linha de comando fica visível para outros usuários locais: omita-a para obter a senha da variável de ambiente OSM_HOST_PASSWORD.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>data-hora</translation>
    </message>
    <message>
        <source>--%1 expects epoch milliseconds or an ISO 8601 time, not &quot;%2&quot;.</source>
        <translation>--%1 espera milissegundos desde a época Unix ou um horário ISO 8601, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Agree from this time: epoch milliseconds or ISO 8601 (default now).</source>
        <translation>Aceitar a partir deste horário: milissegundos desde a época Unix ou ISO 8601 (padrão: agora).</translation>
    </message>
    <message>
        <source>Agree until this time: epoch milliseconds or ISO 8601 (default a day later).</source>
        <translation>Aceitar até este horário: milissegundos desde a época Unix ou ISO 8601 (padrão: um dia depois).</translation>
    </message>
    <message>
        <source>Access requests of support engineers: list, show, agree, reject, revoke, check hosts, bastion-host records.</source>
        <translation>Solicitações de acesso dos engenheiros de suporte: listar, mostrar, aceitar, rejeitar, revogar, verificar hosts, registros do host bastião.</translation>
    </message>
    <message>
        <source>List the authorization requests, with every filter of the API (5.6.6).</source>
        <translation>Listar as solicitações de autorização, com todos os filtros da API (5.6.6).</translation>
    </message>
    <message>
        <source>Those of this sub-user name (at most 64 characters).</source>
        <translation>As do subusuário com este nome (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Those of this case id (at most 32 characters).</source>
        <translation>As do caso com este ID (no máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The status (-1..10): 0 pending, 1 agreed, 2 rejected, 3 expired, 4 withdrawn, 5 revoked.</source>
        <translation>O status (-1..10): 0 pendente, 1 aceita, 2 rejeitada, 3 expirada, 4 retirada, 5 revogada.</translation>
    </message>
    <message>
        <source>A part of the case&apos;s description (at most 64 characters).</source>
        <translation>Uma parte da descrição do caso (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Skip this many requests (0-65535, default 0).</source>
        <translation>Pular esta quantidade de solicitações (0-65535, padrão 0).</translation>
    </message>
    <message>
        <source>At most this many requests (1-100, default 10).</source>
        <translation>No máximo esta quantidade de solicitações (1-100, padrão 10).</translation>
    </message>
    <message>
        <source>Show an authorization request with its items (5.6.4).</source>
        <translation>Mostrar uma solicitação de autorização com os itens dela (5.6.4).</translation>
    </message>
    <message>
        <source>Agree to an authorization request for a period (5.6.5).</source>
        <translation>Aceitar uma solicitação de autorização por um período (5.6.5).</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>An item and what you supply for it: auth-detail-id=&lt;number&gt;[,port=&lt;1-65535&gt;][,account=&lt;text&gt;]; at most 6. An item with an account gets the password of OSM_HOST_PASSWORD.</source>
        <translation>Um item e o que você fornece para ele: auth-detail-id=&lt;número&gt;[,port=&lt;1-65535&gt;][,account=&lt;texto&gt;]; no máximo 6. Um item com conta recebe a senha de OSM_HOST_PASSWORD.</translation>
    </message>
    <message>
        <source>--auth-detail-list expects &quot;auth-detail-id=&lt;number&gt;[,port=&lt;number&gt;][,account=&lt;text&gt;]&quot;, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; auth-detail-id, port and account are typed as they are</extracomment>
        <translation>--auth-detail-list espera &quot;auth-detail-id=&lt;número&gt;[,port=&lt;número&gt;][,account=&lt;texto&gt;]&quot;, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Agree for this agency (at most 64 characters).</source>
        <translation>Aceitar para esta agência (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The authorization was agreed.</source>
        <translation>A autorização foi aceita.</translation>
    </message>
    <message>
        <source>Reject a pending authorization request (5.6.2, action_id reject).</source>
        <translation>Rejeitar uma solicitação de autorização pendente (5.6.2, action_id reject).</translation>
    </message>
    <message>
        <source>Why (1-300 characters).</source>
        <translation>O motivo (1-300 caracteres).</translation>
    </message>
    <message>
        <source>The authorization was rejected.</source>
        <translation>A autorização foi rejeitada.</translation>
    </message>
    <message>
        <source>Revoke an agreed authorization (5.6.2, action_id cancel).</source>
        <translation>Revogar uma autorização aceita (5.6.2, action_id cancel).</translation>
    </message>
    <message>
        <source>The authorization was revoked.</source>
        <translation>A autorização foi revogada.</translation>
    </message>
    <message>
        <source>Check a host item&apos;s port, account and password (5.6.1).</source>
        <translation>Verificar a porta, a conta e a senha de um item de host (5.6.1).</translation>
    </message>
    <message>
        <source>The host&apos;s port (1-65535).</source>
        <translation>A porta do host (1-65535).</translation>
    </message>
    <message>
        <source>The host account (1-64 characters).</source>
        <translation>A conta do host (1-64 caracteres).</translation>
    </message>
    <message>
        <source>The port, account and password of the host are right.</source>
        <translation>A porta, a conta e a senha do host estão corretas.</translation>
    </message>
    <message>
        <source>Show how you signed in: ASSUMED, FEDERATION… (5.6.3).</source>
        <translation>Mostrar como você entrou: ASSUMED, FEDERATION… (5.6.3).</translation>
    </message>
    <message>
        <source>List the bastion-host sessions on an authorized item (5.6.8).</source>
        <translation>Listar as sessões do host bastião em um item autorizado (5.6.8).</translation>
    </message>
    <message>
        <source>List the commands run in a bastion-host session (5.6.7).</source>
        <translation>Listar os comandos executados em uma sessão do host bastião (5.6.7).</translation>
    </message>
    <message>
        <source>List the file transfers of a bastion-host session (5.6.9).</source>
        <translation>Listar as transferências de arquivos de uma sessão do host bastião (5.6.9).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false: manter a marcação de texto formatado nas descrições e mensagens (padrão true: texto simples).</translation>
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
    <message>
        <source>--%1 expects KEY=VALUE or KEY:=JSON, not &quot;%2&quot;.</source>
        <translation>--%1 espera KEY=VALUE ou KEY:=JSON, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1: the value of %2 is not JSON.</source>
        <translation>--%1: o valor de %2 não é JSON.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a JSON object.</source>
        <translation>--%1: &quot;%2&quot; não é um objeto JSON.</translation>
    </message>
    <message>
        <source>--%1 expects SATISFACTION_ID=VALUE (two whole numbers) or a JSON object, not &quot;%2&quot;.</source>
        <translation>--%1 espera SATISFACTION_ID=VALUE (dois números inteiros) ou um objeto JSON, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>KEY=VALUE sends the value as text, KEY:=JSON as a JSON value (a number, true, an object).</source>
        <translation>KEY=VALUE envia o valor como texto, KEY:=JSON como valor JSON (um número, true, um objeto).</translation>
    </message>
    <message>
        <source>A rating: SATISFACTION_ID=VALUE (the ids of &quot;osmctl config satisfaction-dimensions&quot;), or a JSON object with satisfaction_id, satisfaction_value and the other fields of IncidentSatisfactionV2Do; at most 100.</source>
        <translation>Uma avaliação: SATISFACTION_ID=VALUE (os IDs de &quot;osmctl config satisfaction-dimensions&quot;) ou um objeto JSON com satisfaction_id, satisfaction_value e os demais campos de IncidentSatisfactionV2Do; no máximo 100.</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs, create, act on (cancel, close, urge, delete), rate, export, contacts, additional parameters, regions.</source>
        <translation>Casos de suporte: listar, mostrar, contar, status, registros, criar, agir (cancelar, encerrar, cobrar, excluir), avaliar, exportar, contatos, parâmetros adicionais, regiões.</translation>
    </message>
    <message>
        <source>Create a case (5.3.5); prints its id.</source>
        <translation>Criar um caso (5.3.5); exibe o ID dele.</translation>
    </message>
    <message>
        <source>The problem type id, from &quot;osmctl config problem-types&quot; (at most 512 characters).</source>
        <translation>O ID do tipo de problema, de &quot;osmctl config problem-types&quot; (no máximo 512 caracteres).</translation>
    </message>
    <message>
        <source>The description of the problem (at most 2000 characters).</source>
        <translation>A descrição do problema (no máximo 2000 caracteres).</translation>
    </message>
    <message>
        <source>The case sub-type id, from &quot;osmctl config categories&quot; (at most 32 characters).</source>
        <translation>O ID do subtipo de caso, de &quot;osmctl config categories&quot; (no máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The region id (at most 64 characters); needed when the problem type&apos;s case_type is 5.</source>
        <translation>O ID da região (no máximo 64 caracteres); necessário quando o case_type do tipo de problema é 5.</translation>
    </message>
    <message>
        <source>The case source (at most 32 characters; default the fixed value the reference gives).</source>
        <translation>A origem do caso (no máximo 32 caracteres; padrão: o valor fixo indicado na referência).</translation>
    </message>
    <message>
        <source>The mobile number for reminders (at most 32 characters).</source>
        <translation>O número de celular para os avisos (no máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (at most 128 characters).</source>
        <translation>O endereço de e-mail para os avisos (no máximo 128 caracteres).</translation>
    </message>
    <message>
        <source>When reminders may come (at most 16 characters).</source>
        <translation>Quando os avisos podem chegar (no máximo 16 caracteres).</translation>
    </message>
    <message>
        <source>The project id (at most 64 characters).</source>
        <translation>O ID do projeto (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>An id &quot;osmctl attachments upload&quot; printed; at most 100.</source>
        <translation>Um ID exibido por &quot;osmctl attachments upload&quot;; no máximo 100.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>chave=valor</translation>
    </message>
    <message>
        <source>An additional parameter of the problem type (&quot;osmctl config extends-params&quot;); at most 100, keys at most 32 characters.</source>
        <translation>Um parâmetro adicional do tipo de problema (&quot;osmctl config extends-params&quot;); no máximo 100, com chaves de no máximo 32 caracteres.</translation>
    </message>
    <message>
        <source>An extension parameter, such as remindCCEmail=a@example.org,b@example.org; at most 100, keys at most 32 characters.</source>
        <translation>Um parâmetro de extensão, como remindCCEmail=a@example.org,b@example.org; no máximo 100, com chaves de no máximo 32 caracteres.</translation>
    </message>
    <message>
        <source>The severity id, from &quot;osmctl config severities&quot; (at most 64 characters).</source>
        <translation>O ID da gravidade, de &quot;osmctl config severities&quot; (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The code sent to a contact that is not registered (&quot;osmctl verify send&quot;; at most 6 characters).</source>
        <translation>O código enviado a um contato não registrado (&quot;osmctl verify send&quot;; no máximo 6 caracteres).</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (at most 32 characters).</source>
        <translation>O código telefônico do país do número de celular (no máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>IncidentService (a case) or IntelligentCustomerService (online service).</source>
        <translation>IncidentService (um caso) ou IntelligentCustomerService (atendimento on-line).</translation>
    </message>
    <message>
        <source>A session id (at most 64 characters); at most 5.</source>
        <translation>Um ID de sessão (no máximo 64 caracteres); no máximo 5.</translation>
    </message>
    <message>
        <source>The record &quot;osmctl agreements sign&quot; printed.</source>
        <translation>O registro exibido por &quot;osmctl agreements sign&quot;.</translation>
    </message>
    <message>
        <source>What the user said to the assistant to ask for a human (online service).</source>
        <translation>O que o usuário disse ao assistente para pedir um atendente humano (atendimento on-line).</translation>
    </message>
    <message>
        <source>The assistant the case comes from: 0, 1 or 2.</source>
        <translation>O assistente de onde vem o caso: 0, 1 ou 2.</translation>
    </message>
    <message>
        <source>Cancel, close, urge or delete a case (5.3.8); a close may carry a rating.</source>
        <translation>Cancelar, encerrar, cobrar ou excluir um caso (5.3.8); ao encerrar, é possível incluir uma avaliação.</translation>
    </message>
    <message>
        <source>cancel, close, press (urge the engineers) or delete.</source>
        <translation>cancel, close, press (cobrar os engenheiros) ou delete.</translation>
    </message>
    <message>
        <source>--action expects cancel, close, press or delete, not &quot;%1&quot;.</source>
        <translation>--action espera cancel, close, press ou delete, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Why (at most 400 characters).</source>
        <translation>O motivo (no máximo 400 caracteres).</translation>
    </message>
    <message>
        <source>With close: a comment on how the case was handled (at most 400 characters).</source>
        <translation>Com close: um comentário sobre como o caso foi tratado (no máximo 400 caracteres).</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>avaliação</translation>
    </message>
    <message>
        <source>With close:</source>
        <translation>Com close:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>Rate a case (5.3.6).</source>
        <translation>Avaliar um caso (5.3.6).</translation>
    </message>
    <message>
        <source>A comment on how the case was handled (at most 400 characters; default empty).</source>
        <translation>Um comentário sobre como o caso foi tratado (no máximo 400 caracteres; padrão: vazio).</translation>
    </message>
    <message>
        <source>The rating was sent.</source>
        <translation>A avaliação foi enviada.</translation>
    </message>
    <message>
        <source>Export the cases matching the filters to a file (5.3.7); its language follows --language.</source>
        <translation>Exportar para um arquivo os casos que atendem aos filtros (5.3.7); o idioma dele segue --language.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>O arquivo a gravar (substituído se já existir).</translation>
    </message>
    <message>
        <source>A case id; 3400 characters in all at most.</source>
        <translation>Um ID de caso; no máximo 3400 caracteres no total.</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters).</source>
        <translation>Uma palavra-chave da descrição (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The user id (at most 64 characters).</source>
        <translation>O ID do usuário (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>A source id; at most 100.</source>
        <translation>Um ID de origem; no máximo 100.</translation>
    </message>
    <message>
        <source>The service type of the case (at most 32 characters).</source>
        <translation>O tipo de serviço do caso (no máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The time zone of the file&apos;s times, such as GMT+8 (at most 32 characters).</source>
        <translation>O fuso horário dos horários do arquivo, como GMT+8 (no máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>Skip this many cases (-1-65535).</source>
        <translation>Pular esta quantidade de casos (-1-65535).</translation>
    </message>
    <message>
        <source>At most this many cases (-1-100; -1: all).</source>
        <translation>No máximo esta quantidade de casos (-1-100; -1: todos).</translation>
    </message>
    <message>
        <source>Change who is reminded about a case, and how (5.3.1).</source>
        <translation>Alterar quem é avisado sobre um caso e como (5.3.1).</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (1-32 characters).</source>
        <translation>O código telefônico do país do número de celular (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The mobile number for reminders (1-32 characters).</source>
        <translation>O número de celular para os avisos (1-32 caracteres).</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (1-128 characters).</source>
        <translation>O endereço de e-mail para os avisos (1-128 caracteres).</translation>
    </message>
    <message>
        <source>When reminders may come (1-16 characters).</source>
        <translation>Quando os avisos podem chegar (1-16 caracteres).</translation>
    </message>
    <message>
        <source>contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>contactType, remindCCEmail, remindEncryptCCEmail ou isReceiveMsgRemind.</translation>
    </message>
    <message>
        <source>The contact information was changed.</source>
        <translation>As informações de contato foram alteradas.</translation>
    </message>
    <message>
        <source>List the additional parameters given for a case (5.3.2).</source>
        <translation>Listar os parâmetros adicionais informados para um caso (5.3.2).</translation>
    </message>
    <message>
        <source>The case id (1-64 characters).</source>
        <translation>O ID do caso (1-64 caracteres).</translation>
    </message>
    <message>
        <source>Give additional parameters for a case, as an engineer asked (5.3.3).</source>
        <translation>Informar parâmetros adicionais para um caso, conforme solicitado por um engenheiro (5.3.3).</translation>
    </message>
    <message>
        <source>A parameter (the param_key of &quot;osmctl config extends-params&quot;); 1-100.</source>
        <translation>Um parâmetro (o param_key de &quot;osmctl config extends-params&quot;); 1-100.</translation>
    </message>
    <message>
        <source>The message that asked for them (1-64 characters).</source>
        <translation>A mensagem que os solicitou (1-64 caracteres).</translation>
    </message>
    <message>
        <source>The additional parameters were sent.</source>
        <translation>Os parâmetros adicionais foram enviados.</translation>
    </message>
    <message>
        <source>List the regions associated with the account (5.3.4).</source>
        <translation>Listar as regiões associadas à conta (5.3.4).</translation>
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
    <name>osm::ctl::ConfigurationsCommands</name>
    <message>
        <source>Configuration items of the service, by key.</source>
        <translation>Itens de configuração do serviço, por chave.</translation>
    </message>
    <message>
        <source>Show a configuration item (5.14.1).</source>
        <translation>Mostrar um item de configuração (5.14.1).</translation>
    </message>
    <message>
        <source>The item&apos;s key (1-128 characters), e.g. case.create-case.diagnose-list.</source>
        <translation>A chave do item (1-128 caracteres), por exemplo, case.create-case.diagnose-list.</translation>
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
    <name>osm::ctl::DiagnoseCommands</name>
    <message>
        <source>The diagnosis: 1 ECS, 2 RDS, 3 remote login, 4 network health.</source>
        <translation>O diagnóstico: 1 ECS, 2 RDS, 3 login remoto, 4 integridade da rede.</translation>
    </message>
    <message>
        <source>The region (region_id), e.g. cn-south-1.</source>
        <translation>A região (region_id), por exemplo, cn-south-1.</translation>
    </message>
    <message>
        <source>The diagnosis job&apos;s id (at most 64 characters).</source>
        <translation>O ID da tarefa de diagnóstico (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>One-click diagnosis: pick a VM, start a diagnosis, follow it, read its advice, past diagnoses.</source>
        <translation>Diagnóstico com um clique: escolher uma VM, iniciar um diagnóstico, acompanhá-lo, ler as recomendações, diagnósticos anteriores.</translation>
    </message>
    <message>
        <source>List the VMs of a project that can be diagnosed (5.15.6).</source>
        <translation>Listar as VMs de um projeto que podem ser diagnosticadas (5.15.6).</translation>
    </message>
    <message>
        <source>The project id.</source>
        <translation>O ID do projeto.</translation>
    </message>
    <message>
        <source>Only the VMs of this region.</source>
        <translation>Somente as VMs desta região.</translation>
    </message>
    <message>
        <source>The page, counted from 1 (default 1).</source>
        <translation>A página, contada a partir de 1 (padrão 1).</translation>
    </message>
    <message>
        <source>VMs per page (1-100, default 5).</source>
        <translation>VMs por página (1-100, padrão 5).</translation>
    </message>
    <message>
        <source>Only the VM with this id.</source>
        <translation>Somente a VM com este ID.</translation>
    </message>
    <message>
        <source>Only the VM with this IP address.</source>
        <translation>Somente a VM com este endereço IP.</translation>
    </message>
    <message>
        <source>Only the VMs whose name contains this.</source>
        <translation>Somente as VMs cujo nome contenha este texto.</translation>
    </message>
    <message>
        <source>Start a diagnosis; prints its job_id (5.15.5).</source>
        <translation>Iniciar um diagnóstico; exibe o job_id dele (5.15.5).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>chave=valor</translation>
    </message>
    <message>
        <source>What to diagnose: vm_id=&lt;id&gt; or eip=&lt;address&gt; (ECS, remote login), instanceId=&lt;id&gt; (RDS).</source>
        <translation>O que diagnosticar: vm_id=&lt;id&gt; ou eip=&lt;endereço&gt; (ECS, login remoto), instanceId=&lt;id&gt; (RDS).</translation>
    </message>
    <message>
        <source>--params expects key=value, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; key=value is typed as it is</extracomment>
        <translation>--params espera key=value, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Show how far a diagnosis got, item by item (5.15.3).</source>
        <translation>Mostrar o progresso de um diagnóstico, item por item (5.15.3).</translation>
    </message>
    <message>
        <source>Show the findings and advice of checks of a diagnosis (5.15.2).</source>
        <translation>Mostrar as constatações e as recomendações das verificações de um diagnóstico (5.15.2).</translation>
    </message>
    <message>
        <source>A check id (at most 64 characters); at most 100.</source>
        <translation>Um ID de verificação (no máximo 64 caracteres); no máximo 100.</translation>
    </message>
    <message>
        <source>List past diagnoses, newest first (5.15.4).</source>
        <translation>Listar os diagnósticos anteriores, os mais recentes primeiro (5.15.4).</translation>
    </message>
    <message>
        <source>Diagnoses per page (1-100, default 10).</source>
        <translation>Diagnósticos por página (1-100, padrão 10).</translation>
    </message>
    <message>
        <source>The diagnosis: 1 ECS (default), 2 RDS, 3 remote login, 4 network health.</source>
        <translation>O diagnóstico: 1 ECS (padrão), 2 RDS, 3 login remoto, 4 integridade da rede.</translation>
    </message>
    <message>
        <source>Say whether your latest diagnosis of a type helped (5.15.1).</source>
        <translation>Informar se o seu diagnóstico mais recente de um tipo ajudou (5.15.1).</translation>
    </message>
    <message>
        <source>Whether it helped.</source>
        <translation>Se ajudou.</translation>
    </message>
    <message>
        <source>Your comment (at most 10000 characters).</source>
        <translation>Seu comentário (no máximo 10000 caracteres).</translation>
    </message>
    <message>
        <source>Thank you: the feedback was sent.</source>
        <translation>Obrigado: o feedback foi enviado.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FeedbackCommands</name>
    <message>
        <source>Report an intellectual-property infringement or illegal information on Huawei Cloud.</source>
        <translation>Denunciar uma violação de propriedade intelectual ou informações ilegais na Huawei Cloud.</translation>
    </message>
    <message>
        <source>Report an infringement or illegal information (5.16.1).</source>
        <translation>Denunciar uma violação ou informações ilegais (5.16.1).</translation>
    </message>
    <message>
        <source>What is reported: infringement or illegal.</source>
        <translation>O que é denunciado: infringement (violação) ou illegal (informações ilegais).</translation>
    </message>
    <message>
        <source>&quot;&lt;product or service&gt;; &lt;website URL&gt;&quot; (at most 2048 characters).</source>
        <translation>&quot;&lt;produto ou serviço&gt;; &lt;URL do site&gt;&quot; (no máximo 2048 caracteres).</translation>
    </message>
    <message>
        <source>What is reported (1-5000 characters).</source>
        <translation>O que é denunciado (1-5000 caracteres).</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); 1-3.</source>
        <translation>O ID de um anexo já enviado (1-32 caracteres); 1-3.</translation>
    </message>
    <message>
        <source>For illegal information: sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack or spam.</source>
        <translation>Para informações ilegais (valores como estão): sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack ou spam.</translation>
    </message>
    <message>
        <source>The reported party or merchant (at most 255 characters).</source>
        <translation>A parte ou o comerciante denunciado (no máximo 255 caracteres).</translation>
    </message>
    <message>
        <source>The infringing product or service (at most 255 characters).</source>
        <translation>O produto ou serviço que viola o direito (no máximo 255 caracteres).</translation>
    </message>
    <message>
        <source>The infringed right (ip.ip_type, required for infringement): copyright, trademark, patent or other.</source>
        <translation>O direito violado (ip.ip_type, obrigatório para infringement): copyright, trademark, patent ou other.</translation>
    </message>
    <message>
        <source>Where the right is registered (ip.ip_area, at most 128 characters).</source>
        <translation>Onde o direito está registrado (ip.ip_area, no máximo 128 caracteres).</translation>
    </message>
    <message>
        <source>The registration or application number (ip.ip_number, at most 512 characters).</source>
        <translation>O número de registro ou de pedido (ip.ip_number, no máximo 512 caracteres).</translation>
    </message>
    <message>
        <source>The right, in short (ip.ip_content, required for infringement, at most 5000 characters).</source>
        <translation>O direito, em resumo (ip.ip_content, obrigatório para infringement, no máximo 5000 caracteres).</translation>
    </message>
    <message>
        <source>An attachment id proving the right (ip.ip_files); at most 3.</source>
        <translation>O ID de um anexo que comprova o direito (ip.ip_files); no máximo 3.</translation>
    </message>
    <message>
        <source>Your name (contacts.name, required for infringement, at most 512 characters).</source>
        <translation>Seu nome (contacts.name, obrigatório para infringement, no máximo 512 caracteres).</translation>
    </message>
    <message>
        <source>Your mobile number (contacts.mobile, required for infringement, at most 32 characters).</source>
        <translation>Seu número de celular (contacts.mobile, obrigatório para infringement, no máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>Your e-mail address (contacts.mail, required for infringement, at most 128 characters).</source>
        <translation>Seu endereço de e-mail (contacts.mail, obrigatório para infringement, no máximo 128 caracteres).</translation>
    </message>
    <message>
        <source>Your country or region (contacts.area, at most 128 characters).</source>
        <translation>Seu país ou região (contacts.area, no máximo 128 caracteres).</translation>
    </message>
    <message>
        <source>Your address (contacts.address, at most 512 characters).</source>
        <translation>Seu endereço (contacts.address, no máximo 512 caracteres).</translation>
    </message>
    <message>
        <source>Who reports (contacts.id_type): 10 enterprise, 20 individual, 21 authorized agent, 22 lawyer, 23 right owner.</source>
        <translation>Quem denuncia (contacts.id_type): 10 empresa, 20 pessoa física, 21 agente autorizado, 22 advogado, 23 titular do direito.</translation>
    </message>
    <message>
        <source>Your company (contacts.company_name, at most 512 characters).</source>
        <translation>Sua empresa (contacts.company_name, no máximo 512 caracteres).</translation>
    </message>
    <message>
        <source>An attachment id proving your identity (contacts.id_files); at most 3.</source>
        <translation>O ID de um anexo que comprova sua identidade (contacts.id_files); no máximo 3.</translation>
    </message>
    <message>
        <source>Another way to reach you (contacts.other_way, at most 512 characters).</source>
        <translation>Outra forma de entrar em contato com você (contacts.other_way, no máximo 512 caracteres).</translation>
    </message>
    <message>
        <source>An attachment id proving your authorisation (contacts.authorization_files); at most 3.</source>
        <translation>O ID de um anexo que comprova sua autorização (contacts.authorization_files); no máximo 3.</translation>
    </message>
    <message>
        <source>The report was sent.</source>
        <translation>A denúncia foi enviada.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FileTransfer</name>
    <message>
        <source>Uploading: %1 of %2</source>
        <extracomment>%1 and %2 are sizes such as &quot;1.5 MB&quot;</extracomment>
        <translation>Enviando: %1 de %2</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>Baixando: %1 de %2</translation>
    </message>
    <message>
        <source>Uploading: %1</source>
        <extracomment>%1 is a size such as &quot;1.5 MB&quot;</extracomment>
        <translation>Enviando: %1</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>Baixando: %1</translation>
    </message>
    <message>
        <source>give either --output or --dir, not both.</source>
        <translation>informe --output ou --dir, não ambos.</translation>
    </message>
    <message>
        <source>it is a folder; use --dir for a folder.</source>
        <translation>é uma pasta; use --dir para uma pasta.</translation>
    </message>
    <message>
        <source>its folder does not exist.</source>
        <translation>a pasta dele não existe.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>a pasta não existe.</translation>
    </message>
    <message>
        <source>the file could not be written; the download was kept as %1.</source>
        <translation>não foi possível gravar o arquivo; o download foi mantido como %1.</translation>
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
    <name>osm::ctl::PrivilegesCommands</name>
    <message>
        <source>The privilege: export (export cases), createCase (create cases) or assumeCaseAll (case work of a delegated account).</source>
        <translation>O privilégio: export (exportar casos), createCase (criar casos) ou assumeCaseAll (trabalhar nos casos de uma conta delegada).</translation>
    </message>
    <message>
        <source>Case privileges: the restrictions of sub-users and whether you hold a privilege.</source>
        <translation>Privilégios de casos: as restrições dos subusuários e se você tem um privilégio.</translation>
    </message>
    <message>
        <source>Show whether the restriction of a privilege is switched on (5.4.1).</source>
        <translation>Mostrar se a restrição de um privilégio está ativada (5.4.1).</translation>
    </message>
    <message>
        <source>Show whether you hold a privilege: has_privilege 1 or 0 (5.4.2).</source>
        <translation>Mostrar se você tem um privilégio: has_privilege 1 ou 0 (5.4.2).</translation>
    </message>
    <message>
        <source>Switch the restriction of a privilege on (create) or off (delete) (5.4.3).</source>
        <translation>Ativar (create) ou desativar (delete) a restrição de um privilégio (5.4.3).</translation>
    </message>
    <message>
        <source>create switches the restriction on, delete switches it off.</source>
        <translation>create ativa a restrição, delete a desativa.</translation>
    </message>
    <message>
        <source>--operation expects create or delete, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; &quot;create&quot; and &quot;delete&quot; are typed as they are</extracomment>
        <translation>--operation espera create ou delete, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The privilege setting was saved.</source>
        <translation>A configuração do privilégio foi salva.</translation>
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
    <name>osm::ctl::VerifyCommands</name>
    <message>
        <source>0 a mobile number (SMS), 1 an e-mail address.</source>
        <translation>0 um número de celular (SMS), 1 um endereço de e-mail.</translation>
    </message>
    <message>
        <source>The mobile number or e-mail address (1-64 characters).</source>
        <translation>O número de celular ou o endereço de e-mail (1-64 caracteres).</translation>
    </message>
    <message>
        <source>The telephone country code of a mobile number, such as 86 (at most 16 characters).</source>
        <translation>O código telefônico do país de um número de celular, como 86 (no máximo 16 caracteres).</translation>
    </message>
    <message>
        <source>Tell whether a reminder contact needs a verification code (5.13.1).</source>
        <translation>Informar se um contato para avisos precisa de um código de verificação (5.13.1).</translation>
    </message>
    <message>
        <source>Send a verification code to a contact (5.13.4).</source>
        <translation>Enviar um código de verificação a um contato (5.13.4).</translation>
    </message>
    <message>
        <source>Check the code a contact received, which verifies the contact (5.13.3).</source>
        <translation>Verificar o código que um contato recebeu, o que valida o contato (5.13.3).</translation>
    </message>
    <message>
        <source>Verification codes for reminder contacts that are not the account&apos;s own: need-verify, send, check, list.</source>
        <translation>Códigos de verificação para contatos de avisos que não são os da própria conta: need-verify, send, check, list.</translation>
    </message>
    <message>
        <source>The code was sent; it is valid for 5 minutes.</source>
        <translation>O código foi enviado; ele é válido por 5 minutos.</translation>
    </message>
    <message>
        <source>The code received (6 characters).</source>
        <translation>O código recebido (6 caracteres).</translation>
    </message>
    <message>
        <source>The sub-user (IAM user) id (at most 64 characters).</source>
        <translation>O ID do subusuário (usuário do IAM) (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The account id (at most 64 characters).</source>
        <translation>O ID da conta (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The contact is verified.</source>
        <translation>O contato está verificado.</translation>
    </message>
    <message>
        <source>List the verified contacts (5.13.2).</source>
        <translation>Listar os contatos verificados (5.13.2).</translation>
    </message>
    <message>
        <source>0 mobile numbers, 1 e-mail addresses.</source>
        <translation>0 números de celular, 1 endereços de e-mail.</translation>
    </message>
    <message>
        <source>This mobile number or e-mail address (at most 64 characters).</source>
        <translation>Este número de celular ou endereço de e-mail (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>The telephone country code (at most 16 characters).</source>
        <translation>O código telefônico do país (no máximo 16 caracteres).</translation>
    </message>
    <message>
        <source>The verification with this id (at most 64 characters).</source>
        <translation>A verificação com este ID (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>Still valid at this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>Ainda válidos nesta data e hora, yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>Skip this many contacts (0-65535, default 0).</source>
        <translation>Pular esta quantidade de contatos (0-65535, padrão 0).</translation>
    </message>
    <message>
        <source>At most this many contacts (1-100, default 10).</source>
        <translation>No máximo esta quantidade de contatos (1-100, padrão 10).</translation>
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
    <name>osm::ui::AccountInfoDialog</name>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>Nenhuma cota de casos se aplica a este tipo de problema.</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up: a new case would be refused until the next period, unless your account manager grants a special approval.</source>
        <translation>A cota de casos deste tipo de problema se esgotou: um caso novo será recusado até o próximo período, a menos que o seu gerente de conta conceda uma aprovação especial.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>Resta %n de %1 caso neste mês.</numerusform>
            <numerusform>Restam %n de %1 casos neste mês.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>Resta %n de %1 caso neste trimestre.</numerusform>
            <numerusform>Restam %n de %1 casos neste trimestre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>Resta %n de %1 caso neste ano.</numerusform>
            <numerusform>Restam %n de %1 casos neste ano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>Resta %n de %1 caso neste período.</numerusform>
            <numerusform>Restam %n de %1 casos neste período.</numerusform>
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
        <translation>Informações da conta</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>&amp;Cota</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>A&amp;gências</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Parceiro</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>C&amp;onfiguração</translation>
    </message>
    <message>
        <source>How many more cases this account may create for a product and problem type.</source>
        <translation>Quantos casos a mais esta conta pode criar para um produto e um tipo de problema.</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roduto:</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>&amp;Tipo de problema:</translation>
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
        <source>Case quota</source>
        <translation>Cota de casos</translation>
    </message>
    <message>
        <source>Special approval: %1 of %2 used.</source>
        <extracomment>%1 and %2 are numbers of cases</extracomment>
        <translation>Aprovação especial: %1 de %2 usados.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agência</translation>
    </message>
    <message>
        <source>Trusted account</source>
        <translation>Conta confiável</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agências</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No (expired)</source>
        <translation>Não (expirada)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies): IAM delegations that let other accounts manage this one&apos;s resources.</source>
        <translation>
            <numerusform>%n agência: delegação do IAM que permite que outras contas gerenciem os recursos desta.</numerusform>
            <numerusform>%n agências: delegações do IAM que permitem que outras contas gerenciem os recursos desta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner privilege</source>
        <translation>Privilégio de parceiro</translation>
    </message>
    <message>
        <source>This account is a partner and may process its customers&apos; cases.</source>
        <translation>Esta conta é um parceiro e pode processar os casos dos seus clientes.</translation>
    </message>
    <message>
        <source>This account has no partner privilege to process cases.</source>
        <translation>Esta conta não tem privilégio de parceiro para processar casos.</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Parceiro:</translation>
    </message>
    <message>
        <source>Partner ID:</source>
        <translation>ID do parceiro:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuso horário:</translation>
    </message>
    <message>
        <source>Service days:</source>
        <translation>Dias de atendimento:</translation>
    </message>
    <message>
        <source>Service hours:</source>
        <translation>Horário de atendimento:</translation>
    </message>
    <message>
        <source>Read a configuration item of the support service by its key.</source>
        <translation>Ler um item de configuração do serviço de suporte pela chave.</translation>
    </message>
    <message>
        <source>Configuration key</source>
        <translation>Chave de configuração</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Configuration value</source>
        <translation>Valor de configuração</translation>
    </message>
    <message>
        <source>Configuration values</source>
        <translation>Valores de configuração</translation>
    </message>
    <message>
        <source>Pri&amp;vileges</source>
        <translation>Pri&amp;vilégios</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentListModel</name>
    <message>
        <source>Downloading… %1%</source>
        <extracomment>An attachment being downloaded: percent done</extracomment>
        <translation>Baixando… %1%</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Baixando…</translation>
    </message>
    <message>
        <source>%1, attached %2</source>
        <extracomment>An attachment for a screen reader: its name and the date of its message</extracomment>
        <translation>%1, anexado em %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column of the attachment list: when the file was attached</extracomment>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentStagingList</name>
    <message>
        <source>Attach Files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Arquivos a anexar</translation>
    </message>
    <message>
        <source>Drop files here, paste them, or use Add Files…</source>
        <translation>Solte os arquivos aqui, cole-os ou use Adicionar arquivos…</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Adicionar arquivos…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Adicionar arquivos</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ver</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Remover os arquivos selecionados</translation>
    </message>
    <message>
        <source>Attachment limits</source>
        <translation>Limites de anexos</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentsPanel</name>
    <message>
        <source>Save Attachments To</source>
        <translation>Salvar anexos em</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Arquivos do caso</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>Arquivos deste caso</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Press Enter to open a file. Drag files to a folder to save them there.</source>
        <translation>Pressione Enter para abrir um arquivo. Arraste arquivos para uma pasta para salvá-los nela.</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Visualização da imagem</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Abrir o anexo selecionado</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Sal&amp;var…</translation>
    </message>
    <message>
        <source>Save the selected attachments</source>
        <translation>Salvar os anexos selecionados</translation>
    </message>
    <message>
        <source>Save A&amp;ll…</source>
        <translation>Salvar &amp;todos…</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>Salvar todos os anexos</translation>
    </message>
    <message>
        <source>Cancel Do&amp;wnload</source>
        <translation>Cancelar &amp;download</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>Cancelar os downloads</translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation>Status dos anexos</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n)</source>
        <extracomment>Heading of the attachment list, with how many files the case has</extracomment>
        <translation>
            <numerusform>Arquivos (%n)</numerusform>
            <numerusform>Arquivos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled.</source>
        <translation>O download de &quot;%1&quot; foi cancelado.</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>Não foi possível baixar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sem conexão.</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>Baixando &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Nenhum aplicativo conseguiu abrir &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not saved: %1. The other files are in “%2”.</source>
        <extracomment>%1 is the list of files that failed, %2 the folder</extracomment>
        <translation>Não salvo: %1. Os outros arquivos estão em &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Saving was cancelled; %n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>O salvamento foi cancelado; %n arquivo salvo em &quot;%1&quot;.</numerusform>
            <numerusform>O salvamento foi cancelado; %n arquivos salvos em &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>%n arquivo salvo em &quot;%1&quot;.</numerusform>
            <numerusform>%n arquivos salvos em &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n file(s)…</source>
        <translation>
            <numerusform>Salvando %n arquivo…</numerusform>
            <numerusform>Salvando %n arquivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>Nenhuma visualização disponível.</translation>
    </message>
    <message>
        <source>Preview of “%1”</source>
        <extracomment>Accessible description of the preview: the image&apos;s file name</extracomment>
        <translation>Visualização de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Copiar &amp;link</translation>
    </message>
    <message>
        <source>The link to “%1” could not be fetched: %2</source>
        <extracomment>%1 is a file name, %2 why its link could not be fetched</extracomment>
        <translation>Não foi possível obter o link para &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The server returned no link to “%1”.</source>
        <translation>O servidor não retornou nenhum link para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The link to “%1” is on the clipboard.</source>
        <translation>O link para &quot;%1&quot; está na área de transferência.</translation>
    </message>
</context>
<context>
    <name>osm::ui::AuthorizationListModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogada</translation>
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
        <translation>Caso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>Subusuário</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
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
        <translation>Não foi possível carregar as autorizações: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n authorization(s)</source>
        <translation>
            <numerusform>%n autorização</numerusform>
            <numerusform>%n autorizações</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization could not be loaded: %1</source>
        <translation>Não foi possível carregar a autorização: %1</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Necessária</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <source>Data backed up</source>
        <translation>Dados com backup</translation>
    </message>
    <message>
        <source>Risk accepted without backup</source>
        <translation>Risco aceito sem backup</translation>
    </message>
    <message>
        <source>Authorization %1 — %2</source>
        <translation>Autorização %1 — %2</translation>
    </message>
    <message>
        <source>Select an authorization</source>
        <translation>Selecione uma autorização</translation>
    </message>
    <message>
        <source>Loading authorization %1…</source>
        <translation>Carregando a autorização %1…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>You agreed to authorization %1.</source>
        <translation>Você aceitou a autorização %1.</translation>
    </message>
    <message>
        <source>Reject Authorization</source>
        <translation>Rejeitar autorização</translation>
    </message>
    <message numerus="yes">
        <source>Reject authorization %1? Tell the engineer why (at most %n character(s)):</source>
        <translation>
            <numerusform>Rejeitar a autorização %1? Informe o motivo ao engenheiro (no máximo %n caractere):</numerusform>
            <numerusform>Rejeitar a autorização %1? Informe o motivo ao engenheiro (no máximo %n caracteres):</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <source>A reason is needed to reject an authorization; nothing was sent.</source>
        <translation>É necessário um motivo para rejeitar uma autorização; nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n character(s); nothing was sent.</source>
        <translation>
            <numerusform>O motivo tem mais de %n caractere; nada foi enviado.</numerusform>
            <numerusform>O motivo tem mais de %n caracteres; nada foi enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke Authorization</source>
        <translation>Revogar autorização</translation>
    </message>
    <message>
        <source>Revoke authorization %1? Support loses access to these resources at once.</source>
        <translation>Revogar a autorização %1? O suporte perde imediatamente o acesso a estes recursos.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>The authorization could not be rejected: %1</source>
        <translation>Não foi possível rejeitar a autorização: %1</translation>
    </message>
    <message>
        <source>The authorization could not be revoked: %1</source>
        <translation>Não foi possível revogar a autorização: %1</translation>
    </message>
    <message>
        <source>You rejected authorization %1.</source>
        <translation>Você rejeitou a autorização %1.</translation>
    </message>
    <message>
        <source>You revoked authorization %1.</source>
        <translation>Você revogou a autorização %1.</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>Autorizações</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>My authorizations</source>
        <translation>Minhas autorizações</translation>
    </message>
    <message>
        <source>My group&apos;s authorizations</source>
        <translation>Autorizações do meu grupo</translation>
    </message>
    <message>
        <source>Whose authorizations</source>
        <translation>De quem são as autorizações</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>ID do grupo do IAM</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer um</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Authorization actions</source>
        <translation>Ações da autorização</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>A&amp;ceitar…</translation>
    </message>
    <message>
        <source>Agree to this request, with host credentials and a validity period</source>
        <translation>Aceitar esta solicitação, com as credenciais do host e um período de validade</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeitar…</translation>
    </message>
    <message>
        <source>Refuse this request, with a reason for the engineer</source>
        <translation>Recusar esta solicitação, com um motivo para o engenheiro</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vogar…</translation>
    </message>
    <message>
        <source>Take back an agreement in effect</source>
        <translation>Desfazer uma aceitação em vigor</translation>
    </message>
    <message>
        <source>Open &amp;Case</source>
        <translation>Abrir &amp;caso</translation>
    </message>
    <message>
        <source>Open the case this request belongs to</source>
        <translation>Abrir o caso ao qual esta solicitação pertence</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Bastion-host records</source>
        <translation>Registros do host bastião</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID da instância</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Requested items</source>
        <translation>Itens solicitados</translation>
    </message>
    <message>
        <source>Authorizations status</source>
        <translation>Status das autorizações</translation>
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
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>Descrição do caso</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <source>Access type</source>
        <translation>Tipo de acesso</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida de</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida até</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Motivo da rejeição</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>Subusuário</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Atendido por</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agência</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Status do backup</translation>
    </message>
    <message>
        <source>Letter of commitment</source>
        <translation>Carta de compromisso</translation>
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
        <translation>Upload</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomeação</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Exclusão</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criação</translation>
    </message>
    <message>
        <source>%1 (account %2, port %3)</source>
        <translation>%1 (conta %2, porta %3)</translation>
    </message>
    <message>
        <source>Only hosts have bastion-host records; this authorization has none.</source>
        <translation>Somente hosts têm registros do host bastião; esta autorização não tem nenhum.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <source>The bastion-host records could not be loaded: %1</source>
        <translation>Não foi possível carregar os registros do host bastião: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
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
        <translation>Sessões do host bastião</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>Transferências de arquivos</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>Gravação de vídeo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Carregar mais</translation>
    </message>
    <message>
        <source>Bastion-host status</source>
        <translation>Status do host bastião</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseCsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseDetailPanel</name>
    <message>
        <source>Showing %1 of %2 entries.</source>
        <extracomment>%1 entries shown of %2 in the case&apos;s operation log</extracomment>
        <translation>Exibindo %1 de %2 entradas.</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>Avaliação %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 a rating scale&apos;s name, %2 stars drawn as characters, %3 the score</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Partner (BP)</source>
        <translation>Parceiro (BP)</translation>
    </message>
    <message>
        <source>Independent software vendor (ISV)</source>
        <translation>Fornecedor independente de software (ISV)</translation>
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
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder contact is set.</source>
        <translation>Nenhum contato para avisos foi definido.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Urge Case</source>
        <translation>Cobrar caso</translation>
    </message>
    <message>
        <source>Ask the support engineers to speed up case %1?</source>
        <translation>Pedir aos engenheiros de suporte que agilizem o caso %1?</translation>
    </message>
    <message>
        <source>&amp;Urge</source>
        <translation>&amp;Cobrar</translation>
    </message>
    <message>
        <source>Urging the case…</source>
        <translation>Cobrando o caso…</translation>
    </message>
    <message>
        <source>The case was urged.</source>
        <translation>O caso foi cobrado.</translation>
    </message>
    <message>
        <source>Cancel Case</source>
        <translation>Cancelar caso</translation>
    </message>
    <message>
        <source>Cancel case %1? Support stops working on it, and it cannot be reopened.</source>
        <translation>Cancelar o caso %1? O suporte deixará de trabalhar nele e ele não poderá ser reaberto.</translation>
    </message>
    <message>
        <source>Cancel &amp;Case</source>
        <translation>Cancelar &amp;caso</translation>
    </message>
    <message>
        <source>Cancelling the case…</source>
        <translation>Cancelando o caso…</translation>
    </message>
    <message>
        <source>The case was cancelled.</source>
        <translation>O caso foi cancelado.</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>Excluir caso</translation>
    </message>
    <message>
        <source>Delete case %1? It disappears from your case lists; this cannot be undone.</source>
        <translation>Excluir o caso %1? Ele desaparecerá das suas listas de casos; isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>&amp;Excluir caso</translation>
    </message>
    <message>
        <source>Deleting the case…</source>
        <translation>Excluindo o caso…</translation>
    </message>
    <message>
        <source>The case was deleted.</source>
        <translation>O caso foi excluído.</translation>
    </message>
    <message>
        <source>Closing the case…</source>
        <translation>Encerrando o caso…</translation>
    </message>
    <message>
        <source>The case was closed.</source>
        <translation>O caso foi encerrado.</translation>
    </message>
    <message>
        <source>Sending the rating…</source>
        <translation>Enviando a avaliação…</translation>
    </message>
    <message>
        <source>Thank you, the rating was sent.</source>
        <translation>Obrigado, a avaliação foi enviada.</translation>
    </message>
    <message>
        <source>Saving the contact information…</source>
        <translation>Salvando as informações de contato…</translation>
    </message>
    <message>
        <source>The contact information was saved.</source>
        <translation>As informações de contato foram salvas.</translation>
    </message>
    <message>
        <source>Case ID %1 copied.</source>
        <translation>ID do caso %1 copiado.</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels. Remove one before adding another.</source>
        <translation>Um caso pode ter no máximo 5 rótulos. Remova um antes de adicionar outro.</translation>
    </message>
    <message>
        <source>Adding the label…</source>
        <translation>Adicionando o rótulo…</translation>
    </message>
    <message>
        <source>The label was added.</source>
        <translation>O rótulo foi adicionado.</translation>
    </message>
    <message>
        <source>Removing the label…</source>
        <translation>Removendo o rótulo…</translation>
    </message>
    <message>
        <source>The label was removed.</source>
        <translation>O rótulo foi removido.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>Um caso não pode ser relacionado a si mesmo.</translation>
    </message>
    <message>
        <source>Case %1 is already related to this case.</source>
        <translation>O caso %1 já está relacionado a este caso.</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases. Remove one before adding another.</source>
        <translation>Um caso pode ter no máximo 3 casos relacionados. Remova um antes de adicionar outro.</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to relate cases.</source>
        <translation>Digite o ID do seu grupo do IAM: a API OSM o exige para relacionar casos.</translation>
    </message>
    <message>
        <source>Relating case %1…</source>
        <translation>Relacionando o caso %1…</translation>
    </message>
    <message>
        <source>Case %1 is now related.</source>
        <translation>O caso %1 agora está relacionado.</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to remove a relation.</source>
        <translation>Digite o ID do seu grupo do IAM: a API OSM o exige para remover uma relação.</translation>
    </message>
    <message>
        <source>Removing the relation…</source>
        <translation>Removendo a relação…</translation>
    </message>
    <message>
        <source>Case %1 is no longer related.</source>
        <translation>O caso %1 não está mais relacionado.</translation>
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
        <source>Severity</source>
        <translation>Gravidade</translation>
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
        <source>Case type</source>
        <translation>Tipo de caso</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de serviço</translation>
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
        <translation>ID da conta</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Resolution confirmed</source>
        <translation>Solução confirmada</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>Access authorized</source>
        <translation>Acesso autorizado</translation>
    </message>
    <message>
        <source>Grey-release routing</source>
        <translation>Roteamento de lançamento gradual</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raiz</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Solução</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Seu comentário</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Case type ID</source>
        <translation>ID do tipo de caso</translation>
    </message>
    <message>
        <source>Category ID</source>
        <translation>ID da categoria</translation>
    </message>
    <message>
        <source>Business type ID</source>
        <translation>ID do tipo de negócio</translation>
    </message>
    <message>
        <source>Problem type ID</source>
        <translation>ID do tipo de problema</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID do produto</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código do país</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact methods</source>
        <translation>Formas de contato</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Horário de contato</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>E-mails em cópia (CC)</translation>
    </message>
    <message>
        <source>Recent CC e-mails</source>
        <translation>E-mails em cópia (CC) recentes</translation>
    </message>
    <message>
        <source>ISV commodity</source>
        <translation>Produto do ISV</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>Detalhes do caso</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ID do caso</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copiar ID</translation>
    </message>
    <message>
        <source>Copy case ID</source>
        <translation>Copiar o ID do caso</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Status do caso</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Ações do caso</translation>
    </message>
    <message>
        <source>Case detail status</source>
        <translation>Status dos detalhes do caso</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Processando</translation>
    </message>
    <message>
        <source>Case detail sections</source>
        <translation>Seções dos detalhes do caso</translation>
    </message>
    <message>
        <source>Urge case</source>
        <translation>Cobrar o caso</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Encerrar…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Encerrar o caso</translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation>&amp;Avaliar…</translation>
    </message>
    <message>
        <source>Rate case</source>
        <translation>Avaliar o caso</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Case</source>
        <translation>Ca&amp;ncelar caso</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>Cancelar o caso</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Excluir o caso</translation>
    </message>
    <message>
        <source>Edit &amp;Contact…</source>
        <translation>Editar c&amp;ontato…</translation>
    </message>
    <message>
        <source>Edit contact information</source>
        <translation>Editar as informações de contato</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <source>Refresh case detail</source>
        <translation>Atualizar os detalhes do caso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Related Cases</source>
        <translation>Casos relacionados</translation>
    </message>
    <message>
        <source>Contact and CC</source>
        <translation>Contato e CC</translation>
    </message>
    <message>
        <source>Operation Log</source>
        <translation>Registro de operações</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Registro de operações</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s name before its value, e.g. &quot;Status:&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The extra parameters were sent.</source>
        <translation>Os parâmetros adicionais foram enviados.</translation>
    </message>
    <message>
        <source>Extra Parameters…</source>
        <translation>Parâmetros adicionais…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1; updating…</source>
        <translation>Exibindo os detalhes salvos em %1; atualizando…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1. %2</source>
        <translation>Exibindo os detalhes salvos em %1. %2</translation>
    </message>
    <message>
        <source>The change could not be saved for sending.</source>
        <translation>Não foi possível salvar a alteração para envio.</translation>
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
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>several keywords</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>várias palavras-chave</translation>
    </message>
    <message>
        <source>label</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>rótulo</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>status</translation>
    </message>
    <message>
        <source>IAM group</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>grupo do IAM</translation>
    </message>
    <message>
        <source>No case matches the list&apos;s filters: there is nothing to export.</source>
        <translation>Nenhum caso corresponde aos filtros da lista: não há nada para exportar.</translation>
    </message>
    <message>
        <source>The server&apos;s export cannot filter by %1. Export the cases that match the other filters?</source>
        <extracomment>%1 is a list of filters, e.g. &quot;label and status&quot;</extracomment>
        <translation>A exportação do servidor não consegue filtrar por %1. Exportar os casos que correspondem aos demais filtros?</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>Exportando casos…</translation>
    </message>
    <message>
        <source>Exporting cases… %1 received</source>
        <extracomment>%1 is an amount of data such as &quot;1.2 MB&quot;</extracomment>
        <translation>Exportando casos… %1 recebidos</translation>
    </message>
    <message>
        <source>The cases could not be exported. %1</source>
        <translation>Não foi possível exportar os casos. %1</translation>
    </message>
    <message>
        <source>The cases were exported to %1.</source>
        <extracomment>%1 is the saved file&apos;s path</extracomment>
        <translation>Os casos foram exportados para %1.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExtendsParamsDialog</name>
    <message>
        <source>Loading the case&apos;s parameters…</source>
        <translation>Carregando os parâmetros do caso…</translation>
    </message>
    <message>
        <source>The case&apos;s parameters could not be loaded: %1</source>
        <extracomment>%1 says why (translated error)</extracomment>
        <translation>Não foi possível carregar os parâmetros do caso: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fill in at least one value to send.</source>
        <translation>Preencha pelo menos um valor para enviar.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Extra Parameters — %1</source>
        <extracomment>%1 is the case ID</extracomment>
        <translation>Parâmetros adicionais — %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Support has asked for more information about this case. Fill in the fields marked * and send them.</source>
        <translation>O suporte pediu mais informações sobre este caso. Preencha os campos marcados com * e envie-os.</translation>
    </message>
    <message>
        <source>This case holds no extra parameters, and its problem type asks for none.</source>
        <translation>Este caso não tem parâmetros adicionais e o tipo de problema dele não exige nenhum.</translation>
    </message>
    <message>
        <source>The extra information this case holds. Complete or correct it and send it to support.</source>
        <translation>As informações adicionais deste caso. Complete-as ou corrija-as e envie-as ao suporte.</translation>
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
    <message>
        <source>Pick a sub-user or type a sub-user ID</source>
        <translation>Escolha um subusuário ou digite um ID de subusuário</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseLabelsEditor</name>
    <message>
        <source>Case labels</source>
        <translation>Rótulos do caso</translation>
    </message>
    <message>
        <source>Select a label and press Delete to remove it from the case</source>
        <translation>Selecione um rótulo e pressione Delete para removê-lo do caso</translation>
    </message>
    <message>
        <source>Label to add</source>
        <translation>Rótulo a adicionar</translation>
    </message>
    <message>
        <source>No other labels</source>
        <translation>Nenhum outro rótulo</translation>
    </message>
    <message>
        <source>&amp;Add Label</source>
        <translation>&amp;Adicionar rótulo</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Adicionar rótulo</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label</source>
        <translation>Remo&amp;ver rótulo</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Remover rótulo</translation>
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
    <name>osm::ui::CaseOperateLogModel</name>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Avaliado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Rejected by the user centre</source>
        <translation>Recusado pela central do usuário</translation>
    </message>
    <message>
        <source>Authorization confirmed</source>
        <translation>Autorização confirmada</translation>
    </message>
    <message>
        <source>Authorization rejected</source>
        <translation>Autorização rejeitada</translation>
    </message>
    <message>
        <source>Authorization cancelled</source>
        <translation>Autorização cancelada</translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation>Casos exportados</translation>
    </message>
    <message>
        <source>Customer replied (awaiting feedback)</source>
        <translation>Resposta do cliente (aguardando retorno)</translation>
    </message>
    <message>
        <source>Contact information changed</source>
        <translation>Informações de contato alteradas</translation>
    </message>
    <message>
        <source>Contact information deleted</source>
        <translation>Informações de contato excluídas</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <extracomment>%1 is an operation code the reference does not document</extracomment>
        <translation>Operação %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Realizada por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
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
        <translation>Tamanho do comentário</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Encerrar caso</translation>
    </message>
    <message>
        <source>Rate Case</source>
        <translation>Avaliar caso</translation>
    </message>
    <message>
        <source>Close case %1? Close it only when the problem is solved. You may rate the support you received; the rating can be given only once.</source>
        <translation>Encerrar o caso %1? Encerre-o somente quando o problema estiver resolvido. Você pode avaliar o suporte recebido; a avaliação só pode ser feita uma vez.</translation>
    </message>
    <message>
        <source>Rate the support you received for case %1. A case can be rated only once.</source>
        <translation>Avalie o suporte que você recebeu no caso %1. Um caso só pode ser avaliado uma vez.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <source>The rating scales could not be loaded.</source>
        <translation>Não foi possível carregar as escalas de avaliação.</translation>
    </message>
    <message>
        <source>Loading the rating scales…</source>
        <translation>Carregando as escalas de avaliação…</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentário:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>C&amp;lose Case</source>
        <translation>&amp;Encerrar caso</translation>
    </message>
    <message>
        <source>&amp;Submit Rating</source>
        <translation>&amp;Enviar avaliação</translation>
    </message>
    <message>
        <source>Confirm close</source>
        <translation>Confirmar o encerramento</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>Enviar a avaliação</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <extracomment>%1 is the number of a rating scale the server did not name</extracomment>
        <translation>Avaliação %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>%1 is the name of a rating scale, e.g. &quot;Handling timeliness&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Não avaliado</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n star(s))</source>
        <extracomment>%1 is a row of star characters, %n the number of stars</extracomment>
        <translation>
            <numerusform>%1 (%n estrela)</numerusform>
            <numerusform>%1 (%n estrelas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <extracomment>%1 is the name of a rating scale</extracomment>
        <translation>Avaliação de %1</translation>
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
    <message>
        <source>Conversation and case detail</source>
        <translation>Conversa e detalhes do caso</translation>
    </message>
    <message>
        <source>Offline: showing the messages saved as of %1. %2</source>
        <translation>Sem conexão: exibindo as mensagens salvas em %1. %2</translation>
    </message>
    <message>
        <source>Showing the messages saved as of %1; updating…</source>
        <translation>Exibindo as mensagens salvas em %1; atualizando…</translation>
    </message>
    <message>
        <source>The message could not be saved for sending.</source>
        <translation>Não foi possível salvar a mensagem para envio.</translation>
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
    <message numerus="yes">
        <source>“%1” was not attached: a message takes at most %n file(s).</source>
        <extracomment>%1 is a file name
----------
%1 is a file name; the limit is the server&apos;s (show_accessory_limits)</extracomment>
        <translation>
            <numerusform>&quot;%1&quot; não foi anexado: uma mensagem aceita no máximo %n arquivo.</numerusform>
            <numerusform>&quot;%1&quot; não foi anexado: uma mensagem aceita no máximo %n arquivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <extracomment>%1 says which file and which limit, e.g. &quot;“a.exe” is not a type of file that may be attached (…).&quot;</extracomment>
        <translation>Não anexado: %1</translation>
    </message>
    <message>
        <source>Remove before sending: %1</source>
        <extracomment>%1 says which file and which limit</extracomment>
        <translation>Remova antes de enviar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove some files before sending: a message takes at most %n file(s).</source>
        <translation>
            <numerusform>Remova alguns arquivos antes de enviar: uma mensagem aceita no máximo %n arquivo.</numerusform>
            <numerusform>Remova alguns arquivos antes de enviar: uma mensagem aceita no máximo %n arquivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted image could not be saved in “%1”.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>Não foi possível salvar a imagem colada em &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 (%2), uploading: %3%</source>
        <extracomment>A staged attachment being uploaded: file name, size, percent sent</extracomment>
        <translation>%1 (%2), enviando: %3%</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>Aviso sobre anexos</translation>
    </message>
    <message>
        <source>File being uploaded</source>
        <translation>Arquivo sendo enviado</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progresso do envio</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>&amp;Cancelar envio</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>Cancelar o envio</translation>
    </message>
</context>
<context>
    <name>osm::ui::ConfirmAuthorizationDialog</name>
    <message>
        <source>Agree to Authorization %1</source>
        <translation>Aceitar a autorização %1</translation>
    </message>
    <message>
        <source>Agree to authorization</source>
        <translation>Aceitar a autorização</translation>
    </message>
    <message>
        <source>Huawei Cloud support may access the resources below during the period you set. For hosts, give the port, account and password the engineer may use; “Check” tries them first.</source>
        <translation>O suporte da Huawei Cloud poderá acessar os recursos abaixo durante o período definido por você. Para hosts, informe a porta, a conta e a senha que o engenheiro pode usar; &quot;Verificar&quot; testa esses dados antes.</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Conta:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Check host %1</source>
        <translation>Verificar o host %1</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Resultado da verificação</translation>
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
        <translation>Também solicitado: %1</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Válida &amp;de:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Válida a&amp;té:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>A&amp;gência:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Conectado como:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida de</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida até</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Nenhuma agência</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agência</translation>
    </message>
    <message>
        <source>Login type</source>
        <translation>Tipo de login</translation>
    </message>
    <message>
        <source>Federated user</source>
        <translation>Usuário federado</translation>
    </message>
    <message>
        <source>Delegated access (agency)</source>
        <translation>Acesso delegado (agência)</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>Status da aceitação</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>A&amp;ceitar</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>The host accepted this account and password.</source>
        <translation>O host aceitou esta conta e senha.</translation>
    </message>
    <message>
        <source>The period must end after it starts, and in the future.</source>
        <translation>O período deve terminar depois do início e no futuro.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The authorization could not be agreed to: %1</source>
        <translation>Não foi possível aceitar a autorização: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactInfoDialog</name>
    <message>
        <source>A contact field can be changed but not removed: type a new value or leave the old one.</source>
        <translation>Um campo de contato pode ser alterado, mas não removido: digite um novo valor ou mantenha o anterior.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>O endereço de e-mail é inválido.</translation>
    </message>
    <message>
        <source>The CC e-mail address &quot;%1&quot; is not valid.</source>
        <extracomment>%1 is what the user typed as a CC e-mail address</extracomment>
        <translation>O endereço de e-mail em cópia (CC) &quot;%1&quot; é inválido.</translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation>Informações de contato</translation>
    </message>
    <message>
        <source>How support engineers reach you about case %1.</source>
        <translation>Como os engenheiros de suporte entram em contato com você sobre o caso %1.</translation>
    </message>
    <message>
        <source>Country &amp;code:</source>
        <translation>&amp;Código do país:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>C&amp;elular:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Contact &amp;time:</source>
        <translation>&amp;Horário de contato:</translation>
    </message>
    <message>
        <source>CC e-&amp;mails:</source>
        <translation>E-mails em có&amp;pia (CC):</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código do país</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Horário de contato</translation>
    </message>
    <message>
        <source>e.g. 9:00-18:00</source>
        <translation>ex.: 9:00-18:00</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>E-mails em cópia (CC)</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>Endereços separados por vírgulas</translation>
    </message>
    <message>
        <source>Use &amp;Recent</source>
        <translation>Usar &amp;recentes</translation>
    </message>
    <message>
        <source>Use recent CC e-mails</source>
        <translation>Usar os e-mails em cópia (CC) recentes</translation>
    </message>
    <message>
        <source>Fill in the CC e-mails used most recently: %1</source>
        <extracomment>%1 is a list of e-mail addresses</extracomment>
        <translation>Preencher com os e-mails em cópia (CC) usados mais recentemente: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save contact information</source>
        <translation>Salvar as informações de contato</translation>
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
        <translation>O código tem seis caracteres.</translation>
    </message>
    <message>
        <source>Checking whether this contact needs verification…</source>
        <translation>Verificando se este contato precisa de validação…</translation>
    </message>
    <message>
        <source>Registered or verified earlier: no code needed.</source>
        <translation>Registrado ou verificado anteriormente: nenhum código necessário.</translation>
    </message>
    <message>
        <source>This contact is not a registered one: send a code to it and enter the code here.</source>
        <translation>Este contato não está registrado: envie um código para ele e digite o código aqui.</translation>
    </message>
    <message>
        <source>A code was sent. It is valid for 5 minutes; a new code can be sent once a minute, a limited number of times a day.</source>
        <translation>Um código foi enviado. Ele é válido por 5 minutos; um novo código pode ser enviado uma vez por minuto, um número limitado de vezes por dia.</translation>
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
        <translation>Não foi possível verificar este contato.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>state, then the error that came with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Send Again in %n s</source>
        <translation>
            <numerusform>Reenviar em %n s</numerusform>
            <numerusform>Reenviar em %n s</numerusform>
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
        <translation>Status da verificação do e-mail</translation>
    </message>
    <message>
        <source>Mobile verification status</source>
        <translation>Status da verificação do celular</translation>
    </message>
    <message>
        <source>Code sent to the e-mail address</source>
        <translation>Código enviado ao endereço de e-mail</translation>
    </message>
    <message>
        <source>Code sent to the mobile number</source>
        <translation>Código enviado ao número de celular</translation>
    </message>
    <message>
        <source>6-character code</source>
        <translation>Código de 6 caracteres</translation>
    </message>
    <message>
        <source>Send a code to the e-mail address</source>
        <translation>Enviar um código ao endereço de e-mail</translation>
    </message>
    <message>
        <source>Send a code to the mobile number</source>
        <translation>Enviar um código ao número de celular</translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify the e-mail address</source>
        <translation>Verificar o endereço de e-mail</translation>
    </message>
    <message>
        <source>Verify the mobile number</source>
        <translation>Verificar o número de celular</translation>
    </message>
</context>
<context>
    <name>osm::ui::CreateCaseWizard</name>
    <message>
        <source>New Case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <source>Describe the problem for Huawei Cloud&apos;s engineers. Everything you type is kept as a draft until the case is created.</source>
        <translation>Descreva o problema para os engenheiros da Huawei Cloud. Tudo o que você digitar fica salvo como rascunho até o caso ser criado.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Additional Information</source>
        <translation>Informações adicionais</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acordo</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoria:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produto:</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>Tipo de pro&amp;blema:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravidade:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Escolha uma categoria…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Escolha um produto…</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Tipo de problema</translation>
    </message>
    <message>
        <source>Choose a problem type…</source>
        <translation>Escolha um tipo de problema…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Only the severities your support plan allows are offered.</source>
        <translation>Somente as gravidades permitidas pelo seu plano de suporte são oferecidas.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>Escolha uma região…</translation>
    </message>
    <message>
        <source>Fault reports name the region of the affected resources. Your own regions come first.</source>
        <translation>Os relatos de falha indicam a região dos recursos afetados. Suas próprias regiões aparecem primeiro.</translation>
    </message>
    <message>
        <source>Case quota</source>
        <translation>Cota de casos</translation>
    </message>
    <message>
        <source>What happened, since when, which resources, what you tried</source>
        <translation>O que aconteceu, desde quando, quais recursos, o que você já tentou</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Tamanho da descrição</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Informações adicionais</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Celular:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>C&amp;C e-mails:</source>
        <translation>E-mails em có&amp;pia (CC):</translation>
    </message>
    <message>
        <source>Reminder &amp;time:</source>
        <translation>&amp;Horário dos avisos:</translation>
    </message>
    <message>
        <source>Country calling code</source>
        <translation>Código telefônico do país</translation>
    </message>
    <message>
        <source>Reminder mobile number</source>
        <translation>Número de celular para avisos</translation>
    </message>
    <message>
        <source>Reminder e-mail address</source>
        <translation>Endereço de e-mail para avisos</translation>
    </message>
    <message>
        <source>CC e-mail addresses</source>
        <translation>Endereços de e-mail em cópia (CC)</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separados por vírgulas</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Horário dos avisos</translation>
    </message>
    <message>
        <source>For example 9:00-18:00</source>
        <translation>Por exemplo, 9:00-18:00</translation>
    </message>
    <message>
        <source>A number that is not registered with your account needs a verification code.</source>
        <translation>Um número que não está registrado na sua conta precisa de um código de verificação.</translation>
    </message>
    <message>
        <source>An address that is not registered with your account needs a verification code.</source>
        <translation>Um endereço que não está registrado na sua conta precisa de um código de verificação.</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Texto do acordo</translation>
    </message>
    <message>
        <source>I have read and accept this a&amp;greement</source>
        <translation>Li e &amp;aceito este acordo</translation>
    </message>
    <message>
        <source>Accept the agreement</source>
        <translation>Aceitar o acordo</translation>
    </message>
    <message>
        <source>&amp;Submit Case</source>
        <translation>Enviar ca&amp;so</translation>
    </message>
    <message>
        <source>Submit the case</source>
        <translation>Enviar o caso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close and keep the draft</source>
        <translation>Fechar e manter o rascunho</translation>
    </message>
    <message>
        <source>Submit error</source>
        <translation>Erro de envio</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <extracomment>%1 is a country calling code such as 86, %2 the country or region&apos;s name</extracomment>
        <translation>+%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>At most %n addresses, separated by commas.</source>
        <translation>
            <numerusform>No máximo %n endereço, separado por vírgulas.</numerusform>
            <numerusform>No máximo %n endereços, separados por vírgulas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n file(s) of at most %1 MB each; types: %2.</source>
        <extracomment>%n files at most, %1 MB each, %2 the allowed file types</extracomment>
        <translation>
            <numerusform>Até %n arquivo de no máximo %1 MB; tipos: %2.</numerusform>
            <numerusform>Até %n arquivos de no máximo %1 MB cada; tipos: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: %1 (version %2)</source>
        <extracomment>%1 is the agreement&apos;s name, %2 its version</extracomment>
        <translation>Acordo: %1 (versão %2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 characters typed of at most %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many.</source>
        <translation>
            <numerusform>%n caractere a mais.</numerusform>
            <numerusform>%n caracteres a mais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left.</source>
        <translation>
            <numerusform>Resta %n caractere.</numerusform>
            <numerusform>Restam %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>Nenhuma cota de casos se aplica a este tipo de problema.</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up, so a new case would be refused. Wait for the next period or ask your account manager for a special approval.</source>
        <translation>A cota de casos deste tipo de problema se esgotou, então um caso novo seria recusado. Aguarde o próximo período ou peça uma aprovação especial ao seu gerente de conta.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>Resta %n de %1 caso neste mês.</numerusform>
            <numerusform>Restam %n de %1 casos neste mês.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>Resta %n de %1 caso neste trimestre.</numerusform>
            <numerusform>Restam %n de %1 casos neste trimestre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>Resta %n de %1 caso neste ano.</numerusform>
            <numerusform>Restam %n de %1 casos neste ano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>Resta %n de %1 caso neste período.</numerusform>
            <numerusform>Restam %n de %1 casos neste período.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>choose a category, a product and a problem type.</source>
        <translation>escolha uma categoria, um produto e um tipo de problema.</translation>
    </message>
    <message>
        <source>a fault report names the region of the affected resources.</source>
        <translation>um relato de falha deve indicar a região dos recursos afetados.</translation>
    </message>
    <message>
        <source>describe the problem.</source>
        <translation>descreva o problema.</translation>
    </message>
    <message numerus="yes">
        <source>it is %n character(s) too long.</source>
        <translation>
            <numerusform>tem %n caractere a mais.</numerusform>
            <numerusform>tem %n caracteres a mais.</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in the template.</source>
        <translation>preencha o modelo.</translation>
    </message>
    <message>
        <source>it must be a phone number.</source>
        <translation>deve ser um número de telefone.</translation>
    </message>
    <message>
        <source>it must be an e-mail address.</source>
        <translation>deve ser um endereço de e-mail.</translation>
    </message>
    <message>
        <source>give a mobile number or an e-mail address for reminders.</source>
        <translation>informe um número de celular ou um endereço de e-mail para os avisos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>&quot;%1&quot; não é um endereço de e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n addresses are allowed.</source>
        <translation>
            <numerusform>é permitido no máximo %n endereço.</numerusform>
            <numerusform>são permitidos no máximo %n endereços.</numerusform>
        </translation>
    </message>
    <message>
        <source>verify this number with the code sent to it first.</source>
        <translation>primeiro valide este número com o código enviado a ele.</translation>
    </message>
    <message>
        <source>verify this address with the code sent to it first.</source>
        <translation>primeiro valide este endereço com o código enviado a ele.</translation>
    </message>
    <message>
        <source>read and accept the agreement first.</source>
        <translation>primeiro leia e aceite o acordo.</translation>
    </message>
    <message>
        <source>Checking the contact details…</source>
        <translation>Verificando as informações de contato…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Enviando %1…</translation>
    </message>
    <message>
        <source>%1 could not be uploaded.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Não foi possível enviar %1.</translation>
    </message>
    <message>
        <source>Signing the agreement…</source>
        <translation>Assinando o acordo…</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Criando o caso…</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificação</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>E-mails em cópia (CC)</translation>
    </message>
    <message>
        <source>%1 No more cases of this problem type can be created in this period; wait for the next one or ask your account manager for a special approval.</source>
        <extracomment>%1 is the server&apos;s refusal; what follows explains it</extracomment>
        <translation>%1 Não é possível criar mais casos deste tipo de problema neste período; aguarde o próximo ou peça uma aprovação especial ao seu gerente de conta.</translation>
    </message>
    <message>
        <source>%1 Ask for a new code and enter it again.</source>
        <translation>%1 Peça um novo código e digite-o novamente.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit New Case</source>
        <translation>Editar novo caso</translation>
    </message>
    <message>
        <source>The new case you have not finished yet will be replaced by the one waiting to be sent. Replace it?</source>
        <translation>O novo caso que você ainda não terminou será substituído pelo que está aguardando envio. Substituí-lo?</translation>
    </message>
</context>
<context>
    <name>osm::ui::DiagnosisWindow</name>
    <message>
        <source>Cloud server (ECS)</source>
        <translation>Servidor em nuvem (ECS)</translation>
    </message>
    <message>
        <source>Database instance (RDS)</source>
        <translation>Instância de banco de dados (RDS)</translation>
    </message>
    <message>
        <source>Remote login</source>
        <translation>Login remoto</translation>
    </message>
    <message>
        <source>Network health</source>
        <translation>Integridade da rede</translation>
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
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Not executed</source>
        <translation>Não executado</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Preparing the diagnosis…</source>
        <translation>Preparando o diagnóstico…</translation>
    </message>
    <message>
        <source>Running: %1 of %2 checks done…</source>
        <extracomment>%1 of %2 check items are done</extracomment>
        <translation>Em execução: %1 de %2 verificações concluídas…</translation>
    </message>
    <message>
        <source>Completed: no problem found.</source>
        <translation>Concluído: nenhum problema encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>Completed: %n check item(s) found a problem.</source>
        <translation>
            <numerusform>Concluído: %n item de verificação encontrou um problema.</numerusform>
            <numerusform>Concluído: %n itens de verificação encontraram um problema.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis failed: the resource could not be checked. Check its region and ID.</source>
        <translation>O diagnóstico falhou: não foi possível verificar o recurso. Verifique a região e o ID dele.</translation>
    </message>
    <message>
        <source>The diagnosis was not run.</source>
        <translation>O diagnóstico não foi executado.</translation>
    </message>
    <message>
        <source>This diagnosis is not available for the resource.</source>
        <translation>Este diagnóstico não está disponível para o recurso.</translation>
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
        <translation>Verificando (%1%)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a region&apos;s name and id, e.g. &quot;CN South-Guangzhou (cn-south-1)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No virtual machine of this project and region matches.</source>
        <translation>Nenhuma máquina virtual deste projeto e desta região corresponde.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n virtual machine(s): choose one to diagnose.</source>
        <translation>
            <numerusform>%n máquina virtual encontrada: escolha-a para diagnosticar.</numerusform>
            <numerusform>%n máquinas virtuais encontradas: escolha uma para diagnosticar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the diagnosis…</source>
        <translation>Iniciando o diagnóstico…</translation>
    </message>
    <message>
        <source>Reading the diagnosis…</source>
        <translation>Lendo o diagnóstico…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No details for this check item.</source>
        <translation>Não há detalhes para este item de verificação.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>O que foi encontrado</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Recomendações</translation>
    </message>
    <message>
        <source>Read more about this problem</source>
        <translation>Saiba mais sobre este problema</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Thank you: your feedback was sent.</source>
        <translation>Obrigado: seu feedback foi enviado.</translation>
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
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click: choose what to diagnose, start, and read the results and advice.</source>
        <translation>Verifique com um clique se um recurso em nuvem tem problemas comuns: escolha o que diagnosticar, inicie e leia os resultados e as recomendações.</translation>
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
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>&amp;Virtual machine:</source>
        <translation>&amp;Máquina virtual:</translation>
    </message>
    <message>
        <source>VM ID or elastic IP address, or choose one below</source>
        <translation>ID da VM ou endereço IP elástico, ou escolha uma abaixo</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instância:</translation>
    </message>
    <message>
        <source>RDS instance ID</source>
        <translation>ID da instância do RDS</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Recurso:</translation>
    </message>
    <message>
        <source>Not needed for this diagnosis</source>
        <translation>Não é necessário para este diagnóstico</translation>
    </message>
    <message>
        <source>Resource to diagnose</source>
        <translation>Recurso a diagnosticar</translation>
    </message>
    <message>
        <source>Find a virtual machine</source>
        <translation>Encontrar uma máquina virtual</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>ID do &amp;projeto:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID do projeto</translation>
    </message>
    <message>
        <source>The region&apos;s project ID, as shown under My Credentials in the console</source>
        <translation>O ID do projeto da região, conforme exibido em Minhas credenciais no console</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>Nome da VM</translation>
    </message>
    <message>
        <source>Part of the name (optional)</source>
        <translation>Parte do nome (opcional)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Endereços IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Known fault</source>
        <translation>Falha conhecida</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Máquinas virtuais</translation>
    </message>
    <message>
        <source>&amp;Start Diagnosis</source>
        <translation>&amp;Iniciar diagnóstico</translation>
    </message>
    <message>
        <source>Diagnosis status</source>
        <translation>Status do diagnóstico</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Item de verificação</translation>
    </message>
    <message>
        <source>Check items</source>
        <translation>Itens de verificação</translation>
    </message>
    <message>
        <source>Check item details</source>
        <translation>Detalhes do item de verificação</translation>
    </message>
    <message>
        <source>Did this diagnosis help?</source>
        <translation>Este diagnóstico ajudou?</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>Comentário de feedback</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comentário (opcional)</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation>A&amp;judou</translation>
    </message>
    <message>
        <source>&amp;Not Helpful</source>
        <translation>&amp;Não ajudou</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
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
        <translation>Clique duas vezes em um diagnóstico para ver os resultados</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Próxima</translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3 in all)</source>
        <extracomment>%1 and %2 are page numbers; %3 is the number of diagnoses</extracomment>
        <translation>Página %1 de %2 (%3 no total)</translation>
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
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>it must be a whole number.</source>
        <translation>deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>it is required.</source>
        <translation>é obrigatório.</translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <extracomment>%1 and %2 are the smallest and the largest allowed number</extracomment>
        <translation>deve estar entre %1 e %2.</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n characters long.</source>
        <translation>
            <numerusform>pode ter no máximo %n caractere.</numerusform>
            <numerusform>pode ter no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not have the expected format.</source>
        <translation>não tem o formato esperado.</translation>
    </message>
    <message>
        <source>This problem type asks for no additional information.</source>
        <translation>Este tipo de problema não solicita informações adicionais.</translation>
    </message>
</context>
<context>
    <name>osm::ui::LabelManagerDialog</name>
    <message>
        <source>Manage Labels</source>
        <translation>Gerenciar rótulos</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Double-click a name (or press F2) to rename the label</source>
        <translation>Clique duas vezes em um nome (ou pressione F2) para renomear o rótulo</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Cor…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>&amp;New label:</source>
        <translation>&amp;Novo rótulo:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>Nome do novo rótulo</translation>
    </message>
    <message>
        <source>New label colour</source>
        <translation>Cor do novo rótulo</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>You have %n labels, the most allowed. Delete one to add another.</source>
        <translation>
            <numerusform>Você tem %n rótulo, o máximo permitido. Exclua-o para adicionar outro.</numerusform>
            <numerusform>Você tem %n rótulos, o máximo permitido. Exclua um para adicionar outro.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of at most %2 labels</source>
        <extracomment>%1 labels in use of at most %2</extracomment>
        <translation>%1 de no máximo %2 rótulos</translation>
    </message>
    <message>
        <source>Label “%1” created.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Rótulo &quot;%1&quot; criado.</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Um rótulo precisa de um nome.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Cor de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Label “%1” saved.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Rótulo &quot;%1&quot; salvo.</translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>Excluir rótulo</translation>
    </message>
    <message>
        <source>Delete the label “%1”? It is also removed from every case that carries it.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Excluir o rótulo &quot;%1&quot;? Ele também será removido de todos os casos que o tiverem.</translation>
    </message>
    <message>
        <source>Label “%1” deleted.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>Rótulo &quot;%1&quot; excluído.</translation>
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
        <translation>Idioma do sistema</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheActions</name>
    <message>
        <source>Saved list as of %1</source>
        <translation>Lista salva em %1</translation>
    </message>
    <message>
        <source>These are the cases saved on this computer; the server&apos;s list replaces them when it answers.</source>
        <translation>Estes são os casos salvos neste computador; a lista do servidor os substitui quando ele responder.</translation>
    </message>
    <message>
        <source>The server could not be reached: these are the cases saved on this computer.</source>
        <translation>Não foi possível acessar o servidor: estes são os casos salvos neste computador.</translation>
    </message>
    <message>
        <source>The local cache could not be emptied: %1</source>
        <translation>Não foi possível esvaziar o cache local: %1</translation>
    </message>
    <message>
        <source>&amp;Search Saved Cases…</source>
        <translation>&amp;Pesquisar casos salvos…</translation>
    </message>
    <message>
        <source>Find words in the cases, messages and attachment names saved on this computer (%1)</source>
        <translation>Procurar palavras nos casos, mensagens e nomes de anexos salvos neste computador (%1)</translation>
    </message>
    <message>
        <source>Rebuild Local &amp;Cache</source>
        <translation>Recriar o &amp;cache local</translation>
    </message>
    <message>
        <source>Forget the cases and messages saved on this computer and read them again from the server (unsent messages and drafts are kept)</source>
        <translation>Descartar os casos e mensagens salvos neste computador e lê-los novamente do servidor (mensagens não enviadas e rascunhos são mantidos)</translation>
    </message>
    <message>
        <source>Saved list</source>
        <translation>Lista salva</translation>
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
        <translation>&amp;Manter arquivos baixados até (MiB):</translation>
    </message>
    <message>
        <source>Attachments you open, save or drag out are kept on this computer, so that they open again without a download, also offline. Beyond the limit the least recently used go first; 0 keeps none.</source>
        <translation>Os anexos que você abre, salva ou arrasta para fora ficam guardados neste computador, para que abram novamente sem download, mesmo sem conexão. Acima do limite, os usados há mais tempo são removidos primeiro; 0 não guarda nenhum.</translation>
    </message>
    <message>
        <source>C&amp;lear Downloaded Files</source>
        <translation>&amp;Limpar arquivos baixados</translation>
    </message>
    <message numerus="yes">
        <source>In use: %n file(s), %1</source>
        <extracomment>%n is how many files are kept, %1 the space they take (e.g. &quot;12.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>Em uso: %n arquivo, %1</numerusform>
            <numerusform>Em uso: %n arquivos, %1</numerusform>
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
        <translation>Mensagem no caso %1, %2</translation>
    </message>
    <message>
        <source>Attachment in case %1</source>
        <translation>Anexo no caso %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
    <message>
        <source>Nothing saved on this computer matches.</source>
        <translation>Nada salvo neste computador corresponde à pesquisa.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Search Saved Cases</source>
        <translation>Pesquisar casos salvos</translation>
    </message>
    <message>
        <source>Searches the case descriptions, messages and attachment names saved on this computer, also while offline. Press Enter on a result to open its case.</source>
        <translation>Pesquisa as descrições de casos, mensagens e nomes de anexos salvos neste computador, mesmo sem conexão. Pressione Enter em um resultado para abrir o caso dele.</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Palavras a procurar</translation>
    </message>
    <message>
        <source>Search saved cases</source>
        <translation>Pesquisar casos salvos</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Resultados</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>A&amp;brir caso</translation>
    </message>
    <message>
        <source>Open the selected case in its own window (Enter or double-click)</source>
        <translation>Abrir o caso selecionado em uma janela própria (Enter ou clique duplo)</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Novo caso…</translation>
    </message>
    <message>
        <source>Create a new case (%1)</source>
        <translation>Criar um caso novo (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r do OSM Desk</translation>
    </message>
    <message>
        <source>&amp;About OSM Desk</source>
        <translation>&amp;Sobre o OSM Desk</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>Mensagens não lidas</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Status da conexão</translation>
    </message>
    <message>
        <source>Offline — waiting for the network</source>
        <translation>Sem conexão — aguardando a rede</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>Sem conexão — nova tentativa em %n s</numerusform>
            <numerusform>Sem conexão — nova tentativa em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — retrying…</source>
        <translation>Sem conexão — tentando novamente…</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mensagem não lida</numerusform>
            <numerusform>%n mensagens não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Export Cases…</source>
        <translation>&amp;Exportar casos…</translation>
    </message>
    <message>
        <source>Export the cases of the current view and filters to a file</source>
        <translation>Exportar para um arquivo os casos da visualização e dos filtros atuais</translation>
    </message>
    <message>
        <source>Save &amp;View as CSV…</source>
        <translation>Salvar a &amp;visualização como CSV…</translation>
    </message>
    <message>
        <source>Save the cases listed now, with the visible columns, as a CSV file</source>
        <translation>Salvar os casos listados agora, com as colunas visíveis, como um arquivo CSV</translation>
    </message>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>Gerenciar &amp;rótulos…</translation>
    </message>
    <message>
        <source>A&amp;uthorizations…</source>
        <translation>A&amp;utorizações…</translation>
    </message>
    <message>
        <source>Requests of support engineers for access to your console or hosts</source>
        <translation>Solicitações dos engenheiros de suporte para acessar seu console ou seus hosts</translation>
    </message>
    <message>
        <source>&amp;Diagnosis…</source>
        <translation>&amp;Diagnóstico…</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click</source>
        <translation>Verificar com um clique se um recurso em nuvem tem problemas comuns</translation>
    </message>
    <message>
        <source>Account &amp;Information…</source>
        <translation>&amp;Informações da conta…</translation>
    </message>
    <message>
        <source>Case quota, agencies, partner service and configuration items</source>
        <translation>Cota de casos, agências, serviço de parceiro e itens de configuração</translation>
    </message>
    <message>
        <source>&amp;Report Infringement or Illegal Information…</source>
        <translation>&amp;Denunciar violação ou informação ilegal…</translation>
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
    <name>osm::ui::OfflineStatus</name>
    <message numerus="yes">
        <source>Offline — showing saved data; %n change(s) waiting</source>
        <translation>
            <numerusform>Sem conexão — exibindo dados salvos; %n alteração aguardando envio</numerusform>
            <numerusform>Sem conexão — exibindo dados salvos; %n alterações aguardando envio</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing saved data</source>
        <translation>Sem conexão — exibindo dados salvos</translation>
    </message>
    <message>
        <source>The server cannot be reached. The cases and messages shown are those saved on this computer; what you send is kept and goes out when the server answers again.</source>
        <translation>Não é possível acessar o servidor. Os casos e mensagens exibidos são os salvos neste computador; o que você enviar fica guardado e será enviado quando o servidor voltar a responder.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxItemText</name>
    <message>
        <source>Urge the case</source>
        <translation>Cobrar o caso</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>Cancelar o caso</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Excluir o caso</translation>
    </message>
    <message>
        <source>Close the case and rate it</source>
        <translation>Encerrar e avaliar o caso</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Encerrar o caso</translation>
    </message>
    <message>
        <source>Rate the case</source>
        <translation>Avaliar o caso</translation>
    </message>
    <message>
        <source>Add label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>Adicionar o rótulo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>Remover o rótulo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Relate case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>Relacionar o caso %1</translation>
    </message>
    <message>
        <source>Remove the relation to case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>Remover a relação com o caso %1</translation>
    </message>
    <message>
        <source>Change the reminder contact information</source>
        <translation>Alterar o contato para avisos</translation>
    </message>
    <message>
        <source>Create a case: %1</source>
        <extracomment>%1 is the beginning of the new case&apos;s description</extracomment>
        <translation>Criar um caso: %1</translation>
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
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Waiting for the network; it will be sent when the connection is back.</source>
        <translation>Aguardando a rede; será enviada quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Waiting to sign in again; it will be sent after that.</source>
        <translation>Aguardando você entrar novamente; será enviada em seguida.</translation>
    </message>
    <message>
        <source>Will be sent again shortly: %1</source>
        <extracomment>%1 is why the last attempt failed</extracomment>
        <translation>Será reenviada em breve: %1</translation>
    </message>
    <message>
        <source>Messages waiting to be sent</source>
        <translation>Mensagens aguardando envio</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <extracomment>The files of a message waiting to be sent; %1 is their names</extracomment>
        <translation>Anexos: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Tentar enviar novamente</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the message in the reply box</source>
        <translation>Editar a mensagem na caixa de resposta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard the message</source>
        <translation>Descartar a mensagem</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesButton</name>
    <message numerus="yes">
        <source>%n new case(s) not sent</source>
        <translation>
            <numerusform>%n novo caso não enviado</numerusform>
            <numerusform>%n novos casos não enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) waiting to be sent</source>
        <translation>
            <numerusform>%n novo caso aguardando envio</numerusform>
            <numerusform>%n novos casos aguardando envio</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the new cases waiting to be sent</source>
        <translation>Mostrar os novos casos aguardando envio</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesDialog</name>
    <message>
        <source>New Cases Waiting to Be Sent</source>
        <translation>Novos casos aguardando envio</translation>
    </message>
    <message>
        <source>These new cases are saved on this computer and are created as soon as the server can be reached. A case the server refused shows its reason: edit it, retry or discard it.</source>
        <translation>Estes novos casos estão salvos neste computador e serão criados assim que o servidor puder ser acessado. Um caso recusado pelo servidor mostra o motivo: edite-o, tente novamente ou descarte-o.</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeCache</name>
    <message>
        <source>Your account&apos;s administrator has restricted case submission, and your user does not hold the privilege to submit cases. Ask the administrator of the main account to grant it.</source>
        <translation>O administrador da sua conta restringiu o envio de casos, e o seu usuário não tem o privilégio para enviar casos. Peça ao administrador da conta principal que o conceda.</translation>
    </message>
    <message>
        <source>You are signed in with a delegated account, and the account&apos;s administrator does not allow delegated accounts to work on cases. Ask the administrator to grant the case privilege.</source>
        <translation>Você entrou com uma conta delegada, e o administrador da conta não permite que contas delegadas trabalhem em casos. Peça ao administrador que conceda o privilégio de casos.</translation>
    </message>
    <message>
        <source>Your user does not hold the privilege to export cases. Ask the administrator of the main account to grant it.</source>
        <translation>O seu usuário não tem o privilégio para exportar casos. Peça ao administrador da conta principal que o conceda.</translation>
    </message>
    <message>
        <source>You may not see or change the cases of this IAM group: your user is not allowed to work on its members&apos; cases. Check the group ID, or ask your administrator to add you to the group.</source>
        <translation>Você não pode ver nem alterar os casos deste grupo do IAM: o seu usuário não tem permissão para trabalhar nos casos dos membros dele. Verifique o ID do grupo ou peça ao administrador para adicioná-lo ao grupo.</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeNotice</name>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>Por que algumas ações estão indisponíveis</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegePolicyTab</name>
    <message>
        <source>Restrictions the main account switches on for its IAM users: a restricted privilege is held only by the users it is granted to.</source>
        <translation>Restrições que a conta principal ativa para seus usuários do IAM: um privilégio restrito pertence apenas aos usuários a quem foi concedido.</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Privilégio</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Restrição</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Privilégios</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>whether the restriction of a privilege is switched on</extracomment>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ativada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>&amp;Restringir</translation>
    </message>
    <message>
        <source>&amp;Lift Restriction</source>
        <translation>&amp;Remover restrição</translation>
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
    <name>osm::ui::RelatedCasesEditor</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
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
        <translation>ID do caso relacionado</translation>
    </message>
    <message>
        <source>Case ID to relate</source>
        <translation>ID do caso a relacionar</translation>
    </message>
    <message>
        <source>IAM group ID for relations</source>
        <translation>ID do grupo do IAM para as relações</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>ID do grupo do IAM</translation>
    </message>
    <message>
        <source>The relation calls of the OSM API require the ID of your IAM group.</source>
        <translation>As chamadas de relação da API OSM exigem o ID do seu grupo do IAM.</translation>
    </message>
    <message>
        <source>Re&amp;late</source>
        <translation>Re&amp;lacionar</translation>
    </message>
    <message>
        <source>Add related case</source>
        <translation>Adicionar caso relacionado</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open related case</source>
        <translation>Abrir o caso relacionado</translation>
    </message>
    <message>
        <source>Unrelate</source>
        <translation>Remover relação</translation>
    </message>
    <message>
        <source>Remove related case</source>
        <translation>Remover o caso relacionado</translation>
    </message>
</context>
<context>
    <name>osm::ui::ReportFeedbackDialog</name>
    <message>
        <source>Describe what you are reporting.</source>
        <translation>Descreva o que você está denunciando.</translation>
    </message>
    <message numerus="yes">
        <source>The description is %n character(s) too long.</source>
        <translation>
            <numerusform>A descrição ultrapassa o limite em %n caractere.</numerusform>
            <numerusform>A descrição ultrapassa o limite em %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one file as evidence.</source>
        <translation>Adicione pelo menos um arquivo como prova.</translation>
    </message>
    <message>
        <source>Describe the right that is infringed.</source>
        <translation>Descreva o direito que está sendo violado.</translation>
    </message>
    <message>
        <source>An infringement report needs your name, mobile number and e-mail address.</source>
        <translation>Uma denúncia de violação exige seu nome, número de celular e endereço de e-mail.</translation>
    </message>
    <message>
        <source>Waiting for the files to upload…</source>
        <translation>Aguardando o envio dos arquivos…</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <extracomment>%1 is a file name, %2 why it could not be uploaded</extracomment>
        <translation>Não foi possível enviar %1: %2</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Adicionar provas</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>characters typed / the limit</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Report Infringement or Illegal Information</source>
        <translation>Denunciar violação ou informação ilegal</translation>
    </message>
    <message>
        <source>Intellectual-property infringement</source>
        <translation>Violação de propriedade intelectual</translation>
    </message>
    <message>
        <source>Illegal information</source>
        <translation>Informação ilegal</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Não especificado</translation>
    </message>
    <message>
        <source>Pornography</source>
        <translation>Pornografia</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Jogos de azar</translation>
    </message>
    <message>
        <source>Political breach</source>
        <translation>Violação política</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <source>Virtual currency</source>
        <translation>Moeda virtual</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Servidor proxy</translation>
    </message>
    <message>
        <source>Website without ICP filing</source>
        <translation>Site sem registro ICP</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>Informação sensível</translation>
    </message>
    <message>
        <source>Violence or terrorism</source>
        <translation>Violência ou terrorismo</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>Boato</translation>
    </message>
    <message>
        <source>Insulting heroes and martyrs</source>
        <translation>Insulto a heróis e mártires</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religião</translation>
    </message>
    <message>
        <source>Harm to minors</source>
        <translation>Danos a menores</translation>
    </message>
    <message>
        <source>Cyberattack</source>
        <translation>Ataque cibernético</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Direitos autorais</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>Marca registrada</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Patente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Pessoa física</translation>
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
        <translation>Advogado</translation>
    </message>
    <message>
        <source>Right owner</source>
        <translation>Titular do direito</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Denúncia:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoria:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escrição:</translation>
    </message>
    <message>
        <source>Reported &amp;party:</source>
        <translation>&amp;Parte denunciada:</translation>
    </message>
    <message>
        <source>Reported p&amp;roduct:</source>
        <translation>P&amp;roduto denunciado:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Pro&amp;vas:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Denúncia</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Product or service; website address</source>
        <translation>Produto ou serviço; endereço do site</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>What is infringing or illegal, and where it can be seen</source>
        <translation>O que viola direitos ou é ilegal, e onde pode ser visto</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Tamanho da descrição</translation>
    </message>
    <message>
        <source>Reported party</source>
        <translation>Parte denunciada</translation>
    </message>
    <message>
        <source>The party or merchant reported (optional)</source>
        <translation>A parte ou o comerciante denunciado (opcional)</translation>
    </message>
    <message>
        <source>Reported product</source>
        <translation>Produto denunciado</translation>
    </message>
    <message>
        <source>The infringing product or service (optional)</source>
        <translation>O produto ou serviço que viola direitos (opcional)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Arquivos de prova</translation>
    </message>
    <message>
        <source>One to %1 files that show what you report</source>
        <extracomment>%1 is the largest number of files</extracomment>
        <translation>De um a %1 arquivos que mostrem o que você está denunciando</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Infringed right</source>
        <translation>Direito violado</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Registered &amp;in:</source>
        <translation>Registrado &amp;em:</translation>
    </message>
    <message>
        <source>Registration &amp;number:</source>
        <translation>&amp;Número de registro:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>Des&amp;crição:</translation>
    </message>
    <message>
        <source>Kind of right</source>
        <translation>Tipo de direito</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>Registrado em</translation>
    </message>
    <message>
        <source>Country or region (optional)</source>
        <translation>País ou região (opcional)</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Trademark or patent number (optional)</source>
        <translation>Número da marca ou patente (opcional)</translation>
    </message>
    <message>
        <source>Right description</source>
        <translation>Descrição do direito</translation>
    </message>
    <message>
        <source>Your contact details</source>
        <translation>Suas informações de contato</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>Ce&amp;lular:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Country or re&amp;gion:</source>
        <translation>País ou re&amp;gião:</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Endere&amp;ço:</translation>
    </message>
    <message>
        <source>You a&amp;re:</source>
        <translation>Voc&amp;ê é:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>Empre&amp;sa:</translation>
    </message>
    <message>
        <source>&amp;Other contact:</source>
        <translation>&amp;Outro contato:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País ou região</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Você é</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Outro contato</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Send Report</source>
        <translation>&amp;Enviar denúncia</translation>
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
    <name>osm::ui::SaveViewAsCsv</name>
    <message>
        <source>Save View as CSV</source>
        <translation>Salvar a visualização como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>
            <numerusform>%n caso salvo em %1</numerusform>
            <numerusform>%n casos salvos em %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::SubmissionPrivilegeGate</name>
    <message>
        <source>New Case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <source>You cannot submit cases with this user.</source>
        <translation>Você não pode enviar casos com este usuário.</translation>
    </message>
</context>
<context>
    <name>osm::ui::TrayNotifier</name>
    <message>
        <source>Show OSM Desk</source>
        <translation>Mostrar o OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk tray menu</source>
        <translation>Menu da bandeja do OSM Desk</translation>
    </message>
    <message numerus="yes">
        <source>OSM Desk: %n unread message(s)</source>
        <translation>
            <numerusform>OSM Desk: %n mensagem não lida</numerusform>
            <numerusform>OSM Desk: %n mensagens não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>OSM Desk: no unread messages</source>
        <translation>OSM Desk: nenhuma mensagem não lida</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>Nenhuma mensagem não lida</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <extracomment>A tray menu entry: the case number and how many of its messages are unread.</extracomment>
        <translation>
            <numerusform>%1 (%n não lida)</numerusform>
            <numerusform>%1 (%n não lidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>New reply in case %1</source>
        <translation>Nova resposta no caso %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mensagem não lida</numerusform>
            <numerusform>%n mensagens não lidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New replies in %n case(s)</source>
        <translation>
            <numerusform>Novas respostas em %n caso</numerusform>
            <numerusform>Novas respostas em %n casos</numerusform>
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
        <translation>Visualizações</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>Escolher &amp;grupo do IAM…</translation>
    </message>
</context>
</TS>
