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
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>deve ser uma cor no formato #RRGGBB, como #1E88E5.</translation>
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
        <source>Read the case list again (%1)</source>
        <translation>Ler a lista de casos novamente (%1)</translation>
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
</TS>
