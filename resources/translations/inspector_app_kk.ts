<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Пайдаланушы қосу</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>for example ivanov</source>
        <translation>мысалы, ivanov</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Рөлі</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>May &amp;manage users of this computer</source>
        <translation>Осы компьютердің пайдаланушыларын &amp;басқара алады</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>R&amp;epeat the password</source>
        <translation>Құпиясөзді қа&amp;йталаңыз</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Қ&amp;осу</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Already open</source>
        <translation>Қазірдің өзінде ашық</translation>
    </message>
    <message>
        <source>The application is already open on this database in another window. Switch to that window (it is on the taskbar).</source>
        <translation>Бағдарлама осы дерекқормен басқа терезеде ашық тұр. Сол терезеге ауысыңыз (ол тапсырмалар тақтасында).</translation>
    </message>
</context>
<context>
    <name>AppealAccountabilityDialog</name>
    <message>
        <source>Extension authorised by</source>
        <translation>Ұзартуға рұқсат берген</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылды</translation>
    </message>
    <message>
        <source>Applicant told late</source>
        <translation>Өтініш берушіге кеш хабарланды</translation>
    </message>
    <message>
        <source>Forwarded late</source>
        <translation>Кеш жіберілді</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Registered late</source>
        <translation>Кеш тіркелді</translation>
    </message>
    <message>
        <source>Longest delay, working days</source>
        <translation>Ең ұзақ кешігу, жұмыс күні</translation>
    </message>
    <message>
        <source>Decided within the deadline</source>
        <translation>Мерзімінде қаралды</translation>
    </message>
    <message>
        <source>Decided late</source>
        <translation>Мерзімі бұзылып қаралды</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Ұзартылды</translation>
    </message>
    <message>
        <source>Extensions entered late</source>
        <translation>Ұзартулар кеш енгізілді</translation>
    </message>
    <message>
        <source>Told late</source>
        <translation>Кеш хабарланды</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Жолданым</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Who, when, why</source>
        <translation>Кім, қашан, неге</translation>
    </message>
    <message>
        <source>Appeals: accountability by inspector</source>
        <translation>Жолданымдар: инспекторлар бойынша есептілік</translation>
    </message>
    <message>
        <source>Every appeal is counted, cancelled and late ones too. A decision counts as within the deadline only when the extension was decided before the deadline.</source>
        <translation>Әр жолданым есептелген, күші жойылғандары мен мерзімі өткендері де. Ұзарту мерзім өткенге дейін шешілген жағдайда ғана шешім мерзімінде қабылданған болып саналады.</translation>
    </message>
    <message>
        <source>Appeals by inspector</source>
        <translation>Инспекторлар бойынша жолданымдар</translation>
    </message>
    <message>
        <source>Extensions, late steps and cancellations</source>
        <translation>Ұзартулар, кешіктірілген қадамдар және күшін жою</translation>
    </message>
    <message>
        <source>Choose an inspector to read the details.</source>
        <translation>Толығырақ көру үшін инспекторды таңдаңыз.</translation>
    </message>
    <message>
        <source>Extensions, late steps and cancellations of %1</source>
        <translation>Ұзартулар, кешіктірілген қадамдар және күшін жою: %1</translation>
    </message>
</context>
<context>
    <name>AppealRegisterDialog</name>
    <message>
        <source>Register an appeal</source>
        <translation>Жолданымды тіркеу</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Түскен күні</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>Беру &amp;тәсілі</translation>
    </message>
    <message>
        <source>How the appeal came</source>
        <translation>Жолданым қалай түсті</translation>
    </message>
    <message>
        <source>&amp;Applicant</source>
        <translation>&amp;Өтініш беруші</translation>
    </message>
    <message>
        <source>Find the applicant among the people</source>
        <translation>Өтініш берушіні тұрғындар арасынан табу</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Тегі, аты немесе ЖСН</translation>
    </message>
    <message>
        <source>&amp;Not this person</source>
        <translation>&amp;Басқа адам</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;name</source>
        <translation>Өтініш берушінің &amp;аты-жөні</translation>
    </message>
    <message>
        <source>Applicant&apos;s name, when not among the people</source>
        <translation>Өтініш берушінің аты-жөні, егер ол тұрғындар арасында болмаса</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Қысқаша &amp;мазмұны</translation>
    </message>
    <message>
        <source>What the appeal is about</source>
        <translation>Жолданым не туралы</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>Kind of appeal</source>
        <translation>Жолданым түрі</translation>
    </message>
    <message>
        <source>A&amp;nonymous: registered, not refused</source>
        <translation>А&amp;нонимді: тіркеледі, қабылданбай қалмайды</translation>
    </message>
    <message>
        <source>C&amp;ollective: signed by several people</source>
        <translation>&amp;Ұжымдық: бірнеше адам қол қойған</translation>
    </message>
    <message>
        <source>About &amp;officer</source>
        <translation>&amp;Қызметкерге</translation>
    </message>
    <message>
        <source>The police officer a complaint is about</source>
        <translation>Шағым берілген полиция қызметкері</translation>
    </message>
    <message>
        <source>&amp;Letters in</source>
        <translation>&amp;Хаттар тілі</translation>
    </message>
    <message>
        <source>The language of the letters to the applicant</source>
        <translation>Өтініш берушіге хаттардың тілі</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>not a complaint about an officer</source>
        <translation>қызметкерге шағым емес</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <source>the state language</source>
        <translation>мемлекеттік тіл</translation>
    </message>
    <message>
        <source>Find the applicant among the people, or type their name.</source>
        <translation>Өтініш берушіні тұрғындар арасынан табыңыз немесе аты-жөнін жазыңыз.</translation>
    </message>
    <message>
        <source>Say what the appeal is about.</source>
        <translation>Жолданымның не туралы екенін жазыңыз.</translation>
    </message>
</context>
<context>
    <name>AppealStepDialog</name>
    <message>
        <source>Appeal</source>
        <translation>Жолданым</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Мәтін</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>&amp;Authorised by</source>
        <translation>&amp;Рұқсат берген</translation>
    </message>
    <message>
        <source>Who authorised the extension</source>
        <translation>Ұзартуға кім рұқсат берді</translation>
    </message>
    <message>
        <source>Name, position</source>
        <translation>Аты-жөні, лауазымы</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Шешім &amp;күні</translation>
    </message>
    <message>
        <source>The day the head decided</source>
        <translation>Бастық шешім қабылдаған күн</translation>
    </message>
    <message>
        <source>Reason for the &amp;delay</source>
        <translation>Кешігу &amp;себебі</translation>
    </message>
    <message>
        <source>Why the step is late</source>
        <translation>Қадам неге кешіктірілді</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Мерзімді ұзарту</translation>
    </message>
    <message>
        <source>The applicant told of the extension</source>
        <translation>Өтініш берушіге ұзарту туралы хабарланды</translation>
    </message>
    <message>
        <source>Forward to the competent body</source>
        <translation>Уәкілетті органға жолдау</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Шешімді жазу</translation>
    </message>
    <message>
        <source>Cancel a mistaken entry</source>
        <translation>Қате жазбаның күшін жою</translation>
    </message>
    <message>
        <source>Appeal %1 from %2, received %3. Deadline %4: %5.</source>
        <translation>%1 жолданым, беруші: %2, түскен күні %3. Мерзімі %4: %5.</translation>
    </message>
    <message>
        <source>New &amp;deadline</source>
        <translation>Жаңа &amp;мерзім</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <source>Why the deadline is extended</source>
        <translation>Мерзім неге ұзартылады</translation>
    </message>
    <message>
        <source>&amp;Told on</source>
        <translation>&amp;Хабарланған күні</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Неге</translation>
    </message>
    <message>
        <source>&amp;Forwarded on</source>
        <translation>&amp;Жолданған күні</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>&amp;Қайда</translation>
    </message>
    <message>
        <source>The body the appeal is forwarded to</source>
        <translation>Жолданым жолданған орган</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Шешім күні</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Шешім</translation>
    </message>
    <message>
        <source>The decision taken</source>
        <translation>Қабылданған шешім</translation>
    </message>
    <message>
        <source>Why the entry is cancelled</source>
        <translation>Жазбаның күші неге жойылады</translation>
    </message>
    <message>
        <source>Only the head or a deputy extends, before the deadline has passed: the law lets the deadline be extended to %1 at the latest. Tell the applicant about the extension.</source>
        <translation>Мерзімді тек бастық немесе орынбасары және тек мерзім өткенге дейін ұзартады: заң мерзімді ең кеші %1 дейін ұзартуға мүмкіндік береді. Өтініш берушіге ұзарту туралы хабарлаңыз.</translation>
    </message>
    <message>
        <source>Only the head or a deputy extends, before the deadline has passed. The law sets no latest date for an extension here.</source>
        <translation>Мерзімді тек бастық немесе орынбасары және тек мерзім өткенге дейін ұзартады. Заң мұнда ұзартудың соңғы күнін белгілемейді.</translation>
    </message>
    <message>
        <source>The law asks the applicant to be told by %1.</source>
        <translation>Заң бойынша өтініш берушіге ең кеші %1 хабарлау керек.</translation>
    </message>
    <message>
        <source>The law asks an appeal to be forwarded by %1.</source>
        <translation>Заң бойынша жолданымды ең кеші %1 жіберу керек.</translation>
    </message>
    <message>
        <source>A cancelled appeal stays in the register with its number and the reason.</source>
        <translation>Күші жойылған жолданым журналда өз нөмірімен және себебімен қалады.</translation>
    </message>
    <message>
        <source>Cancel the &amp;entry</source>
        <translation>Жазбаның күшін &amp;жою</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>The new deadline has passed already: give a day still to come.</source>
        <translation>Жаңа мерзім өтіп кетті: әлі келмеген күнді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Say why the entry is cancelled.</source>
        <translation>Жазбаның күші неге жойылатынын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The law&apos;s limit was %1: say why it is late.</source>
        <translation>Заң бойынша мерзім — %1: кешігу себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Ұзарту</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Жолдау</translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one, %1.</source>
        <translation>Жаңа мерзім қазіргі мерзімнен (%1) кейін болуы керек.</translation>
    </message>
    <message>
        <source>Refused: the law allows an extension to %1 at the latest (%2 days from receipt).</source>
        <translation>Болмайды: заң ең кешінде %1 дейін ұзартуға рұқсат етеді (түскен күннен бастап %2 күн).</translation>
    </message>
    <message>
        <source>The deadline %1 had passed by then: the law allows no extension after it.</source>
        <translation>Бұл күнге қарай %1 мерзімі өтіп кеткен: заң одан кейін ұзартуға жол бермейді.</translation>
    </message>
    <message>
        <source>Name the head or deputy who decided, and the position: “Name, position”.</source>
        <translation>Шешім қабылдаған бастықты немесе орынбасарды және лауазымын көрсетіңіз: «Аты-жөні, лауазымы».</translation>
    </message>
    <message>
        <source>Say why the deadline is extended.</source>
        <translation>Мерзімнің неге ұзартылатынын жазыңыз.</translation>
    </message>
    <message>
        <source>Name the body the appeal goes to.</source>
        <translation>Жолданым жолданатын органды көрсетіңіз.</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>Шешімді жазыңыз.</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <source>All appeals</source>
        <translation>Барлық жолданымдар</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткендер</translation>
    </message>
    <message>
        <source>Decided or forwarded</source>
        <translation>Қаралғандар немесе жолданғандар</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Taken into work</source>
        <translation>Жұмысқа алынды</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Мерзімі ұзартылды</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Уәкілетті органға жолданды</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Қаралды</translation>
    </message>
    <message>
        <source>Applicant told</source>
        <translation>Өтініш берушіге хабарланды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылды</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Түзетілді</translation>
    </message>
    <message>
        <source>registered late (%1 working days)</source>
        <translation>кеш тіркелді (жұмыс күні: %1)</translation>
    </message>
    <message>
        <source>extension entered late</source>
        <translation>ұзарту кеш енгізілді</translation>
    </message>
    <message>
        <source>applicant told late</source>
        <translation>өтініш берушіге кеш хабарланды</translation>
    </message>
    <message>
        <source>forwarded late</source>
        <translation>кеш жіберілді</translation>
    </message>
    <message>
        <source>decided after the deadline</source>
        <translation>мерзімнен кейін қаралды</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Беру тәсілі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Қалған уақыт</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Жаңа мерзім</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Жолданымдар</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>Which appeals to show</source>
        <translation>Қандай жолданымдарды көрсету</translation>
    </message>
    <message>
        <source>&amp;New appeal…</source>
        <translation>&amp;Жаңа жолданым…</translation>
    </message>
    <message>
        <source>Register an appeal (Ctrl+N)</source>
        <translation>Жолданымды тіркеу (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>&amp;Ұзарту…</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>Жо&amp;лдау…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Шешім…</translation>
    </message>
    <message>
        <source>&amp;Take into work</source>
        <translation>&amp;Жұмысқа алу</translation>
    </message>
    <message>
        <source>&amp;Told…</source>
        <translation>&amp;Хабарланды…</translation>
    </message>
    <message>
        <source>The day the applicant was told of the extension</source>
        <translation>Өтініш берушіге ұзарту туралы хабарланған күн</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>Күшін &amp;жою…</translation>
    </message>
    <message>
        <source>Cancel a mistaken entry, with the reason</source>
        <translation>Қате жазбаның күшін себебін көрсетіп жою</translation>
    </message>
    <message>
        <source>&amp;Accountability…</source>
        <translation>&amp;Есептілік…</translation>
    </message>
    <message>
        <source>Appeals by inspector: delays, extensions, late steps</source>
        <translation>Инспекторлар бойынша жолданымдар: кешігулер, ұзартулар, кешіктірілген қадамдар</translation>
    </message>
    <message>
        <source>History of the appeal</source>
        <translation>Жолданым тарихы</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарихы</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ұзарту</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Рұқсат берген</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Кешіктірілді</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Қайда жолданды</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Appeals: more than %1</source>
        <translation>Жолданымдар: %1-ден астам</translation>
    </message>
    <message numerus="yes">
        <source>Appeals: %n</source>
        <translation>
            <numerusform>Жолданымдар: %n</numerusform>
            <numerusform>Жолданымдар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No appeals yet: press Ctrl+N to register one.</source>
        <translation>Әзірге жолданымдар жоқ: жолданымды тіркеу үшін Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <source>No appeals in this list. Choose “All appeals” to see every one.</source>
        <translation>Бұл тізімде жолданымдар жоқ. Бәрін көру үшін «Барлық жолданымдар» тармағын таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose an appeal to see its history.</source>
        <translation>Тарихын көру үшін жолданымды таңдаңыз.</translation>
    </message>
    <message>
        <source>the extension does not count: decided after the deadline</source>
        <translation>ұзарту есепке алынбайды: мерзім өткеннен кейін шешілген</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Күші жойылды: %1</translation>
    </message>
    <message>
        <source>%1, %2 working day(s) after receipt</source>
        <translation>%1, түскеннен кейінгі жұмыс күні: %2</translation>
    </message>
    <message>
        <source>to %1, decided %2</source>
        <translation>%1 дейін, шешім %2</translation>
    </message>
    <message>
        <source>Appeal %1 is registered; it must be decided by %2.</source>
        <translation>%1 жолданымы тіркелді; оны %2 дейін қарау керек.</translation>
    </message>
</context>
<context>
    <name>ApplicantLetters</name>
    <message>
        <source>&amp;Receipt (талон-уведомление)…</source>
        <translation>&amp;Талон-хабарлама…</translation>
    </message>
    <message>
        <source>Letter on the &amp;extension…</source>
        <translation>Мерзімді &amp;ұзарту туралы хат…</translation>
    </message>
    <message>
        <source>Letter on &amp;forwarding…</source>
        <translation>Басқа органға &amp;жолдау туралы хат…</translation>
    </message>
    <message>
        <source>Letter with the &amp;decision…</source>
        <translation>&amp;Шешім туралы хат…</translation>
    </message>
    <message>
        <source>Save the applicant&apos;s receipt</source>
        <translation>Өтініш берушіге талон-хабарламаны сақтау</translation>
    </message>
    <message>
        <source>Save the letter on the extension</source>
        <translation>Мерзімді ұзарту туралы хатты сақтау</translation>
    </message>
    <message>
        <source>Save the letter on forwarding</source>
        <translation>Басқа органға жолдау туралы хатты сақтау</translation>
    </message>
    <message>
        <source>Save the letter with the decision</source>
        <translation>Шешім туралы хатты сақтау</translation>
    </message>
    <message>
        <source>&amp;Papers for the applicant</source>
        <translation>&amp;Өтініш берушіге құжаттар</translation>
    </message>
    <message>
        <source>The receipt and the letters on the extension, forwarding and decision, as PDF</source>
        <translation>Талон-хабарлама және мерзімді ұзарту, жолдау және шешім туралы хаттар, PDF түрінде</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 ішіне сақталды</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Қазір көшірме жасау</translation>
    </message>
    <message>
        <source>Back up to a drive or folder…</source>
        <translation>Флешкаға немесе қалтаға көшірме…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Сақтық көшірме әлі жасалмаған.</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup was made %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>Соңғы көшірме %1 жасалған (%n күн бұрын).</numerusform>
            <numerusform>Соңғы көшірме %1 жасалған (%n күн бұрын).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups are made every day into %1; the last 7 days, 4 weeks and 12 months are kept.</source>
        <translation>Көшірмелер күн сайын %1 қалтасына жасалады; соңғы 7 күннің, 4 аптаның және 12 айдың көшірмелері сақталады.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Сақтық көшірме жазылуда…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Сақтық көшірмені қайда жазу керек</translation>
    </message>
    <message>
        <source>Write the backup onto a removable drive, or choose a folder.</source>
        <translation>Көшірмені флешкаға жазыңыз немесе қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Сақтық көшірмеге арналған қалтаны таңдаңыз</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Ағымдағы құпиясөз</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Ағымдағы құпиясөз</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>Жаңа құпиясөзді &amp;қайталаңыз</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Жаңа құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Өзгерту</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Ағымдағы құпиясөзді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Record a check</source>
        <translation>Тексеруді жазу</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>Date of the check</source>
        <translation>Тексеру күні</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Тәсілі</translation>
    </message>
    <message>
        <source>How the check was made</source>
        <translation>Тексеру қалай жүргізілді</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>үйге бару</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>телефон арқылы</translation>
    </message>
    <message>
        <source>summoned to the post</source>
        <translation>учаскелік пунктке шақыру</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Нәтижесі</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Тексеру нәтижесі</translation>
    </message>
    <message>
        <source>at home, no violations</source>
        <translation>үйде, бұзушылық жоқ</translation>
    </message>
    <message>
        <source>not at home</source>
        <translation>үйден табылмады</translation>
    </message>
    <message>
        <source>a violation found, a talk held</source>
        <translation>бұзушылық анықталды, әңгімелесу жүргізілді</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Go to the record</source>
        <translation>Жазбаға өту</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Қазір көрсетілген</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>Басқа мән</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Осыны қалдыру</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Басқасын қалдыру</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Place</source>
        <translation>Елді мекен немесе көше</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Үй шаруашылығы</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Object of the precinct</source>
        <translation>Учаске нысаны</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұрғын</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Есепке қою</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>Есептегі адамды тексеру</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Журнал жазбасы</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Жолданым</translation>
    </message>
    <message>
        <source>Step of an appeal</source>
        <translation>Жолданым бойынша қадам</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Person in an incident</source>
        <translation>Оқиғаға қатысушы</translation>
    </message>
    <message>
        <source>Wanted notice</source>
        <translation>Іздеу бағдары</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Acknowledgement of a notice</source>
        <translation>Танысу белгісі</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Анықтамалықтар</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты немесе атауы</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефондар</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>жұмыс орны</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ескертпелер</translation>
    </message>
    <message>
        <source>house</source>
        <translation>үй</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>пәтер</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>мазмұны</translation>
    </message>
    <message>
        <source>status</source>
        <translation>күйі</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>шешім</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>мерзімі</translation>
    </message>
    <message>
        <source>place</source>
        <translation>орны</translation>
    </message>
    <message>
        <source>title</source>
        <translation>тақырыбы</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтіні</translation>
    </message>
    <message>
        <source>category</source>
        <translation>есеп санаты</translation>
    </message>
    <message>
        <source>grounds</source>
        <translation>негіз</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>есептен шығарылған күні</translation>
    </message>
    <message>
        <source>result</source>
        <translation>нәтижесі</translation>
    </message>
    <message>
        <source>report</source>
        <translation>есеп</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>инспектор</translation>
    </message>
    <message>
        <source>precinct</source>
        <translation>учаске</translation>
    </message>
    <message>
        <source>household</source>
        <translation>үй шаруашылығы</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>The same field was changed on two computers, neither seeing the other&apos;s change. Both values are kept: choose the right one. The choice goes out with the next package and settles the conflict on every computer.</source>
        <translation>Бір өріс екі компьютерде өзгертілген, және ешқайсысы екіншісінің өзгерісін көрмеген. Екі мән де сақталды: дұрысын таңдаңыз. Таңдау келесі пакетпен жіберіліп, қайшылықты барлық компьютерде шешеді.</translation>
    </message>
    <message>
        <source>No conflicts: every change received so far merged on its own. Conflicts appear here after a package is read.</source>
        <translation>Қайшылықтар жоқ: алынған барлық өзгерістер өздігінен біріктірілді. Қайшылықтар пакет оқылғаннан кейін осында пайда болады.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict(s) appear here as these are resolved.</source>
        <translation>
            <numerusform>Бұлар шешілгенде осында тағы %n қайшылық пайда болады.</numerusform>
            <numerusform>Бұлар шешілгенде осында тағы %n қайшылық пайда болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settling the conflict</source>
        <translation>Қайшылық шешілуде</translation>
    </message>
    <message>
        <source>The conflict is settled; the choice goes out with the next package.</source>
        <translation>Қайшылық шешілді; таңдау келесі пакетпен жіберіледі.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>This cannot be done</source>
        <translation>Әрекет орындалмады</translation>
    </message>
    <message>
        <source>Something went wrong inside the application. What you saved before is safe. Copy the details below and send them to whoever looks after the application, saying what you were doing.</source>
        <translation>Қолданбаның жұмысында ақау болды. Бұрын сақталғанның бәрі аман. Төмендегі мәліметтерді көшіріп, не істеп жатқаныңызды жазып, қолданбаға қызмет көрсететін адамға жіберіңіз.</translation>
    </message>
    <message>
        <source>The details are also written to %1.</source>
        <translation>Толық мәліметтер %1 файлына да жазылды.</translation>
    </message>
    <message>
        <source>The application met an error</source>
        <translation>Қолданбада қате пайда болды</translation>
    </message>
    <message>
        <source>Details of the error</source>
        <translation>Қатенің толық мәліметтері</translation>
    </message>
    <message>
        <source>&amp;Copy the details</source>
        <translation>Мәліметтерді &amp;көшіру</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Creating the database</source>
        <translation>Дерекқорды құру</translation>
    </message>
    <message>
        <source>The data is encrypted with a key that only the users&apos; passwords open.</source>
        <translation>Деректер тек пайдаланушылардың құпиясөздері ашатын кілтпен шифрланады.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Қайталау</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Where to write the package</source>
        <translation>Пакетті қайда жазу керек</translation>
    </message>
    <message>
        <source>Write the package onto a removable drive, or choose a folder.</source>
        <translation>Пакетті алынбалы дискіге жазыңыз немесе буманы таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (бос орын: %2)</translation>
    </message>
    <message>
        <source>&amp;Another folder…</source>
        <translation>Басқа &amp;бума…</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <source>Fingerprint of this computer:</source>
        <translation>Осы компьютер кілтінің таңбасы:</translation>
    </message>
    <message>
        <source>Fingerprint of this computer</source>
        <translation>Осы компьютер кілтінің таңбасы</translation>
    </message>
    <message>
        <source>&amp;Save this computer&apos;s card…</source>
        <translation>Осы компьютердің карточкасын &amp;сақтау…</translation>
    </message>
    <message>
        <source>Give the card file to the other side (on a USB stick or by e-mail), then read this fingerprint out to them by phone, group by group. They enrol this computer only if the fingerprint on their screen is the same.</source>
        <translation>Карточка файлын екінші тарапқа беріңіз (флешкамен немесе электрондық поштамен), содан кейін бұл таңбаны оларға телефонмен топ-тобымен оқып беріңіз. Олар бұл компьютерді өз экранындағы таңба дәл сондай болса ғана тіркейді.</translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation>Құрылғыны тіркеу</translation>
    </message>
    <message>
        <source>&amp;Enrol a device…</source>
        <translation>Құрылғыны &amp;тіркеу…</translation>
    </message>
    <message>
        <source>Choose the card file of the other computer. Its fingerprint is shown here: call the other side and have them read theirs out. Enrol only if every character is the same.</source>
        <translation>Басқа компьютердің карточка файлын таңдаңыз. Оның таңбасы осында көрсетіледі: екінші тарапқа қоңырау шалып, олардың таңбасын оқып беруін сұраңыз. Әр таңба бірдей болса ғана тіркеңіз.</translation>
    </message>
    <message>
        <source>Fingerprint on the card:</source>
        <translation>Карточкадағы таңба:</translation>
    </message>
    <message>
        <source>Fingerprint on the card</source>
        <translation>Карточкадағы таңба</translation>
    </message>
    <message>
        <source>Known devices</source>
        <translation>Белгілі құрылғылар</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Кері &amp;қайтару…</translation>
    </message>
    <message>
        <source>Withdraw trust from a lost or stolen computer: its later packages are refused</source>
        <translation>Жоғалған немесе ұрланған компьютерге сенімді қайтарып алу: оның кейінгі пакеттері қабылданбайды</translation>
    </message>
    <message>
        <source>Number &amp;prefix…</source>
        <translation>Нөмір &amp;префиксі…</translation>
    </message>
    <message>
        <source>Give the laptop a new prefix for its appeal numbers</source>
        <translation>Ноутбукқа жолданым нөмірлерінің жаңа префиксін тағайындау</translation>
    </message>
    <message>
        <source>No other device is known yet. Enrol the other side&apos;s card with “Enrol a device…”; an inspector&apos;s laptop needs the chief&apos;s card, the chief each inspector&apos;s.</source>
        <translation>Басқа құрылғылар әзірге белгісіз. Екінші тараптың карточкасын «Құрылғыны тіркеу…» батырмасымен тіркеңіз: инспектордың ноутбугына бастықтың карточкасы, бастыққа әр инспектордың карточкасы керек.</translation>
    </message>
    <message>
        <source>Save this computer&apos;s card</source>
        <translation>Осы компьютердің карточкасын сақтау</translation>
    </message>
    <message>
        <source>Device cards (*.json);;All files (*)</source>
        <translation>Құрылғы карточкалары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The card is saved to %1.</source>
        <translation>Карточка %1 файлына сақталды.</translation>
    </message>
    <message>
        <source>Saving this computer&apos;s card</source>
        <translation>Осы компьютердің карточкасы сақталуда</translation>
    </message>
    <message>
        <source>Choose the other device&apos;s card</source>
        <translation>Басқа құрылғының карточкасын таңдаңыз</translation>
    </message>
    <message>
        <source>Reading the card</source>
        <translation>Карточка оқылуда</translation>
    </message>
    <message>
        <source>Call the other side and have them read out the fingerprint on their Sync page. Does the other side read out the same fingerprint?

%1

%2</source>
        <translation>Екінші тарапқа қоңырау шалып, олардың «Синхрондау» бетіндегі таңбаны оқып беруін сұраңыз. Екінші тарап дәл осы таңбаны оқып берді ме?

%1

%2</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Таңбаны салыстырыңыз</translation>
    </message>
    <message>
        <source>Enrolling the device</source>
        <translation>Құрылғы тіркелуде</translation>
    </message>
    <message>
        <source>%1 is enrolled: packages can now go to it and come from it.</source>
        <translation>%1 тіркелді: енді онымен пакеттер алмасуға болады.</translation>
    </message>
    <message>
        <source>Revoke %1? Do this only for a lost or stolen computer. Its packages written after the last one imported here are refused from now on, here and, with the next package, at headquarters. It cannot be enrolled again.</source>
        <translation>%1 құрылғысына сенімді қайтарып алу керек пе? Мұны тек жоғалған немесе ұрланған компьютер үшін жасаңыз. Оның осында соңғы қабылданғаннан кейін жазылған пакеттері бұдан былай қабылданбайды — осында және келесі пакетпен басқармада да. Оны қайта тіркеуге болмайды.</translation>
    </message>
    <message>
        <source>Revoke the device</source>
        <translation>Құрылғыға сенімді қайтарып алу</translation>
    </message>
    <message>
        <source>%1 is revoked: its packages after No. %2 are refused.</source>
        <translation>%1 құрылғысына сенім қайтарылды: оның №%2-ден кейінгі пакеттері қабылданбайды.</translation>
    </message>
    <message>
        <source>Revoking the device</source>
        <translation>Құрылғыға сенім қайтарылуда</translation>
    </message>
    <message>
        <source>%1 numbers its appeals with %2 from the next package it imports.</source>
        <translation>%1 келесі пакетті импорттағаннан кейін жолданымдарды %2 префиксімен нөмірлейді.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Шамамен %n секунд қалды</numerusform>
            <numerusform>Шамамен %n секунд қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Шамамен %n минут қалды</numerusform>
            <numerusform>Шамамен %n минут қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left</source>
        <translation>
            <numerusform>Шамамен %n сағат қалды</numerusform>
            <numerusform>Шамамен %n сағат қалды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistrictBoard</name>
    <message>
        <source>Register checks done and overdue</source>
        <translation>Есеп бойынша тексерулер: жүргізілді және мерзімі өткен</translation>
    </message>
    <message>
        <source>Appeals decided on time and late</source>
        <translation>Жолданымдар: мерзімінде және мерзімі өткен соң қаралды</translation>
    </message>
    <message>
        <source>Work by kind</source>
        <translation>Жұмыс түрлері бойынша</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Айлар бойынша серпін</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Home checks</source>
        <translation>Тұратын жері бойынша тексерулер</translation>
    </message>
    <message>
        <source>none decided</source>
        <translation>қаралғандары жоқ</translation>
    </message>
    <message>
        <source>%1 % on time</source>
        <translation>мерзімінде %1 %</translation>
    </message>
    <message>
        <source>Appeals decided</source>
        <translation>Қаралған жолданымдар</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Жұмыс түрі</translation>
    </message>
    <message>
        <source>Work log entries</source>
        <translation>Жұмыс журналының жазбалары</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>No work log entries in this period.</source>
        <translation>Бұл кезеңде жұмыс журналында жазба жоқ.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>Жүргізілген тексерулер</translation>
    </message>
    <message>
        <source>Appeals received</source>
        <translation>Түскен жолданымдар</translation>
    </message>
    <message>
        <source>One month is no trend: choose a quarter or a year to see the months side by side.</source>
        <translation>Бір ай серпінді көрсетпейді: айларды салыстыру үшін тоқсанды немесе жылды таңдаңыз.</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Көрсеткіштер есептелуде…</translation>
    </message>
    <message>
        <source>%1, %2, as of %3: the figures of the district report.</source>
        <translation>%1, %2, %3 жағдай бойынша: аудан есебінің көрсеткіштері.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <source>Each inspector</source>
        <translation>Әр инспектор бойынша</translation>
    </message>
    <message>
        <source>Each district</source>
        <translation>Әр аудан бойынша</translation>
    </message>
    <message>
        <source>Each region</source>
        <translation>Әр облыс бойынша</translation>
    </message>
    <message>
        <source>no package yet</source>
        <translation>әлі пакет жоқ</translation>
    </message>
    <message>
        <source>This database holds nothing made on this inspector&apos;s laptop yet.</source>
        <translation>Бұл дерекқорда осы инспектордың ноутбугында жасалған ештеңе әлі жоқ.</translation>
    </message>
    <message>
        <source>The newest change made on the inspector&apos;s laptop that this database holds.</source>
        <translation>Бұл дерекқордағы инспектор ноутбугында жасалған ең соңғы өзгеріс.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Инспекторлар</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Соңғы алынғаны</translation>
    </message>
    <message>
        <source>Checks overdue</source>
        <translation>Мерзімі өткен тексерулер</translation>
    </message>
    <message>
        <source>Appeals overdue</source>
        <translation>Мерзімі өткен жолданымдар</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Шешілмеген қайшылықтар</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>Figures for</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Contact &amp;late after:</source>
        <translation>Байланыс &amp;кешікті деп саналады:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күннен кейін</translation>
    </message>
    <message>
        <source>The last contact is shown in red once this many days have passed</source>
        <translation>Осынша күн өткенде соңғы байланыс қызылмен көрсетіледі</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>Кө&amp;рсеткіштер</translation>
    </message>
    <message>
        <source>Figures of the inspectors</source>
        <translation>Инспекторлардың көрсеткіштері</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Диаграммалар</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Ке&amp;зең</translation>
    </message>
    <message>
        <source>Period of the charts</source>
        <translation>Диаграммалар кезеңі</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>Ди&amp;аграмма</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>Көрсетілген диаграмма</translation>
    </message>
    <message>
        <source>As a ta&amp;ble</source>
        <translation>Кесте &amp;түрінде</translation>
    </message>
    <message>
        <source>The chart&apos;s figures as a table, one line a bar</source>
        <translation>Диаграмма көрсеткіштері кесте түрінде: әр бағанға бір жол</translation>
    </message>
    <message>
        <source>Figures of the chart</source>
        <translation>Диаграмма көрсеткіштері</translation>
    </message>
    <message numerus="yes">
        <source>Inspectors: %n</source>
        <translation>
            <numerusform>Инспекторлар: %n</numerusform>
            <numerusform>Инспекторлар: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines: %n</source>
        <translation>
            <numerusform>Жолдар: %n</numerusform>
            <numerusform>Жолдар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No inspectors are known to this database yet. They appear here once their laptops are enrolled and their first sync packages imported.</source>
        <translation>Бұл дерекқорда әзірге инспекторлар жоқ. Олардың ноутбуктары тіркеліп, алғашқы синхрондау пакеттері қабылданғанда олар осында пайда болады.</translation>
    </message>
    <message>
        <source>“Last received” is the newest change made on the inspector&apos;s laptop that this database holds; “no package yet” means none has been imported.</source>
        <translation>«Соңғы алынғаны» — бұл дерекқордағы инспектор ноутбугында жасалған ең соңғы өзгеріс; «әлі пакет жоқ» — бірде-бір пакет қабылданбағанын білдіреді.</translation>
    </message>
    <message>
        <source>“Last package” and “Last contact” count the packages imported here from the inspector&apos;s laptop.</source>
        <translation>«Соңғы пакет» пен «Соңғы байланыс» инспектор ноутбугынан осында қабылданған пакеттер бойынша есептеледі.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received were set aside: the device that made them may not make them (see the Sync page).</source>
        <translation>
            <numerusform>Алынған %n өзгеріс бөлек қойылды: оларды жасаған құрылғының оларды жасауға құқығы жоқ («Синхрондау» бетін қараңыз).</numerusform>
            <numerusform>Алынған %n өзгеріс бөлек қойылды: оларды жасаған құрылғының оларды жасауға құқығы жоқ («Синхрондау» бетін қараңыз).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) concern records of no inspector (people without a precinct, households, reference data).</source>
        <translation>
            <numerusform>%n шешілмеген қайшылық ешбір инспекторға қатысы жоқ жазбаларға қатысты (учаскесіз тұрғындар, үй шаруашылықтары, анықтамалықтар).</numerusform>
            <numerusform>%n шешілмеген қайшылық ешбір инспекторға қатысы жоқ жазбаларға қатысты (учаскесіз тұрғындар, үй шаруашылықтары, анықтамалықтар).</numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <source>through the chief</source>
        <translation>бастық арқылы</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>жоқ: %1</translation>
    </message>
    <message numerus="yes">
        <source>No package for longer than %n day(s): ask the inspector.</source>
        <translation>
            <numerusform>%n күннен астам пакет жоқ: инспектормен байланысыңыз.</numerusform>
            <numerusform>%n күннен астам пакет жоқ: инспектормен байланысыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Соңғы пакет</translation>
    </message>
    <message>
        <source>The number of the last package imported from the inspector&apos;s laptop, and when it was imported.</source>
        <translation>Инспектор ноутбугынан қабылданған соңғы пакеттің нөмірі және ол қашан қабылданғаны.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Олқылықтар</translation>
    </message>
    <message>
        <source>Package numbers from this laptop that have not arrived: ask the inspector for them.</source>
        <translation>Осы ноутбуктан келмеген пакеттердің нөмірлері: оларды инспектордан сұраңыз.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ұсталған</translation>
    </message>
    <message>
        <source>Changes from this laptop dated more than a day ahead of this computer&apos;s clock: held for your review, neither merged nor lost.</source>
        <translation>Осы ноутбуктан келген, осы компьютердің сағатынан бір тәуліктен астам алда күн қойылған өзгерістер: сіздің тексеруіңізге дейін ұсталды, біріктірілмеді және жоғалмады.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Соңғы байланыс</translation>
    </message>
</context>
<context>
    <name>EndEntryDialog</name>
    <message>
        <source>Take off the register</source>
        <translation>Есептен шығару</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Шығарылған күні</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Шығарылған күні</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Негізі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>In &amp;words</source>
        <translation>&amp;Сөзбен</translation>
    </message>
    <message>
        <source>The reason in words</source>
        <translation>Себебі сөзбен</translation>
    </message>
    <message>
        <source>Required for &quot;other&quot;</source>
        <translation>«Басқа» себебі үшін міндетті</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Put on the register</source>
        <translation>Есепке қою</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Адам</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>Адамды табу</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Тегі, аты немесе ЖСН</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Табылған адамдар</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Санаты</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Есеп санаты</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>&amp;Негізі</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>Document, its number and date</source>
        <translation>Құжат, оның нөмірі мен күні</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Бастап</translation>
    </message>
    <message>
        <source>On the register from</source>
        <translation>Есепте тұрған күні</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Дейін</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Жоспарлы аяқталуы</translation>
    </message>
    <message>
        <source>&amp;Threat level</source>
        <translation>Қауіп &amp;деңгейі</translation>
    </message>
    <message>
        <source>Threat level</source>
        <translation>Қауіп деңгейі</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кімге:</translation>
    </message>
    <message>
        <source>The device the package is for</source>
        <translation>Пакет арналған құрылғы</translation>
    </message>
    <message>
        <source>&amp;Write package…</source>
        <translation>Пакетті &amp;жазу…</translation>
    </message>
    <message>
        <source>Choose a USB stick or a folder and write the package there</source>
        <translation>Флешканы немесе буманы таңдап, пакетті сонда жазыңыз</translation>
    </message>
    <message>
        <source>&amp;Read packages…</source>
        <translation>Пакеттерді &amp;оқу…</translation>
    </message>
    <message>
        <source>Choose one or more package files to import</source>
        <translation>Қабылдау үшін бір немесе бірнеше пакет файлын таңдаңыз</translation>
    </message>
    <message>
        <source>…or drop package files (.iapkg) here</source>
        <translation>…немесе пакет файлдарын (.iapkg) осында сүйреп әкеліңіз</translation>
    </message>
    <message>
        <source>Everything changed on this computer that the chief has not confirmed yet goes into one file, encrypted for the chief. Take it to the district station on a USB stick or send it by e-mail.</source>
        <translation>Осы компьютерде өзгертілген және бастық әлі растамаған барлық нәрсе бастыққа арнап шифрланған бір файлға жазылады. Оны флешкамен ауданға апарыңыз немесе электрондық поштамен жіберіңіз.</translation>
    </message>
    <message>
        <source>A package for an inspector carries notices, tasks and the confirmation of what the station received; the package for headquarters carries the district&apos;s data.</source>
        <translation>Инспекторға арналған пакетте іздеу бағдарлары, тапсырмалар және алынғанның растауы болады; басқармаға арналған пакетте аудан деректері болады.</translation>
    </message>
    <message>
        <source>A package for a district carries reference data, notices and the confirmation of what headquarters received.</source>
        <translation>Ауданға арналған пакетте анықтамалықтар, іздеу бағдарлары және басқарма алғанның растауы болады.</translation>
    </message>
    <message>
        <source>No device to send to is enrolled yet. Enrol the other side&apos;s card on the Devices tab first.</source>
        <translation>Жіберетін құрылғы әлі тіркелмеген. Алдымен «Құрылғылар» қойындысында екінші тараптың карточкасын тіркеңіз.</translation>
    </message>
    <message>
        <source>Each file is checked whole before anything changes: a damaged package, or one meant for another computer, changes nothing. Reading a package twice changes nothing either.</source>
        <translation>Бірдеңе өзгергенге дейін әр файл толығымен тексеріледі: бүлінген пакет немесе басқа компьютерге арналған пакет ештеңені өзгертпейді. Пакетті қайта оқу да ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>Packages written and read</source>
        <translation>Жазылған және оқылған пакеттер</translation>
    </message>
    <message>
        <source>Nothing written or read yet while this window is open.</source>
        <translation>Осы терезе ашық болғаннан бері әлі ештеңе жазылған да, оқылған да жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer go out with the next package.</source>
        <translation>
            <numerusform>Осы компьютерде жасалған %n өзгеріс келесі пакетпен жіберіледі.</numerusform>
            <numerusform>Осы компьютерде жасалған %n өзгеріс келесі пакетпен жіберіледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change made on this computer has been put into a package.</source>
        <translation>Осы компьютерде жасалған барлық өзгерістер пакетке жазылып қойған.</translation>
    </message>
    <message>
        <source>Sealing the changes and writing the package…</source>
        <translation>Өзгерістерге қол қойылып, пакет жазылуда…</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>Пакет жазылуда</translation>
    </message>
    <message>
        <source>Choose the folder for the package</source>
        <translation>Пакетке арналған буманы таңдаңыз</translation>
    </message>
    <message numerus="yes">
        <source>Package %1 for %2 is written to %3. It holds %n change(s).</source>
        <translation>
            <numerusform>%2 үшін №%1 пакет %3 файлына жазылды. Онда %n өзгеріс бар.</numerusform>
            <numerusform>%2 үшін №%1 пакет %3 файлына жазылды. Онда %n өзгеріс бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read sync packages</source>
        <translation>Синхрондау пакеттерін оқу</translation>
    </message>
    <message>
        <source>Sync packages (*.iapkg);;All files (*)</source>
        <translation>Синхрондау пакеттері (*.iapkg);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Checking and reading %1…</source>
        <translation>%1 тексеріліп, оқылуда…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 оқылуда</translation>
    </message>
    <message numerus="yes">
        <source>Working: %n file(s) to go…</source>
        <translation>
            <numerusform>Орындалуда: %n файл қалды…</numerusform>
            <numerusform>Орындалуда: %n файл қалды…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendEntryDialog</name>
    <message>
        <source>Extend the term</source>
        <translation>Мерзімді ұзарту</translation>
    </message>
    <message>
        <source>The term ends on %1.</source>
        <translation>Мерзімі %1 аяқталады.</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;New end</source>
        <translation>&amp;Жаңа мерзім</translation>
    </message>
    <message>
        <source>New end of the term</source>
        <translation>Мерзімнің жаңа аяқталу күні</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Type a name for this computer.</source>
        <translation>Осы компьютердің атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Type the precinct number.</source>
        <translation>Учаске нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>Type the district code.</source>
        <translation>Аудан кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>Use letters and digits only, without spaces or signs.</source>
        <translation>Тек әріптер мен цифрларды жазыңыз, бос орынсыз және басқа таңбаларсыз.</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <source>Creating the database. This takes a few seconds…</source>
        <translation>Дерекқор құрылуда. Бұл бірнеше секундқа созылады…</translation>
    </message>
    <message>
        <source>The database is ready.</source>
        <translation>Дерекқор дайын.</translation>
    </message>
    <message>
        <source>This computer&apos;s fingerprint, which the chief compares when enrolling it: %1</source>
        <translation>Осы компьютердің цифрлық ізі (бастық компьютерді тіркегенде оны салыстырады): %1</translation>
    </message>
    <message>
        <source>District inspector&apos;s log: first start</source>
        <translation>Учаскелік инспектордың журналы: алғашқы іске қосу</translation>
    </message>
    <message>
        <source>&amp;Create the database</source>
        <translation>Дерекқорды &amp;құру</translation>
    </message>
    <message>
        <source>&amp;Go to sign-in</source>
        <translation>&amp;Кіруге өту</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>Компьютер: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Аудан: %1</translation>
    </message>
    <message>
        <source>Precinct: %1</source>
        <translation>Учаске: %1</translation>
    </message>
    <message>
        <source>First user: %1</source>
        <translation>Бірінші пайдаланушы: %1</translation>
    </message>
    <message>
        <source>The database could not be created.</source>
        <translation>Дерекқорды құру мүмкін болмады.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>Дерекқорды құру</translation>
    </message>
</context>
<context>
    <name>HistoryAction</name>
    <message>
        <source>&amp;History of changes…</source>
        <translation>Өзгерістер &amp;тарихы…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Қатысқан</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Үй шаруашылығы</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>History of the entry</source>
        <translation>Жазба тарихы</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгертілген</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Earlier values</source>
        <translation>Бұрынғы мәндер</translation>
    </message>
    <message>
        <source>&amp;Set back this value</source>
        <translation>Осы мәнді &amp;қайтару</translation>
    </message>
    <message>
        <source>The value is set back; the history keeps the one before.</source>
        <translation>Мән қайтарылды; тарихта алдыңғысы да сақталады.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Packages per device</source>
        <translation>Құрылғылар бойынша пакеттер</translation>
    </message>
    <message>
        <source>No package has gone out or come in yet. Enrol the other side&apos;s card on the Devices tab, then write a package on the Packages tab.</source>
        <translation>Әзірге бірде-бір пакет жіберілген де, келген де жоқ. «Құрылғылар» қойындысында екінші тараптың карточкасын тіркеп, содан кейін «Пакеттер» қойындысында пакет жазыңыз.</translation>
    </message>
    <message>
        <source>“Gaps” are package numbers from that device that have not arrived: ask for them. “Not confirmed yet” is what the other side has not acknowledged: it goes out again with the next package until it is.</source>
        <translation>«Олқылықтар» — сол құрылғыдан келмеген пакеттердің нөмірлері: оларды сұраңыз. «Әлі расталмаған» — екінші тарап растамаған нәрсе: ол расталғанша әр келесі пакетпен қайта жіберіледі.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефондар</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Үй</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Пәтер</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>Бағдар</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Бойлық</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Есеп санаты</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <source>Put on the register</source>
        <translation>Есепке қойылды</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Жоспарлы аяқталуы</translation>
    </message>
    <message>
        <source>Taken off the register</source>
        <translation>Есептен шығарылды</translation>
    </message>
    <message>
        <source>Reason for taking off</source>
        <translation>Есептен шығару себебі</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>Қалай түсті</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Review deadline</source>
        <translation>Қарау мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>Ұзартылған мерзім</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Қайда жолданды</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Қабылданған шаралар</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Тізілімдегі нөмірі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Қолданылу мерзімі</translation>
    </message>
    <message>
        <source>History of the person&apos;s record</source>
        <translation>Адам туралы жазбаның тарихы</translation>
    </message>
    <message>
        <source>History of the household</source>
        <translation>Үй шаруашылығының тарихы</translation>
    </message>
    <message>
        <source>History of the register entry</source>
        <translation>Есеп жазбасының тарихы</translation>
    </message>
    <message>
        <source>History of the appeal</source>
        <translation>Жолданым тарихы</translation>
    </message>
    <message>
        <source>History of the incident</source>
        <translation>Оқиға тарихы</translation>
    </message>
    <message>
        <source>History of the assignment</source>
        <translation>Тапсырма тарихы</translation>
    </message>
    <message>
        <source>History of the notice</source>
        <translation>Іздеу бағдарының тарихы</translation>
    </message>
    <message>
        <source>History of the record</source>
        <translation>Жазба тарихы</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>Үй шаруашылығы</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Көше</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Көше</translation>
    </message>
    <message>
        <source>&amp;House</source>
        <translation>&amp;Үй</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Үй нөмірі</translation>
    </message>
    <message>
        <source>&amp;Flat</source>
        <translation>&amp;Пәтер</translation>
    </message>
    <message>
        <source>Flat number</source>
        <translation>Пәтер нөмірі</translation>
    </message>
    <message>
        <source>&amp;Landmark</source>
        <translation>&amp;Бағдар</translation>
    </message>
    <message>
        <source>Landmark, for a house without a number</source>
        <translation>Нөмірсіз үйге арналған бағдар</translation>
    </message>
    <message>
        <source>For a house without a number: behind the school, by the well</source>
        <translation>Нөмірсіз үй үшін: мектептің артында, құдықтың қасында</translation>
    </message>
    <message>
        <source>C&amp;oordinates</source>
        <translation>К&amp;оординаттар</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <source>latitude, e.g. 43.2389</source>
        <translation>ендік, мысалы 43.2389</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Бойлық</translation>
    </message>
    <message>
        <source>longitude, e.g. 76.8897</source>
        <translation>бойлық, мысалы 76.8897</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Жаңа үй шаруашылығы</translation>
    </message>
    <message>
        <source>No street</source>
        <translation>Көшесіз</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Сақтау</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Lists of residents (*.csv *.xlsx)</source>
        <translation>Тұрғындар тізімдері (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import residents</source>
        <translation>Тұрғындарды импорттау</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Файлдың бағандары</translation>
    </message>
    <message>
        <source>&amp;Only the rows that would be rejected</source>
        <translation>&amp;Тек қабылданбайтын жолдар</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Файлдың жолдары</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Файл тексерілуде…</translation>
    </message>
    <message>
        <source>Rows counted: %1</source>
        <translation>Саналған жолдар: %1</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Файлды тексеру</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Қосылады</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Қабылданбайды: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rows in the file: %Ln.</source>
        <translation>
            <numerusform>Файлдағы жолдар: %Ln.</numerusform>
            <numerusform>Файлдағы жолдар: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are checked here.</source>
        <translation>
            <numerusform>Мұнда алғашқы %Ln жол тексерілді.</numerusform>
            <numerusform>Мұнда алғашқы %Ln жол тексерілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would be rejected: %Ln.</source>
        <translation>
            <numerusform>Қабылданбайтыны: %Ln.</numerusform>
            <numerusform>Қабылданбайтыны: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(импорттамау)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1 бағаны</translation>
    </message>
    <message>
        <source>Rows read: %1 of %2</source>
        <translation>Оқылған жолдар: %1 / %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <source>Importing residents</source>
        <translation>Тұрғындарды импорттау</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation>Импорттау тоқтатылды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Added: %Ln.</source>
        <translation>
            <numerusform>Қосылды: %Ln.</numerusform>
            <numerusform>Қосылды: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected: %Ln.</source>
        <translation>
            <numerusform>Қабылданбады: %Ln.</numerusform>
            <numerusform>Қабылданбады: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them already in the database or earlier in the file: %Ln.</source>
        <translation>
            <numerusform>Оның ішінде базада бар немесе файлда жоғарыда бар: %Ln.</numerusform>
            <numerusform>Оның ішінде базада бар немесе файлда жоғарыда бар: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why rejected</source>
        <translation>Қабылданбау себебі</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Қашан</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>Оқиға күні</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Time of the incident</source>
        <translation>Оқиға уақыты</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Оқиға түрі</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Орны</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>&amp;Register number</source>
        <translation>Тізілімдегі &amp;нөмірі</translation>
    </message>
    <message>
        <source>Register the number is in</source>
        <translation>Нөмір тіркелген есеп</translation>
    </message>
    <message>
        <source>Number in the national register</source>
        <translation>Мемлекеттік тізілімдегі нөмірі</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Қысқаша &amp;мазмұны</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>&amp;Measures taken</source>
        <translation>Қабылданған &amp;шаралар</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Қабылданған шаралар</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Нәтиже</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Адамдар</translation>
    </message>
    <message>
        <source>Find a person involved</source>
        <translation>Қатысы бар адамды табу</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Тегі, аты немесе ЖСН</translation>
    </message>
    <message>
        <source>Role of the person found</source>
        <translation>Табылған адамның рөлі</translation>
    </message>
    <message>
        <source>People involved and their roles</source>
        <translation>Қатысы бар адамдар және олардың рөлдері</translation>
    </message>
    <message>
        <source>Remove from the &amp;list</source>
        <translation>Тізімнен &amp;алып тастау</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Жаңа оқиға</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>%1 оқиғасы</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Тіркелмеген</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Әзірге белгісіз</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Не болғанын жазыңыз.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>KUI/ERDR</source>
        <translation>КУИ/ЕРДР</translation>
    </message>
    <message>
        <source>KUP/ERPP</source>
        <translation>КУП/ЕРПП</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Бастап</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Дейін</translation>
    </message>
    <message>
        <source>Ki&amp;nd</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>Incidents from the day</source>
        <translation>Осы күннен бастап оқиғалар</translation>
    </message>
    <message>
        <source>Incidents up to the day</source>
        <translation>Осы күнге дейінгі оқиғалар</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Kind of incidents shown</source>
        <translation>Көрсетілетін оқиғалардың түрі</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Жаңа оқиға…</translation>
    </message>
    <message>
        <source>Write a new incident note (Ctrl+N)</source>
        <translation>Жаңа оқиғаны жазу (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>The incident chosen</source>
        <translation>Таңдалған оқиға</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>Incidents: more than %1</source>
        <translation>Оқиғалар: %1-ден астам</translation>
    </message>
    <message numerus="yes">
        <source>Incidents: %n</source>
        <translation>
            <numerusform>Оқиғалар: %n</numerusform>
            <numerusform>Оқиғалар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents here. To write an incident note, press Ctrl+N.</source>
        <translation>Мұнда оқиғалар жоқ. Оқиғаны жазу үшін Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <source>Choose an incident to see what happened.</source>
        <translation>Не болғанын көру үшін оқиғаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Measures taken: %1</source>
        <translation>Қабылданған шаралар: %1</translation>
    </message>
    <message>
        <source>Incident %1 is written.</source>
        <translation>%1 оқиғасы жазылды.</translation>
    </message>
</context>
<context>
    <name>InspectorFilter</name>
    <message>
        <source>All inspectors</source>
        <translation>Барлық инспекторлар</translation>
    </message>
    <message>
        <source>Show the work of</source>
        <translation>Кімнің жұмысын көрсету</translation>
    </message>
    <message>
        <source>Whose records the pages show: everyone&apos;s, or one inspector&apos;s</source>
        <translation>Беттер кімнің жазбаларын көрсетеді: барлық инспекторлардың немесе біреуінің</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>%1 ауданы</translation>
    </message>
    <message>
        <source>precinct %1</source>
        <translation>%1 учаскесі</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
</context>
<context>
    <name>LockForm</name>
    <message>
        <source>The window is locked</source>
        <translation>Терезе бұғатталған</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Бұғаттан шығару</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>Type the password of %1 to go on. Everything typed is kept.</source>
        <translation>Жалғастыру үшін %1 пайдаланушысының құпиясөзін енгізіңіз. Енгізілгеннің бәрі сақталған.</translation>
    </message>
    <message numerus="yes">
        <source>The window locked itself after %n minute(s) without use. Type the password of %1 to go on. Everything typed is kept.</source>
        <translation>
            <numerusform>Терезе %n минут бойы пайдаланылмағандықтан бұғатталды. Жалғастыру үшін %1 пайдаланушысының құпиясөзін енгізіңіз. Енгізілгеннің бәрі сақталған.</numerusform>
            <numerusform>Терезе %n минут бойы пайдаланылмағандықтан бұғатталды. Жалғастыру үшін %1 пайдаланушысының құпиясөзін енгізіңіз. Енгізілгеннің бәрі сақталған.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Құпиясөзді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>LogCancelDialog</name>
    <message>
        <source>Cancel a log entry</source>
        <translation>Журнал жазбасын болдырмау</translation>
    </message>
    <message>
        <source>The entry %1 stays in the log and its history, marked as cancelled, and no longer counts in lists and reports.</source>
        <translation>%1 жазбасы журналда және оның тарихында болдырылмады деген белгімен қалады және тізімдер мен есептерде енді есептелмейді.</translation>
    </message>
    <message>
        <source>For example: written twice</source>
        <translation>Мысалы: екі рет жазылған</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <source>Cancel the &amp;entry</source>
        <translation>Жазбаны &amp;болдырмау</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Қалдыру</translation>
    </message>
</context>
<context>
    <name>LogEntryForm</name>
    <message>
        <source>New log entry</source>
        <translation>Журналдағы жаңа жазба</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Жұмыс түрі</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Қашан</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Орны</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Қатысушылар</translation>
    </message>
    <message>
        <source>Find a person taking part</source>
        <translation>Қатысушыны табу</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Тегі, аты немесе ЖСН</translation>
    </message>
    <message>
        <source>People taking part</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>Тізімнен а&amp;лып тастау</translation>
    </message>
    <message>
        <source>&amp;Companion</source>
        <translation>&amp;Қатысқан адам</translation>
    </message>
    <message>
        <source>Parent, guardian or teacher present</source>
        <translation>Қатысқан ата-ана, қорғаншы немесе педагог</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Мазмұны</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Нәтижесі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Бақылау күні</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Бақылау күні</translation>
    </message>
    <message>
        <source>Sa&amp;ve entry</source>
        <translation>Жазбаны &amp;сақтау</translation>
    </message>
    <message>
        <source>Cle&amp;ar</source>
        <translation>&amp;Тазарту</translation>
    </message>
    <message>
        <source>Cance&amp;l entry…</source>
        <translation>Жазбаны бо&amp;лдырмау…</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Өзгерістерді &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Жаңа жазба</translation>
    </message>
    <message>
        <source>Say in a few words what was done.</source>
        <translation>Не істелгенін бірнеше сөзбен жазыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is under 18: a talk with a minor needs a parent, guardian or teacher present (law 245-VIII, art. 50). Name who was there.</source>
        <translation>
            <numerusform>%1 әлі 18 жасқа толмаған: кәмелетке толмағанмен әңгімелесу ата-ананың, қорғаншының немесе педагогтің қатысуымен өткізіледі (№ 245-VIII заң, 50-бап). Кім қатысқанын жазыңыз.</numerusform>
            <numerusform>%1 әлі 18 жасқа толмаған: кәмелетке толмағанмен әңгімелесу ата-ананың, қорғаншының немесе педагогтің қатысуымен өткізіледі (№ 245-VIII заң, 50-бап). Кім қатысқанын жазыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry is saved.</source>
        <translation>Жазба сақталды.</translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation>Өзгерістер сақталды.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Болдырылмады: %1</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>Профилактикалық жұмыс журналы</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Бастап</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Дейін</translation>
    </message>
    <message>
        <source>Ki&amp;nd</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>Entries from the day</source>
        <translation>Осы күннен бастап жазбалар</translation>
    </message>
    <message>
        <source>Entries up to the day</source>
        <translation>Осы күнге дейінгі жазбалар</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Kind of entries shown</source>
        <translation>Көрсетілетін жазбалардың түрі</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Журнал жазбалары</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>Жаңа жазба (Ctrl+N)</translation>
    </message>
    <message>
        <source>Entry of %1</source>
        <translation>%1 жазбасы</translation>
    </message>
    <message>
        <source>The entry being corrected has changes that are not saved. Save them?</source>
        <translation>Түзетіліп жатқан жазбада сақталмаған өзгерістер бар. Оларды сақтау керек пе?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Cancel entry…</source>
        <translation>Жазбаны &amp;болдырмау…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Тарихы…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>CANCELLED (%1):</source>
        <translation>БОЛДЫРЫЛМАДЫ (%1):</translation>
    </message>
    <message>
        <source>Entries: more than %1</source>
        <translation>Жазбалар: %1-ден астам</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation>
            <numerusform>Жазбалар: %n</numerusform>
            <numerusform>Жазбалар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries for these days and kind. Widen the dates, choose all kinds, or write a new entry in the form (Ctrl+N).</source>
        <translation>Бұл күндерге мұндай түрдегі жазбалар жоқ. Кезеңді кеңейтіңіз, барлық түрлерін таңдаңыз немесе пішінге жаңа жазба енгізіңіз (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>District inspector&apos;s log</source>
        <translation>Учаскелік инспектордың журналы</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Кіру орындалуда…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>District inspector&apos;s log</source>
        <translation>Учаскелік инспектордың журналы</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Өту</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>Терезені &amp;бұғаттау</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Есептік жазбадан &amp;шығу</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Пайдаланушыны &amp;ауыстыру…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Бағдарлама &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Жылдам пернелер</translation>
    </message>
    <message>
        <source>&amp;Show the work of</source>
        <translation>&amp;Инспектор</translation>
    </message>
    <message>
        <source>Inspector filter</source>
        <translation>Инспекторды таңдау</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <source>District inspector&apos;s log
Version %1

Residents, the preventive register, the work log, appeals and incidents of a precinct, kept encrypted on this computer.</source>
        <translation>Учаскелік инспектордың журналы
Нұсқа %1

Учаскенің тұрғындары, профилактикалық есебі, жұмыс журналы, жолданымдары мен оқиғалары осы компьютерде шифрланған күйде сақталады.</translation>
    </message>
    <message>
        <source>precinct %1</source>
        <translation>%1 учаскесі</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>%1 ауданы</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>басқарма</translation>
    </message>
    <message>
        <source>%1 — %2 — District inspector&apos;s log</source>
        <translation>%1 — %2 — Учаскелік инспектордың журналы</translation>
    </message>
    <message>
        <source>Next field or button</source>
        <translation>Келесі өріс немесе батырма</translation>
    </message>
    <message>
        <source>Previous field or button</source>
        <translation>Алдыңғы өріс немесе батырма</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Мәзірді ашу</translation>
    </message>
    <message>
        <source>Alt and the underlined letter</source>
        <translation>Alt және астын сызылған әріп</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Терезе</translation>
    </message>
    <message>
        <source>This page: %1</source>
        <translation>Осы бет: %1</translation>
    </message>
    <message>
        <source>Unsaved input</source>
        <translation>Сақталмаған деректер</translation>
    </message>
    <message>
        <source>These pages hold typing that is not saved yet: %1. Save it before closing?</source>
        <translation>Мына беттерде әлі сақталмаған деректер бар: %1. Жабар алдында оларды сақтайсыз ба?</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>New wanted notice</source>
        <translation>Жаңа іздеу бағдары</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Тақырыбы</translation>
    </message>
    <message>
        <source>Title of the notice</source>
        <translation>Іздеу бағдарының тақырыбы</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Мәтіні</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>Іздеу бағдарының мәтіні</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;Precincts</source>
        <translation>&amp;Учаскелер</translation>
    </message>
    <message>
        <source>Precincts the notice is for</source>
        <translation>Іздеу бағдары жолданатын учаскелер</translation>
    </message>
    <message>
        <source>Tick none to send it to every precinct.</source>
        <translation>Барлық учаскеге жіберу үшін ешқайсысын белгілемеңіз.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Жіберу</translation>
    </message>
    <message>
        <source>Give the notice a title.</source>
        <translation>Іздеу бағдарының тақырыбын жазыңыз.</translation>
    </message>
    <message>
        <source>Write who or what is sought, and the signs.</source>
        <translation>Кім немесе не ізделетінін және белгілерін жазыңыз.</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Notices and tasks</source>
        <translation>Бағдарлар мен тапсырмалар</translation>
    </message>
    <message>
        <source>Wanted n&amp;otices</source>
        <translation>Іздеу &amp;бағдарлары</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;Тапсырмалар</translation>
    </message>
    <message>
        <source>Wanted notices and tasks</source>
        <translation>Іздеу бағдарлары мен тапсырмалар</translation>
    </message>
</context>
<context>
    <name>NoticesTab</name>
    <message>
        <source>Standing notices</source>
        <translation>Қолданыстағы іздеу бағдарлары</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Оқылмағандар</translation>
    </message>
    <message>
        <source>All notices</source>
        <translation>Барлық іздеу бағдарлары</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Әзірге ешкім</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged by %n</source>
        <translation>
            <numerusform>Танысқандар: %n</numerusform>
            <numerusform>Танысқандар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>Which notices to show</source>
        <translation>Қандай іздеу бағдарларын көрсету</translation>
    </message>
    <message>
        <source>&amp;New notice…</source>
        <translation>&amp;Жаңа іздеу бағдары…</translation>
    </message>
    <message>
        <source>Write a wanted notice (Ctrl+N)</source>
        <translation>Іздеу бағдарын жазу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Wanted notices</source>
        <translation>Іздеу бағдарлары</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>Іздеу бағдарының мәтіні</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;Не істелді</translation>
    </message>
    <message>
        <source>What was done about the notice</source>
        <translation>Іздеу бағдары бойынша не істелді</translation>
    </message>
    <message>
        <source>Optional: checked, not seen in the precinct</source>
        <translation>Міндетті емес: мысалы, «тексерілді, учаскеде көрінбеді»</translation>
    </message>
    <message numerus="yes">
        <source>Notices: %n</source>
        <translation>
            <numerusform>Іздеу бағдарлары: %n</numerusform>
            <numerusform>Іздеу бағдарлары: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No notices here. To write one, press Ctrl+N.</source>
        <translation>Мұнда іздеу бағдарлары жоқ. Жаңасын жазу үшін Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <source>No notices here. Wanted notices arrive from the chief with sync packages; choose “All notices” to see the old ones.</source>
        <translation>Мұнда іздеу бағдарлары жоқ. Іздеу бағдарлары бастықтан синхрондау пакеттерімен келеді; бұрынғыларын көру үшін «Барлық іздеу бағдарлары» тармағын таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose a notice to read it.</source>
        <translation>Оқу үшін іздеу бағдарын таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>precincts %1</source>
        <translation>%1 учаскелері</translation>
    </message>
    <message>
        <source>every precinct</source>
        <translation>барлық учаскелер</translation>
    </message>
    <message>
        <source>Issued %1 by %2, for %3.</source>
        <translation>%1 берілді, беруші: %2, кімге: %3.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>%1 дейін жарамды.</translation>
    </message>
    <message>
        <source>No one has acknowledged it yet.</source>
        <translation>Онымен әлі ешкім танысқан жоқ.</translation>
    </message>
    <message>
        <source>Save the &amp;answer</source>
        <translation>Жауапты &amp;сақтау</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <source>Key: %1</source>
        <translation>Перне: %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Тұрғындар</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Профилактикалық есеп</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Жолданымдар</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Meetings and proposals</source>
        <translation>Кездесулер мен ұсыныстар</translation>
    </message>
    <message>
        <source>Notices and tasks</source>
        <translation>Бағдарлар мен тапсырмалар</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
</context>
<context>
    <name>PartnershipDialogs</name>
    <message>
        <source>New meeting</source>
        <translation>Жаңа кездесу</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>One question or proposal a line</source>
        <translation>Әр жолға бір сұрақ немесе ұсыныс</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Уақыты</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Орны</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Мазмұны</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Қатысқандар</translation>
    </message>
    <message>
        <source>Spoke for the &amp;police</source>
        <translation>&amp;Полиция атынан сөйлеген</translation>
    </message>
    <message>
        <source>&amp;Questions raised</source>
        <translation>&amp;Көтерілген сұрақтар</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Жаңа ұсыныс</translation>
    </message>
    <message>
        <source>A resident, or e.g. the assembly of a village</source>
        <translation>Тұрғын немесе, мысалы, ауыл тұрғындарының жиыны</translation>
    </message>
    <message>
        <source>Number of the written appeal, if any</source>
        <translation>Жазбаша жолданым нөмірі, бар болса</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Ұсыныс</translation>
    </message>
    <message>
        <source>&amp;Raised by</source>
        <translation>&amp;Кім ұсынды</translation>
    </message>
    <message>
        <source>&amp;Written appeal</source>
        <translation>&amp;Жазбаша жолданым</translation>
    </message>
    <message>
        <source>Raised &amp;on</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;Assigned to</source>
        <translation>&amp;Орындаушы</translation>
    </message>
    <message>
        <source>Answer the proposal</source>
        <translation>Ұсынысқа жауап</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>The answer, or the reason it is declined</source>
        <translation>Жауап немесе қабылдамау себебі</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Нәтиже</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Жауап</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>Жауап &amp;күні</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <source>Received</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>Жұмыста</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <source>Spoke for the police</source>
        <translation>Полиция атынан сөйлеген</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <source>Raised by, where</source>
        <translation>Кім ұсынды, қайда</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>appeal %1</source>
        <translation>%1 жолданым</translation>
    </message>
    <message>
        <source>Meetings and proposals</source>
        <translation>Кездесулер мен ұсыныстар</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Кездесулер</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Ұсыныстар</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Жаңа кездесу…</translation>
    </message>
    <message>
        <source>New &amp;proposal…</source>
        <translation>Жаңа &amp;ұсыныс…</translation>
    </message>
    <message>
        <source>Take into &amp;work</source>
        <translation>&amp;Жұмысқа алу</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Жауап беру…</translation>
    </message>
    <message>
        <source>Meetings, reports and council sessions</source>
        <translation>Кездесулер, есептер және кеңес отырыстары</translation>
    </message>
    <message>
        <source>Proposals of residents</source>
        <translation>Тұрғындардың ұсыныстары</translation>
    </message>
    <message>
        <source>Proposals shown</source>
        <translation>Көрсетілетін ұсыныстар</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>өткізілмеген</translation>
    </message>
    <message>
        <source>Last report to residents: %1.</source>
        <translation>Халық алдындағы соңғы есеп: %1.</translation>
    </message>
    <message>
        <source>Next one due %1</source>
        <translation>Келесісі — %1 дейін</translation>
    </message>
    <message>
        <source>The report to residents is overdue since %1</source>
        <translation>Халық алдындағы есеп %1 бастап мерзімі өткен</translation>
    </message>
</context>
<context>
    <name>PassportForm</name>
    <message>
        <source>Precinct passport</source>
        <translation>Учаске паспорты</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Post &amp;address</source>
        <translation>Учаскелік пункттің &amp;мекенжайы</translation>
    </message>
    <message>
        <source>Address of the precinct post</source>
        <translation>Учаскелік пункттің мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Халық саны</translation>
    </message>
    <message>
        <source>Population as the passport states it</source>
        <translation>Паспорт бойынша халық саны</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>Ү&amp;й шаруашылықтары</translation>
    </message>
    <message>
        <source>Households as the passport states it</source>
        <translation>Паспорт бойынша үй шаруашылықтарының саны</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <source>Notes of the passport</source>
        <translation>Паспортқа ескертпелер</translation>
    </message>
    <message>
        <source>&amp;Save the passport</source>
        <translation>Паспортты &amp;сақтау</translation>
    </message>
</context>
<context>
    <name>PassportTab</name>
    <message>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Үй шаруашылықтары</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Тұрғындар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Se&amp;ttlements</source>
        <translation>&amp;Елді мекендер</translation>
    </message>
    <message>
        <source>Settlements of the precinct</source>
        <translation>Учаскенің елді мекендері</translation>
    </message>
    <message>
        <source>O&amp;bjects of the precinct</source>
        <translation>Учаскенің &amp;объектілері</translation>
    </message>
    <message>
        <source>Objects of the precinct</source>
        <translation>Учаскенің объектілері</translation>
    </message>
    <message>
        <source>Add an ob&amp;ject…</source>
        <translation>Объект &amp;қосу…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>No objects yet. Schools, shops, farms and places of worship of the precinct are added with “Add an object”.</source>
        <translation>Әзірге объектілер жоқ. Учаскенің мектептері, дүкендері, шаруа қожалықтары мен ғибадат орындары «Объект қосу» батырмасымен қосылады.</translation>
    </message>
    <message>
        <source>in the database: %1</source>
        <translation>дерекқорда: %1</translation>
    </message>
    <message>
        <source>The passport is saved.</source>
        <translation>Паспорт сақталды.</translation>
    </message>
    <message>
        <source>Remove an object</source>
        <translation>Объектіні жою</translation>
    </message>
    <message>
        <source>Remove “%1” from the precinct passport?</source>
        <translation>«%1» учаске паспортынан жойылсын ба?</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефондар</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Тұрғындар</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Тұрғындарды іздеу</translation>
    </message>
    <message>
        <source>Surname, name, ID number, phone or address</source>
        <translation>Тегі, аты, ЖСН, телефоны немесе мекенжайы</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Есеп санаты</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>&amp;Жасы</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Жасы, бастап</translation>
    </message>
    <message>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation>Жасы, дейін</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Жаңа тұрғын…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Жаңа тұрғын</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>Import residents from a file</source>
        <translation>Тұрғындарды файлдан импорттау</translation>
    </message>
    <message>
        <source>All settlements</source>
        <translation>Барлық елді мекендер</translation>
    </message>
    <message>
        <source>On the register or not</source>
        <translation>Есепте тұрса да, тұрмаса да</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Саналуда…</translation>
    </message>
    <message>
        <source>No one found. Check the spelling, type fewer letters or clear a filter.</source>
        <translation>Ешкім табылмады. Жазылуын тексеріңіз, азырақ әріп жазыңыз немесе сүзгіні алып тастаңыз.</translation>
    </message>
    <message>
        <source>No people yet: press Ctrl+N to add one.</source>
        <translation>Әзірге тұрғындар жоқ: қосу үшін Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <source>No people yet.</source>
        <translation>Әзірге тұрғындар жоқ.</translation>
    </message>
    <message>
        <source>Many people found; scroll down to see more.</source>
        <translation>Көп адам табылды; қалғандарын көру үшін тізімді төмен айналдырыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln people; type or filter to narrow the list.</source>
        <translation>
            <numerusform>%Ln адамнан көп: тізімді қысқарту үшін іздеуді немесе сүзгіні нақтылаңыз.</numerusform>
            <numerusform>%Ln адамнан көп: тізімді қысқарту үшін іздеуді немесе сүзгіні нақтылаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <translation>
            <numerusform>Табылды: %Ln</numerusform>
            <numerusform>Табылды: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln адам</numerusform>
            <numerusform>%Ln адам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>&amp;Log entry…</source>
        <translation>&amp;Журналға жазба…</translation>
    </message>
    <message>
        <source>Add a work log entry about the person</source>
        <translation>Адам туралы журналға жазба қосу</translation>
    </message>
    <message>
        <source>Record a check of the register entry</source>
        <translation>Есеп бойынша тексеруді белгілеу</translation>
    </message>
    <message>
        <source>&amp;Print the person card…</source>
        <translation>Карточканы &amp;басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Save the person card as PDF…</source>
        <translation>Карточканы PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>&amp;History of the person&apos;s record…</source>
        <translation>Адам туралы жазбаның &amp;тарихы…</translation>
    </message>
    <message>
        <source>History of the &amp;household…</source>
        <translation>Үй &amp;шаруашылығының тарихы…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Тағы</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Басқа әрекеттер</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Person card</source>
        <translation>Есеп карточкасы</translation>
    </message>
    <message>
        <source>Making the person card</source>
        <translation>Карточканы жасау</translation>
    </message>
    <message>
        <source>Person card: %1</source>
        <translation>Есеп карточкасы: %1</translation>
    </message>
    <message>
        <source>Sending the card to the printer</source>
        <translation>Карточканы принтерге жіберу</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>әдепкі принтер</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1: %n copy(ies).</source>
        <translation>
            <numerusform>%1 принтеріне жіберілді: %n дана.</numerusform>
            <numerusform>%1 принтеріне жіберілді: %n дана.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the person card as PDF</source>
        <translation>Карточканы PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the person card</source>
        <translation>Карточканы сақтау</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 ішіне сақталды</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Тұрғын</translation>
    </message>
    <message>
        <source>S&amp;urname</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>Ә&amp;кесінің аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Ту&amp;ған күні</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Жынысы</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>P&amp;hones</source>
        <translation>Те&amp;лефондар</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефондар</translation>
    </message>
    <message>
        <source>8 701 123 45 67; several separated by commas</source>
        <translation>8 701 123 45 67; бірнеше нөмір болса, үтір арқылы</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Settlement, street, house</source>
        <translation>Елді мекен, көше, үй</translation>
    </message>
    <message>
        <source>&amp;Workplace</source>
        <translation>Жұмыс &amp;орны</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ес&amp;кертпелер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>This person may be in the database already. Open the person found, or create a new one if it is someone else.</source>
        <translation>Бұл адам дерекқорда бұрыннан болуы мүмкін. Табылған жазбаны ашыңыз немесе басқа адам болса, жаңасын жасаңыз.</translation>
    </message>
    <message>
        <source>People who may be the same</source>
        <translation>Сәйкес келуі мүмкін адамдар</translation>
    </message>
    <message>
        <source>Open &amp;this person</source>
        <translation>Осы &amp;адамды ашу</translation>
    </message>
    <message>
        <source>&amp;Create anyway: someone else</source>
        <translation>Бәрібір &amp;жасау: бұл басқа адам</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Жаңа тұрғын</translation>
    </message>
    <message>
        <source>Person&apos;s details</source>
        <translation>Тұрғын туралы мәліметтер</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>П&amp;ИН</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 цифр</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Тексеріңіз: %1</translation>
    </message>
</context>
<context>
    <name>PersonLogDialog</name>
    <message>
        <source>Work log entry: %1</source>
        <translation>Журналға жазба: %1</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Put on the register</source>
        <translation>Есепке қою</translation>
    </message>
    <message>
        <source>Taken off the register</source>
        <translation>Есептен шығару</translation>
    </message>
    <message>
        <source>Home check</source>
        <translation>Тұратын жері бойынша тексеру</translation>
    </message>
    <message>
        <source>Preventive work</source>
        <translation>Профилактикалық жұмыс</translation>
    </message>
    <message>
        <source>Appeal received</source>
        <translation>Жолданым түсті</translation>
    </message>
    <message>
        <source>Appeal decided</source>
        <translation>Жолданым қаралды</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Тұрғын</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Тізімге оралу</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Тізімге оралу</translation>
    </message>
    <message>
        <source>Edit the person&apos;s details</source>
        <translation>Тұрғын туралы мәліметтерді өзгерту</translation>
    </message>
    <message>
        <source>Record a check of the selected entry</source>
        <translation>Таңдалған есеп жазбасы бойынша тексеруді жазу</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Мәліметтерді ө&amp;згерту…</translation>
    </message>
    <message>
        <source>&amp;Put on the register…</source>
        <translation>&amp;Есепке қою…</translation>
    </message>
    <message>
        <source>Record a &amp;check…</source>
        <translation>&amp;Тексеруді жазу…</translation>
    </message>
    <message>
        <source>&amp;Take off the register…</source>
        <translation>Есептен &amp;шығару…</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефондар</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Үй шаруашылығы</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>Үй шаруашылығының тұрғындары</translation>
    </message>
    <message>
        <source>Preventive register</source>
        <translation>Профилактикалық есеп</translation>
    </message>
    <message>
        <source>Register entries and their checks</source>
        <translation>Есеп жазбалары және олар бойынша тексерулер</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Everything about the person, newest first</source>
        <translation>Адам туралы бәрі, алдымен жаңалары</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(аты жоқ)</translation>
    </message>
    <message>
        <source>born %1 (%2)</source>
        <translation>туған күні: %1 (%2)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Not linked to a household.</source>
        <translation>Үй шаруашылығы көрсетілмеген.</translation>
    </message>
    <message>
        <source>flat %1</source>
        <translation>%1-пәтер</translation>
    </message>
    <message>
        <source>Next check %1: %2</source>
        <translation>Келесі тексеру %1: %2</translation>
    </message>
    <message>
        <source>Not on the register.</source>
        <translation>Есепте тұрмайды.</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>This computer and its place</source>
        <translation>Компьютер және жұмыс орны</translation>
    </message>
    <message>
        <source>Numbers of appeals and incidents made here begin with these codes, so they never clash with another computer&apos;s.</source>
        <translation>Мұнда тіркелген жолданымдар мен оқиғалардың нөмірлері осы кодтардан басталады, сондықтан басқа компьютердің нөмірлерімен ешқашан сәйкес келмейді.</translation>
    </message>
    <message>
        <source>&amp;Computer name</source>
        <translation>&amp;Компьютер атауы</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Компьютер атауы</translation>
    </message>
    <message>
        <source>for example, Laptop of precinct 5</source>
        <translation>мысалы, 5-учаскенің ноутбугы</translation>
    </message>
    <message>
        <source>&amp;District code</source>
        <translation>&amp;Аудан коды</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>Аудан коды</translation>
    </message>
    <message>
        <source>as the chief gave it, for example 12</source>
        <translation>бастық берген код, мысалы 12</translation>
    </message>
    <message>
        <source>&amp;Precinct number</source>
        <translation>&amp;Учаске нөмірі</translation>
    </message>
    <message>
        <source>Precinct number</source>
        <translation>Учаске нөмірі</translation>
    </message>
    <message>
        <source>for example 05</source>
        <translation>мысалы, 05</translation>
    </message>
    <message>
        <source>Precinct &amp;name</source>
        <translation>Учаске а&amp;тауы</translation>
    </message>
    <message>
        <source>Precinct name</source>
        <translation>Учаске атауы</translation>
    </message>
    <message>
        <source>optional, for example the village&apos;s name</source>
        <translation>міндетті емес, мысалы ауылдың атауы</translation>
    </message>
</context>
<context>
    <name>PrecinctObjectDialog</name>
    <message>
        <source>Object of the precinct</source>
        <translation>Учаске объектісі</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation>Объект түрі</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>&amp;Байланыс</translation>
    </message>
    <message>
        <source>Contact person or phone</source>
        <translation>Байланыс адамы немесе телефон</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>New object of the precinct</source>
        <translation>Учаскенің жаңа объектісі</translation>
    </message>
    <message>
        <source>Type the name.</source>
        <translation>Атауын енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>PrefixDialog</name>
    <message>
        <source>Number prefix of %1</source>
        <translation>Нөмір префиксі: %1</translation>
    </message>
    <message>
        <source>The laptop numbers its appeals with this prefix from the next package it imports, in a new series from 1. The numbers it has given keep their prefix.</source>
        <translation>Ноутбук келесі пакетті импорттағаннан кейін жолданымдарды осы префикспен 1-ден басталатын жаңа сериямен нөмірлейді. Берілген нөмірлер өз префиксін сақтайды.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>&amp;New prefix</source>
        <translation>&amp;Жаңа префикс</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print the report</source>
        <translation>Есепті басып шығару</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>Print&amp;er</source>
        <translation>&amp;Принтер</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>Жүйенің әдепкі принтері</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (әдепкі)</translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>&amp;Даналар</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Даналар саны</translation>
    </message>
    <message>
        <source>The report goes to the printer&apos;s queue as it is shown in the preview. Where no printer is listed, the system&apos;s default printer is used.</source>
        <translation>Есеп алдын ала қарауда көрсетілгендей басып шығару кезегіне жіберіледі. Ешбір принтер көрсетілмесе, жүйенің әдепкі принтері пайдаланылады.</translation>
    </message>
    <message>
        <source>The report goes to the printer&apos;s queue as it is shown in the preview.</source>
        <translation>Есеп алдын ала қарауда көрсетілгендей басып шығару кезегіне жіберіледі.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып шығару</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Қ&amp;иып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Кіріс&amp;тіру</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Б&amp;арлығына иә</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Барлығына ж&amp;оқ</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Үзу</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Көмек</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Іске асыру</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Бастапқы күйге келтіру</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Бастапқы күйді қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Қиып а&amp;лу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Кіріс&amp;тіру</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>А&amp;яқтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Көмек</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Артқа өту</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Аяқталды</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>Changed</source>
        <translation>Өзгертілген</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Earlier values</source>
        <translation>Бұрынғы мәндер</translation>
    </message>
    <message>
        <source>&amp;Set back this value</source>
        <translation>Осы мәнді &amp;қайтару</translation>
    </message>
    <message>
        <source>The value is set back; the history keeps the one before.</source>
        <translation>Мән қайтарылды; тарихта алдыңғысы да сақталады.</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>home visit</source>
        <translation>үйге бару</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>телефон арқылы</translation>
    </message>
    <message>
        <source>summoned to the post</source>
        <translation>учаскелік пунктке шақыру</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>тіркелді</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>қаралуда</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>мерзімі ұзартылды</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>уәкілетті органға жолданды</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>қаралды</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>күші жойылды</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n жас</numerusform>
            <numerusform>%n жас</numerusform>
        </translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Мерзімі %n күнге өтті</numerusform>
            <numerusform>Мерзімі %n күнге өтті</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Мерзіміне %n күн қалды</numerusform>
            <numerusform>Мерзіміне %n күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>Off the register</source>
        <translation>Есептен шығарылған</translation>
    </message>
    <message>
        <source>Term ended: remove or extend</source>
        <translation>Мерзімі өтті: шығару немесе ұзарту</translation>
    </message>
    <message>
        <source>No regular checks</source>
        <translation>Тұрақты тексерусіз</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Write down the recovery key</source>
        <translation>Қалпына келтіру кілтін жазып алыңыз</translation>
    </message>
    <message>
        <source>The database is ready. This key is shown only now, once.</source>
        <translation>Дерекқор дайын. Бұл кілт тек қазір, бір рет қана көрсетіледі.</translation>
    </message>
    <message>
        <source>If the password is forgotten, only this key opens the database again. Write it on paper now, exactly as shown, and keep the paper locked away from the computer. Do not photograph it and do not keep it in a file.</source>
        <translation>Құпиясөз ұмытылса, дерекқорды қайта тек осы кілт ашады. Оны дәл қазір қағазға көрсетілгендей етіп жазып алыңыз да, қағазды компьютерден бөлек, құлыпталған жерде сақтаңыз. Кілтті суретке түсірмеңіз және файлда сақтамаңыз.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>Қалпына келтіру кілтін &amp;жазып алдым</translation>
    </message>
</context>
<context>
    <name>RegisterDialogs</name>
    <message>
        <source>No one found. Add the person on the People page first.</source>
        <translation>Ешкім табылмады. Алдымен адамды «Тұрғындар» бетінде қосыңыз.</translation>
    </message>
    <message>
        <source>Choose the risk level</source>
        <translation>Қауіп деңгейін таңдаңыз</translation>
    </message>
    <message numerus="yes">
        <source>This measure lasts %n day(s).</source>
        <translation>
            <numerusform>Бұл шара %n күн қолданылады.</numerusform>
            <numerusform>Бұл шара %n күн қолданылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>A court sets from %1 to %2 days: type the end it set.</source>
        <translation>Сот мерзімді %1 күннен %2 күнге дейін белгілейді: сот белгілеген аяқталу күнін жазыңыз.</translation>
    </message>
    <message>
        <source>Choose the person: type their name and pick them.</source>
        <translation>Адамды таңдаңыз: тегін жаза бастап, тізімнен таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message numerus="yes">
        <source>%n on the register</source>
        <translation>
            <numerusform>Есепте: %n</numerusform>
            <numerusform>Есепте: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>Мерзімі өткен: %n</numerusform>
            <numerusform>Мерзімі өткен: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term ended</source>
        <translation>
            <numerusform>мерзімі өткен: %n</numerusform>
            <numerusform>мерзімі өткен: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Келесі тексеру</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Соңғы тексеру</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Профилактикалық есеп</translation>
    </message>
    <message>
        <source>Preventive register</source>
        <translation>Профилактикалық есеп</translation>
    </message>
    <message>
        <source>Register categories</source>
        <translation>Есеп санаттары</translation>
    </message>
    <message>
        <source>&amp;Overdue first</source>
        <translation>Алдымен &amp;мерзімі өткендер</translation>
    </message>
    <message>
        <source>Show &amp;ended entries</source>
        <translation>&amp;Аяқталған жазбаларды көрсету</translation>
    </message>
    <message>
        <source>Record a &amp;check…</source>
        <translation>&amp;Тексеруді жазу…</translation>
    </message>
    <message>
        <source>Record a check of the selected entry</source>
        <translation>Таңдалған есеп жазбасы бойынша тексеруді жазу</translation>
    </message>
    <message>
        <source>Open the person of the selected entry</source>
        <translation>Таңдалған жазбадағы адамды ашу</translation>
    </message>
    <message>
        <source>Put someone on the register</source>
        <translation>Адамды есепке қою</translation>
    </message>
    <message>
        <source>&amp;Take off the register…</source>
        <translation>Есептен &amp;шығару…</translation>
    </message>
    <message>
        <source>E&amp;xtend the term…</source>
        <translation>Мерзімді ұ&amp;зарту…</translation>
    </message>
    <message>
        <source>Open the &amp;person</source>
        <translation>&amp;Адамды ашу</translation>
    </message>
    <message>
        <source>&amp;Put on the register…</source>
        <translation>&amp;Есепке қою…</translation>
    </message>
    <message>
        <source>Register entries</source>
        <translation>Есеп жазбалары</translation>
    </message>
    <message>
        <source>No one on the register here. Press Ctrl+N to put someone on it.</source>
        <translation>Мұнда есепте ешкім тұрмайды. Адамды есепке қою үшін Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <source>No one on the register here.</source>
        <translation>Мұнда есепте ешкім тұрмайды.</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln</source>
        <translation>
            <numerusform>Жазбалар: %Ln</numerusform>
            <numerusform>Жазбалар: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry and press C to record a check.</source>
        <translation>Жазбаны таңдап, тексеруді жазу үшін C басыңыз.</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <source>One inspector&apos;s work in the period: households visited, the register, talks and warnings, appeals, incidents, and the overdue lists by name.</source>
        <translation>Бір инспектордың кезеңдегі жұмысы: аралап шыққан үй шаруашылықтары, профилактикалық есеп, әңгімелесулер мен ескертулер, жолданымдар, оқиғалар және мерзімі өткендердің аты-жөні бар тізімдері.</translation>
    </message>
    <message>
        <source>Every inspector of the district side by side, with charts of appeals decided on time and of checks done, and the district&apos;s overdue lists.</source>
        <translation>Ауданның барлық инспекторлары қатар, мерзімінде қаралған жолданымдар мен жүргізілген тексерулердің диаграммаларымен, сондай-ақ аудан бойынша мерзімі өткендер тізімдері.</translation>
    </message>
    <message>
        <source>Districts and regions with their totals and monthly trends.</source>
        <translation>Аудандар мен облыстар, жиынтықтары мен айлық серпінімен.</translation>
    </message>
    <message>
        <source>The report to residents: figures only, no names; a count of 1 or 2 shows as “fewer than 3”. Fit for a notice board.</source>
        <translation>Халық алдындағы есеп: тек сандар, есімдерсіз; 1 немесе 2 саны «3-тен аз» болып көрсетіледі. Хабарландыру тақтасына жарайды.</translation>
    </message>
    <message>
        <source>One person&apos;s register card with checks and history, as of today.</source>
        <translation>Бір адамның тексерулері мен тарихы бар есеп карточкасы, бүгінгі күнгі.</translation>
    </message>
    <message>
        <source>The register of appeals received in the period, with their status and deadlines.</source>
        <translation>Кезеңде түскен жолданымдардың тізілімі, күйі мен мерзімдерімен.</translation>
    </message>
    <message>
        <source>The precinct passport as of today.</source>
        <translation>Бүгінгі күнгі учаске паспорты.</translation>
    </message>
    <message>
        <source>Every district of this database</source>
        <translation>Осы дерекқордың барлық аудандары</translation>
    </message>
    <message>
        <source>What this database holds</source>
        <translation>Осы дерекқордағының бәрі</translation>
    </message>
    <message>
        <source>No person chosen yet: type a name above and pick from the list.</source>
        <translation>Адам әлі таңдалмаған: жоғарыда тегін жазып, тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>Type both days as DD.MM.YYYY.</source>
        <translation>Екі күнді де КК.АА.ЖЖЖЖ түрінде енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose the person of the card first.</source>
        <translation>Алдымен карточка кімге екенін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>No report yet. Choose the report, the period and what it covers on the left, then press Generate (Ctrl+G). The report appears here as it will be printed.</source>
        <translation>Әзірге есеп жоқ. Сол жақтан есепті, кезеңді және қамтуын таңдап, «Құру» батырмасын басыңыз (Ctrl+G). Есеп мұнда басылатын түрінде пайда болады.</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Есепті алдын ала қарау</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+-)</source>
        <translation>Кішірек (Ctrl+-)</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Кішірек</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>Үлкенірек (Ctrl++)</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Үлкенірек</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Ені бойынша</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Бетті ені бойынша сыйғызу</translation>
    </message>
    <message>
        <source>W&amp;hole page</source>
        <translation>&amp;Бүкіл бет</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Беттерді толық көрсету</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Бет %1 / %2</translation>
    </message>
</context>
<context>
    <name>ReportsForm</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Есеп</translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation>Есеп түрі</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Кезең</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Кезең түрі</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Бастап</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Кезеңнің бірінші күні</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;дейін</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Кезеңнің соңғы күні</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>Қ&amp;амтуы</translation>
    </message>
    <message>
        <source>Precinct or district the report covers</source>
        <translation>Есеп қамтитын учаске немесе аудан</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation>&amp;Адам</translation>
    </message>
    <message>
        <source>Find the person of the card</source>
        <translation>Карточка адамын табу</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Тегі, аты немесе ЖСН</translation>
    </message>
    <message>
        <source>&amp;Language of the report</source>
        <translation>Есеп &amp;тілі</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Есеп тілі</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>Құ&amp;ру</translation>
    </message>
    <message>
        <source>Generate the report</source>
        <translation>Есепті құру</translation>
    </message>
    <message>
        <source>Generate the report with these choices (Ctrl+G)</source>
        <translation>Осы параметрлермен есепті құру (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>&amp;Generate the report</source>
        <translation>Есепті құ&amp;ру</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Choose the printer and the copies (Ctrl+P)</source>
        <translation>Принтер мен даналар санын таңдау (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Есепті басып шығару</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation>Есепті PDF файлы ретінде сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Есепті PDF файлы ретінде сақтау</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>&amp;XLSX ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables as a spreadsheet (Ctrl+Shift+S)</source>
        <translation>Есеп кестелерін электрондық кестеге сақтау (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save the report as a spreadsheet</source>
        <translation>Есепті кесте ретінде сақтау</translation>
    </message>
    <message>
        <source>This report names people: printing and saving it are recorded in the journal.</source>
        <translation>Бұл есепте адамдардың есімдері бар: оны басып шығару және сақтау журналға жазылады.</translation>
    </message>
    <message>
        <source>Gathering the figures and drawing the pages…</source>
        <translation>Деректер жиналып, беттер дайындалуда…</translation>
    </message>
    <message>
        <source>Generating the report</source>
        <translation>Есепті құру</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Есеп құрылуда…</translation>
    </message>
    <message>
        <source>This database holds no precinct yet, so a report has nothing to cover. Precincts come with the inspectors&apos; packages (the Sync page).</source>
        <translation>Бұл дерекқорда әзірге учаскелер жоқ, сондықтан есеп ештеңені қамтымайды. Учаскелер инспекторлардың пакеттерімен келеді («Синхрондау» беті).</translation>
    </message>
    <message>
        <source>Looking for printers</source>
        <translation>Принтерлерді іздеу</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Принтерлер ізделуде…</translation>
    </message>
    <message>
        <source>Sending the report to the printer</source>
        <translation>Есепті принтерге жіберу</translation>
    </message>
    <message>
        <source>Sending the report to the printer…</source>
        <translation>Есеп принтерге жіберілуде…</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>әдепкі принтер</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1: %n copy(ies).</source>
        <translation>
            <numerusform>%1 принтеріне жіберілді: %n дана.</numerusform>
            <numerusform>%1 принтеріне жіберілді: %n дана.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Есепті PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Есеп сақталуда…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Электрондық кестелер (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 ішіне сақталды</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>The choices changed after this report was made: print and save give the report shown. Press Generate (Ctrl+G) to make it with the new choices.</source>
        <translation>Есеп құрылғаннан кейін параметрлер өзгерді: көрсетілген есеп басып шығарылады және сақталады. Жаңа параметрлермен құру үшін «Құру» батырмасын басыңыз (Ctrl+G).</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Create the database</source>
        <translation>Дерекқорды құру</translation>
    </message>
    <message>
        <source>This computer has no database yet. Answer a few questions and the application creates one.</source>
        <translation>Бұл компьютерде әлі дерекқор жоқ. Бірнеше сұраққа жауап беріңіз, сонда қолданба оны құрады.</translation>
    </message>
    <message>
        <source>Who works with this computer</source>
        <translation>Бұл компьютерде кім жұмыс істейді</translation>
    </message>
    <message>
        <source>&amp;District inspector</source>
        <translation>&amp;Учаскелік инспектор</translation>
    </message>
    <message>
        <source>Residents, the preventive register, the log and the appeals of one precinct.</source>
        <translation>Бір учаскенің тұрғындары, профилактикалық есебі, журналы және жолданымдары.</translation>
    </message>
    <message>
        <source>&amp;Chief of the district inspectors</source>
        <translation>Учаскелік инспекторлар қызметінің &amp;бастығы</translation>
    </message>
    <message>
        <source>Receives the inspectors&apos; packages of a district, sees overdue work, sends notices and tasks.</source>
        <translation>Ауданның учаскелік инспекторларының пакеттерін қабылдайды, мерзімі өткен жұмысты көреді, іздеу бағдарлары мен тапсырмаларды жібереді.</translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation>&amp;Облыстық басқарма немесе министрлік</translation>
    </message>
    <message>
        <source>Receives the districts&apos; packages and prints reports for districts and regions.</source>
        <translation>Аудандардың пакеттерін қабылдап, аудандар мен облыстар бойынша есептер басып шығарады.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>&amp;Kazakhstan</source>
        <translation>&amp;Қазақстан</translation>
    </message>
    <message>
        <source>K&amp;yrgyzstan</source>
        <translation>Қ&amp;ырғызстан</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Интерфейс тілі</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>The window speaks the new language at once; nothing typed on other pages is lost. Reports and messages of the database follow it too.</source>
        <translation>Терезе бірден жаңа тілге ауысады; басқа беттерде енгізілгеннің бәрі сақталады. Есептер мен дерекқор хабарламалары да осы тілде болады.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Бұғаттау</translation>
    </message>
    <message>
        <source>Lock &amp;after, minutes without use</source>
        <translation>Бұғатталғанға дейін әрекетсіз &amp;минуттар</translation>
    </message>
    <message>
        <source>Minutes without use before the window locks</source>
        <translation>Терезе бұғатталғанға дейінгі әрекетсіз минуттар саны</translation>
    </message>
    <message>
        <source>The locked window asks for the password again and keeps everything typed. Ctrl+L locks it at once.</source>
        <translation>Бұғатталған терезе құпиясөзді қайта сұрайды және енгізілгеннің бәрін сақтайды. Ctrl+L терезені бірден бұғаттайды.</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>Менің құпиясөзім</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Құпиясөзді &amp;өзгерту…</translation>
    </message>
    <message>
        <source>Users of this computer</source>
        <translation>Осы компьютердің пайдаланушылары</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation>Пайдаланушы &amp;қосу…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n пайдаланушы</numerusform>
            <numerusform>%n пайдаланушы</numerusform>
        </translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Құпиясөз өзгертілді</translation>
    </message>
    <message>
        <source>From now on, sign in and unlock with the new password.</source>
        <translation>Енді кіру және бұғаттан шығару үшін жаңа құпиясөзді пайдаланыңыз.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Register an appeal</source>
        <translation>Жолданымды тіркеу</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Жаңа оқиға</translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation>Жаңа журнал жазбасы</translation>
    </message>
    <message>
        <source>Save the entry</source>
        <translation>Жазбаны сақтау</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>Жаңа бағдар</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Жаңа тапсырма</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Жаңа үй шаруашылығы</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Жылдам пернелер</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SyncDevices</name>
    <message>
        <source>enrolled here</source>
        <translation>осында тіркелген</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>%1 арқылы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Таңба</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Қайдан белгілі</translation>
    </message>
</context>
<context>
    <name>SyncHistory</name>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>No. %1, %2</source>
        <translation>№%1, %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>жоқ: %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>all confirmed</source>
        <translation>бәрі расталған</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>ретінде</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) of changes</source>
        <translation>
            <numerusform>%n өзгерістер топтамасы</numerusform>
            <numerusform>%n өзгерістер топтамасы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n өзгеріс</numerusform>
            <numerusform>%n өзгеріс</numerusform>
        </translation>
    </message>
    <message>
        <source>restored</source>
        <translation>қалпына келтірілді</translation>
    </message>
    <message>
        <source>rewritten</source>
        <translation>қайта жазылған</translation>
    </message>
    <message>
        <source>Restored from a backup: journal entries %1 to %2 of this device are lost. What it had sent before is kept here and goes back to it.</source>
        <translation>Сақтық көшірмеден қалпына келтірілді: осы құрылғы журналының %1–%2 жазбалары жоғалды. Оның бұрын жібергенінің бәрі осында сақталған және оған қайтарылады.</translation>
    </message>
    <message>
        <source>The journal in package %2 no longer extends what package %1 showed: records of this device may have been changed behind the application&apos;s back. Report it.</source>
        <translation>№%2 пакеттегі журнал №%1 пакет көрсеткенді енді жалғастырмайды: бұл құрылғының жазбалары қолданбаны айналып өтіп өзгертілген болуы мүмкін. Бұл туралы хабарлаңыз.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Соңғы алынғаны</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) received in all</source>
        <translation>
            <numerusform>Барлығы %n пакет алынды</numerusform>
            <numerusform>Барлығы %n пакет алынды</numerusform>
        </translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Олқылықтар</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Соңғы жіберілгені</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written in all</source>
        <translation>
            <numerusform>Барлығы %n пакет жазылды</numerusform>
            <numerusform>Барлығы %n пакет жазылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Әлі расталмаған</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Соңғы байланыс</translation>
    </message>
    <message numerus="yes">
        <source>Devices this computer exchanges packages with: %n.</source>
        <translation>
            <numerusform>Осы компьютер пакет алмасатын құрылғылар: %n.</numerusform>
            <numerusform>Осы компьютер пакет алмасатын құрылғылар: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them rewrote their history: see the Journal column.</source>
        <translation>
            <numerusform>Олардың %n құрылғысының тарихы қайта жазылған: «Журнал» бағанын қараңыз.</numerusform>
            <numerusform>Олардың %n құрылғысының тарихы қайта жазылған: «Журнал» бағанын қараңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received were set aside: the device that made them may not make them. They are kept for the chief&apos;s review.</source>
        <translation>
            <numerusform>Алынған %n өзгеріс бөлек қойылды: оларды жасаған құрылғының оларды жасауға құқығы жоқ. Олар бастықтың тексеруі үшін сақталды.</numerusform>
            <numerusform>Алынған %n өзгеріс бөлек қойылды: оларды жасаған құрылғының оларды жасауға құқығы жоқ. Олар бастықтың тексеруі үшін сақталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>&amp;Packages</source>
        <translation>&amp;Пакеттер</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Құрылғылар</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>Қ&amp;айшылықтар</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%n)</source>
        <translation>
            <numerusform>Қ&amp;айшылықтар (%n)</numerusform>
            <numerusform>Қ&amp;айшылықтар (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Сенім қайтарылған</translation>
    </message>
    <message>
        <source>precinct %1</source>
        <translation>%1 учаске</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>%1 аудан</translation>
    </message>
    <message>
        <source>chief</source>
        <translation>бастық</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>басқарма</translation>
    </message>
    <message>
        <source>never</source>
        <translation>бірде-бір рет</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n күн бұрын</numerusform>
            <numerusform>%n күн бұрын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>және тағы %n</numerusform>
            <numerusform>және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported.</source>
        <translation>%1: бұрын қабылданған.</translation>
    </message>
    <message>
        <source>%1: refused.</source>
        <translation>%1: қабылданбады.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n жазба қосылды</numerusform>
            <numerusform>%n жазба қосылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation>
            <numerusform>%n жазба өзгертілді</numerusform>
            <numerusform>%n жазба өзгертілді</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>жаңа ештеңе жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>қарауға %n қайшылық</numerusform>
            <numerusform>қарауға %n қайшылық</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported from %2.</source>
        <translation>%1: %2 құрылғысынан қабылданды.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Жаңа тапсырма</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Инспектор</translation>
    </message>
    <message>
        <source>Inspector who gets the task</source>
        <translation>Тапсырма берілетін инспектор</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Тақырыбы</translation>
    </message>
    <message>
        <source>Title of the task</source>
        <translation>Тапсырманың тақырыбы</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Мәтіні</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Мерзімі</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Жіберу</translation>
    </message>
    <message>
        <source>No inspector is known to this database yet: enrol one first.</source>
        <translation>Бұл дерекқорда әзірге инспектор жоқ: алдымен инспекторды тіркеңіз.</translation>
    </message>
    <message>
        <source>Say in a few words what is to be done.</source>
        <translation>Не істеу керегін бірнеше сөзбен жазыңыз.</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Open tasks</source>
        <translation>Орындалмаған тапсырмалар</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалғандар</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Барлық тапсырмалар</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>Which tasks to show</source>
        <translation>Қандай тапсырмаларды көрсету</translation>
    </message>
    <message>
        <source>New ta&amp;sk…</source>
        <translation>&amp;Жаңа тапсырма…</translation>
    </message>
    <message>
        <source>Give an inspector a task (Ctrl+T)</source>
        <translation>Инспекторға тапсырма беру (Ctrl+T)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <source>The task chosen</source>
        <translation>Таңдалған тапсырма</translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation>&amp;Не істелді</translation>
    </message>
    <message>
        <source>Report on the task</source>
        <translation>Тапсырманың орындалуы туралы есеп</translation>
    </message>
    <message>
        <source>&amp;Take the task</source>
        <translation>Орындауға &amp;алу</translation>
    </message>
    <message>
        <source>&amp;Report done</source>
        <translation>Орындалғаны туралы &amp;баяндау</translation>
    </message>
    <message numerus="yes">
        <source>Tasks: %n</source>
        <translation>
            <numerusform>Тапсырмалар: %n</numerusform>
            <numerusform>Тапсырмалар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks here. To give one, press Ctrl+T.</source>
        <translation>Мұнда тапсырмалар жоқ. Тапсырма беру үшін Ctrl+T басыңыз.</translation>
    </message>
    <message>
        <source>No tasks here. Tasks arrive from the chief with sync packages.</source>
        <translation>Мұнда тапсырмалар жоқ. Тапсырмалар бастықтан синхрондау пакеттерімен келеді.</translation>
    </message>
    <message>
        <source>Choose a task to read it.</source>
        <translation>Оқу үшін тапсырманы таңдаңыз.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Кімнен: %1, кімге: %2.</translation>
    </message>
    <message>
        <source>Due by %1: %2.</source>
        <translation>Мерзімі %1: %2.</translation>
    </message>
    <message>
        <source>Taken %1.</source>
        <translation>%1 орындауға алынды.</translation>
    </message>
    <message>
        <source>Done %1: %2</source>
        <translation>%1 орындалды: %2</translation>
    </message>
    <message>
        <source>Write what was done, then report.</source>
        <translation>Не істелгенін жазып, содан кейін баяндаңыз.</translation>
    </message>
</context>
<context>
    <name>TerritoryNameDialog</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Коды</translation>
    </message>
    <message>
        <source>Code (KATO or SOATE)</source>
        <translation>Коды (КАТО немесе СОАТЕ)</translation>
    </message>
    <message>
        <source>New settlement</source>
        <translation>Жаңа елді мекен</translation>
    </message>
    <message>
        <source>New street</source>
        <translation>Жаңа көше</translation>
    </message>
    <message>
        <source>Type the name.</source>
        <translation>Атауын енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>TerritoryPage</name>
    <message>
        <source>No street</source>
        <translation>Көшесіз</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Үй шаруашылықтары</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Тұрғындар</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Көше</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Үй</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Пәтер</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>Бағдар</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Координаттар</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>&amp;Precinct</source>
        <translation>&amp;Учаске</translation>
    </message>
    <message>
        <source>Precinct shown</source>
        <translation>Көрсетілетін учаске</translation>
    </message>
    <message>
        <source>Settlements and &amp;households</source>
        <translation>Елді мекендер мен &amp;үй шаруашылықтары</translation>
    </message>
    <message>
        <source>Precinct p&amp;assport</source>
        <translation>Учаске &amp;паспорты</translation>
    </message>
    <message>
        <source>&amp;Settlements</source>
        <translation>&amp;Елді мекендер</translation>
    </message>
    <message>
        <source>St&amp;reets</source>
        <translation>&amp;Көшелер</translation>
    </message>
    <message>
        <source>Hous&amp;eholds</source>
        <translation>Ү&amp;й шаруашылықтары</translation>
    </message>
    <message>
        <source>Settlements of the precinct</source>
        <translation>Учаскенің елді мекендері</translation>
    </message>
    <message>
        <source>Streets of the settlement</source>
        <translation>Елді мекеннің көшелері</translation>
    </message>
    <message>
        <source>Households of the street</source>
        <translation>Көшенің үй шаруашылықтары</translation>
    </message>
    <message>
        <source>Add a settle&amp;ment…</source>
        <translation>Елді &amp;мекен қосу…</translation>
    </message>
    <message>
        <source>Add a s&amp;treet…</source>
        <translation>Кө&amp;ше қосу…</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;Жаңа үй шаруашылығы…</translation>
    </message>
    <message>
        <source>Add a household to this street (Ctrl+N)</source>
        <translation>Осы көшеге үй шаруашылығын қосу (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Choose a settlement and a street to see its households.</source>
        <translation>Үй шаруашылықтарын көру үшін елді мекен мен көшені таңдаңыз.</translation>
    </message>
    <message>
        <source>Households: more than %1</source>
        <translation>Үй шаруашылықтары: %1-ден астам</translation>
    </message>
    <message numerus="yes">
        <source>Households: %n</source>
        <translation>
            <numerusform>Үй шаруашылықтары: %n</numerusform>
            <numerusform>Үй шаруашылықтары: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No households here yet. To add one, press Ctrl+N.</source>
        <translation>Мұнда әзірге үй шаруашылықтары жоқ. Қосу үшін Ctrl+N басыңыз.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Қолданылу мерзімі</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Жауап беру мерзімі</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Есеп санаты</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Жолданым</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>Wanted notice</source>
        <translation>Іздеу бағдары</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Кім ұсынды</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Есептегілерді тексеру</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Жолданымдар</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <source>Wanted notices</source>
        <translation>Іздеу бағдарлары</translation>
    </message>
    <message>
        <source>Residents&apos; proposals</source>
        <translation>Тұрғындардың ұсыныстары</translation>
    </message>
    <message>
        <source>Register checks overdue and due this week</source>
        <translation>Есептегілерді тексеру: мерзімі өткендер және осы аптадағылар</translation>
    </message>
    <message>
        <source>Appeals overdue and due within 3 working days</source>
        <translation>Жолданымдар: мерзімі өткендер және 3 жұмыс күні ішінде мерзімі келетіндер</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Орындалмаған тапсырмалар</translation>
    </message>
    <message>
        <source>Unread wanted notices</source>
        <translation>Оқылмаған іздеу бағдарлары</translation>
    </message>
    <message>
        <source>Proposals of residents overdue or due this week, and the report to residents</source>
        <translation>Мерзімі өткен және осы аптада мерзімі жететін тұрғындар ұсыныстары мен халық алдындағы есеп</translation>
    </message>
    <message>
        <source>%1; this week runs to %2.</source>
        <translation>%1; осы апта %2 дейін.</translation>
    </message>
    <message>
        <source>No backup of this database has been made yet: make one in Settings.</source>
        <translation>Бұл дерекқордың сақтық көшірмесі әлі жоқ: оны «Баптаулар» бөлімінде жасаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup is %n day(s) old: make one in Settings.</source>
        <translation>
            <numerusform>Соңғы сақтық көшірмеге %n күн болды: жаңасын «Баптаулар» бөлімінде жасаңыз.</numerusform>
            <numerusform>Соңғы сақтық көшірмеге %n күн болды: жаңасын «Баптаулар» бөлімінде жасаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: %1. Due this week: %2.</source>
        <translation>Мерзімі өткен: %1. Осы аптада: %2.</translation>
    </message>
    <message>
        <source>Overdue: %1. Due within 3 working days: %2.</source>
        <translation>Мерзімі өткен: %1. 3 жұмыс күні ішінде: %2.</translation>
    </message>
    <message>
        <source>Overdue: %1. Other open tasks: %2.</source>
        <translation>Мерзімі өткен: %1. Басқа орындалмаған тапсырмалар: %2.</translation>
    </message>
    <message>
        <source>Not read yet: %2.</source>
        <translation>Әлі оқылмаған: %2.</translation>
    </message>
    <message>
        <source>Term ended, to remove or extend: %1.</source>
        <translation>Мерзімі өтті, шығару немесе ұзарту: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n are shown.</source>
        <translation>
            <numerusform>Алғашқы %n көрсетілген.</numerusform>
            <numerusform>Алғашқы %n көрсетілген.</numerusform>
        </translation>
    </message>
    <message>
        <source>No home check is overdue or due this week. People are put on the register, and their checks recorded, on the Register page.</source>
        <translation>Мерзімі өткен және осы аптадағы тексерулер жоқ. Адамды есепке қою және тексеруді жазу «Профилактикалық есеп» бетінде.</translation>
    </message>
    <message>
        <source>No appeal is overdue or due within 3 working days. To register a new appeal, open the Appeals page and press Ctrl+N.</source>
        <translation>Мерзімі өткен және 3 жұмыс күні ішінде мерзімі келетін жолданымдар жоқ. Жаңа жолданымды тіркеу үшін «Жолданымдар» бетін ашып, Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <source>No proposal of residents is overdue or due this week. Questions raised at meetings and receptions are tracked on the Meetings and proposals page.</source>
        <translation>Мерзімі өткен немесе осы аптада мерзімі жететін тұрғындар ұсынысы жоқ. Кездесулер мен қабылдауларда көтерілген сұрақтар «Кездесулер мен ұсыныстар» бетінде бақыланады.</translation>
    </message>
    <message>
        <source>No open tasks. Tasks from the chief arrive with sync packages.</source>
        <translation>Орындалмаған тапсырмалар жоқ. Бастықтың тапсырмалары синхрондау пакеттерімен келеді.</translation>
    </message>
    <message>
        <source>No open tasks. To give an inspector a task, open Notices and tasks and press Ctrl+T.</source>
        <translation>Орындалмаған тапсырмалар жоқ. Инспекторға тапсырма беру үшін «Бағдарлар мен тапсырмалар» бетін ашып, Ctrl+T басыңыз.</translation>
    </message>
    <message>
        <source>No unread wanted notices. New notices arrive with sync packages; the Notices and tasks page lists them all.</source>
        <translation>Оқылмаған іздеу бағдарлары жоқ. Жаңа бағдарлар синхрондау пакеттерімен келеді; олардың бәрі «Бағдарлар мен тапсырмалар» бетінде.</translation>
    </message>
    <message>
        <source>No unread wanted notices. To write one, open Notices and tasks and press Ctrl+N.</source>
        <translation>Оқылмаған іздеу бағдарлары жоқ. Жаңасын жазу үшін «Бағдарлар мен тапсырмалар» бетін ашып, Ctrl+N басыңыз.</translation>
    </message>
</context>
<context>
    <name>TypingGuard</name>
    <message>
        <source>What you typed here is not saved yet. Save it?</source>
        <translation>Мұнда енгізілгені әлі сақталмаған. Сақтау керек пе?</translation>
    </message>
</context>
<context>
    <name>UnavailablePanel</name>
    <message>
        <source>This page is not available</source>
        <translation>Бұл бет қолжетімсіз</translation>
    </message>
    <message>
        <source>The page “%1” is not part of this version of the application yet. The other pages work as usual.</source>
        <translation>«%1» беті қолданбаның бұл нұсқасында әлі жоқ. Басқа беттер әдеттегідей жұмыс істейді.</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>The first user</source>
        <translation>Бірінші пайдаланушы</translation>
    </message>
    <message>
        <source>This user looks after the database: signs in first and adds the other users.</source>
        <translation>Бұл пайдаланушы дерекқорға жауапты: бірінші болып кіреді және басқа пайдаланушыларды қосады.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>for example ivanov</source>
        <translation>мысалы, ivanov</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>Құпиясөзді қа&amp;йталаңыз</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>At least 8 characters that no one can guess: the database holds personal data. The password cannot be read back from the database; if it is forgotten, only the recovery key shown at the end opens the database again.</source>
        <translation>Ешкім таба алмайтын кемінде 8 таңба: дерекқорда дербес деректер сақталады. Құпиясөзді дерекқордан білу мүмкін емес; ол ұмытылса, дерекқорды соңында көрсетілетін қалпына келтіру кілті ғана қайта ашады.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Кіруге рұқсат</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>District inspector</source>
        <translation>Учаскелік инспектор</translation>
    </message>
    <message>
        <source>Assistant district inspector</source>
        <translation>Учаскелік инспектордың көмекшісі</translation>
    </message>
    <message>
        <source>Chief of the district inspectors</source>
        <translation>Учаскелік инспекторлар қызметінің бастығы</translation>
    </message>
    <message>
        <source>Headquarters analyst</source>
        <translation>Басқарма талдаушысы</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Қырғызстан</translation>
    </message>
</context>
<context>
    <name>WorkText</name>
    <message>
        <source>Not read yet</source>
        <translation>Әлі оқылмаған</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Мерзімі ұзартылды</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Уәкілетті органға жолданды</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Қаралды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылды</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Орындауға алынды</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Балабақша</translation>
    </message>
    <message>
        <source>Medical post or clinic</source>
        <translation>Медициналық пункт немесе емхана</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Дүкен</translation>
    </message>
    <message>
        <source>Café or canteen</source>
        <translation>Кафе немесе асхана</translation>
    </message>
    <message>
        <source>Place of worship</source>
        <translation>Ғибадат орны</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Шаруа қожалығы</translation>
    </message>
    <message>
        <source>Fuel station</source>
        <translation>Жанармай құю бекеті</translation>
    </message>
    <message>
        <source>Local administration</source>
        <translation>Жергілікті әкімдік</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>KUP/ERPP number</source>
        <translation>КУП/ЕРПП нөмірі</translation>
    </message>
    <message>
        <source>KUI/ERDR number</source>
        <translation>КУИ/ЕРДР нөмірі</translation>
    </message>
    <message>
        <source>Term ended: remove or extend</source>
        <translation>Мерзімі өтті: шығару немесе ұзарту</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Мерзімі %n күнге өтті</numerusform>
            <numerusform>Мерзімі %n күнге өтті</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Мерзіміне %n күн қалды</numerusform>
            <numerusform>Мерзіміне %n күн қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Мерзімі %n жұмыс күніне өтті</numerusform>
            <numerusform>Мерзімі %n жұмыс күніне өтті</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline today</source>
        <translation>Мерзімі бүгін бітеді</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n жұмыс күні қалды</numerusform>
            <numerusform>%n жұмыс күні қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>%1 қаралды</translation>
    </message>
    <message>
        <source>Forwarded %1</source>
        <translation>%1 жолданды</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>Күші жойылды %1</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>%1 оқылды</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі бітті</translation>
    </message>
    <message>
        <source>Type the date as DD.MM.YYYY.</source>
        <translation>Күнді КК.АА.ЖЖЖЖ түрінде енгізіңіз.</translation>
    </message>
    <message>
        <source>The date is later than %1.</source>
        <translation>Бұл күн %1 кейін.</translation>
    </message>
    <message>
        <source>The date is earlier than %1.</source>
        <translation>Бұл күн %1 бұрын.</translation>
    </message>
</context>
</TS>
