<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CalmaToneReason</name>
    <message>
        <source>anger or frustration</source>
        <translation>enfado o frustración</translation>
    </message>
    <message>
        <source>insult or profanity</source>
        <translation>insulto o palabrota</translation>
    </message>
    <message>
        <source>threat to leave, complain or go public</source>
        <translation>amenaza con irse, reclamar o hacerlo público</translation>
    </message>
    <message>
        <source>demands urgency</source>
        <translation>exige urgencia</translation>
    </message>
    <message>
        <source>repeated contact or being ignored</source>
        <translation>contacto repetido o sentirse ignorado</translation>
    </message>
    <message>
        <source>sarcasm</source>
        <translation>sarcasmo</translation>
    </message>
    <message>
        <source>politeness</source>
        <translation>cortesía</translation>
    </message>
    <message>
        <source>thanks</source>
        <translation>agradecimiento</translation>
    </message>
    <message>
        <source>apology</source>
        <translation>disculpa</translation>
    </message>
    <message>
        <source>praise</source>
        <translation>elogio</translation>
    </message>
    <message>
        <source>shouting</source>
        <translation>gritos</translation>
    </message>
    <message>
        <source>emphatic punctuation</source>
        <translation>puntuación enfática</translation>
    </message>
    <message>
        <source>stretched word</source>
        <translation>palabra alargada</translation>
    </message>
    <message>
        <source>disguised in leetspeak</source>
        <translation>disfrazado con números (leetspeak)</translation>
    </message>
    <message>
        <source>masked with symbols</source>
        <translation>tapado con símbolos</translation>
    </message>
    <message>
        <source>spelled out letter by letter</source>
        <translation>deletreado letra a letra</translation>
    </message>
    <message>
        <source>negated by %1</source>
        <translation>negado por %1</translation>
    </message>
    <message>
        <source>intensified by %1</source>
        <translation>intensificado por %1</translation>
    </message>
    <message>
        <source>softened by %1</source>
        <translation>suavizado por %1</translation>
    </message>
    <message>
        <source>before %1, weighs less</source>
        <translation>antes de %1, pesa menos</translation>
    </message>
    <message>
        <source>after %1, weighs more</source>
        <translation>después de %1, pesa más</translation>
    </message>
    <message>
        <source>praise used sarcastically</source>
        <translation>elogio usado con sarcasmo</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>repetido</translation>
    </message>
    <message>
        <source>a word in capitals</source>
        <translation>una palabra en mayúsculas</translation>
    </message>
    <message>
        <source>%1 words in capitals</source>
        <translation>%1 palabras en mayúsculas</translation>
    </message>
    <message>
        <source>in scare quotes</source>
        <translation>entre comillas irónicas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ToneFormat</name>
    <message>
        <source>Calm</source>
        <translation>Tranquilo</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Tenso</translation>
    </message>
    <message>
        <source>Heated</source>
        <translation>Acalorado</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>Hostil</translation>
    </message>
    <message>
        <source>Anger</source>
        <translation>Enfado</translation>
    </message>
    <message>
        <source>Insult</source>
        <translation>Insulto</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Repeated contact</source>
        <translation>Contacto repetido</translation>
    </message>
    <message>
        <source>Sarcasm</source>
        <translation>Sarcasmo</translation>
    </message>
    <message>
        <source>Politeness</source>
        <translation>Cortesía</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>Gritos</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Stretched word</source>
        <translation>Palabra alargada</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Calm</source>
        <comment>reply strategy</comment>
        <translation>Calma</translation>
    </message>
    <message>
        <source>Apologetic</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <source>Topic shift</source>
        <translation>Cambio de tema</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Lista para enviar</translation>
    </message>
    <message>
        <source>Review before sending</source>
        <translation>Revísela antes de enviar</translation>
    </message>
    <message>
        <source>Rewrite before sending</source>
        <translation>Reescríbala antes de enviar</translation>
    </message>
    <message>
        <source>Order or ticket</source>
        <translation>Pedido o ticket</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
</context>
<context>
    <name>calma::gui::AssistantPanel</name>
    <message>
        <source>Customer&apos;s heat</source>
        <translation>Tensión del cliente</translation>
    </message>
    <message>
        <source>What they are asking</source>
        <translation>Qué está pidiendo</translation>
    </message>
    <message>
        <source>Suggested replies</source>
        <translation>Respuestas sugeridas</translation>
    </message>
    <message>
        <source>Select a conversation.</source>
        <translation>Elija una conversación.</translation>
    </message>
    <message>
        <source>Heat %1/100</source>
        <translation>Tensión %1/100</translation>
    </message>
    <message>
        <source>Asks: </source>
        <translation>Pregunta: </translation>
    </message>
    <message>
        <source>Wants: </source>
        <translation>Pide: </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (personal data)</source>
        <translation> (dato personal)</translation>
    </message>
    <message numerus="yes">
        <source>%n insult(s): noise, not something to answer</source>
        <translation><numerusform>%n insulto: ruido, no algo que responder</numerusform><numerusform>%n insultos: ruido, no algo que responder</numerusform></translation>
    </message>
    <message>
        <source>No explicit question: acknowledge and say what happens next.</source>
        <translation>Sin pregunta explícita: reconozca cómo se siente y diga qué pasará ahora.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Use this reply</source>
        <translation>Usar esta respuesta</translation>
    </message>
    <message>
        <source>Use suggestion %1</source>
        <translation>Usar la sugerencia %1</translation>
    </message>
    <message>
        <source>Suggested reply %1</source>
        <translation>Respuesta sugerida %1</translation>
    </message>
</context>
<context>
    <name>calma::gui::DraftEditor</name>
    <message>
        <source>Your reply</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Write your reply, or pick a suggestion. Phrases that escalate are underlined: hover them for a softer way to say it, right-click to apply one.</source>
        <translation>Escriba su respuesta o elija una sugerencia. Las frases que encienden la conversación se subrayan: pase el ratón por encima para ver una forma más suave de decirlo y haga clic derecho para aplicarla.</translation>
    </message>
    <message>
        <source>Heat of your reply</source>
        <translation>Tensión de su respuesta</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Your reply: %1/100</source>
        <translation>Su respuesta: %1/100</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>Sustituir por «%1»</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>En su lugar: %1</translation>
    </message>
    <message>
        <source>Send this reply?</source>
        <translation>¿Enviar esta respuesta?</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The first one to get angry loses. Send it anyway?&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;El primero que se enfada, pierde. ¿Enviarla de todos modos?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
</context>
<context>
    <name>calma::gui::HeatChart</name>
    <message>
        <source>Heat across the conversation</source>
        <translation>Tensión a lo largo de la conversación</translation>
    </message>
    <message>
        <source>Heat of each customer message: %1</source>
        <translation>Tensión de cada mensaje del cliente: %1</translation>
    </message>
</context>
<context>
    <name>calma::gui::ImportDialog</name>
    <message>
        <source>Ticket or conversation id</source>
        <translation>Id del ticket o de la conversación</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Id del mensaje</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message text (required)</source>
        <translation>Texto del mensaje (obligatorio)</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>Correo del cliente</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>From customer or agent</source>
        <translation>Del cliente o del agente</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo para importar</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Choose a CSV, JSON or JSON Lines export of your help desk.</source>
        <translation>Elija una exportación CSV, JSON o JSON Lines de su herramienta de soporte.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Columns found in the file (check them before importing):</source>
        <translation>Columnas encontradas en el archivo (revíselas antes de importar):</translation>
    </message>
    <message>
        <source>Help-desk exports (*.csv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Exportaciones de soporte (*.csv *.json *.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the column that holds the message text.</source>
        <translation><numerusform>%n fila. Elija la columna que contiene el texto del mensaje.</numerusform><numerusform>%n filas. Elija la columna que contiene el texto del mensaje.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation><numerusform>%n fila lista para importar.</numerusform><numerusform>%n filas listas para importar.</numerusform></translation>
    </message>
    <message>
        <source>Scoring and importing…</source>
        <translation>Puntuando e importando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importación cancelada: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>No se ha importado nada. %1</translation>
    </message>
    <message>
        <source>Imported %1 messages in %2 new conversations; %3 were already there.</source>
        <translation>Importados %1 mensajes en %2 conversaciones nuevas; %3 ya estaban.</translation>
    </message>
</context>
<context>
    <name>calma::gui::InboxModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation><numerusform>%n día</numerusform><numerusform>%n días</numerusform></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Heat %1/100: %2</source>
        <translation>Tensión %1/100: %2</translation>
    </message>
    <message>
        <source>Heat %1, %2</source>
        <translation>Tensión %1, %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
</context>
<context>
    <name>calma::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Calma</source>
        <translation>&amp;Acerca de Calma</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>About Calma</source>
        <translation>Acerca de Calma</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Calma %1&lt;/h3&gt;&lt;p&gt;A de-escalation coach for customer-support teams: it shows how heated a message is and why, so that the first one to get angry is never you.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Calma %1&lt;/h3&gt;&lt;p&gt;Un asistente de desescalada para equipos de atención al cliente: muestra lo acalorado que está un mensaje y por qué, para que el primero en enfadarse nunca sea usted.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>No database: %1</source>
        <translation>Sin base de datos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in %1</source>
        <translation><numerusform>%n conversación en %1</numerusform><numerusform>%n conversaciones en %1</numerusform></translation>
    </message>
    <message>
        <source>Calma</source>
        <translation>Calma</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Bandeja de entrada</translation>
    </message>
    <message>
        <source>&amp;Tone check</source>
        <translation>Análisis de &amp;tono</translation>
    </message>
    <message>
        <source>Support agent</source>
        <translation>Agente de soporte</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Importar conversaciones…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Export conversations</source>
        <translation>Exportar conversaciones</translation>
    </message>
    <message>
        <source>CSV, one row per message (*.csv);;JSON, one object per conversation (*.json)</source>
        <translation>CSV, una fila por mensaje (*.csv);;JSON, un objeto por conversación (*.json)</translation>
    </message>
    <message>
        <source>Replace personal data (e-mail addresses, phone numbers, card numbers, IBANs and names) in the export?</source>
        <translation>¿Sustituir los datos personales (correos, teléfonos, tarjetas, IBAN y nombres) en la exportación?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se ha exportado nada: %1</translation>
    </message>
    <message>
        <source>&amp;Export conversations…</source>
        <translation>&amp;Exportar conversaciones…</translation>
    </message>
</context>
<context>
    <name>calma::gui::SettingsDialog</name>
    <message>
        <source>One file per line</source>
        <translation>Un archivo por línea</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Calma&apos;s own SQLite file, or postgresql://user@host:port/db for a team</source>
        <translation>El archivo SQLite de Calma, o postgresql://usuario@servidor:puerto/bd para un equipo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Your &amp;name (signs your replies):</source>
        <translation>Su &amp;nombre (firma sus respuestas):</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>Waiting shows &amp;amber after:</source>
        <translation>La espera se muestra en á&amp;mbar a partir de:</translation>
    </message>
    <message>
        <source>Waiting shows &amp;red after:</source>
        <translation>La espera se muestra en &amp;rojo a partir de:</translation>
    </message>
    <message>
        <source>Team &amp;lexicons:</source>
        <translation>&amp;Léxicos del equipo:</translation>
    </message>
    <message>
        <source>Team &amp;phrase lists:</source>
        <translation>Listas de &amp;frases del equipo:</translation>
    </message>
    <message>
        <source>Team reply &amp;templates:</source>
        <translation>&amp;Plantillas de respuesta del equipo:</translation>
    </message>
    <message>
        <source>The language, the database and the team files take effect the next time Calma starts.</source>
        <translation>El idioma, la base de datos y los archivos del equipo se aplican la próxima vez que se inicie Calma.</translation>
    </message>
</context>
<context>
    <name>calma::gui::ToneCheckWidget</name>
    <message>
        <source>Paste or type a customer message. Calma scores how heated it is and highlights the words and signals that drove the score; hover a highlight to see why it counts.</source>
        <translation>Pegue o escriba el mensaje de un cliente. Calma mide lo acalorado que está y resalta las palabras y señales que determinan la puntuación; pase el ratón por un resaltado para ver por qué cuenta.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>For example: «Es la tercera vez que llamo y nadie me da una solución»</source>
        <translation>Por ejemplo: «Es la tercera vez que llamo y nadie me da una solución»</translation>
    </message>
    <message>
        <source>Message to analyse</source>
        <translation>Mensaje para analizar</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <source>What drove the score</source>
        <translation>Qué determina la puntuación</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Heat %1/100</source>
        <translation>Tensión %1/100</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Nivel: %1</translation>
    </message>
</context>
<context>
    <name>calma::gui::Workspace</name>
    <message>
        <source>Search the messages…</source>
        <translation>Buscar en los mensajes…</translation>
    </message>
    <message>
        <source>Search the messages</source>
        <translation>Buscar en los mensajes</translation>
    </message>
    <message>
        <source>Inbox, hottest and longest waiting first</source>
        <translation>Bandeja de entrada: primero las más tensas y las que más esperan</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Show by heat</source>
        <translation>Mostrar por tensión</translation>
    </message>
    <message>
        <source>Any heat</source>
        <translation>Cualquier tensión</translation>
    </message>
    <message>
        <source>Tense and above</source>
        <translation>Tensas o más</translation>
    </message>
    <message>
        <source>Heated and above</source>
        <translation>Acaloradas o más</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>Hostil</translation>
    </message>
    <message>
        <source>Show by status</source>
        <translation>Mostrar por estado</translation>
    </message>
    <message>
        <source>Open and pending</source>
        <translation>Abiertas y pendientes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Show by waiting time</source>
        <translation>Mostrar por tiempo de espera</translation>
    </message>
    <message>
        <source>Any wait</source>
        <translation>Cualquier espera</translation>
    </message>
    <message>
        <source>Waiting 30 min or more</source>
        <translation>Esperando 30 min o más</translation>
    </message>
    <message>
        <source>Waiting 2 h or more</source>
        <translation>Esperando 2 h o más</translation>
    </message>
    <message>
        <source>Waiting 8 h or more</source>
        <translation>Esperando 8 h o más</translation>
    </message>
    <message numerus="yes">
        <source>That was %n hostile message(s) in a short time. A five-minute break helps you stay the calm one.</source>
        <translation><numerusform>Ha sido %n mensaje hostil en poco tiempo. Una pausa de cinco minutos le ayuda a seguir siendo quien mantiene la calma.</numerusform><numerusform>Han sido %n mensajes hostiles en poco tiempo. Una pausa de cinco minutos le ayuda a seguir siendo quien mantiene la calma.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Take this conversation</source>
        <translation>&amp;Encargarme de esta conversación</translation>
    </message>
    <message>
        <source>So that no one else answers this customer at the same time</source>
        <translation>Para que nadie más responda a este cliente a la vez</translation>
    </message>
    <message>
        <source>You are answering this customer.</source>
        <translation>Usted está atendiendo a este cliente.</translation>
    </message>
    <message>
        <source>%1 is answering this customer.</source>
        <translation>%1 está atendiendo a este cliente.</translation>
    </message>
    <message>
        <source>This conversation is no longer there.</source>
        <translation>Esta conversación ya no existe.</translation>
    </message>
    <message>
        <source>No one is answering this customer yet.</source>
        <translation>Nadie atiende todavía a este cliente.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Calma, a de-escalation coach for customer support.</source>
        <translation>Calma, un asistente de desescalada para la atención al cliente.</translation>
    </message>
    <message>
        <source>User interface language: es or en (default: the system&apos;s).</source>
        <translation>Idioma de la interfaz: es o en (por defecto, el del sistema).</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and quit.</source>
        <translation>Guarda la ventana principal en un archivo PNG y sale.</translation>
    </message>
    <message>
        <source>Start with this message in the tone check.</source>
        <translation>Empieza con este mensaje en el análisis de tono.</translation>
    </message>
    <message>
        <source>A team lexicon file that extends the shipped one (repeatable).</source>
        <translation>Un léxico del equipo que amplía el incluido (se puede repetir).</translation>
    </message>
    <message>
        <source>Calma cannot start</source>
        <translation>Calma no puede iniciarse</translation>
    </message>
    <message>
        <source>The lexicon has errors:
%1</source>
        <translation>El léxico tiene errores:
%1</translation>
    </message>
    <message>
        <source>Database URL: a SQLite file or postgresql://user@host:port/db (default: Calma&apos;s own SQLite file).</source>
        <translation>URL de la base de datos: un archivo SQLite o postgresql://usuario@servidor:puerto/bd (por defecto, el archivo SQLite de Calma).</translation>
    </message>
</context>
</TS>
