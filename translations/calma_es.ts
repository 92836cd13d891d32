<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CalmaRoleplay</name>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="36"/>
        <source>Telling them how to feel</source>
        <translation>Decirle cómo tiene que sentirse</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="37"/>
        <source>Reminding them you already said it</source>
        <translation>Recordarle que ya se lo dijo</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="38"/>
        <source>Blaming the customer</source>
        <translation>Culpar al cliente</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="39"/>
        <source>Hiding behind policy</source>
        <translation>Escudarse en las normas</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="40"/>
        <source>Saying it is impossible</source>
        <translation>Decir que es imposible</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="41"/>
        <source>Saying it is not your problem</source>
        <translation>Decir que no es cosa suya</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="42"/>
        <source>A dismissive phrase</source>
        <translation>Una frase que le quita importancia</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="43"/>
        <source>A passive-aggressive phrase</source>
        <translation>Una frase pasivo-agresiva</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="44"/>
        <source>Giving orders</source>
        <translation>Dar órdenes</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="45"/>
        <source>Sarcasm</source>
        <translation>Sarcasmo</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="46"/>
        <source>An insult</source>
        <translation>Un insulto</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="47"/>
        <source>Writing in capitals</source>
        <translation>Escribir en mayúsculas</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="48"/>
        <source>Exclamation marks</source>
        <translation>Signos de exclamación</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="49"/>
        <source>A heated reply</source>
        <translation>Una respuesta acalorada</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="50"/>
        <source>Not answering what they asked</source>
        <translation>No responder a lo que preguntó</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="51"/>
        <source>Not acknowledging how they feel</source>
        <translation>No reconocer cómo se siente</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="52"/>
        <source>Apologising for a position in a money dispute</source>
        <translation>Pedir perdón por una postura en una disputa de dinero</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="53"/>
        <source>A slow reply</source>
        <translation>Una respuesta lenta</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="54"/>
        <source>Acknowledging how they feel</source>
        <translation>Reconocer cómo se siente</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="55"/>
        <source>A specific apology for a real failure</source>
        <translation>Una disculpa concreta por un fallo real</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="56"/>
        <source>An apology that names nothing</source>
        <translation>Una disculpa que no dice por qué</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="57"/>
        <source>A concrete next step</source>
        <translation>Un siguiente paso concreto</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="58"/>
        <source>A time frame for it</source>
        <translation>Un plazo para ello</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="59"/>
        <source>Answering what they asked</source>
        <translation>Responder a lo que preguntó</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="60"/>
        <source>Moving the dispute to the next step</source>
        <translation>Llevar la disputa al siguiente paso</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="61"/>
        <source>A calm boundary on abuse</source>
        <translation>Un límite sereno ante los insultos</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="62"/>
        <source>Explaining in clear steps</source>
        <translation>Explicar en pasos claros</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="63"/>
        <source>Thanking them</source>
        <translation>Darle las gracias</translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="64"/>
        <source>A prompt reply</source>
        <translation>Una respuesta rápida</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="22"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="23"/>
        <source>Escalated to a supervisor</source>
        <translation>Escalado a un supervisor</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="24"/>
        <source>The customer left</source>
        <translation>El cliente se fue</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="25"/>
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="99"/>
        <source>Heat at the end against the start</source>
        <translation>Tensión al final frente al principio</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="104"/>
        <source>From %1 to %2.</source>
        <translation>De %1 a %2.</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="109"/>
        <source>Peak heat</source>
        <translation>Tensión máxima</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="110"/>
        <source>Peaked at %1, %2 above the start.</source>
        <translation>Llegó a %1, %2 por encima del principio.</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="111"/>
        <source>Never rose above the start (%1).</source>
        <translation>Nunca subió por encima del principio (%1).</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="114"/>
        <source>Escalating phrases</source>
        <translation>Frases que encienden</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="115"/>
        <source>None used.</source>
        <translation>No usó ninguna.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/roleplay/scorer.cpp" line="116"/>
        <source>%n used: %1.</source>
        <translation>
            <numerusform>%n usada: %1.</numerusform>
            <numerusform>%n usadas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="120"/>
        <source>Apologies that fit the situation</source>
        <translation>Disculpas que encajan con la situación</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="123"/>
        <source>A specific apology for a real failure.</source>
        <translation>Una disculpa concreta por un fallo real.</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="124"/>
        <source>An apology, but it did not say for what.</source>
        <translation>Una disculpa, pero no dijo por qué.</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="125"/>
        <source>The company failed and no apology was made.</source>
        <translation>La empresa falló y nadie pidió perdón.</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="127"/>
        <source>No apology was needed here.</source>
        <translation>Aquí no hacía falta disculparse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/roleplay/scorer.cpp" line="131"/>
        <source>Apologised for a position in a money dispute %n time(s): change the subject and come back to it instead.</source>
        <translation>
            <numerusform>Pidió perdón por una postura en una disputa de dinero %n vez: mejor cambie de tema y vuelva a ello después.</numerusform>
            <numerusform>Pidió perdón por una postura en una disputa de dinero %n veces: mejor cambie de tema y vuelva a ello después.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="137"/>
        <source>What they asked, answered</source>
        <translation>Lo que preguntó, respondido</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="140"/>
        <source>Answered %1 of %2 replies to a question.</source>
        <translation>Respondió en %1 de %2 respuestas a una pregunta.</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="142"/>
        <source>The customer asked nothing to answer.</source>
        <translation>El cliente no preguntó nada que responder.</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="147"/>
        <source>Response times</source>
        <translation>Tiempos de respuesta</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="148"/>
        <source>Prompt within %1 s, slow after %2 s.</source>
        <translation>Rápida en menos de %1 s, lenta a partir de %2 s.</translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="153"/>
        <location filename="../core/roleplay/report.cpp" line="70"/>
        <location filename="../core/roleplay/report.cpp" line="152"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="17"/>
        <location filename="../core/roleplay/report.cpp" line="64"/>
        <source>Trainee</source>
        <translation>Agente en formación</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="18"/>
        <source>Customer (trainer)</source>
        <translation>Cliente (formador)</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="19"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="58"/>
        <source>Role-play report</source>
        <translation>Informe del role-play</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="66"/>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="67"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="67"/>
        <source>Live, trainer as the customer</source>
        <translation>En directo, el formador hace de cliente</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="67"/>
        <source>Simulated customer</source>
        <translation>Cliente simulado</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="68"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="68"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="68"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="69"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="72"/>
        <source>Not scored yet: the session is still going on.</source>
        <translation>Aún sin puntuar: la sesión sigue en curso.</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="73"/>
        <location filename="../core/roleplay/report.cpp" line="153"/>
        <source>Score: %1 / 100</source>
        <translation>Puntuación: %1 / 100</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="75"/>
        <source>Rubric</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="75"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="76"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="89"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="91"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="91"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="92"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="92"/>
        <source>Heat</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="104"/>
        <source>Trainer&apos;s note: %1</source>
        <translation>Nota del formador: %1</translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="146"/>
        <source>heat</source>
        <translation>tensión</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/roleplay/scorer.cpp" line="79"/>
        <source>%1 raised the heat by %n.</source>
        <translation>
            <numerusform>%1 subió la tensión %n punto.</numerusform>
            <numerusform>%1 subió la tensión %n puntos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/roleplay/scorer.cpp" line="80"/>
        <source>Here “%1” raised the heat by %n (%2).</source>
        <translation>
            <numerusform>Aquí «%1» subió la tensión %n punto (%2).</numerusform>
            <numerusform>Aquí «%1» subió la tensión %n puntos (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/roleplay/scorer.cpp" line="84"/>
        <source>%1 lowered the heat by %n.</source>
        <translation>
            <numerusform>%1 bajó la tensión %n punto.</numerusform>
            <numerusform>%1 bajó la tensión %n puntos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalmaToneReason</name>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1284"/>
        <source>said of a thing: strong words for a failure, not a threat</source>
        <translation>dicho de una cosa: palabras fuertes para un fallo, no una amenaza</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1287"/>
        <source>aimed at no one: not a threat</source>
        <translation>no va dirigido a nadie: no es una amenaza</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1321"/>
        <source>said of oneself</source>
        <translation>dicho de uno mismo</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1341"/>
        <source>a laugh beside a complaint: neither warmth nor irony</source>
        <translation>una risa junto a una queja: ni calidez ni ironía</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="142"/>
        <source>en</source>
        <extracomment>The code of the language these reasons are in (&quot;es&quot; in the Spanish translation): when it changes, the other reasons are read from the translation again.</extracomment>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="62"/>
        <source>anger or frustration</source>
        <translation>enfado o frustración</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="63"/>
        <source>insult or profanity</source>
        <translation>insulto o palabrota</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="64"/>
        <source>threat to leave, complain or go public</source>
        <translation>amenaza con irse, reclamar o hacerlo público</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="65"/>
        <source>demands urgency</source>
        <translation>exige urgencia</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="66"/>
        <source>repeated contact or being ignored</source>
        <translation>contacto repetido o sentirse ignorado</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="67"/>
        <source>sarcasm</source>
        <translation>sarcasmo</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="68"/>
        <source>politeness</source>
        <translation>cortesía</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="69"/>
        <source>thanks</source>
        <translation>agradecimiento</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="70"/>
        <source>apology</source>
        <translation>disculpa</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="71"/>
        <source>praise</source>
        <translation>elogio</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="74"/>
        <source>shouting</source>
        <translation>gritos</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="75"/>
        <source>emphatic punctuation</source>
        <translation>puntuación enfática</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="76"/>
        <source>stretched word</source>
        <translation>palabra alargada</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="452"/>
        <source>disguised in leetspeak</source>
        <translation>disfrazado con números (leetspeak)</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="454"/>
        <source>masked with symbols</source>
        <translation>tapado con símbolos</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="456"/>
        <source>spelled out letter by letter</source>
        <translation>deletreado letra a letra</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="568"/>
        <source>time spent waiting</source>
        <translation>tiempo perdido esperando</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="696"/>
        <source>%1 with %2: as much as it gets, not the opposite</source>
        <translation>%1 con %2: lo máximo, no lo contrario</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="706"/>
        <source>negated by %1</source>
        <translation>negado por %1</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1018"/>
        <source>said of a thing: a verdict on it, not intensity</source>
        <translation>dicho de una cosa: un juicio sobre ella, no intensidad</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1021"/>
        <source>a curse on someone: anger at them, not intensity</source>
        <translation>una maldición contra alguien: enfado con ello, no intensidad</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1183"/>
        <source>named, but nobody is turning to it</source>
        <translation>nombrado, pero nadie dice que vaya a acudir a él</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1228"/>
        <source>going public</source>
        <translation>para hacerlo público</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1232"/>
        <source>named, but nothing is posted or told there</source>
        <translation>nombrada, pero no se publica ni se cuenta nada en ella</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1261"/>
        <source>the failure again</source>
        <translation>el fallo otra vez</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="615"/>
        <location filename="../core/tone/messagescan.cpp" line="739"/>
        <source>intensified by %1</source>
        <translation>intensificado por %1</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="739"/>
        <source>softened by %1</source>
        <translation>suavizado por %1</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="761"/>
        <source>before %1, weighs less</source>
        <translation>antes de %1, pesa menos</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="764"/>
        <source>after %1, weighs more</source>
        <translation>después de %1, pesa más</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="950"/>
        <source>praise used sarcastically</source>
        <translation>elogio usado con sarcasmo</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="976"/>
        <source>repeated</source>
        <translation>repetido</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescore.cpp" line="74"/>
        <source>nothing in the message for it to mock</source>
        <translation>nada en el mensaje de lo que burlarse</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescore.cpp" line="129"/>
        <source>a word in capitals</source>
        <translation>una palabra en mayúsculas</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescore.cpp" line="129"/>
        <source>%1 words in capitals</source>
        <translation>%1 palabras en mayúsculas</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1367"/>
        <source>in scare quotes</source>
        <translation>entre comillas irónicas</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="147"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="148"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="72"/>
        <source>dissatisfaction or a reported failure</source>
        <translation>descontento o un fallo del servicio</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="73"/>
        <source>swearing</source>
        <translation>palabrota</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="726"/>
        <source>something that should have happened did not</source>
        <translation>algo que debía pasar no pasó</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1013"/>
        <location filename="../core/tone/messagescan.cpp" line="1278"/>
        <source>aimed at the reader</source>
        <translation>dirigida a quien lee</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescore.cpp" line="90"/>
        <source>as enthusiasm, not anger</source>
        <translation>como entusiasmo, no enfado</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescore.cpp" line="91"/>
        <source>undirected, counts as intensity</source>
        <translation>sin destinatario, cuenta como intensidad</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="812"/>
        <source>paid for, ordered or promised, and then not so</source>
        <translation>pagado, pedido o prometido, y luego no fue así</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="796"/>
        <source>a negation</source>
        <translation>una negación</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="449"/>
        <source>praise negated by its prefix</source>
        <translation>elogio negado por su prefijo</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="851"/>
        <source>named with empathy: the reader&apos;s feeling, not the writer&apos;s</source>
        <translation>dicho con empatía: es lo que siente quien lee, no quien escribe</translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="618"/>
        <source>says how much of the praise after it</source>
        <translation>dice cuánto, del elogio que le sigue</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <location filename="../app/cli/explanation.cpp" line="100"/>
        <source>Heat %1/100 — %2</source>
        <translation>Tensión %1/100 — %2</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="101"/>
        <source> (language: %1)</source>
        <translation> (idioma: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="105"/>
        <source>No words or signals of anger or friendliness found: a neutral message (heat %1).</source>
        <translation>No hay palabras ni señales de enfado ni de cordialidad: un mensaje neutro (tensión %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="107"/>
        <source>What drove the score (points of heat):</source>
        <translation>Qué ha llevado a la puntuación (puntos de tensión):</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="110"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="111"/>
        <source>where a message starts, before its words and signals</source>
        <translation>donde empieza un mensaje, antes de sus palabras y señales</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="119"/>
        <source>Dimensions:</source>
        <translation>Dimensiones:</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="67"/>
        <source>calm</source>
        <translation>tranquilo</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="67"/>
        <source>tense</source>
        <translation>tenso</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="68"/>
        <source>heated</source>
        <translation>acalorado</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="68"/>
        <source>hostile</source>
        <translation>hostil</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="69"/>
        <source>anger</source>
        <translation>enfado</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="69"/>
        <source>insult</source>
        <translation>insulto</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="70"/>
        <source>threat</source>
        <translation>amenaza</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="70"/>
        <source>urgency</source>
        <translation>urgencia</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="71"/>
        <source>repetition</source>
        <translation>repetición</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="71"/>
        <source>sarcasm</source>
        <translation>sarcasmo</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="72"/>
        <source>politeness</source>
        <translation>cortesía</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="72"/>
        <source>gratitude</source>
        <translation>gratitud</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="73"/>
        <source>apology</source>
        <translation>disculpa</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="73"/>
        <source>praise</source>
        <translation>elogio</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="74"/>
        <source>dissatisfaction</source>
        <translation>insatisfacción</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="74"/>
        <source>profanity</source>
        <translation>palabrotas</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="75"/>
        <source>shouting</source>
        <translation>gritos</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="75"/>
        <source>punctuation</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="76"/>
        <source>elongation</source>
        <translation>alargamiento</translation>
    </message>
</context>
<context>
    <name>RoleplayView</name>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="27"/>
        <source>Live: a trainer plays the customer</source>
        <translation>En directo: un formador hace de cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="27"/>
        <source>Simulated customer</source>
        <translation>Cliente simulado</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="49"/>
        <source>answered in %1 s</source>
        <translation>respondió en %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="63"/>
        <source>Trainer&apos;s note: %1</source>
        <translation>Nota del formador: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="77"/>
        <source>Score: %1 / 100</source>
        <translation>Puntuación: %1 / 100</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="79"/>
        <source>heat %1 → %2, peak %3</source>
        <translation>tensión %1 → %2, máxima %3</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="86"/>
        <source>What each reply did is shown under it in the transcript.</source>
        <translation>Lo que consiguió cada respuesta aparece debajo de ella en la transcripción.</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="93"/>
        <source>How you are scored (out of 100):</source>
        <translation>Cómo se puntúa (sobre 100):</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="93"/>
        <source>Heat at the end against the start (25)</source>
        <translation>Tensión al final frente al principio (25)</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="93"/>
        <source>Peak heat (10)</source>
        <translation>Tensión máxima (10)</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="94"/>
        <source>Escalating phrases: none is best (20)</source>
        <translation>Frases que encienden: mejor ninguna (20)</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="94"/>
        <source>Apologies that fit: for real failures, not for a position in a money dispute (10)</source>
        <translation>Disculpas que encajan: por fallos reales, no por una postura en una disputa de dinero (10)</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="95"/>
        <source>What they asked, answered (15)</source>
        <translation>Lo que preguntó, respondido (15)</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="95"/>
        <source>Response times (10)</source>
        <translation>Tiempos de respuesta (10)</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="95"/>
        <source>Outcome: resolved is best (10)</source>
        <translation>Resultado: mejor resuelto (10)</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="116"/>
        <source>%1 · starting heat %2 · %3 minutes, %4 replies at most</source>
        <translation>%1 · tensión inicial %2 · %3 minutos, %4 respuestas como máximo</translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="106"/>
        <source>%1 minutes, %2 replies at most</source>
        <translation>%1 minutos, %2 respuestas como máximo</translation>
    </message>
</context>
<context>
    <name>ToneFormat</name>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="9"/>
        <source>Calm</source>
        <translation>Tranquilo</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="10"/>
        <source>Tense</source>
        <translation>Tenso</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="11"/>
        <source>Heated</source>
        <translation>Acalorado</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="12"/>
        <source>Hostile</source>
        <translation>Hostil</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="20"/>
        <source>Anger</source>
        <translation>Enfado</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="21"/>
        <source>Insult</source>
        <translation>Insulto</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="22"/>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="23"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="24"/>
        <source>Repeated contact</source>
        <translation>Contacto repetido</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="25"/>
        <source>Sarcasm</source>
        <translation>Sarcasmo</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="26"/>
        <source>Politeness</source>
        <translation>Cortesía</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="27"/>
        <source>Thanks</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="28"/>
        <source>Apology</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="29"/>
        <source>Praise</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="32"/>
        <source>Shouting</source>
        <translation>Gritos</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="33"/>
        <source>Punctuation</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="34"/>
        <source>Stretched word</source>
        <translation>Palabra alargada</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="41"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="41"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="47"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="49"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="53"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="51"/>
        <source>Solved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="128"/>
        <source>Calm</source>
        <comment>reply strategy</comment>
        <translation>Calma</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="130"/>
        <source>Apologetic</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="132"/>
        <source>Topic shift</source>
        <translation>Cambio de tema</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="139"/>
        <source>Ready to send</source>
        <translation>Lista para enviar</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="141"/>
        <source>Review before sending</source>
        <translation>Revísela antes de enviar</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="143"/>
        <source>Rewrite before sending</source>
        <translation>Reescríbala antes de enviar</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="78"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="80"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="82"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="84"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="86"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="30"/>
        <source>Dissatisfaction</source>
        <translation>Descontento</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="31"/>
        <source>Swearing</source>
        <translation>Palabrotas</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="60"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="62"/>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="64"/>
        <source>Flight</source>
        <translation>Vuelo</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="66"/>
        <source>Claim</source>
        <translation>Siniestro</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="68"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="70"/>
        <source>Card ending</source>
        <translation>Tarjeta acabada en</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="72"/>
        <source>Membership</source>
        <translation>Socio o suscripción</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="74"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="76"/>
        <source>Case or ticket</source>
        <translation>Caso o incidencia</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="93"/>
        <source>shop and delivery</source>
        <translation>tienda y envíos</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="94"/>
        <source>airline</source>
        <translation>aerolínea</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="95"/>
        <source>hotel and travel</source>
        <translation>hotel y viajes</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="96"/>
        <source>insurance</source>
        <translation>seguros</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="97"/>
        <source>phone and internet</source>
        <translation>telefonía e internet</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="98"/>
        <source>banking and cards</source>
        <translation>banca y tarjetas</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="99"/>
        <source>energy and water</source>
        <translation>luz, gas y agua</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="100"/>
        <source>subscription or membership</source>
        <translation>suscripción o cuota de socio</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="101"/>
        <source>software</source>
        <translation>software</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="102"/>
        <source>food delivery</source>
        <translation>comida a domicilio</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="111"/>
        <source>a refund</source>
        <translation>un reembolso</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="112"/>
        <source>a replacement</source>
        <translation>un cambio o reposición</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="113"/>
        <source>a fix</source>
        <translation>que se lo arreglen</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="114"/>
        <source>to cancel</source>
        <translation>cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="115"/>
        <source>an answer</source>
        <translation>una respuesta</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="116"/>
        <source>the decision reviewed</source>
        <translation>que se revise la decisión</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="117"/>
        <source>access back</source>
        <translation>recuperar el acceso</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="118"/>
        <source>compensation</source>
        <translation>una compensación</translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="119"/>
        <source>a manager</source>
        <translation>hablar con un responsable</translation>
    </message>
</context>
<context>
    <name>calma::gui::AssistantPanel</name>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="24"/>
        <location filename="../app/gui/assistantpanel.cpp" line="27"/>
        <source>Customer&apos;s heat</source>
        <translation>Tensión del cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="37"/>
        <location filename="../app/gui/assistantpanel.cpp" line="41"/>
        <source>What they are asking</source>
        <translation>Qué está pidiendo</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="45"/>
        <source>Suggested replies</source>
        <translation>Respuestas sugeridas</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="63"/>
        <source>Select a conversation.</source>
        <translation>Elija una conversación.</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="108"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="108"/>
        <source> (personal data)</source>
        <translation> (dato personal)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/assistantpanel.cpp" line="110"/>
        <source>%n insult(s): noise, not something to answer</source>
        <translation>
            <numerusform>%n insulto: es ruido, no hay que responderlo</numerusform>
            <numerusform>%n insultos: son ruido, no hay que responderlos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="112"/>
        <source>No explicit question: acknowledge and say what happens next.</source>
        <translation>Sin pregunta explícita: reconozca cómo se siente y diga qué pasará ahora.</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="138"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="130"/>
        <source>Use this reply</source>
        <translation>Usar esta respuesta</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="132"/>
        <source>Use suggestion %1</source>
        <translation>Usar la sugerencia %1</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="129"/>
        <source>Suggested reply %1</source>
        <translation>Respuesta sugerida %1</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="94"/>
        <source>Business: %1</source>
        <translation>Negocio: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="97"/>
        <source>Asks: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="97"/>
        <source>Wants: %1</source>
        <translation>Pide: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="98"/>
        <source>Wants %1: %2</source>
        <translation>Pide %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="100"/>
        <source> (by: %1)</source>
        <translation> (para: %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="104"/>
        <source>May take it further: %1 (their right: acknowledge it calmly)</source>
        <translation>Puede llevarlo más lejos: %1 (está en su derecho: reconózcalo con calma)</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="106"/>
        <source>Rhetorical: %1 (not a question to answer)</source>
        <translation>Retórica: %1 (no es una pregunta que responder)</translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="28"/>
        <source>Heat</source>
        <translation>Tensión</translation>
    </message>
</context>
<context>
    <name>calma::gui::DraftEditor</name>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="59"/>
        <location filename="../app/gui/drafteditor.cpp" line="66"/>
        <source>Your reply</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="60"/>
        <source>Write your reply, or pick a suggestion. Phrases that escalate are underlined: hover them for a softer way to say it, right-click to apply one.</source>
        <translation>Escriba su respuesta o elija una sugerencia. Las frases que encienden la conversación se subrayan: pase el ratón por encima para ver una forma más suave de decirlo y haga clic derecho para aplicarla.</translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="65"/>
        <source>Heat of your reply</source>
        <translation>Tensión de su respuesta</translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="70"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="175"/>
        <source>Replace with “%1”</source>
        <translation>Sustituir por «%1»</translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="193"/>
        <source>Instead: %1</source>
        <translation>En su lugar: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="222"/>
        <source>Send this reply?</source>
        <translation>¿Enviar esta respuesta?</translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="223"/>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The first one to get angry loses. Send it anyway?&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;El primero que se enfada, pierde. ¿Enviarla de todos modos?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="213"/>
        <source>Not sent.</source>
        <translation>No se ha enviado.</translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="213"/>
        <source>The reply was not saved and is still here: %1</source>
        <translation>La respuesta no se ha guardado y sigue aquí: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="72"/>
        <source>Send the reply (%1)</source>
        <translation>Enviar la respuesta (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="226"/>
        <source>&amp;Send anyway</source>
        <translation>&amp;Enviar de todos modos</translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="227"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>calma::gui::FeedbackButton</name>
    <message>
        <location filename="../app/gui/feedbackbutton.cpp" line="39"/>
        <source>This score is &amp;wrong…</source>
        <translation>Esta puntuación no es &amp;correcta…</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackbutton.cpp" line="40"/>
        <source>Tell Calma how this score is off: your feedback helps tune the lexicon</source>
        <translation>Diga a Calma en qué falla esta puntuación: su valoración ayuda a ajustar el léxico</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackbutton.cpp" line="41"/>
        <source>Too &amp;high…</source>
        <translation>Demasiado &amp;alta…</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackbutton.cpp" line="42"/>
        <source>Too &amp;low…</source>
        <translation>Demasiado &amp;baja…</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackbutton.cpp" line="43"/>
        <source>The wrong &amp;kind…</source>
        <translation>De &amp;otro tipo…</translation>
    </message>
</context>
<context>
    <name>calma::gui::FeedbackDialog</name>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="38"/>
        <source>This score is wrong</source>
        <translation>Esta puntuación no es correcta</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="41"/>
        <source>Calma&apos;s score: %1/100</source>
        <translation>Tensión según Calma: %1/100</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="44"/>
        <source>Mainly: %1</source>
        <translation>Sobre todo: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="56"/>
        <source>What is wrong with it?</source>
        <translation>¿En qué se equivoca?</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="60"/>
        <source>Too &amp;high: the customer is calmer than that</source>
        <translation>Demasiado &amp;alta: el cliente está más tranquilo</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="61"/>
        <source>Too &amp;low: the customer is more upset than that</source>
        <translation>Demasiado &amp;baja: el cliente está más molesto</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="62"/>
        <source>The &amp;wrong kind: e.g. it says anger, but the customer is sad</source>
        <translation>De &amp;otro tipo: p. ej., dice enfado, pero el cliente está triste</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="77"/>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="83"/>
        <source>For example: she is disappointed, not angry</source>
        <translation>Por ejemplo: está decepcionada, no enfadada</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="86"/>
        <source>It should be at l&amp;evel:</source>
        <translation>&amp;Nivel correcto:</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="88"/>
        <source>What &amp;kind is it?</source>
        <translation>¿De qué &amp;tipo es?</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="90"/>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Comentario (opcional):</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="101"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="102"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="138"/>
        <source>Thanks — feedback saved</source>
        <translation>Gracias — valoración guardada</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="172"/>
        <source>%1 (suggested)</source>
        <translation>%1 (sugerido)</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="207"/>
        <source>Not saved: there is no database (see the status bar).</source>
        <translation>No se ha guardado: no hay base de datos (vea la barra de estado).</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="212"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="238"/>
        <source>The feedback was not saved: %1</source>
        <translation>La valoración no se ha guardado: %1</translation>
    </message>
</context>
<context>
    <name>calma::gui::HeatChart</name>
    <message>
        <location filename="../app/gui/heatchart.cpp" line="64"/>
        <location filename="../app/gui/heatchart.cpp" line="265"/>
        <source>Heat across the conversation</source>
        <translation>Tensión a lo largo de la conversación</translation>
    </message>
    <message>
        <location filename="../app/gui/heatchart.cpp" line="259"/>
        <source>Heat of each customer message: %1</source>
        <translation>Tensión de cada mensaje del cliente: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/heatchart.cpp" line="218"/>
        <source>Message %1 · heat %2, %3</source>
        <translation>Mensaje %1 · tensión %2, %3</translation>
    </message>
    <message>
        <location filename="../app/gui/heatchart.cpp" line="221"/>
        <source>%1 · heat %2, %3</source>
        <translation>%1 · tensión %2, %3</translation>
    </message>
</context>
<context>
    <name>calma::gui::HeatMeter</name>
    <message>
        <location filename="../app/gui/heatmeter.cpp" line="107"/>
        <source>No heat to show</source>
        <translation>Sin tensión que mostrar</translation>
    </message>
    <message>
        <location filename="../app/gui/heatmeter.cpp" line="114"/>
        <source>%1/100</source>
        <translation>%1/100</translation>
    </message>
    <message>
        <location filename="../app/gui/heatmeter.cpp" line="114"/>
        <source>%1: %2/100</source>
        <translation>%1: %2/100</translation>
    </message>
    <message>
        <location filename="../app/gui/heatmeter.cpp" line="124"/>
        <source>%1, heat %2 out of 100 (%3)</source>
        <translation>%1, tensión %2 de 100 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/heatmeter.cpp" line="125"/>
        <source>%1, heat %2 out of 100</source>
        <translation>%1, tensión %2 de 100</translation>
    </message>
</context>
<context>
    <name>calma::gui::ImportDialog</name>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="33"/>
        <source>Ticket or conversation id</source>
        <translation>Id del ticket o de la conversación</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="35"/>
        <source>Message id</source>
        <translation>Id del mensaje</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="37"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="39"/>
        <source>Message text (required)</source>
        <translation>Texto del mensaje (obligatorio)</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="41"/>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="43"/>
        <source>Customer e-mail</source>
        <translation>Correo del cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="45"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="47"/>
        <source>From customer or agent</source>
        <translation>Del cliente o del agente</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="49"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="51"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="75"/>
        <location filename="../app/gui/importdialog.cpp" line="168"/>
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="79"/>
        <source>File to import</source>
        <translation>Archivo para importar</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="83"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="118"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="119"/>
        <source>Choose a CSV, JSON or JSON Lines export of your help desk.</source>
        <translation>Elija una exportación CSV, JSON o JSON Lines de su herramienta de soporte.</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="122"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="124"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="130"/>
        <source>Columns found in the file (check them before importing):</source>
        <translation>Columnas encontradas en el archivo (revíselas antes de importar):</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="169"/>
        <source>Help-desk exports (*.csv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Exportaciones de soporte (*.csv *.json *.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="197"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="204"/>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="206"/>
        <source>%n row(s). Choose the column that holds the message text.</source>
        <translation>
            <numerusform>%n fila. Elija la columna que contiene el texto del mensaje.</numerusform>
            <numerusform>%n filas. Elija la columna que contiene el texto del mensaje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="208"/>
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n fila lista para importar.</numerusform>
            <numerusform>%n filas listas para importar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="247"/>
        <source>Scoring and importing…</source>
        <translation>Puntuando e importando…</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="255"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="277"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="284"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importación cancelada: no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="286"/>
        <source>Nothing was imported. %1</source>
        <translation>No se ha importado nada. %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="287"/>
        <source>Imported %1 messages in %2 new conversations; %3 were already there.</source>
        <translation>Importados %1 mensajes en %2 conversaciones nuevas; %3 ya estaban.</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="80"/>
        <source>Type or paste the path of an export, or choose it</source>
        <translation>Escriba o pegue la ruta de una exportación, o elíjala</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="81"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="90"/>
        <source>Decide from the file (ISO 8601 is always read)</source>
        <translation>Deducirlo del archivo (ISO 8601 siempre se lee)</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="91"/>
        <source>Day first (31/01/2026)</source>
        <translation>Primero el día (31/01/2026)</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="92"/>
        <source>Month first (01/31/2026)</source>
        <translation>Primero el mes (01/31/2026)</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="93"/>
        <source>Seconds since 1970</source>
        <translation>Segundos desde 1970</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="94"/>
        <source>Milliseconds since 1970</source>
        <translation>Milisegundos desde 1970</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="95"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="97"/>
        <source>&amp;Skip rows with errors and list them (otherwise one bad row stops the import)</source>
        <translation>&amp;Saltar las filas con errores y listarlas (si no, una fila errónea detiene la importación)</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="105"/>
        <source>Rows left out</source>
        <translation>Filas no importadas</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="182"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="292"/>
        <source>%n internal note(s) left out: they are not part of the conversation.</source>
        <translation>
            <numerusform>%n nota interna omitida: no forma parte de la conversación.</numerusform>
            <numerusform>%n notas internas omitidas: no forman parte de la conversación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="294"/>
        <source>%n row(s) with errors left out, listed below.</source>
        <translation>
            <numerusform>%n fila con errores no se importó; aparece abajo.</numerusform>
            <numerusform>%n filas con errores no se importaron; aparecen abajo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>calma::gui::InboxModel</name>
    <message numerus="yes">
        <location filename="../app/gui/inboxmodel.cpp" line="231"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="233"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/inboxmodel.cpp" line="234"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="251"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="253"/>
        <location filename="../app/gui/inboxmodel.cpp" line="257"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="276"/>
        <source>Heat %1/100: %2</source>
        <translation>Tensión %1/100: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="278"/>
        <source>Heat %1, %2</source>
        <translation>Tensión %1, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="287"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="288"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="289"/>
        <source>Heat</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="290"/>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="291"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="292"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="293"/>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="263"/>
        <source>Answered: the customer is not waiting</source>
        <translation>Respondida: el cliente no está esperando</translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="265"/>
        <source>Nobody is answering this customer</source>
        <translation>Nadie atiende a este cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="265"/>
        <source>%1 is answering this customer</source>
        <translation>%1 está atendiendo a este cliente</translation>
    </message>
</context>
<context>
    <name>calma::gui::MailErrorText</name>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="10"/>
        <source>Cannot reach the mail server.</source>
        <translation>No se puede conectar con el servidor de correo.</translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="12"/>
        <source>The secure connection (TLS) with the mail server failed: its certificate is not trusted, or it does not offer TLS. A team server with its own certificate needs it named in Settings, Mail.</source>
        <translation>Ha fallado la conexión segura (TLS) con el servidor de correo: su certificado no es de confianza, o no ofrece TLS. Si el servidor del equipo tiene su propio certificado, indíquelo en Ajustes, Correo.</translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="15"/>
        <source>The mail server refused the user or the password.</source>
        <translation>El servidor de correo ha rechazado el usuario o la contraseña.</translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="17"/>
        <source>That mailbox does not exist on the mail server.</source>
        <translation>Esa carpeta no existe en el servidor de correo.</translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="19"/>
        <source>The mail server closed the connection.</source>
        <translation>El servidor de correo ha cerrado la conexión.</translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="21"/>
        <source>The mail server stopped answering.</source>
        <translation>El servidor de correo ha dejado de responder.</translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="23"/>
        <source>The mail server refused the request.</source>
        <translation>El servidor de correo ha rechazado la petición.</translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="25"/>
        <source>The database could not be read or written.</source>
        <translation>No se ha podido leer o escribir en la base de datos.</translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="29"/>
        <source>The mail settings are not right.</source>
        <translation>La configuración del correo no es correcta.</translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="34"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="41"/>
        <source>%1 Details: %2</source>
        <translation>%1 Detalle: %2</translation>
    </message>
</context>
<context>
    <name>calma::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="275"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="287"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="295"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="299"/>
        <source>&amp;About Calma</source>
        <translation>&amp;Acerca de Calma</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="300"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="364"/>
        <source>About Calma</source>
        <translation>Acerca de Calma</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="365"/>
        <source>&lt;h3&gt;Calma %1&lt;/h3&gt;&lt;p&gt;A de-escalation coach for customer-support teams: it shows how heated a message is and why, so that the first one to get angry is never you.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Calma %1&lt;/h3&gt;&lt;p&gt;Un asistente de desescalada para equipos de atención al cliente: muestra lo acalorado que está un mensaje y por qué, para que el primero en enfadarse nunca sea usted.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="88"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="256"/>
        <source>No database: %1</source>
        <translation>Sin base de datos: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="46"/>
        <source>Calma</source>
        <translation>Calma</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="50"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="53"/>
        <location filename="../app/gui/mainwindow.cpp" line="55"/>
        <location filename="../app/gui/mainwindow.cpp" line="235"/>
        <location filename="../app/gui/mainwindow.cpp" line="237"/>
        <source>Support agent</source>
        <translation>Agente de soporte</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="276"/>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Importar conversaciones…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="283"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="178"/>
        <location filename="../app/gui/mainwindow.cpp" line="183"/>
        <location filename="../app/gui/mainwindow.cpp" line="319"/>
        <source>Export conversations</source>
        <translation>Exportar conversaciones</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="179"/>
        <source>CSV, one row per message (*.csv);;JSON, one object per conversation (*.json)</source>
        <translation>CSV, una fila por mensaje (*.csv);;JSON, un objeto por conversación (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="184"/>
        <source>Replace personal data (e-mail addresses, phone numbers, card numbers, IBANs and names) in the export?</source>
        <translation>¿Sustituir los datos personales (correos, teléfonos, tarjetas, IBAN y nombres) en la exportación?</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="191"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="191"/>
        <source>Nothing was exported: %1</source>
        <translation>No se ha exportado nada: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="279"/>
        <source>&amp;Export conversations…</source>
        <translation>&amp;Exportar conversaciones…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="62"/>
        <source>%n team scenario problem(s); those scenarios are left out. First: %1</source>
        <translation>
            <numerusform>%n problema en los escenarios del equipo; ese escenario queda fuera. El primero: %1</numerusform>
            <numerusform>%n problemas en los escenarios del equipo; esos escenarios quedan fuera. El primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="71"/>
        <source>&amp;Practice</source>
        <translation>&amp;Práctica</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="72"/>
        <location filename="../app/gui/mainwindow.cpp" line="293"/>
        <source>Trainer&apos;s &amp;dashboard</source>
        <translation>Pa&amp;nel del formador</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="161"/>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="289"/>
        <source>&amp;Training</source>
        <translation>&amp;Formación</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="290"/>
        <source>&amp;Practice with a customer</source>
        <translation>&amp;Practicar con un cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="291"/>
        <source>Play the customer &amp;live (trainer)…</source>
        <translation>Hacer de cliente en &amp;directo (formador)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="51"/>
        <source>T&amp;one check</source>
        <translation>Análisis de &amp;tono</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="73"/>
        <source>Trai&amp;ning</source>
        <translation>Fo&amp;rmación</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="261"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="262"/>
        <location filename="../app/gui/mainwindow.cpp" line="270"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="268"/>
        <source>%1 of %n conversation(s)</source>
        <translation>
            <numerusform>%1 de %n conversación</numerusform>
            <numerusform>%1 de %n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="296"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="307"/>
        <source>Search the messages</source>
        <translation>Buscar en los mensajes</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="308"/>
        <source>Previous conversation in the inbox</source>
        <translation>Conversación anterior de la bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="309"/>
        <source>Next conversation in the inbox</source>
        <translation>Conversación siguiente de la bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="310"/>
        <source>Put suggested reply 1 in the draft</source>
        <translation>Poner la respuesta sugerida 1 en el borrador</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="311"/>
        <source>Put suggested reply 2 in the draft</source>
        <translation>Poner la respuesta sugerida 2 en el borrador</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="312"/>
        <source>Put suggested reply 3 in the draft</source>
        <translation>Poner la respuesta sugerida 3 en el borrador</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="313"/>
        <source>Send the reply</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="315"/>
        <source>Next or previous field (also out of the inbox and the draft)</source>
        <translation>Campo siguiente o anterior (también para salir de la bandeja de entrada y del borrador)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="316"/>
        <source>Move in the inbox</source>
        <translation>Moverse por la bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="317"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="317"/>
        <source>The button, tab or menu with that letter</source>
        <translation>El botón, la pestaña o el menú con esa letra</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="318"/>
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="320"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="321"/>
        <source>Refresh the trainer&apos;s dashboard</source>
        <translation>Actualizar el panel del formador</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="322"/>
        <source>This list of keyboard shortcuts</source>
        <translation>Esta lista de atajos de teclado</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="323"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="335"/>
        <location filename="../app/gui/mainwindow.cpp" line="340"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="339"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="339"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="314"/>
        <location filename="../app/gui/mainwindow.cpp" line="316"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="112"/>
        <source>Live updates are off: %1</source>
        <translation>Las actualizaciones en directo están desactivadas: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="214"/>
        <source>The mail password could not be read from the system keychain: %1</source>
        <translation>No se pudo leer la contraseña del correo en el llavero del sistema: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="231"/>
        <source>The mail password could not be kept in the system keychain (%1); Calma uses it until it closes.</source>
        <translation>No se pudo guardar la contraseña del correo en el llavero del sistema (%1); Calma la usa hasta que se cierre.</translation>
    </message>
</context>
<context>
    <name>calma::gui::ProgressChart</name>
    <message>
        <location filename="../app/gui/progresschart.cpp" line="61"/>
        <location filename="../app/gui/progresschart.cpp" line="126"/>
        <location filename="../app/gui/progresschart.cpp" line="301"/>
        <source>No scored sessions yet</source>
        <translation>Todavía no hay sesiones puntuadas</translation>
    </message>
    <message>
        <location filename="../app/gui/progresschart.cpp" line="75"/>
        <location filename="../app/gui/progresschart.cpp" line="299"/>
        <source>Scores over time</source>
        <translation>Puntuaciones a lo largo del tiempo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/progresschart.cpp" line="140"/>
        <source>Scores of %n session(s), oldest first: %1</source>
        <translation>
            <numerusform>Puntuación de %n sesión, de la más antigua a la más reciente: %1</numerusform>
            <numerusform>Puntuaciones de %n sesiones, de la más antigua a la más reciente: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/progresschart.cpp" line="265"/>
        <source>%1
%2 · score %3 / 100</source>
        <translation>%1
%2 · puntuación %3 / 100</translation>
    </message>
</context>
<context>
    <name>calma::gui::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="39"/>
        <source>One file per line</source>
        <translation>Un archivo por línea</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="48"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="53"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="59"/>
        <source>Calma&apos;s own SQLite file, or postgresql://user@host:port/db for a team</source>
        <translation>El archivo SQLite de Calma, o postgresql://usuario@servidor:puerto/bd para un equipo</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="62"/>
        <location filename="../app/gui/settingsdialog.cpp" line="66"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="84"/>
        <source>Your &amp;name (signs your replies):</source>
        <translation>Su &amp;nombre (firma sus respuestas):</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="85"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="86"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="87"/>
        <source>Waiting shows &amp;amber after:</source>
        <translation>La espera se muestra en á&amp;mbar a partir de:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="88"/>
        <source>Waiting shows &amp;red after:</source>
        <translation>La espera se muestra en &amp;rojo a partir de:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="92"/>
        <source>Team &amp;phrase lists:</source>
        <translation>Listas de &amp;frases del equipo:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="101"/>
        <source>The language, the database and the team files take effect the next time Calma starts.</source>
        <translation>El idioma, la base de datos y los archivos del equipo se aplican la próxima vez que se inicie Calma.</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="94"/>
        <source>Team role-play &amp;scenario folders:</source>
        <translation>Carpetas de &amp;escenarios de role-play del equipo:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="70"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="90"/>
        <source>Imported times without a &amp;zone are in:</source>
        <translation>Las horas importadas sin &amp;zona están en:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="76"/>
        <source>Desktop notifications for hostile messages and waits past red</source>
        <translation>Notificaciones de escritorio para mensajes hostiles y esperas más allá del rojo</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="91"/>
        <source>Team le&amp;xicons:</source>
        <translation>&amp;Léxicos del equipo:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="93"/>
        <source>Team r&amp;eply parts:</source>
        <translation>&amp;Partes de respuesta del equipo:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="104"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="105"/>
        <source>&amp;Mail</source>
        <translation>Corre&amp;o</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="121"/>
        <source>imaps://mail.example.com:993/INBOX</source>
        <translation>imaps://correo.ejemplo.com:993/INBOX</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="122"/>
        <source>smtps://mail.example.com:465, or smtp://…:587 with STARTTLS</source>
        <translation>smtps://correo.ejemplo.com:465, o smtp://…:587 con STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="123"/>
        <source>The SMTP server needs a l&amp;ogin (the same user and password)</source>
        <translation>El servidor SMTP pide i&amp;niciar sesión (el mismo usuario y contraseña)</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="126"/>
        <source>soporte@example.com</source>
        <translation>soporte@ejemplo.com</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="127"/>
        <source>Support &lt;soporte@example.com&gt;</source>
        <translation>Soporte &lt;soporte@ejemplo.com&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="129"/>
        <source>Kept in the system keychain</source>
        <translation>Se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="129"/>
        <source>Stored in the system keychain; type to change it</source>
        <translation>Guardada en el llavero del sistema; escriba otra para cambiarla</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="131"/>
        <source>Only for a team server with its own certificate (PEM)</source>
        <translation>Solo para un servidor del equipo con certificado propio (PEM)</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="132"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="140"/>
        <source>&amp;IMAP server (incoming):</source>
        <translation>Servidor &amp;IMAP (entrada):</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="141"/>
        <source>&amp;SMTP server (outgoing):</source>
        <translation>Servidor &amp;SMTP (salida):</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="143"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="144"/>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="145"/>
        <source>Team &amp;address (replies go from it):</source>
        <translation>&amp;Dirección del equipo (las respuestas salen de ella):</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="146"/>
        <source>Team server&apos;s &amp;certificate:</source>
        <translation>Certificado del servidor del &amp;equipo:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="178"/>
        <source>Give the IMAP or the SMTP server first.</source>
        <translation>Indique antes el servidor IMAP o el SMTP.</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="183"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="195"/>
        <source>%1: working (%2)</source>
        <translation>%1: funciona (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="196"/>
        <source>%1: not working: %2</source>
        <translation>%1: no funciona: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="200"/>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="202"/>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="201"/>
        <source>signed in to %1 as %2; mailbox %3 found</source>
        <translation>sesión iniciada en %1 como %2; carpeta %3 encontrada</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="203"/>
        <source>it takes mail from %1</source>
        <translation>acepta correo de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="203"/>
        <source>it takes mail</source>
        <translation>acepta correo</translation>
    </message>
</context>
<context>
    <name>calma::gui::ToneCheckWidget</name>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="96"/>
        <source>Paste or type a customer message. Calma scores how heated it is and highlights the words and signals that drove the score; hover a highlight to see why it counts.</source>
        <translation>Pegue o escriba el mensaje de un cliente. Calma mide lo acalorado que está y resalta las palabras y señales que determinan la puntuación; pase el ratón por un resaltado para ver por qué cuenta.</translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="97"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="102"/>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="103"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="104"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="107"/>
        <source>For example: «Es la tercera vez que llamo y nadie me da una solución»</source>
        <translation>Por ejemplo: «Es la tercera vez que llamo y nadie me da una solución»</translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="108"/>
        <source>Message to analyse</source>
        <translation>Mensaje para analizar</translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="109"/>
        <location filename="../app/gui/tonecheckwidget.cpp" line="110"/>
        <source>Heat</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="111"/>
        <source>What drove the score</source>
        <translation>Qué determina la puntuación</translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="112"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="112"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="112"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="112"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="141"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="142"/>
        <source>where a message starts, before its words and signals</source>
        <translation>donde empieza un mensaje, antes de sus palabras y señales</translation>
    </message>
</context>
<context>
    <name>calma::gui::TrainerDashboard</name>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="240"/>
        <source>the PDF could not be drawn</source>
        <translation>no se ha podido generar el PDF</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="478"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="479"/>
        <source>Read the trainees and their sessions again</source>
        <translation>Volver a leer los participantes y sus sesiones</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="480"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="481"/>
        <source>Dashboard status</source>
        <translation>Estado del panel</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="483"/>
        <source>Export the report as HTML</source>
        <translation>Exportar el informe como HTML</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="484"/>
        <source>Save the selected session&apos;s report as a web page</source>
        <translation>Guardar el informe de la sesión seleccionada como página web</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="486"/>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="487"/>
        <source>Save the selected session&apos;s report as a PDF, ready to print or share</source>
        <translation>Guardar el informe de la sesión seleccionada como PDF, listo para imprimir o compartir</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="488"/>
        <source>Export sessions as &amp;CSV…</source>
        <translation>Exportar sesiones como CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="489"/>
        <source>Export the sessions as CSV</source>
        <translation>Exportar las sesiones como CSV</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="491"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="498"/>
        <source>Trainees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="492"/>
        <source>Show &amp;all</source>
        <translation>Ver to&amp;dos</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="493"/>
        <source>Clear the selection: the sessions table and the CSV export cover every trainee</source>
        <translation>Quitar la selección: la tabla de sesiones y la exportación CSV incluyen a todos los participantes</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="494"/>
        <source>Show every trainee&apos;s sessions</source>
        <translation>Ver las sesiones de todos los participantes</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="495"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="495"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="507"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="510"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="495"/>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="495"/>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="496"/>
        <source>Finished and scored sessions</source>
        <translation>Sesiones terminadas y puntuadas</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="497"/>
        <source>Average score of the scored sessions, out of 100</source>
        <translation>Puntuación media de las sesiones puntuadas, sobre 100</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="499"/>
        <source>Select a trainee to see their progress, flagged phrases and sessions</source>
        <translation>Seleccione un participante para ver su evolución, sus frases señaladas y sus sesiones</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="500"/>
        <source>No trainees yet. Role-play sessions appear here once they are played.</source>
        <translation>Todavía no hay participantes. Las sesiones de práctica aparecen aquí en cuanto se juegan.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="502"/>
        <source>Progress</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="503"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="505"/>
        <source>Most flagged phrases</source>
        <translation>Frases más señaladas</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="504"/>
        <source>Phrase</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="504"/>
        <source>What it does</source>
        <translation>Qué provoca</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="504"/>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="506"/>
        <source>The escalating phrases the trainee used most often, with how many times</source>
        <translation>Las frases que más tensan la conversación que el participante ha usado, con cuántas veces</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="508"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="508"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="980"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1029"/>
        <source>Trainee</source>
        <translation>Agente en formación</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="508"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="508"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="508"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="508"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="509"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="509"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="511"/>
        <source>Select a session to see its report and transcript</source>
        <translation>Seleccione una sesión para ver su informe y su transcripción</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="513"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="514"/>
        <source>Session report</source>
        <translation>Informe de la sesión</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="515"/>
        <source>Select a session to see its report.</source>
        <translation>Seleccione una sesión para ver su informe.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="516"/>
        <source>Transcript and notes</source>
        <translation>Transcripción y notas</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="517"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="517"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="517"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="517"/>
        <source>Heat</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="517"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="518"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="519"/>
        <source>Select a turn to write a note on it</source>
        <translation>Seleccione un turno para escribir una nota sobre él</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="521"/>
        <source>Note on the selected turn</source>
        <translation>Nota sobre el turno seleccionado</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="522"/>
        <source>What went well, what to try instead…</source>
        <translation>Qué salió bien, qué probar en su lugar…</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="523"/>
        <source>&amp;Save note</source>
        <translation>&amp;Guardar nota</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="524"/>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="525"/>
        <source>Store the note with the turn (Ctrl+Return); it shows in the report</source>
        <translation>Guardar la nota con el turno (Ctrl+Intro); aparece en el informe</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="578"/>
        <source>Save %1&apos;s sessions as a spreadsheet (CSV), one row per session</source>
        <translation>Guardar las sesiones de %1 como hoja de cálculo (CSV), una fila por sesión</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="580"/>
        <source>Save every trainee&apos;s sessions as a spreadsheet (CSV), one row per session</source>
        <translation>Guardar las sesiones de todos los participantes como hoja de cálculo (CSV), una fila por sesión</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="623"/>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="628"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="827"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="882"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="898"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="633"/>
        <source>Could not read the trainees: %1</source>
        <translation>No se han podido leer los participantes: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="675"/>
        <source>Could not read the trainee&apos;s sessions: %1</source>
        <translation>No se han podido leer las sesiones del participante: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="716"/>
        <source>That session is no longer there.</source>
        <translation>Esa sesión ya no existe.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="717"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="723"/>
        <source>Could not read the session: %1</source>
        <translation>No se ha podido leer la sesión: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/trainerdashboard.cpp" line="774"/>
        <source>Average score %1 / 100 over %n scored session(s)</source>
        <translation>
            <numerusform>Puntuación media de %1 / 100 en %n sesión puntuada</numerusform>
            <numerusform>Puntuación media de %1 / 100 en %n sesiones puntuadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="778"/>
        <source>No scored sessions yet</source>
        <translation>Todavía no hay sesiones puntuadas</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="804"/>
        <source>No database</source>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="809"/>
        <source>All trainees</source>
        <translation>Todos los participantes</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="813"/>
        <source>No role-play sessions yet.</source>
        <translation>Todavía no hay sesiones de práctica.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/trainerdashboard.cpp" line="815"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/trainerdashboard.cpp" line="816"/>
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="817"/>
        <source>select a trainee to see their progress</source>
        <translation>seleccione un participante para ver su evolución</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="827"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="882"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="897"/>
        <source>Could not read this trainee&apos;s sessions.</source>
        <translation>No se han podido leer las sesiones de este participante.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/trainerdashboard.cpp" line="835"/>
        <source>%n scored session(s)</source>
        <translation>
            <numerusform>%n sesión puntuada</numerusform>
            <numerusform>%n sesiones puntuadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="840"/>
        <source>average %1</source>
        <translation>media %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="841"/>
        <source>best %1</source>
        <translation>mejor %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="842"/>
        <source>latest %1</source>
        <translation>última %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/trainerdashboard.cpp" line="864"/>
        <source>%n not scored</source>
        <translation>
            <numerusform>%n sin puntuar</numerusform>
            <numerusform>%n sin puntuar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="884"/>
        <source>Select a trainee to see their scores over time</source>
        <translation>Seleccione un participante para ver la evolución de sus puntuaciones</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="896"/>
        <source>Select a trainee to see the phrases they are most often flagged for.</source>
        <translation>Seleccione un participante para ver las frases que más se le señalan.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="903"/>
        <source>No escalating phrases flagged yet.</source>
        <translation>Todavía no se ha señalado ninguna frase que tense la conversación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/trainerdashboard.cpp" line="916"/>
        <source>“%1”: %2, %n time(s)</source>
        <translation>
            <numerusform>«%1»: %2, %n vez</numerusform>
            <numerusform>«%1»: %2, %n veces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="941"/>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="941"/>
        <source>Simulated</source>
        <translation>Simulada</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="943"/>
        <source>A trainer played the customer</source>
        <translation>Un formador hizo de cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="944"/>
        <source>%1 played the customer</source>
        <translation>%1 hizo de cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="945"/>
        <source>A simulated customer</source>
        <translation>Un cliente simulado</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="946"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="946"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="951"/>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="954"/>
        <source>Not scored yet</source>
        <translation>Todavía sin puntuar</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="980"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1029"/>
        <source>Customer (trainer)</source>
        <translation>Cliente (formador)</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="980"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1029"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="990"/>
        <source>The customer&apos;s heat after this message: %1 / 100</source>
        <translation>Tensión del cliente tras este mensaje: %1 / 100</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1020"/>
        <source>Select a turn to read it in full and write a note on it.</source>
        <translation>Seleccione un turno para leerlo completo y escribir una nota sobre él.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1040"/>
        <source>What it did:</source>
        <translation>Qué provocó:</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1154"/>
        <source>Saving the note…</source>
        <translation>Guardando la nota…</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1167"/>
        <source>Could not save the note: %1</source>
        <translation>No se ha podido guardar la nota: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1169"/>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1188"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1200"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1278"/>
        <source>Select a session first.</source>
        <translation>Seleccione antes una sesión.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1212"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1274"/>
        <source>The sessions are still loading.</source>
        <translation>Las sesiones todavía se están cargando.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1214"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1276"/>
        <source>There are no sessions to export.</source>
        <translation>No hay sesiones que exportar.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1226"/>
        <source>all trainees</source>
        <translation>todos los participantes</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1231"/>
        <source>Calma sessions - %1 - %2</source>
        <translation>Sesiones de Calma - %1 - %2</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1236"/>
        <source>Calma report - %1 - %2 - %3</source>
        <translation>Informe de Calma - %1 - %2 - %3</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1250"/>
        <source>Export report as HTML</source>
        <translation>Exportar informe como HTML</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1251"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1254"/>
        <source>Export report as PDF</source>
        <translation>Exportar informe como PDF</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1255"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1258"/>
        <source>Export sessions as CSV</source>
        <translation>Exportar sesiones como CSV</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1259"/>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Hojas de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1280"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1292"/>
        <source>Nothing was exported: %1</source>
        <translation>No se ha exportado nada: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1284"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1290"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="482"/>
        <source>Export report as HT&amp;ML…</source>
        <translation>Exportar informe como HT&amp;ML…</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="485"/>
        <source>E&amp;xport report as PDF…</source>
        <translation>E&amp;xportar informe como PDF…</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="520"/>
        <source>Note on the selected t&amp;urn:</source>
        <translation>Nota sobre el t&amp;urno seleccionado:</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="859"/>
        <source>%1 since the first session of “%2”</source>
        <translation>%1 desde la primera sesión de «%2»</translation>
    </message>
</context>
<context>
    <name>calma::gui::TrainerWindow</name>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="34"/>
        <source>Calma — play the customer (live role-play)</source>
        <translation>Calma — hacer de cliente (role-play en directo)</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="49"/>
        <source>Trainee</source>
        <translation>Agente en formación</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="56"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="58"/>
        <source>The trainee has the &amp;assistant and draft coach</source>
        <translation>El agente tiene el &amp;asistente y la revisión del borrador</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="60"/>
        <source>&amp;Start the live session</source>
        <translation>&amp;Empezar la sesión en directo</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="64"/>
        <source>&amp;Trainee:</source>
        <translation>A&amp;gente:</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="65"/>
        <source>S&amp;cenario:</source>
        <translation>Es&amp;cenario:</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="67"/>
        <source>You play the customer; the trainee answers from Training → Practice</source>
        <translation>Usted hace de cliente; el agente responde desde Formación → Práctica</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="95"/>
        <source>The conversation</source>
        <translation>La conversación</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="98"/>
        <source>Your message, as the customer</source>
        <translation>Su mensaje, como cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="99"/>
        <source>Write as the customer. Double-click a line on the right to use it.</source>
        <translation>Escriba como el cliente. Haga doble clic en una frase de la derecha para usarla.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="100"/>
        <source>Send as the &amp;customer</source>
        <translation>Enviar como el &amp;cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="115"/>
        <source>End:</source>
        <translation>Terminar:</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="116"/>
        <source>&amp;Resolved</source>
        <translation>&amp;Resuelto</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="117"/>
        <source>&amp;Escalated to a supervisor</source>
        <translation>&amp;Escalado a un supervisor</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="118"/>
        <source>The customer &amp;leaves</source>
        <translation>El cliente se &amp;va</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="138"/>
        <source>Lines the scenario suggests for the customer&apos;s heat</source>
        <translation>Frases que el escenario propone para la tensión del cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="169"/>
        <source>A live session needs the database.</source>
        <translation>Una sesión en directo necesita la base de datos.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="170"/>
        <source>There is no scenario “%1”.</source>
        <translation>No hay ningún escenario «%1».</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="171"/>
        <source>Name the trainee first.</source>
        <translation>Primero escriba el nombre del agente.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="185"/>
        <source>Cannot start the live session: %1</source>
        <translation>No se puede empezar la sesión en directo: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="194"/>
        <source>you are %1; %2 answers</source>
        <translation>usted es %1; responde %2</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="212"/>
        <source>A turn was not saved: %1</source>
        <translation>Un turno no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="237"/>
        <source>Cannot read the live session: %1</source>
        <translation>No se puede leer la sesión en directo: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="257"/>
        <source>Ending the session…</source>
        <translation>Terminando la sesión…</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="274"/>
        <source>The score was not saved: %1</source>
        <translation>La puntuación no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="274"/>
        <source>the database did not take it</source>
        <translation>la base de datos no lo aceptó</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="288"/>
        <source> (you)</source>
        <translation> (usted)</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="292"/>
        <source>Session over: %1.</source>
        <translation>Sesión terminada: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="294"/>
        <source>Send the opening message when the trainee has joined.</source>
        <translation>Envíe el primer mensaje cuando el agente se haya unido.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="296"/>
        <source>Waiting for %1&apos;s reply…</source>
        <translation>Esperando la respuesta de %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="298"/>
        <source>%1 replied: your turn.</source>
        <translation>%1 ha respondido: su turno.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="142"/>
        <source>Lines the scenario suggests now: double-click one to use it, or write your own.</source>
        <translation>Frases que el escenario propone ahora: haga doble clic en una para usarla, o escriba la suya.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="104"/>
        <source>Send as the customer (%1)</source>
        <translation>Enviar como el cliente (%1)</translation>
    </message>
</context>
<context>
    <name>calma::gui::TrainingPanel</name>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="55"/>
        <location filename="../app/gui/trainingpanel.cpp" line="262"/>
        <source>Trainee</source>
        <translation>Agente en formación</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="56"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="59"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="61"/>
        <source>A &amp;simulated customer</source>
        <translation>Un cliente &amp;simulado</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="64"/>
        <source>A trainer playing the customer &amp;live:</source>
        <translation>Un formador que hace de cliente en &amp;directo:</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="68"/>
        <source>Live sessions waiting for a trainee</source>
        <translation>Sesiones en directo que esperan a un agente</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="69"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="73"/>
        <source>&amp;Assistant and draft coach on</source>
        <translation>Asistente y revisión del borrador acti&amp;vados</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="76"/>
        <source>Off: no suggestions and no underlined phrases, as when the trainer wants to see what the trainee does alone.</source>
        <translation>Desactivado: sin sugerencias ni frases subrayadas, para cuando el formador quiere ver qué hace el agente por su cuenta.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="81"/>
        <source>The same seed and the same replies replay the same customer.</source>
        <translation>La misma semilla y las mismas respuestas repiten el mismo cliente.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="88"/>
        <source>S&amp;cenario:</source>
        <translation>Escenari&amp;o:</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="89"/>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="106"/>
        <source>Practice with an angry customer</source>
        <translation>Practique con un cliente enfadado</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="115"/>
        <source>The scenario</source>
        <translation>El escenario</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="146"/>
        <source>The customer&apos;s heat</source>
        <translation>La tensión del cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="163"/>
        <source>The conversation</source>
        <translation>La conversación</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="165"/>
        <source>&amp;End the session</source>
        <translation>&amp;Terminar la sesión</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="171"/>
        <source>The same scenario and the same customer (seed): try other replies.</source>
        <translation>El mismo escenario y el mismo cliente (semilla): pruebe otras respuestas.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="197"/>
        <source>Your score</source>
        <translation>Su puntuación</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="224"/>
        <source>End the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="272"/>
        <source>%1 for %2 — %3, started %4</source>
        <translation>%1 para %2 — %3, empezó a las %4</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="273"/>
        <source>A trainer</source>
        <translation>Un formador</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="278"/>
        <source>Cannot read the live sessions: %1</source>
        <translation>No se pueden leer las sesiones en directo: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="282"/>
        <source>(no live session is waiting)</source>
        <translation>(no hay ninguna sesión en directo esperando)</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="299"/>
        <source>The trainer chose this scenario and whether the assistant is on (%1).</source>
        <translation>El formador eligió este escenario y si el asistente está activado (%1).</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="300"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="300"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="319"/>
        <source>There is no scenario “%1”.</source>
        <translation>No hay ningún escenario «%1».</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="338"/>
        <source>This session will not be saved: %1</source>
        <translation>Esta sesión no se guardará: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="340"/>
        <source>The database is not open yet: this session will not be saved.</source>
        <translation>La base de datos aún no está abierta: esta sesión no se guardará.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="355"/>
        <source>Cannot join the live session: %1</source>
        <translation>No se puede unir a la sesión en directo: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="355"/>
        <source>it no longer exists</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="360"/>
        <source>The live session uses scenario “%1”, which this Calma does not have.</source>
        <translation>La sesión en directo usa el escenario «%1», que este Calma no tiene.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="410"/>
        <source>A turn was not saved: %1</source>
        <translation>Un turno no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="426"/>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="467"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="483"/>
        <source>%1:%2 left</source>
        <translation>quedan %1:%2</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="518"/>
        <source>Cannot read the live session: %1</source>
        <translation>No se puede leer la sesión en directo: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="540"/>
        <source>In a live session the trainer ends it.</source>
        <translation>En una sesión en directo la termina el formador.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="556"/>
        <source>The score was not saved: %1</source>
        <translation>La puntuación no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="568"/>
        <source>Session over: %1, score %2/100.</source>
        <translation>Sesión terminada: %1, puntuación %2/100.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="82"/>
        <source>Start th&amp;e session</source>
        <translation>E&amp;mpezar la sesión</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="87"/>
        <source>Trainee (&amp;your name):</source>
        <translation>A&amp;gente (su nombre):</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="105"/>
        <source>C&amp;ustomer&apos;s seed:</source>
        <translation>S&amp;emilla del cliente:</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="167"/>
        <source>Ne&amp;w session</source>
        <translation>N&amp;ueva sesión</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="169"/>
        <source>Practise this one a&amp;gain</source>
        <translation>Practicar este de nue&amp;vo</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="96"/>
        <source>Ad&amp;vanced</source>
        <translation>Avan&amp;zado</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="97"/>
        <source>Settings a trainee seldom needs, such as the customer&apos;s seed</source>
        <translation>Ajustes que un agente en formación rara vez necesita, como la semilla del cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="134"/>
        <source>Shown</source>
        <translation>Visible</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="134"/>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="159"/>
        <source>The scenario&apos;s brief</source>
        <translation>El planteamiento del escenario</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="224"/>
        <source>End the session now?</source>
        <translation>¿Terminar la sesión ahora?</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="226"/>
        <source>It will be scored as it stands; the customer&apos;s last message stays unanswered.</source>
        <translation>Se puntuará tal como está; el último mensaje del cliente quedará sin respuesta.</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="227"/>
        <source>&amp;End session</source>
        <translation>&amp;Terminar la sesión</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="229"/>
        <source>&amp;Keep practising</source>
        <translation>&amp;Seguir practicando</translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="147"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>calma::gui::Workspace</name>
    <message>
        <location filename="../app/gui/workspace.cpp" line="55"/>
        <source>Search the messages…</source>
        <translation>Buscar en los mensajes…</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="57"/>
        <source>Search the messages</source>
        <translation>Buscar en los mensajes</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="127"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1039"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1039"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="60"/>
        <source>Show by heat</source>
        <translation>Mostrar por tensión</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="61"/>
        <source>Any heat</source>
        <translation>Cualquier tensión</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="62"/>
        <source>Tense and above</source>
        <translation>Tensas o más</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="63"/>
        <source>Heated and above</source>
        <translation>Acaloradas o más</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="64"/>
        <source>Hostile</source>
        <translation>Hostil</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="67"/>
        <source>Show by status</source>
        <translation>Mostrar por estado</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="68"/>
        <source>Open and pending</source>
        <translation>Abiertas y pendientes</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="69"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="70"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="72"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="73"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="77"/>
        <source>Show by waiting time</source>
        <translation>Mostrar por tiempo de espera</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="78"/>
        <source>Any wait</source>
        <translation>Cualquier espera</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="79"/>
        <source>Waiting 30 min or more</source>
        <translation>Esperando 30 min o más</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="80"/>
        <source>Waiting 2 h or more</source>
        <translation>Esperando 2 h o más</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="81"/>
        <source>Waiting 8 h or more</source>
        <translation>Esperando 8 h o más</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/workspace.cpp" line="629"/>
        <source>That was %n hostile message(s) in a short time. A five-minute break helps you stay the calm one.</source>
        <translation>
            <numerusform>Ha sido %n mensaje hostil en poco tiempo. Una pausa de cinco minutos le ayuda a seguir siendo quien mantiene la calma.</numerusform>
            <numerusform>Han sido %n mensajes hostiles en poco tiempo. Una pausa de cinco minutos le ayuda a seguir siendo quien mantiene la calma.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="396"/>
        <source>So that no one else answers this customer at the same time</source>
        <translation>Para que nadie más responda a este cliente a la vez</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="394"/>
        <location filename="../app/gui/workspace.cpp" line="487"/>
        <source>You are answering this customer.</source>
        <translation>Usted está atendiendo a este cliente.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="488"/>
        <location filename="../app/gui/workspace.cpp" line="497"/>
        <location filename="../app/gui/workspace.cpp" line="1123"/>
        <source>%1 is answering this customer.</source>
        <translation>%1 está atendiendo a este cliente.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="441"/>
        <location filename="../app/gui/workspace.cpp" line="489"/>
        <location filename="../app/gui/workspace.cpp" line="499"/>
        <location filename="../app/gui/workspace.cpp" line="510"/>
        <location filename="../app/gui/workspace.cpp" line="1125"/>
        <source>This conversation is no longer there.</source>
        <translation>Esta conversación ya no existe.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1035"/>
        <source>Score wrong?</source>
        <translation>¿Puntuación incorrecta?</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1072"/>
        <source>The reply was not saved: %1</source>
        <translation>La respuesta no se ha guardado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="490"/>
        <source>The conversation was not taken: %1</source>
        <translation>No se ha podido tomar la conversación: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="84"/>
        <source>Order of the inbox</source>
        <translation>Orden de la bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="87"/>
        <source>Needs attention</source>
        <translation>Necesita atención</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="87"/>
        <source>Heat plus the wait: one point for every eight minutes the customer has waited, up to 75 (ten hours). A long wait weighs as much as a furious message.</source>
        <translation>Tensión más espera: un punto por cada ocho minutos que ha esperado el cliente, hasta 75 (diez horas). Una espera larga pesa tanto como un mensaje furioso.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="89"/>
        <source>Longest waiting</source>
        <translation>Más tiempo esperando</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="89"/>
        <source>The customer who has waited longest first; answered conversations last.</source>
        <translation>Primero el cliente que más ha esperado; las conversaciones respondidas, al final.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="90"/>
        <source>Hottest</source>
        <translation>Más tensas</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="90"/>
        <source>The most heated conversation first, whatever the wait.</source>
        <translation>Primero la conversación más tensa, sea cual sea la espera.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="91"/>
        <source>Newest</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="91"/>
        <source>The latest message first.</source>
        <translation>Primero el último mensaje.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="101"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="103"/>
        <source>Give the conversation back: anyone may take it</source>
        <translation>Devolver la conversación: cualquiera puede encargarse de ella</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="104"/>
        <source>Sol&amp;ve</source>
        <translation>Res&amp;olver</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="106"/>
        <location filename="../app/gui/workspace.cpp" line="398"/>
        <source>Mark it solved and release it; it reopens if the customer writes again</source>
        <translation>Marcarla como resuelta y liberarla; se reabre si el cliente vuelve a escribir</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="107"/>
        <source>Reo&amp;pen</source>
        <translation>Reabr&amp;ir</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="109"/>
        <source>Open it again: the customer is waiting for us</source>
        <translation>Abrirla de nuevo: el cliente nos está esperando</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="124"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="142"/>
        <source>Order:</source>
        <translation>Orden:</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="205"/>
        <source>No conversation matches these filters.</source>
        <translation>Ninguna conversación coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="206"/>
        <source>No conversation matches “%1”.</source>
        <translation>Ninguna conversación coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/workspace.cpp" line="392"/>
        <source>%1 is answering this customer. Their claim lapses after %n minute(s) without a reply from them.</source>
        <translation>
            <numerusform>%1 está atendiendo a este cliente. Su reserva caduca tras %n minuto sin respuesta suya.</numerusform>
            <numerusform>%1 está atendiendo a este cliente. Su reserva caduca tras %n minutos sin respuesta suya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="395"/>
        <source>Reopen it first: it is %1.</source>
        <translation>Reábrala primero: está %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="397"/>
        <source>%1 is answering this customer: they solve it.</source>
        <translation>%1 está atendiendo a este cliente: le corresponde resolverla.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="402"/>
        <source>%1 · No one is answering this customer yet.</source>
        <translation>%1 · Nadie atiende todavía a este cliente.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="403"/>
        <source>%1 · You are answering this customer.</source>
        <translation>%1 · Usted está atendiendo a este cliente.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="404"/>
        <source>%1 · %2 is answering this customer.</source>
        <translation>%1 · %2 está atendiendo a este cliente.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="443"/>
        <source>The conversation&apos;s state could not be read: %1</source>
        <translation>No se pudo leer el estado de la conversación: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="495"/>
        <source>Released: anyone may take this conversation.</source>
        <translation>Liberada: cualquiera puede encargarse de esta conversación.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="497"/>
        <source>Nobody holds this conversation.</source>
        <translation>Nadie se ha encargado de esta conversación.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="500"/>
        <source>The conversation was not released: %1</source>
        <translation>La conversación no se liberó: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="507"/>
        <source>Solved. It reopens if the customer writes again.</source>
        <translation>Resuelta. Se reabre si el cliente vuelve a escribir.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="508"/>
        <source>Reopened: the customer is waiting for us.</source>
        <translation>Reabierta: el cliente nos está esperando.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="512"/>
        <source>The status was not changed: %1</source>
        <translation>El estado no cambió: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="555"/>
        <source>Replace your draft?</source>
        <translation>¿Reemplazar su borrador?</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="556"/>
        <source>Your draft has text you typed. Replace it with the suggested reply?</source>
        <translation>Su borrador tiene texto que usted ha escrito. ¿Lo reemplaza por la respuesta sugerida?</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="558"/>
        <source>&amp;Replace the draft</source>
        <translation>&amp;Reemplazar el borrador</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="559"/>
        <source>&amp;Keep my draft</source>
        <translation>&amp;Mantener mi borrador</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="646"/>
        <source>Reading the conversation…</source>
        <translation>Leyendo la conversación…</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1083"/>
        <source>Sent. The conversation is pending: the customer has your answer.</source>
        <translation>Enviada. La conversación está pendiente: el cliente tiene su respuesta.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="99"/>
        <source>Ta&amp;ke it</source>
        <translation>Encar&amp;garme</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="718"/>
        <source>Could not read the conversation: %1</source>
        <translation>No se pudo leer la conversación: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/workspace.cpp" line="604"/>
        <source>%n hostile message(s)</source>
        <translation>
            <numerusform>%n mensaje hostil</numerusform>
            <numerusform>%n mensajes hostiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/workspace.cpp" line="606"/>
        <source>%n customer(s) waiting past red</source>
        <translation>
            <numerusform>%n cliente esperando más allá del rojo</numerusform>
            <numerusform>%n clientes esperando más allá del rojo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="71"/>
        <source>Solved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="344"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="914"/>
        <location filename="../app/gui/workspace.cpp" line="916"/>
        <location filename="../app/gui/workspace.cpp" line="920"/>
        <source>The mail was not sent: %1</source>
        <translation>El correo no se ha enviado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="918"/>
        <source>The reply&apos;s mail went to %1.</source>
        <translation>El correo de la respuesta ha salido hacia %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="922"/>
        <source>The mail waits in the outbox for the team&apos;s sender.</source>
        <translation>El correo espera en la bandeja de salida a que lo envíe el servicio del equipo.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="914"/>
        <source>it is no longer waiting to be sent.</source>
        <translation>ya no está pendiente de envío.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="956"/>
        <source>mail sent to %1</source>
        <translation>correo enviado a %1</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="959"/>
        <source>mail to %1 waiting to be sent</source>
        <translation>correo a %1 pendiente de envío</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="965"/>
        <source>mail not sent (attempt %1): %2</source>
        <translation>correo no enviado (intento %1): %2</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="967"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1076"/>
        <source>Sent to %1 by mail. The conversation is pending: the customer has your answer.</source>
        <translation>Enviada por correo a %1. La conversación está pendiente: el cliente tiene su respuesta.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1081"/>
        <source>Your reply is saved; its mail waits in the outbox.</source>
        <translation>Su respuesta está guardada; su correo espera en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1102"/>
        <source>the mail settings are wrong (%1)</source>
        <translation>los ajustes del correo no son correctos (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="870"/>
        <source>The outbox could not be read: %1</source>
        <translation>No se pudo leer la bandeja de salida: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/workspace.cpp" line="872"/>
        <source>%n waiting reply(s) went out by mail.</source>
        <translation>
            <numerusform>%n respuesta pendiente ha salido por correo.</numerusform>
            <numerusform>%n respuestas pendientes han salido por correo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="790"/>
        <source>Mail: %1</source>
        <translation>Correo: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="806"/>
        <source>Mail: synced by another process (%1)</source>
        <translation>Correo: lo sincroniza otro proceso (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="811"/>
        <source>Mail: not synced at %1: %2</source>
        <translation>Correo: sin sincronizar a las %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/workspace.cpp" line="814"/>
        <source>Mail: %n new at %1</source>
        <translation>
            <numerusform>Correo: %n nuevo a las %1</numerusform>
            <numerusform>Correo: %n nuevos a las %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/workspace.cpp" line="816"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n no se pudo leer</numerusform>
            <numerusform>%n no se pudieron leer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1078"/>
        <source>Your reply is saved, but its mail was not sent: %1 It stays in the outbox: Retry is beside the reply.</source>
        <translation>Su respuesta está guardada, pero su correo no se ha enviado: %1 Queda en la bandeja de salida: «Reintentar» está junto a la respuesta.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>Calma, a de-escalation coach for customer support.</source>
        <translation>Calma, un asistente de desescalada para la atención al cliente.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>User interface language: es or en (default: the system&apos;s).</source>
        <translation>Idioma de la interfaz: es o en (por defecto, el del sistema).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Render the main window to a PNG file and quit.</source>
        <translation>Guarda la ventana principal en un archivo PNG y sale.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Start with this message in the tone check.</source>
        <translation>Empieza con este mensaje en el análisis de tono.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="37"/>
        <source>A team lexicon file that extends the shipped one (repeatable).</source>
        <translation>Un léxico del equipo que amplía el incluido (se puede repetir).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Calma cannot start</source>
        <translation>Calma no puede iniciarse</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>The lexicon has errors:
%1</source>
        <translation>El léxico tiene errores:
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Database URL: a SQLite file or postgresql://user@host:port/db (default: Calma&apos;s own SQLite file).</source>
        <translation>URL de la base de datos: un archivo SQLite o postgresql://usuario@servidor:puerto/bd (por defecto, el archivo SQLite de Calma).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Start on this tab: inbox, tone, practice or dashboard.</source>
        <translation>Empieza en esta pestaña: inbox, tone, practice o dashboard.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="39"/>
        <source>Open the window at this size, e.g. 1080x640 (never below its minimum).</source>
        <translation>Abre la ventana con este tamaño, p. ej. 1080x640 (nunca por debajo de su mínimo).</translation>
    </message>
</context>
</TS>
