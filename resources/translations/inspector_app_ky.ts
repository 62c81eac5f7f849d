<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Колдонуучу кошуу</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Колдонуучунун аты</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>for example ivanov</source>
        <translation>мисалы, ivanov</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Аты-жөнү</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Фамилиясы, аты, атасынын аты</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилиясы, аты, атасынын аты</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Ролу</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>May &amp;manage users of this computer</source>
        <translation>Бул компьютердин колдонуучуларын &amp;башкара алат</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Сырсөз</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>R&amp;epeat the password</source>
        <translation>Сырсөздү ка&amp;йталаңыз</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Сырсөздү кайталаңыз</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Колдонуучунун атын киргизиңиз.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Ко&amp;шуу</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Already open</source>
        <translation>Мурунтан ачык</translation>
    </message>
    <message>
        <source>The application is already open on this database in another window. Switch to that window (it is on the taskbar).</source>
        <translation>Программа бул маалымат базасы менен башка терезеде ачык турат. Ошол терезеге өтүңүз (ал тапшырмалар тактасында).</translation>
    </message>
</context>
<context>
    <name>AppealAccountabilityDialog</name>
    <message>
        <source>Extension authorised by</source>
        <translation>Узартууга уруксат берген</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>Applicant told late</source>
        <translation>Арыз ээсине кеч кабарланды</translation>
    </message>
    <message>
        <source>Forwarded late</source>
        <translation>Кеч жөнөтүлдү</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Катталды</translation>
    </message>
    <message>
        <source>Registered late</source>
        <translation>Кеч катталды</translation>
    </message>
    <message>
        <source>Longest delay, working days</source>
        <translation>Эң узак кечигүү, иш күнү</translation>
    </message>
    <message>
        <source>Decided within the deadline</source>
        <translation>Мөөнөтүндө каралды</translation>
    </message>
    <message>
        <source>Decided late</source>
        <translation>Мөөнөтү бузулуп каралды</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Узартылды</translation>
    </message>
    <message>
        <source>Extensions entered late</source>
        <translation>Узартуулар кеч киргизилди</translation>
    </message>
    <message>
        <source>Told late</source>
        <translation>Кеч кабарланды</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Кайрылуу</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>Who, when, why</source>
        <translation>Ким, качан, эмне үчүн</translation>
    </message>
    <message>
        <source>Appeals: accountability by inspector</source>
        <translation>Кайрылуулар: инспекторлор боюнча отчеттуулук</translation>
    </message>
    <message>
        <source>Every appeal is counted, cancelled and late ones too. A decision counts as within the deadline only when the extension was decided before the deadline.</source>
        <translation>Ар бир кайрылуу эсептелген, жокко чыгарылгандары жана мөөнөтү өткөндөрү да. Узартуу мөөнөт өткөнгө чейин чечилген учурда гана чечим мөөнөтүндө кабыл алынган болуп эсептелет.</translation>
    </message>
    <message>
        <source>Appeals by inspector</source>
        <translation>Инспекторлор боюнча кайрылуулар</translation>
    </message>
    <message>
        <source>Extensions, late steps and cancellations</source>
        <translation>Узартуулар, кечиктирилген кадамдар жана жокко чыгаруулар</translation>
    </message>
    <message>
        <source>Choose an inspector to read the details.</source>
        <translation>Кененирээк көрүү үчүн инспекторду тандаңыз.</translation>
    </message>
    <message>
        <source>Extensions, late steps and cancellations of %1</source>
        <translation>Узартуулар, кечиктирилген кадамдар жана жокко чыгаруулар: %1</translation>
    </message>
</context>
<context>
    <name>AppealRegisterDialog</name>
    <message>
        <source>Register an appeal</source>
        <translation>Кайрылууну каттоо</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Келип түшкөн күнү</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Келип түшкөн күнү</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>Берүү &amp;ыкмасы</translation>
    </message>
    <message>
        <source>How the appeal came</source>
        <translation>Кайрылуу кантип келип түштү</translation>
    </message>
    <message>
        <source>&amp;Applicant</source>
        <translation>&amp;Арыз ээси</translation>
    </message>
    <message>
        <source>Find the applicant among the people</source>
        <translation>Арыз ээсин тургундардын арасынан табуу</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Фамилиясы, аты же ИЖН</translation>
    </message>
    <message>
        <source>&amp;Not this person</source>
        <translation>&amp;Башка адам</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;name</source>
        <translation>Арыз ээсинин &amp;аты-жөнү</translation>
    </message>
    <message>
        <source>Applicant&apos;s name, when not among the people</source>
        <translation>Арыз ээсинин аты-жөнү, эгер ал тургундардын арасында жок болсо</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Кыскача &amp;мазмуну</translation>
    </message>
    <message>
        <source>What the appeal is about</source>
        <translation>Кайрылуу эмне жөнүндө</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрү</translation>
    </message>
    <message>
        <source>Kind of appeal</source>
        <translation>Кайрылуунун түрү</translation>
    </message>
    <message>
        <source>A&amp;nonymous: registered, not refused</source>
        <translation>А&amp;нонимдүү: катталат, четке кагылбайт</translation>
    </message>
    <message>
        <source>C&amp;ollective: signed by several people</source>
        <translation>&amp;Жамааттык: бир нече адам кол койгон</translation>
    </message>
    <message>
        <source>About &amp;officer</source>
        <translation>&amp;Кызматкерге</translation>
    </message>
    <message>
        <source>The police officer a complaint is about</source>
        <translation>Даттануу берилген милиция кызматкери</translation>
    </message>
    <message>
        <source>&amp;Letters in</source>
        <translation>&amp;Каттардын тили</translation>
    </message>
    <message>
        <source>The language of the letters to the applicant</source>
        <translation>Арыз ээсине каттардын тили</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Каттоо</translation>
    </message>
    <message>
        <source>not a complaint about an officer</source>
        <translation>кызматкерге даттануу эмес</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орус тили</translation>
    </message>
    <message>
        <source>the state language</source>
        <translation>мамлекеттик тил</translation>
    </message>
    <message>
        <source>Find the applicant among the people, or type their name.</source>
        <translation>Арыз ээсин тургундардын арасынан табыңыз же аты-жөнүн жазыңыз.</translation>
    </message>
    <message>
        <source>Say what the appeal is about.</source>
        <translation>Кайрылуу эмне жөнүндө экенин жазыңыз.</translation>
    </message>
</context>
<context>
    <name>AppealStepDialog</name>
    <message>
        <source>Appeal</source>
        <translation>Кайрылуу</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Датасы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>&amp;Authorised by</source>
        <translation>&amp;Уруксат берген</translation>
    </message>
    <message>
        <source>Who authorised the extension</source>
        <translation>Узартууга ким уруксат берди</translation>
    </message>
    <message>
        <source>Name, position</source>
        <translation>Аты-жөнү, кызматы</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Чечим &amp;күнү</translation>
    </message>
    <message>
        <source>The day the head decided</source>
        <translation>Начальник чечим кабыл алган күн</translation>
    </message>
    <message>
        <source>Reason for the &amp;delay</source>
        <translation>Кечигүүнүн &amp;себеби</translation>
    </message>
    <message>
        <source>Why the step is late</source>
        <translation>Кадам эмне үчүн кечиктирилди</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Мөөнөттү узартуу</translation>
    </message>
    <message>
        <source>The applicant told of the extension</source>
        <translation>Арыз ээсине узартуу жөнүндө кабарланды</translation>
    </message>
    <message>
        <source>Forward to the competent body</source>
        <translation>Таандыктыгы боюнча жөнөтүү</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Чечимди жазуу</translation>
    </message>
    <message>
        <source>Cancel a mistaken entry</source>
        <translation>Ката жазууну жокко чыгаруу</translation>
    </message>
    <message>
        <source>Appeal %1 from %2, received %3. Deadline %4: %5.</source>
        <translation>%1 кайрылуу, ээси: %2, келип түшкөн күнү %3. Мөөнөтү %4: %5.</translation>
    </message>
    <message>
        <source>New &amp;deadline</source>
        <translation>Жаңы &amp;мөөнөт</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Себеби</translation>
    </message>
    <message>
        <source>Why the deadline is extended</source>
        <translation>Мөөнөт эмне үчүн узартылат</translation>
    </message>
    <message>
        <source>&amp;Told on</source>
        <translation>&amp;Кабарланган күнү</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Эмне үчүн</translation>
    </message>
    <message>
        <source>&amp;Forwarded on</source>
        <translation>&amp;Жөнөтүлгөн күнү</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>&amp;Кайда</translation>
    </message>
    <message>
        <source>The body the appeal is forwarded to</source>
        <translation>Кайрылуу жөнөтүлгөн орган</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Чечим күнү</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Чечим</translation>
    </message>
    <message>
        <source>The decision taken</source>
        <translation>Кабыл алынган чечим</translation>
    </message>
    <message>
        <source>Why the entry is cancelled</source>
        <translation>Жазуу эмне үчүн жокко чыгарылат</translation>
    </message>
    <message>
        <source>Only the head or a deputy extends, before the deadline has passed: the law lets the deadline be extended to %1 at the latest. Tell the applicant about the extension.</source>
        <translation>Мөөнөттү начальник же орун басары гана жана мөөнөт өткөнгө чейин гана узартат: мыйзам мөөнөттү эң кеч дегенде %1 чейин узартууга мүмкүндүк берет. Арыз ээсине узартуу жөнүндө кабарлаңыз.</translation>
    </message>
    <message>
        <source>Only the head or a deputy extends, before the deadline has passed. The law sets no latest date for an extension here.</source>
        <translation>Мөөнөттү начальник же орун басары гана жана мөөнөт өткөнгө чейин гана узартат. Мыйзам бул жерде узартуунун акыркы күнүн белгилебейт.</translation>
    </message>
    <message>
        <source>The law asks the applicant to be told by %1.</source>
        <translation>Мыйзам боюнча арыз ээсине эң кеч дегенде %1 кабарлоо керек.</translation>
    </message>
    <message>
        <source>The law asks an appeal to be forwarded by %1.</source>
        <translation>Мыйзам боюнча кайрылууну эң кеч дегенде %1 жөнөтүү керек.</translation>
    </message>
    <message>
        <source>A cancelled appeal stays in the register with its number and the reason.</source>
        <translation>Жокко чыгарылган кайрылуу журналда өз номери жана себеби менен калат.</translation>
    </message>
    <message>
        <source>Cancel the &amp;entry</source>
        <translation>Жазууну жокко &amp;чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>The new deadline has passed already: give a day still to come.</source>
        <translation>Жаңы мөөнөт өтүп кетти: али келе элек күндү көрсөтүңүз.</translation>
    </message>
    <message>
        <source>Say why the entry is cancelled.</source>
        <translation>Жазуу эмне үчүн жокко чыгарыларын көрсөтүңүз.</translation>
    </message>
    <message>
        <source>The law&apos;s limit was %1: say why it is late.</source>
        <translation>Мыйзам боюнча мөөнөт — %1: кечигүүнүн себебин көрсөтүңүз.</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Узартуу</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Жөнөтүү</translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one, %1.</source>
        <translation>Жаңы мөөнөт азыркы мөөнөттөн (%1) кийин болушу керек.</translation>
    </message>
    <message>
        <source>Refused: the law allows an extension to %1 at the latest (%2 days from receipt).</source>
        <translation>Болбойт: мыйзам эң кечинде %1 чейин узартууга уруксат берет (келип түшкөн күндөн тартып %2 күн).</translation>
    </message>
    <message>
        <source>The deadline %1 had passed by then: the law allows no extension after it.</source>
        <translation>Бул күнгө карата %1 мөөнөтү өтүп кеткен: мыйзам андан кийин узартууга жол бербейт.</translation>
    </message>
    <message>
        <source>Name the head or deputy who decided, and the position: “Name, position”.</source>
        <translation>Чечим кабыл алган начальникти же орун басарды жана кызматын көрсөтүңүз: «Аты-жөнү, кызматы».</translation>
    </message>
    <message>
        <source>Say why the deadline is extended.</source>
        <translation>Мөөнөт эмне үчүн узартыларын жазыңыз.</translation>
    </message>
    <message>
        <source>Name the body the appeal goes to.</source>
        <translation>Кайрылуу жөнөтүлө турган органды көрсөтүңүз.</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>Чечимди жазыңыз.</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <source>All appeals</source>
        <translation>Бардык кайрылуулар</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Каралууда</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мөөнөтү өткөндөр</translation>
    </message>
    <message>
        <source>Decided or forwarded</source>
        <translation>Каралгандар же жөнөтүлгөндөр</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Катталды</translation>
    </message>
    <message>
        <source>Taken into work</source>
        <translation>Ишке алынды</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Мөөнөтү узартылды</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Таандыктыгы боюнча жөнөтүлдү</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Каралды</translation>
    </message>
    <message>
        <source>Applicant told</source>
        <translation>Арыз ээсине кабарланды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Оңдолду</translation>
    </message>
    <message>
        <source>registered late (%1 working days)</source>
        <translation>кеч катталды (иш күнү: %1)</translation>
    </message>
    <message>
        <source>extension entered late</source>
        <translation>узартуу кеч киргизилди</translation>
    </message>
    <message>
        <source>applicant told late</source>
        <translation>арыз ээсине кеч кабарланды</translation>
    </message>
    <message>
        <source>forwarded late</source>
        <translation>кеч жөнөтүлдү</translation>
    </message>
    <message>
        <source>decided after the deadline</source>
        <translation>мөөнөттөн кийин каралды</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Келип түшкөн күнү</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Арыз ээси</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Берүү ыкмасы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Калган убакыт</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Толугураак</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Жаңы мөөнөт</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Кайрылуулар</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсөтүү</translation>
    </message>
    <message>
        <source>Which appeals to show</source>
        <translation>Кайсы кайрылууларды көрсөтүү</translation>
    </message>
    <message>
        <source>&amp;New appeal…</source>
        <translation>&amp;Жаңы кайрылуу…</translation>
    </message>
    <message>
        <source>Register an appeal (Ctrl+N)</source>
        <translation>Кайрылууну каттоо (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>&amp;Узартуу…</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>Жө&amp;нөтүү…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Чечим…</translation>
    </message>
    <message>
        <source>&amp;Take into work</source>
        <translation>&amp;Ишке алуу</translation>
    </message>
    <message>
        <source>&amp;Told…</source>
        <translation>&amp;Кабарланды…</translation>
    </message>
    <message>
        <source>The day the applicant was told of the extension</source>
        <translation>Арыз ээсине узартуу жөнүндө кабарланган күн</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>Жокко &amp;чыгаруу…</translation>
    </message>
    <message>
        <source>Cancel a mistaken entry, with the reason</source>
        <translation>Ката жазууну себебин көрсөтүп жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Accountability…</source>
        <translation>&amp;Отчеттуулук…</translation>
    </message>
    <message>
        <source>Appeals by inspector: delays, extensions, late steps</source>
        <translation>Инспекторлор боюнча кайрылуулар: кечигүүлөр, узартуулар, кечиктирилген кадамдар</translation>
    </message>
    <message>
        <source>History of the appeal</source>
        <translation>Кайрылуунун тарыхы</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарыхы</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Узартуу</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Уруксат берген</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Кечиктирилди</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Кайда жөнөтүлдү</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <source>Appeals: more than %1</source>
        <translation>Кайрылуулар: %1ден ашык</translation>
    </message>
    <message numerus="yes">
        <source>Appeals: %n</source>
        <translation>
            <numerusform>Кайрылуулар: %n</numerusform>
            <numerusform>Кайрылуулар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No appeals yet: press Ctrl+N to register one.</source>
        <translation>Азырынча кайрылуулар жок: кайрылууну каттоо үчүн Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <source>No appeals in this list. Choose “All appeals” to see every one.</source>
        <translation>Бул тизмеде кайрылуулар жок. Баарын көрүү үчүн «Бардык кайрылуулар» дегенди тандаңыз.</translation>
    </message>
    <message>
        <source>Choose an appeal to see its history.</source>
        <translation>Тарыхын көрүү үчүн кайрылууну тандаңыз.</translation>
    </message>
    <message>
        <source>the extension does not count: decided after the deadline</source>
        <translation>узартуу эсепке алынбайт: мөөнөт өткөндөн кийин чечилген</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Жокко чыгарылды: %1</translation>
    </message>
    <message>
        <source>%1, %2 working day(s) after receipt</source>
        <translation>%1, келип түшкөндөн кийинки иш күнү: %2</translation>
    </message>
    <message>
        <source>to %1, decided %2</source>
        <translation>%1 чейин, чечим %2</translation>
    </message>
    <message>
        <source>Appeal %1 is registered; it must be decided by %2.</source>
        <translation>%1 кайрылуусу катталды; аны %2 чейин кароо керек.</translation>
    </message>
</context>
<context>
    <name>ApplicantLetters</name>
    <message>
        <source>&amp;Receipt (талон-уведомление)…</source>
        <translation>&amp;Талон-кабарлама…</translation>
    </message>
    <message>
        <source>Letter on the &amp;extension…</source>
        <translation>Мөөнөттү &amp;узартуу жөнүндө кат…</translation>
    </message>
    <message>
        <source>Letter on &amp;forwarding…</source>
        <translation>Башка органга &amp;жөнөтүү жөнүндө кат…</translation>
    </message>
    <message>
        <source>Letter with the &amp;decision…</source>
        <translation>&amp;Чечим жөнүндө кат…</translation>
    </message>
    <message>
        <source>Save the applicant&apos;s receipt</source>
        <translation>Арыз ээсине талон-кабарламаны сактоо</translation>
    </message>
    <message>
        <source>Save the letter on the extension</source>
        <translation>Мөөнөттү узартуу жөнүндө катты сактоо</translation>
    </message>
    <message>
        <source>Save the letter on forwarding</source>
        <translation>Башка органга жөнөтүү жөнүндө катты сактоо</translation>
    </message>
    <message>
        <source>Save the letter with the decision</source>
        <translation>Чечим жөнүндө катты сактоо</translation>
    </message>
    <message>
        <source>&amp;Papers for the applicant</source>
        <translation>&amp;Арыз ээсине документтер</translation>
    </message>
    <message>
        <source>The receipt and the letters on the extension, forwarding and decision, as PDF</source>
        <translation>Талон-кабарлама жана мөөнөттү узартуу, жөнөтүү жана чечим жөнүндө каттар, PDF түрүндө</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 ичине сакталды</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Азыр көчүрмө жасоо</translation>
    </message>
    <message>
        <source>Back up to a drive or folder…</source>
        <translation>Флешкага же папкага көчүрмө…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Камдык көчүрмө азырынча жасалган эмес.</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup was made %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>Акыркы көчүрмө %1 жасалган (%n күн мурун).</numerusform>
            <numerusform>Акыркы көчүрмө %1 жасалган (%n күн мурун).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups are made every day into %1; the last 7 days, 4 weeks and 12 months are kept.</source>
        <translation>Көчүрмөлөр күн сайын %1 папкасына жасалат; акыркы 7 күндүн, 4 аптанын жана 12 айдын көчүрмөлөрү сакталат.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Камдык көчүрмө жазылууда…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Камдык көчүрмө</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Камдык көчүрмөнү кайда жазуу керек</translation>
    </message>
    <message>
        <source>Write the backup onto a removable drive, or choose a folder.</source>
        <translation>Көчүрмөнү флешкага жазыңыз же папканы тандаңыз.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Камдык көчүрмө үчүн папканы тандаңыз</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Сырсөздү өзгөртүү</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Учурдагы сырсөз</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Учурдагы сырсөз</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Жаңы сырсөз</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңы сырсөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>Жаңы сырсөздү &amp;кайталаңыз</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Жаңы сырсөздү кайталаңыз</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Өзгөртүү</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Учурдагы сырсөздү киргизиңиз.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Record a check</source>
        <translation>Текшерүүнү жазуу</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Датасы</translation>
    </message>
    <message>
        <source>Date of the check</source>
        <translation>Текшерүүнүн датасы</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Ыкмасы</translation>
    </message>
    <message>
        <source>How the check was made</source>
        <translation>Текшерүү кантип жүргүзүлдү</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>үйгө баруу</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>телефон аркылуу</translation>
    </message>
    <message>
        <source>summoned to the post</source>
        <translation>участкалык пунктка чакыруу</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Жыйынтыгы</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Текшерүүнүн жыйынтыгы</translation>
    </message>
    <message>
        <source>at home, no violations</source>
        <translation>үйүндө, бузуу жок</translation>
    </message>
    <message>
        <source>not at home</source>
        <translation>үйүнөн табылган жок</translation>
    </message>
    <message>
        <source>a violation found, a talk held</source>
        <translation>бузуу аныкталды, маек өткөрүлдү</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Эскертүүлөр</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Go to the record</source>
        <translation>Жазууга өтүү</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Азыр көрсөтүлгөн</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>Башка маани</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Мунуну калтыруу</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Башкасын калтыруу</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Place</source>
        <translation>Калктуу конуш же көчө</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Үй чарба</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Object of the precinct</source>
        <translation>Участоктун объектиси</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тургун</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Эсепке алуу</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>Эсептеги адамды текшерүү</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Журналдын жазуусу</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Кайрылуу</translation>
    </message>
    <message>
        <source>Step of an appeal</source>
        <translation>Кайрылуу боюнча кадам</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Окуя</translation>
    </message>
    <message>
        <source>Person in an incident</source>
        <translation>Окуянын катышуучусу</translation>
    </message>
    <message>
        <source>Wanted notice</source>
        <translation>Ориентировка</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <source>Acknowledgement of a notice</source>
        <translation>Таанышуу белгиси</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Маалымдамалар</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>фамилиясы</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты же аталышы</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>атасынын аты</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>туулган күнү</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ИЖН</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефондор</translation>
    </message>
    <message>
        <source>address</source>
        <translation>дарек</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>иштеген жери</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>эскертүүлөр</translation>
    </message>
    <message>
        <source>house</source>
        <translation>үй</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>батир</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>мазмуну</translation>
    </message>
    <message>
        <source>status</source>
        <translation>абалы</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>чечим</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>мөөнөтү</translation>
    </message>
    <message>
        <source>place</source>
        <translation>орду</translation>
    </message>
    <message>
        <source>title</source>
        <translation>аталышы</translation>
    </message>
    <message>
        <source>text</source>
        <translation>тексти</translation>
    </message>
    <message>
        <source>category</source>
        <translation>эсепке алуу категориясы</translation>
    </message>
    <message>
        <source>grounds</source>
        <translation>негиз</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>эсептен чыгарылган күнү</translation>
    </message>
    <message>
        <source>result</source>
        <translation>жыйынтыгы</translation>
    </message>
    <message>
        <source>report</source>
        <translation>отчет</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>инспектор</translation>
    </message>
    <message>
        <source>precinct</source>
        <translation>участок</translation>
    </message>
    <message>
        <source>household</source>
        <translation>үй чарба</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бош)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>The same field was changed on two computers, neither seeing the other&apos;s change. Both values are kept: choose the right one. The choice goes out with the next package and settles the conflict on every computer.</source>
        <translation>Бир эле талаа эки компьютерде өзгөртүлгөн, бири да экинчисинин өзгөртүүсүн көргөн эмес. Эки маани тең сакталды: туурасын тандаңыз. Тандоо кийинки пакет менен жөнөтүлүп, карама-каршылыкты бардык компьютерлерде чечет.</translation>
    </message>
    <message>
        <source>No conflicts: every change received so far merged on its own. Conflicts appear here after a package is read.</source>
        <translation>Карама-каршылыктар жок: алынган бардык өзгөртүүлөр өзүнөн-өзү бириктирилди. Карама-каршылыктар пакет окулгандан кийин бул жерде пайда болот.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Карама-каршылыктар</translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict(s) appear here as these are resolved.</source>
        <translation>
            <numerusform>Булар чечилгенде бул жерде дагы %n карама-каршылык пайда болот.</numerusform>
            <numerusform>Булар чечилгенде бул жерде дагы %n карама-каршылык пайда болот.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settling the conflict</source>
        <translation>Карама-каршылык чечилүүдө</translation>
    </message>
    <message>
        <source>The conflict is settled; the choice goes out with the next package.</source>
        <translation>Карама-каршылык чечилди; тандоо кийинки пакет менен жөнөтүлөт.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>This cannot be done</source>
        <translation>Аракет аткарылган жок</translation>
    </message>
    <message>
        <source>Something went wrong inside the application. What you saved before is safe. Copy the details below and send them to whoever looks after the application, saying what you were doing.</source>
        <translation>Тиркеменин ишинде ката кетти. Мурун сакталгандардын баары аман. Төмөнкү маалыматты көчүрүп, эмне кылып жатканыңызды жазып, тиркемени тейлеген адамга жөнөтүңүз.</translation>
    </message>
    <message>
        <source>The details are also written to %1.</source>
        <translation>Толук маалымат %1 файлына да жазылды.</translation>
    </message>
    <message>
        <source>The application met an error</source>
        <translation>Тиркемеде ката кетти</translation>
    </message>
    <message>
        <source>Details of the error</source>
        <translation>Катанын толук маалыматы</translation>
    </message>
    <message>
        <source>&amp;Copy the details</source>
        <translation>Маалыматты &amp;көчүрүү</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Creating the database</source>
        <translation>Маалымат базасын түзүү</translation>
    </message>
    <message>
        <source>The data is encrypted with a key that only the users&apos; passwords open.</source>
        <translation>Маалыматтар колдонуучулардын сырсөздөрү гана ача турган ачкыч менен шифрленет.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Кайталоо</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Where to write the package</source>
        <translation>Пакетти кайда жазуу керек</translation>
    </message>
    <message>
        <source>Write the package onto a removable drive, or choose a folder.</source>
        <translation>Пакетти алынма дискке жазыңыз же папканы тандаңыз.</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (бош орун: %2)</translation>
    </message>
    <message>
        <source>&amp;Another folder…</source>
        <translation>Башка &amp;папка…</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>This computer</source>
        <translation>Ушул компьютер</translation>
    </message>
    <message>
        <source>Fingerprint of this computer:</source>
        <translation>Ушул компьютердин ачкычынын изи:</translation>
    </message>
    <message>
        <source>Fingerprint of this computer</source>
        <translation>Ушул компьютердин ачкычынын изи</translation>
    </message>
    <message>
        <source>&amp;Save this computer&apos;s card…</source>
        <translation>Ушул компьютердин карточкасын &amp;сактоо…</translation>
    </message>
    <message>
        <source>Give the card file to the other side (on a USB stick or by e-mail), then read this fingerprint out to them by phone, group by group. They enrol this computer only if the fingerprint on their screen is the same.</source>
        <translation>Карточканын файлын экинчи тарапка бериңиз (флешка менен же электрондук почта аркылуу), анан бул изди аларга телефон аркылуу топ-тобу менен окуп бериңиз. Алар бул компьютерди өз экранындагы из так ушундай болсо гана каттайт.</translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation>Түзмөктү каттоо</translation>
    </message>
    <message>
        <source>&amp;Enrol a device…</source>
        <translation>Түзмөктү &amp;каттоо…</translation>
    </message>
    <message>
        <source>Choose the card file of the other computer. Its fingerprint is shown here: call the other side and have them read theirs out. Enrol only if every character is the same.</source>
        <translation>Башка компьютердин карточкасынын файлын тандаңыз. Анын изи бул жерде көрсөтүлөт: экинчи тарапка чалып, алардын изин окуп берүүсүн сураңыз. Ар бир белги бирдей болсо гана каттаңыз.</translation>
    </message>
    <message>
        <source>Fingerprint on the card:</source>
        <translation>Карточкадагы из:</translation>
    </message>
    <message>
        <source>Fingerprint on the card</source>
        <translation>Карточкадагы из</translation>
    </message>
    <message>
        <source>Known devices</source>
        <translation>Белгилүү түзмөктөр</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Кайра &amp;алуу…</translation>
    </message>
    <message>
        <source>Withdraw trust from a lost or stolen computer: its later packages are refused</source>
        <translation>Жоголгон же уурдалган компьютерге ишенимди кайра алуу: анын кийинки пакеттери кабыл алынбайт</translation>
    </message>
    <message>
        <source>Number &amp;prefix…</source>
        <translation>Номердин &amp;префикси…</translation>
    </message>
    <message>
        <source>Give the laptop a new prefix for its appeal numbers</source>
        <translation>Ноутбукка кайрылуулардын номерлери үчүн жаңы префикс дайындоо</translation>
    </message>
    <message>
        <source>No other device is known yet. Enrol the other side&apos;s card with “Enrol a device…”; an inspector&apos;s laptop needs the chief&apos;s card, the chief each inspector&apos;s.</source>
        <translation>Башка түзмөктөр азырынча белгисиз. Экинчи тараптын карточкасын «Түзмөктү каттоо…» баскычы менен каттаңыз: инспектордун ноутбугуна начальниктин карточкасы, начальникке ар бир инспектордун карточкасы керек.</translation>
    </message>
    <message>
        <source>Save this computer&apos;s card</source>
        <translation>Ушул компьютердин карточкасын сактоо</translation>
    </message>
    <message>
        <source>Device cards (*.json);;All files (*)</source>
        <translation>Түзмөк карточкалары (*.json);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>The card is saved to %1.</source>
        <translation>Карточка %1 файлына сакталды.</translation>
    </message>
    <message>
        <source>Saving this computer&apos;s card</source>
        <translation>Ушул компьютердин карточкасы сакталууда</translation>
    </message>
    <message>
        <source>Choose the other device&apos;s card</source>
        <translation>Башка түзмөктүн карточкасын тандаңыз</translation>
    </message>
    <message>
        <source>Reading the card</source>
        <translation>Карточка окулууда</translation>
    </message>
    <message>
        <source>Call the other side and have them read out the fingerprint on their Sync page. Does the other side read out the same fingerprint?

%1

%2</source>
        <translation>Экинчи тарапка чалып, алардын «Синхрондоо» барагындагы изди окуп берүүсүн сураңыз. Экинчи тарап так ушул изди окуп бердиби?

%1

%2</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Изди салыштырыңыз</translation>
    </message>
    <message>
        <source>Enrolling the device</source>
        <translation>Түзмөк катталууда</translation>
    </message>
    <message>
        <source>%1 is enrolled: packages can now go to it and come from it.</source>
        <translation>%1 катталды: эми аны менен пакеттер алмашууга болот.</translation>
    </message>
    <message>
        <source>Revoke %1? Do this only for a lost or stolen computer. Its packages written after the last one imported here are refused from now on, here and, with the next package, at headquarters. It cannot be enrolled again.</source>
        <translation>%1 түзмөгүнө ишенимди кайра алуу керекпи? Муну жоголгон же уурдалган компьютер үчүн гана жасаңыз. Анын бул жерде акыркы кабыл алынгандан кийин жазылган пакеттери мындан ары кабыл алынбайт — бул жерде жана кийинки пакет менен башкармалыкта да. Аны кайра каттоого болбойт.</translation>
    </message>
    <message>
        <source>Revoke the device</source>
        <translation>Түзмөккө ишенимди кайра алуу</translation>
    </message>
    <message>
        <source>%1 is revoked: its packages after No. %2 are refused.</source>
        <translation>%1 түзмөгүнө ишеним кайра алынды: анын №%2ден кийинки пакеттери кабыл алынбайт.</translation>
    </message>
    <message>
        <source>Revoking the device</source>
        <translation>Түзмөккө ишеним кайра алынууда</translation>
    </message>
    <message>
        <source>%1 numbers its appeals with %2 from the next package it imports.</source>
        <translation>%1 кийинки пакетти импорттогондон кийин кайрылууларды %2 префикси менен номерлейт.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Stop</source>
        <translation>Токтотуу</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Болжол менен %n секунд калды</numerusform>
            <numerusform>Болжол менен %n секунд калды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Болжол менен %n мүнөт калды</numerusform>
            <numerusform>Болжол менен %n мүнөт калды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left</source>
        <translation>
            <numerusform>Болжол менен %n саат калды</numerusform>
            <numerusform>Болжол менен %n саат калды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistrictBoard</name>
    <message>
        <source>Register checks done and overdue</source>
        <translation>Эсепке алуу боюнча текшерүүлөр: жүргүзүлдү жана мөөнөтү өткөн</translation>
    </message>
    <message>
        <source>Appeals decided on time and late</source>
        <translation>Кайрылуулар: мөөнөтүндө жана мөөнөтүнөн кеч каралды</translation>
    </message>
    <message>
        <source>Work by kind</source>
        <translation>Иш түрлөрү боюнча</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Айлар боюнча динамика</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Home checks</source>
        <translation>Жашаган жери боюнча текшерүүлөр</translation>
    </message>
    <message>
        <source>none decided</source>
        <translation>каралгандары жок</translation>
    </message>
    <message>
        <source>%1 % on time</source>
        <translation>мөөнөтүндө %1 %</translation>
    </message>
    <message>
        <source>Appeals decided</source>
        <translation>Каралган кайрылуулар</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Иштин түрү</translation>
    </message>
    <message>
        <source>Work log entries</source>
        <translation>Иш журналынын жазуулары</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Жазуулар</translation>
    </message>
    <message>
        <source>No work log entries in this period.</source>
        <translation>Бул мезгилде иш журналында жазуу жок.</translation>
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
        <translation>Жүргүзүлгөн текшерүүлөр</translation>
    </message>
    <message>
        <source>Appeals received</source>
        <translation>Келип түшкөн кайрылуулар</translation>
    </message>
    <message>
        <source>One month is no trend: choose a quarter or a year to see the months side by side.</source>
        <translation>Бир ай динамиканы көрсөтпөйт: айларды салыштыруу үчүн чейректи же жылды тандаңыз.</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Көрсөткүчтөр эсептелүүдө…</translation>
    </message>
    <message>
        <source>%1, %2, as of %3: the figures of the district report.</source>
        <translation>%1, %2, %3 карата: райондук отчеттун көрсөткүчтөрү.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <source>Each inspector</source>
        <translation>Ар бир инспектор боюнча</translation>
    </message>
    <message>
        <source>Each district</source>
        <translation>Ар бир район боюнча</translation>
    </message>
    <message>
        <source>Each region</source>
        <translation>Ар бир облус боюнча</translation>
    </message>
    <message>
        <source>no package yet</source>
        <translation>азырынча пакет жок</translation>
    </message>
    <message>
        <source>This database holds nothing made on this inspector&apos;s laptop yet.</source>
        <translation>Бул маалымат базасында бул инспектордун ноутбугунда түзүлгөн эч нерсе азырынча жок.</translation>
    </message>
    <message>
        <source>The newest change made on the inspector&apos;s laptop that this database holds.</source>
        <translation>Бул маалымат базасындагы инспектордун ноутбугунда жасалган эң акыркы өзгөртүү.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Участоктор</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облус</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Инспекторлор</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Акыркы алынганы</translation>
    </message>
    <message>
        <source>Checks overdue</source>
        <translation>Мөөнөтү өткөн текшерүүлөр</translation>
    </message>
    <message>
        <source>Appeals overdue</source>
        <translation>Мөөнөтү өткөн кайрылуулар</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Чечилбеген карама-каршылыктар</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсөтүү</translation>
    </message>
    <message>
        <source>Figures for</source>
        <translation>Көрсөткүчтөр</translation>
    </message>
    <message>
        <source>Contact &amp;late after:</source>
        <translation>Байланыш &amp;кечикти деп эсептелет:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күндөн кийин</translation>
    </message>
    <message>
        <source>The last contact is shown in red once this many days have passed</source>
        <translation>Ушунча күн өткөндө акыркы байланыш кызыл менен көрсөтүлөт</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>Кө&amp;рсөткүчтөр</translation>
    </message>
    <message>
        <source>Figures of the inspectors</source>
        <translation>Инспекторлордун көрсөткүчтөрү</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Диаграммалар</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Мезгил</translation>
    </message>
    <message>
        <source>Period of the charts</source>
        <translation>Диаграммалардын мезгили</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>Ди&amp;аграмма</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>Көрсөтүлгөн диаграмма</translation>
    </message>
    <message>
        <source>As a ta&amp;ble</source>
        <translation>&amp;Таблица түрүндө</translation>
    </message>
    <message>
        <source>The chart&apos;s figures as a table, one line a bar</source>
        <translation>Диаграмманын көрсөткүчтөрү таблица түрүндө: ар бир тилкеге бир сап</translation>
    </message>
    <message>
        <source>Figures of the chart</source>
        <translation>Диаграмманын көрсөткүчтөрү</translation>
    </message>
    <message numerus="yes">
        <source>Inspectors: %n</source>
        <translation>
            <numerusform>Инспекторлор: %n</numerusform>
            <numerusform>Инспекторлор: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines: %n</source>
        <translation>
            <numerusform>Саптар: %n</numerusform>
            <numerusform>Саптар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No inspectors are known to this database yet. They appear here once their laptops are enrolled and their first sync packages imported.</source>
        <translation>Бул маалымат базасында азырынча инспекторлор жок. Алардын ноутбуктары катталып, алгачкы синхрондоо пакеттери кабыл алынганда алар бул жерде пайда болот.</translation>
    </message>
    <message>
        <source>“Last received” is the newest change made on the inspector&apos;s laptop that this database holds; “no package yet” means none has been imported.</source>
        <translation>«Акыркы алынганы» — бул маалымат базасындагы инспектордун ноутбугунда жасалган эң акыркы өзгөртүү; «азырынча пакет жок» — бир дагы пакет кабыл алынбаганын билдирет.</translation>
    </message>
    <message>
        <source>“Last package” and “Last contact” count the packages imported here from the inspector&apos;s laptop.</source>
        <translation>«Акыркы пакет» жана «Акыркы байланыш» инспектордун ноутбугунан бул жерде кабыл алынган пакеттер боюнча эсептелет.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received were set aside: the device that made them may not make them (see the Sync page).</source>
        <translation>
            <numerusform>Алынган %n өзгөртүү өзүнчө коюлду: аларды жасаган түзмөктүн аларды жасоого укугу жок («Синхрондоо» барагын караңыз).</numerusform>
            <numerusform>Алынган %n өзгөртүү өзүнчө коюлду: аларды жасаган түзмөктүн аларды жасоого укугу жок («Синхрондоо» барагын караңыз).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) concern records of no inspector (people without a precinct, households, reference data).</source>
        <translation>
            <numerusform>%n чечилбеген карама-каршылык эч бир инспекторго тиешеси жок жазууларга байланыштуу (участогу жок тургундар, үй чарбалар, маалымдамалар).</numerusform>
            <numerusform>%n чечилбеген карама-каршылык эч бир инспекторго тиешеси жок жазууларга байланыштуу (участогу жок тургундар, үй чарбалар, маалымдамалар).</numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>катталган эмес</translation>
    </message>
    <message>
        <source>through the chief</source>
        <translation>начальник аркылуу</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>азырынча жок</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>жок: %1</translation>
    </message>
    <message numerus="yes">
        <source>No package for longer than %n day(s): ask the inspector.</source>
        <translation>
            <numerusform>%n күндөн ашык пакет жок: инспектор менен байланышыңыз.</numerusform>
            <numerusform>%n күндөн ашык пакет жок: инспектор менен байланышыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Акыркы пакет</translation>
    </message>
    <message>
        <source>The number of the last package imported from the inspector&apos;s laptop, and when it was imported.</source>
        <translation>Инспектордун ноутбугунан кабыл алынган акыркы пакеттин номери жана ал качан кабыл алынганы.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Жетишпегендер</translation>
    </message>
    <message>
        <source>Package numbers from this laptop that have not arrived: ask the inspector for them.</source>
        <translation>Бул ноутбуктан келбеген пакеттердин номерлери: аларды инспектордон сураңыз.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Кармалган</translation>
    </message>
    <message>
        <source>Changes from this laptop dated more than a day ahead of this computer&apos;s clock: held for your review, neither merged nor lost.</source>
        <translation>Бул ноутбуктан келген, бул компьютердин саатынан бир суткадан ашык алдыда дата коюлган өзгөртүүлөр: сиздин текшерүүңүзгө чейин кармалды, бириктирилген жок жана жоголгон жок.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Акыркы байланыш</translation>
    </message>
</context>
<context>
    <name>EndEntryDialog</name>
    <message>
        <source>Take off the register</source>
        <translation>Эсептен чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Чыгарылган күнү</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Чыгарылган күнү</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Негизи</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Негизи</translation>
    </message>
    <message>
        <source>In &amp;words</source>
        <translation>&amp;Сөз менен</translation>
    </message>
    <message>
        <source>The reason in words</source>
        <translation>Себеби сөз менен</translation>
    </message>
    <message>
        <source>Required for &quot;other&quot;</source>
        <translation>«Башка» себеби үчүн милдеттүү</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Put on the register</source>
        <translation>Эсепке алуу</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Адам</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>Адамды табуу</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Фамилиясы, аты же ИЖН</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Табылган адамдар</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Категориясы</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Эсепке алуу категориясы</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>&amp;Негизи</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негизи</translation>
    </message>
    <message>
        <source>Document, its number and date</source>
        <translation>Документ, анын номери жана датасы</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Баштап</translation>
    </message>
    <message>
        <source>On the register from</source>
        <translation>Эсепке алынган күнү</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Чейин</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Пландуу аякталышы</translation>
    </message>
    <message>
        <source>&amp;Threat level</source>
        <translation>Коркунуч &amp;деңгээли</translation>
    </message>
    <message>
        <source>Threat level</source>
        <translation>Коркунуч деңгээли</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Send</source>
        <translation>Жөнөтүү</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Кабыл алуу</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кимге:</translation>
    </message>
    <message>
        <source>The device the package is for</source>
        <translation>Пакет арналган түзмөк</translation>
    </message>
    <message>
        <source>&amp;Write package…</source>
        <translation>Пакетти &amp;жазуу…</translation>
    </message>
    <message>
        <source>Choose a USB stick or a folder and write the package there</source>
        <translation>Флешканы же папканы тандап, пакетти ошол жерге жазыңыз</translation>
    </message>
    <message>
        <source>&amp;Read packages…</source>
        <translation>Пакеттерди &amp;окуу…</translation>
    </message>
    <message>
        <source>Choose one or more package files to import</source>
        <translation>Кабыл алуу үчүн бир же бир нече пакет файлын тандаңыз</translation>
    </message>
    <message>
        <source>…or drop package files (.iapkg) here</source>
        <translation>…же пакет файлдарын (.iapkg) бул жерге сүйрөп келиңиз</translation>
    </message>
    <message>
        <source>Everything changed on this computer that the chief has not confirmed yet goes into one file, encrypted for the chief. Take it to the district station on a USB stick or send it by e-mail.</source>
        <translation>Ушул компьютерде өзгөртүлгөн жана начальник али ырастай элек нерселердин баары начальник үчүн шифрленген бир файлга жазылат. Аны флешка менен районго алып барыңыз же электрондук почта аркылуу жөнөтүңүз.</translation>
    </message>
    <message>
        <source>A package for an inspector carries notices, tasks and the confirmation of what the station received; the package for headquarters carries the district&apos;s data.</source>
        <translation>Инспектор үчүн пакетте ориентировкалар, тапшырмалар жана алынгандын ырастоосу болот; башкармалык үчүн пакетте райондун маалыматтары болот.</translation>
    </message>
    <message>
        <source>A package for a district carries reference data, notices and the confirmation of what headquarters received.</source>
        <translation>Район үчүн пакетте маалымдамалар, ориентировкалар жана башкармалык алгандын ырастоосу болот.</translation>
    </message>
    <message>
        <source>No device to send to is enrolled yet. Enrol the other side&apos;s card on the Devices tab first.</source>
        <translation>Жөнөтө турган түзмөк азырынча катталган эмес. Адегенде «Түзмөктөр» өтмөгүндө экинчи тараптын карточкасын каттаңыз.</translation>
    </message>
    <message>
        <source>Each file is checked whole before anything changes: a damaged package, or one meant for another computer, changes nothing. Reading a package twice changes nothing either.</source>
        <translation>Бир нерсе өзгөрө электе ар бир файл толугу менен текшерилет: бузулган пакет же башка компьютер үчүн пакет эч нерсени өзгөртпөйт. Пакетти кайра окуу да эч нерсени өзгөртпөйт.</translation>
    </message>
    <message>
        <source>Packages written and read</source>
        <translation>Жазылган жана окулган пакеттер</translation>
    </message>
    <message>
        <source>Nothing written or read yet while this window is open.</source>
        <translation>Бул терезе ачылгандан бери азырынча эч нерсе жазылган да, окулган да жок.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer go out with the next package.</source>
        <translation>
            <numerusform>Ушул компьютерде жасалган %n өзгөртүү кийинки пакет менен жөнөтүлөт.</numerusform>
            <numerusform>Ушул компьютерде жасалган %n өзгөртүү кийинки пакет менен жөнөтүлөт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change made on this computer has been put into a package.</source>
        <translation>Ушул компьютерде жасалган бардык өзгөртүүлөр пакетке жазылып бүткөн.</translation>
    </message>
    <message>
        <source>Sealing the changes and writing the package…</source>
        <translation>Өзгөртүүлөргө кол коюлуп, пакет жазылууда…</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>Пакет жазылууда</translation>
    </message>
    <message>
        <source>Choose the folder for the package</source>
        <translation>Пакет үчүн папканы тандаңыз</translation>
    </message>
    <message numerus="yes">
        <source>Package %1 for %2 is written to %3. It holds %n change(s).</source>
        <translation>
            <numerusform>%2 үчүн №%1 пакет %3 файлына жазылды. Анда %n өзгөртүү бар.</numerusform>
            <numerusform>%2 үчүн №%1 пакет %3 файлына жазылды. Анда %n өзгөртүү бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read sync packages</source>
        <translation>Синхрондоо пакеттерин окуу</translation>
    </message>
    <message>
        <source>Sync packages (*.iapkg);;All files (*)</source>
        <translation>Синхрондоо пакеттери (*.iapkg);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Checking and reading %1…</source>
        <translation>%1 текшерилип, окулууда…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 окулууда</translation>
    </message>
    <message numerus="yes">
        <source>Working: %n file(s) to go…</source>
        <translation>
            <numerusform>Аткарылууда: %n файл калды…</numerusform>
            <numerusform>Аткарылууда: %n файл калды…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendEntryDialog</name>
    <message>
        <source>Extend the term</source>
        <translation>Мөөнөттү узартуу</translation>
    </message>
    <message>
        <source>The term ends on %1.</source>
        <translation>Мөөнөтү %1 бүтөт.</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;New end</source>
        <translation>&amp;Жаңы мөөнөт</translation>
    </message>
    <message>
        <source>New end of the term</source>
        <translation>Мөөнөттүн жаңы бүтүү күнү</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Type a name for this computer.</source>
        <translation>Бул компьютердин аталышын киргизиңиз.</translation>
    </message>
    <message>
        <source>Type the precinct number.</source>
        <translation>Участоктун номерин киргизиңиз.</translation>
    </message>
    <message>
        <source>Type the district code.</source>
        <translation>Райондун кодун киргизиңиз.</translation>
    </message>
    <message>
        <source>Use letters and digits only, without spaces or signs.</source>
        <translation>Тамгаларды жана сандарды гана жазыңыз, боштуксуз жана башка белгилерсиз.</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Колдонуучунун атын киргизиңиз.</translation>
    </message>
    <message>
        <source>Creating the database. This takes a few seconds…</source>
        <translation>Маалымат базасы түзүлүүдө. Бул бир нече секундга созулат…</translation>
    </message>
    <message>
        <source>The database is ready.</source>
        <translation>Маалымат базасы даяр.</translation>
    </message>
    <message>
        <source>This computer&apos;s fingerprint, which the chief compares when enrolling it: %1</source>
        <translation>Бул компьютердин санариптик изи (начальник компьютерди каттоодо аны салыштырат): %1</translation>
    </message>
    <message>
        <source>District inspector&apos;s log: first start</source>
        <translation>Участкалык инспектордун журналы: биринчи иштетүү</translation>
    </message>
    <message>
        <source>&amp;Create the database</source>
        <translation>Маалымат базасын &amp;түзүү</translation>
    </message>
    <message>
        <source>&amp;Go to sign-in</source>
        <translation>&amp;Кирүүгө өтүү</translation>
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
        <translation>Район: %1</translation>
    </message>
    <message>
        <source>Precinct: %1</source>
        <translation>Участок: %1</translation>
    </message>
    <message>
        <source>First user: %1</source>
        <translation>Биринчи колдонуучу: %1</translation>
    </message>
    <message>
        <source>The database could not be created.</source>
        <translation>Маалымат базасын түзүү мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>Маалымат базасын түзүү</translation>
    </message>
</context>
<context>
    <name>HistoryAction</name>
    <message>
        <source>&amp;History of changes…</source>
        <translation>Өзгөрүүлөр &amp;тарыхы…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Катышуучулар</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Катышкан</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Мазмуну</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Натыйжасы</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Көзөмөл</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Калктуу конуш</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Үй чарба</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>History of the entry</source>
        <translation>Жазуунун тарыхы</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгөртүлгөн</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мааниси</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Earlier values</source>
        <translation>Мурунку маанилер</translation>
    </message>
    <message>
        <source>&amp;Set back this value</source>
        <translation>Бул маанини &amp;кайтаруу</translation>
    </message>
    <message>
        <source>The value is set back; the history keeps the one before.</source>
        <translation>Маани кайтарылды; тарыхта мурункусу да сакталат.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Packages per device</source>
        <translation>Түзмөктөр боюнча пакеттер</translation>
    </message>
    <message>
        <source>No package has gone out or come in yet. Enrol the other side&apos;s card on the Devices tab, then write a package on the Packages tab.</source>
        <translation>Азырынча бир да пакет жөнөтүлгөн да, келген да жок. «Түзмөктөр» өтмөгүндө экинчи тараптын карточкасын каттап, анан «Пакеттер» өтмөгүндө пакет жазыңыз.</translation>
    </message>
    <message>
        <source>“Gaps” are package numbers from that device that have not arrived: ask for them. “Not confirmed yet” is what the other side has not acknowledged: it goes out again with the next package until it is.</source>
        <translation>«Жетишпегендер» — ошол түзмөктөн келбеген пакеттердин номерлери: аларды сураңыз. «Азырынча ырасталган эмес» — экинчи тарап ырастабаган нерсе: ал ырасталганга чейин ар бир кийинки пакет менен кайра жөнөтүлөт.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Surname</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ИЖН</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефондор</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Иштеген жери</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Үй</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Батир</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>Белги</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Кеңдик</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Узундук</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Эсепке алуу категориясы</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негиз</translation>
    </message>
    <message>
        <source>Put on the register</source>
        <translation>Эсепке алынды</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Пландалган аякталышы</translation>
    </message>
    <message>
        <source>Taken off the register</source>
        <translation>Эсептен чыгарылды</translation>
    </message>
    <message>
        <source>Reason for taking off</source>
        <translation>Эсептен чыгаруу себеби</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Келип түшкөн күнү</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>Кантип келип түштү</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Арыз берүүчү</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Мазмуну</translation>
    </message>
    <message>
        <source>Review deadline</source>
        <translation>Кароо мөөнөтү</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>Узартылган мөөнөт</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Кайда жөнөтүлдү</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Чечим күнү</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Көрүлгөн чаралар</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Реестрдеги номери</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Натыйжа</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берилген күнү</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарактуу мөөнөтү</translation>
    </message>
    <message>
        <source>History of the person&apos;s record</source>
        <translation>Адам жөнүндөгү жазуунун тарыхы</translation>
    </message>
    <message>
        <source>History of the household</source>
        <translation>Үй чарбанын тарыхы</translation>
    </message>
    <message>
        <source>History of the register entry</source>
        <translation>Эсепке алуу жазуусунун тарыхы</translation>
    </message>
    <message>
        <source>History of the appeal</source>
        <translation>Кайрылуунун тарыхы</translation>
    </message>
    <message>
        <source>History of the incident</source>
        <translation>Окуянын тарыхы</translation>
    </message>
    <message>
        <source>History of the assignment</source>
        <translation>Тапшырманын тарыхы</translation>
    </message>
    <message>
        <source>History of the notice</source>
        <translation>Ориентировканын тарыхы</translation>
    </message>
    <message>
        <source>History of the record</source>
        <translation>Жазуунун тарыхы</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>Үй чарба</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Көчө</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Көчө</translation>
    </message>
    <message>
        <source>&amp;House</source>
        <translation>&amp;Үй</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Үйдүн номери</translation>
    </message>
    <message>
        <source>&amp;Flat</source>
        <translation>&amp;Батир</translation>
    </message>
    <message>
        <source>Flat number</source>
        <translation>Батирдин номери</translation>
    </message>
    <message>
        <source>&amp;Landmark</source>
        <translation>Бел&amp;ги</translation>
    </message>
    <message>
        <source>Landmark, for a house without a number</source>
        <translation>Номери жок үй үчүн белги</translation>
    </message>
    <message>
        <source>For a house without a number: behind the school, by the well</source>
        <translation>Номери жок үй үчүн: мектептин артында, кудуктун жанында</translation>
    </message>
    <message>
        <source>C&amp;oordinates</source>
        <translation>К&amp;оординаттар</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Кеңдик</translation>
    </message>
    <message>
        <source>latitude, e.g. 43.2389</source>
        <translation>кеңдик, мисалы 43.2389</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Узундук</translation>
    </message>
    <message>
        <source>longitude, e.g. 76.8897</source>
        <translation>узундук, мисалы 76.8897</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Эскертүүлөр</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Жаңы үй чарба</translation>
    </message>
    <message>
        <source>No street</source>
        <translation>Көчөсүз</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Сактоо</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Surname</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ИЖН</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <source>Lists of residents (*.csv *.xlsx)</source>
        <translation>Тургундардын тизмелери (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import residents</source>
        <translation>Тургундарды импорттоо</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Файлдын мамычалары</translation>
    </message>
    <message>
        <source>&amp;Only the rows that would be rejected</source>
        <translation>&amp;Четке кагыла турган саптар гана</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттоо</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Файлдын саптары</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Файл текшерилүүдө…</translation>
    </message>
    <message>
        <source>Rows counted: %1</source>
        <translation>Саналган саптар: %1</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Файлды текшерүү</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Сап</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Натыйжа</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Кошулат</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Четке кагылат: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rows in the file: %Ln.</source>
        <translation>
            <numerusform>Файлдагы саптар: %Ln.</numerusform>
            <numerusform>Файлдагы саптар: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are checked here.</source>
        <translation>
            <numerusform>Бул жерде алгачкы %Ln сап текшерилди.</numerusform>
            <numerusform>Бул жерде алгачкы %Ln сап текшерилди.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would be rejected: %Ln.</source>
        <translation>
            <numerusform>Четке кагылаары: %Ln.</numerusform>
            <numerusform>Четке кагылаары: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(импорттобоо)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1 мамычасы</translation>
    </message>
    <message>
        <source>Rows read: %1 of %2</source>
        <translation>Окулган саптар: %1 / %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорттоо…</translation>
    </message>
    <message>
        <source>Importing residents</source>
        <translation>Тургундарды импорттоо</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation>Импорттоо токтотулду; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message numerus="yes">
        <source>Added: %Ln.</source>
        <translation>
            <numerusform>Кошулду: %Ln.</numerusform>
            <numerusform>Кошулду: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected: %Ln.</source>
        <translation>
            <numerusform>Четке кагылды: %Ln.</numerusform>
            <numerusform>Четке кагылды: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them already in the database or earlier in the file: %Ln.</source>
        <translation>
            <numerusform>Алардын ичинен базада бар же файлда жогоруда бар: %Ln.</numerusform>
            <numerusform>Алардын ичинен базада бар же файлда жогоруда бар: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why rejected</source>
        <translation>Четке кагылуу себеби</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident</source>
        <translation>Окуя</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Качан</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>Окуянын датасы</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Time of the incident</source>
        <translation>Окуянын убактысы</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрү</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Окуянын түрү</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Орду</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>&amp;Register number</source>
        <translation>Реестрдеги &amp;номери</translation>
    </message>
    <message>
        <source>Register the number is in</source>
        <translation>Номер катталган эсеп</translation>
    </message>
    <message>
        <source>Number in the national register</source>
        <translation>Мамлекеттик реестрдеги номери</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Кыскача &amp;мазмуну</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Эмне болду</translation>
    </message>
    <message>
        <source>&amp;Measures taken</source>
        <translation>Көрүлгөн &amp;чаралар</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Көрүлгөн чаралар</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Натыйжа</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Натыйжа</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Адамдар</translation>
    </message>
    <message>
        <source>Find a person involved</source>
        <translation>Тиешеси бар адамды табуу</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Фамилиясы, аты же ИЖН</translation>
    </message>
    <message>
        <source>Role of the person found</source>
        <translation>Табылган адамдын ролу</translation>
    </message>
    <message>
        <source>People involved and their roles</source>
        <translation>Тиешеси бар адамдар жана алардын ролдору</translation>
    </message>
    <message>
        <source>Remove from the &amp;list</source>
        <translation>Тизмеден &amp;алып салуу</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Жаңы окуя</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>%1 окуясы</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Катталган эмес</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Азырынча белгисиз</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Эмне болгонун жазыңыз.</translation>
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
        <translation>Номери</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Натыйжа</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Окуялар</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Баштап</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Чейин</translation>
    </message>
    <message>
        <source>Ki&amp;nd</source>
        <translation>&amp;Түрү</translation>
    </message>
    <message>
        <source>Incidents from the day</source>
        <translation>Ушул күндөн баштап окуялар</translation>
    </message>
    <message>
        <source>Incidents up to the day</source>
        <translation>Ушул күнгө чейинки окуялар</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Kind of incidents shown</source>
        <translation>Көрсөтүлгөн окуялардын түрү</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Жаңы окуя…</translation>
    </message>
    <message>
        <source>Write a new incident note (Ctrl+N)</source>
        <translation>Жаңы окуяны жазуу (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгөртүү…</translation>
    </message>
    <message>
        <source>The incident chosen</source>
        <translation>Тандалган окуя</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Бардык түрлөрү</translation>
    </message>
    <message>
        <source>Incidents: more than %1</source>
        <translation>Окуялар: %1ден ашык</translation>
    </message>
    <message numerus="yes">
        <source>Incidents: %n</source>
        <translation>
            <numerusform>Окуялар: %n</numerusform>
            <numerusform>Окуялар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents here. To write an incident note, press Ctrl+N.</source>
        <translation>Бул жерде окуялар жок. Окуяны жазуу үчүн Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <source>Choose an incident to see what happened.</source>
        <translation>Эмне болгонун көрүү үчүн окуяны тандаңыз.</translation>
    </message>
    <message>
        <source>Measures taken: %1</source>
        <translation>Көрүлгөн чаралар: %1</translation>
    </message>
    <message>
        <source>Incident %1 is written.</source>
        <translation>%1 окуясы жазылды.</translation>
    </message>
</context>
<context>
    <name>InspectorFilter</name>
    <message>
        <source>All inspectors</source>
        <translation>Бардык инспекторлор</translation>
    </message>
    <message>
        <source>Show the work of</source>
        <translation>Кимдин ишин көрсөтүү</translation>
    </message>
    <message>
        <source>Whose records the pages show: everyone&apos;s, or one inspector&apos;s</source>
        <translation>Барактар кимдин жазууларын көрсөтөт: бардык инспекторлордукун же бирөөнүкүн</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>%1 району</translation>
    </message>
    <message>
        <source>precinct %1</source>
        <translation>%1 участогу</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тил</translation>
    </message>
</context>
<context>
    <name>LockForm</name>
    <message>
        <source>The window is locked</source>
        <translation>Терезе кулпуланган</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Сырсөз</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Кулпусун &amp;ачуу</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>Type the password of %1 to go on. Everything typed is kept.</source>
        <translation>Улантуу үчүн %1 колдонуучусунун сырсөзүн киргизиңиз. Киргизилгендердин баары сакталган.</translation>
    </message>
    <message numerus="yes">
        <source>The window locked itself after %n minute(s) without use. Type the password of %1 to go on. Everything typed is kept.</source>
        <translation>
            <numerusform>Терезе %n мүнөт колдонулбагандыктан кулпуланды. Улантуу үчүн %1 колдонуучусунун сырсөзүн киргизиңиз. Киргизилгендердин баары сакталган.</numerusform>
            <numerusform>Терезе %n мүнөт колдонулбагандыктан кулпуланды. Улантуу үчүн %1 колдонуучусунун сырсөзүн киргизиңиз. Киргизилгендердин баары сакталган.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Сырсөздү киргизиңиз.</translation>
    </message>
</context>
<context>
    <name>LogCancelDialog</name>
    <message>
        <source>Cancel a log entry</source>
        <translation>Журнал жазуусун жокко чыгаруу</translation>
    </message>
    <message>
        <source>The entry %1 stays in the log and its history, marked as cancelled, and no longer counts in lists and reports.</source>
        <translation>%1 жазуусу журналда жана анын тарыхында жокко чыгарылды деген белги менен калат жана тизмелерде, отчётторда мындан ары эсептелбейт.</translation>
    </message>
    <message>
        <source>For example: written twice</source>
        <translation>Мисалы: эки жолу жазылган</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Себеби</translation>
    </message>
    <message>
        <source>Cancel the &amp;entry</source>
        <translation>Жазууну &amp;жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Калтыруу</translation>
    </message>
</context>
<context>
    <name>LogEntryForm</name>
    <message>
        <source>New log entry</source>
        <translation>Журналдагы жаңы жазуу</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрү</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Иштин түрү</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Качан</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Убактысы</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Орду</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Катышуучулар</translation>
    </message>
    <message>
        <source>Find a person taking part</source>
        <translation>Катышуучуну табуу</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Фамилиясы, аты же ИЖН</translation>
    </message>
    <message>
        <source>People taking part</source>
        <translation>Катышуучулар</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>Тизмеден а&amp;лып салуу</translation>
    </message>
    <message>
        <source>&amp;Companion</source>
        <translation>&amp;Катышкан адам</translation>
    </message>
    <message>
        <source>Parent, guardian or teacher present</source>
        <translation>Катышкан ата-эне, камкорчу же мугалим</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Мазмуну</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Мазмуну</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Жыйынтыгы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Жыйынтыгы</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Көзөмөл күнү</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Көзөмөл күнү</translation>
    </message>
    <message>
        <source>Sa&amp;ve entry</source>
        <translation>Жазууну &amp;сактоо</translation>
    </message>
    <message>
        <source>Cle&amp;ar</source>
        <translation>&amp;Тазалоо</translation>
    </message>
    <message>
        <source>Cance&amp;l entry…</source>
        <translation>Жазууну жокко &amp;чыгаруу…</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Өзгөртүүлөрдү &amp;сактоо</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Жаңы жазуу</translation>
    </message>
    <message>
        <source>Say in a few words what was done.</source>
        <translation>Эмне жасалганын бир нече сөз менен жазыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is under 18: a talk with a minor needs a parent, guardian or teacher present (law 245-VIII, art. 50). Name who was there.</source>
        <translation>
            <numerusform>%1 азырынча 18 жашка толо элек: жашы жете электер менен маек ата-эненин, камкорчунун же мугалимдин катышуусунда өткөрүлөт (№ 245-VIII мыйзам, 50-берене). Ким катышканын жазыңыз.</numerusform>
            <numerusform>%1 азырынча 18 жашка толо элек: жашы жете электер менен маек ата-эненин, камкорчунун же мугалимдин катышуусунда өткөрүлөт (№ 245-VIII мыйзам, 50-берене). Ким катышканын жазыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry is saved.</source>
        <translation>Жазуу сакталды.</translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation>Өзгөртүүлөр сакталды.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Жокко чыгарылды: %1</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Катышуучулар</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Мазмуну</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Жыйынтыгы</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Көзөмөл</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>Профилактикалык иштин журналы</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Баштап</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Чейин</translation>
    </message>
    <message>
        <source>Ki&amp;nd</source>
        <translation>&amp;Түрү</translation>
    </message>
    <message>
        <source>Entries from the day</source>
        <translation>Ушул күндөн баштап жазуулар</translation>
    </message>
    <message>
        <source>Entries up to the day</source>
        <translation>Ушул күнгө чейинки жазуулар</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Kind of entries shown</source>
        <translation>Көрсөтүлгөн жазуулардын түрү</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Журналдын жазуулары</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>Жаңы жазуу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Entry of %1</source>
        <translation>%1 жазуусу</translation>
    </message>
    <message>
        <source>The entry being corrected has changes that are not saved. Save them?</source>
        <translation>Оңдолуп жаткан жазууда сакталбаган өзгөртүүлөр бар. Аларды сактайсызбы?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <source>&amp;Cancel entry…</source>
        <translation>Жазууну &amp;жокко чыгаруу…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Тарыхы…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Бардык түрлөрү</translation>
    </message>
    <message>
        <source>CANCELLED (%1):</source>
        <translation>ЖОККО ЧЫГАРЫЛДЫ (%1):</translation>
    </message>
    <message>
        <source>Entries: more than %1</source>
        <translation>Жазуулар: %1ден ашык</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation>
            <numerusform>Жазуулар: %n</numerusform>
            <numerusform>Жазуулар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries for these days and kind. Widen the dates, choose all kinds, or write a new entry in the form (Ctrl+N).</source>
        <translation>Бул күндөргө мындай түрдөгү жазуулар жок. Мезгилди кеңейтиңиз, бардык түрлөрүн тандаңыз же формага жаңы жазуу киргизиңиз (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>District inspector&apos;s log</source>
        <translation>Участкалык инспектордун журналы</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Маалымат базасы: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Колдонуучунун аты</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Сырсөз</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Колдонуучунун атын киргизиңиз.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Сырсөздү киргизиңиз.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Кирүү аткарылууда…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>District inspector&apos;s log</source>
        <translation>Участкалык инспектордун журналы</translation>
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
        <translation>&amp;Өтүү</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>Терезени &amp;кулпулоо</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Каттоо эсебинен &amp;чыгуу</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Колдонуучуну &amp;алмаштыруу…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Программа &amp;жөнүндө</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Ыкчам баскычтар</translation>
    </message>
    <message>
        <source>&amp;Show the work of</source>
        <translation>&amp;Инспектор</translation>
    </message>
    <message>
        <source>Inspector filter</source>
        <translation>Инспекторду тандоо</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Программа жөнүндө</translation>
    </message>
    <message>
        <source>District inspector&apos;s log
Version %1

Residents, the preventive register, the work log, appeals and incidents of a precinct, kept encrypted on this computer.</source>
        <translation>Участкалык инспектордун журналы
Версия %1

Участоктун тургундары, профилактикалык эсеби, иш журналы, кайрылуулары жана окуялары ушул компьютерде шифрленген түрдө сакталат.</translation>
    </message>
    <message>
        <source>precinct %1</source>
        <translation>%1 участогу</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>%1 району</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>башкармалык</translation>
    </message>
    <message>
        <source>%1 — %2 — District inspector&apos;s log</source>
        <translation>%1 — %2 — Участкалык инспектордун журналы</translation>
    </message>
    <message>
        <source>Next field or button</source>
        <translation>Кийинки талаа же баскыч</translation>
    </message>
    <message>
        <source>Previous field or button</source>
        <translation>Мурунку талаа же баскыч</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Менюну ачуу</translation>
    </message>
    <message>
        <source>Alt and the underlined letter</source>
        <translation>Alt жана асты сызылган тамга</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Барактар</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Терезе</translation>
    </message>
    <message>
        <source>This page: %1</source>
        <translation>Ушул барак: %1</translation>
    </message>
    <message>
        <source>Unsaved input</source>
        <translation>Сакталбаган маалыматтар</translation>
    </message>
    <message>
        <source>These pages hold typing that is not saved yet: %1. Save it before closing?</source>
        <translation>Бул барактарда азырынча сакталбаган маалыматтар бар: %1. Жабуудан мурун аларды сактайсызбы?</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>New wanted notice</source>
        <translation>Жаңы ориентировка</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Аталышы</translation>
    </message>
    <message>
        <source>Title of the notice</source>
        <translation>Ориентировканын аталышы</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Т&amp;екст</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>Ориентировканын тексти</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Колдонуу мөөнөтү</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Колдонуу мөөнөтү</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;Precincts</source>
        <translation>&amp;Участоктор</translation>
    </message>
    <message>
        <source>Precincts the notice is for</source>
        <translation>Ориентировка жөнөтүлө турган участоктор</translation>
    </message>
    <message>
        <source>Tick none to send it to every precinct.</source>
        <translation>Бардык участокторго жөнөтүү үчүн эч бирин белгилебеңиз.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Жөнөтүү</translation>
    </message>
    <message>
        <source>Give the notice a title.</source>
        <translation>Ориентировканын аталышын жазыңыз.</translation>
    </message>
    <message>
        <source>Write who or what is sought, and the signs.</source>
        <translation>Ким же эмне изделип жатканын жана белгилерин жазыңыз.</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Notices and tasks</source>
        <translation>Ориентировкалар жана тапшырмалар</translation>
    </message>
    <message>
        <source>Wanted n&amp;otices</source>
        <translation>&amp;Ориентировкалар</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;Тапшырмалар</translation>
    </message>
    <message>
        <source>Wanted notices and tasks</source>
        <translation>Ориентировкалар жана тапшырмалар</translation>
    </message>
</context>
<context>
    <name>NoticesTab</name>
    <message>
        <source>Standing notices</source>
        <translation>Күчүндөгү ориентировкалар</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Окулбагандар</translation>
    </message>
    <message>
        <source>All notices</source>
        <translation>Бардык ориентировкалар</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Азырынча эч ким</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged by %n</source>
        <translation>
            <numerusform>Тааныштылар: %n</numerusform>
            <numerusform>Тааныштылар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берилген күнү</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Колдонуу мөөнөтү</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсөтүү</translation>
    </message>
    <message>
        <source>Which notices to show</source>
        <translation>Кайсы ориентировкаларды көрсөтүү</translation>
    </message>
    <message>
        <source>&amp;New notice…</source>
        <translation>&amp;Жаңы ориентировка…</translation>
    </message>
    <message>
        <source>Write a wanted notice (Ctrl+N)</source>
        <translation>Ориентировка жазуу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Wanted notices</source>
        <translation>Ориентировкалар</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>Ориентировканын тексти</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;Эмне жасалды</translation>
    </message>
    <message>
        <source>What was done about the notice</source>
        <translation>Ориентировка боюнча эмне жасалды</translation>
    </message>
    <message>
        <source>Optional: checked, not seen in the precinct</source>
        <translation>Милдеттүү эмес: мисалы, «текшерилди, участокто көрүнгөн жок»</translation>
    </message>
    <message numerus="yes">
        <source>Notices: %n</source>
        <translation>
            <numerusform>Ориентировкалар: %n</numerusform>
            <numerusform>Ориентировкалар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No notices here. To write one, press Ctrl+N.</source>
        <translation>Бул жерде ориентировкалар жок. Жаңысын жазуу үчүн Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <source>No notices here. Wanted notices arrive from the chief with sync packages; choose “All notices” to see the old ones.</source>
        <translation>Бул жерде ориентировкалар жок. Ориентировкалар начальниктен синхрондоо пакеттери менен келет; мурункуларын көрүү үчүн «Бардык ориентировкалар» дегенди тандаңыз.</translation>
    </message>
    <message>
        <source>Choose a notice to read it.</source>
        <translation>Окуу үчүн ориентировканы тандаңыз.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Окулду деп белгилөө</translation>
    </message>
    <message>
        <source>precincts %1</source>
        <translation>%1 участоктору</translation>
    </message>
    <message>
        <source>every precinct</source>
        <translation>бардык участоктор</translation>
    </message>
    <message>
        <source>Issued %1 by %2, for %3.</source>
        <translation>%1 берилди, берген: %2, кимге: %3.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>%1 чейин күчүндө.</translation>
    </message>
    <message>
        <source>No one has acknowledged it yet.</source>
        <translation>Аны менен азырынча эч ким тааныша элек.</translation>
    </message>
    <message>
        <source>Save the &amp;answer</source>
        <translation>Жоопту &amp;сактоо</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <source>Key: %1</source>
        <translation>Баскыч: %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Тургундар</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Профилактикалык эсеп</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Кайрылуулар</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Окуялар</translation>
    </message>
    <message>
        <source>Meetings and proposals</source>
        <translation>Жолугушуулар жана сунуштар</translation>
    </message>
    <message>
        <source>Notices and tasks</source>
        <translation>Ориентировкалар жана тапшырмалар</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аймак</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондоо</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
</context>
<context>
    <name>PartnershipDialogs</name>
    <message>
        <source>New meeting</source>
        <translation>Жаңы жолугушуу</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>One question or proposal a line</source>
        <translation>Ар бир сапка бир суроо же сунуш</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрү</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Күнү</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Убактысы</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Орду</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Мазмуну</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Катышкандар</translation>
    </message>
    <message>
        <source>Spoke for the &amp;police</source>
        <translation>&amp;Милиция атынан сүйлөгөн</translation>
    </message>
    <message>
        <source>&amp;Questions raised</source>
        <translation>&amp;Көтөрүлгөн суроолор</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Жаңы сунуш</translation>
    </message>
    <message>
        <source>A resident, or e.g. the assembly of a village</source>
        <translation>Тургун же, мисалы, айыл тургундарынын жыйыны</translation>
    </message>
    <message>
        <source>Number of the written appeal, if any</source>
        <translation>Жазуу жүзүндөгү кайрылуунун номери, бар болсо</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Сунуш</translation>
    </message>
    <message>
        <source>&amp;Raised by</source>
        <translation>&amp;Ким сунуштады</translation>
    </message>
    <message>
        <source>&amp;Written appeal</source>
        <translation>&amp;Жазуу жүзүндөгү кайрылуу</translation>
    </message>
    <message>
        <source>Raised &amp;on</source>
        <translation>&amp;Күнү</translation>
    </message>
    <message>
        <source>&amp;Assigned to</source>
        <translation>&amp;Аткаруучу</translation>
    </message>
    <message>
        <source>Answer the proposal</source>
        <translation>Сунушка жооп</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Четке кагылды</translation>
    </message>
    <message>
        <source>The answer, or the reason it is declined</source>
        <translation>Жооп же четке кагуунун себеби</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Натыйжа</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Жооп</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>Жооп &amp;күнү</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <source>Received</source>
        <translation>Келип түштү</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>Иште</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Четке кагылды</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Катышты</translation>
    </message>
    <message>
        <source>Spoke for the police</source>
        <translation>Милиция атынан сүйлөгөн</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Суроолор</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Келип түшкөн күнү</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Сунуш</translation>
    </message>
    <message>
        <source>Raised by, where</source>
        <translation>Ким сунуштады, кайда</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Аткаруучу</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жооп</translation>
    </message>
    <message>
        <source>appeal %1</source>
        <translation>%1 кайрылуу</translation>
    </message>
    <message>
        <source>Meetings and proposals</source>
        <translation>Жолугушуулар жана сунуштар</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Жолугушуулар</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Сунуштар</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Жаңы жолугушуу…</translation>
    </message>
    <message>
        <source>New &amp;proposal…</source>
        <translation>Жаңы &amp;сунуш…</translation>
    </message>
    <message>
        <source>Take into &amp;work</source>
        <translation>&amp;Ишке алуу</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Жооп берүү…</translation>
    </message>
    <message>
        <source>Meetings, reports and council sessions</source>
        <translation>Жолугушуулар, отчеттор жана кеңештин отурумдары</translation>
    </message>
    <message>
        <source>Proposals of residents</source>
        <translation>Тургундардын сунуштары</translation>
    </message>
    <message>
        <source>Proposals shown</source>
        <translation>Көрсөтүлгөн сунуштар</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Баары</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мөөнөтү өткөн</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>өткөрүлгөн эмес</translation>
    </message>
    <message>
        <source>Last report to residents: %1.</source>
        <translation>Калк алдындагы акыркы отчет: %1.</translation>
    </message>
    <message>
        <source>Next one due %1</source>
        <translation>Кийинкиси — %1 чейин</translation>
    </message>
    <message>
        <source>The report to residents is overdue since %1</source>
        <translation>Калк алдындагы отчеттун мөөнөтү %1 бери өткөн</translation>
    </message>
</context>
<context>
    <name>PassportForm</name>
    <message>
        <source>Precinct passport</source>
        <translation>Участоктун паспорту</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Post &amp;address</source>
        <translation>Участкалык пункттун &amp;дареги</translation>
    </message>
    <message>
        <source>Address of the precinct post</source>
        <translation>Участкалык пункттун дареги</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Калктын саны</translation>
    </message>
    <message>
        <source>Population as the passport states it</source>
        <translation>Паспорт боюнча калктын саны</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>Үй &amp;чарбалар</translation>
    </message>
    <message>
        <source>Households as the passport states it</source>
        <translation>Паспорт боюнча үй чарбалардын саны</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Эскертүүлөр</translation>
    </message>
    <message>
        <source>Notes of the passport</source>
        <translation>Паспортко эскертүүлөр</translation>
    </message>
    <message>
        <source>&amp;Save the passport</source>
        <translation>Паспортту &amp;сактоо</translation>
    </message>
</context>
<context>
    <name>PassportTab</name>
    <message>
        <source>Settlement</source>
        <translation>Калктуу конуш</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Үй чарбалар</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Тургундар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыш</translation>
    </message>
    <message>
        <source>Se&amp;ttlements</source>
        <translation>&amp;Калктуу конуштар</translation>
    </message>
    <message>
        <source>Settlements of the precinct</source>
        <translation>Участоктун калктуу конуштары</translation>
    </message>
    <message>
        <source>O&amp;bjects of the precinct</source>
        <translation>Участоктун &amp;объекттери</translation>
    </message>
    <message>
        <source>Objects of the precinct</source>
        <translation>Участоктун объекттери</translation>
    </message>
    <message>
        <source>Add an ob&amp;ject…</source>
        <translation>Объект &amp;кошуу…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Ө&amp;згөртүү…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>No objects yet. Schools, shops, farms and places of worship of the precinct are added with “Add an object”.</source>
        <translation>Азырынча объекттер жок. Участоктун мектептери, дүкөндөрү, дыйкан чарбалары жана сыйынуу жайлары «Объект кошуу» баскычы менен кошулат.</translation>
    </message>
    <message>
        <source>in the database: %1</source>
        <translation>маалымат базасында: %1</translation>
    </message>
    <message>
        <source>The passport is saved.</source>
        <translation>Паспорт сакталды.</translation>
    </message>
    <message>
        <source>Remove an object</source>
        <translation>Объектти өчүрүү</translation>
    </message>
    <message>
        <source>Remove “%1” from the precinct passport?</source>
        <translation>«%1» участоктун паспортунан өчүрүлсүнбү?</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>PIN</source>
        <translation>ИЖН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жашы</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Калктуу конуш</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефондор</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Тургундар</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Издөө</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Тургундарды издөө</translation>
    </message>
    <message>
        <source>Surname, name, ID number, phone or address</source>
        <translation>Фамилиясы, аты, ИЖН, телефону же дареги</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Эсепке алуу категориясы</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>&amp;Жашы</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Жашы, баштап</translation>
    </message>
    <message>
        <source>from</source>
        <translation>баштап</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation>Жашы, чейин</translation>
    </message>
    <message>
        <source>to</source>
        <translation>чейин</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Жаңы тургун…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Жаңы тургун</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттоо…</translation>
    </message>
    <message>
        <source>Import residents from a file</source>
        <translation>Тургундарды файлдан импорттоо</translation>
    </message>
    <message>
        <source>All settlements</source>
        <translation>Бардык калктуу конуштар</translation>
    </message>
    <message>
        <source>On the register or not</source>
        <translation>Эсепте турса да, турбаса да</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Саналууда…</translation>
    </message>
    <message>
        <source>No one found. Check the spelling, type fewer letters or clear a filter.</source>
        <translation>Эч ким табылган жок. Жазылышын текшериңиз, азыраак тамга жазыңыз же чыпканы алып салыңыз.</translation>
    </message>
    <message>
        <source>No people yet: press Ctrl+N to add one.</source>
        <translation>Азырынча тургундар жок: кошуу үчүн Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <source>No people yet.</source>
        <translation>Азырынча тургундар жок.</translation>
    </message>
    <message>
        <source>Many people found; scroll down to see more.</source>
        <translation>Көп адам табылды; калгандарын көрүү үчүн тизмени ылдый жылдырыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln people; type or filter to narrow the list.</source>
        <translation>
            <numerusform>%Ln адамдан ашык: тизмени кыскартуу үчүн издөөнү же чыпканы тактаңыз.</numerusform>
            <numerusform>%Ln адамдан ашык: тизмени кыскартуу үчүн издөөнү же чыпканы тактаңыз.</numerusform>
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
        <translation>&amp;Журналга жазуу…</translation>
    </message>
    <message>
        <source>Add a work log entry about the person</source>
        <translation>Адам жөнүндө журналга жазуу кошуу</translation>
    </message>
    <message>
        <source>Record a check of the register entry</source>
        <translation>Эсепке алуу боюнча текшерүүнү белгилөө</translation>
    </message>
    <message>
        <source>&amp;Print the person card…</source>
        <translation>Карточканы &amp;басып чыгаруу…</translation>
    </message>
    <message>
        <source>&amp;Save the person card as PDF…</source>
        <translation>Карточканы PDF катары &amp;сактоо…</translation>
    </message>
    <message>
        <source>&amp;History of the person&apos;s record…</source>
        <translation>Адам жөнүндөгү жазуунун &amp;тарыхы…</translation>
    </message>
    <message>
        <source>History of the &amp;household…</source>
        <translation>Үй &amp;чарбанын тарыхы…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Дагы</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Башка аракеттер</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Person card</source>
        <translation>Эсеп карточкасы</translation>
    </message>
    <message>
        <source>Making the person card</source>
        <translation>Карточканы түзүү</translation>
    </message>
    <message>
        <source>Person card: %1</source>
        <translation>Эсеп карточкасы: %1</translation>
    </message>
    <message>
        <source>Sending the card to the printer</source>
        <translation>Карточканы принтерге жөнөтүү</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>демейки принтер</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1: %n copy(ies).</source>
        <translation>
            <numerusform>%1 принтерине жөнөтүлдү: %n нуска.</numerusform>
            <numerusform>%1 принтерине жөнөтүлдү: %n нуска.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the person card as PDF</source>
        <translation>Карточканы PDF катары сактоо</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the person card</source>
        <translation>Карточканы сактоо</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 ичине сакталды</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Тургун</translation>
    </message>
    <message>
        <source>S&amp;urname</source>
        <translation>&amp;Фамилиясы</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилиясы</translation>
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
        <translation>А&amp;тасынын аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Ту&amp;улган күнү</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туулган күнү</translation>
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
        <translation>көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>male</source>
        <translation>эркек</translation>
    </message>
    <message>
        <source>female</source>
        <translation>аял</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>&amp;ИЖН</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ИЖН</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 сан</translation>
    </message>
    <message>
        <source>P&amp;hones</source>
        <translation>Те&amp;лефондор</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефондор</translation>
    </message>
    <message>
        <source>8 701 123 45 67; several separated by commas</source>
        <translation>8 701 123 45 67; бир нече номер болсо, үтүр менен</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Дареги</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>Settlement, street, house</source>
        <translation>Калктуу конуш, көчө, үй</translation>
    </message>
    <message>
        <source>&amp;Workplace</source>
        <translation>Иштеген &amp;жери</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Иштеген жери</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Эс&amp;кертүүлөр</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>This person may be in the database already. Open the person found, or create a new one if it is someone else.</source>
        <translation>Бул адам маалымат базасында мурунтан эле болушу мүмкүн. Табылган жазууну ачыңыз же башка адам болсо, жаңысын түзүңүз.</translation>
    </message>
    <message>
        <source>People who may be the same</source>
        <translation>Дал келиши мүмкүн адамдар</translation>
    </message>
    <message>
        <source>Open &amp;this person</source>
        <translation>Бул &amp;адамды ачуу</translation>
    </message>
    <message>
        <source>&amp;Create anyway: someone else</source>
        <translation>Баары бир &amp;түзүү: бул башка адам</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Жаңы тургун</translation>
    </message>
    <message>
        <source>Person&apos;s details</source>
        <translation>Тургун жөнүндө маалымат</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;ИЖН</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ИЖН</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 сан</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>И&amp;ИН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Текшериңиз: %1</translation>
    </message>
</context>
<context>
    <name>PersonLogDialog</name>
    <message>
        <source>Work log entry: %1</source>
        <translation>Журналга жазуу: %1</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Put on the register</source>
        <translation>Эсепке алуу</translation>
    </message>
    <message>
        <source>Taken off the register</source>
        <translation>Эсептен чыгаруу</translation>
    </message>
    <message>
        <source>Home check</source>
        <translation>Жашаган жери боюнча текшерүү</translation>
    </message>
    <message>
        <source>Preventive work</source>
        <translation>Профилактикалык иш</translation>
    </message>
    <message>
        <source>Appeal received</source>
        <translation>Кайрылуу келип түштү</translation>
    </message>
    <message>
        <source>Appeal decided</source>
        <translation>Кайрылуу каралды</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Окуя</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Эмне болду</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Тургун</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жашы</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Тизмеге кайтуу</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Тизмеге кайтуу</translation>
    </message>
    <message>
        <source>Edit the person&apos;s details</source>
        <translation>Тургун жөнүндө маалыматты өзгөртүү</translation>
    </message>
    <message>
        <source>Record a check of the selected entry</source>
        <translation>Тандалган эсеп жазуусу боюнча текшерүүнү жазуу</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Маалыматты ө&amp;згөртүү…</translation>
    </message>
    <message>
        <source>&amp;Put on the register…</source>
        <translation>&amp;Эсепке алуу…</translation>
    </message>
    <message>
        <source>Record a &amp;check…</source>
        <translation>&amp;Текшерүүнү жазуу…</translation>
    </message>
    <message>
        <source>&amp;Take off the register…</source>
        <translation>Эсептен &amp;чыгаруу…</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефондор</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Калктуу конуш</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Иштеген жери</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Үй чарба</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>Үй чарбанын тургундары</translation>
    </message>
    <message>
        <source>Preventive register</source>
        <translation>Профилактикалык эсеп</translation>
    </message>
    <message>
        <source>Register entries and their checks</source>
        <translation>Эсеп жазуулары жана алар боюнча текшерүүлөр</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Everything about the person, newest first</source>
        <translation>Адам жөнүндө баары, адегенде жаңылары</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(аты жок)</translation>
    </message>
    <message>
        <source>born %1 (%2)</source>
        <translation>туулган күнү: %1 (%2)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ИЖН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Not linked to a household.</source>
        <translation>Үй чарба көрсөтүлгөн эмес.</translation>
    </message>
    <message>
        <source>flat %1</source>
        <translation>%1-батир</translation>
    </message>
    <message>
        <source>Next check %1: %2</source>
        <translation>Кийинки текшерүү %1: %2</translation>
    </message>
    <message>
        <source>Not on the register.</source>
        <translation>Эсепте турбайт.</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>This computer and its place</source>
        <translation>Компьютер жана иштеген жери</translation>
    </message>
    <message>
        <source>Numbers of appeals and incidents made here begin with these codes, so they never clash with another computer&apos;s.</source>
        <translation>Бул жерде катталган кайрылуулардын жана окуялардын номерлери ушул коддордон башталат, ошондуктан башка компьютердин номерлери менен эч качан дал келбейт.</translation>
    </message>
    <message>
        <source>&amp;Computer name</source>
        <translation>&amp;Компьютердин аталышы</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Компьютердин аталышы</translation>
    </message>
    <message>
        <source>for example, Laptop of precinct 5</source>
        <translation>мисалы, 5-участоктун ноутбугу</translation>
    </message>
    <message>
        <source>&amp;District code</source>
        <translation>&amp;Райондун коду</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>Райондун коду</translation>
    </message>
    <message>
        <source>as the chief gave it, for example 12</source>
        <translation>начальник берген код, мисалы 12</translation>
    </message>
    <message>
        <source>&amp;Precinct number</source>
        <translation>&amp;Участоктун номери</translation>
    </message>
    <message>
        <source>Precinct number</source>
        <translation>Участоктун номери</translation>
    </message>
    <message>
        <source>for example 05</source>
        <translation>мисалы, 05</translation>
    </message>
    <message>
        <source>Precinct &amp;name</source>
        <translation>Участоктун &amp;аталышы</translation>
    </message>
    <message>
        <source>Precinct name</source>
        <translation>Участоктун аталышы</translation>
    </message>
    <message>
        <source>optional, for example the village&apos;s name</source>
        <translation>милдеттүү эмес, мисалы айылдын аталышы</translation>
    </message>
</context>
<context>
    <name>PrecinctObjectDialog</name>
    <message>
        <source>Object of the precinct</source>
        <translation>Участоктун объекти</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрү</translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation>Объекттин түрү</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Аталышы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Дареги</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>Бай&amp;ланыш</translation>
    </message>
    <message>
        <source>Contact person or phone</source>
        <translation>Байланыш үчүн адам же телефон</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Эскертүүлөр</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>New object of the precinct</source>
        <translation>Участоктун жаңы объекти</translation>
    </message>
    <message>
        <source>Type the name.</source>
        <translation>Аталышын киргизиңиз.</translation>
    </message>
</context>
<context>
    <name>PrefixDialog</name>
    <message>
        <source>Number prefix of %1</source>
        <translation>Номердин префикси: %1</translation>
    </message>
    <message>
        <source>The laptop numbers its appeals with this prefix from the next package it imports, in a new series from 1. The numbers it has given keep their prefix.</source>
        <translation>Ноутбук кийинки пакетти импорттогондон кийин кайрылууларды ушул префикс менен 1ден башталган жаңы серия менен номерлейт. Берилген номерлер өз префиксин сактайт.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Азыр</translation>
    </message>
    <message>
        <source>&amp;New prefix</source>
        <translation>&amp;Жаңы префикс</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print the report</source>
        <translation>Отчетту басып чыгаруу</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n барак</numerusform>
            <numerusform>%n барак</numerusform>
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
        <translation>Системанын демейки принтери</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (демейки)</translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>&amp;Нускалар</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Нускалардын саны</translation>
    </message>
    <message>
        <source>The report goes to the printer&apos;s queue as it is shown in the preview. Where no printer is listed, the system&apos;s default printer is used.</source>
        <translation>Отчет алдын ала көрүүдө көрсөтүлгөндөй басып чыгаруу кезегине жөнөтүлөт. Эч бир принтер көрсөтүлбөсө, системанын демейки принтери колдонулат.</translation>
    </message>
    <message>
        <source>The report goes to the printer&apos;s queue as it is shown in the preview.</source>
        <translation>Отчет алдын ала көрүүдө көрсөтүлгөндөй басып чыгаруу кезегине жөнөтүлөт.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып чыгаруу</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып чыгаруу</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесип алуу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Кө&amp;чүрүү</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Баарын сактоо</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ооба</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Баарына ооба</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Баарына ж&amp;ок</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Көңүл бурбоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сактабоо</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Баштапкы абалга келтирүү</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Демейки маанилерди калыбына келтирүү</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесип алуу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Кө&amp;чүрүү</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Кийинки &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артка</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Бүтүрүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Улантуу</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Ырастоо</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Даяр</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>Changed</source>
        <translation>Өзгөртүлгөн</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мааниси</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Earlier values</source>
        <translation>Мурунку маанилер</translation>
    </message>
    <message>
        <source>&amp;Set back this value</source>
        <translation>Бул маанини &amp;кайтаруу</translation>
    </message>
    <message>
        <source>The value is set back; the history keeps the one before.</source>
        <translation>Маани кайтарылды; тарыхта мурункусу да сакталат.</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>home visit</source>
        <translation>үйгө баруу</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>телефон аркылуу</translation>
    </message>
    <message>
        <source>summoned to the post</source>
        <translation>участкалык пунктка чакыруу</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>катталды</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>каралууда</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>мөөнөтү узартылды</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>таандыктыгы боюнча жөнөтүлдү</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>каралды</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>жокко чыгарылды</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n жаш</numerusform>
            <numerusform>%n жаш</numerusform>
        </translation>
    </message>
    <message>
        <source>male</source>
        <translation>эркек</translation>
    </message>
    <message>
        <source>female</source>
        <translation>аял</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Мөөнөтү %n күнгө өттү</numerusform>
            <numerusform>Мөөнөтү %n күнгө өттү</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мөөнөтү бүгүн</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Мөөнөтүнө %n күн калды</numerusform>
            <numerusform>Мөөнөтүнө %n күн калды</numerusform>
        </translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Мөөнөтүндө</translation>
    </message>
    <message>
        <source>Off the register</source>
        <translation>Эсептен чыгарылган</translation>
    </message>
    <message>
        <source>Term ended: remove or extend</source>
        <translation>Мөөнөтү бүттү: чыгаруу же узартуу</translation>
    </message>
    <message>
        <source>No regular checks</source>
        <translation>Туруктуу текшерүүсүз</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Write down the recovery key</source>
        <translation>Калыбына келтирүү ачкычын жазып алыңыз</translation>
    </message>
    <message>
        <source>The database is ready. This key is shown only now, once.</source>
        <translation>Маалымат базасы даяр. Бул ачкыч азыр гана, бир жолу көрсөтүлөт.</translation>
    </message>
    <message>
        <source>If the password is forgotten, only this key opens the database again. Write it on paper now, exactly as shown, and keep the paper locked away from the computer. Do not photograph it and do not keep it in a file.</source>
        <translation>Сырсөз унутулса, маалымат базасын кайра ушул ачкыч гана ачат. Аны азыр так көрсөтүлгөндөй кагазга жазып алыңыз да, кагазды компьютерден өзүнчө, кулпуланган жерде сактаңыз. Ачкычты сүрөткө тартпаңыз жана файлда сактабаңыз.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Калыбына келтирүү ачкычы</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>Калыбына келтирүү ачкычын &amp;жазып алдым</translation>
    </message>
</context>
<context>
    <name>RegisterDialogs</name>
    <message>
        <source>No one found. Add the person on the People page first.</source>
        <translation>Эч ким табылган жок. Адегенде адамды «Тургундар» барагында кошуңуз.</translation>
    </message>
    <message>
        <source>Choose the risk level</source>
        <translation>Коркунуч деңгээлин тандаңыз</translation>
    </message>
    <message numerus="yes">
        <source>This measure lasts %n day(s).</source>
        <translation>
            <numerusform>Бул чара %n күн колдонулат.</numerusform>
            <numerusform>Бул чара %n күн колдонулат.</numerusform>
        </translation>
    </message>
    <message>
        <source>A court sets from %1 to %2 days: type the end it set.</source>
        <translation>Сот мөөнөттү %1 күндөн %2 күнгө чейин белгилейт: сот белгилеген аяктоо күнүн жазыңыз.</translation>
    </message>
    <message>
        <source>Choose the person: type their name and pick them.</source>
        <translation>Адамды тандаңыз: фамилиясын жаза баштап, тизмеден тандаңыз.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>All categories</source>
        <translation>Бардык категориялар</translation>
    </message>
    <message numerus="yes">
        <source>%n on the register</source>
        <translation>
            <numerusform>Эсепте: %n</numerusform>
            <numerusform>Эсепте: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>Мөөнөтү өткөн: %n</numerusform>
            <numerusform>Мөөнөтү өткөн: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term ended</source>
        <translation>
            <numerusform>мөөнөтү бүткөн: %n</numerusform>
            <numerusform>мөөнөтү бүткөн: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Кийинки текшерүү</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Акыркы текшерүү</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категориясы</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Аякталышы</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негиз</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Профилактикалык эсеп</translation>
    </message>
    <message>
        <source>Preventive register</source>
        <translation>Профилактикалык эсеп</translation>
    </message>
    <message>
        <source>Register categories</source>
        <translation>Эсепке алуу категориялары</translation>
    </message>
    <message>
        <source>&amp;Overdue first</source>
        <translation>Адегенде &amp;мөөнөтү өткөндөр</translation>
    </message>
    <message>
        <source>Show &amp;ended entries</source>
        <translation>&amp;Аяктаган жазууларды көрсөтүү</translation>
    </message>
    <message>
        <source>Record a &amp;check…</source>
        <translation>&amp;Текшерүүнү жазуу…</translation>
    </message>
    <message>
        <source>Record a check of the selected entry</source>
        <translation>Тандалган эсеп жазуусу боюнча текшерүүнү жазуу</translation>
    </message>
    <message>
        <source>Open the person of the selected entry</source>
        <translation>Тандалган жазуудагы адамды ачуу</translation>
    </message>
    <message>
        <source>Put someone on the register</source>
        <translation>Адамды эсепке алуу</translation>
    </message>
    <message>
        <source>&amp;Take off the register…</source>
        <translation>Эсептен &amp;чыгаруу…</translation>
    </message>
    <message>
        <source>E&amp;xtend the term…</source>
        <translation>Мөөнөттү у&amp;зартуу…</translation>
    </message>
    <message>
        <source>Open the &amp;person</source>
        <translation>&amp;Адамды ачуу</translation>
    </message>
    <message>
        <source>&amp;Put on the register…</source>
        <translation>&amp;Эсепке алуу…</translation>
    </message>
    <message>
        <source>Register entries</source>
        <translation>Эсеп жазуулары</translation>
    </message>
    <message>
        <source>No one on the register here. Press Ctrl+N to put someone on it.</source>
        <translation>Бул жерде эсепте эч ким турбайт. Адамды эсепке алуу үчүн Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <source>No one on the register here.</source>
        <translation>Бул жерде эсепте эч ким турбайт.</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln</source>
        <translation>
            <numerusform>Жазуулар: %Ln</numerusform>
            <numerusform>Жазуулар: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry and press C to record a check.</source>
        <translation>Жазууну тандап, текшерүүнү жазуу үчүн C басыңыз.</translation>
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
        <translation>Чейрек</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даталар</translation>
    </message>
    <message>
        <source>One inspector&apos;s work in the period: households visited, the register, talks and warnings, appeals, incidents, and the overdue lists by name.</source>
        <translation>Бир инспектордун мезгил ичиндеги иши: кыдырылган үй чарбалар, профилактикалык эсеп, маектер жана эскертүүлөр, кайрылуулар, окуялар жана мөөнөтү өткөндөрдүн ысымдары менен тизмелери.</translation>
    </message>
    <message>
        <source>Every inspector of the district side by side, with charts of appeals decided on time and of checks done, and the district&apos;s overdue lists.</source>
        <translation>Райондун бардык инспекторлору катар, мөөнөтүндө каралган кайрылуулардын жана жүргүзүлгөн текшерүүлөрдүн диаграммалары менен, ошондой эле район боюнча мөөнөтү өткөндөрдүн тизмелери.</translation>
    </message>
    <message>
        <source>Districts and regions with their totals and monthly trends.</source>
        <translation>Райондор жана облустар, жыйынтыктары жана айлык динамикасы менен.</translation>
    </message>
    <message>
        <source>The report to residents: figures only, no names; a count of 1 or 2 shows as “fewer than 3”. Fit for a notice board.</source>
        <translation>Калк алдындагы отчет: сандар гана, ысымдарсыз; 1 же 2 саны «3төн аз» болуп көрсөтүлөт. Жарыя тактасына ылайыктуу.</translation>
    </message>
    <message>
        <source>One person&apos;s register card with checks and history, as of today.</source>
        <translation>Бир адамдын текшерүүлөрү жана тарыхы бар эсеп карточкасы, бүгүнкү күнгө.</translation>
    </message>
    <message>
        <source>The register of appeals received in the period, with their status and deadlines.</source>
        <translation>Мезгил ичинде келип түшкөн кайрылуулардын реестри, абалы жана мөөнөттөрү менен.</translation>
    </message>
    <message>
        <source>The precinct passport as of today.</source>
        <translation>Бүгүнкү күнгө участоктун паспорту.</translation>
    </message>
    <message>
        <source>Every district of this database</source>
        <translation>Бул маалымат базасынын бардык райондору</translation>
    </message>
    <message>
        <source>What this database holds</source>
        <translation>Бул маалымат базасындагылардын баары</translation>
    </message>
    <message>
        <source>No person chosen yet: type a name above and pick from the list.</source>
        <translation>Адам азырынча тандалган жок: жогоруда фамилиясын жазып, тизмеден тандаңыз.</translation>
    </message>
    <message>
        <source>Type both days as DD.MM.YYYY.</source>
        <translation>Эки датаны тең КК.АА.ЖЖЖЖ түрүндө киргизиңиз.</translation>
    </message>
    <message>
        <source>Choose the person of the card first.</source>
        <translation>Адегенде карточка кимге экенин тандаңыз.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>No report yet. Choose the report, the period and what it covers on the left, then press Generate (Ctrl+G). The report appears here as it will be printed.</source>
        <translation>Азырынча отчет жок. Сол жактан отчетту, мезгилди жана камтуусун тандап, «Түзүү» баскычын басыңыз (Ctrl+G). Отчет бул жерде басылып чыга турган түрүндө пайда болот.</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Отчетту алдын ала көрүү</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+-)</source>
        <translation>Кичирээк (Ctrl+-)</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Кичирээк</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>Чоңураак (Ctrl++)</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Чоңураак</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Туурасы боюнча</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Баракты туурасы боюнча батыруу</translation>
    </message>
    <message>
        <source>W&amp;hole page</source>
        <translation>&amp;Бүт барак</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Барактарды толук көрсөтүү</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Барак %1 / %2</translation>
    </message>
</context>
<context>
    <name>ReportsForm</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Отчет</translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation>Отчеттун түрү</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Мезгил</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Мезгилдин түрү</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Мезгил</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Баштап</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Мезгилдин биринчи күнү</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;чейин</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Мезгилдин акыркы күнү</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>К&amp;амтуусу</translation>
    </message>
    <message>
        <source>Precinct or district the report covers</source>
        <translation>Отчет камтыган участок же район</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation>&amp;Адам</translation>
    </message>
    <message>
        <source>Find the person of the card</source>
        <translation>Карточканын адамын табуу</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Фамилиясы, аты же ИЖН</translation>
    </message>
    <message>
        <source>&amp;Language of the report</source>
        <translation>Отчеттун &amp;тили</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Отчеттун тили</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>Түз&amp;үү</translation>
    </message>
    <message>
        <source>Generate the report</source>
        <translation>Отчетту түзүү</translation>
    </message>
    <message>
        <source>Generate the report with these choices (Ctrl+G)</source>
        <translation>Ушул параметрлер менен отчетту түзүү (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>&amp;Generate the report</source>
        <translation>Отчетту түз&amp;үү</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF катары &amp;сактоо…</translation>
    </message>
    <message>
        <source>Choose the printer and the copies (Ctrl+P)</source>
        <translation>Принтерди жана нускалардын санын тандоо (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Отчетту басып чыгаруу</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation>Отчетту PDF файл катары сактоо (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Отчетту PDF файл катары сактоо</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>&amp;XLSX катары сактоо…</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables as a spreadsheet (Ctrl+Shift+S)</source>
        <translation>Отчеттун таблицаларын электрондук таблицага сактоо (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save the report as a spreadsheet</source>
        <translation>Отчетту таблица катары сактоо</translation>
    </message>
    <message>
        <source>This report names people: printing and saving it are recorded in the journal.</source>
        <translation>Бул отчетто адамдардын ысымдары бар: аны басып чыгаруу жана сактоо журналга жазылат.</translation>
    </message>
    <message>
        <source>Gathering the figures and drawing the pages…</source>
        <translation>Маалыматтар чогултулуп, барактар даярдалууда…</translation>
    </message>
    <message>
        <source>Generating the report</source>
        <translation>Отчетту түзүү</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Отчет түзүлүүдө…</translation>
    </message>
    <message>
        <source>This database holds no precinct yet, so a report has nothing to cover. Precincts come with the inspectors&apos; packages (the Sync page).</source>
        <translation>Бул маалымат базасында азырынча участоктор жок, ошондуктан отчет эч нерсени камтыбайт. Участоктор инспекторлордун пакеттери менен келет («Синхрондоо» барагы).</translation>
    </message>
    <message>
        <source>Looking for printers</source>
        <translation>Принтерлерди издөө</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Принтерлер изделүүдө…</translation>
    </message>
    <message>
        <source>Sending the report to the printer</source>
        <translation>Отчетту принтерге жөнөтүү</translation>
    </message>
    <message>
        <source>Sending the report to the printer…</source>
        <translation>Отчет принтерге жөнөтүлүүдө…</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>демейки принтер</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1: %n copy(ies).</source>
        <translation>
            <numerusform>%1 принтерине жөнөтүлдү: %n нуска.</numerusform>
            <numerusform>%1 принтерине жөнөтүлдү: %n нуска.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Отчетту PDF катары сактоо</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Отчетту сактоо</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Отчет сакталууда…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Электрондук таблицалар (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 ичине сакталды</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Токтотулду.</translation>
    </message>
    <message>
        <source>The choices changed after this report was made: print and save give the report shown. Press Generate (Ctrl+G) to make it with the new choices.</source>
        <translation>Отчет түзүлгөндөн кийин параметрлер өзгөрдү: көрсөтүлгөн отчет басып чыгарылат жана сакталат. Жаңы параметрлер менен түзүү үчүн «Түзүү» баскычын басыңыз (Ctrl+G).</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Create the database</source>
        <translation>Маалымат базасын түзүү</translation>
    </message>
    <message>
        <source>This computer has no database yet. Answer a few questions and the application creates one.</source>
        <translation>Бул компьютерде азырынча маалымат базасы жок. Бир нече суроого жооп бериңиз, ошондо тиркеме аны түзөт.</translation>
    </message>
    <message>
        <source>Who works with this computer</source>
        <translation>Бул компьютерде ким иштейт</translation>
    </message>
    <message>
        <source>&amp;District inspector</source>
        <translation>&amp;Участкалык инспектор</translation>
    </message>
    <message>
        <source>Residents, the preventive register, the log and the appeals of one precinct.</source>
        <translation>Бир участоктун тургундары, профилактикалык эсеби, журналы жана кайрылуулары.</translation>
    </message>
    <message>
        <source>&amp;Chief of the district inspectors</source>
        <translation>Участкалык инспекторлор кызматынын &amp;начальниги</translation>
    </message>
    <message>
        <source>Receives the inspectors&apos; packages of a district, sees overdue work, sends notices and tasks.</source>
        <translation>Райондун участкалык инспекторлорунун пакеттерин кабыл алат, мөөнөтү өткөн иштерди көрөт, ориентировкаларды жана тапшырмаларды жөнөтөт.</translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation>&amp;Облустук башкармалык же министрлик</translation>
    </message>
    <message>
        <source>Receives the districts&apos; packages and prints reports for districts and regions.</source>
        <translation>Райондордун пакеттерин кабыл алып, райондор жана облустар боюнча отчетторду басып чыгарат.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <source>&amp;Kazakhstan</source>
        <translation>&amp;Казакстан</translation>
    </message>
    <message>
        <source>K&amp;yrgyzstan</source>
        <translation>К&amp;ыргызстан</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Интерфейстин тили</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Интерфейстин тили</translation>
    </message>
    <message>
        <source>The window speaks the new language at once; nothing typed on other pages is lost. Reports and messages of the database follow it too.</source>
        <translation>Терезе дароо жаңы тилге өтөт; башка барактарда киргизилгендердин баары сакталат. Отчеттор жана маалымат базасынын билдирүүлөрү да ушул тилде болот.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Кулпулоо</translation>
    </message>
    <message>
        <source>Lock &amp;after, minutes without use</source>
        <translation>Кулпуланганга чейин аракетсиз &amp;мүнөттөр</translation>
    </message>
    <message>
        <source>Minutes without use before the window locks</source>
        <translation>Терезе кулпуланганга чейинки аракетсиз мүнөттөрдүн саны</translation>
    </message>
    <message>
        <source>The locked window asks for the password again and keeps everything typed. Ctrl+L locks it at once.</source>
        <translation>Кулпуланган терезе сырсөздү кайра сурайт жана киргизилгендердин баарын сактайт. Ctrl+L терезени дароо кулпулайт.</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>Менин сырсөзүм</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Сырсөздү &amp;өзгөртүү…</translation>
    </message>
    <message>
        <source>Users of this computer</source>
        <translation>Бул компьютердин колдонуучулары</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation>Колдонуучу &amp;кошуу…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n колдонуучу</numerusform>
            <numerusform>%n колдонуучу</numerusform>
        </translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Сырсөз өзгөртүлдү</translation>
    </message>
    <message>
        <source>From now on, sign in and unlock with the new password.</source>
        <translation>Эми кирүү жана кулпусун ачуу үчүн жаңы сырсөздү колдонуңуз.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Register an appeal</source>
        <translation>Кайрылууну каттоо</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Жаңы окуя</translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation>Жаңы журнал жазуусу</translation>
    </message>
    <message>
        <source>Save the entry</source>
        <translation>Жазууну сактоо</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>Жаңы ориентировка</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Жаңы тапшырма</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Жаңы үй чарба</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Ыкчам баскычтар</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Баскычтар</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <source>Pages</source>
        <translation>Барактар</translation>
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
        <translation>бул жерде катталган</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>%1 аркылуу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Из</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Кайдан белгилүү</translation>
    </message>
</context>
<context>
    <name>SyncHistory</name>
    <message>
        <source>none yet</source>
        <translation>азырынча жок</translation>
    </message>
    <message>
        <source>No. %1, %2</source>
        <translation>№%1, %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>жок: %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>all confirmed</source>
        <translation>баары ырасталган</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>иретинде</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) of changes</source>
        <translation>
            <numerusform>%n өзгөртүүлөр топтому</numerusform>
            <numerusform>%n өзгөртүүлөр топтому</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n өзгөртүү</numerusform>
            <numerusform>%n өзгөртүү</numerusform>
        </translation>
    </message>
    <message>
        <source>restored</source>
        <translation>калыбына келтирилди</translation>
    </message>
    <message>
        <source>rewritten</source>
        <translation>кайра жазылган</translation>
    </message>
    <message>
        <source>Restored from a backup: journal entries %1 to %2 of this device are lost. What it had sent before is kept here and goes back to it.</source>
        <translation>Камдык көчүрмөдөн калыбына келтирилди: бул түзмөктүн журналынын %1–%2 жазуулары жоголду. Ал мурда жөнөткөндүн баары бул жерде сакталат жана ага кайтарылат.</translation>
    </message>
    <message>
        <source>The journal in package %2 no longer extends what package %1 showed: records of this device may have been changed behind the application&apos;s back. Report it.</source>
        <translation>№%2 пакеттеги журнал №%1 пакет көрсөткөндү мындан ары улантпайт: бул түзмөктүн жазуулары тиркемени айланып өтүп өзгөртүлгөн болушу мүмкүн. Бул тууралуу билдириңиз.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Түзмөк</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Акыркы алынганы</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) received in all</source>
        <translation>
            <numerusform>Бардыгы %n пакет алынды</numerusform>
            <numerusform>Бардыгы %n пакет алынды</numerusform>
        </translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Жетишпегендер</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Акыркы жөнөтүлгөнү</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written in all</source>
        <translation>
            <numerusform>Бардыгы %n пакет жазылды</numerusform>
            <numerusform>Бардыгы %n пакет жазылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Азырынча ырасталган эмес</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Акыркы байланыш</translation>
    </message>
    <message numerus="yes">
        <source>Devices this computer exchanges packages with: %n.</source>
        <translation>
            <numerusform>Бул компьютер пакет алмашкан түзмөктөр: %n.</numerusform>
            <numerusform>Бул компьютер пакет алмашкан түзмөктөр: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them rewrote their history: see the Journal column.</source>
        <translation>
            <numerusform>Алардын %n түзмөгүнүн тарыхы кайра жазылган: «Журнал» тилкесин караңыз.</numerusform>
            <numerusform>Алардын %n түзмөгүнүн тарыхы кайра жазылган: «Журнал» тилкесин караңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received were set aside: the device that made them may not make them. They are kept for the chief&apos;s review.</source>
        <translation>
            <numerusform>Алынган %n өзгөртүү өзүнчө коюлду: аларды жасаган түзмөктүн аларды жасоого укугу жок. Алар начальниктин текшерүүсү үчүн сакталды.</numerusform>
            <numerusform>Алынган %n өзгөртүү өзүнчө коюлду: аларды жасаган түзмөктүн аларды жасоого укугу жок. Алар начальниктин текшерүүсү үчүн сакталды.</numerusform>
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
        <translation>&amp;Тарых</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Түзмөктөр</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Карама-каршылыктар</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондоо</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%n)</source>
        <translation>
            <numerusform>&amp;Карама-каршылыктар (%n)</numerusform>
            <numerusform>&amp;Карама-каршылыктар (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>This computer</source>
        <translation>Ушул компьютер</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Катталган</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ишеним кайра алынган</translation>
    </message>
    <message>
        <source>precinct %1</source>
        <translation>%1 участок</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>%1 район</translation>
    </message>
    <message>
        <source>chief</source>
        <translation>начальник</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>башкармалык</translation>
    </message>
    <message>
        <source>never</source>
        <translation>бир да жолу</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгүн</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n күн мурун</numerusform>
            <numerusform>%n күн мурун</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>жана дагы %n</numerusform>
            <numerusform>жана дагы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported.</source>
        <translation>%1: мурда кабыл алынган.</translation>
    </message>
    <message>
        <source>%1: refused.</source>
        <translation>%1: кабыл алынган жок.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n жазуу кошулду</numerusform>
            <numerusform>%n жазуу кошулду</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation>
            <numerusform>%n жазуу өзгөртүлдү</numerusform>
            <numerusform>%n жазуу өзгөртүлдү</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>жаңы эч нерсе жок</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>кароого %n карама-каршылык</numerusform>
            <numerusform>кароого %n карама-каршылык</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported from %2.</source>
        <translation>%1: %2 түзмөгүнөн кабыл алынды.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Жаңы тапшырма</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Инспектор</translation>
    </message>
    <message>
        <source>Inspector who gets the task</source>
        <translation>Тапшырма берилген инспектор</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Аталышы</translation>
    </message>
    <message>
        <source>Title of the task</source>
        <translation>Тапшырманын аталышы</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Т&amp;екст</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Эмне кылуу керек</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Мөөнөтү</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Аткаруу мөөнөтү</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Жөнөтүү</translation>
    </message>
    <message>
        <source>No inspector is known to this database yet: enrol one first.</source>
        <translation>Бул маалымат базасында азырынча инспектор жок: адегенде инспекторду каттаңыз.</translation>
    </message>
    <message>
        <source>Say in a few words what is to be done.</source>
        <translation>Эмне кылуу керектигин бир нече сөз менен жазыңыз.</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Open tasks</source>
        <translation>Аткарылбаган тапшырмалар</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Аткарылгандар</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Бардык тапшырмалар</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кимден</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Көрсөтүү</translation>
    </message>
    <message>
        <source>Which tasks to show</source>
        <translation>Кайсы тапшырмаларды көрсөтүү</translation>
    </message>
    <message>
        <source>New ta&amp;sk…</source>
        <translation>&amp;Жаңы тапшырма…</translation>
    </message>
    <message>
        <source>Give an inspector a task (Ctrl+T)</source>
        <translation>Инспекторго тапшырма берүү (Ctrl+T)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Тапшырмалар</translation>
    </message>
    <message>
        <source>The task chosen</source>
        <translation>Тандалган тапшырма</translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation>&amp;Эмне жасалды</translation>
    </message>
    <message>
        <source>Report on the task</source>
        <translation>Тапшырманын аткарылышы жөнүндө отчет</translation>
    </message>
    <message>
        <source>&amp;Take the task</source>
        <translation>Аткарууга &amp;алуу</translation>
    </message>
    <message>
        <source>&amp;Report done</source>
        <translation>Аткарылганы жөнүндө &amp;билдирүү</translation>
    </message>
    <message numerus="yes">
        <source>Tasks: %n</source>
        <translation>
            <numerusform>Тапшырмалар: %n</numerusform>
            <numerusform>Тапшырмалар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks here. To give one, press Ctrl+T.</source>
        <translation>Бул жерде тапшырмалар жок. Тапшырма берүү үчүн Ctrl+T басыңыз.</translation>
    </message>
    <message>
        <source>No tasks here. Tasks arrive from the chief with sync packages.</source>
        <translation>Бул жерде тапшырмалар жок. Тапшырмалар начальниктен синхрондоо пакеттери менен келет.</translation>
    </message>
    <message>
        <source>Choose a task to read it.</source>
        <translation>Окуу үчүн тапшырманы тандаңыз.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Кимден: %1, кимге: %2.</translation>
    </message>
    <message>
        <source>Due by %1: %2.</source>
        <translation>Мөөнөтү %1: %2.</translation>
    </message>
    <message>
        <source>Taken %1.</source>
        <translation>%1 аткарууга алынды.</translation>
    </message>
    <message>
        <source>Done %1: %2</source>
        <translation>%1 аткарылды: %2</translation>
    </message>
    <message>
        <source>Write what was done, then report.</source>
        <translation>Эмне жасалганын жазып, андан кийин билдириңиз.</translation>
    </message>
</context>
<context>
    <name>TerritoryNameDialog</name>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Аталышы</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Коду</translation>
    </message>
    <message>
        <source>Code (KATO or SOATE)</source>
        <translation>Коду (КАТО же СОАТЕ)</translation>
    </message>
    <message>
        <source>New settlement</source>
        <translation>Жаңы калктуу конуш</translation>
    </message>
    <message>
        <source>New street</source>
        <translation>Жаңы көчө</translation>
    </message>
    <message>
        <source>Type the name.</source>
        <translation>Аталышын киргизиңиз.</translation>
    </message>
</context>
<context>
    <name>TerritoryPage</name>
    <message>
        <source>No street</source>
        <translation>Көчөсүз</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Калктуу конуш</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Үй чарбалар</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Тургундар</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Көчө</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Үй</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Батир</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>Белги</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Координаттар</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аймак</translation>
    </message>
    <message>
        <source>&amp;Precinct</source>
        <translation>&amp;Участок</translation>
    </message>
    <message>
        <source>Precinct shown</source>
        <translation>Көрсөтүлгөн участок</translation>
    </message>
    <message>
        <source>Settlements and &amp;households</source>
        <translation>Калктуу конуштар жана &amp;үй чарбалар</translation>
    </message>
    <message>
        <source>Precinct p&amp;assport</source>
        <translation>Участоктун &amp;паспорту</translation>
    </message>
    <message>
        <source>&amp;Settlements</source>
        <translation>&amp;Калктуу конуштар</translation>
    </message>
    <message>
        <source>St&amp;reets</source>
        <translation>Кө&amp;чөлөр</translation>
    </message>
    <message>
        <source>Hous&amp;eholds</source>
        <translation>Үй &amp;чарбалар</translation>
    </message>
    <message>
        <source>Settlements of the precinct</source>
        <translation>Участоктун калктуу конуштары</translation>
    </message>
    <message>
        <source>Streets of the settlement</source>
        <translation>Калктуу конуштун көчөлөрү</translation>
    </message>
    <message>
        <source>Households of the street</source>
        <translation>Көчөнүн үй чарбалары</translation>
    </message>
    <message>
        <source>Add a settle&amp;ment…</source>
        <translation>Калктуу &amp;конуш кошуу…</translation>
    </message>
    <message>
        <source>Add a s&amp;treet…</source>
        <translation>Көчө к&amp;ошуу…</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;Жаңы үй чарба…</translation>
    </message>
    <message>
        <source>Add a household to this street (Ctrl+N)</source>
        <translation>Бул көчөгө үй чарба кошуу (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ө&amp;згөртүү…</translation>
    </message>
    <message>
        <source>Choose a settlement and a street to see its households.</source>
        <translation>Үй чарбаларды көрүү үчүн калктуу конушту жана көчөнү тандаңыз.</translation>
    </message>
    <message>
        <source>Households: more than %1</source>
        <translation>Үй чарбалар: %1ден ашык</translation>
    </message>
    <message numerus="yes">
        <source>Households: %n</source>
        <translation>
            <numerusform>Үй чарбалар: %n</numerusform>
            <numerusform>Үй чарбалар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No households here yet. To add one, press Ctrl+N.</source>
        <translation>Бул жерде азырынча үй чарбалар жок. Кошуу үчүн Ctrl+N басыңыз.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Аткарылууда</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Колдонуу мөөнөтү</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Жооп берүү мөөнөтү</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Эсепке алуу категориясы</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Кайрылуу</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кыскача мазмуну</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кимден</translation>
    </message>
    <message>
        <source>Wanted notice</source>
        <translation>Ориентировка</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Сунуш</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Ким сунуштады</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Эсептегилерди текшерүү</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Кайрылуулар</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Тапшырмалар</translation>
    </message>
    <message>
        <source>Wanted notices</source>
        <translation>Ориентировкалар</translation>
    </message>
    <message>
        <source>Residents&apos; proposals</source>
        <translation>Тургундардын сунуштары</translation>
    </message>
    <message>
        <source>Register checks overdue and due this week</source>
        <translation>Эсептегилерди текшерүү: мөөнөтү өткөндөр жана ушул жумадагылар</translation>
    </message>
    <message>
        <source>Appeals overdue and due within 3 working days</source>
        <translation>Кайрылуулар: мөөнөтү өткөндөр жана 3 жумуш күнүнүн ичинде мөөнөтү келгендер</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Аткарылбаган тапшырмалар</translation>
    </message>
    <message>
        <source>Unread wanted notices</source>
        <translation>Окулбаган ориентировкалар</translation>
    </message>
    <message>
        <source>Proposals of residents overdue or due this week, and the report to residents</source>
        <translation>Мөөнөтү өткөн жана ушул жумада мөөнөтү жеткен тургундардын сунуштары жана калк алдындагы отчет</translation>
    </message>
    <message>
        <source>%1; this week runs to %2.</source>
        <translation>%1; ушул жума %2 чейин.</translation>
    </message>
    <message>
        <source>No backup of this database has been made yet: make one in Settings.</source>
        <translation>Бул маалымат базасынын камдык көчүрмөсү азырынча жок: аны «Жөндөөлөр» бөлүмүндө жасаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup is %n day(s) old: make one in Settings.</source>
        <translation>
            <numerusform>Акыркы камдык көчүрмөгө %n күн болду: жаңысын «Жөндөөлөр» бөлүмүндө жасаңыз.</numerusform>
            <numerusform>Акыркы камдык көчүрмөгө %n күн болду: жаңысын «Жөндөөлөр» бөлүмүндө жасаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: %1. Due this week: %2.</source>
        <translation>Мөөнөтү өткөн: %1. Ушул жумада: %2.</translation>
    </message>
    <message>
        <source>Overdue: %1. Due within 3 working days: %2.</source>
        <translation>Мөөнөтү өткөн: %1. 3 жумуш күнүнүн ичинде: %2.</translation>
    </message>
    <message>
        <source>Overdue: %1. Other open tasks: %2.</source>
        <translation>Мөөнөтү өткөн: %1. Башка аткарылбаган тапшырмалар: %2.</translation>
    </message>
    <message>
        <source>Not read yet: %2.</source>
        <translation>Азырынча окулбаган: %2.</translation>
    </message>
    <message>
        <source>Term ended, to remove or extend: %1.</source>
        <translation>Мөөнөтү бүттү, чыгаруу же узартуу: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n are shown.</source>
        <translation>
            <numerusform>Алгачкы %n көрсөтүлдү.</numerusform>
            <numerusform>Алгачкы %n көрсөтүлдү.</numerusform>
        </translation>
    </message>
    <message>
        <source>No home check is overdue or due this week. People are put on the register, and their checks recorded, on the Register page.</source>
        <translation>Мөөнөтү өткөн жана ушул жумадагы текшерүүлөр жок. Адамды эсепке алуу жана текшерүүнү жазуу «Профилактикалык эсеп» барагында.</translation>
    </message>
    <message>
        <source>No appeal is overdue or due within 3 working days. To register a new appeal, open the Appeals page and press Ctrl+N.</source>
        <translation>Мөөнөтү өткөн жана 3 жумуш күнүнүн ичинде мөөнөтү келе турган кайрылуулар жок. Жаңы кайрылууну каттоо үчүн «Кайрылуулар» барагын ачып, Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <source>No proposal of residents is overdue or due this week. Questions raised at meetings and receptions are tracked on the Meetings and proposals page.</source>
        <translation>Мөөнөтү өткөн же ушул жумада мөөнөтү жеткен тургундардын сунушу жок. Жолугушууларда жана кабыл алууларда көтөрүлгөн суроолор «Жолугушуулар жана сунуштар» бетинде көзөмөлдөнөт.</translation>
    </message>
    <message>
        <source>No open tasks. Tasks from the chief arrive with sync packages.</source>
        <translation>Аткарылбаган тапшырмалар жок. Начальниктин тапшырмалары синхрондоо пакеттери менен келет.</translation>
    </message>
    <message>
        <source>No open tasks. To give an inspector a task, open Notices and tasks and press Ctrl+T.</source>
        <translation>Аткарылбаган тапшырмалар жок. Инспекторго тапшырма берүү үчүн «Ориентировкалар жана тапшырмалар» барагын ачып, Ctrl+T басыңыз.</translation>
    </message>
    <message>
        <source>No unread wanted notices. New notices arrive with sync packages; the Notices and tasks page lists them all.</source>
        <translation>Окулбаган ориентировкалар жок. Жаңы ориентировкалар синхрондоо пакеттери менен келет; алардын баары «Ориентировкалар жана тапшырмалар» барагында.</translation>
    </message>
    <message>
        <source>No unread wanted notices. To write one, open Notices and tasks and press Ctrl+N.</source>
        <translation>Окулбаган ориентировкалар жок. Жаңысын жазуу үчүн «Ориентировкалар жана тапшырмалар» барагын ачып, Ctrl+N басыңыз.</translation>
    </message>
</context>
<context>
    <name>TypingGuard</name>
    <message>
        <source>What you typed here is not saved yet. Save it?</source>
        <translation>Бул жерде киргизилгени али сактала элек. Сактайсызбы?</translation>
    </message>
</context>
<context>
    <name>UnavailablePanel</name>
    <message>
        <source>This page is not available</source>
        <translation>Бул барак жеткиликсиз</translation>
    </message>
    <message>
        <source>The page “%1” is not part of this version of the application yet. The other pages work as usual.</source>
        <translation>«%1» барагы тиркеменин бул версиясында азырынча жок. Башка барактар кадимкидей иштейт.</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>The first user</source>
        <translation>Биринчи колдонуучу</translation>
    </message>
    <message>
        <source>This user looks after the database: signs in first and adds the other users.</source>
        <translation>Бул колдонуучу маалымат базасына жооптуу: биринчи кирет жана башка колдонуучуларды кошот.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Колдонуучунун аты</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>for example ivanov</source>
        <translation>мисалы, ivanov</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Аты-жөнү</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Фамилиясы, аты, атасынын аты</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилиясы, аты, атасынын аты</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Сырсөз</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>Сырсөздү ка&amp;йталаңыз</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Сырсөздү кайталаңыз</translation>
    </message>
    <message>
        <source>At least 8 characters that no one can guess: the database holds personal data. The password cannot be read back from the database; if it is forgotten, only the recovery key shown at the end opens the database again.</source>
        <translation>Эч ким таба албаган кеминде 8 белги: маалымат базасында жеке маалыматтар сакталат. Сырсөздү маалымат базасынан билүү мүмкүн эмес; ал унутулса, маалымат базасын аягында көрсөтүлө турган калыбына келтирүү ачкычы гана кайра ачат.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Кирүүгө уруксат</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>District inspector</source>
        <translation>Участкалык инспектор</translation>
    </message>
    <message>
        <source>Assistant district inspector</source>
        <translation>Участкалык инспектордун жардамчысы</translation>
    </message>
    <message>
        <source>Chief of the district inspectors</source>
        <translation>Участкалык инспекторлор кызматынын начальниги</translation>
    </message>
    <message>
        <source>Headquarters analyst</source>
        <translation>Башкармалыктын аналитиги</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казакстан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
</context>
<context>
    <name>WorkText</name>
    <message>
        <source>Not read yet</source>
        <translation>Азырынча окулган жок</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Катталды</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Каралууда</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Мөөнөтү узартылды</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Таандыктыгы боюнча жөнөтүлдү</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Каралды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Аткарууга алынды</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Бала бакча</translation>
    </message>
    <message>
        <source>Medical post or clinic</source>
        <translation>Медициналык пункт же поликлиника</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Дүкөн</translation>
    </message>
    <message>
        <source>Café or canteen</source>
        <translation>Кафе же ашкана</translation>
    </message>
    <message>
        <source>Place of worship</source>
        <translation>Сыйынуу жайы</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Дыйкан чарбасы</translation>
    </message>
    <message>
        <source>Fuel station</source>
        <translation>Май куюучу станция</translation>
    </message>
    <message>
        <source>Local administration</source>
        <translation>Айыл өкмөтү</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <source>KUP/ERPP number</source>
        <translation>КУП/ЕРПП номери</translation>
    </message>
    <message>
        <source>KUI/ERDR number</source>
        <translation>КУИ/ЕРДР номери</translation>
    </message>
    <message>
        <source>Term ended: remove or extend</source>
        <translation>Мөөнөтү бүттү: чыгаруу же узартуу</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Мөөнөтү %n күнгө өттү</numerusform>
            <numerusform>Мөөнөтү %n күнгө өттү</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мөөнөтү бүгүн</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Мөөнөтүнө %n күн калды</numerusform>
            <numerusform>Мөөнөтүнө %n күн калды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Мөөнөтү %n жумуш күнүнө өттү</numerusform>
            <numerusform>Мөөнөтү %n жумуш күнүнө өттү</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline today</source>
        <translation>Мөөнөтү бүгүн бүтөт</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n жумуш күнү калды</numerusform>
            <numerusform>%n жумуш күнү калды</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>%1 каралды</translation>
    </message>
    <message>
        <source>Forwarded %1</source>
        <translation>%1 жөнөтүлдү</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>Жокко чыгарылды %1</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>%1 окулду</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мөөнөтү бүттү</translation>
    </message>
    <message>
        <source>Type the date as DD.MM.YYYY.</source>
        <translation>Датаны КК.АА.ЖЖЖЖ түрүндө киргизиңиз.</translation>
    </message>
    <message>
        <source>The date is later than %1.</source>
        <translation>Бул дата %1 кийин.</translation>
    </message>
    <message>
        <source>The date is earlier than %1.</source>
        <translation>Бул дата %1 мурун.</translation>
    </message>
</context>
</TS>
