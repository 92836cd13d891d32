<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalmaRoleplay</name>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="36"/>
        <source>Telling them how to feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="37"/>
        <source>Reminding them you already said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="38"/>
        <source>Blaming the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="39"/>
        <source>Hiding behind policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="40"/>
        <source>Saying it is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="41"/>
        <source>Saying it is not your problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="42"/>
        <source>A dismissive phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="43"/>
        <source>A passive-aggressive phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="44"/>
        <source>Giving orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="45"/>
        <source>Sarcasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="46"/>
        <source>An insult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="47"/>
        <source>Writing in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="48"/>
        <source>Exclamation marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="49"/>
        <source>A heated reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="50"/>
        <source>Not answering what they asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="51"/>
        <source>Not acknowledging how they feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="52"/>
        <source>Apologising for a position in a money dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="53"/>
        <source>A slow reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="54"/>
        <source>Acknowledging how they feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="55"/>
        <source>A specific apology for a real failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="56"/>
        <source>An apology that names nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="57"/>
        <source>A concrete next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="58"/>
        <source>A time frame for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="59"/>
        <source>Answering what they asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="60"/>
        <source>Moving the dispute to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="61"/>
        <source>A calm boundary on abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="62"/>
        <source>Explaining in clear steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="63"/>
        <source>Thanking them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/replyjudge.cpp" line="64"/>
        <source>A prompt reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="22"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="23"/>
        <source>Escalated to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="24"/>
        <source>The customer left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="25"/>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/roleplay/scorer.cpp" line="79"/>
        <source>%1 raised the heat by %n.</source>
        <translation>
            <numerusform>%1 raised the heat by %n.</numerusform>
            <numerusform>%1 raised the heat by %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/roleplay/scorer.cpp" line="80"/>
        <source>Here “%1” raised the heat by %n (%2).</source>
        <translation>
            <numerusform>Here “%1” raised the heat by %n (%2).</numerusform>
            <numerusform>Here “%1” raised the heat by %n (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/roleplay/scorer.cpp" line="84"/>
        <source>%1 lowered the heat by %n.</source>
        <translation>
            <numerusform>%1 lowered the heat by %n.</numerusform>
            <numerusform>%1 lowered the heat by %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="99"/>
        <source>Heat at the end against the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="104"/>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="109"/>
        <source>Peak heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="110"/>
        <source>Peaked at %1, %2 above the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="111"/>
        <source>Never rose above the start (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="114"/>
        <source>Escalating phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="115"/>
        <source>None used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/roleplay/scorer.cpp" line="116"/>
        <source>%n used: %1.</source>
        <translation>
            <numerusform>%n used: %1.</numerusform>
            <numerusform>%n used: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="120"/>
        <source>Apologies that fit the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="123"/>
        <source>A specific apology for a real failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="124"/>
        <source>An apology, but it did not say for what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="125"/>
        <source>The company failed and no apology was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="127"/>
        <source>No apology was needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/roleplay/scorer.cpp" line="131"/>
        <source>Apologised for a position in a money dispute %n time(s): change the subject and come back to it instead.</source>
        <translation>
            <numerusform>Apologised for a position in a money dispute %n time: change the subject and come back to it instead.</numerusform>
            <numerusform>Apologised for a position in a money dispute %n times: change the subject and come back to it instead.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="137"/>
        <source>What they asked, answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="140"/>
        <source>Answered %1 of %2 replies to a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="142"/>
        <source>The customer asked nothing to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="147"/>
        <source>Response times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="148"/>
        <source>Prompt within %1 s, slow after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/scorer.cpp" line="153"/>
        <location filename="../core/roleplay/report.cpp" line="70"/>
        <location filename="../core/roleplay/report.cpp" line="152"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="17"/>
        <location filename="../core/roleplay/report.cpp" line="64"/>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="18"/>
        <source>Customer (trainer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="19"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="58"/>
        <source>Role-play report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="66"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="67"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="67"/>
        <source>Live, trainer as the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="67"/>
        <source>Simulated customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="68"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="68"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="68"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="69"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="72"/>
        <source>Not scored yet: the session is still going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="73"/>
        <location filename="../core/roleplay/report.cpp" line="153"/>
        <source>Score: %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="75"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="75"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="76"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="89"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="91"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="91"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="92"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="92"/>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="104"/>
        <source>Trainer&apos;s note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roleplay/report.cpp" line="146"/>
        <source>heat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalmaToneReason</name>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1284"/>
        <source>said of a thing: strong words for a failure, not a threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1287"/>
        <source>aimed at no one: not a threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1321"/>
        <source>said of oneself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1341"/>
        <source>a laugh beside a complaint: neither warmth nor irony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="142"/>
        <source>en</source>
        <extracomment>The code of the language these reasons are in (&quot;es&quot; in the Spanish translation): when it changes, the other reasons are read from the translation again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="62"/>
        <source>anger or frustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="63"/>
        <source>insult or profanity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="64"/>
        <source>threat to leave, complain or go public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="65"/>
        <source>demands urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="66"/>
        <source>repeated contact or being ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="67"/>
        <source>sarcasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="68"/>
        <source>politeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="69"/>
        <source>thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="70"/>
        <source>apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="71"/>
        <source>praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="74"/>
        <source>shouting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="75"/>
        <source>emphatic punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="76"/>
        <source>stretched word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="452"/>
        <source>disguised in leetspeak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="454"/>
        <source>masked with symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="456"/>
        <source>spelled out letter by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="568"/>
        <source>time spent waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="696"/>
        <source>%1 with %2: as much as it gets, not the opposite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="706"/>
        <source>negated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1018"/>
        <source>said of a thing: a verdict on it, not intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1021"/>
        <source>a curse on someone: anger at them, not intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1183"/>
        <source>named, but nobody is turning to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1228"/>
        <source>going public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1232"/>
        <source>named, but nothing is posted or told there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1261"/>
        <source>the failure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="615"/>
        <location filename="../core/tone/messagescan.cpp" line="739"/>
        <source>intensified by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="739"/>
        <source>softened by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="761"/>
        <source>before %1, weighs less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="764"/>
        <source>after %1, weighs more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="950"/>
        <source>praise used sarcastically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="976"/>
        <source>repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescore.cpp" line="74"/>
        <source>nothing in the message for it to mock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescore.cpp" line="129"/>
        <source>a word in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescore.cpp" line="129"/>
        <source>%1 words in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1367"/>
        <source>in scare quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="147"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="148"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="72"/>
        <source>dissatisfaction or a reported failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="73"/>
        <source>swearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="726"/>
        <source>something that should have happened did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="1013"/>
        <location filename="../core/tone/messagescan.cpp" line="1278"/>
        <source>aimed at the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescore.cpp" line="90"/>
        <source>as enthusiasm, not anger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescore.cpp" line="91"/>
        <source>undirected, counts as intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="812"/>
        <source>paid for, ordered or promised, and then not so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="796"/>
        <source>a negation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="449"/>
        <source>praise negated by its prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="851"/>
        <source>named with empathy: the reader&apos;s feeling, not the writer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tone/messagescan.cpp" line="618"/>
        <source>says how much of the praise after it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <location filename="../app/cli/explanation.cpp" line="100"/>
        <source>Heat %1/100 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="101"/>
        <source> (language: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="105"/>
        <source>No words or signals of anger or friendliness found: a neutral message (heat %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="107"/>
        <source>What drove the score (points of heat):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="110"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="111"/>
        <source>where a message starts, before its words and signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="119"/>
        <source>Dimensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="67"/>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="67"/>
        <source>tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="68"/>
        <source>heated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="68"/>
        <source>hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="69"/>
        <source>anger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="69"/>
        <source>insult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="70"/>
        <source>threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="70"/>
        <source>urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="71"/>
        <source>repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="71"/>
        <source>sarcasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="72"/>
        <source>politeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="72"/>
        <source>gratitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="73"/>
        <source>apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="73"/>
        <source>praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="74"/>
        <source>dissatisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="74"/>
        <source>profanity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="75"/>
        <source>shouting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="75"/>
        <source>punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/explanation.cpp" line="76"/>
        <source>elongation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleplayView</name>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="27"/>
        <source>Live: a trainer plays the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="27"/>
        <source>Simulated customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="49"/>
        <source>answered in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="63"/>
        <source>Trainer&apos;s note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="77"/>
        <source>Score: %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="79"/>
        <source>heat %1 → %2, peak %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="86"/>
        <source>What each reply did is shown under it in the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="93"/>
        <source>How you are scored (out of 100):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="93"/>
        <source>Heat at the end against the start (25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="93"/>
        <source>Peak heat (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="94"/>
        <source>Escalating phrases: none is best (20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="94"/>
        <source>Apologies that fit: for real failures, not for a position in a money dispute (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="95"/>
        <source>What they asked, answered (15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="95"/>
        <source>Response times (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="95"/>
        <source>Outcome: resolved is best (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="116"/>
        <source>%1 · starting heat %2 · %3 minutes, %4 replies at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/roleplayview.cpp" line="106"/>
        <source>%1 minutes, %2 replies at most</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToneFormat</name>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="9"/>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="10"/>
        <source>Tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="11"/>
        <source>Heated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="12"/>
        <source>Hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="20"/>
        <source>Anger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="21"/>
        <source>Insult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="22"/>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="23"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="24"/>
        <source>Repeated contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="25"/>
        <source>Sarcasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="26"/>
        <source>Politeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="27"/>
        <source>Thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="28"/>
        <source>Apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="29"/>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="32"/>
        <source>Shouting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="33"/>
        <source>Punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="34"/>
        <source>Stretched word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="41"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="41"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="47"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="49"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="53"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="51"/>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="128"/>
        <source>Calm</source>
        <comment>reply strategy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="130"/>
        <source>Apologetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="132"/>
        <source>Topic shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="139"/>
        <source>Ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="141"/>
        <source>Review before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="143"/>
        <source>Rewrite before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="78"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="80"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="82"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="84"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="86"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="30"/>
        <source>Dissatisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="31"/>
        <source>Swearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="60"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="62"/>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="64"/>
        <source>Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="66"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="68"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="70"/>
        <source>Card ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="72"/>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="74"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="76"/>
        <source>Case or ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="93"/>
        <source>shop and delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="94"/>
        <source>airline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="95"/>
        <source>hotel and travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="96"/>
        <source>insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="97"/>
        <source>phone and internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="98"/>
        <source>banking and cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="99"/>
        <source>energy and water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="100"/>
        <source>subscription or membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="101"/>
        <source>software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="102"/>
        <source>food delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="111"/>
        <source>a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="112"/>
        <source>a replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="113"/>
        <source>a fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="114"/>
        <source>to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="115"/>
        <source>an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="116"/>
        <source>the decision reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="117"/>
        <source>access back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="118"/>
        <source>compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/toneformat.cpp" line="119"/>
        <source>a manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::AssistantPanel</name>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="24"/>
        <location filename="../app/gui/assistantpanel.cpp" line="27"/>
        <source>Customer&apos;s heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="37"/>
        <location filename="../app/gui/assistantpanel.cpp" line="41"/>
        <source>What they are asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="45"/>
        <source>Suggested replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="63"/>
        <source>Select a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="108"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="108"/>
        <source> (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/assistantpanel.cpp" line="110"/>
        <source>%n insult(s): noise, not something to answer</source>
        <translation>
            <numerusform>%n insult: noise, not something to answer</numerusform>
            <numerusform>%n insults: noise, not something to answer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="112"/>
        <source>No explicit question: acknowledge and say what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="138"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="130"/>
        <source>Use this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="132"/>
        <source>Use suggestion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="129"/>
        <source>Suggested reply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="94"/>
        <source>Business: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="97"/>
        <source>Asks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="97"/>
        <source>Wants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="98"/>
        <source>Wants %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="100"/>
        <source> (by: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="104"/>
        <source>May take it further: %1 (their right: acknowledge it calmly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="106"/>
        <source>Rhetorical: %1 (not a question to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/assistantpanel.cpp" line="28"/>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::DraftEditor</name>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="59"/>
        <location filename="../app/gui/drafteditor.cpp" line="66"/>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="60"/>
        <source>Write your reply, or pick a suggestion. Phrases that escalate are underlined: hover them for a softer way to say it, right-click to apply one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="65"/>
        <source>Heat of your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="70"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="175"/>
        <source>Replace with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="193"/>
        <source>Instead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="222"/>
        <source>Send this reply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="223"/>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The first one to get angry loses. Send it anyway?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="213"/>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="213"/>
        <source>The reply was not saved and is still here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="72"/>
        <source>Send the reply (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="226"/>
        <source>&amp;Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/drafteditor.cpp" line="227"/>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::FeedbackButton</name>
    <message>
        <location filename="../app/gui/feedbackbutton.cpp" line="39"/>
        <source>This score is &amp;wrong…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackbutton.cpp" line="40"/>
        <source>Tell Calma how this score is off: your feedback helps tune the lexicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackbutton.cpp" line="41"/>
        <source>Too &amp;high…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackbutton.cpp" line="42"/>
        <source>Too &amp;low…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackbutton.cpp" line="43"/>
        <source>The wrong &amp;kind…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::FeedbackDialog</name>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="38"/>
        <source>This score is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="41"/>
        <source>Calma&apos;s score: %1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="44"/>
        <source>Mainly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="56"/>
        <source>What is wrong with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="60"/>
        <source>Too &amp;high: the customer is calmer than that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="61"/>
        <source>Too &amp;low: the customer is more upset than that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="62"/>
        <source>The &amp;wrong kind: e.g. it says anger, but the customer is sad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="77"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="83"/>
        <source>For example: she is disappointed, not angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="86"/>
        <source>It should be at l&amp;evel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="88"/>
        <source>What &amp;kind is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="90"/>
        <source>&amp;Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="101"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="102"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="138"/>
        <source>Thanks — feedback saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="172"/>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="207"/>
        <source>Not saved: there is no database (see the status bar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="212"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/feedbackdialog.cpp" line="238"/>
        <source>The feedback was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::HeatChart</name>
    <message>
        <location filename="../app/gui/heatchart.cpp" line="64"/>
        <location filename="../app/gui/heatchart.cpp" line="265"/>
        <source>Heat across the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/heatchart.cpp" line="259"/>
        <source>Heat of each customer message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/heatchart.cpp" line="218"/>
        <source>Message %1 · heat %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/heatchart.cpp" line="221"/>
        <source>%1 · heat %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::HeatMeter</name>
    <message>
        <location filename="../app/gui/heatmeter.cpp" line="107"/>
        <source>No heat to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/heatmeter.cpp" line="114"/>
        <source>%1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/heatmeter.cpp" line="114"/>
        <source>%1: %2/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/heatmeter.cpp" line="124"/>
        <source>%1, heat %2 out of 100 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/heatmeter.cpp" line="125"/>
        <source>%1, heat %2 out of 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::ImportDialog</name>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="33"/>
        <source>Ticket or conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="35"/>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="37"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="39"/>
        <source>Message text (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="41"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="43"/>
        <source>Customer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="45"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="47"/>
        <source>From customer or agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="49"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="51"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="75"/>
        <location filename="../app/gui/importdialog.cpp" line="168"/>
        <source>Import conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="79"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="83"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="118"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="119"/>
        <source>Choose a CSV, JSON or JSON Lines export of your help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="122"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="124"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="130"/>
        <source>Columns found in the file (check them before importing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="169"/>
        <source>Help-desk exports (*.csv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="197"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="204"/>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="206"/>
        <source>%n row(s). Choose the column that holds the message text.</source>
        <translation>
            <numerusform>%n row. Choose the column that holds the message text.</numerusform>
            <numerusform>%n rows. Choose the column that holds the message text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="208"/>
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n row ready to import.</numerusform>
            <numerusform>%n rows ready to import.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="247"/>
        <source>Scoring and importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="255"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="277"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="284"/>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="286"/>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="287"/>
        <source>Imported %1 messages in %2 new conversations; %3 were already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="80"/>
        <source>Type or paste the path of an export, or choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="81"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="90"/>
        <source>Decide from the file (ISO 8601 is always read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="91"/>
        <source>Day first (31/01/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="92"/>
        <source>Month first (01/31/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="93"/>
        <source>Seconds since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="94"/>
        <source>Milliseconds since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="95"/>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="97"/>
        <source>&amp;Skip rows with errors and list them (otherwise one bad row stops the import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="105"/>
        <source>Rows left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="182"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="292"/>
        <source>%n internal note(s) left out: they are not part of the conversation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="294"/>
        <source>%n row(s) with errors left out, listed below.</source>
        <translation>
            <numerusform>%n row with errors left out, listed below.</numerusform>
            <numerusform>%n rows with errors left out, listed below.</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/inboxmodel.cpp" line="234"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="251"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="253"/>
        <location filename="../app/gui/inboxmodel.cpp" line="257"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="276"/>
        <source>Heat %1/100: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="278"/>
        <source>Heat %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="287"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="288"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="289"/>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="290"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="291"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="292"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="293"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="263"/>
        <source>Answered: the customer is not waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="265"/>
        <source>Nobody is answering this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/inboxmodel.cpp" line="265"/>
        <source>%1 is answering this customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::MailErrorText</name>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="10"/>
        <source>Cannot reach the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="12"/>
        <source>The secure connection (TLS) with the mail server failed: its certificate is not trusted, or it does not offer TLS. A team server with its own certificate needs it named in Settings, Mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="15"/>
        <source>The mail server refused the user or the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="17"/>
        <source>That mailbox does not exist on the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="19"/>
        <source>The mail server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="21"/>
        <source>The mail server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="23"/>
        <source>The mail server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="25"/>
        <source>The database could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="29"/>
        <source>The mail settings are not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="34"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mailerrortext.cpp" line="41"/>
        <source>%1 Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="275"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="287"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="295"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="299"/>
        <source>&amp;About Calma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="300"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="364"/>
        <source>About Calma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="365"/>
        <source>&lt;h3&gt;Calma %1&lt;/h3&gt;&lt;p&gt;A de-escalation coach for customer-support teams: it shows how heated a message is and why, so that the first one to get angry is never you.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="88"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="256"/>
        <source>No database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="46"/>
        <source>Calma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="50"/>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="53"/>
        <location filename="../app/gui/mainwindow.cpp" line="55"/>
        <location filename="../app/gui/mainwindow.cpp" line="235"/>
        <location filename="../app/gui/mainwindow.cpp" line="237"/>
        <source>Support agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="276"/>
        <source>&amp;Import conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="283"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="178"/>
        <location filename="../app/gui/mainwindow.cpp" line="183"/>
        <location filename="../app/gui/mainwindow.cpp" line="319"/>
        <source>Export conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="179"/>
        <source>CSV, one row per message (*.csv);;JSON, one object per conversation (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="184"/>
        <source>Replace personal data (e-mail addresses, phone numbers, card numbers, IBANs and names) in the export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="191"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="191"/>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="279"/>
        <source>&amp;Export conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="62"/>
        <source>%n team scenario problem(s); those scenarios are left out. First: %1</source>
        <translation>
            <numerusform>%n team scenario problem; those scenarios are left out. First: %1</numerusform>
            <numerusform>%n team scenario problems; those scenarios are left out. First: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="71"/>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="72"/>
        <location filename="../app/gui/mainwindow.cpp" line="293"/>
        <source>Trainer&apos;s &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="161"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="289"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="290"/>
        <source>&amp;Practice with a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="291"/>
        <source>Play the customer &amp;live (trainer)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="51"/>
        <source>T&amp;one check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="73"/>
        <source>Trai&amp;ning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="261"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="262"/>
        <location filename="../app/gui/mainwindow.cpp" line="270"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="268"/>
        <source>%1 of %n conversation(s)</source>
        <translation>
            <numerusform>%1 of %n conversation</numerusform>
            <numerusform>%1 of %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="296"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="307"/>
        <source>Search the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="308"/>
        <source>Previous conversation in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="309"/>
        <source>Next conversation in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="310"/>
        <source>Put suggested reply 1 in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="311"/>
        <source>Put suggested reply 2 in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="312"/>
        <source>Put suggested reply 3 in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="313"/>
        <source>Send the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="315"/>
        <source>Next or previous field (also out of the inbox and the draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="316"/>
        <source>Move in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="317"/>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="317"/>
        <source>The button, tab or menu with that letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="318"/>
        <source>Import conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="320"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="321"/>
        <source>Refresh the trainer&apos;s dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="322"/>
        <source>This list of keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="323"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="335"/>
        <location filename="../app/gui/mainwindow.cpp" line="340"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="339"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="339"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="314"/>
        <location filename="../app/gui/mainwindow.cpp" line="316"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="112"/>
        <source>Live updates are off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="214"/>
        <source>The mail password could not be read from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="231"/>
        <source>The mail password could not be kept in the system keychain (%1); Calma uses it until it closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::ProgressChart</name>
    <message>
        <location filename="../app/gui/progresschart.cpp" line="61"/>
        <location filename="../app/gui/progresschart.cpp" line="126"/>
        <location filename="../app/gui/progresschart.cpp" line="301"/>
        <source>No scored sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/progresschart.cpp" line="75"/>
        <location filename="../app/gui/progresschart.cpp" line="299"/>
        <source>Scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/progresschart.cpp" line="140"/>
        <source>Scores of %n session(s), oldest first: %1</source>
        <translation>
            <numerusform>Scores of %n session, oldest first: %1</numerusform>
            <numerusform>Scores of %n sessions, oldest first: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/progresschart.cpp" line="265"/>
        <source>%1
%2 · score %3 / 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="39"/>
        <source>One file per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="48"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="53"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="59"/>
        <source>Calma&apos;s own SQLite file, or postgresql://user@host:port/db for a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="62"/>
        <location filename="../app/gui/settingsdialog.cpp" line="66"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="84"/>
        <source>Your &amp;name (signs your replies):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="85"/>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="86"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="87"/>
        <source>Waiting shows &amp;amber after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="88"/>
        <source>Waiting shows &amp;red after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="92"/>
        <source>Team &amp;phrase lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="101"/>
        <source>The language, the database and the team files take effect the next time Calma starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="94"/>
        <source>Team role-play &amp;scenario folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="70"/>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="90"/>
        <source>Imported times without a &amp;zone are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="76"/>
        <source>Desktop notifications for hostile messages and waits past red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="91"/>
        <source>Team le&amp;xicons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="93"/>
        <source>Team r&amp;eply parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="104"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="105"/>
        <source>&amp;Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="121"/>
        <source>imaps://mail.example.com:993/INBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="122"/>
        <source>smtps://mail.example.com:465, or smtp://…:587 with STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="123"/>
        <source>The SMTP server needs a l&amp;ogin (the same user and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="126"/>
        <source>soporte@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="127"/>
        <source>Support &lt;soporte@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="129"/>
        <source>Kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="129"/>
        <source>Stored in the system keychain; type to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="131"/>
        <source>Only for a team server with its own certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="132"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="140"/>
        <source>&amp;IMAP server (incoming):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="141"/>
        <source>&amp;SMTP server (outgoing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="143"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="144"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="145"/>
        <source>Team &amp;address (replies go from it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="146"/>
        <source>Team server&apos;s &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="178"/>
        <source>Give the IMAP or the SMTP server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="183"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="195"/>
        <source>%1: working (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="196"/>
        <source>%1: not working: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="200"/>
        <source>IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="202"/>
        <source>SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="201"/>
        <source>signed in to %1 as %2; mailbox %3 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="203"/>
        <source>it takes mail from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="203"/>
        <source>it takes mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::ToneCheckWidget</name>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="96"/>
        <source>Paste or type a customer message. Calma scores how heated it is and highlights the words and signals that drove the score; hover a highlight to see why it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="97"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="102"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="103"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="104"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="107"/>
        <source>For example: «Es la tercera vez que llamo y nadie me da una solución»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="108"/>
        <source>Message to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="109"/>
        <location filename="../app/gui/tonecheckwidget.cpp" line="110"/>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="111"/>
        <source>What drove the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="112"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="112"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="112"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="112"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="141"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tonecheckwidget.cpp" line="142"/>
        <source>where a message starts, before its words and signals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::TrainerDashboard</name>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="240"/>
        <source>the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="478"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="479"/>
        <source>Read the trainees and their sessions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="480"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="481"/>
        <source>Dashboard status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="483"/>
        <source>Export the report as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="484"/>
        <source>Save the selected session&apos;s report as a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="486"/>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="487"/>
        <source>Save the selected session&apos;s report as a PDF, ready to print or share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="488"/>
        <source>Export sessions as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="489"/>
        <source>Export the sessions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="491"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="498"/>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="492"/>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="493"/>
        <source>Clear the selection: the sessions table and the CSV export cover every trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="494"/>
        <source>Show every trainee&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="495"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="495"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="507"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="510"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="495"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="495"/>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="496"/>
        <source>Finished and scored sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="497"/>
        <source>Average score of the scored sessions, out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="499"/>
        <source>Select a trainee to see their progress, flagged phrases and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="500"/>
        <source>No trainees yet. Role-play sessions appear here once they are played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="502"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="503"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="505"/>
        <source>Most flagged phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="504"/>
        <source>Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="504"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="504"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="506"/>
        <source>The escalating phrases the trainee used most often, with how many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="508"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="508"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="980"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1029"/>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="508"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="508"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="508"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="508"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="509"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="509"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="511"/>
        <source>Select a session to see its report and transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="513"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="514"/>
        <source>Session report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="515"/>
        <source>Select a session to see its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="516"/>
        <source>Transcript and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="517"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="517"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="517"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="517"/>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="517"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="518"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="519"/>
        <source>Select a turn to write a note on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="521"/>
        <source>Note on the selected turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="522"/>
        <source>What went well, what to try instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="523"/>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="524"/>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="525"/>
        <source>Store the note with the turn (Ctrl+Return); it shows in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="578"/>
        <source>Save %1&apos;s sessions as a spreadsheet (CSV), one row per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="580"/>
        <source>Save every trainee&apos;s sessions as a spreadsheet (CSV), one row per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="623"/>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="628"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="827"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="882"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="898"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="633"/>
        <source>Could not read the trainees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="675"/>
        <source>Could not read the trainee&apos;s sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="716"/>
        <source>That session is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="717"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="723"/>
        <source>Could not read the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/trainerdashboard.cpp" line="774"/>
        <source>Average score %1 / 100 over %n scored session(s)</source>
        <translation>
            <numerusform>Average score %1 / 100 over %n scored session</numerusform>
            <numerusform>Average score %1 / 100 over %n scored sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="778"/>
        <source>No scored sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="804"/>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="809"/>
        <source>All trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="813"/>
        <source>No role-play sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/trainerdashboard.cpp" line="815"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/trainerdashboard.cpp" line="816"/>
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n trainee</numerusform>
            <numerusform>%n trainees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="817"/>
        <source>select a trainee to see their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="827"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="882"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="897"/>
        <source>Could not read this trainee&apos;s sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/trainerdashboard.cpp" line="835"/>
        <source>%n scored session(s)</source>
        <translation>
            <numerusform>%n scored session</numerusform>
            <numerusform>%n scored sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="840"/>
        <source>average %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="841"/>
        <source>best %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="842"/>
        <source>latest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/trainerdashboard.cpp" line="864"/>
        <source>%n not scored</source>
        <translation>
            <numerusform>%n not scored</numerusform>
            <numerusform>%n not scored</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="884"/>
        <source>Select a trainee to see their scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="896"/>
        <source>Select a trainee to see the phrases they are most often flagged for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="903"/>
        <source>No escalating phrases flagged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/trainerdashboard.cpp" line="916"/>
        <source>“%1”: %2, %n time(s)</source>
        <translation>
            <numerusform>“%1”: %2, %n time</numerusform>
            <numerusform>“%1”: %2, %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="941"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="941"/>
        <source>Simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="943"/>
        <source>A trainer played the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="944"/>
        <source>%1 played the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="945"/>
        <source>A simulated customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="946"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="946"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="951"/>
        <source>%1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="954"/>
        <source>Not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="980"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1029"/>
        <source>Customer (trainer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="980"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1029"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="990"/>
        <source>The customer&apos;s heat after this message: %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1020"/>
        <source>Select a turn to read it in full and write a note on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1040"/>
        <source>What it did:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1154"/>
        <source>Saving the note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1167"/>
        <source>Could not save the note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1169"/>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1188"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1200"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1278"/>
        <source>Select a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1212"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1274"/>
        <source>The sessions are still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1214"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1276"/>
        <source>There are no sessions to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1226"/>
        <source>all trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1231"/>
        <source>Calma sessions - %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1236"/>
        <source>Calma report - %1 - %2 - %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1250"/>
        <source>Export report as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1251"/>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1254"/>
        <source>Export report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1255"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1258"/>
        <source>Export sessions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1259"/>
        <source>CSV spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1280"/>
        <location filename="../app/gui/trainerdashboard.cpp" line="1292"/>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1284"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="1290"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="482"/>
        <source>Export report as HT&amp;ML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="485"/>
        <source>E&amp;xport report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="520"/>
        <source>Note on the selected t&amp;urn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerdashboard.cpp" line="859"/>
        <source>%1 since the first session of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::TrainerWindow</name>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="34"/>
        <source>Calma — play the customer (live role-play)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="49"/>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="56"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="58"/>
        <source>The trainee has the &amp;assistant and draft coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="60"/>
        <source>&amp;Start the live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="64"/>
        <source>&amp;Trainee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="65"/>
        <source>S&amp;cenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="67"/>
        <source>You play the customer; the trainee answers from Training → Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="95"/>
        <source>The conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="98"/>
        <source>Your message, as the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="99"/>
        <source>Write as the customer. Double-click a line on the right to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="100"/>
        <source>Send as the &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="115"/>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="116"/>
        <source>&amp;Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="117"/>
        <source>&amp;Escalated to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="118"/>
        <source>The customer &amp;leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="138"/>
        <source>Lines the scenario suggests for the customer&apos;s heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="142"/>
        <source>Lines the scenario suggests now: double-click one to use it, or write your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="169"/>
        <source>A live session needs the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="170"/>
        <source>There is no scenario “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="171"/>
        <source>Name the trainee first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="185"/>
        <source>Cannot start the live session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="194"/>
        <source>you are %1; %2 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="212"/>
        <source>A turn was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="237"/>
        <source>Cannot read the live session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="257"/>
        <source>Ending the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="274"/>
        <source>The score was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="274"/>
        <source>the database did not take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="288"/>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="292"/>
        <source>Session over: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="294"/>
        <source>Send the opening message when the trainee has joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="296"/>
        <source>Waiting for %1&apos;s reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="298"/>
        <source>%1 replied: your turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainerwindow.cpp" line="104"/>
        <source>Send as the customer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::TrainingPanel</name>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="55"/>
        <location filename="../app/gui/trainingpanel.cpp" line="262"/>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="56"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="59"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="61"/>
        <source>A &amp;simulated customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="64"/>
        <source>A trainer playing the customer &amp;live:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="68"/>
        <source>Live sessions waiting for a trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="69"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="73"/>
        <source>&amp;Assistant and draft coach on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="76"/>
        <source>Off: no suggestions and no underlined phrases, as when the trainer wants to see what the trainee does alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="81"/>
        <source>The same seed and the same replies replay the same customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="88"/>
        <source>S&amp;cenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="89"/>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="106"/>
        <source>Practice with an angry customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="115"/>
        <source>The scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="146"/>
        <source>The customer&apos;s heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="163"/>
        <source>The conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="165"/>
        <source>&amp;End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="171"/>
        <source>The same scenario and the same customer (seed): try other replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="197"/>
        <source>Your score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="224"/>
        <source>End the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="272"/>
        <source>%1 for %2 — %3, started %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="273"/>
        <source>A trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="278"/>
        <source>Cannot read the live sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="282"/>
        <source>(no live session is waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="299"/>
        <source>The trainer chose this scenario and whether the assistant is on (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="300"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="300"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="319"/>
        <source>There is no scenario “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="338"/>
        <source>This session will not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="340"/>
        <source>The database is not open yet: this session will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="355"/>
        <source>Cannot join the live session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="355"/>
        <source>it no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="360"/>
        <source>The live session uses scenario “%1”, which this Calma does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="410"/>
        <source>A turn was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="426"/>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="467"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="483"/>
        <source>%1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="518"/>
        <source>Cannot read the live session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="540"/>
        <source>In a live session the trainer ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="556"/>
        <source>The score was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="568"/>
        <source>Session over: %1, score %2/100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="82"/>
        <source>Start th&amp;e session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="87"/>
        <source>Trainee (&amp;your name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="105"/>
        <source>C&amp;ustomer&apos;s seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="167"/>
        <source>Ne&amp;w session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="169"/>
        <source>Practise this one a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="96"/>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="97"/>
        <source>Settings a trainee seldom needs, such as the customer&apos;s seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="134"/>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="134"/>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="159"/>
        <source>The scenario&apos;s brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="224"/>
        <source>End the session now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="226"/>
        <source>It will be scored as it stands; the customer&apos;s last message stays unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="227"/>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="229"/>
        <source>&amp;Keep practising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/trainingpanel.cpp" line="147"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::Workspace</name>
    <message>
        <location filename="../app/gui/workspace.cpp" line="55"/>
        <source>Search the messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="57"/>
        <source>Search the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="127"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1039"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1039"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="60"/>
        <source>Show by heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="61"/>
        <source>Any heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="62"/>
        <source>Tense and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="63"/>
        <source>Heated and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="64"/>
        <source>Hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="67"/>
        <source>Show by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="68"/>
        <source>Open and pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="69"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="70"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="72"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="73"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="77"/>
        <source>Show by waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="78"/>
        <source>Any wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="79"/>
        <source>Waiting 30 min or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="80"/>
        <source>Waiting 2 h or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="81"/>
        <source>Waiting 8 h or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/workspace.cpp" line="629"/>
        <source>That was %n hostile message(s) in a short time. A five-minute break helps you stay the calm one.</source>
        <translation>
            <numerusform>That was %n hostile message in a short time. A five-minute break helps you stay the calm one.</numerusform>
            <numerusform>That was %n hostile messages in a short time. A five-minute break helps you stay the calm one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="396"/>
        <source>So that no one else answers this customer at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="394"/>
        <location filename="../app/gui/workspace.cpp" line="487"/>
        <source>You are answering this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="488"/>
        <location filename="../app/gui/workspace.cpp" line="497"/>
        <location filename="../app/gui/workspace.cpp" line="1123"/>
        <source>%1 is answering this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="441"/>
        <location filename="../app/gui/workspace.cpp" line="489"/>
        <location filename="../app/gui/workspace.cpp" line="499"/>
        <location filename="../app/gui/workspace.cpp" line="510"/>
        <location filename="../app/gui/workspace.cpp" line="1125"/>
        <source>This conversation is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1035"/>
        <source>Score wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1072"/>
        <source>The reply was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="490"/>
        <source>The conversation was not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="84"/>
        <source>Order of the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="87"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="87"/>
        <source>Heat plus the wait: one point for every eight minutes the customer has waited, up to 75 (ten hours). A long wait weighs as much as a furious message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="89"/>
        <source>Longest waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="89"/>
        <source>The customer who has waited longest first; answered conversations last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="90"/>
        <source>Hottest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="90"/>
        <source>The most heated conversation first, whatever the wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="91"/>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="91"/>
        <source>The latest message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="101"/>
        <source>Re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="103"/>
        <source>Give the conversation back: anyone may take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="104"/>
        <source>Sol&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="106"/>
        <location filename="../app/gui/workspace.cpp" line="398"/>
        <source>Mark it solved and release it; it reopens if the customer writes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="107"/>
        <source>Reo&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="109"/>
        <source>Open it again: the customer is waiting for us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="124"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="142"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="205"/>
        <source>No conversation matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="206"/>
        <source>No conversation matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/workspace.cpp" line="392"/>
        <source>%1 is answering this customer. Their claim lapses after %n minute(s) without a reply from them.</source>
        <translation>
            <numerusform>%1 is answering this customer. Their claim lapses after %n minute without a reply from them.</numerusform>
            <numerusform>%1 is answering this customer. Their claim lapses after %n minutes without a reply from them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="395"/>
        <source>Reopen it first: it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="397"/>
        <source>%1 is answering this customer: they solve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="402"/>
        <source>%1 · No one is answering this customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="403"/>
        <source>%1 · You are answering this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="404"/>
        <source>%1 · %2 is answering this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="443"/>
        <source>The conversation&apos;s state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="495"/>
        <source>Released: anyone may take this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="497"/>
        <source>Nobody holds this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="500"/>
        <source>The conversation was not released: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="507"/>
        <source>Solved. It reopens if the customer writes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="508"/>
        <source>Reopened: the customer is waiting for us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="512"/>
        <source>The status was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="555"/>
        <source>Replace your draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="556"/>
        <source>Your draft has text you typed. Replace it with the suggested reply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="558"/>
        <source>&amp;Replace the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="559"/>
        <source>&amp;Keep my draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="646"/>
        <source>Reading the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1083"/>
        <source>Sent. The conversation is pending: the customer has your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="99"/>
        <source>Ta&amp;ke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="718"/>
        <source>Could not read the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/workspace.cpp" line="604"/>
        <source>%n hostile message(s)</source>
        <translation>
            <numerusform>%n hostile message</numerusform>
            <numerusform>%n hostile messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/workspace.cpp" line="606"/>
        <source>%n customer(s) waiting past red</source>
        <translation>
            <numerusform>%n customer waiting past red</numerusform>
            <numerusform>%n customers waiting past red</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="71"/>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="344"/>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="914"/>
        <location filename="../app/gui/workspace.cpp" line="916"/>
        <location filename="../app/gui/workspace.cpp" line="920"/>
        <source>The mail was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="918"/>
        <source>The reply&apos;s mail went to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="922"/>
        <source>The mail waits in the outbox for the team&apos;s sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="914"/>
        <source>it is no longer waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="956"/>
        <source>mail sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="959"/>
        <source>mail to %1 waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="965"/>
        <source>mail not sent (attempt %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="967"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1076"/>
        <source>Sent to %1 by mail. The conversation is pending: the customer has your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1081"/>
        <source>Your reply is saved; its mail waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1102"/>
        <source>the mail settings are wrong (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="870"/>
        <source>The outbox could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/workspace.cpp" line="872"/>
        <source>%n waiting reply(s) went out by mail.</source>
        <translation>
            <numerusform>%n waiting reply went out by mail.</numerusform>
            <numerusform>%n waiting replies went out by mail.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="790"/>
        <source>Mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="806"/>
        <source>Mail: synced by another process (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="811"/>
        <source>Mail: not synced at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/workspace.cpp" line="814"/>
        <source>Mail: %n new at %1</source>
        <translation>
            <numerusform>Mail: %n new at %1</numerusform>
            <numerusform>Mail: %n new at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/workspace.cpp" line="816"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/workspace.cpp" line="1078"/>
        <source>Your reply is saved, but its mail was not sent: %1 It stays in the outbox: Retry is beside the reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>Calma, a de-escalation coach for customer support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>User interface language: es or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Render the main window to a PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Start with this message in the tone check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="37"/>
        <source>A team lexicon file that extends the shipped one (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Calma cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>The lexicon has errors:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Database URL: a SQLite file or postgresql://user@host:port/db (default: Calma&apos;s own SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Start on this tab: inbox, tone, practice or dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="39"/>
        <source>Open the window at this size, e.g. 1080x640 (never below its minimum).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
