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
</context>
<context>
    <name>calma::gui::MainWindow</name>
    <message>
        <source>Calma — tone check</source>
        <translation>Calma — análisis de tono</translation>
    </message>
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
