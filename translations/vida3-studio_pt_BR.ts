<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../app/actions/actionregistry.cpp" line="+146"/>
        <source>There is no action “%1”.</source>
        <translation>Não existe a ação “%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already the key of “%2”. Clear it there first.</source>
        <translation>%1 já é o atalho de “%2”. Remova-o de lá primeiro.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 moves the focus or presses the focused control: choose a key with Ctrl, Alt or a function key.</source>
        <translation>%1 move o foco ou aciona o controle em foco: escolha uma tecla com Ctrl, Alt ou uma tecla de função.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 moves or removes layers in the canvas and the Layers list.</source>
        <translation>%1 move ou remove camadas na tela e na lista Camadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 copies, pastes or duplicates layers and text.</source>
        <translation>%1 copia, cola ou duplica camadas e texto.</translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <location filename="../app/alerts/alertcenter.cpp" line="+66"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A destination fails</source>
        <translation>Um destino falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A destination starts reconnecting</source>
        <translation>Um destino começa a se reconectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A destination is live again</source>
        <translation>Um destino volta a ficar ao vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording stops on its own</source>
        <translation>A gravação para sozinha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>The disk is nearly full</source>
        <translation>O disco está quase cheio</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>“%1” failed</source>
        <translation>“%1” falhou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is reconnecting</source>
        <translation>“%1” está se reconectando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection dropped.</source>
        <translation>A conexão caiu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is live again</source>
        <translation>“%1” está ao vivo novamente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stream reached the server again.</source>
        <translation>A transmissão voltou a chegar ao servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording stopped</source>
        <translation>A gravação parou</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 left for the recording.</source>
        <translation>Restam %1 para a gravação.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 left: the recording fills it in about %n minute(s).</source>
        <translation>
            <numerusform>Restam %1: a gravação vai encher o disco em cerca de %n minuto.</numerusform>
            <numerusform>Restam %1: a gravação vai encher o disco em cerca de %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserSourcePanel</name>
    <message>
        <location filename="../app/browsersourcepanel.cpp" line="+32"/>
        <source>Browser sources</source>
        <translation>Fontes de navegador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the relay…</source>
        <translation>Iniciando o retransmissor…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add browser source…</source>
        <translation>Adicionar fonte de navegador…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rotate secret…</source>
        <translation>Trocar segredo…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snippet</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected sources</source>
        <translation>Fontes conectadas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The relay listens on %1.</source>
        <translation>O retransmissor escuta em %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no keychain to keep its secret in, so tokens work until VIDA³ Studio closes.</source>
        <translation>Não há chaveiro para guardar o segredo dele, então os tokens funcionam até o VIDA³ Studio ser fechado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browser sources are unavailable: %1</source>
        <translation>Fontes de navegador indisponíveis: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add browser source</source>
        <translation>Adicionar fonte de navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the browser source (the page streams under this name):</source>
        <translation>Nome da fonte de navegador (a página transmite com este nome):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A browser source needs a name.</source>
        <translation>Uma fonte de navegador precisa de um nome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a browser source called “%1”.</source>
        <translation>Já existe uma fonte de navegador chamada “%1”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is on top of the scene.</source>
        <translation>“%1” está no topo da cena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is added to the scene after everything has stopped.</source>
        <translation>“%1” entra na cena depois que tudo parar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rotate the relay secret?</source>
        <translation>Trocar o segredo do retransmissor?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every browser-source token given out so far stops working at once and connected pages are disconnected. Pages need the new token shown here to stream again.</source>
        <translation>Todos os tokens de fonte de navegador emitidos até agora param de funcionar imediatamente e as páginas conectadas são desconectadas. As páginas precisam do novo token mostrado aqui para transmitir novamente.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The secret was not rotated: %1</source>
        <translation>O segredo não foi trocado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New secret: every earlier token stopped working.</source>
        <translation>Novo segredo: todos os tokens anteriores pararam de funcionar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a browser source first</source>
        <translation>Adicione uma fonte de navegador primeiro</translation>
    </message>
</context>
<context>
    <name>BrowserSourceRow</name>
    <message>
        <location filename="../app/browsersourcerow.cpp" line="+10"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fps</source>
        <translation>fps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen</source>
        <translation>Visto por último</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dropped</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s ago</source>
        <translation>há %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <location filename="../app/canvas/canvaseditor.cpp" line="+28"/>
        <source>Canvas</source>
        <translation>Tela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scene being edited. Page Up and Page Down select a layer, arrows move it, Alt with arrows resizes it, Shift makes steps of 10 pixels, the menu key arranges it.</source>
        <translation>A cena em edição. Page Up e Page Down selecionam uma camada, as setas a movem, Alt com as setas a redimensiona, Shift faz passos de 10 pixels e a tecla de menu a organiza.</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+36"/>
        <source>Resize %1</source>
        <translation>Redimensionar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nudge %1</source>
        <translation>Deslocar %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Arrange %1</source>
        <translation>Organizar %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fit to canvas</source>
        <translation>Ajustar à tela</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill the canvas</source>
        <translation>Preencher a tela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>Centralizar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset transform</source>
        <translation>Redefinir transformação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring forward</source>
        <translation>Trazer para a frente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send backward</source>
        <translation>Enviar para trás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapping</source>
        <translation>Encaixe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safe areas</source>
        <translation>Áreas de segurança</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>9:16 guide</source>
        <translation>Guia 9:16</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsMenu</name>
    <message>
        <location filename="../app/mixer/channelsettingsmenu.cpp" line="+26"/>
        <source>Noise suppression</source>
        <translation>Supressão de ruído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise gate</source>
        <translation>Noise gate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compressor</source>
        <translation>Compressor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Balanço</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>Esquerda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Direita</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Gain: %1 dB…</source>
        <translation>Ganho: %1 dB…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync offset: %1 ms…</source>
        <translation>Atraso de sincronia: %1 ms…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gain</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gain before the compressor (dB):</source>
        <translation>Ganho antes do compressor (dB):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync offset</source>
        <translation>Atraso de sincronia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay this channel by (ms; negative: earlier):</source>
        <translation>Atrasar este canal em (ms; negativo: adiantar):</translation>
    </message>
</context>
<context>
    <name>ChannelStrip</name>
    <message>
        <location filename="../app/mixer/channelstrip.cpp" line="+25"/>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop audio</source>
        <translation>Áudio do desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser sources</source>
        <translation>Fontes de navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ tone</source>
        <translation>Tom do VIDA³</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 volume</source>
        <translation>Volume de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute %1</source>
        <translation>Silenciar %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filters, balance, sync offset</source>
        <translation>Filtros, balanço, atraso de sincronia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings of %1</source>
        <translation>Configurações de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 level</source>
        <translation>Nível de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove this channel</source>
        <translation>Remover este canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>−inf dB</source>
        <translation>−inf dB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> — disconnected</source>
        <translation> — desconectado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — connecting</source>
        <translation> — conectando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — you are muted</source>
        <translation> — você está silenciado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — no signal</source>
        <translation> — sem sinal</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../app/actions/commandpalette.cpp" line="+27"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type an action: go live, record, a scene, mute…</source>
        <translation>Digite uma ação: ao vivo, gravação, uma cena, silenciar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an action</source>
        <translation>Buscar uma ação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions found</source>
        <translation>Ações encontradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action matches.</source>
        <translation>Nenhuma ação corresponde.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>  (on)</source>
        <translation>  (ligado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  (off)</source>
        <translation>  (desligado)</translation>
    </message>
</context>
<context>
    <name>CongestionIndicator</name>
    <message>
        <location filename="../app/congestionindicator.cpp" line="+18"/>
        <location line="+13"/>
        <source>Congestion: not sending</source>
        <translation>Congestionamento: sem envio</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Congestion %1 (0: clear, 1: dropping frames)</source>
        <translation>Congestionamento %1 (0: livre, 1: perdendo quadros)</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../app/alerts/desktopnotifier.cpp" line="+54"/>
        <source>This desktop shows no notifications.</source>
        <translation>Este desktop não exibe notificações.</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <location filename="../app/destinationeditor.cpp" line="+43"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add destination</source>
        <translation>Adicionar destino</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit destination</source>
        <translation>Editar destino</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the destination a name.</source>
        <translation>Dê um nome ao destino.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another destination has this name.</source>
        <translation>Outro destino já tem este nome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This name is reserved; choose another.</source>
        <translation>Este nome é reservado; escolha outro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains a control character.</source>
        <translation>O nome contém um caractere de controle.</translation>
    </message>
</context>
<context>
    <name>DestinationForm</name>
    <message>
        <location filename="../app/destinationform.cpp" line="+59"/>
        <location line="+102"/>
        <source>Optional: used when the server URL keeps failing</source>
        <translation>Opcional: usada quando a URL do servidor continua falhando</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Paste the key from the platform</source>
        <translation>Cole a chave fornecida pela plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Show or hide the stream key</source>
        <translation>Mostrar ou ocultar a chave de transmissão</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server URL</source>
        <translation>URL do &amp;servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup URL</source>
        <translation>URL de &amp;backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream &amp;key</source>
        <translation>&amp;Chave de transmissão</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The %1 key %2.</source>
        <translation>A chave de %1 %2.</translation>
    </message>
</context>
<context>
    <name>DestinationList</name>
    <message>
        <location filename="../app/destinationlist.cpp" line="+34"/>
        <source>No destination yet: add X, YouTube, Twitch, Facebook or your own server.</source>
        <translation>Nenhum destino ainda: adicione X, YouTube, Twitch, Facebook ou seu próprio servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add destination…</source>
        <translation>Adicionar destino…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DestinationRow</name>
    <message>
        <location filename="../app/destinationrow.cpp" line="+50"/>
        <source>Include in Go Live</source>
        <translation>Incluir ao entrar ao vivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect now</source>
        <translation>Reconectar agora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+73"/>
        <source>Primary: %1</source>
        <translation>Principal: %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Primary: %1
Backup: %2</source>
        <translation>Principal: %1
Backup: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not sending</source>
        <translation>Sem envio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No stream key: edit to add one</source>
        <translation>Sem chave de transmissão: edite para adicionar uma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
</context>
<context>
    <name>DestinationStatus</name>
    <message>
        <location filename="../app/destinationstatus.cpp" line="+17"/>
        <source>Idle</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Live</source>
        <translation>● Ao vivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Reconectando (tentativa %1)…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reconnecting in %n s (attempt %1)</source>
        <translation>
            <numerusform>Reconectando em %n s (tentativa %1)</numerusform>
            <numerusform>Reconectando em %n s (tentativa %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>backup URL</source>
        <translation>URL de backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>primary URL</source>
        <translation>URL principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kbps · dropped (network) %2 · reconnects %3 · %4</source>
        <translation>%1 kbps · descartados (rede) %2 · reconexões %3 · %4</translation>
    </message>
</context>
<context>
    <name>DestinationValidator</name>
    <message>
        <location filename="../studio/destination/destinationvalidator.cpp" line="+89"/>
        <source>Enter the server URL.</source>
        <translation>Insira a URL do servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL contains spaces or line breaks.</source>
        <translation>A URL do servidor contém espaços ou quebras de linha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL contains invisible control characters.</source>
        <translation>A URL do servidor contém caracteres de controle invisíveis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL&apos;s port must be a number from 1 to 65535.</source>
        <translation>A porta da URL do servidor deve ser um número de 1 a 65535.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL is not a valid URL (expected rtmps://host/app).</source>
        <translation>A URL do servidor não é uma URL válida (esperado: rtmps://host/app).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL must start with rtmp://, rtmps:// or srt://.</source>
        <translation>A URL do servidor deve começar com rtmp://, rtmps:// ou srt://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requires a secure server URL starting with rtmps://.</source>
        <translation>%1 exige uma URL de servidor segura, começando com rtmps://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not accept this kind of server URL.</source>
        <translation>%1 não aceita este tipo de URL de servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL must not contain a user name or password.</source>
        <translation>A URL do servidor não pode conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL has no host name.</source>
        <translation>A URL do servidor não tem nome de host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL&apos;s host name is not valid.</source>
        <translation>O nome de host da URL do servidor não é válido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An SRT URL needs a port (srt://host:port).</source>
        <translation>Uma URL SRT precisa de uma porta (srt://host:porta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SRT URL has no path: give a stream id as ?streamid=…</source>
        <translation>Uma URL SRT não tem caminho: informe um stream id como ?streamid=…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SRT latency must be a number of milliseconds from %1 to %2.</source>
        <translation>A latência SRT deve ser um número de milissegundos de %1 a %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL has no application path (for example /live2).</source>
        <translation>A URL do servidor não tem caminho de aplicação (por exemplo, /live2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server URL must not contain a # fragment.</source>
        <translation>A URL do servidor não pode conter um fragmento #.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the stream key.</source>
        <translation>Insira a chave de transmissão.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stream key is too long (more than %1 characters).</source>
        <translation>A chave de transmissão é longa demais (mais de %1 caracteres).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stream key contains spaces or line breaks.</source>
        <translation>A chave de transmissão contém espaços ou quebras de linha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stream key contains invisible control characters.</source>
        <translation>A chave de transmissão contém caracteres de controle invisíveis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This does not look like a %1 stream key: a %1 key %2.</source>
        <translation>Isto não parece uma chave de transmissão de %1: uma chave de %1 %2.</translation>
    </message>
</context>
<context>
    <name>EncodePlan</name>
    <message>
        <location filename="../app/encodeplan.cpp" line="+35"/>
        <source>%1 cannot share one encode: %2. Untick one of them to go live.</source>
        <translation>%1 não podem compartilhar uma única codificação: %2. Desmarque um deles para entrar ao vivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>x264 %1, chosen for this machine</source>
        <translation>x264 %1, escolhido para este computador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One encode for %1: %2×%3 at %4 fps, video %5 kbps (%8), keyframe every %6 s, audio %7 kbps</source>
        <translation>Uma codificação para %1: %2×%3 a %4 fps, vídeo %5 kbps (%8), quadro-chave a cada %6 s, áudio %7 kbps</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../app/errortext.cpp" line="+12"/>
        <source>The studio could not start this output. Check the destination settings and try again.</source>
        <translation>O estúdio não conseguiu iniciar esta saída. Verifique as configurações do destino e tente novamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scene could not be loaded. Check the scene file, or start without one.</source>
        <translation>Não foi possível carregar a cena. Verifique o arquivo de cena ou inicie sem um.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The destination is not valid. Check the server URL and the stream key.</source>
        <translation>O destino não é válido. Verifique a URL do servidor e a chave de transmissão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read or written. Check the folder&apos;s permissions and free space.</source>
        <translation>Não foi possível ler ou gravar um arquivo. Verifique as permissões e o espaço livre da pasta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build cannot do that. Choose another format or setting.</source>
        <translation>Esta versão não consegue fazer isso. Escolha outro formato ou configuração.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video encoder stopped working. Try again; if it keeps failing, restart the studio.</source>
        <translation>O codificador de vídeo parou de funcionar. Tente novamente; se continuar falhando, reinicie o estúdio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name could not be found. Check the server URL and your internet connection.</source>
        <translation>O nome do servidor não foi encontrado. Verifique a URL do servidor e sua conexão com a internet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing answered at the server address. Check the server URL and its port.</source>
        <translation>Nada respondeu no endereço do servidor. Verifique a URL do servidor e a porta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time. Check your internet connection, then go live again.</source>
        <translation>O servidor não respondeu a tempo. Verifique sua conexão com a internet e entre ao vivo novamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection failed: the server&apos;s certificate was not accepted. Check the server URL and your computer&apos;s date and time.</source>
        <translation>A conexão segura falhou: o certificado do servidor não foi aceito. Verifique a URL do servidor e a data e hora do seu computador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the stream key. Check the key in the destination form.</source>
        <translation>O servidor recusou a chave de transmissão. Verifique a chave no formulário do destino.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost. Check your internet connection, then go live again.</source>
        <translation>A conexão com o servidor foi perdida. Verifique sua conexão com a internet e entre ao vivo novamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recording could not be written. Check that the disk has free space and the folder is writable.</source>
        <translation>Não foi possível gravar o arquivo da gravação. Verifique se o disco tem espaço livre e se a pasta permite gravação.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached from this network. Check your internet connection and firewall.</source>
        <translation>O servidor não pode ser alcançado a partir desta rede. Verifique sua conexão com a internet e o firewall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain available: your stream key is kept in memory for this session only and never written to disk.</source>
        <translation>Nenhum chaveiro disponível: sua chave de transmissão fica na memória apenas durante esta sessão e nunca é gravada no disco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No saved stream key was found. Enter the key in the destination form.</source>
        <translation>Nenhuma chave de transmissão salva foi encontrada. Insira a chave no formulário do destino.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before it finished.</source>
        <translation>Interrompido antes de terminar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That device was not found. Check that it is plugged in, then pick it again.</source>
        <translation>Esse dispositivo não foi encontrado. Verifique se ele está conectado e selecione-o novamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device stopped working. It comes back by itself when it is available again.</source>
        <translation>O dispositivo parou de funcionar. Ele volta sozinho quando estiver disponível novamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Try again; if it keeps failing, restart the studio.</source>
        <translation>Algo deu errado. Tente novamente; se continuar falhando, reinicie o estúdio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server name not found</source>
        <translation>nome do servidor não encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing answered at the server address</source>
        <translation>nada respondeu no endereço do servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server did not answer in time</source>
        <translation>o servidor não respondeu a tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure connection failed</source>
        <translation>a conexão segura falhou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused the stream key</source>
        <translation>o servidor recusou a chave de transmissão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection lost</source>
        <translation>conexão perdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recording could not be written</source>
        <translation>não foi possível gravar o arquivo da gravação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server unreachable</source>
        <translation>servidor inacessível</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encoder stopped</source>
        <translation>o codificador parou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid destination</source>
        <translation>destino inválido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>see the message beside the buttons</source>
        <translation>veja a mensagem ao lado dos botões</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../app/setup/firstrunwizard.cpp" line="+30"/>
        <source>Welcome to VIDA³ Studio</source>
        <translation>Boas-vindas ao VIDA³ Studio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where do you stream?</source>
        <translation>Onde você transmite?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the platform and paste the server and stream key it gives you. The key goes to your system&apos;s keychain, never to a file.</source>
        <translation>Escolha a plataforma e cole o servidor e a chave de transmissão que ela fornece. A chave vai para o chaveiro do sistema, nunca para um arquivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip: I only record for now</source>
        <translation>Pular: por enquanto só vou gravar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What can this computer stream?</source>
        <translation>O que este computador consegue transmitir?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each format is encoded for a few seconds, as the stream would be. A format keeps up when this machine encodes it at least twice as fast as needed: the rest is for your game and your desktop.</source>
        <translation>Cada formato é codificado por alguns segundos, como seria na transmissão. Um formato dá conta quando este computador o codifica pelo menos duas vezes mais rápido que o necessário: o resto fica para seu jogo e seu desktop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measuring</source>
        <translation>Medindo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the recommended format</source>
        <translation>Usar o formato recomendado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Measuring %1…</source>
        <translation>Medindo %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1× real time</source>
        <translation>%1× o tempo real</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recommended: %1.</source>
        <translation>Recomendado: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even 1280×720 at 30 fps does not keep up with x264 here: choose a hardware encoder in Settings → Output, or close other programs while you stream.</source>
        <translation>Nem 1280×720 a 30 fps dá conta com o x264 aqui: escolha um codificador de hardware em Configurações → Saída ou feche outros programas enquanto transmite.</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeyBinder</name>
    <message>
        <location filename="../app/actions/globalhotkeybinder.cpp" line="+69"/>
        <source>%1 for “%2” works only in the studio: %3</source>
        <translation>%1 para “%2” só funciona no estúdio: %3</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeys</name>
    <message>
        <location filename="../app/actions/globalhotkeys_other.cpp" line="+11"/>
        <source>This build has global hotkeys on Linux with X11 only: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>Esta versão só tem atalhos globais no Linux com X11: os atalhos funcionam enquanto o estúdio está em foco; um Stream Deck ou o Companion pode comandá-lo pelo controle remoto.</translation>
    </message>
    <message>
        <location filename="../app/actions/globalhotkeys_x11.cpp" line="+126"/>
        <source>Wayland does not let applications grab keys for the whole desktop: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>O Wayland não permite que aplicativos capturem teclas para todo o desktop: os atalhos funcionam enquanto o estúdio está em foco; um Stream Deck ou o Companion pode comandá-lo pelo controle remoto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session has no X11 display, so the studio cannot grab keys for the whole desktop: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>Esta sessão não tem tela X11, então o estúdio não pode capturar teclas para todo o desktop: os atalhos funcionam enquanto o estúdio está em foco; um Stream Deck ou o Companion pode comandá-lo pelo controle remoto.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 is already taken by another application, which uses it for the whole desktop: choose another key, or free it in that application.</source>
        <translation>%1 já é usado por outro aplicativo em todo o desktop: escolha outra tecla ou libere o atalho nesse aplicativo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The X server refused to grab %1 (X error %2).</source>
        <translation>O servidor X recusou capturar %1 (erro X %2).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No key was given for %1.</source>
        <translation>Nenhuma tecla foi informada para %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a global hotkey can only hold Ctrl, Shift, Alt and Meta.</source>
        <translation>%1: um atalho global só pode usar Ctrl, Shift, Alt e Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be a global hotkey: use a letter, a digit, F1 to F35 or a named key such as Home, Print or Pause.</source>
        <translation>%1 não pode ser um atalho global: use uma letra, um número, F1 a F35 ou uma tecla com nome, como Home, Print ou Pause.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 switches the computer to another text console, so it never reaches applications: add Shift, or choose another key.</source>
        <translation>%1 muda o computador para outro console de texto, então nunca chega aos aplicativos: adicione Shift ou escolha outra tecla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 alone would stop that key from working in every other application: hold Ctrl, Alt or Meta with it.</source>
        <translation>%1 sozinha impediria essa tecla de funcionar em todos os outros aplicativos: combine-a com Ctrl, Alt ou Meta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the keyboard layout in use has no such key.</source>
        <translation>%1: o layout de teclado em uso não tem essa tecla.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is already the hotkey of %2.</source>
        <translation>%1 já é o atalho de %2.</translation>
    </message>
</context>
<context>
    <name>GoLiveChecklist</name>
    <message>
        <location filename="../app/golive/golivechecklist.cpp" line="+46"/>
        <source>Before you go live</source>
        <translation>Antes de entrar ao vivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Go live</source>
        <translation>Entrar ao vivo</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../app/history/historydock.cpp" line="+36"/>
        <source>Session history</source>
        <translation>Histórico de sessões</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept sessions</source>
        <translation>Sessões guardadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnects</source>
        <translation>Reconexões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures</source>
        <translation>Falhas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every kept session as CSV or JSON lines.</source>
        <translation>Salvar todas as sessões guardadas como CSV ou JSON Lines.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete history…</source>
        <translation>Excluir histórico…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep sessions for</source>
        <translation>Manter sessões por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for</source>
        <translation>Manter por</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept on this computer only; nothing is ever sent anywhere.</source>
        <translation>Guardado apenas neste computador; nada é enviado para lugar nenhum.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>recording</source>
        <translation>gravação</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No session kept yet.</source>
        <translation>Nenhuma sessão guardada ainda.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Frames lost: %1 rendering, %2 encoding, %3 network.</source>
        <translation>Quadros perdidos: %1 na renderização, %2 na codificação, %3 na rede.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): %3 kbps on average</source>
        <translation>%1 (%2): média de %3 kbps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording: %1</source>
        <translation>Gravação: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Export the session history</source>
        <translation>Exportar o histórico de sessões</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV (*.csv);;JSON lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Delete the session history?</source>
        <translation>Excluir o histórico de sessões?</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Every kept session is removed from this computer. Recordings are not touched.</source>
        <translation>Todas as sessões guardadas são removidas deste computador. As gravações não são afetadas.</translation>
    </message>
</context>
<context>
    <name>HotkeysPage</name>
    <message>
        <location filename="../app/settings/hotkeyspage.cpp" line="+33"/>
        <location line="+1"/>
        <source>Find an action</source>
        <translation>Buscar uma ação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions and their keys</source>
        <translation>Ações e suas teclas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New keys for the selected action</source>
        <translation>Novas teclas para a ação selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Definir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keys work while another application has the focus</source>
        <translation>As teclas funcionam mesmo com outro aplicativo em foco</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Back to its default.</source>
        <translation>Padrão restaurado.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Pick an action in the list first.</source>
        <translation>Escolha uma ação na lista primeiro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keys now.</source>
        <translation>Nenhuma tecla atribuída agora.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 now runs it.</source>
        <translation>%1 agora a executa.</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../app/scenes/inspectordock.cpp" line="+48"/>
        <source>Inspector</source>
        <translation>Inspetor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer properties</source>
        <translation>Propriedades da camada</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n layers selected.</source>
        <translation>
            <numerusform>%n camada selecionada.</numerusform>
            <numerusform>%n camadas selecionadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a layer to see its settings.</source>
        <translation>Selecione uma camada para ver suas configurações.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 layer</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · camada %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Width</source>
        <translation>Largura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+10"/>
        <source>Rotation</source>
        <translation>Rotação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop left</source>
        <translation>Corte esquerdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crop top</source>
        <translation>Corte superior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop right</source>
        <translation>Corte direito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crop bottom</source>
        <translation>Corte inferior</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>Opacity</source>
        <translation>Opacidade</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transform %1</source>
        <translation>Transformar %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>JSON, e.g. {&quot;left&quot;: 0}</source>
        <translation>JSON, p. ex. {&quot;left&quot;: 0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not valid JSON</source>
        <translation>%1: JSON inválido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a file for %1</source>
        <translation>Escolher um arquivo para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file</source>
        <translation>Escolher um arquivo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Back to the default</source>
        <translation>Voltar ao padrão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset %1</source>
        <translation>Redefinir %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/language.cpp" line="+64"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when you start VIDA³ Studio again.</source>
        <translation>O novo idioma será aplicado na próxima vez que você iniciar o VIDA³ Studio.</translation>
    </message>
</context>
<context>
    <name>LayerCommands</name>
    <message>
        <location filename="../studio/scene/document/layercommands.cpp" line="+15"/>
        <source>Add %1 layer “%2”</source>
        <translation>Adicionar camada %1 “%2”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove layer “%1”</source>
        <translation>Remover camada “%1”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reorder layers</source>
        <translation>Reordenar camadas</translation>
    </message>
</context>
<context>
    <name>LayerEdits</name>
    <message>
        <location filename="../studio/scene/document/layeredits.cpp" line="+37"/>
        <location line="+337"/>
        <source>No such scene.</source>
        <translation>Essa cena não existe.</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>No layer selected.</source>
        <translation>Nenhuma camada selecionada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer “%1” named twice.</source>
        <translation>Camada “%1” citada duas vezes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No layer “%1” in this scene.</source>
        <translation>Não há camada “%1” nesta cena.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position and size must be within ±%1 px.</source>
        <translation>Posição e tamanho devem estar dentro de ±%1 px.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown layer kind “%1”.</source>
        <translation>Tipo de camada desconhecido: “%1”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A media layer called “%1” plays another file in the scene “%2”: its name is its mixer channel, so give this one another name.</source>
        <translation>Uma camada de mídia chamada “%1” reproduz outro arquivo na cena “%2”: o nome dela é o seu canal no mixer, então dê outro nome a esta.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A scene holds at most %1 layers.</source>
        <translation>Uma cena comporta no máximo %1 camadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Add %n layer(s)</source>
        <translation>
            <numerusform>Adicionar %n camada</numerusform>
            <numerusform>Adicionar %n camadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Remove %n layer(s)</source>
        <translation>
            <numerusform>Remover %n camada</numerusform>
            <numerusform>Remover %n camadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A layer name has 1 to %1 characters.</source>
        <translation>O nome de uma camada tem de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a layer called “%1” in this scene.</source>
        <translation>Já existe uma camada chamada “%1” nesta cena.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename layer “%1” to “%2”</source>
        <translation>Renomear camada “%1” para “%2”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide %1</source>
        <translation>Ocultar %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lock %1</source>
        <translation>Bloquear %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock %1</source>
        <translation>Desbloquear %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opacity is between 0 and 1.</source>
        <translation>A opacidade fica entre 0 e 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opacity of %1</source>
        <translation>Opacidade de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rotation is between −360° and 360°.</source>
        <translation>A rotação fica entre −360° e 360°.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotate %1</source>
        <translation>Girar %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crop %1</source>
        <translation>Cortar %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A crop is 0 or more pixels a side.</source>
        <translation>Um corte tem 0 ou mais pixels por lado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That crop leaves nothing of the layer to show.</source>
        <translation>Esse corte não deixa nada da camada para mostrar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A %1 layer has no field “%2”.</source>
        <translation>Uma camada %1 não tem o campo “%2”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One rectangle per layer.</source>
        <translation>Um retângulo por camada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That size leaves nothing of the cropped layer to show.</source>
        <translation>Esse tamanho não deixa nada da camada cortada para mostrar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new order names every layer of the scene once.</source>
        <translation>Uma nova ordem cita cada camada da cena uma única vez.</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../studio/scene/models/layerlistmodel.cpp" line="+165"/>
        <source>%1 layer%2%3</source>
        <translation>Camada %1%2%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, hidden</source>
        <translation>, oculta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, locked</source>
        <translation>, bloqueada</translation>
    </message>
</context>
<context>
    <name>LayersDock</name>
    <message>
        <location filename="../app/scenes/layersdock.cpp" line="+36"/>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layers, top first</source>
        <translation>Camadas, de cima para baixo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a layer</source>
        <translation>Adicionar uma camada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected layers</source>
        <translation>Remover as camadas selecionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected layers</source>
        <translation>Duplicar as camadas selecionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring forward</source>
        <translation>Trazer para a frente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send backward</source>
        <translation>Enviar para trás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock or unlock the selected layers</source>
        <translation>Bloquear ou desbloquear as camadas selecionadas</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add an image</source>
        <translation>Adicionar uma imagem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a media file</source>
        <translation>Adicionar um arquivo de mídia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video and audio (*)</source>
        <translation>Vídeo e áudio (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser source</source>
        <translation>Fonte de navegador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name the page streams under:</source>
        <translation>Nome com o qual a página transmite:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No scene to add to.</source>
        <translation>Não há cena à qual adicionar.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing copied yet.</source>
        <translation>Nada foi copiado ainda.</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <location filename="../app/mixer/levelmeterwidget.cpp" line="+26"/>
        <source>Level meter</source>
        <translation>Medidor de nível</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>silent</source>
        <translation>silêncio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak %1 dB, average %2 dB%3</source>
        <translation>pico %1 dB, média %2 dB%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, muted</source>
        <translation>, silenciado</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../studio/destination/memorysecretstore.cpp" line="+68"/>
        <source>No keychain available: the key is kept in memory for this session only.</source>
        <translation>Nenhum chaveiro disponível: a chave fica na memória apenas durante esta sessão.</translation>
    </message>
</context>
<context>
    <name>MixerPanel</name>
    <message>
        <location filename="../app/mixer/mixerpanel.cpp" line="+50"/>
        <source>Programme (what viewers hear) · limiter −1 dBTP</source>
        <translation>Programa (o que o público ouve) · limitador −1 dBTP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme level</source>
        <translation>Nível do programa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add microphone</source>
        <translation>Adicionar microfone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add desktop audio</source>
        <translation>Adicionar áudio do desktop</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mute microphones</source>
        <translation>Silenciar microfones</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No microphone to mute: add one with “Add microphone”.</source>
        <translation>Nenhum microfone para silenciar: adicione um com “Adicionar microfone”.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not connected (kept in your setup, tried again next time): %1</source>
        <translation>Não conectado (mantido na sua configuração, nova tentativa na próxima vez): %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loudness %1 LUFS now · %2 over 3 s · %3 overall (target %4) · true peak %5 dBTP</source>
        <translation>Loudness %1 LUFS agora · %2 em 3 s · %3 no total (alvo %4) · pico real %5 dBTP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Default output</source>
        <translation>Saída padrão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default (follows the system)</source>
        <translation>Padrão (segue o sistema)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The new channel joins when nothing is live or recording.</source>
        <translation>O novo canal entra quando nada estiver ao vivo ou gravando.</translation>
    </message>
</context>
<context>
    <name>NewLayer</name>
    <message>
        <location filename="../app/scenes/newlayer.cpp" line="+65"/>
        <source>Your text</source>
        <translation>Seu texto</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image…</source>
        <translation>Imagem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ visual</source>
        <translation>Visual VIDA³</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media file…</source>
        <translation>Arquivo de mídia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen</source>
        <translation>Tela</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser source…</source>
        <translation>Fonte de navegador…</translation>
    </message>
</context>
<context>
    <name>OutputControls</name>
    <message>
        <location filename="../app/outputcontrols.cpp" line="+41"/>
        <source>Nothing is recorded while paused; the file goes on without a gap when you resume. The stream is not affected.</source>
        <translation>Nada é gravado enquanto estiver pausado; o arquivo continua sem lacunas quando você retomar. A transmissão não é afetada.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No destination is ready to go live.</source>
        <translation>Nenhum destino está pronto para entrar ao vivo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+24"/>
        <source>Recording to %1</source>
        <translation>Gravando em %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Nothing is being recorded.</source>
        <translation>Nada está sendo gravado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording paused</source>
        <translation>Gravação pausada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording saved: %1</source>
        <translation>Gravação salva: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop streaming</source>
        <translation>Parar transmissão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go Live</source>
        <translation>Entrar ao vivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finishing…</source>
        <translation>Finalizando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Parar gravação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume recording</source>
        <translation>Continuar gravação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause recording</source>
        <translation>Pausar gravação</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <location filename="../app/settings/outputformat.cpp" line="+53"/>
        <source>Give both the width and the height, or neither (the platform&apos;s size).</source>
        <translation>Informe a largura e a altura, ou nenhuma das duas (tamanho da plataforma).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size must be from %1×%2 to %3×%4.</source>
        <translation>O tamanho deve estar entre %1×%2 e %3×%4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The width and the height must be even numbers (H.264 halves them for colour).</source>
        <translation>A largura e a altura devem ser números pares (o H.264 as divide pela metade para a cor).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frame rate must be 24, 25, 30, 48, 50 or 60.</source>
        <translation>A taxa de quadros deve ser 24, 25, 30, 48, 50 ou 60.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video bitrate must be from %1 to %2 kbps.</source>
        <translation>A taxa de bits de vídeo deve estar entre %1 e %2 kbps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keyframe interval must be from 1 to 10 seconds (platforms ask for 2).</source>
        <translation>O intervalo de quadros-chave deve estar entre 1 e 10 segundos (as plataformas pedem 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loudness target must be from -40 to -5 LUFS (most platforms ask for -14).</source>
        <translation>O alvo de loudness deve ficar entre -40 e -5 LUFS (a maioria das plataformas pede -14).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings are Matroska (.mkv) or MP4 (.mp4).</source>
        <translation>As gravações são Matroska (.mkv) ou MP4 (.mp4).</translation>
    </message>
</context>
<context>
    <name>OutputSettingsBox</name>
    <message>
        <location filename="../app/outputsettingsbox.cpp" line="+32"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A hardware encoder spares the CPU for the scene. Each is tried with a test encode when the output starts; one that does not work falls back to x264 and says why. Automatic uses the first hardware encoder that works.</source>
        <translation>Um codificador de hardware poupa a CPU para a cena. Cada um é testado com uma codificação de teste quando a saída inicia; um que não funcione volta para o x264 e informa o motivo. A opção Automatic usa o primeiro codificador de hardware que funcionar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faster presets use less CPU for a softer picture at the same bitrate. auto picks veryfast, superfast or ultrafast for the output size, frame rate and this computer&apos;s cores. If the stats count frames skipped by the encoder, choose a faster one.</source>
        <translation>Padrões mais rápidos usam menos CPU, com uma imagem menos nítida na mesma taxa de bits. auto escolhe veryfast, superfast ou ultrafast de acordo com o tamanho da saída, a taxa de quadros e os núcleos deste computador. Se as estatísticas contarem quadros ignorados pelo codificador, escolha um mais rápido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Adapt the bitrate to the slowest destination</source>
        <translation>&amp;Adaptar a taxa de bits ao destino mais lento</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never reconnect</source>
        <translation>nunca reconectar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes apply when nothing is live or recording.</source>
        <translation>As alterações valem quando nada estiver ao vivo ou gravando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Encoder</source>
        <translation>&amp;Codificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x264 &amp;speed</source>
        <translation>&amp;Velocidade do x264</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First &amp;retry after</source>
        <translation>Primeira nova &amp;tentativa após</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest wait</source>
        <translation>&amp;Espera máxima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttempts</source>
        <translation>Te&amp;ntativas</translation>
    </message>
</context>
<context>
    <name>PlatformPreset</name>
    <message>
        <location filename="../studio/destination/presettexts.cpp" line="+11"/>
        <source>contains only letters and digits</source>
        <translation>contém apenas letras e números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains only letters, digits and hyphens</source>
        <translation>contém apenas letras, números e hifens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with live_ followed by letters, digits and underscores</source>
        <translation>começa com live_ seguido de letras, números e sublinhados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains letters, digits and the characters - _ . % ? &amp; =</source>
        <translation>contém letras, números e os caracteres - _ . % ? &amp; =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may contain any visible characters</source>
        <translation>pode conter quaisquer caracteres visíveis</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../app/golive/preflight.cpp" line="+20"/>
        <source>No destination is ticked for Go Live: tick one in Destinations.</source>
        <translation>Nenhum destino está marcado para entrar ao vivo: marque um em Destinos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No stream key for %1: edit the destination to add one.</source>
        <translation>Sem chave de transmissão para %1: edite o destino para adicionar uma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no stream key and will not start.</source>
        <translation>%1 não tem chave de transmissão e não vai iniciar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform may refuse: %1</source>
        <translation>A plataforma pode recusar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n destination(s) ready, each with its stream key.</source>
        <translation>
            <numerusform>%n destino pronto, com sua chave de transmissão.</numerusform>
            <numerusform>%n destinos prontos, cada um com sua chave de transmissão.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No microphone in the mixer: viewers will not hear your voice.</source>
        <translation>Nenhum microfone no mixer: o público não vai ouvir sua voz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your microphone is muted (Ctrl+Shift+M unmutes every microphone).</source>
        <translation>Seu microfone está silenciado (Ctrl+Shift+M ativa todos os microfones).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone on.</source>
        <translation>Microfone ligado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The recording disk cannot be read (%1).</source>
        <translation>Não é possível ler o disco de gravação (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only %1 free where recordings go: a recording would stop when it is full.</source>
        <translation>Apenas %1 livres onde as gravações ficam: uma gravação pararia quando o disco enchesse.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 free where recordings go (about %n hour(s) of recording).</source>
        <translation>
            <numerusform>%1 livres onde as gravações ficam (cerca de %n hora de gravação).</numerusform>
            <numerusform>%1 livres onde as gravações ficam (cerca de %n horas de gravação).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encoder could not be tried: %1</source>
        <translation>Não foi possível testar o codificador: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1×%2 at %3 fps with x264 %4</source>
        <translation>%1×%2 a %3 fps com x264 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This machine encodes %1 %2 times as fast as needed.</source>
        <translation>Este computador codifica %1 %2 vezes mais rápido que o necessário.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This machine encodes %1 only %2 times as fast as needed: frames may be lost while a game runs. Choose a faster x264 speed or a smaller size in Settings → Output.</source>
        <translation>Este computador codifica %1 apenas %2 vezes mais rápido que o necessário: quadros podem ser perdidos enquanto um jogo roda. Escolha uma velocidade do x264 mais rápida ou um tamanho menor em Configurações → Saída.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 encodes on the graphics chip: the CPU stays free.</source>
        <translation>%1 codifica no chip gráfico: a CPU fica livre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trying the encoder on this machine…</source>
        <translation>Testando o codificador neste computador…</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../app/previewwidget.cpp" line="+17"/>
        <source>Live preview</source>
        <translation>Pré-visualização ao vivo</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Starting the preview…</source>
        <translation>Iniciando a pré-visualização…</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../app/canvas/canvasaccessible.cpp" line="+41"/>
        <source>%1 layer at %2, %3, %4 × %5 pixels%6</source>
        <translation>Camada %1 em %2, %3, %4 × %5 pixels%6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, locked</source>
        <translation>, bloqueada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, hidden</source>
        <translation>, oculta</translation>
    </message>
</context>
<context>
    <name>RemoteControlPanel</name>
    <message>
        <location filename="../app/remote/remotecontrolpanel.cpp" line="+31"/>
        <source>Remote control</source>
        <translation>Controle remoto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let controllers drive the studio</source>
        <translation>Permitir que controladores comandem o estúdio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion, Stream Deck, Streamer.bot and obs-cmd connect as they do to OBS (obs-websocket 5).</source>
        <translation>Companion, Stream Deck, Streamer.bot e obs-cmd se conectam como fazem com o OBS (obs-websocket 5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote control port</source>
        <translation>Porta do controle remoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also from other computers on the network</source>
        <translation>Também de outros computadores na rede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone on your network who has the password can then start and stop your stream.</source>
        <translation>Qualquer pessoa na sua rede que tenha a senha poderá iniciar e parar sua transmissão.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote control password</source>
        <translation>Senha do controle remoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy password</source>
        <translation>Copiar senha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No keychain: this password lasts until the studio quits.</source>
        <translation>Sem chaveiro: esta senha vale até o estúdio ser fechado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remote control is off: %1</source>
        <translation>O controle remoto está desligado: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Off. Nothing listens.</source>
        <translation>Desligado. Nada está escutando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every network interface</source>
        <translation>todas as interfaces de rede</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Listening on %1, port %2 · %n controller(s) connected</source>
        <translation>
            <numerusform>Escutando em %1, porta %2 · %n controlador conectado</numerusform>
            <numerusform>Escutando em %1, porta %2 · %n controladores conectados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SceneCommands</name>
    <message>
        <location filename="../studio/scene/document/scenecommands.cpp" line="+30"/>
        <source>Remove scene “%1”</source>
        <translation>Remover cena “%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move scene “%1”</source>
        <translation>Mover cena “%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename scene “%1” to “%2”</source>
        <translation>Renomear cena “%1” para “%2”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Default transition: %1</source>
        <translation>Transição padrão: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transition to “%1”: %2</source>
        <translation>Transição para “%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>padrão</translation>
    </message>
</context>
<context>
    <name>SceneEdits</name>
    <message>
        <location filename="../studio/scene/document/sceneedits.cpp" line="+39"/>
        <source>A scene needs a name.</source>
        <translation>Uma cena precisa de um nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scene name has at most %1 characters.</source>
        <translation>O nome de uma cena tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a scene called “%1”.</source>
        <translation>Já existe uma cena chamada “%1”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>A collection holds at most %1 scenes.</source>
        <translation>Uma coleção comporta no máximo %1 cenas.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Scene</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add scene “%1”</source>
        <translation>Adicionar cena “%1”</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+10"/>
        <location line="+12"/>
        <location line="+21"/>
        <location line="+11"/>
        <source>No such scene.</source>
        <translation>Essa cena não existe.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The last scene cannot be removed: a collection always has one.</source>
        <translation>A última cena não pode ser removida: uma coleção sempre tem uma.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No such position.</source>
        <translation>Essa posição não existe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch to “%1”</source>
        <translation>Mudar para “%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default transition cannot be empty.</source>
        <translation>A transição padrão não pode ficar vazia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A transition lasts 0 to %1 ms.</source>
        <translation>Uma transição dura de 0 a %1 ms.</translation>
    </message>
</context>
<context>
    <name>SceneListModel</name>
    <message>
        <location filename="../studio/scene/models/scenelistmodel.cpp" line="+76"/>
        <source>On air</source>
        <translation>No ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In preview</source>
        <translation>Em pré-visualização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switched to with %1</source>
        <translation>transição de entrada: %1</translation>
    </message>
</context>
<context>
    <name>SceneWorkspace</name>
    <message>
        <location filename="../app/scenes/sceneworkspace.cpp" line="+33"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit history</source>
        <translation>Histórico de edições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export scenes with their files…</source>
        <translation>&amp;Exportar cenas com seus arquivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export scenes</source>
        <translation>Exportar cenas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ scene bundles (*.vida3scenes)</source>
        <translation>Pacotes de cenas do VIDA³ (*.vida3scenes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import scenes…</source>
        <translation>&amp;Importar cenas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import scenes</source>
        <translation>Importar cenas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ scene bundles (*.vida3scenes);;All files (*)</source>
        <translation>Pacotes de cenas do VIDA³ (*.vida3scenes);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Studio mode</source>
        <translation>&amp;Modo estúdio</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scenes exported to %1</source>
        <translation>Cenas exportadas para %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Import %n scene(s)</source>
        <translation>
            <numerusform>Importar %n cena</numerusform>
            <numerusform>Importar %n cenas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n scene(s) from %1</source>
        <translation>
            <numerusform>%n cena importada de %1</numerusform>
            <numerusform>%n cenas importadas de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenesDock</name>
    <message>
        <location filename="../app/scenes/scenesdock.cpp" line="+34"/>
        <location line="+6"/>
        <source>Scenes</source>
        <translation>Cenas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a scene</source>
        <translation>Adicionar uma cena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty scene</source>
        <translation>Cena vazia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a template</source>
        <translation>A partir de um modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+73"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Duplicate the scene</source>
        <translation>Duplicar a cena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the scene</source>
        <translation>Remover a cena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the scene up</source>
        <translation>Mover a cena para cima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the scene down</source>
        <translation>Mover a cena para baixo</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Transition</source>
        <translation>Transição</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cut</source>
        <translation>Corte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fade</source>
        <translation>Esmaecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide</source>
        <translation>Deslizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transition duration</source>
        <translation>Duração da transição</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Transition to this scene</source>
        <translation>Transição para esta cena</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Scene</source>
        <translation>Cena</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../app/remote/schedulepanel.cpp" line="+25"/>
        <source>Schedule</source>
        <translation>Agendamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduled starts</source>
        <translation>Inícios agendados</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+93"/>
        <source>Go live</source>
        <translation>Entrar ao vivo</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Go live and record</source>
        <translation>Entrar ao vivo e gravar</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Stop at</source>
        <translation>Parar às</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop time</source>
        <translation>Horário de parada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Toda semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to schedule</source>
        <translation>Agendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Missed a scheduled start (%1 at %2): VIDA³ Studio was not running, so nothing was started late.</source>
        <translation>Início agendado perdido (%1 em %2): o VIDA³ Studio não estava em execução, então nada foi iniciado com atraso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The schedule could not be saved: %1</source>
        <translation>Não foi possível salvar o agendamento: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the scene on air</source>
        <translation>Manter a cena no ar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The saved schedule could not be read: %1</source>
        <translation>Não foi possível ler o agendamento salvo: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> until %1</source>
        <translation> até %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, every week</source>
        <translation>, toda semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, scene &quot;%1&quot;</source>
        <translation>, cena &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing scheduled.</source>
        <translation>Nada agendado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next start in %1</source>
        <translation>Próximo início em %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduled stop in %1</source>
        <translation>Parada agendada em %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled switch</source>
        <translation>Troca agendada</translation>
    </message>
</context>
<context>
    <name>SessionGraph</name>
    <message>
        <location filename="../app/history/sessiongraph.cpp" line="+14"/>
        <source>Bitrate and lost frames of the chosen session</source>
        <translation>Taxa de bits e quadros perdidos da sessão escolhida</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No graph for this session</source>
        <translation>Nenhum gráfico para esta sessão</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>peak %1 kbps</source>
        <translation>pico %1 kbps</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/settings/settingsdialog.cpp" line="+35"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Gravação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotkeys</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language (from the next start):</source>
        <translation>Idioma (a partir do próximo início):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ Studio sends nothing anywhere: no telemetry. Your settings, scenes, session history and stream keys stay on this computer.</source>
        <translation>O VIDA³ Studio não envia nada para lugar nenhum: sem telemetria. Suas configurações, cenas, histórico de sessões e chaves de transmissão ficam neste computador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete all my data…</source>
        <translation>Excluir todos os meus dados…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>The platform&apos;s</source>
        <translation>Padrão da plataforma</translation>
    </message>
    <message>
        <location line="-7"/>
        <source> kbps</source>
        <translation> kbps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate:</source>
        <translation>Taxa de quadros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video bitrate:</source>
        <translation>Taxa de bits de vídeo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyframe every:</source>
        <translation>Quadro-chave a cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every destination shares one encode: a value a platform does not accept is lowered for all, and the window says so.</source>
        <translation>Todos os destinos compartilham uma única codificação: um valor que uma plataforma não aceita é reduzido para todos, e a janela avisa.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the programme&apos;s peaks to −1 dBTP</source>
        <translation>Limitar os picos do programa a −1 dBTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loudness target is what the programme meter aims at: −14 LUFS for YouTube, Twitch and X. The limiter keeps sudden peaks from distorting on the platforms&apos; encoders.</source>
        <translation>O alvo de loudness é o valor que o medidor do programa busca: −14 LUFS para YouTube, Twitch e X. O limitador evita que picos repentinos distorçam nos codificadores das plataformas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loudness target:</source>
        <translation>Alvo de loudness:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your Videos folder</source>
        <translation>Sua pasta Vídeos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings folder</source>
        <translation>Pasta de gravações</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matroska (.mkv): plays even after a crash</source>
        <translation>Matroska (.mkv): reproduz mesmo após uma falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 (.mp4), fragmented: plays even after a crash</source>
        <translation>MP4 (.mp4), fragmentado: reproduz mesmo após uma falha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Write the size as width x height, for example 1920x1080.</source>
        <translation>Escreva o tamanho como largura x altura, por exemplo 1920x1080.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recordings folder must be a full path, such as %1.</source>
        <translation>A pasta de gravações deve ser um caminho completo, como %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings cannot be written to %1.</source>
        <translation>Não é possível salvar gravações em %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved. The stream and the recording keep their format until every output has stopped; the new one applies from the next start.</source>
        <translation>Salvo. A transmissão e a gravação mantêm o formato até todas as saídas pararem; o novo vale a partir do próximo início.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <location filename="../app/sources/sourcerow.cpp" line="+19"/>
        <location line="+5"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Pause %1</source>
        <translation>Pausar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart %1</source>
        <translation>Reiniciar %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take it off the scene</source>
        <translation>Tirar da cena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../app/sources/sourcespanel.cpp" line="+34"/>
        <location line="+117"/>
        <source>Camera “%1”</source>
        <translation>Câmera “%1”</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Screen %1</source>
        <translation>Tela %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camera, screen and media</source>
        <translation>Câmera, tela e mídia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add camera</source>
        <translation>Adicionar câmera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add screen</source>
        <translation>Adicionar tela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole display this window is on (X11).</source>
        <translation>A tela inteira do monitor em que esta janela está (X11).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add media file…</source>
        <translation>Adicionar arquivo de mídia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loop</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No camera connected</source>
        <translation>Nenhuma câmera conectada</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is added to the scene after everything has stopped.</source>
        <translation>%1 entra na cena depois que tudo parar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is on top of the scene.</source>
        <translation>%1 está no topo da cena.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The screen</source>
        <translation>A tela</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not found any more, taken off the scene: %1</source>
        <translation>Removido da cena por não ser mais encontrado: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” goes off the scene after everything has stopped.</source>
        <translation>“%1” sai da cena depois que tudo parar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is off the scene.</source>
        <translation>“%1” saiu da cena.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add a media file</source>
        <translation>Adicionar um arquivo de mídia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video and audio (*.mp4 *.mkv *.mov *.webm *.avi *.flv *.ts *.mp3 *.m4a *.wav *.flac *.ogg *.opus);;All files (*)</source>
        <translation>Vídeo e áudio (*.mp4 *.mkv *.mov *.webm *.avi *.flv *.ts *.mp3 *.m4a *.wav *.flac *.ogg *.opus);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>StatsDock</name>
    <message>
        <location filename="../app/stats/statsdock.cpp" line="+37"/>
        <source>Stats</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bitrate per destination</source>
        <translation>Taxa de bits por destino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost per second</source>
        <translation>Quadros perdidos por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congestion per destination</source>
        <translation>Congestionamento por destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate</source>
        <translation>Taxa de quadros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fps</source>
        <translation>fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Render and encode time per frame</source>
        <translation>Tempo de renderização e codificação por quadro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (100 % is one core)</source>
        <translation>CPU (100% = um núcleo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>No recording.</source>
        <translation>Sem gravação.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Stats graphs</source>
        <translation>Gráficos de estatísticas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>rendering</source>
        <translation>renderização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encoding</source>
        <translation>codificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>rede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rendered</source>
        <translation>renderizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>render</source>
        <translation>renderização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encode</source>
        <translation>codificação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>studio</source>
        <translation>estúdio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resident</source>
        <translation>residente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Free on the recording disk: %1</source>
        <translation>Livre no disco de gravação: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Free on the recording disk: %1 — the recording fills it in about %n minute(s).</source>
        <translation>
            <numerusform>Livre no disco de gravação: %1 — a gravação vai enchê-lo em cerca de %n minuto.</numerusform>
            <numerusform>Livre no disco de gravação: %1 — a gravação vai enchê-lo em cerca de %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../app/statusline.cpp" line="+41"/>
        <source>● Recording</source>
        <translation>● Gravando</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+71"/>
        <source>Bitrate: —</source>
        <translation>Taxa de bits: —</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Rendering: — fps</source>
        <translation>Renderização: — fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost: missed (rendering) 0 · skipped (encoding) 0 · dropped (network) 0</source>
        <translation>Quadros perdidos: atrasados (renderização) 0 · ignorados (codificação) 0 · descartados (rede) 0</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Idle</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Live</source>
        <translation>● Ao vivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bitrate: %1 kbps</source>
        <translation>Taxa de bits: %1 kbps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording: %1 kbps</source>
        <translation>Gravação: %1 kbps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rendering: %1 fps</source>
        <translation>Renderização: %1 fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost: missed (rendering) %1 · skipped (encoding) %2 · dropped (network) %3</source>
        <translation>Quadros perdidos: atrasados (renderização) %1 · ignorados (codificação) %2 · descartados (rede) %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frames encoded %1 · %2</source>
        <translation>Quadros codificados %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames written by each output. After a stop, the recording&apos;s count is the number of frames in the file.</source>
        <translation>Quadros gravados por cada saída. Após parar, a contagem da gravação é o número de quadros no arquivo.</translation>
    </message>
</context>
<context>
    <name>StudioActions</name>
    <message>
        <location filename="../app/actions/studioactions.cpp" line="+26"/>
        <source>&amp;Controls</source>
        <translation>&amp;Controles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toolbar</source>
        <translation>Barra de ferramentas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Go live or stop streaming</source>
        <translation>Entrar ao vivo ou parar a transmissão</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Start or stop recording</source>
        <translation>Iniciar ou parar a gravação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume the recording</source>
        <translation>Pausar ou continuar a gravação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Studio mode</source>
        <translation>Modo estúdio</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Studio</source>
        <translation>Estúdio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take: put the preview on air</source>
        <translation>Transição: colocar a pré-visualização no ar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute or unmute every microphone</source>
        <translation>Silenciar ou ativar todos os microfones</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+74"/>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Switch &amp;scene</source>
        <translation>Mudar de &amp;cena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mute</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Edição</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add a layer</source>
        <translation>&amp;Adicionar uma camada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a layer: %1</source>
        <translation>Adicionar uma camada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show or hide: %1</source>
        <translation>Mostrar ou ocultar: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View</source>
        <translation>Visualizar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch to scene “%1”</source>
        <translation>Mudar para a cena “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenes</source>
        <translation>Cenas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mute or unmute “%1”</source>
        <translation>Silenciar ou ativar “%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop streaming</source>
        <translation>Parar transmissão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go live</source>
        <translation>Entrar ao vivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Parar gravação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start recording</source>
        <translation>Iniciar gravação</translation>
    </message>
</context>
<context>
    <name>StudioModePanel</name>
    <message>
        <location filename="../app/scenes/studiomode.cpp" line="+28"/>
        <source>Preview: the next scene</source>
        <translation>Pré-visualização: a próxima cena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take →</source>
        <translation>Transição →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the preview on air with its transition (Ctrl+Enter)</source>
        <translation>Colocar a pré-visualização no ar com sua transição (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Preview: %1</source>
        <translation>Pré-visualização: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take “%1”</source>
        <translation>Colocar “%1” no ar</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <location filename="../app/studiowindow.cpp" line="+79"/>
        <location line="+110"/>
        <location filename="../app/studiowindowentry.cpp" line="+57"/>
        <location line="+24"/>
        <source>VIDA³ Studio</source>
        <translation>VIDA³ Studio</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Scenes not saved: %1</source>
        <translation>Cenas não salvas: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Render, encode and stream a live canvas.</source>
        <translation>Renderize, codifique e transmita uma tela ao vivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain available: your stream keys are kept in memory for this session only and never written to disk.</source>
        <translation>Nenhum chaveiro disponível: suas chaves de transmissão ficam na memória apenas durante esta sessão e nunca são gravadas no disco.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audio mixer</source>
        <translation>Mixer de áudio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Studio controls</source>
        <translation>Controles do estúdio</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Adjusted so every platform accepts it: %1</source>
        <translation>Ajustado para que todas as plataformas aceitem: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/studiowindowentry.cpp" line="-39"/>
        <source>Delete all my data</source>
        <translation>Excluir todos os meus dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes everything VIDA³ Studio keeps on this computer: your settings, scenes, schedule and session history, and the stream keys, relay secret and remote-control password in the keychain. Your recordings stay.

The studio stops what is live and closes first.</source>
        <translation>Isto remove tudo o que o VIDA³ Studio guarda neste computador: suas configurações, cenas, agendamento e histórico de sessões, além das chaves de transmissão, do segredo do retransmissor e da senha do controle remoto no chaveiro. Suas gravações são mantidas.

Antes, o estúdio para o que estiver ao vivo e é fechado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete everything</source>
        <translation>Excluir tudo</translation>
    </message>
    <message>
        <location filename="../app/studiowindowentry.cpp" line="+3"/>
        <source>Everything VIDA³ Studio kept on this computer is removed. Your recordings stay where they are.</source>
        <translation>Tudo o que o VIDA³ Studio guardava neste computador foi removido. Suas gravações continuam onde estão.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some of it could not be removed:
%1</source>
        <translation>Alguns itens não puderam ser removidos:
%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your scenes could not be opened:
%1

They are kept in %2; open that file with vida3-studio FILE once it is fixed.</source>
        <translation>Não foi possível abrir suas cenas:
%1

Elas estão guardadas em %2; abra esse arquivo com vida3-studio ARQUIVO depois de corrigi-lo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No scene “%1” in %2.</source>
        <translation>Nenhuma cena “%1” em %2.</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../app/windowlayout.cpp" line="+19"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Redefinir layout</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <location filename="../app/windowtools.cpp" line="+78"/>
        <source>Command palette…</source>
        <translation>Paleta de comandos…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>Studio</source>
        <translation>Estúdio</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotkeys…</source>
        <translation>Atalhos de teclado…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a destination…</source>
        <translation>Adicionar destino…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up with the wizard…</source>
        <translation>Configurar com o assistente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete all my data…</source>
        <translation>Excluir todos os meus dados…</translation>
    </message>
</context>
</TS>
