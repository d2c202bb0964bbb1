<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../app/actions/actionregistry.cpp" line="+146"/>
        <source>There is no action “%1”.</source>
        <translation>No existe la acción “%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already the key of “%2”. Clear it there first.</source>
        <translation>%1 ya es el atajo de “%2”. Quítelo allí primero.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 moves the focus or presses the focused control: choose a key with Ctrl, Alt or a function key.</source>
        <translation>%1 mueve el foco o pulsa el control enfocado: elija una tecla con Ctrl, Alt o una tecla de función.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 moves or removes layers in the canvas and the Layers list.</source>
        <translation>%1 mueve o quita capas en el lienzo y en la lista Capas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 copies, pastes or duplicates layers and text.</source>
        <translation>%1 copia, pega o duplica capas y texto.</translation>
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
        <translation>Un destino falla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A destination starts reconnecting</source>
        <translation>Un destino empieza a reconectarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A destination is live again</source>
        <translation>Un destino vuelve a estar en vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording stops on its own</source>
        <translation>La grabación se detiene sola</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>The disk is nearly full</source>
        <translation>El disco está casi lleno</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>“%1” failed</source>
        <translation>“%1” ha fallado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is reconnecting</source>
        <translation>“%1” se está reconectando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection dropped.</source>
        <translation>Se ha cortado la conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is live again</source>
        <translation>“%1” vuelve a estar en vivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stream reached the server again.</source>
        <translation>La transmisión vuelve a llegar al servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording stopped</source>
        <translation>La grabación se ha detenido</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 left for the recording.</source>
        <translation>Quedan %1 para la grabación.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 left: the recording fills it in about %n minute(s).</source>
        <translation>
            <numerusform>Quedan %1: la grabación llenará el disco en unos %n minuto.</numerusform>
            <numerusform>Quedan %1: la grabación llenará el disco en unos %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserSourcePanel</name>
    <message>
        <location filename="../app/browsersourcepanel.cpp" line="+32"/>
        <source>Browser sources</source>
        <translation>Fuentes de navegador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the relay…</source>
        <translation>Iniciando el retransmisor…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add browser source…</source>
        <translation>Añadir fuente de navegador…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rotate secret…</source>
        <translation>Renovar secreto…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source</source>
        <translation>Fuente</translation>
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
        <translation>Fragmento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected sources</source>
        <translation>Fuentes conectadas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The relay listens on %1.</source>
        <translation>El retransmisor escucha en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no keychain to keep its secret in, so tokens work until VIDA³ Studio closes.</source>
        <translation>No hay llavero donde guardar su secreto, así que los tokens funcionan hasta que se cierre VIDA³ Studio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browser sources are unavailable: %1</source>
        <translation>Las fuentes de navegador no están disponibles: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add browser source</source>
        <translation>Añadir fuente de navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the browser source (the page streams under this name):</source>
        <translation>Nombre de la fuente de navegador (la página transmite con este nombre):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A browser source needs a name.</source>
        <translation>Una fuente de navegador necesita un nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a browser source called “%1”.</source>
        <translation>Ya hay una fuente de navegador llamada “%1”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is on top of the scene.</source>
        <translation>“%1” se ha añadido encima de todo en la escena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is added to the scene after everything has stopped.</source>
        <translation>“%1” se añadirá a la escena cuando todo se haya detenido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rotate the relay secret?</source>
        <translation>¿Renovar el secreto del retransmisor?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every browser-source token given out so far stops working at once and connected pages are disconnected. Pages need the new token shown here to stream again.</source>
        <translation>Todos los tokens de fuentes de navegador entregados hasta ahora dejan de funcionar de inmediato y las páginas conectadas se desconectan. Las páginas necesitan el nuevo token que se muestra aquí para volver a transmitir.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The secret was not rotated: %1</source>
        <translation>No se renovó el secreto: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New secret: every earlier token stopped working.</source>
        <translation>Nuevo secreto: todos los tokens anteriores han dejado de funcionar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a browser source first</source>
        <translation>Añada primero una fuente de navegador</translation>
    </message>
</context>
<context>
    <name>BrowserSourceRow</name>
    <message>
        <location filename="../app/browsersourcerow.cpp" line="+10"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codec</source>
        <translation>Códec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
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
        <translation>Última vez</translation>
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
        <translation>desconectada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s ago</source>
        <translation>hace %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <location filename="../app/canvas/canvaseditor.cpp" line="+28"/>
        <source>Canvas</source>
        <translation>Lienzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scene being edited. Page Up and Page Down select a layer, arrows move it, Alt with arrows resizes it, Shift makes steps of 10 pixels, the menu key arranges it.</source>
        <translation>La escena que se está editando. Re Pág y Av Pág seleccionan una capa, las flechas la mueven, Alt con las flechas la redimensiona, Mayús hace pasos de 10 píxeles y la tecla de menú la organiza.</translation>
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
        <translation>Desplazar %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Arrange %1</source>
        <translation>Organizar %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fit to canvas</source>
        <translation>Ajustar al lienzo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill the canvas</source>
        <translation>Rellenar el lienzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>Centrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset transform</source>
        <translation>Restablecer transformación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring forward</source>
        <translation>Traer adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send backward</source>
        <translation>Enviar atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapping</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safe areas</source>
        <translation>Áreas seguras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>9:16 guide</source>
        <translation>Guía 9:16</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsMenu</name>
    <message>
        <location filename="../app/mixer/channelsettingsmenu.cpp" line="+26"/>
        <source>Noise suppression</source>
        <translation>Supresión de ruido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise gate</source>
        <translation>Puerta de ruido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compressor</source>
        <translation>Compresor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Gain: %1 dB…</source>
        <translation>Ganancia: %1 dB…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync offset: %1 ms…</source>
        <translation>Desfase de sincronización: %1 ms…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gain</source>
        <translation>Ganancia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gain before the compressor (dB):</source>
        <translation>Ganancia antes del compresor (dB):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync offset</source>
        <translation>Desfase de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay this channel by (ms; negative: earlier):</source>
        <translation>Retrasar este canal (ms; negativo: adelantar):</translation>
    </message>
</context>
<context>
    <name>ChannelStrip</name>
    <message>
        <location filename="../app/mixer/channelstrip.cpp" line="+25"/>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop audio</source>
        <translation>Audio del escritorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser sources</source>
        <translation>Fuentes de navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ tone</source>
        <translation>Tono de VIDA³</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 volume</source>
        <translation>Volumen de %1</translation>
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
        <translation>Filtros, balance, desfase de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings of %1</source>
        <translation>Ajustes de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 level</source>
        <translation>Nivel de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove this channel</source>
        <translation>Quitar este canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
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
        <translation> — está silenciado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — no signal</source>
        <translation> — sin señal</translation>
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
        <translation>Escriba una acción: transmitir, grabación, una escena, silenciar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an action</source>
        <translation>Buscar una acción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions found</source>
        <translation>Acciones encontradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action matches.</source>
        <translation>Ninguna acción coincide.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>  (on)</source>
        <translation>  (activado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  (off)</source>
        <translation>  (desactivado)</translation>
    </message>
</context>
<context>
    <name>CongestionIndicator</name>
    <message>
        <location filename="../app/congestionindicator.cpp" line="+18"/>
        <location line="+13"/>
        <source>Congestion: not sending</source>
        <translation>Congestión: no se está enviando</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Congestion %1 (0: clear, 1: dropping frames)</source>
        <translation>Congestión %1 (0: libre, 1: descartando fotogramas)</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../app/alerts/desktopnotifier.cpp" line="+54"/>
        <source>This desktop shows no notifications.</source>
        <translation>Este escritorio no muestra notificaciones.</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <location filename="../app/destinationeditor.cpp" line="+43"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add destination</source>
        <translation>Añadir destino</translation>
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
        <translation>Asigne un nombre al destino.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another destination has this name.</source>
        <translation>Otro destino ya tiene este nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This name is reserved; choose another.</source>
        <translation>Este nombre está reservado; elija otro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains a control character.</source>
        <translation>El nombre contiene un carácter de control.</translation>
    </message>
</context>
<context>
    <name>DestinationForm</name>
    <message>
        <location filename="../app/destinationform.cpp" line="+59"/>
        <location line="+102"/>
        <source>Optional: used when the server URL keeps failing</source>
        <translation>Opcional: se usa cuando la URL del servidor sigue fallando</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Paste the key from the platform</source>
        <translation>Pegue la clave de la plataforma</translation>
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
        <translation>Mostrar u ocultar la clave de transmisión</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server URL</source>
        <translation>URL del &amp;servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup URL</source>
        <translation>URL de &amp;respaldo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream &amp;key</source>
        <translation>&amp;Clave de transmisión</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The %1 key %2.</source>
        <translation>La clave de %1 %2.</translation>
    </message>
</context>
<context>
    <name>DestinationList</name>
    <message>
        <location filename="../app/destinationlist.cpp" line="+34"/>
        <source>No destination yet: add X, YouTube, Twitch, Facebook or your own server.</source>
        <translation>Aún no hay destinos: añada X, YouTube, Twitch, Facebook o su propio servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add destination…</source>
        <translation>Añadir destino…</translation>
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
        <translation>Incluir al iniciar la transmisión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
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
Respaldo: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not sending</source>
        <translation>Sin enviar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No stream key: edit to add one</source>
        <translation>Sin clave de transmisión: edite para añadir una</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup: %1</source>
        <translation>Respaldo: %1</translation>
    </message>
</context>
<context>
    <name>DestinationStatus</name>
    <message>
        <location filename="../app/destinationstatus.cpp" line="+17"/>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Live</source>
        <translation>● En vivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Reconectando (intento %1)…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reconnecting in %n s (attempt %1)</source>
        <translation>
            <numerusform>Reconectando en %n s (intento %1)</numerusform>
            <numerusform>Reconectando en %n s (intento %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>backup URL</source>
        <translation>URL de respaldo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>primary URL</source>
        <translation>URL principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kbps · dropped (network) %2 · reconnects %3 · %4</source>
        <translation>%1 kbps · descartados (red) %2 · reconexiones %3 · %4</translation>
    </message>
</context>
<context>
    <name>DestinationValidator</name>
    <message>
        <location filename="../studio/destination/destinationvalidator.cpp" line="+89"/>
        <source>Enter the server URL.</source>
        <translation>Introduzca la URL del servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL contains spaces or line breaks.</source>
        <translation>La URL del servidor contiene espacios o saltos de línea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL contains invisible control characters.</source>
        <translation>La URL del servidor contiene caracteres de control invisibles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL&apos;s port must be a number from 1 to 65535.</source>
        <translation>El puerto de la URL del servidor debe ser un número de 1 a 65535.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL is not a valid URL (expected rtmps://host/app).</source>
        <translation>La URL del servidor no es una URL válida (se esperaba rtmps://host/app).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL must start with rtmp://, rtmps:// or srt://.</source>
        <translation>La URL del servidor debe empezar por rtmp://, rtmps:// o srt://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requires a secure server URL starting with rtmps://.</source>
        <translation>%1 requiere una URL de servidor segura que empiece por rtmps://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not accept this kind of server URL.</source>
        <translation>%1 no acepta este tipo de URL de servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL must not contain a user name or password.</source>
        <translation>La URL del servidor no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL has no host name.</source>
        <translation>La URL del servidor no tiene nombre de host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL&apos;s host name is not valid.</source>
        <translation>El nombre de host de la URL del servidor no es válido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An SRT URL needs a port (srt://host:port).</source>
        <translation>Una URL SRT necesita un puerto (srt://host:puerto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SRT URL has no path: give a stream id as ?streamid=…</source>
        <translation>Una URL SRT no tiene ruta: indique un ID de transmisión como ?streamid=…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SRT latency must be a number of milliseconds from %1 to %2.</source>
        <translation>La latencia SRT debe ser un número de milisegundos de %1 a %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL has no application path (for example /live2).</source>
        <translation>La URL del servidor no tiene ruta de aplicación (por ejemplo, /live2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server URL must not contain a # fragment.</source>
        <translation>La URL del servidor no debe contener un fragmento #.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the stream key.</source>
        <translation>Introduzca la clave de transmisión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stream key is too long (more than %1 characters).</source>
        <translation>La clave de transmisión es demasiado larga (más de %1 caracteres).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stream key contains spaces or line breaks.</source>
        <translation>La clave de transmisión contiene espacios o saltos de línea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stream key contains invisible control characters.</source>
        <translation>La clave de transmisión contiene caracteres de control invisibles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This does not look like a %1 stream key: a %1 key %2.</source>
        <translation>Esto no parece una clave de transmisión de %1: una clave de %1 %2.</translation>
    </message>
</context>
<context>
    <name>EncodePlan</name>
    <message>
        <location filename="../app/encodeplan.cpp" line="+35"/>
        <source>%1 cannot share one encode: %2. Untick one of them to go live.</source>
        <translation>%1 no pueden compartir una misma codificación: %2. Desmarque uno para iniciar la transmisión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>x264 %1, chosen for this machine</source>
        <translation>x264 %1, elegido para este equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One encode for %1: %2×%3 at %4 fps, video %5 kbps (%8), keyframe every %6 s, audio %7 kbps</source>
        <translation>Una codificación para %1: %2×%3 a %4 fps, vídeo %5 kbps (%8), fotograma clave cada %6 s, audio %7 kbps</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../app/errortext.cpp" line="+12"/>
        <source>The studio could not start this output. Check the destination settings and try again.</source>
        <translation>El estudio no pudo iniciar esta salida. Compruebe los ajustes del destino e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scene could not be loaded. Check the scene file, or start without one.</source>
        <translation>No se pudo cargar la escena. Compruebe el archivo de escenas o inicie sin él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The destination is not valid. Check the server URL and the stream key.</source>
        <translation>El destino no es válido. Compruebe la URL del servidor y la clave de transmisión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read or written. Check the folder&apos;s permissions and free space.</source>
        <translation>No se pudo leer o escribir un archivo. Compruebe los permisos de la carpeta y el espacio libre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build cannot do that. Choose another format or setting.</source>
        <translation>Esta compilación no puede hacer eso. Elija otro formato o ajuste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video encoder stopped working. Try again; if it keeps failing, restart the studio.</source>
        <translation>El codificador de vídeo dejó de funcionar. Inténtelo de nuevo; si sigue fallando, reinicie el estudio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name could not be found. Check the server URL and your internet connection.</source>
        <translation>No se encontró el nombre del servidor. Compruebe la URL del servidor y su conexión a Internet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing answered at the server address. Check the server URL and its port.</source>
        <translation>Nada respondió en la dirección del servidor. Compruebe la URL del servidor y su puerto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time. Check your internet connection, then go live again.</source>
        <translation>El servidor no respondió a tiempo. Compruebe su conexión a Internet y vuelva a iniciar la transmisión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection failed: the server&apos;s certificate was not accepted. Check the server URL and your computer&apos;s date and time.</source>
        <translation>Falló la conexión segura: no se aceptó el certificado del servidor. Compruebe la URL del servidor y la fecha y hora de su equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the stream key. Check the key in the destination form.</source>
        <translation>El servidor rechazó la clave de transmisión. Compruebe la clave en el formulario del destino.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost. Check your internet connection, then go live again.</source>
        <translation>Se perdió la conexión con el servidor. Compruebe su conexión a Internet y vuelva a iniciar la transmisión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recording could not be written. Check that the disk has free space and the folder is writable.</source>
        <translation>No se pudo escribir la grabación. Compruebe que el disco tenga espacio libre y que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached from this network. Check your internet connection and firewall.</source>
        <translation>No se puede llegar al servidor desde esta red. Compruebe su conexión a Internet y el cortafuegos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain available: your stream key is kept in memory for this session only and never written to disk.</source>
        <translation>No hay llavero disponible: su clave de transmisión se guarda en memoria solo durante esta sesión y nunca se escribe en el disco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No saved stream key was found. Enter the key in the destination form.</source>
        <translation>No se encontró ninguna clave de transmisión guardada. Introduzca la clave en el formulario del destino.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before it finished.</source>
        <translation>Se detuvo antes de terminar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That device was not found. Check that it is plugged in, then pick it again.</source>
        <translation>No se encontró ese dispositivo. Compruebe que esté conectado y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device stopped working. It comes back by itself when it is available again.</source>
        <translation>El dispositivo dejó de funcionar. Volverá por sí solo cuando vuelva a estar disponible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Try again; if it keeps failing, restart the studio.</source>
        <translation>Algo salió mal. Inténtelo de nuevo; si sigue fallando, reinicie el estudio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server name not found</source>
        <translation>no se encontró el nombre del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing answered at the server address</source>
        <translation>nada respondió en la dirección del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure connection failed</source>
        <translation>falló la conexión segura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused the stream key</source>
        <translation>el servidor rechazó la clave de transmisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recording could not be written</source>
        <translation>no se pudo escribir la grabación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server unreachable</source>
        <translation>servidor inaccesible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encoder stopped</source>
        <translation>el codificador se detuvo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid destination</source>
        <translation>destino no válido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>see the message beside the buttons</source>
        <translation>vea el mensaje junto a los botones</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../app/setup/firstrunwizard.cpp" line="+30"/>
        <source>Welcome to VIDA³ Studio</source>
        <translation>Bienvenido a VIDA³ Studio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where do you stream?</source>
        <translation>¿Dónde transmite?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the platform and paste the server and stream key it gives you. The key goes to your system&apos;s keychain, never to a file.</source>
        <translation>Elija la plataforma y pegue el servidor y la clave de transmisión que le da. La clave se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip: I only record for now</source>
        <translation>Omitir: por ahora solo grabo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What can this computer stream?</source>
        <translation>¿Qué puede transmitir este equipo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each format is encoded for a few seconds, as the stream would be. A format keeps up when this machine encodes it at least twice as fast as needed: the rest is for your game and your desktop.</source>
        <translation>Cada formato se codifica durante unos segundos, como en una transmisión. Un formato da abasto cuando este equipo lo codifica al menos el doble de rápido de lo necesario: el resto queda para su juego y su escritorio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measuring</source>
        <translation>Midiendo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the recommended format</source>
        <translation>Usar el formato recomendado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Measuring %1…</source>
        <translation>Midiendo %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1× real time</source>
        <translation>%1× tiempo real</translation>
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
        <translation>Ni siquiera 1280×720 a 30 fps da abasto con x264 aquí: elija un codificador por hardware en Ajustes → Salida o cierre otros programas mientras transmite.</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeyBinder</name>
    <message>
        <location filename="../app/actions/globalhotkeybinder.cpp" line="+69"/>
        <source>%1 for “%2” works only in the studio: %3</source>
        <translation>%1 para “%2” solo funciona en el estudio: %3</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeys</name>
    <message>
        <location filename="../app/actions/globalhotkeys_other.cpp" line="+11"/>
        <source>This build has global hotkeys on Linux with X11 only: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>Esta compilación solo tiene atajos globales en Linux con X11: los atajos funcionan mientras el estudio tiene el foco; un Stream Deck o Companion puede manejarlo mediante el control remoto.</translation>
    </message>
    <message>
        <location filename="../app/actions/globalhotkeys_x11.cpp" line="+126"/>
        <source>Wayland does not let applications grab keys for the whole desktop: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>Wayland no permite que las aplicaciones capturen teclas para todo el escritorio: los atajos funcionan mientras el estudio tiene el foco; un Stream Deck o Companion puede manejarlo mediante el control remoto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session has no X11 display, so the studio cannot grab keys for the whole desktop: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>Esta sesión no tiene pantalla X11, así que el estudio no puede capturar teclas para todo el escritorio: los atajos funcionan mientras el estudio tiene el foco; un Stream Deck o Companion puede manejarlo mediante el control remoto.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 is already taken by another application, which uses it for the whole desktop: choose another key, or free it in that application.</source>
        <translation>%1 ya lo usa otra aplicación para todo el escritorio: elija otra tecla o libere el atajo en esa aplicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The X server refused to grab %1 (X error %2).</source>
        <translation>El servidor X se negó a capturar %1 (error X %2).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No key was given for %1.</source>
        <translation>No se indicó ninguna tecla para %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a global hotkey can only hold Ctrl, Shift, Alt and Meta.</source>
        <translation>%1: un atajo global solo puede usar Ctrl, Shift, Alt y Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be a global hotkey: use a letter, a digit, F1 to F35 or a named key such as Home, Print or Pause.</source>
        <translation>%1 no puede ser un atajo global: use una letra, un número, de F1 a F35 o una tecla con nombre como Home, Print o Pause.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 switches the computer to another text console, so it never reaches applications: add Shift, or choose another key.</source>
        <translation>%1 cambia el equipo a otra consola de texto, así que nunca llega a las aplicaciones: añada Shift o elija otra tecla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 alone would stop that key from working in every other application: hold Ctrl, Alt or Meta with it.</source>
        <translation>%1 sin modificadores impediría que esa tecla funcione en todas las demás aplicaciones: combínela con Ctrl, Alt o Meta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the keyboard layout in use has no such key.</source>
        <translation>%1: la distribución de teclado en uso no tiene esa tecla.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is already the hotkey of %2.</source>
        <translation>%1 ya es el atajo de %2.</translation>
    </message>
</context>
<context>
    <name>GoLiveChecklist</name>
    <message>
        <location filename="../app/golive/golivechecklist.cpp" line="+46"/>
        <source>Before you go live</source>
        <translation>Antes de transmitir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Go live</source>
        <translation>Transmitir</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../app/history/historydock.cpp" line="+36"/>
        <source>Session history</source>
        <translation>Historial de sesiones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept sessions</source>
        <translation>Sesiones conservadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Duración</translation>
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
        <translation>Reconexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every kept session as CSV or JSON lines.</source>
        <translation>Guardar todas las sesiones conservadas como CSV o JSON Lines.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete history…</source>
        <translation>Eliminar historial…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep sessions for</source>
        <translation>Conservar las sesiones durante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for</source>
        <translation>Conservar durante</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept on this computer only; nothing is ever sent anywhere.</source>
        <translation>Solo se conserva en este equipo; nunca se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>recording</source>
        <translation>grabación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No session kept yet.</source>
        <translation>Aún no hay ninguna sesión conservada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Frames lost: %1 rendering, %2 encoding, %3 network.</source>
        <translation>Fotogramas perdidos: %1 en el renderizado, %2 en la codificación, %3 en la red.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): %3 kbps on average</source>
        <translation>%1 (%2): %3 kbps de promedio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording: %1</source>
        <translation>Grabación: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Export the session history</source>
        <translation>Exportar el historial de sesiones</translation>
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
        <translation>¿Eliminar el historial de sesiones?</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Every kept session is removed from this computer. Recordings are not touched.</source>
        <translation>Todas las sesiones conservadas se eliminan de este equipo. Las grabaciones no se modifican.</translation>
    </message>
</context>
<context>
    <name>HotkeysPage</name>
    <message>
        <location filename="../app/settings/hotkeyspage.cpp" line="+33"/>
        <location line="+1"/>
        <source>Find an action</source>
        <translation>Buscar una acción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions and their keys</source>
        <translation>Acciones y sus teclas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
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
        <translation>Nuevas teclas para la acción seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keys work while another application has the focus</source>
        <translation>Las teclas funcionan aunque otra aplicación tenga el foco</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Back to its default.</source>
        <translation>Se restableció el valor predeterminado.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Pick an action in the list first.</source>
        <translation>Elija primero una acción de la lista.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keys now.</source>
        <translation>Ya no tiene teclas asignadas.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 now runs it.</source>
        <translation>%1 ahora la ejecuta.</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../app/scenes/inspectordock.cpp" line="+48"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer properties</source>
        <translation>Propiedades de la capa</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n layers selected.</source>
        <translation>
            <numerusform>%n capa seleccionada.</numerusform>
            <numerusform>%n capas seleccionadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a layer to see its settings.</source>
        <translation>Seleccione una capa para ver sus ajustes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 layer</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · capa de tipo %2</translation>
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
        <translation>Ancho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Alto</translation>
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
        <translation>Rotación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop left</source>
        <translation>Recorte izquierdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crop top</source>
        <translation>Recorte superior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop right</source>
        <translation>Recorte derecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crop bottom</source>
        <translation>Recorte inferior</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transform %1</source>
        <translation>Transformar %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>JSON, e.g. {&quot;left&quot;: 0}</source>
        <translation>JSON, p. ej. {&quot;left&quot;: 0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not valid JSON</source>
        <translation>%1: JSON no válido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a file for %1</source>
        <translation>Elegir un archivo para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Back to the default</source>
        <translation>Volver al valor predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset %1</source>
        <translation>Restablecer %1</translation>
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
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when you start VIDA³ Studio again.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que inicie VIDA³ Studio.</translation>
    </message>
</context>
<context>
    <name>LayerCommands</name>
    <message>
        <location filename="../studio/scene/document/layercommands.cpp" line="+15"/>
        <source>Add %1 layer “%2”</source>
        <translation>Añadir capa de tipo %1 “%2”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove layer “%1”</source>
        <translation>Quitar la capa “%1”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reorder layers</source>
        <translation>Reordenar capas</translation>
    </message>
</context>
<context>
    <name>LayerEdits</name>
    <message>
        <location filename="../studio/scene/document/layeredits.cpp" line="+37"/>
        <location line="+337"/>
        <source>No such scene.</source>
        <translation>No existe esa escena.</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>No layer selected.</source>
        <translation>No hay ninguna capa seleccionada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer “%1” named twice.</source>
        <translation>La capa “%1” aparece dos veces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No layer “%1” in this scene.</source>
        <translation>No hay ninguna capa “%1” en esta escena.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position and size must be within ±%1 px.</source>
        <translation>La posición y el tamaño deben estar dentro de ±%1 px.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown layer kind “%1”.</source>
        <translation>Tipo de capa desconocido: “%1”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A media layer called “%1” plays another file in the scene “%2”: its name is its mixer channel, so give this one another name.</source>
        <translation>Una capa multimedia llamada “%1” reproduce otro archivo en la escena “%2”: su nombre es su canal del mezclador, así que dé otro nombre a esta.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A scene holds at most %1 layers.</source>
        <translation>Una escena admite como máximo %1 capas.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Add %n layer(s)</source>
        <translation>
            <numerusform>Añadir %n capa</numerusform>
            <numerusform>Añadir %n capas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Remove %n layer(s)</source>
        <translation>
            <numerusform>Quitar %n capa</numerusform>
            <numerusform>Quitar %n capas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A layer name has 1 to %1 characters.</source>
        <translation>Un nombre de capa tiene de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a layer called “%1” in this scene.</source>
        <translation>Ya hay una capa llamada “%1” en esta escena.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename layer “%1” to “%2”</source>
        <translation>Renombrar la capa “%1” a “%2”</translation>
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
        <translation>La opacidad está entre 0 y 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opacity of %1</source>
        <translation>Opacidad de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rotation is between −360° and 360°.</source>
        <translation>La rotación está entre −360° y 360°.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotate %1</source>
        <translation>Rotar %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crop %1</source>
        <translation>Recortar %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A crop is 0 or more pixels a side.</source>
        <translation>Un recorte es de 0 o más píxeles por lado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That crop leaves nothing of the layer to show.</source>
        <translation>Ese recorte no deja nada visible de la capa.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A %1 layer has no field “%2”.</source>
        <translation>Una capa de tipo %1 no tiene el campo “%2”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One rectangle per layer.</source>
        <translation>Un rectángulo por capa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That size leaves nothing of the cropped layer to show.</source>
        <translation>Ese tamaño no deja nada visible de la capa recortada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new order names every layer of the scene once.</source>
        <translation>Un nuevo orden nombra cada capa de la escena una sola vez.</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../studio/scene/models/layerlistmodel.cpp" line="+165"/>
        <source>%1 layer%2%3</source>
        <translation>Capa de tipo %1%2%3</translation>
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
        <translation>Capas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layers, top first</source>
        <translation>Capas, la superior primero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a layer</source>
        <translation>Añadir una capa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected layers</source>
        <translation>Quitar las capas seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected layers</source>
        <translation>Duplicar las capas seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring forward</source>
        <translation>Traer adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send backward</source>
        <translation>Enviar atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock or unlock the selected layers</source>
        <translation>Bloquear o desbloquear las capas seleccionadas</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add an image</source>
        <translation>Añadir una imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a media file</source>
        <translation>Añadir un archivo multimedia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video and audio (*)</source>
        <translation>Vídeo y audio (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser source</source>
        <translation>Fuente de navegador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name the page streams under:</source>
        <translation>Nombre con el que transmite la página:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No scene to add to.</source>
        <translation>No hay ninguna escena a la que añadir.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing copied yet.</source>
        <translation>Aún no se ha copiado nada.</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <location filename="../app/mixer/levelmeterwidget.cpp" line="+26"/>
        <source>Level meter</source>
        <translation>Medidor de nivel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>silent</source>
        <translation>en silencio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak %1 dB, average %2 dB%3</source>
        <translation>pico %1 dB, promedio %2 dB%3</translation>
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
        <translation>No hay llavero disponible: la clave se guarda en memoria solo durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>MixerPanel</name>
    <message>
        <location filename="../app/mixer/mixerpanel.cpp" line="+50"/>
        <source>Programme (what viewers hear) · limiter −1 dBTP</source>
        <translation>Programa (lo que oyen los espectadores) · limitador −1 dBTP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme level</source>
        <translation>Nivel del programa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add microphone</source>
        <translation>Añadir micrófono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add desktop audio</source>
        <translation>Añadir audio del escritorio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mute microphones</source>
        <translation>Silenciar micrófonos</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No microphone to mute: add one with “Add microphone”.</source>
        <translation>No hay ningún micrófono que silenciar: añada uno con “Añadir micrófono”.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not connected (kept in your setup, tried again next time): %1</source>
        <translation>Sin conectar (se conserva en su configuración y se volverá a intentar la próxima vez): %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loudness %1 LUFS now · %2 over 3 s · %3 overall (target %4) · true peak %5 dBTP</source>
        <translation>Sonoridad %1 LUFS ahora · %2 en 3 s · %3 en total (objetivo %4) · pico real %5 dBTP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Default output</source>
        <translation>Salida predeterminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default (follows the system)</source>
        <translation>Predeterminado (según el sistema)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The new channel joins when nothing is live or recording.</source>
        <translation>El nuevo canal se incorpora cuando no hay nada en vivo ni grabando.</translation>
    </message>
</context>
<context>
    <name>NewLayer</name>
    <message>
        <location filename="../app/scenes/newlayer.cpp" line="+65"/>
        <source>Your text</source>
        <translation>Su texto</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ visual</source>
        <translation>Visual de VIDA³</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media file…</source>
        <translation>Archivo multimedia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser source…</source>
        <translation>Fuente de navegador…</translation>
    </message>
</context>
<context>
    <name>OutputControls</name>
    <message>
        <location filename="../app/outputcontrols.cpp" line="+41"/>
        <source>Nothing is recorded while paused; the file goes on without a gap when you resume. The stream is not affected.</source>
        <translation>No se graba nada mientras está en pausa; el archivo continúa sin cortes al reanudar. La transmisión no se ve afectada.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No destination is ready to go live.</source>
        <translation>Ningún destino está listo para iniciar la transmisión.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+24"/>
        <source>Recording to %1</source>
        <translation>Grabando en %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Nothing is being recorded.</source>
        <translation>No se está grabando nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording paused</source>
        <translation>Grabación en pausa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording saved: %1</source>
        <translation>Grabación guardada: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop streaming</source>
        <translation>Detener transmisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go Live</source>
        <translation>Iniciar transmisión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finishing…</source>
        <translation>Finalizando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Detener grabación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume recording</source>
        <translation>Reanudar grabación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause recording</source>
        <translation>Pausar grabación</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <location filename="../app/settings/outputformat.cpp" line="+53"/>
        <source>Give both the width and the height, or neither (the platform&apos;s size).</source>
        <translation>Indique el ancho y el alto, o ninguno (tamaño de la plataforma).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size must be from %1×%2 to %3×%4.</source>
        <translation>El tamaño debe estar entre %1×%2 y %3×%4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The width and the height must be even numbers (H.264 halves them for colour).</source>
        <translation>El ancho y el alto deben ser números pares (H.264 los divide a la mitad para el color).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frame rate must be 24, 25, 30, 48, 50 or 60.</source>
        <translation>La velocidad de fotogramas debe ser 24, 25, 30, 48, 50 o 60.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video bitrate must be from %1 to %2 kbps.</source>
        <translation>La tasa de bits de vídeo debe estar entre %1 y %2 kbps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keyframe interval must be from 1 to 10 seconds (platforms ask for 2).</source>
        <translation>El intervalo de fotogramas clave debe estar entre 1 y 10 segundos (las plataformas piden 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loudness target must be from -40 to -5 LUFS (most platforms ask for -14).</source>
        <translation>El objetivo de sonoridad debe estar entre -40 y -5 LUFS (la mayoría de las plataformas piden -14).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings are Matroska (.mkv) or MP4 (.mp4).</source>
        <translation>Las grabaciones son Matroska (.mkv) o MP4 (.mp4).</translation>
    </message>
</context>
<context>
    <name>OutputSettingsBox</name>
    <message>
        <location filename="../app/outputsettingsbox.cpp" line="+32"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A hardware encoder spares the CPU for the scene. Each is tried with a test encode when the output starts; one that does not work falls back to x264 and says why. Automatic uses the first hardware encoder that works.</source>
        <translation>Un codificador por hardware libera la CPU para la escena. Cada uno se prueba con una codificación de prueba al iniciar la salida; si uno no funciona, se vuelve a x264 y se indica el motivo. Automático usa el primer codificador por hardware que funcione.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faster presets use less CPU for a softer picture at the same bitrate. auto picks veryfast, superfast or ultrafast for the output size, frame rate and this computer&apos;s cores. If the stats count frames skipped by the encoder, choose a faster one.</source>
        <translation>Los preajustes más rápidos usan menos CPU a cambio de una imagen más suave con la misma tasa de bits. auto elige veryfast, superfast o ultrafast según el tamaño de salida, la velocidad de fotogramas y los núcleos de este equipo. Si las estadísticas cuentan fotogramas saltados por el codificador, elija uno más rápido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Adapt the bitrate to the slowest destination</source>
        <translation>&amp;Adaptar la tasa de bits al destino más lento</translation>
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
        <translation>no reconectar nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes apply when nothing is live or recording.</source>
        <translation>Los cambios se aplican cuando no hay nada en vivo ni grabando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Encoder</source>
        <translation>&amp;Codificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x264 &amp;speed</source>
        <translation>&amp;Velocidad de x264</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First &amp;retry after</source>
        <translation>Primer &amp;reintento tras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest wait</source>
        <translation>&amp;Espera máxima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttempts</source>
        <translation>&amp;Intentos</translation>
    </message>
</context>
<context>
    <name>PlatformPreset</name>
    <message>
        <location filename="../studio/destination/presettexts.cpp" line="+11"/>
        <source>contains only letters and digits</source>
        <translation>solo contiene letras y números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains only letters, digits and hyphens</source>
        <translation>solo contiene letras, números y guiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with live_ followed by letters, digits and underscores</source>
        <translation>empieza por live_ seguido de letras, números y guiones bajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains letters, digits and the characters - _ . % ? &amp; =</source>
        <translation>contiene letras, números y los caracteres - _ . % ? &amp; =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may contain any visible characters</source>
        <translation>puede contener cualquier carácter visible</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../app/golive/preflight.cpp" line="+20"/>
        <source>No destination is ticked for Go Live: tick one in Destinations.</source>
        <translation>No hay ningún destino marcado para iniciar la transmisión: marque uno en Destinos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No stream key for %1: edit the destination to add one.</source>
        <translation>No hay clave de transmisión para %1: edite el destino para añadir una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no stream key and will not start.</source>
        <translation>%1 no tiene clave de transmisión y no se iniciará.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform may refuse: %1</source>
        <translation>La plataforma podría rechazarlo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n destination(s) ready, each with its stream key.</source>
        <translation>
            <numerusform>%n destino listo, con su clave de transmisión.</numerusform>
            <numerusform>%n destinos listos, cada uno con su clave de transmisión.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No microphone in the mixer: viewers will not hear your voice.</source>
        <translation>No hay ningún micrófono en el mezclador: los espectadores no oirán su voz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your microphone is muted (Ctrl+Shift+M unmutes every microphone).</source>
        <translation>Su micrófono está silenciado (Ctrl+Shift+M activa todos los micrófonos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone on.</source>
        <translation>Micrófono activado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The recording disk cannot be read (%1).</source>
        <translation>No se puede leer el disco de grabación (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only %1 free where recordings go: a recording would stop when it is full.</source>
        <translation>Solo quedan %1 libres donde se guardan las grabaciones: una grabación se detendría al llenarse el disco.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 free where recordings go (about %n hour(s) of recording).</source>
        <translation>
            <numerusform>%1 libres donde se guardan las grabaciones (aprox. %n hora de grabación).</numerusform>
            <numerusform>%1 libres donde se guardan las grabaciones (aprox. %n horas de grabación).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encoder could not be tried: %1</source>
        <translation>No se pudo probar el codificador: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1×%2 at %3 fps with x264 %4</source>
        <translation>%1×%2 a %3 fps con x264 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This machine encodes %1 %2 times as fast as needed.</source>
        <translation>Este equipo codifica %1 %2 veces más rápido de lo necesario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This machine encodes %1 only %2 times as fast as needed: frames may be lost while a game runs. Choose a faster x264 speed or a smaller size in Settings → Output.</source>
        <translation>Este equipo codifica %1 solo %2 veces más rápido de lo necesario: pueden perderse fotogramas mientras se ejecuta un juego. Elija una velocidad de x264 más rápida o un tamaño menor en Ajustes → Salida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 encodes on the graphics chip: the CPU stays free.</source>
        <translation>%1 codifica en el chip gráfico: la CPU queda libre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trying the encoder on this machine…</source>
        <translation>Probando el codificador en este equipo…</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../app/previewwidget.cpp" line="+17"/>
        <source>Live preview</source>
        <translation>Vista previa en vivo</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Starting the preview…</source>
        <translation>Iniciando la vista previa…</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../app/canvas/canvasaccessible.cpp" line="+41"/>
        <source>%1 layer at %2, %3, %4 × %5 pixels%6</source>
        <translation>Capa de tipo %1 en %2, %3, %4 × %5 píxeles%6</translation>
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
        <translation>Control remoto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let controllers drive the studio</source>
        <translation>Permitir que los controladores manejen el estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion, Stream Deck, Streamer.bot and obs-cmd connect as they do to OBS (obs-websocket 5).</source>
        <translation>Companion, Stream Deck, Streamer.bot y obs-cmd se conectan como lo hacen con OBS (obs-websocket 5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote control port</source>
        <translation>Puerto del control remoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also from other computers on the network</source>
        <translation>También desde otros equipos de la red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone on your network who has the password can then start and stop your stream.</source>
        <translation>Cualquiera en su red que tenga la contraseña podrá iniciar y detener su transmisión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote control password</source>
        <translation>Contraseña del control remoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy password</source>
        <translation>Copiar contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No keychain: this password lasts until the studio quits.</source>
        <translation>Sin llavero: esta contraseña dura hasta que se cierre el estudio.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remote control is off: %1</source>
        <translation>El control remoto está desactivado: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Off. Nothing listens.</source>
        <translation>Desactivado. No hay nada escuchando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every network interface</source>
        <translation>todas las interfaces de red</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Listening on %1, port %2 · %n controller(s) connected</source>
        <translation>
            <numerusform>Escuchando en %1, puerto %2 · %n controlador conectado</numerusform>
            <numerusform>Escuchando en %1, puerto %2 · %n controladores conectados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SceneCommands</name>
    <message>
        <location filename="../studio/scene/document/scenecommands.cpp" line="+30"/>
        <source>Remove scene “%1”</source>
        <translation>Quitar la escena “%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move scene “%1”</source>
        <translation>Mover la escena “%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename scene “%1” to “%2”</source>
        <translation>Renombrar la escena “%1” a “%2”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Default transition: %1</source>
        <translation>Transición predeterminada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transition to “%1”: %2</source>
        <translation>Transición a “%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
</context>
<context>
    <name>SceneEdits</name>
    <message>
        <location filename="../studio/scene/document/sceneedits.cpp" line="+39"/>
        <source>A scene needs a name.</source>
        <translation>Una escena necesita un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scene name has at most %1 characters.</source>
        <translation>Un nombre de escena tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a scene called “%1”.</source>
        <translation>Ya hay una escena llamada “%1”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>A collection holds at most %1 scenes.</source>
        <translation>Una colección admite como máximo %1 escenas.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Scene</source>
        <translation>Escena</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add scene “%1”</source>
        <translation>Añadir la escena “%1”</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+10"/>
        <location line="+12"/>
        <location line="+21"/>
        <location line="+11"/>
        <source>No such scene.</source>
        <translation>No existe esa escena.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The last scene cannot be removed: a collection always has one.</source>
        <translation>No se puede quitar la última escena: una colección siempre tiene una.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No such position.</source>
        <translation>No existe esa posición.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch to “%1”</source>
        <translation>Cambiar a “%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default transition cannot be empty.</source>
        <translation>La transición predeterminada no puede estar vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A transition lasts 0 to %1 ms.</source>
        <translation>Una transición dura de 0 a %1 ms.</translation>
    </message>
</context>
<context>
    <name>SceneListModel</name>
    <message>
        <location filename="../studio/scene/models/scenelistmodel.cpp" line="+76"/>
        <source>On air</source>
        <translation>Al aire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In preview</source>
        <translation>En vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switched to with %1</source>
        <translation>transición de entrada: %1</translation>
    </message>
</context>
<context>
    <name>SceneWorkspace</name>
    <message>
        <location filename="../app/scenes/sceneworkspace.cpp" line="+33"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit history</source>
        <translation>Historial de edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Al abrir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export scenes with their files…</source>
        <translation>&amp;Exportar escenas con sus archivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export scenes</source>
        <translation>Exportar escenas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ scene bundles (*.vida3scenes)</source>
        <translation>Paquetes de escenas de VIDA³ (*.vida3scenes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import scenes…</source>
        <translation>&amp;Importar escenas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import scenes</source>
        <translation>Importar escenas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ scene bundles (*.vida3scenes);;All files (*)</source>
        <translation>Paquetes de escenas de VIDA³ (*.vida3scenes);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Studio mode</source>
        <translation>Modo &amp;estudio</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scenes exported to %1</source>
        <translation>Escenas exportadas a %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Import %n scene(s)</source>
        <translation>
            <numerusform>Importar %n escena</numerusform>
            <numerusform>Importar %n escenas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n scene(s) from %1</source>
        <translation>
            <numerusform>Se importó %n escena de %1</numerusform>
            <numerusform>Se importaron %n escenas de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenesDock</name>
    <message>
        <location filename="../app/scenes/scenesdock.cpp" line="+34"/>
        <location line="+6"/>
        <source>Scenes</source>
        <translation>Escenas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a scene</source>
        <translation>Añadir una escena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty scene</source>
        <translation>Escena vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a template</source>
        <translation>Desde una plantilla</translation>
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
        <translation>Duplicar la escena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the scene</source>
        <translation>Quitar la escena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the scene up</source>
        <translation>Subir la escena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the scene down</source>
        <translation>Bajar la escena</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Transition</source>
        <translation>Transición</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cut</source>
        <translation>Corte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fade</source>
        <translation>Fundido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide</source>
        <translation>Deslizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transition duration</source>
        <translation>Duración de la transición</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Transition to this scene</source>
        <translation>Transición a esta escena</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The default</source>
        <translation>La predeterminada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Scene</source>
        <translation>Escena</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../app/remote/schedulepanel.cpp" line="+25"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduled starts</source>
        <translation>Inicios programados</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+93"/>
        <source>Go live</source>
        <translation>Transmitir</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Go live and record</source>
        <translation>Transmitir y grabar</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Stop at</source>
        <translation>Detener el</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop time</source>
        <translation>Hora de detención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to schedule</source>
        <translation>Añadir a la programación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene</source>
        <translation>Escena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Missed a scheduled start (%1 at %2): VIDA³ Studio was not running, so nothing was started late.</source>
        <translation>Se perdió un inicio programado (%1 el %2): VIDA³ Studio no se estaba ejecutando, así que no se inició nada con retraso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The schedule could not be saved: %1</source>
        <translation>No se pudo guardar la programación: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the scene on air</source>
        <translation>Mantener la escena al aire</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The saved schedule could not be read: %1</source>
        <translation>No se pudo leer la programación guardada: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> until %1</source>
        <translation> hasta las %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, every week</source>
        <translation>, cada semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, scene &quot;%1&quot;</source>
        <translation>, escena &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing scheduled.</source>
        <translation>No hay nada programado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next start in %1</source>
        <translation>Próximo inicio en %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduled stop in %1</source>
        <translation>Detención programada en %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled switch</source>
        <translation>Cambio programado</translation>
    </message>
</context>
<context>
    <name>SessionGraph</name>
    <message>
        <location filename="../app/history/sessiongraph.cpp" line="+14"/>
        <source>Bitrate and lost frames of the chosen session</source>
        <translation>Tasa de bits y fotogramas perdidos de la sesión elegida</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No graph for this session</source>
        <translation>No hay gráfico para esta sesión</translation>
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
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotkeys</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language (from the next start):</source>
        <translation>Idioma (desde el próximo inicio):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ Studio sends nothing anywhere: no telemetry. Your settings, scenes, session history and stream keys stay on this computer.</source>
        <translation>VIDA³ Studio no envía nada a ningún sitio: sin telemetría. Sus ajustes, escenas, historial de sesiones y claves de transmisión se quedan en este equipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete all my data…</source>
        <translation>Eliminar todos mis datos…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>The platform&apos;s</source>
        <translation>Según la plataforma</translation>
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
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate:</source>
        <translation>Velocidad de fotogramas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video bitrate:</source>
        <translation>Tasa de bits de vídeo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyframe every:</source>
        <translation>Fotograma clave cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every destination shares one encode: a value a platform does not accept is lowered for all, and the window says so.</source>
        <translation>Todos los destinos comparten una misma codificación: un valor que una plataforma no acepta se reduce para todos, y la ventana lo indica.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the programme&apos;s peaks to −1 dBTP</source>
        <translation>Limitar los picos del programa a −1 dBTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loudness target is what the programme meter aims at: −14 LUFS for YouTube, Twitch and X. The limiter keeps sudden peaks from distorting on the platforms&apos; encoders.</source>
        <translation>El objetivo de sonoridad es lo que busca el medidor del programa: −14 LUFS para YouTube, Twitch y X. El limitador evita que los picos repentinos se distorsionen en los codificadores de las plataformas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loudness target:</source>
        <translation>Objetivo de sonoridad:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your Videos folder</source>
        <translation>Su carpeta Vídeos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings folder</source>
        <translation>Carpeta de grabaciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matroska (.mkv): plays even after a crash</source>
        <translation>Matroska (.mkv): se reproduce incluso tras un fallo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 (.mp4), fragmented: plays even after a crash</source>
        <translation>MP4 (.mp4), fragmentado: se reproduce incluso tras un fallo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Write the size as width x height, for example 1920x1080.</source>
        <translation>Escriba el tamaño como ancho x alto, por ejemplo 1920x1080.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recordings folder must be a full path, such as %1.</source>
        <translation>La carpeta de grabaciones debe ser una ruta completa, como %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings cannot be written to %1.</source>
        <translation>No se pueden escribir grabaciones en %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved. The stream and the recording keep their format until every output has stopped; the new one applies from the next start.</source>
        <translation>Guardado. La transmisión y la grabación mantienen su formato hasta que se detengan todas las salidas; el nuevo se aplica desde el próximo inicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
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
        <translation>Reproducir</translation>
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
        <translation>Quitarla de la escena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../app/sources/sourcespanel.cpp" line="+34"/>
        <location line="+117"/>
        <source>Camera “%1”</source>
        <translation>Cámara “%1”</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Screen %1</source>
        <translation>Pantalla %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camera, screen and media</source>
        <translation>Cámara, pantalla y multimedia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add camera</source>
        <translation>Añadir cámara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add screen</source>
        <translation>Añadir pantalla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole display this window is on (X11).</source>
        <translation>Toda la pantalla en la que está esta ventana (X11).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add media file…</source>
        <translation>Añadir archivo multimedia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loop</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No camera connected</source>
        <translation>No hay ninguna cámara conectada</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is added to the scene after everything has stopped.</source>
        <translation>%1 se añadirá a la escena cuando todo se haya detenido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is on top of the scene.</source>
        <translation>%1 se ha añadido encima de todo en la escena.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The screen</source>
        <translation>La pantalla</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not found any more, taken off the scene: %1</source>
        <translation>Ya no se encuentra; se quitó de la escena: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” goes off the scene after everything has stopped.</source>
        <translation>“%1” se quitará de la escena cuando todo se haya detenido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is off the scene.</source>
        <translation>“%1” se ha quitado de la escena.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add a media file</source>
        <translation>Añadir un archivo multimedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video and audio (*.mp4 *.mkv *.mov *.webm *.avi *.flv *.ts *.mp3 *.m4a *.wav *.flac *.ogg *.opus);;All files (*)</source>
        <translation>Vídeo y audio (*.mp4 *.mkv *.mov *.webm *.avi *.flv *.ts *.mp3 *.m4a *.wav *.flac *.ogg *.opus);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>StatsDock</name>
    <message>
        <location filename="../app/stats/statsdock.cpp" line="+37"/>
        <source>Stats</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bitrate per destination</source>
        <translation>Tasa de bits por destino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost per second</source>
        <translation>Fotogramas perdidos por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congestion per destination</source>
        <translation>Congestión por destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate</source>
        <translation>Velocidad de fotogramas</translation>
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
        <translation>Tiempo de renderizado y codificación por fotograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (100 % is one core)</source>
        <translation>CPU (100 % = un núcleo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Memoria</translation>
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
        <translation>Sin grabación.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Stats graphs</source>
        <translation>Gráficos de estadísticas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>rendering</source>
        <translation>renderizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encoding</source>
        <translation>codificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rendered</source>
        <translation>renderizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>render</source>
        <translation>renderizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encode</source>
        <translation>codificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>studio</source>
        <translation>estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resident</source>
        <translation>residente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Free on the recording disk: %1</source>
        <translation>Libre en el disco de grabación: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Free on the recording disk: %1 — the recording fills it in about %n minute(s).</source>
        <translation>
            <numerusform>Libre en el disco de grabación: %1 — la grabación lo llenará en unos %n minuto.</numerusform>
            <numerusform>Libre en el disco de grabación: %1 — la grabación lo llenará en unos %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../app/statusline.cpp" line="+41"/>
        <source>● Recording</source>
        <translation>● Grabando</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+71"/>
        <source>Bitrate: —</source>
        <translation>Tasa de bits: —</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Rendering: — fps</source>
        <translation>Renderizado: — fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost: missed (rendering) 0 · skipped (encoding) 0 · dropped (network) 0</source>
        <translation>Fotogramas perdidos: omitidos (renderizado) 0 · saltados (codificación) 0 · descartados (red) 0</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Live</source>
        <translation>● En vivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bitrate: %1 kbps</source>
        <translation>Tasa de bits: %1 kbps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording: %1 kbps</source>
        <translation>Grabación: %1 kbps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rendering: %1 fps</source>
        <translation>Renderizado: %1 fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost: missed (rendering) %1 · skipped (encoding) %2 · dropped (network) %3</source>
        <translation>Fotogramas perdidos: omitidos (renderizado) %1 · saltados (codificación) %2 · descartados (red) %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frames encoded %1 · %2</source>
        <translation>Fotogramas codificados %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames written by each output. After a stop, the recording&apos;s count is the number of frames in the file.</source>
        <translation>Fotogramas escritos por cada salida. Tras detenerse, el recuento de la grabación es el número de fotogramas del archivo.</translation>
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
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Go live or stop streaming</source>
        <translation>Transmitir o detener la transmisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Start or stop recording</source>
        <translation>Iniciar o detener la grabación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume the recording</source>
        <translation>Pausar o reanudar la grabación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Studio mode</source>
        <translation>Modo estudio</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Studio</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take: put the preview on air</source>
        <translation>Al aire: emitir la vista previa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute or unmute every microphone</source>
        <translation>Silenciar o activar todos los micrófonos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+74"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Switch &amp;scene</source>
        <translation>Cambiar de &amp;escena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mute</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add a layer</source>
        <translation>&amp;Añadir una capa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a layer: %1</source>
        <translation>Añadir una capa: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show or hide: %1</source>
        <translation>Mostrar u ocultar: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch to scene “%1”</source>
        <translation>Cambiar a la escena “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenes</source>
        <translation>Escenas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mute or unmute “%1”</source>
        <translation>Silenciar o activar “%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop streaming</source>
        <translation>Detener transmisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go live</source>
        <translation>Transmitir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Detener grabación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start recording</source>
        <translation>Iniciar grabación</translation>
    </message>
</context>
<context>
    <name>StudioModePanel</name>
    <message>
        <location filename="../app/scenes/studiomode.cpp" line="+28"/>
        <source>Preview: the next scene</source>
        <translation>Vista previa: la siguiente escena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take →</source>
        <translation>Al aire →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the preview on air with its transition (Ctrl+Enter)</source>
        <translation>Poner la vista previa al aire con su transición (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take “%1”</source>
        <translation>Poner “%1” al aire</translation>
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
        <translation>Escenas sin guardar: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Render, encode and stream a live canvas.</source>
        <translation>Renderiza, codifica y transmite un lienzo en vivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain available: your stream keys are kept in memory for this session only and never written to disk.</source>
        <translation>No hay llavero disponible: sus claves de transmisión se guardan en memoria solo durante esta sesión y nunca se escriben en el disco.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audio mixer</source>
        <translation>Mezclador de audio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Studio controls</source>
        <translation>Controles del estudio</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Adjusted so every platform accepts it: %1</source>
        <translation>Ajustado para que todas las plataformas lo acepten: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/studiowindowentry.cpp" line="-39"/>
        <source>Delete all my data</source>
        <translation>Eliminar todos mis datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes everything VIDA³ Studio keeps on this computer: your settings, scenes, schedule and session history, and the stream keys, relay secret and remote-control password in the keychain. Your recordings stay.

The studio stops what is live and closes first.</source>
        <translation>Esto elimina todo lo que VIDA³ Studio guarda en este equipo: sus ajustes, escenas, programación e historial de sesiones, y las claves de transmisión, el secreto del retransmisor y la contraseña del control remoto guardados en el llavero. Sus grabaciones se conservan.

Antes, el estudio detiene lo que esté en vivo y se cierra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete everything</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <location filename="../app/studiowindowentry.cpp" line="+3"/>
        <source>Everything VIDA³ Studio kept on this computer is removed. Your recordings stay where they are.</source>
        <translation>Se ha eliminado todo lo que VIDA³ Studio guardaba en este equipo. Sus grabaciones siguen donde estaban.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some of it could not be removed:
%1</source>
        <translation>Algunos elementos no se pudieron eliminar:
%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your scenes could not be opened:
%1

They are kept in %2; open that file with vida3-studio FILE once it is fixed.</source>
        <translation>No se pudieron abrir sus escenas:
%1

Se conservan en %2; abra ese archivo con vida3-studio ARCHIVO una vez corregido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No scene “%1” in %2.</source>
        <translation>No hay ninguna escena “%1” en %2.</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../app/windowlayout.cpp" line="+19"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer la disposición</translation>
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
        <translation>Estudio</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotkeys…</source>
        <translation>Atajos de teclado…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a destination…</source>
        <translation>Añadir destino…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up with the wizard…</source>
        <translation>Configurar con el asistente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete all my data…</source>
        <translation>Eliminar todos mis datos…</translation>
    </message>
</context>
</TS>
