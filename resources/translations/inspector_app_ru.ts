<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Добавление пользователя</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>for example ivanov</source>
        <translation>например, ivanov</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>May &amp;manage users of this computer</source>
        <translation>Может &amp;управлять пользователями этого компьютера</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>R&amp;epeat the password</source>
        <translation>Повторите паро&amp;ль</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Already open</source>
        <translation>Уже открыто</translation>
    </message>
    <message>
        <source>The application is already open on this database in another window. Switch to that window (it is on the taskbar).</source>
        <translation>Программа уже открыта с этой базой данных в другом окне. Перейдите в то окно (оно на панели задач).</translation>
    </message>
</context>
<context>
    <name>AppealAccountabilityDialog</name>
    <message>
        <source>Extension authorised by</source>
        <translation>Продление разрешил</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Аннулировано</translation>
    </message>
    <message>
        <source>Applicant told late</source>
        <translation>Заявитель уведомлён с опозданием</translation>
    </message>
    <message>
        <source>Forwarded late</source>
        <translation>Направлено с опозданием</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Registered late</source>
        <translation>Зарегистрировано с опозданием</translation>
    </message>
    <message>
        <source>Longest delay, working days</source>
        <translation>Наибольшая задержка, рабочих дней</translation>
    </message>
    <message>
        <source>Decided within the deadline</source>
        <translation>Рассмотрено в срок</translation>
    </message>
    <message>
        <source>Decided late</source>
        <translation>Рассмотрено с нарушением срока</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Продлено</translation>
    </message>
    <message>
        <source>Extensions entered late</source>
        <translation>Продления внесены с опозданием</translation>
    </message>
    <message>
        <source>Told late</source>
        <translation>Уведомлено с опозданием</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Who, when, why</source>
        <translation>Кто, когда, почему</translation>
    </message>
    <message>
        <source>Appeals: accountability by inspector</source>
        <translation>Обращения: подотчётность по инспекторам</translation>
    </message>
    <message>
        <source>Every appeal is counted, cancelled and late ones too. A decision counts as within the deadline only when the extension was decided before the deadline.</source>
        <translation>Учтено каждое обращение, в том числе аннулированные и просроченные. Решение считается принятым в срок, только если продление было решено до истечения срока.</translation>
    </message>
    <message>
        <source>Appeals by inspector</source>
        <translation>Обращения по инспекторам</translation>
    </message>
    <message>
        <source>Extensions, late steps and cancellations</source>
        <translation>Продления, просроченные шаги и аннулирования</translation>
    </message>
    <message>
        <source>Choose an inspector to read the details.</source>
        <translation>Выберите инспектора, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Extensions, late steps and cancellations of %1</source>
        <translation>Продления, просроченные шаги и аннулирования: %1</translation>
    </message>
</context>
<context>
    <name>AppealRegisterDialog</name>
    <message>
        <source>Register an appeal</source>
        <translation>Регистрация обращения</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>Дата &amp;поступления</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Способ подачи</translation>
    </message>
    <message>
        <source>How the appeal came</source>
        <translation>Как поступило обращение</translation>
    </message>
    <message>
        <source>&amp;Applicant</source>
        <translation>&amp;Заявитель</translation>
    </message>
    <message>
        <source>Find the applicant among the people</source>
        <translation>Найти заявителя среди жителей</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Фамилия, имя или ИИН/ПИН</translation>
    </message>
    <message>
        <source>&amp;Not this person</source>
        <translation>&amp;Другой человек</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;name</source>
        <translation>&amp;ФИО заявителя</translation>
    </message>
    <message>
        <source>Applicant&apos;s name, when not among the people</source>
        <translation>ФИО заявителя, если его нет среди жителей</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Краткое содержание</translation>
    </message>
    <message>
        <source>What the appeal is about</source>
        <translation>О чём обращение</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Kind of appeal</source>
        <translation>Вид обращения</translation>
    </message>
    <message>
        <source>A&amp;nonymous: registered, not refused</source>
        <translation>А&amp;нонимное: регистрируется, не отклоняется</translation>
    </message>
    <message>
        <source>C&amp;ollective: signed by several people</source>
        <translation>&amp;Коллективное: подписано несколькими людьми</translation>
    </message>
    <message>
        <source>About &amp;officer</source>
        <translation>На &amp;сотрудника</translation>
    </message>
    <message>
        <source>The police officer a complaint is about</source>
        <translation>Сотрудник, на которого подана жалоба</translation>
    </message>
    <message>
        <source>&amp;Letters in</source>
        <translation>&amp;Письма на языке</translation>
    </message>
    <message>
        <source>The language of the letters to the applicant</source>
        <translation>Язык писем заявителю</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>not a complaint about an officer</source>
        <translation>не жалоба на сотрудника</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русском</translation>
    </message>
    <message>
        <source>the state language</source>
        <translation>государственном</translation>
    </message>
    <message>
        <source>Find the applicant among the people, or type their name.</source>
        <translation>Найдите заявителя среди жителей или введите его ФИО.</translation>
    </message>
    <message>
        <source>Say what the appeal is about.</source>
        <translation>Укажите, о чём обращение.</translation>
    </message>
</context>
<context>
    <name>AppealStepDialog</name>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
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
        <translation>&amp;Разрешил</translation>
    </message>
    <message>
        <source>Who authorised the extension</source>
        <translation>Кто разрешил продление</translation>
    </message>
    <message>
        <source>Name, position</source>
        <translation>ФИО, должность</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Дата &amp;решения</translation>
    </message>
    <message>
        <source>The day the head decided</source>
        <translation>День, когда начальник принял решение</translation>
    </message>
    <message>
        <source>Reason for the &amp;delay</source>
        <translation>Причина &amp;задержки</translation>
    </message>
    <message>
        <source>Why the step is late</source>
        <translation>Почему шаг выполнен с опозданием</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Продление срока</translation>
    </message>
    <message>
        <source>The applicant told of the extension</source>
        <translation>Заявитель уведомлён о продлении</translation>
    </message>
    <message>
        <source>Forward to the competent body</source>
        <translation>Направление по подведомственности</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Запись решения</translation>
    </message>
    <message>
        <source>Cancel a mistaken entry</source>
        <translation>Аннулировать ошибочную запись</translation>
    </message>
    <message>
        <source>Appeal %1 from %2, received %3. Deadline %4: %5.</source>
        <translation>Обращение %1, заявитель: %2, поступило %3. Срок — %4: %5.</translation>
    </message>
    <message>
        <source>New &amp;deadline</source>
        <translation>Новый &amp;срок</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Why the deadline is extended</source>
        <translation>Почему продлевается срок</translation>
    </message>
    <message>
        <source>&amp;Told on</source>
        <translation>&amp;Уведомлён</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>&amp;Forwarded on</source>
        <translation>Дата &amp;направления</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>&amp;Куда</translation>
    </message>
    <message>
        <source>The body the appeal is forwarded to</source>
        <translation>Орган, в который направлено обращение</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>Дата &amp;решения</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Решение</translation>
    </message>
    <message>
        <source>The decision taken</source>
        <translation>Принятое решение</translation>
    </message>
    <message>
        <source>Why the entry is cancelled</source>
        <translation>Почему запись аннулируется</translation>
    </message>
    <message>
        <source>Only the head or a deputy extends, before the deadline has passed: the law lets the deadline be extended to %1 at the latest. Tell the applicant about the extension.</source>
        <translation>Продлевает только начальник или заместитель и только до истечения срока: закон позволяет продлить срок не позднее чем до %1. Уведомите заявителя о продлении.</translation>
    </message>
    <message>
        <source>Only the head or a deputy extends, before the deadline has passed. The law sets no latest date for an extension here.</source>
        <translation>Продлевает только начальник или заместитель и только до истечения срока. Предельной даты продления закон здесь не устанавливает.</translation>
    </message>
    <message>
        <source>The law asks the applicant to be told by %1.</source>
        <translation>По закону заявителя нужно уведомить не позднее %1.</translation>
    </message>
    <message>
        <source>The law asks an appeal to be forwarded by %1.</source>
        <translation>По закону обращение нужно направить не позднее %1.</translation>
    </message>
    <message>
        <source>A cancelled appeal stays in the register with its number and the reason.</source>
        <translation>Аннулированное обращение остаётся в журнале со своим номером и причиной.</translation>
    </message>
    <message>
        <source>Cancel the &amp;entry</source>
        <translation>Аннулировать &amp;запись</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>The new deadline has passed already: give a day still to come.</source>
        <translation>Новый срок уже прошёл: укажите день, который ещё не наступил.</translation>
    </message>
    <message>
        <source>Say why the entry is cancelled.</source>
        <translation>Укажите, почему запись аннулируется.</translation>
    </message>
    <message>
        <source>The law&apos;s limit was %1: say why it is late.</source>
        <translation>Срок по закону — %1: укажите причину опоздания.</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Продлить</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Направить</translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one, %1.</source>
        <translation>Новый срок должен быть позже нынешнего (%1).</translation>
    </message>
    <message>
        <source>Refused: the law allows an extension to %1 at the latest (%2 days from receipt).</source>
        <translation>Нельзя: закон допускает продление не позднее чем до %1 (%2 дней со дня поступления).</translation>
    </message>
    <message>
        <source>The deadline %1 had passed by then: the law allows no extension after it.</source>
        <translation>К этому дню срок %1 уже истёк: закон не допускает продления после него.</translation>
    </message>
    <message>
        <source>Name the head or deputy who decided, and the position: “Name, position”.</source>
        <translation>Укажите начальника или заместителя, принявшего решение, и должность: «ФИО, должность».</translation>
    </message>
    <message>
        <source>Say why the deadline is extended.</source>
        <translation>Укажите, почему продлевается срок.</translation>
    </message>
    <message>
        <source>Name the body the appeal goes to.</source>
        <translation>Укажите орган, в который направляется обращение.</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>Запишите решение.</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <source>All appeals</source>
        <translation>Все обращения</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Decided or forwarded</source>
        <translation>Рассмотренные или направленные</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Taken into work</source>
        <translation>Принято в работу</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Срок продлён</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Направлено по подведомственности</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Рассмотрено</translation>
    </message>
    <message>
        <source>Applicant told</source>
        <translation>Заявитель уведомлён</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Аннулировано</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Исправлено</translation>
    </message>
    <message>
        <source>registered late (%1 working days)</source>
        <translation>зарегистрировано с опозданием (рабочих дней: %1)</translation>
    </message>
    <message>
        <source>extension entered late</source>
        <translation>продление внесено с опозданием</translation>
    </message>
    <message>
        <source>applicant told late</source>
        <translation>заявитель уведомлён с опозданием</translation>
    </message>
    <message>
        <source>forwarded late</source>
        <translation>направлено с опозданием</translation>
    </message>
    <message>
        <source>decided after the deadline</source>
        <translation>рассмотрено после срока</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Способ подачи</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Which appeals to show</source>
        <translation>Какие обращения показать</translation>
    </message>
    <message>
        <source>&amp;New appeal…</source>
        <translation>&amp;Новое обращение…</translation>
    </message>
    <message>
        <source>Register an appeal (Ctrl+N)</source>
        <translation>Зарегистрировать обращение (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>П&amp;родлить…</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>Н&amp;аправить…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Решение…</translation>
    </message>
    <message>
        <source>&amp;Take into work</source>
        <translation>&amp;Взять в работу</translation>
    </message>
    <message>
        <source>&amp;Told…</source>
        <translation>&amp;Уведомлён…</translation>
    </message>
    <message>
        <source>The day the applicant was told of the extension</source>
        <translation>День, когда заявителя уведомили о продлении</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>А&amp;ннулировать…</translation>
    </message>
    <message>
        <source>Cancel a mistaken entry, with the reason</source>
        <translation>Аннулировать ошибочную запись с указанием причины</translation>
    </message>
    <message>
        <source>&amp;Accountability…</source>
        <translation>&amp;Подотчётность…</translation>
    </message>
    <message>
        <source>Appeals by inspector: delays, extensions, late steps</source>
        <translation>Обращения по инспекторам: задержки, продления, просроченные шаги</translation>
    </message>
    <message>
        <source>History of the appeal</source>
        <translation>История обращения</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Разрешил</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Куда направлено</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Appeals: more than %1</source>
        <translation>Обращений: более %1</translation>
    </message>
    <message numerus="yes">
        <source>Appeals: %n</source>
        <translation>
            <numerusform>Обращений: %n</numerusform>
            <numerusform>Обращений: %n</numerusform>
            <numerusform>Обращений: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No appeals yet: press Ctrl+N to register one.</source>
        <translation>Обращений пока нет: чтобы зарегистрировать обращение, нажмите Ctrl+N.</translation>
    </message>
    <message>
        <source>No appeals in this list. Choose “All appeals” to see every one.</source>
        <translation>В этом списке обращений нет. Чтобы увидеть все, выберите «Все обращения».</translation>
    </message>
    <message>
        <source>Choose an appeal to see its history.</source>
        <translation>Выберите обращение, чтобы увидеть его историю.</translation>
    </message>
    <message>
        <source>the extension does not count: decided after the deadline</source>
        <translation>продление не учитывается: решено после истечения срока</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Аннулировано: %1</translation>
    </message>
    <message>
        <source>%1, %2 working day(s) after receipt</source>
        <translation>%1, рабочих дней после поступления: %2</translation>
    </message>
    <message>
        <source>to %1, decided %2</source>
        <translation>до %1, решение от %2</translation>
    </message>
    <message>
        <source>Appeal %1 is registered; it must be decided by %2.</source>
        <translation>Обращение %1 зарегистрировано; его нужно рассмотреть до %2.</translation>
    </message>
</context>
<context>
    <name>ApplicantLetters</name>
    <message>
        <source>&amp;Receipt (талон-уведомление)…</source>
        <translation>&amp;Талон-уведомление…</translation>
    </message>
    <message>
        <source>Letter on the &amp;extension…</source>
        <translation>Письмо о &amp;продлении срока…</translation>
    </message>
    <message>
        <source>Letter on &amp;forwarding…</source>
        <translation>Письмо о &amp;направлении в другой орган…</translation>
    </message>
    <message>
        <source>Letter with the &amp;decision…</source>
        <translation>Письмо с &amp;решением…</translation>
    </message>
    <message>
        <source>Save the applicant&apos;s receipt</source>
        <translation>Сохранить талон-уведомление заявителю</translation>
    </message>
    <message>
        <source>Save the letter on the extension</source>
        <translation>Сохранить письмо о продлении срока</translation>
    </message>
    <message>
        <source>Save the letter on forwarding</source>
        <translation>Сохранить письмо о направлении в другой орган</translation>
    </message>
    <message>
        <source>Save the letter with the decision</source>
        <translation>Сохранить письмо с решением</translation>
    </message>
    <message>
        <source>&amp;Papers for the applicant</source>
        <translation>&amp;Документы заявителю</translation>
    </message>
    <message>
        <source>The receipt and the letters on the extension, forwarding and decision, as PDF</source>
        <translation>Талон-уведомление и письма о продлении срока, направлении и решении в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <source>Back up to a drive or folder…</source>
        <translation>Копия на флешку или в папку…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Резервных копий ещё не было.</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup was made %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>Последняя копия сделана %1 (%n день назад).</numerusform>
            <numerusform>Последняя копия сделана %1 (%n дня назад).</numerusform>
            <numerusform>Последняя копия сделана %1 (%n дней назад).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups are made every day into %1; the last 7 days, 4 weeks and 12 months are kept.</source>
        <translation>Копии делаются каждый день в папку %1; хранятся копии за последние 7 дней, 4 недели и 12 месяцев.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Записывается резервная копия…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Куда записать резервную копию</translation>
    </message>
    <message>
        <source>Write the backup onto a removable drive, or choose a folder.</source>
        <translation>Запишите копию на флешку или выберите папку.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Выберите папку для резервной копии</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Текущий пароль</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Повторите новый пароль</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Сменить</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Record a check</source>
        <translation>Запись проверки</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>Date of the check</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Способ</translation>
    </message>
    <message>
        <source>How the check was made</source>
        <translation>Как проведена проверка</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>посещение на дому</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <source>summoned to the post</source>
        <translation>вызов в участковый пункт</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>at home, no violations</source>
        <translation>дома, нарушений нет</translation>
    </message>
    <message>
        <source>not at home</source>
        <translation>дома не застали</translation>
    </message>
    <message>
        <source>a violation found, a talk held</source>
        <translation>выявлено нарушение, проведена беседа</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Go to the record</source>
        <translation>Перейти к записи</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Показано сейчас</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Оставить это</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Оставить другое</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Place</source>
        <translation>Населённый пункт или улица</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Object of the precinct</source>
        <translation>Объект участка</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Житель</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Постановка на учёт</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>Проверка состоящего на учёте</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Запись журнала</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Step of an appeal</source>
        <translation>Шаг по обращению</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <source>Person in an incident</source>
        <translation>Участник происшествия</translation>
    </message>
    <message>
        <source>Wanted notice</source>
        <translation>Ориентировка</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Acknowledgement of a notice</source>
        <translation>Отметка об ознакомлении</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя или название</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ИИН / ПИН</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>место работы</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <source>house</source>
        <translation>дом</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>квартира</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>содержание</translation>
    </message>
    <message>
        <source>status</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория учёта</translation>
    </message>
    <message>
        <source>grounds</source>
        <translation>основание</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>дата снятия с учёта</translation>
    </message>
    <message>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>report</source>
        <translation>отчёт</translation>
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
        <translation>домохозяйство</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The same field was changed on two computers, neither seeing the other&apos;s change. Both values are kept: choose the right one. The choice goes out with the next package and settles the conflict on every computer.</source>
        <translation>Одно и то же поле изменено на двух компьютерах, и ни один не видел изменения другого. Оба значения сохранены: выберите правильное. Выбор уйдёт со следующим пакетом и разрешит конфликт на всех компьютерах.</translation>
    </message>
    <message>
        <source>No conflicts: every change received so far merged on its own. Conflicts appear here after a package is read.</source>
        <translation>Конфликтов нет: все полученные изменения объединились сами. Конфликты появляются здесь после чтения пакета.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict(s) appear here as these are resolved.</source>
        <translation>
            <numerusform>Ещё %n конфликт появится здесь, когда эти будут разрешены.</numerusform>
            <numerusform>Ещё %n конфликта появятся здесь, когда эти будут разрешены.</numerusform>
            <numerusform>Ещё %n конфликтов появятся здесь, когда эти будут разрешены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settling the conflict</source>
        <translation>Разрешение конфликта</translation>
    </message>
    <message>
        <source>The conflict is settled; the choice goes out with the next package.</source>
        <translation>Конфликт разрешён; выбор уйдёт со следующим пакетом.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>This cannot be done</source>
        <translation>Действие не выполнено</translation>
    </message>
    <message>
        <source>Something went wrong inside the application. What you saved before is safe. Copy the details below and send them to whoever looks after the application, saying what you were doing.</source>
        <translation>В работе приложения произошёл сбой. Всё, что было сохранено раньше, не пострадало. Скопируйте подробности ниже и отправьте их тому, кто сопровождает приложение, с описанием того, что вы делали.</translation>
    </message>
    <message>
        <source>The details are also written to %1.</source>
        <translation>Подробности также записаны в файл %1.</translation>
    </message>
    <message>
        <source>The application met an error</source>
        <translation>В приложении произошла ошибка</translation>
    </message>
    <message>
        <source>Details of the error</source>
        <translation>Подробности ошибки</translation>
    </message>
    <message>
        <source>&amp;Copy the details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Creating the database</source>
        <translation>Создание базы данных</translation>
    </message>
    <message>
        <source>The data is encrypted with a key that only the users&apos; passwords open.</source>
        <translation>Данные шифруются ключом, который открывается только паролями пользователей.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Where to write the package</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <source>Write the package onto a removable drive, or choose a folder.</source>
        <translation>Запишите пакет на съёмный диск или выберите папку.</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (свободно %2)</translation>
    </message>
    <message>
        <source>&amp;Another folder…</source>
        <translation>&amp;Другая папка…</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Fingerprint of this computer:</source>
        <translation>Отпечаток ключа этого компьютера:</translation>
    </message>
    <message>
        <source>Fingerprint of this computer</source>
        <translation>Отпечаток ключа этого компьютера</translation>
    </message>
    <message>
        <source>&amp;Save this computer&apos;s card…</source>
        <translation>&amp;Сохранить карточку этого компьютера…</translation>
    </message>
    <message>
        <source>Give the card file to the other side (on a USB stick or by e-mail), then read this fingerprint out to them by phone, group by group. They enrol this computer only if the fingerprint on their screen is the same.</source>
        <translation>Передайте файл карточки другой стороне (на флешке или по электронной почте), затем продиктуйте им этот отпечаток по телефону, группа за группой. Они регистрируют этот компьютер, только если отпечаток на их экране совпадает.</translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation>Регистрация устройства</translation>
    </message>
    <message>
        <source>&amp;Enrol a device…</source>
        <translation>&amp;Зарегистрировать устройство…</translation>
    </message>
    <message>
        <source>Choose the card file of the other computer. Its fingerprint is shown here: call the other side and have them read theirs out. Enrol only if every character is the same.</source>
        <translation>Выберите файл карточки другого компьютера. Его отпечаток будет показан здесь: позвоните другой стороне и попросите продиктовать их отпечаток. Регистрируйте, только если совпадает каждый знак.</translation>
    </message>
    <message>
        <source>Fingerprint on the card:</source>
        <translation>Отпечаток в карточке:</translation>
    </message>
    <message>
        <source>Fingerprint on the card</source>
        <translation>Отпечаток в карточке</translation>
    </message>
    <message>
        <source>Known devices</source>
        <translation>Известные устройства</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>Withdraw trust from a lost or stolen computer: its later packages are refused</source>
        <translation>Отозвать доверие к потерянному или украденному компьютеру: его следующие пакеты не принимаются</translation>
    </message>
    <message>
        <source>Number &amp;prefix…</source>
        <translation>Пре&amp;фикс номеров…</translation>
    </message>
    <message>
        <source>Give the laptop a new prefix for its appeal numbers</source>
        <translation>Назначить ноутбуку новый префикс номеров обращений</translation>
    </message>
    <message>
        <source>No other device is known yet. Enrol the other side&apos;s card with “Enrol a device…”; an inspector&apos;s laptop needs the chief&apos;s card, the chief each inspector&apos;s.</source>
        <translation>Другие устройства пока неизвестны. Зарегистрируйте карточку другой стороны кнопкой «Зарегистрировать устройство…»: ноутбуку инспектора нужна карточка начальника, начальнику — карточка каждого инспектора.</translation>
    </message>
    <message>
        <source>Save this computer&apos;s card</source>
        <translation>Сохранить карточку этого компьютера</translation>
    </message>
    <message>
        <source>Device cards (*.json);;All files (*)</source>
        <translation>Карточки устройств (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The card is saved to %1.</source>
        <translation>Карточка сохранена в %1.</translation>
    </message>
    <message>
        <source>Saving this computer&apos;s card</source>
        <translation>Сохранение карточки этого компьютера</translation>
    </message>
    <message>
        <source>Choose the other device&apos;s card</source>
        <translation>Выберите карточку другого устройства</translation>
    </message>
    <message>
        <source>Reading the card</source>
        <translation>Чтение карточки</translation>
    </message>
    <message>
        <source>Call the other side and have them read out the fingerprint on their Sync page. Does the other side read out the same fingerprint?

%1

%2</source>
        <translation>Позвоните другой стороне и попросите продиктовать отпечаток с их страницы «Синхронизация». Другая сторона диктует тот же отпечаток?

%1

%2</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Сверьте отпечаток</translation>
    </message>
    <message>
        <source>Enrolling the device</source>
        <translation>Регистрация устройства</translation>
    </message>
    <message>
        <source>%1 is enrolled: packages can now go to it and come from it.</source>
        <translation>%1 зарегистрировано: теперь с ним можно обмениваться пакетами.</translation>
    </message>
    <message>
        <source>Revoke %1? Do this only for a lost or stolen computer. Its packages written after the last one imported here are refused from now on, here and, with the next package, at headquarters. It cannot be enrolled again.</source>
        <translation>Отозвать доверие к %1? Делайте это только для потерянного или украденного компьютера. Его пакеты, записанные после последнего принятого здесь, отныне не принимаются — здесь и, со следующим пакетом, в управлении. Зарегистрировать его снова будет нельзя.</translation>
    </message>
    <message>
        <source>Revoke the device</source>
        <translation>Отзыв доверия к устройству</translation>
    </message>
    <message>
        <source>%1 is revoked: its packages after No. %2 are refused.</source>
        <translation>Доверие к %1 отозвано: его пакеты после № %2 не принимаются.</translation>
    </message>
    <message>
        <source>Revoking the device</source>
        <translation>Отзыв доверия к устройству</translation>
    </message>
    <message>
        <source>%1 numbers its appeals with %2 from the next package it imports.</source>
        <translation>%1 будет нумеровать обращения с префиксом %2, как только импортирует следующий пакет.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Осталась примерно %n секунда</numerusform>
            <numerusform>Осталось примерно %n секунды</numerusform>
            <numerusform>Осталось примерно %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Осталась примерно %n минута</numerusform>
            <numerusform>Осталось примерно %n минуты</numerusform>
            <numerusform>Осталось примерно %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left</source>
        <translation>
            <numerusform>Остался примерно %n час</numerusform>
            <numerusform>Осталось примерно %n часа</numerusform>
            <numerusform>Осталось примерно %n часов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistrictBoard</name>
    <message>
        <source>Register checks done and overdue</source>
        <translation>Проверки учёта: проведено и просрочено</translation>
    </message>
    <message>
        <source>Appeals decided on time and late</source>
        <translation>Обращения: рассмотрено в срок и с нарушением срока</translation>
    </message>
    <message>
        <source>Work by kind</source>
        <translation>Работа по видам</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Динамика по месяцам</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Home checks</source>
        <translation>Проверки по месту жительства</translation>
    </message>
    <message>
        <source>none decided</source>
        <translation>рассмотренных нет</translation>
    </message>
    <message>
        <source>%1 % on time</source>
        <translation>в срок %1 %</translation>
    </message>
    <message>
        <source>Appeals decided</source>
        <translation>Рассмотрено обращений</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <source>Work log entries</source>
        <translation>Записи журнала работы</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>No work log entries in this period.</source>
        <translation>За этот период записей в журнале работы нет.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>Проведено проверок</translation>
    </message>
    <message>
        <source>Appeals received</source>
        <translation>Поступило обращений</translation>
    </message>
    <message>
        <source>One month is no trend: choose a quarter or a year to see the months side by side.</source>
        <translation>Один месяц — ещё не динамика: выберите квартал или год, чтобы сравнить месяцы.</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Считаем показатели…</translation>
    </message>
    <message>
        <source>%1, %2, as of %3: the figures of the district report.</source>
        <translation>%1, %2, на %3: показатели отчёта по району.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <source>Each inspector</source>
        <translation>По инспекторам</translation>
    </message>
    <message>
        <source>Each district</source>
        <translation>По районам</translation>
    </message>
    <message>
        <source>Each region</source>
        <translation>По областям</translation>
    </message>
    <message>
        <source>no package yet</source>
        <translation>пакетов ещё не было</translation>
    </message>
    <message>
        <source>This database holds nothing made on this inspector&apos;s laptop yet.</source>
        <translation>В этой базе данных пока нет ничего, что создано на ноутбуке этого инспектора.</translation>
    </message>
    <message>
        <source>The newest change made on the inspector&apos;s laptop that this database holds.</source>
        <translation>Самое новое изменение с ноутбука инспектора, которое есть в этой базе данных.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Инспекторы</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Последнее получено</translation>
    </message>
    <message>
        <source>Checks overdue</source>
        <translation>Просрочено проверок</translation>
    </message>
    <message>
        <source>Appeals overdue</source>
        <translation>Просрочено обращений</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Неразрешённые конфликты</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Figures for</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Contact &amp;late after:</source>
        <translation>Связь считается &amp;просроченной через:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>The last contact is shown in red once this many days have passed</source>
        <translation>Последняя связь выделяется красным, когда прошло столько дней</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>Пока&amp;затели</translation>
    </message>
    <message>
        <source>Figures of the inspectors</source>
        <translation>Показатели инспекторов</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>П&amp;ериод</translation>
    </message>
    <message>
        <source>Period of the charts</source>
        <translation>Период диаграмм</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>Ди&amp;аграмма</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>Показанная диаграмма</translation>
    </message>
    <message>
        <source>As a ta&amp;ble</source>
        <translation>&amp;Таблицей</translation>
    </message>
    <message>
        <source>The chart&apos;s figures as a table, one line a bar</source>
        <translation>Показатели диаграммы таблицей: строка на каждый столбец</translation>
    </message>
    <message>
        <source>Figures of the chart</source>
        <translation>Показатели диаграммы</translation>
    </message>
    <message numerus="yes">
        <source>Inspectors: %n</source>
        <translation>
            <numerusform>Инспекторов: %n</numerusform>
            <numerusform>Инспекторов: %n</numerusform>
            <numerusform>Инспекторов: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines: %n</source>
        <translation>
            <numerusform>Строк: %n</numerusform>
            <numerusform>Строк: %n</numerusform>
            <numerusform>Строк: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No inspectors are known to this database yet. They appear here once their laptops are enrolled and their first sync packages imported.</source>
        <translation>В этой базе данных пока нет инспекторов. Они появятся здесь, когда их ноутбуки будут зарегистрированы и будут приняты их первые пакеты синхронизации.</translation>
    </message>
    <message>
        <source>“Last received” is the newest change made on the inspector&apos;s laptop that this database holds; “no package yet” means none has been imported.</source>
        <translation>«Последнее получено» — самое новое изменение с ноутбука инспектора, которое есть в этой базе данных; «пакетов ещё не было» означает, что ни один пакет не принят.</translation>
    </message>
    <message>
        <source>“Last package” and “Last contact” count the packages imported here from the inspector&apos;s laptop.</source>
        <translation>«Последний пакет» и «Последняя связь» считаются по пакетам с ноутбука инспектора, принятым здесь.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received were set aside: the device that made them may not make them (see the Sync page).</source>
        <translation>
            <numerusform>%n полученное изменение отложено: устройство, на котором оно сделано, не вправе его делать (см. страницу «Синхронизация»).</numerusform>
            <numerusform>%n полученных изменения отложены: устройство, на котором они сделаны, не вправе их делать (см. страницу «Синхронизация»).</numerusform>
            <numerusform>%n полученных изменений отложены: устройство, на котором они сделаны, не вправе их делать (см. страницу «Синхронизация»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) concern records of no inspector (people without a precinct, households, reference data).</source>
        <translation>
            <numerusform>%n неразрешённый конфликт касается записей, не относящихся ни к одному инспектору (жители без участка, домохозяйства, справочники).</numerusform>
            <numerusform>%n неразрешённых конфликта касаются записей, не относящихся ни к одному инспектору (жители без участка, домохозяйства, справочники).</numerusform>
            <numerusform>%n неразрешённых конфликтов касаются записей, не относящихся ни к одному инспектору (жители без участка, домохозяйства, справочники).</numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>не зарегистрирован</translation>
    </message>
    <message>
        <source>through the chief</source>
        <translation>через начальника</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ещё не было</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>нет: %1</translation>
    </message>
    <message numerus="yes">
        <source>No package for longer than %n day(s): ask the inspector.</source>
        <translation>
            <numerusform>Пакета нет дольше %n дня: свяжитесь с инспектором.</numerusform>
            <numerusform>Пакета нет дольше %n дней: свяжитесь с инспектором.</numerusform>
            <numerusform>Пакета нет дольше %n дней: свяжитесь с инспектором.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <source>The number of the last package imported from the inspector&apos;s laptop, and when it was imported.</source>
        <translation>Номер последнего пакета, принятого с ноутбука инспектора, и когда он принят.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пропуски</translation>
    </message>
    <message>
        <source>Package numbers from this laptop that have not arrived: ask the inspector for them.</source>
        <translation>Номера пакетов с этого ноутбука, которые не поступили: запросите их у инспектора.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Задержано</translation>
    </message>
    <message>
        <source>Changes from this laptop dated more than a day ahead of this computer&apos;s clock: held for your review, neither merged nor lost.</source>
        <translation>Изменения с этого ноутбука, датированные более чем на сутки позже часов этого компьютера: задержаны до вашей проверки, не объединены и не потеряны.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
</context>
<context>
    <name>EndEntryDialog</name>
    <message>
        <source>Take off the register</source>
        <translation>Снятие с учёта</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Дата снятия</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Дата снятия</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Основание</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>In &amp;words</source>
        <translation>&amp;Словами</translation>
    </message>
    <message>
        <source>The reason in words</source>
        <translation>Причина словами</translation>
    </message>
    <message>
        <source>Required for &quot;other&quot;</source>
        <translation>Обязательно для причины «иная»</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Put on the register</source>
        <translation>Постановка на учёт</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Лицо</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>Найти человека</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Фамилия, имя или ИИН/ПИН</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Найденные люди</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Категория учёта</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>&amp;Основание</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Document, its number and date</source>
        <translation>Документ, его номер и дата</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>On the register from</source>
        <translation>На учёте с</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>&amp;Threat level</source>
        <translation>&amp;Уровень риска</translation>
    </message>
    <message>
        <source>Threat level</source>
        <translation>Уровень риска</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Send</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>The device the package is for</source>
        <translation>Устройство, для которого пакет</translation>
    </message>
    <message>
        <source>&amp;Write package…</source>
        <translation>&amp;Записать пакет…</translation>
    </message>
    <message>
        <source>Choose a USB stick or a folder and write the package there</source>
        <translation>Выберите флешку или папку и запишите туда пакет</translation>
    </message>
    <message>
        <source>&amp;Read packages…</source>
        <translation>&amp;Прочитать пакеты…</translation>
    </message>
    <message>
        <source>Choose one or more package files to import</source>
        <translation>Выберите один или несколько файлов пакетов для приёма</translation>
    </message>
    <message>
        <source>…or drop package files (.iapkg) here</source>
        <translation>…или перетащите сюда файлы пакетов (.iapkg)</translation>
    </message>
    <message>
        <source>Everything changed on this computer that the chief has not confirmed yet goes into one file, encrypted for the chief. Take it to the district station on a USB stick or send it by e-mail.</source>
        <translation>Всё, что изменено на этом компьютере и ещё не подтверждено начальником, записывается в один файл, зашифрованный для начальника. Отвезите его в район на флешке или отправьте по электронной почте.</translation>
    </message>
    <message>
        <source>A package for an inspector carries notices, tasks and the confirmation of what the station received; the package for headquarters carries the district&apos;s data.</source>
        <translation>Пакет для инспектора содержит ориентировки, поручения и подтверждение полученного; пакет для управления — данные района.</translation>
    </message>
    <message>
        <source>A package for a district carries reference data, notices and the confirmation of what headquarters received.</source>
        <translation>Пакет для района содержит справочники, ориентировки и подтверждение того, что получило управление.</translation>
    </message>
    <message>
        <source>No device to send to is enrolled yet. Enrol the other side&apos;s card on the Devices tab first.</source>
        <translation>Пока не зарегистрировано ни одного устройства-получателя. Сначала зарегистрируйте карточку другой стороны на вкладке «Устройства».</translation>
    </message>
    <message>
        <source>Each file is checked whole before anything changes: a damaged package, or one meant for another computer, changes nothing. Reading a package twice changes nothing either.</source>
        <translation>Каждый файл проверяется целиком, прежде чем что-либо изменится: повреждённый пакет или пакет для другого компьютера ничего не меняет. Повторное чтение пакета тоже ничего не меняет.</translation>
    </message>
    <message>
        <source>Packages written and read</source>
        <translation>Записанные и прочитанные пакеты</translation>
    </message>
    <message>
        <source>Nothing written or read yet while this window is open.</source>
        <translation>Пока окно открыто, пакеты ещё не записывались и не читались.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer go out with the next package.</source>
        <translation>
            <numerusform>%n изменение, сделанное на этом компьютере, уйдёт со следующим пакетом.</numerusform>
            <numerusform>%n изменения, сделанные на этом компьютере, уйдут со следующим пакетом.</numerusform>
            <numerusform>%n изменений, сделанных на этом компьютере, уйдут со следующим пакетом.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change made on this computer has been put into a package.</source>
        <translation>Все изменения, сделанные на этом компьютере, уже записаны в пакет.</translation>
    </message>
    <message>
        <source>Sealing the changes and writing the package…</source>
        <translation>Изменения подписываются, пакет записывается…</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>Запись пакета</translation>
    </message>
    <message>
        <source>Choose the folder for the package</source>
        <translation>Выберите папку для пакета</translation>
    </message>
    <message numerus="yes">
        <source>Package %1 for %2 is written to %3. It holds %n change(s).</source>
        <translation>
            <numerusform>Пакет № %1 для %2 записан в %3. В нём %n изменение.</numerusform>
            <numerusform>Пакет № %1 для %2 записан в %3. В нём %n изменения.</numerusform>
            <numerusform>Пакет № %1 для %2 записан в %3. В нём %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read sync packages</source>
        <translation>Прочитать пакеты синхронизации</translation>
    </message>
    <message>
        <source>Sync packages (*.iapkg);;All files (*)</source>
        <translation>Пакеты синхронизации (*.iapkg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking and reading %1…</source>
        <translation>Проверка и чтение %1…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Чтение %1</translation>
    </message>
    <message numerus="yes">
        <source>Working: %n file(s) to go…</source>
        <translation>
            <numerusform>В работе: остался %n файл…</numerusform>
            <numerusform>В работе: осталось %n файла…</numerusform>
            <numerusform>В работе: осталось %n файлов…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendEntryDialog</name>
    <message>
        <source>Extend the term</source>
        <translation>Продление срока</translation>
    </message>
    <message>
        <source>The term ends on %1.</source>
        <translation>Срок истекает %1.</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>&amp;New end</source>
        <translation>&amp;Новый срок</translation>
    </message>
    <message>
        <source>New end of the term</source>
        <translation>Новая дата окончания срока</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Type a name for this computer.</source>
        <translation>Введите название этого компьютера.</translation>
    </message>
    <message>
        <source>Type the precinct number.</source>
        <translation>Введите номер участка.</translation>
    </message>
    <message>
        <source>Type the district code.</source>
        <translation>Введите код района.</translation>
    </message>
    <message>
        <source>Use letters and digits only, without spaces or signs.</source>
        <translation>Используйте только буквы и цифры, без пробелов и других знаков.</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Creating the database. This takes a few seconds…</source>
        <translation>Создаётся база данных. Это займёт несколько секунд…</translation>
    </message>
    <message>
        <source>The database is ready.</source>
        <translation>База данных готова.</translation>
    </message>
    <message>
        <source>This computer&apos;s fingerprint, which the chief compares when enrolling it: %1</source>
        <translation>Отпечаток этого компьютера (начальник сверит его при регистрации компьютера): %1</translation>
    </message>
    <message>
        <source>District inspector&apos;s log: first start</source>
        <translation>Журнал участкового инспектора: первый запуск</translation>
    </message>
    <message>
        <source>&amp;Create the database</source>
        <translation>&amp;Создать базу данных</translation>
    </message>
    <message>
        <source>&amp;Go to sign-in</source>
        <translation>&amp;Перейти ко входу</translation>
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
        <translation>Первый пользователь: %1</translation>
    </message>
    <message>
        <source>The database could not be created.</source>
        <translation>Не удалось создать базу данных.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>Создание базы данных</translation>
    </message>
</context>
<context>
    <name>HistoryAction</name>
    <message>
        <source>&amp;History of changes…</source>
        <translation>&amp;История изменений…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствующий</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домохозяйство</translation>
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
        <translation>История записи</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Earlier values</source>
        <translation>Прежние значения</translation>
    </message>
    <message>
        <source>&amp;Set back this value</source>
        <translation>&amp;Вернуть это значение</translation>
    </message>
    <message>
        <source>The value is set back; the history keeps the one before.</source>
        <translation>Значение возвращено; история хранит и предыдущее.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Packages per device</source>
        <translation>Пакеты по устройствам</translation>
    </message>
    <message>
        <source>No package has gone out or come in yet. Enrol the other side&apos;s card on the Devices tab, then write a package on the Packages tab.</source>
        <translation>Пакеты ещё не отправлялись и не поступали. Зарегистрируйте карточку другой стороны на вкладке «Устройства», затем запишите пакет на вкладке «Пакеты».</translation>
    </message>
    <message>
        <source>“Gaps” are package numbers from that device that have not arrived: ask for them. “Not confirmed yet” is what the other side has not acknowledged: it goes out again with the next package until it is.</source>
        <translation>«Пропуски» — номера пакетов с этого устройства, которые не поступили: запросите их. «Ещё не подтверждено» — то, что другая сторона не подтвердила: это уходит снова с каждым пакетом, пока не будет подтверждено.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ИИН / ПИН</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Дом</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>Ориентир</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Категория учёта</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Put on the register</source>
        <translation>Поставлен на учёт</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Taken off the register</source>
        <translation>Снят с учёта</translation>
    </message>
    <message>
        <source>Reason for taking off</source>
        <translation>Причина снятия</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>Как поступило</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Review deadline</source>
        <translation>Срок рассмотрения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>Продлено до</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Куда направлено</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Номер в реестре</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>History of the person&apos;s record</source>
        <translation>История записи о человеке</translation>
    </message>
    <message>
        <source>History of the household</source>
        <translation>История домохозяйства</translation>
    </message>
    <message>
        <source>History of the register entry</source>
        <translation>История записи учёта</translation>
    </message>
    <message>
        <source>History of the appeal</source>
        <translation>История обращения</translation>
    </message>
    <message>
        <source>History of the incident</source>
        <translation>История происшествия</translation>
    </message>
    <message>
        <source>History of the assignment</source>
        <translation>История поручения</translation>
    </message>
    <message>
        <source>History of the notice</source>
        <translation>История ориентировки</translation>
    </message>
    <message>
        <source>History of the record</source>
        <translation>История записи</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Улица</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>&amp;House</source>
        <translation>&amp;Дом</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Номер дома</translation>
    </message>
    <message>
        <source>&amp;Flat</source>
        <translation>&amp;Квартира</translation>
    </message>
    <message>
        <source>Flat number</source>
        <translation>Номер квартиры</translation>
    </message>
    <message>
        <source>&amp;Landmark</source>
        <translation>&amp;Ориентир</translation>
    </message>
    <message>
        <source>Landmark, for a house without a number</source>
        <translation>Ориентир для дома без номера</translation>
    </message>
    <message>
        <source>For a house without a number: behind the school, by the well</source>
        <translation>Для дома без номера: за школой, у колодца</translation>
    </message>
    <message>
        <source>C&amp;oordinates</source>
        <translation>К&amp;оординаты</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>latitude, e.g. 43.2389</source>
        <translation>широта, например 43.2389</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>longitude, e.g. 76.8897</source>
        <translation>долгота, например 76.8897</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Новое домохозяйство</translation>
    </message>
    <message>
        <source>No street</source>
        <translation>Без улицы</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Сохранить</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ИИН / ПИН</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Lists of residents (*.csv *.xlsx)</source>
        <translation>Списки жителей (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import residents</source>
        <translation>Импорт жителей</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Столбцы файла</translation>
    </message>
    <message>
        <source>&amp;Only the rows that would be rejected</source>
        <translation>&amp;Только строки, которые будут отклонены</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Строки файла</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Файл проверяется…</translation>
    </message>
    <message>
        <source>Rows counted: %1</source>
        <translation>Подсчитано строк: %1</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Будет добавлена</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Отклонена: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rows in the file: %Ln.</source>
        <translation>
            <numerusform>Строк в файле: %Ln.</numerusform>
            <numerusform>Строк в файле: %Ln.</numerusform>
            <numerusform>Строк в файле: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are checked here.</source>
        <translation>
            <numerusform>Здесь проверены первые %Ln.</numerusform>
            <numerusform>Здесь проверены первые %Ln.</numerusform>
            <numerusform>Здесь проверены первые %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would be rejected: %Ln.</source>
        <translation>
            <numerusform>Будут отклонены: %Ln.</numerusform>
            <numerusform>Будут отклонены: %Ln.</numerusform>
            <numerusform>Будут отклонены: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортировать)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Rows read: %1 of %2</source>
        <translation>Прочитано строк: %1 из %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Importing residents</source>
        <translation>Импорт жителей</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation>Импорт остановлен; ничего не изменилось.</translation>
    </message>
    <message numerus="yes">
        <source>Added: %Ln.</source>
        <translation>
            <numerusform>Добавлено: %Ln.</numerusform>
            <numerusform>Добавлено: %Ln.</numerusform>
            <numerusform>Добавлено: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected: %Ln.</source>
        <translation>
            <numerusform>Отклонено: %Ln.</numerusform>
            <numerusform>Отклонено: %Ln.</numerusform>
            <numerusform>Отклонено: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them already in the database or earlier in the file: %Ln.</source>
        <translation>
            <numerusform>Из них уже есть в базе или выше в файле: %Ln.</numerusform>
            <numerusform>Из них уже есть в базе или выше в файле: %Ln.</numerusform>
            <numerusform>Из них уже есть в базе или выше в файле: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why rejected</source>
        <translation>Причина отказа</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>Дата происшествия</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Time of the incident</source>
        <translation>Время происшествия</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Вид происшествия</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>&amp;Register number</source>
        <translation>&amp;Номер в реестре</translation>
    </message>
    <message>
        <source>Register the number is in</source>
        <translation>Учёт, в котором зарегистрирован номер</translation>
    </message>
    <message>
        <source>Number in the national register</source>
        <translation>Номер в государственном реестре</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Фабула</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>&amp;Measures taken</source>
        <translation>&amp;Принятые меры</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Лица</translation>
    </message>
    <message>
        <source>Find a person involved</source>
        <translation>Найти причастное лицо</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Фамилия, имя или ИИН/ПИН</translation>
    </message>
    <message>
        <source>Role of the person found</source>
        <translation>Роль найденного лица</translation>
    </message>
    <message>
        <source>People involved and their roles</source>
        <translation>Причастные лица и их роли</translation>
    </message>
    <message>
        <source>Remove from the &amp;list</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Новое происшествие</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Происшествие %1</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Не зарегистрировано</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Пока не известен</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Опишите, что произошло.</translation>
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
        <translation>Номер</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Происшествия</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Ki&amp;nd</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Incidents from the day</source>
        <translation>Происшествия начиная с даты</translation>
    </message>
    <message>
        <source>Incidents up to the day</source>
        <translation>Происшествия по дату</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Kind of incidents shown</source>
        <translation>Вид показываемых происшествий</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Новое происшествие…</translation>
    </message>
    <message>
        <source>Write a new incident note (Ctrl+N)</source>
        <translation>Записать новое происшествие (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>The incident chosen</source>
        <translation>Выбранное происшествие</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Incidents: more than %1</source>
        <translation>Происшествий: более %1</translation>
    </message>
    <message numerus="yes">
        <source>Incidents: %n</source>
        <translation>
            <numerusform>Происшествий: %n</numerusform>
            <numerusform>Происшествий: %n</numerusform>
            <numerusform>Происшествий: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents here. To write an incident note, press Ctrl+N.</source>
        <translation>Происшествий нет. Чтобы записать происшествие, нажмите Ctrl+N.</translation>
    </message>
    <message>
        <source>Choose an incident to see what happened.</source>
        <translation>Выберите происшествие, чтобы увидеть, что произошло.</translation>
    </message>
    <message>
        <source>Measures taken: %1</source>
        <translation>Принятые меры: %1</translation>
    </message>
    <message>
        <source>Incident %1 is written.</source>
        <translation>Происшествие %1 записано.</translation>
    </message>
</context>
<context>
    <name>InspectorFilter</name>
    <message>
        <source>All inspectors</source>
        <translation>Все инспекторы</translation>
    </message>
    <message>
        <source>Show the work of</source>
        <translation>Чью работу показывать</translation>
    </message>
    <message>
        <source>Whose records the pages show: everyone&apos;s, or one inspector&apos;s</source>
        <translation>Чьи записи показывают страницы: всех инспекторов или одного</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>район %1</translation>
    </message>
    <message>
        <source>precinct %1</source>
        <translation>участок %1</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>LockForm</name>
    <message>
        <source>The window is locked</source>
        <translation>Окно заблокировано</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>Type the password of %1 to go on. Everything typed is kept.</source>
        <translation>Чтобы продолжить, введите пароль пользователя %1. Всё введённое сохранено.</translation>
    </message>
    <message numerus="yes">
        <source>The window locked itself after %n minute(s) without use. Type the password of %1 to go on. Everything typed is kept.</source>
        <translation>
            <numerusform>Окно заблокировалось: им не пользовались %n минуту. Чтобы продолжить, введите пароль пользователя %1. Всё введённое сохранено.</numerusform>
            <numerusform>Окно заблокировалось: им не пользовались %n минуты. Чтобы продолжить, введите пароль пользователя %1. Всё введённое сохранено.</numerusform>
            <numerusform>Окно заблокировалось: им не пользовались %n минут. Чтобы продолжить, введите пароль пользователя %1. Всё введённое сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
</context>
<context>
    <name>LogCancelDialog</name>
    <message>
        <source>Cancel a log entry</source>
        <translation>Отмена записи журнала</translation>
    </message>
    <message>
        <source>The entry %1 stays in the log and its history, marked as cancelled, and no longer counts in lists and reports.</source>
        <translation>Запись %1 останется в журнале и в своей истории с отметкой об отмене и больше не учитывается в списках и отчётах.</translation>
    </message>
    <message>
        <source>For example: written twice</source>
        <translation>Например: записано дважды</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Cancel the &amp;entry</source>
        <translation>&amp;Отменить запись</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>О&amp;ставить</translation>
    </message>
</context>
<context>
    <name>LogEntryForm</name>
    <message>
        <source>New log entry</source>
        <translation>Новая запись в журнале</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>Find a person taking part</source>
        <translation>Найти участника</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Фамилия, имя или ИИН/ПИН</translation>
    </message>
    <message>
        <source>People taking part</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>У&amp;брать из списка</translation>
    </message>
    <message>
        <source>&amp;Companion</source>
        <translation>&amp;Присутствующий</translation>
    </message>
    <message>
        <source>Parent, guardian or teacher present</source>
        <translation>Присутствующий родитель, опекун или педагог</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Контроль</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Дата контроля</translation>
    </message>
    <message>
        <source>Sa&amp;ve entry</source>
        <translation>Со&amp;хранить запись</translation>
    </message>
    <message>
        <source>Cle&amp;ar</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <source>Cance&amp;l entry…</source>
        <translation>Отменит&amp;ь запись…</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Сохранить &amp;изменения</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <source>Say in a few words what was done.</source>
        <translation>Опишите в нескольких словах, что сделано.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is under 18: a talk with a minor needs a parent, guardian or teacher present (law 245-VIII, art. 50). Name who was there.</source>
        <translation>
            <numerusform>%1 — младше 18 лет: беседа с несовершеннолетним проводится в присутствии родителя, опекуна или педагога (закон № 245-VIII, ст. 50). Укажите, кто присутствовал.</numerusform>
            <numerusform>%1 — младше 18 лет: беседа с несовершеннолетним проводится в присутствии родителя, опекуна или педагога (закон № 245-VIII, ст. 50). Укажите, кто присутствовал.</numerusform>
            <numerusform>%1 — младше 18 лет: беседа с несовершеннолетним проводится в присутствии родителя, опекуна или педагога (закон № 245-VIII, ст. 50). Укажите, кто присутствовал.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry is saved.</source>
        <translation>Запись сохранена.</translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation>Изменения сохранены.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Отменена: %1</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>Журнал профилактической работы</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Ki&amp;nd</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Entries from the day</source>
        <translation>Записи начиная с даты</translation>
    </message>
    <message>
        <source>Entries up to the day</source>
        <translation>Записи по дату</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Kind of entries shown</source>
        <translation>Вид показываемых записей</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Записи журнала</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <source>Entry of %1</source>
        <translation>Запись от %1</translation>
    </message>
    <message>
        <source>The entry being corrected has changes that are not saved. Save them?</source>
        <translation>В исправляемой записи есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Cancel entry…</source>
        <translation>О&amp;тменить запись…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>CANCELLED (%1):</source>
        <translation>ОТМЕНЕНА (%1):</translation>
    </message>
    <message>
        <source>Entries: more than %1</source>
        <translation>Записей: более %1</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation>
            <numerusform>Записей: %n</numerusform>
            <numerusform>Записей: %n</numerusform>
            <numerusform>Записей: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries for these days and kind. Widen the dates, choose all kinds, or write a new entry in the form (Ctrl+N).</source>
        <translation>За эти дни записей такого вида нет. Расширьте период, выберите все виды или внесите новую запись в форму (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>District inspector&apos;s log</source>
        <translation>Журнал участкового инспектора</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>District inspector&apos;s log</source>
        <translation>Журнал участкового инспектора</translation>
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
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>&amp;Заблокировать окно</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти из учётной записи</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>С&amp;менить пользователя…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Show the work of</source>
        <translation>&amp;Инспектор</translation>
    </message>
    <message>
        <source>Inspector filter</source>
        <translation>Выбор инспектора</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>District inspector&apos;s log
Version %1

Residents, the preventive register, the work log, appeals and incidents of a precinct, kept encrypted on this computer.</source>
        <translation>Журнал участкового инспектора
Версия %1

Жители, профилактический учёт, журнал работы, обращения и происшествия участка, в зашифрованном виде на этом компьютере.</translation>
    </message>
    <message>
        <source>precinct %1</source>
        <translation>участок %1</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>район %1</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>управление</translation>
    </message>
    <message>
        <source>%1 — %2 — District inspector&apos;s log</source>
        <translation>%1 — %2 — Журнал участкового инспектора</translation>
    </message>
    <message>
        <source>Next field or button</source>
        <translation>Следующее поле или кнопка</translation>
    </message>
    <message>
        <source>Previous field or button</source>
        <translation>Предыдущее поле или кнопка</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Открыть меню</translation>
    </message>
    <message>
        <source>Alt and the underlined letter</source>
        <translation>Alt и подчёркнутая буква</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>This page: %1</source>
        <translation>Эта страница: %1</translation>
    </message>
    <message>
        <source>Unsaved input</source>
        <translation>Несохранённые данные</translation>
    </message>
    <message>
        <source>These pages hold typing that is not saved yet: %1. Save it before closing?</source>
        <translation>На этих страницах есть несохранённые данные: %1. Сохранить их перед закрытием?</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>New wanted notice</source>
        <translation>Новая ориентировка</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>Title of the notice</source>
        <translation>Заголовок ориентировки</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Т&amp;екст</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>Текст ориентировки</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Действует до</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>&amp;Precincts</source>
        <translation>&amp;Участки</translation>
    </message>
    <message>
        <source>Precincts the notice is for</source>
        <translation>Участки, которым адресована ориентировка</translation>
    </message>
    <message>
        <source>Tick none to send it to every precinct.</source>
        <translation>Чтобы отправить на все участки, не отмечайте ни одного.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Give the notice a title.</source>
        <translation>Укажите заголовок ориентировки.</translation>
    </message>
    <message>
        <source>Write who or what is sought, and the signs.</source>
        <translation>Опишите, кого или что ищут, и приметы.</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Notices and tasks</source>
        <translation>Ориентировки и поручения</translation>
    </message>
    <message>
        <source>Wanted n&amp;otices</source>
        <translation>&amp;Ориентировки</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;Поручения</translation>
    </message>
    <message>
        <source>Wanted notices and tasks</source>
        <translation>Ориентировки и поручения</translation>
    </message>
</context>
<context>
    <name>NoticesTab</name>
    <message>
        <source>Standing notices</source>
        <translation>Действующие ориентировки</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>All notices</source>
        <translation>Все ориентировки</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Пока никто</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged by %n</source>
        <translation>
            <numerusform>Ознакомились: %n</numerusform>
            <numerusform>Ознакомились: %n</numerusform>
            <numerusform>Ознакомились: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Which notices to show</source>
        <translation>Какие ориентировки показать</translation>
    </message>
    <message>
        <source>&amp;New notice…</source>
        <translation>&amp;Новая ориентировка…</translation>
    </message>
    <message>
        <source>Write a wanted notice (Ctrl+N)</source>
        <translation>Составить ориентировку (Ctrl+N)</translation>
    </message>
    <message>
        <source>Wanted notices</source>
        <translation>Ориентировки</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>Текст ориентировки</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;Что сделано</translation>
    </message>
    <message>
        <source>What was done about the notice</source>
        <translation>Что сделано по ориентировке</translation>
    </message>
    <message>
        <source>Optional: checked, not seen in the precinct</source>
        <translation>Необязательно: например, «проверено, на участке не появлялся»</translation>
    </message>
    <message numerus="yes">
        <source>Notices: %n</source>
        <translation>
            <numerusform>Ориентировок: %n</numerusform>
            <numerusform>Ориентировок: %n</numerusform>
            <numerusform>Ориентировок: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No notices here. To write one, press Ctrl+N.</source>
        <translation>Ориентировок нет. Чтобы составить ориентировку, нажмите Ctrl+N.</translation>
    </message>
    <message>
        <source>No notices here. Wanted notices arrive from the chief with sync packages; choose “All notices” to see the old ones.</source>
        <translation>Ориентировок нет. Ориентировки приходят от начальника с пакетами синхронизации; чтобы увидеть прежние, выберите «Все ориентировки».</translation>
    </message>
    <message>
        <source>Choose a notice to read it.</source>
        <translation>Выберите ориентировку, чтобы прочитать её.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Отметить как прочитанное</translation>
    </message>
    <message>
        <source>precincts %1</source>
        <translation>участков %1</translation>
    </message>
    <message>
        <source>every precinct</source>
        <translation>всех участков</translation>
    </message>
    <message>
        <source>Issued %1 by %2, for %3.</source>
        <translation>Выдана %1, автор: %2, для %3.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Действует до %1.</translation>
    </message>
    <message>
        <source>No one has acknowledged it yet.</source>
        <translation>С ней ещё никто не ознакомился.</translation>
    </message>
    <message>
        <source>Save the &amp;answer</source>
        <translation>Сохранить &amp;ответ</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <source>Key: %1</source>
        <translation>Клавиша: %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Жители</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Профилактический учёт</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Происшествия</translation>
    </message>
    <message>
        <source>Meetings and proposals</source>
        <translation>Встречи и предложения</translation>
    </message>
    <message>
        <source>Notices and tasks</source>
        <translation>Ориентировки и поручения</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>PartnershipDialogs</name>
    <message>
        <source>New meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>One question or proposal a line</source>
        <translation>По одному вопросу или предложению в строке</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Время</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Присутствовало</translation>
    </message>
    <message>
        <source>Spoke for the &amp;police</source>
        <translation>&amp;Докладчик</translation>
    </message>
    <message>
        <source>&amp;Questions raised</source>
        <translation>&amp;Поднятые вопросы</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Новое предложение</translation>
    </message>
    <message>
        <source>A resident, or e.g. the assembly of a village</source>
        <translation>Житель или, например, сход жителей села</translation>
    </message>
    <message>
        <source>Number of the written appeal, if any</source>
        <translation>Номер письменного обращения, если есть</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Предложение</translation>
    </message>
    <message>
        <source>&amp;Raised by</source>
        <translation>&amp;Кто внёс</translation>
    </message>
    <message>
        <source>&amp;Written appeal</source>
        <translation>&amp;Письменное обращение</translation>
    </message>
    <message>
        <source>Raised &amp;on</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Assigned to</source>
        <translation>&amp;Исполнитель</translation>
    </message>
    <message>
        <source>Answer the proposal</source>
        <translation>Ответ на предложение</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>The answer, or the reason it is declined</source>
        <translation>Ответ или причина отклонения</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Ответ</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>Дата &amp;ответа</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Присутств.</translation>
    </message>
    <message>
        <source>Spoke for the police</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Raised by, where</source>
        <translation>Кто внёс, где</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>appeal %1</source>
        <translation>обращение %1</translation>
    </message>
    <message>
        <source>Meetings and proposals</source>
        <translation>Встречи и предложения</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Новая встреча…</translation>
    </message>
    <message>
        <source>New &amp;proposal…</source>
        <translation>Новое &amp;предложение…</translation>
    </message>
    <message>
        <source>Take into &amp;work</source>
        <translation>Взять в &amp;работу</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Ответить…</translation>
    </message>
    <message>
        <source>Meetings, reports and council sessions</source>
        <translation>Встречи, отчёты и заседания совета</translation>
    </message>
    <message>
        <source>Proposals of residents</source>
        <translation>Предложения жителей</translation>
    </message>
    <message>
        <source>Proposals shown</source>
        <translation>Показываемые предложения</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не проводился</translation>
    </message>
    <message>
        <source>Last report to residents: %1.</source>
        <translation>Последний отчёт перед населением: %1.</translation>
    </message>
    <message>
        <source>Next one due %1</source>
        <translation>Следующий — до %1</translation>
    </message>
    <message>
        <source>The report to residents is overdue since %1</source>
        <translation>Отчёт перед населением просрочен с %1</translation>
    </message>
</context>
<context>
    <name>PassportForm</name>
    <message>
        <source>Precinct passport</source>
        <translation>Паспорт участка</translation>
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
        <translation>&amp;Адрес участкового пункта</translation>
    </message>
    <message>
        <source>Address of the precinct post</source>
        <translation>Адрес участкового пункта</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Население</translation>
    </message>
    <message>
        <source>Population as the passport states it</source>
        <translation>Численность населения по паспорту</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>&amp;Домохозяйства</translation>
    </message>
    <message>
        <source>Households as the passport states it</source>
        <translation>Число домохозяйств по паспорту</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>Notes of the passport</source>
        <translation>Примечания к паспорту</translation>
    </message>
    <message>
        <source>&amp;Save the passport</source>
        <translation>&amp;Сохранить паспорт</translation>
    </message>
</context>
<context>
    <name>PassportTab</name>
    <message>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Домохозяйства</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Жители</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Se&amp;ttlements</source>
        <translation>&amp;Населённые пункты</translation>
    </message>
    <message>
        <source>Settlements of the precinct</source>
        <translation>Населённые пункты участка</translation>
    </message>
    <message>
        <source>O&amp;bjects of the precinct</source>
        <translation>&amp;Объекты участка</translation>
    </message>
    <message>
        <source>Objects of the precinct</source>
        <translation>Объекты участка</translation>
    </message>
    <message>
        <source>Add an ob&amp;ject…</source>
        <translation>&amp;Добавить объект…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>No objects yet. Schools, shops, farms and places of worship of the precinct are added with “Add an object”.</source>
        <translation>Объектов пока нет. Школы, магазины, фермерские хозяйства и культовые сооружения участка добавляются кнопкой «Добавить объект».</translation>
    </message>
    <message>
        <source>in the database: %1</source>
        <translation>в базе данных: %1</translation>
    </message>
    <message>
        <source>The passport is saved.</source>
        <translation>Паспорт сохранён.</translation>
    </message>
    <message>
        <source>Remove an object</source>
        <translation>Удаление объекта</translation>
    </message>
    <message>
        <source>Remove “%1” from the precinct passport?</source>
        <translation>Удалить «%1» из паспорта участка?</translation>
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
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Жители</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Поиск жителей</translation>
    </message>
    <message>
        <source>Surname, name, ID number, phone or address</source>
        <translation>Фамилия, имя, ИИН/ПИН, телефон или адрес</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Категория учёта</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>&amp;Возраст</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Возраст от</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation>Возраст до</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Новый житель…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый житель</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import residents from a file</source>
        <translation>Импорт жителей из файла</translation>
    </message>
    <message>
        <source>All settlements</source>
        <translation>Все населённые пункты</translation>
    </message>
    <message>
        <source>On the register or not</source>
        <translation>На учёте или нет</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>No one found. Check the spelling, type fewer letters or clear a filter.</source>
        <translation>Никого не найдено. Проверьте написание, введите меньше букв или сбросьте фильтр.</translation>
    </message>
    <message>
        <source>No people yet: press Ctrl+N to add one.</source>
        <translation>Жителей пока нет: чтобы добавить, нажмите Ctrl+N.</translation>
    </message>
    <message>
        <source>No people yet.</source>
        <translation>Жителей пока нет.</translation>
    </message>
    <message>
        <source>Many people found; scroll down to see more.</source>
        <translation>Найдено много людей; прокрутите список вниз, чтобы увидеть остальных.</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln people; type or filter to narrow the list.</source>
        <translation>
            <numerusform>Больше %Ln человека: чтобы сократить список, уточните поиск или фильтр.</numerusform>
            <numerusform>Больше %Ln человек: чтобы сократить список, уточните поиск или фильтр.</numerusform>
            <numerusform>Больше %Ln человек: чтобы сократить список, уточните поиск или фильтр.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <translation>
            <numerusform>Найдено: %Ln</numerusform>
            <numerusform>Найдено: %Ln</numerusform>
            <numerusform>Найдено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>&amp;Log entry…</source>
        <translation>&amp;Запись в журнал…</translation>
    </message>
    <message>
        <source>Add a work log entry about the person</source>
        <translation>Добавить запись о человеке в журнал</translation>
    </message>
    <message>
        <source>Record a check of the register entry</source>
        <translation>Отметить проверку по учёту</translation>
    </message>
    <message>
        <source>&amp;Print the person card…</source>
        <translation>&amp;Печать карточки…</translation>
    </message>
    <message>
        <source>&amp;Save the person card as PDF…</source>
        <translation>&amp;Сохранить карточку в PDF…</translation>
    </message>
    <message>
        <source>&amp;History of the person&apos;s record…</source>
        <translation>&amp;История записи о человеке…</translation>
    </message>
    <message>
        <source>History of the &amp;household…</source>
        <translation>История &amp;домохозяйства…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Ещё</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Person card</source>
        <translation>Учётная карточка</translation>
    </message>
    <message>
        <source>Making the person card</source>
        <translation>Составление карточки</translation>
    </message>
    <message>
        <source>Person card: %1</source>
        <translation>Учётная карточка: %1</translation>
    </message>
    <message>
        <source>Sending the card to the printer</source>
        <translation>Отправка карточки на принтер</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>принтер по умолчанию</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1: %n copy(ies).</source>
        <translation>
            <numerusform>Отправлено на %1: %n копия.</numerusform>
            <numerusform>Отправлено на %1: %n копии.</numerusform>
            <numerusform>Отправлено на %1: %n копий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the person card as PDF</source>
        <translation>Сохранить карточку в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the person card</source>
        <translation>Сохранение карточки</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Житель</translation>
    </message>
    <message>
        <source>S&amp;urname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>И&amp;ИН/ПИН</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ИИН/ПИН</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>P&amp;hones</source>
        <translation>&amp;Телефоны</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>8 701 123 45 67; several separated by commas</source>
        <translation>8 701 123 45 67; несколько номеров — через запятую</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Settlement, street, house</source>
        <translation>Населённый пункт, улица, дом</translation>
    </message>
    <message>
        <source>&amp;Workplace</source>
        <translation>Место р&amp;аботы</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>This person may be in the database already. Open the person found, or create a new one if it is someone else.</source>
        <translation>Возможно, этот человек уже есть в базе данных. Откройте найденную запись или, если это другой человек, создайте новую.</translation>
    </message>
    <message>
        <source>People who may be the same</source>
        <translation>Возможные совпадения</translation>
    </message>
    <message>
        <source>Open &amp;this person</source>
        <translation>&amp;Открыть эту запись</translation>
    </message>
    <message>
        <source>&amp;Create anyway: someone else</source>
        <translation>&amp;Всё равно создать: это другой человек</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый житель</translation>
    </message>
    <message>
        <source>Person&apos;s details</source>
        <translation>Сведения о жителе</translation>
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
        <translation>И&amp;ИН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Проверьте: %1</translation>
    </message>
</context>
<context>
    <name>PersonLogDialog</name>
    <message>
        <source>Work log entry: %1</source>
        <translation>Запись в журнал: %1</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Put on the register</source>
        <translation>Постановка на учёт</translation>
    </message>
    <message>
        <source>Taken off the register</source>
        <translation>Снятие с учёта</translation>
    </message>
    <message>
        <source>Home check</source>
        <translation>Проверка по месту жительства</translation>
    </message>
    <message>
        <source>Preventive work</source>
        <translation>Профилактическая работа</translation>
    </message>
    <message>
        <source>Appeal received</source>
        <translation>Поступило обращение</translation>
    </message>
    <message>
        <source>Appeal decided</source>
        <translation>Обращение рассмотрено</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Проживающий</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Назад к списку</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Назад к списку</translation>
    </message>
    <message>
        <source>Edit the person&apos;s details</source>
        <translation>Изменить сведения о жителе</translation>
    </message>
    <message>
        <source>Record a check of the selected entry</source>
        <translation>Записать проверку по выбранной записи учёта</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Изменить сведения…</translation>
    </message>
    <message>
        <source>&amp;Put on the register…</source>
        <translation>&amp;Поставить на учёт…</translation>
    </message>
    <message>
        <source>Record a &amp;check…</source>
        <translation>Записать &amp;проверку…</translation>
    </message>
    <message>
        <source>&amp;Take off the register…</source>
        <translation>&amp;Снять с учёта…</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>Проживающие в домохозяйстве</translation>
    </message>
    <message>
        <source>Preventive register</source>
        <translation>Профилактический учёт</translation>
    </message>
    <message>
        <source>Register entries and their checks</source>
        <translation>Записи учёта и проверки по ним</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Everything about the person, newest first</source>
        <translation>Всё о человеке, сначала новое</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>born %1 (%2)</source>
        <translation>дата рождения: %1 (%2)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Not linked to a household.</source>
        <translation>Домохозяйство не указано.</translation>
    </message>
    <message>
        <source>flat %1</source>
        <translation>кв. %1</translation>
    </message>
    <message>
        <source>Next check %1: %2</source>
        <translation>Следующая проверка %1: %2</translation>
    </message>
    <message>
        <source>Not on the register.</source>
        <translation>На учёте не состоит.</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>This computer and its place</source>
        <translation>Компьютер и место работы</translation>
    </message>
    <message>
        <source>Numbers of appeals and incidents made here begin with these codes, so they never clash with another computer&apos;s.</source>
        <translation>Номера обращений и происшествий, зарегистрированных здесь, начинаются с этих кодов и поэтому никогда не совпадут с номерами другого компьютера.</translation>
    </message>
    <message>
        <source>&amp;Computer name</source>
        <translation>&amp;Название компьютера</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Название компьютера</translation>
    </message>
    <message>
        <source>for example, Laptop of precinct 5</source>
        <translation>например, Ноутбук участка 5</translation>
    </message>
    <message>
        <source>&amp;District code</source>
        <translation>&amp;Код района</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>Код района</translation>
    </message>
    <message>
        <source>as the chief gave it, for example 12</source>
        <translation>код, сообщённый начальником, например 12</translation>
    </message>
    <message>
        <source>&amp;Precinct number</source>
        <translation>Номер &amp;участка</translation>
    </message>
    <message>
        <source>Precinct number</source>
        <translation>Номер участка</translation>
    </message>
    <message>
        <source>for example 05</source>
        <translation>например, 05</translation>
    </message>
    <message>
        <source>Precinct &amp;name</source>
        <translation>Названи&amp;е участка</translation>
    </message>
    <message>
        <source>Precinct name</source>
        <translation>Название участка</translation>
    </message>
    <message>
        <source>optional, for example the village&apos;s name</source>
        <translation>необязательно, например название села</translation>
    </message>
</context>
<context>
    <name>PrecinctObjectDialog</name>
    <message>
        <source>Object of the precinct</source>
        <translation>Объект участка</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation>Вид объекта</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>А&amp;дрес</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>&amp;Контакт</translation>
    </message>
    <message>
        <source>Contact person or phone</source>
        <translation>Контактное лицо или телефон</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>New object of the precinct</source>
        <translation>Новый объект участка</translation>
    </message>
    <message>
        <source>Type the name.</source>
        <translation>Введите название.</translation>
    </message>
</context>
<context>
    <name>PrefixDialog</name>
    <message>
        <source>Number prefix of %1</source>
        <translation>Префикс номеров: %1</translation>
    </message>
    <message>
        <source>The laptop numbers its appeals with this prefix from the next package it imports, in a new series from 1. The numbers it has given keep their prefix.</source>
        <translation>Ноутбук будет нумеровать обращения с этим префиксом, как только импортирует следующий пакет, — новой серией с 1. Уже выданные номера сохраняют свой префикс.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>&amp;New prefix</source>
        <translation>&amp;Новый префикс</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print the report</source>
        <translation>Печать отчёта</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
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
        <translation>Принтер системы по умолчанию</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>&amp;Копии</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Число копий</translation>
    </message>
    <message>
        <source>The report goes to the printer&apos;s queue as it is shown in the preview. Where no printer is listed, the system&apos;s default printer is used.</source>
        <translation>Отчёт отправляется в очередь печати в том виде, в каком показан при предпросмотре. Если ни один принтер не указан, используется принтер системы по умолчанию.</translation>
    </message>
    <message>
        <source>The report goes to the printer&apos;s queue as it is shown in the preview.</source>
        <translation>Отчёт отправляется в очередь печати в том виде, в каком показан при предпросмотре.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Earlier values</source>
        <translation>Прежние значения</translation>
    </message>
    <message>
        <source>&amp;Set back this value</source>
        <translation>&amp;Вернуть это значение</translation>
    </message>
    <message>
        <source>The value is set back; the history keeps the one before.</source>
        <translation>Значение возвращено; история хранит и предыдущее.</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>home visit</source>
        <translation>посещение на дому</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <source>summoned to the post</source>
        <translation>вызов в участковый пункт</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>зарегистрировано</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>срок продлён</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>направлено по подведомственности</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>рассмотрено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>аннулировано</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Срок через %n день</numerusform>
            <numerusform>Срок через %n дня</numerusform>
            <numerusform>Срок через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>In time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Off the register</source>
        <translation>Учёт прекращён</translation>
    </message>
    <message>
        <source>Term ended: remove or extend</source>
        <translation>Срок истёк: снять или продлить</translation>
    </message>
    <message>
        <source>No regular checks</source>
        <translation>Без регулярных проверок</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Write down the recovery key</source>
        <translation>Запишите ключ восстановления</translation>
    </message>
    <message>
        <source>The database is ready. This key is shown only now, once.</source>
        <translation>База данных готова. Этот ключ показывается только сейчас, один раз.</translation>
    </message>
    <message>
        <source>If the password is forgotten, only this key opens the database again. Write it on paper now, exactly as shown, and keep the paper locked away from the computer. Do not photograph it and do not keep it in a file.</source>
        <translation>Если пароль будет забыт, открыть базу данных снова можно будет только этим ключом. Запишите его на бумаге сейчас, в точности как показано, и храните бумагу под замком отдельно от компьютера. Не фотографируйте ключ и не сохраняйте его в файле.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>Ключ восстановления &amp;записан</translation>
    </message>
</context>
<context>
    <name>RegisterDialogs</name>
    <message>
        <source>No one found. Add the person on the People page first.</source>
        <translation>Никого не найдено. Сначала добавьте человека на странице «Жители».</translation>
    </message>
    <message>
        <source>Choose the risk level</source>
        <translation>Выберите уровень риска</translation>
    </message>
    <message numerus="yes">
        <source>This measure lasts %n day(s).</source>
        <translation>
            <numerusform>Эта мера действует %n день.</numerusform>
            <numerusform>Эта мера действует %n дня.</numerusform>
            <numerusform>Эта мера действует %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>A court sets from %1 to %2 days: type the end it set.</source>
        <translation>Суд устанавливает срок от %1 до %2 дней: укажите дату окончания, назначенную судом.</translation>
    </message>
    <message>
        <source>Choose the person: type their name and pick them.</source>
        <translation>Выберите человека: начните вводить фамилию и выберите его из списка.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message numerus="yes">
        <source>%n on the register</source>
        <translation>
            <numerusform>На учёте: %n</numerusform>
            <numerusform>На учёте: %n</numerusform>
            <numerusform>На учёте: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>Просрочено: %n</numerusform>
            <numerusform>Просрочено: %n</numerusform>
            <numerusform>Просрочено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term ended</source>
        <translation>
            <numerusform>срок истёк: %n</numerusform>
            <numerusform>срок истёк: %n</numerusform>
            <numerusform>срок истёк: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Следующая проверка</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Профилактический учёт</translation>
    </message>
    <message>
        <source>Preventive register</source>
        <translation>Профилактический учёт</translation>
    </message>
    <message>
        <source>Register categories</source>
        <translation>Категории учёта</translation>
    </message>
    <message>
        <source>&amp;Overdue first</source>
        <translation>Сначала &amp;просроченные</translation>
    </message>
    <message>
        <source>Show &amp;ended entries</source>
        <translation>Показывать &amp;завершённые записи</translation>
    </message>
    <message>
        <source>Record a &amp;check…</source>
        <translation>Записать пр&amp;оверку…</translation>
    </message>
    <message>
        <source>Record a check of the selected entry</source>
        <translation>Записать проверку по выбранной записи учёта</translation>
    </message>
    <message>
        <source>Open the person of the selected entry</source>
        <translation>Открыть карточку человека из выбранной записи</translation>
    </message>
    <message>
        <source>Put someone on the register</source>
        <translation>Поставить человека на учёт</translation>
    </message>
    <message>
        <source>&amp;Take off the register…</source>
        <translation>&amp;Снять с учёта…</translation>
    </message>
    <message>
        <source>E&amp;xtend the term…</source>
        <translation>Про&amp;длить срок…</translation>
    </message>
    <message>
        <source>Open the &amp;person</source>
        <translation>Открыть &amp;карточку человека</translation>
    </message>
    <message>
        <source>&amp;Put on the register…</source>
        <translation>&amp;Поставить на учёт…</translation>
    </message>
    <message>
        <source>Register entries</source>
        <translation>Записи учёта</translation>
    </message>
    <message>
        <source>No one on the register here. Press Ctrl+N to put someone on it.</source>
        <translation>Здесь никто не состоит на учёте. Чтобы поставить человека на учёт, нажмите Ctrl+N.</translation>
    </message>
    <message>
        <source>No one on the register here.</source>
        <translation>Здесь никто не состоит на учёте.</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln</source>
        <translation>
            <numerusform>Записей: %Ln</numerusform>
            <numerusform>Записей: %Ln</numerusform>
            <numerusform>Записей: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry and press C to record a check.</source>
        <translation>Выберите запись и нажмите C, чтобы записать проверку.</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>One inspector&apos;s work in the period: households visited, the register, talks and warnings, appeals, incidents, and the overdue lists by name.</source>
        <translation>Работа одного инспектора за период: обход домохозяйств, профилактический учёт, беседы и предостережения, обращения, происшествия и поимённые списки просроченного.</translation>
    </message>
    <message>
        <source>Every inspector of the district side by side, with charts of appeals decided on time and of checks done, and the district&apos;s overdue lists.</source>
        <translation>Все инспекторы района рядом, с диаграммами обращений, рассмотренных в срок, и проведённых проверок, а также списки просроченного по району.</translation>
    </message>
    <message>
        <source>Districts and regions with their totals and monthly trends.</source>
        <translation>Районы и области с итогами и помесячной динамикой.</translation>
    </message>
    <message>
        <source>The report to residents: figures only, no names; a count of 1 or 2 shows as “fewer than 3”. Fit for a notice board.</source>
        <translation>Отчёт перед населением: только цифры, без имён; число 1 или 2 показывается как «менее 3». Подходит для доски объявлений.</translation>
    </message>
    <message>
        <source>One person&apos;s register card with checks and history, as of today.</source>
        <translation>Учётная карточка одного человека с проверками и историей на сегодня.</translation>
    </message>
    <message>
        <source>The register of appeals received in the period, with their status and deadlines.</source>
        <translation>Реестр обращений, поступивших за период, с их состоянием и сроками.</translation>
    </message>
    <message>
        <source>The precinct passport as of today.</source>
        <translation>Паспорт участка на сегодня.</translation>
    </message>
    <message>
        <source>Every district of this database</source>
        <translation>Все районы этой базы данных</translation>
    </message>
    <message>
        <source>What this database holds</source>
        <translation>Всё, что есть в этой базе данных</translation>
    </message>
    <message>
        <source>No person chosen yet: type a name above and pick from the list.</source>
        <translation>Человек ещё не выбран: введите фамилию выше и выберите из списка.</translation>
    </message>
    <message>
        <source>Type both days as DD.MM.YYYY.</source>
        <translation>Введите обе даты в виде ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <source>Choose the person of the card first.</source>
        <translation>Сначала выберите человека для карточки.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>No report yet. Choose the report, the period and what it covers on the left, then press Generate (Ctrl+G). The report appears here as it will be printed.</source>
        <translation>Отчёта пока нет. Выберите слева отчёт, период и охват, затем нажмите «Сформировать» (Ctrl+G). Отчёт появится здесь в том виде, в каком будет напечатан.</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Предпросмотр отчёта</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+-)</source>
        <translation>Мельче (Ctrl+-)</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>Крупнее (Ctrl++)</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Вписать страницу по ширине</translation>
    </message>
    <message>
        <source>W&amp;hole page</source>
        <translation>&amp;Страница целиком</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Показывать страницы целиком</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>ReportsForm</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Отчёт</translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation>Вид отчёта</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Вид периода</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>п&amp;о</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>О&amp;хват</translation>
    </message>
    <message>
        <source>Precinct or district the report covers</source>
        <translation>Участок или район, по которому составляется отчёт</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation>&amp;Лицо</translation>
    </message>
    <message>
        <source>Find the person of the card</source>
        <translation>Найти человека для карточки</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Фамилия, имя или ИИН/ПИН</translation>
    </message>
    <message>
        <source>&amp;Language of the report</source>
        <translation>&amp;Язык отчёта</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>С&amp;формировать</translation>
    </message>
    <message>
        <source>Generate the report</source>
        <translation>Сформировать отчёт</translation>
    </message>
    <message>
        <source>Generate the report with these choices (Ctrl+G)</source>
        <translation>Сформировать отчёт с этими параметрами (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>&amp;Generate the report</source>
        <translation>С&amp;формировать отчёт</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>Choose the printer and the copies (Ctrl+P)</source>
        <translation>Выбрать принтер и число копий (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Печать отчёта</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation>Сохранить отчёт в файл PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Сохранить отчёт в файл PDF</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Сохранить в &amp;XLSX…</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables as a spreadsheet (Ctrl+Shift+S)</source>
        <translation>Сохранить таблицы отчёта в электронную таблицу (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save the report as a spreadsheet</source>
        <translation>Сохранить отчёт как таблицу</translation>
    </message>
    <message>
        <source>This report names people: printing and saving it are recorded in the journal.</source>
        <translation>В отчёте есть имена людей: его печать и сохранение записываются в журнал.</translation>
    </message>
    <message>
        <source>Gathering the figures and drawing the pages…</source>
        <translation>Сбор данных и подготовка страниц…</translation>
    </message>
    <message>
        <source>Generating the report</source>
        <translation>Формирование отчёта</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Отчёт формируется…</translation>
    </message>
    <message>
        <source>This database holds no precinct yet, so a report has nothing to cover. Precincts come with the inspectors&apos; packages (the Sync page).</source>
        <translation>В этой базе данных пока нет участков, поэтому отчёту нечего охватывать. Участки приходят с пакетами инспекторов (страница «Синхронизация»).</translation>
    </message>
    <message>
        <source>Looking for printers</source>
        <translation>Поиск принтеров</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Идёт поиск принтеров…</translation>
    </message>
    <message>
        <source>Sending the report to the printer</source>
        <translation>Отправка отчёта на принтер</translation>
    </message>
    <message>
        <source>Sending the report to the printer…</source>
        <translation>Отчёт отправляется на принтер…</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>принтер по умолчанию</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1: %n copy(ies).</source>
        <translation>
            <numerusform>Отправлено на %1: %n копия.</numerusform>
            <numerusform>Отправлено на %1: %n копии.</numerusform>
            <numerusform>Отправлено на %1: %n копий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Отчёт сохраняется…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Электронные таблицы (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>The choices changed after this report was made: print and save give the report shown. Press Generate (Ctrl+G) to make it with the new choices.</source>
        <translation>Параметры изменились после формирования отчёта: печатается и сохраняется показанный отчёт. Чтобы сформировать его с новыми параметрами, нажмите «Сформировать» (Ctrl+G).</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Create the database</source>
        <translation>Создание базы данных</translation>
    </message>
    <message>
        <source>This computer has no database yet. Answer a few questions and the application creates one.</source>
        <translation>На этом компьютере ещё нет базы данных. Ответьте на несколько вопросов, и приложение создаст её.</translation>
    </message>
    <message>
        <source>Who works with this computer</source>
        <translation>Кто работает на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;District inspector</source>
        <translation>&amp;Участковый инспектор</translation>
    </message>
    <message>
        <source>Residents, the preventive register, the log and the appeals of one precinct.</source>
        <translation>Жители, профилактический учёт, журнал и обращения одного участка.</translation>
    </message>
    <message>
        <source>&amp;Chief of the district inspectors</source>
        <translation>&amp;Начальник службы участковых инспекторов</translation>
    </message>
    <message>
        <source>Receives the inspectors&apos; packages of a district, sees overdue work, sends notices and tasks.</source>
        <translation>Получает пакеты участковых инспекторов района, видит просроченную работу, рассылает ориентировки и поручения.</translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation>&amp;Областное управление или министерство</translation>
    </message>
    <message>
        <source>Receives the districts&apos; packages and prints reports for districts and regions.</source>
        <translation>Получает пакеты районов и печатает отчёты по районам и областям.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>&amp;Kazakhstan</source>
        <translation>&amp;Казахстан</translation>
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
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>The window speaks the new language at once; nothing typed on other pages is lost. Reports and messages of the database follow it too.</source>
        <translation>Окно сразу переходит на новый язык; всё, что введено на других страницах, сохраняется. Отчёты и сообщения базы данных тоже будут на этом языке.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Lock &amp;after, minutes without use</source>
        <translation>&amp;Минут бездействия до блокировки</translation>
    </message>
    <message>
        <source>Minutes without use before the window locks</source>
        <translation>Сколько минут бездействия проходит до блокировки окна</translation>
    </message>
    <message>
        <source>The locked window asks for the password again and keeps everything typed. Ctrl+L locks it at once.</source>
        <translation>Заблокированное окно снова запрашивает пароль и сохраняет всё введённое. Ctrl+L блокирует окно сразу.</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>Мой пароль</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Сменить пароль…</translation>
    </message>
    <message>
        <source>Users of this computer</source>
        <translation>Пользователи этого компьютера</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n пользователь</numerusform>
            <numerusform>%n пользователя</numerusform>
            <numerusform>%n пользователей</numerusform>
        </translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <source>From now on, sign in and unlock with the new password.</source>
        <translation>Теперь для входа и разблокировки используйте новый пароль.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Register an appeal</source>
        <translation>Зарегистрировать обращение</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Новое происшествие</translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation>Новая запись журнала</translation>
    </message>
    <message>
        <source>Save the entry</source>
        <translation>Сохранить запись</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>Новая ориентировка</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новое поручение</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Новое домохозяйство</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
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
        <translation>зарегистрировано здесь</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Откуда известно</translation>
    </message>
</context>
<context>
    <name>SyncHistory</name>
    <message>
        <source>none yet</source>
        <translation>ещё не было</translation>
    </message>
    <message>
        <source>No. %1, %2</source>
        <translation>№ %1, %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>нет: %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>all confirmed</source>
        <translation>всё подтверждено</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>в порядке</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) of changes</source>
        <translation>
            <numerusform>%n партия изменений</numerusform>
            <numerusform>%n партии изменений</numerusform>
            <numerusform>%n партий изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлен</translation>
    </message>
    <message>
        <source>rewritten</source>
        <translation>переписан</translation>
    </message>
    <message>
        <source>Restored from a backup: journal entries %1 to %2 of this device are lost. What it had sent before is kept here and goes back to it.</source>
        <translation>Восстановлено из резервной копии: записи журнала этого устройства с %1 по %2 утрачены. Всё, что оно прислало раньше, хранится здесь и вернётся к нему.</translation>
    </message>
    <message>
        <source>The journal in package %2 no longer extends what package %1 showed: records of this device may have been changed behind the application&apos;s back. Report it.</source>
        <translation>Журнал в пакете № %2 больше не продолжает то, что показывал пакет № %1: записи этого устройства могли быть изменены в обход приложения. Сообщите об этом.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Последний полученный</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) received in all</source>
        <translation>
            <numerusform>Всего получен %n пакет</numerusform>
            <numerusform>Всего получено %n пакета</numerusform>
            <numerusform>Всего получено %n пакетов</numerusform>
        </translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пропуски</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Последний отправленный</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written in all</source>
        <translation>
            <numerusform>Всего записан %n пакет</numerusform>
            <numerusform>Всего записано %n пакета</numerusform>
            <numerusform>Всего записано %n пакетов</numerusform>
        </translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Ещё не подтверждено</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message numerus="yes">
        <source>Devices this computer exchanges packages with: %n.</source>
        <translation>
            <numerusform>Устройств, с которыми этот компьютер обменивается пакетами: %n.</numerusform>
            <numerusform>Устройств, с которыми этот компьютер обменивается пакетами: %n.</numerusform>
            <numerusform>Устройств, с которыми этот компьютер обменивается пакетами: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them rewrote their history: see the Journal column.</source>
        <translation>
            <numerusform>У %n из них переписана история: см. столбец «Журнал».</numerusform>
            <numerusform>У %n из них переписана история: см. столбец «Журнал».</numerusform>
            <numerusform>У %n из них переписана история: см. столбец «Журнал».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received were set aside: the device that made them may not make them. They are kept for the chief&apos;s review.</source>
        <translation>
            <numerusform>%n полученное изменение отложено: устройство, на котором оно сделано, не вправе его делать. Оно сохранено для проверки начальником.</numerusform>
            <numerusform>%n полученных изменения отложены: устройство, на котором они сделаны, не вправе их делать. Они сохранены для проверки начальником.</numerusform>
            <numerusform>%n полученных изменений отложены: устройство, на котором они сделаны, не вправе их делать. Они сохранены для проверки начальником.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>&amp;Packages</source>
        <translation>&amp;Пакеты</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Устройства</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Конфликты</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%n)</source>
        <translation>
            <numerusform>&amp;Конфликты (%n)</numerusform>
            <numerusform>&amp;Конфликты (%n)</numerusform>
            <numerusform>&amp;Конфликты (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Доверие отозвано</translation>
    </message>
    <message>
        <source>precinct %1</source>
        <translation>участок %1</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>район %1</translation>
    </message>
    <message>
        <source>chief</source>
        <translation>начальник</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>управление</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ни разу</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported.</source>
        <translation>%1: уже принят.</translation>
    </message>
    <message>
        <source>%1: refused.</source>
        <translation>%1: не принят.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>добавлена %n запись</numerusform>
            <numerusform>добавлены %n записи</numerusform>
            <numerusform>добавлено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation>
            <numerusform>изменена %n запись</numerusform>
            <numerusform>изменены %n записи</numerusform>
            <numerusform>изменено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>ничего нового</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n конфликт для рассмотрения</numerusform>
            <numerusform>%n конфликта для рассмотрения</numerusform>
            <numerusform>%n конфликтов для рассмотрения</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported from %2.</source>
        <translation>%1: принят от %2.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Новое поручение</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Инспектор</translation>
    </message>
    <message>
        <source>Inspector who gets the task</source>
        <translation>Инспектор, которому даётся поручение</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>Title of the task</source>
        <translation>Заголовок поручения</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Т&amp;екст</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>No inspector is known to this database yet: enrol one first.</source>
        <translation>В этой базе данных пока нет инспекторов: сначала зарегистрируйте инспектора.</translation>
    </message>
    <message>
        <source>Say in a few words what is to be done.</source>
        <translation>Опишите в нескольких словах, что нужно сделать.</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Open tasks</source>
        <translation>Невыполненные поручения</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполненные</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Все поручения</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Which tasks to show</source>
        <translation>Какие поручения показать</translation>
    </message>
    <message>
        <source>New ta&amp;sk…</source>
        <translation>&amp;Новое поручение…</translation>
    </message>
    <message>
        <source>Give an inspector a task (Ctrl+T)</source>
        <translation>Дать поручение инспектору (Ctrl+T)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>The task chosen</source>
        <translation>Выбранное поручение</translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation>&amp;Что сделано</translation>
    </message>
    <message>
        <source>Report on the task</source>
        <translation>Отчёт о выполнении поручения</translation>
    </message>
    <message>
        <source>&amp;Take the task</source>
        <translation>&amp;Принять к исполнению</translation>
    </message>
    <message>
        <source>&amp;Report done</source>
        <translation>&amp;Доложить о выполнении</translation>
    </message>
    <message numerus="yes">
        <source>Tasks: %n</source>
        <translation>
            <numerusform>Поручений: %n</numerusform>
            <numerusform>Поручений: %n</numerusform>
            <numerusform>Поручений: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks here. To give one, press Ctrl+T.</source>
        <translation>Поручений нет. Чтобы дать поручение, нажмите Ctrl+T.</translation>
    </message>
    <message>
        <source>No tasks here. Tasks arrive from the chief with sync packages.</source>
        <translation>Поручений нет. Поручения приходят от начальника с пакетами синхронизации.</translation>
    </message>
    <message>
        <source>Choose a task to read it.</source>
        <translation>Выберите поручение, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>От кого: %1. Кому: %2.</translation>
    </message>
    <message>
        <source>Due by %1: %2.</source>
        <translation>Срок — %1: %2.</translation>
    </message>
    <message>
        <source>Taken %1.</source>
        <translation>Принято к исполнению %1.</translation>
    </message>
    <message>
        <source>Done %1: %2</source>
        <translation>Выполнено %1: %2</translation>
    </message>
    <message>
        <source>Write what was done, then report.</source>
        <translation>Напишите, что сделано, затем доложите о выполнении.</translation>
    </message>
</context>
<context>
    <name>TerritoryNameDialog</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>Code (KATO or SOATE)</source>
        <translation>Код (КАТО или СОАТЕ)</translation>
    </message>
    <message>
        <source>New settlement</source>
        <translation>Новый населённый пункт</translation>
    </message>
    <message>
        <source>New street</source>
        <translation>Новая улица</translation>
    </message>
    <message>
        <source>Type the name.</source>
        <translation>Введите название.</translation>
    </message>
</context>
<context>
    <name>TerritoryPage</name>
    <message>
        <source>No street</source>
        <translation>Без улицы</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Домохозяйства</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Жители</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Дом</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>Ориентир</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>&amp;Precinct</source>
        <translation>&amp;Участок</translation>
    </message>
    <message>
        <source>Precinct shown</source>
        <translation>Показываемый участок</translation>
    </message>
    <message>
        <source>Settlements and &amp;households</source>
        <translation>Населённые пункты и &amp;домохозяйства</translation>
    </message>
    <message>
        <source>Precinct p&amp;assport</source>
        <translation>&amp;Паспорт участка</translation>
    </message>
    <message>
        <source>&amp;Settlements</source>
        <translation>&amp;Населённые пункты</translation>
    </message>
    <message>
        <source>St&amp;reets</source>
        <translation>&amp;Улицы</translation>
    </message>
    <message>
        <source>Hous&amp;eholds</source>
        <translation>Дом&amp;охозяйства</translation>
    </message>
    <message>
        <source>Settlements of the precinct</source>
        <translation>Населённые пункты участка</translation>
    </message>
    <message>
        <source>Streets of the settlement</source>
        <translation>Улицы населённого пункта</translation>
    </message>
    <message>
        <source>Households of the street</source>
        <translation>Домохозяйства улицы</translation>
    </message>
    <message>
        <source>Add a settle&amp;ment…</source>
        <translation>Добавить населённый &amp;пункт…</translation>
    </message>
    <message>
        <source>Add a s&amp;treet…</source>
        <translation>Добавить у&amp;лицу…</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;Новое домохозяйство…</translation>
    </message>
    <message>
        <source>Add a household to this street (Ctrl+N)</source>
        <translation>Добавить домохозяйство на эту улицу (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Choose a settlement and a street to see its households.</source>
        <translation>Выберите населённый пункт и улицу, чтобы увидеть домохозяйства.</translation>
    </message>
    <message>
        <source>Households: more than %1</source>
        <translation>Домохозяйств: более %1</translation>
    </message>
    <message numerus="yes">
        <source>Households: %n</source>
        <translation>
            <numerusform>Домохозяйств: %n</numerusform>
            <numerusform>Домохозяйств: %n</numerusform>
            <numerusform>Домохозяйств: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No households here yet. To add one, press Ctrl+N.</source>
        <translation>Домохозяйств здесь пока нет. Чтобы добавить, нажмите Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Категория учёта</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Wanted notice</source>
        <translation>Ориентировка</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Кто внёс</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Проверки состоящих на учёте</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Wanted notices</source>
        <translation>Ориентировки</translation>
    </message>
    <message>
        <source>Residents&apos; proposals</source>
        <translation>Предложения жителей</translation>
    </message>
    <message>
        <source>Register checks overdue and due this week</source>
        <translation>Проверки состоящих на учёте: просроченные и на этой неделе</translation>
    </message>
    <message>
        <source>Appeals overdue and due within 3 working days</source>
        <translation>Обращения: просроченные и со сроком в ближайшие 3 рабочих дня</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Невыполненные поручения</translation>
    </message>
    <message>
        <source>Unread wanted notices</source>
        <translation>Непрочитанные ориентировки</translation>
    </message>
    <message>
        <source>Proposals of residents overdue or due this week, and the report to residents</source>
        <translation>Просроченные и срочные на этой неделе предложения жителей и отчёт перед населением</translation>
    </message>
    <message>
        <source>%1; this week runs to %2.</source>
        <translation>%1; эта неделя — по %2.</translation>
    </message>
    <message>
        <source>No backup of this database has been made yet: make one in Settings.</source>
        <translation>Резервной копии этой базы ещё нет: сделайте её в «Настройках».</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup is %n day(s) old: make one in Settings.</source>
        <translation>
            <numerusform>Последней резервной копии %n день: сделайте новую в «Настройках».</numerusform>
            <numerusform>Последней резервной копии %n дня: сделайте новую в «Настройках».</numerusform>
            <numerusform>Последней резервной копии %n дней: сделайте новую в «Настройках».</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: %1. Due this week: %2.</source>
        <translation>Просрочено: %1. На этой неделе: %2.</translation>
    </message>
    <message>
        <source>Overdue: %1. Due within 3 working days: %2.</source>
        <translation>Просрочено: %1. В ближайшие 3 рабочих дня: %2.</translation>
    </message>
    <message>
        <source>Overdue: %1. Other open tasks: %2.</source>
        <translation>Просрочено: %1. Другие невыполненные поручения: %2.</translation>
    </message>
    <message>
        <source>Not read yet: %2.</source>
        <translation>Не прочитано: %2.</translation>
    </message>
    <message>
        <source>Term ended, to remove or extend: %1.</source>
        <translation>Срок истёк, снять или продлить: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n are shown.</source>
        <translation>
            <numerusform>Показаны первые %n.</numerusform>
            <numerusform>Показаны первые %n.</numerusform>
            <numerusform>Показаны первые %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No home check is overdue or due this week. People are put on the register, and their checks recorded, on the Register page.</source>
        <translation>Просроченных проверок и проверок на этой неделе нет. Поставить человека на учёт и записать проверку можно на странице «Профилактический учёт».</translation>
    </message>
    <message>
        <source>No appeal is overdue or due within 3 working days. To register a new appeal, open the Appeals page and press Ctrl+N.</source>
        <translation>Просроченных обращений и обращений со сроком в ближайшие 3 рабочих дня нет. Чтобы зарегистрировать новое обращение, откройте страницу «Обращения» и нажмите Ctrl+N.</translation>
    </message>
    <message>
        <source>No proposal of residents is overdue or due this week. Questions raised at meetings and receptions are tracked on the Meetings and proposals page.</source>
        <translation>Нет просроченных предложений жителей и предложений со сроком на этой неделе. Вопросы со встреч и приёмов отслеживаются на странице «Встречи и предложения».</translation>
    </message>
    <message>
        <source>No open tasks. Tasks from the chief arrive with sync packages.</source>
        <translation>Невыполненных поручений нет. Поручения начальника приходят с пакетами синхронизации.</translation>
    </message>
    <message>
        <source>No open tasks. To give an inspector a task, open Notices and tasks and press Ctrl+T.</source>
        <translation>Невыполненных поручений нет. Чтобы дать поручение инспектору, откройте страницу «Ориентировки и поручения» и нажмите Ctrl+T.</translation>
    </message>
    <message>
        <source>No unread wanted notices. New notices arrive with sync packages; the Notices and tasks page lists them all.</source>
        <translation>Непрочитанных ориентировок нет. Новые ориентировки приходят с пакетами синхронизации; все они перечислены на странице «Ориентировки и поручения».</translation>
    </message>
    <message>
        <source>No unread wanted notices. To write one, open Notices and tasks and press Ctrl+N.</source>
        <translation>Непрочитанных ориентировок нет. Чтобы составить ориентировку, откройте страницу «Ориентировки и поручения» и нажмите Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>TypingGuard</name>
    <message>
        <source>What you typed here is not saved yet. Save it?</source>
        <translation>Введённое здесь ещё не сохранено. Сохранить?</translation>
    </message>
</context>
<context>
    <name>UnavailablePanel</name>
    <message>
        <source>This page is not available</source>
        <translation>Эта страница недоступна</translation>
    </message>
    <message>
        <source>The page “%1” is not part of this version of the application yet. The other pages work as usual.</source>
        <translation>Страницы «%1» пока нет в этой версии приложения. Остальные страницы работают как обычно.</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>The first user</source>
        <translation>Первый пользователь</translation>
    </message>
    <message>
        <source>This user looks after the database: signs in first and adds the other users.</source>
        <translation>Этот пользователь отвечает за базу данных: входит первым и добавляет остальных пользователей.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>for example ivanov</source>
        <translation>например, ivanov</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>Повторите паро&amp;ль</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>At least 8 characters that no one can guess: the database holds personal data. The password cannot be read back from the database; if it is forgotten, only the recovery key shown at the end opens the database again.</source>
        <translation>Не менее 8 символов, которые никто не угадает: в базе данных хранятся персональные данные. Узнать пароль из базы данных нельзя; если он будет забыт, открыть базу данных снова поможет только ключ восстановления, который будет показан в конце.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Вход разрешён</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>District inspector</source>
        <translation>Участковый инспектор</translation>
    </message>
    <message>
        <source>Assistant district inspector</source>
        <translation>Помощник участкового инспектора</translation>
    </message>
    <message>
        <source>Chief of the district inspectors</source>
        <translation>Начальник службы участковых инспекторов</translation>
    </message>
    <message>
        <source>Headquarters analyst</source>
        <translation>Аналитик управления</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
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
        <translation>Не прочитано</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Срок продлён</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Направлено по подведомственности</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Рассмотрено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Аннулировано</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Принято к исполнению</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Детский сад</translation>
    </message>
    <message>
        <source>Medical post or clinic</source>
        <translation>Медицинский пункт или поликлиника</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Café or canteen</source>
        <translation>Кафе или столовая</translation>
    </message>
    <message>
        <source>Place of worship</source>
        <translation>Культовое сооружение</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Фермерское хозяйство</translation>
    </message>
    <message>
        <source>Fuel station</source>
        <translation>АЗС</translation>
    </message>
    <message>
        <source>Local administration</source>
        <translation>Местная администрация</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>KUP/ERPP number</source>
        <translation>Номер КУП/ЕРПП</translation>
    </message>
    <message>
        <source>KUI/ERDR number</source>
        <translation>Номер КУИ/ЕРДР</translation>
    </message>
    <message>
        <source>Term ended: remove or extend</source>
        <translation>Срок истёк: снять или продлить</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Срок через %n день</numerusform>
            <numerusform>Срок через %n дня</numerusform>
            <numerusform>Срок через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Просрочено на %n рабочий день</numerusform>
            <numerusform>Просрочено на %n рабочих дня</numerusform>
            <numerusform>Просрочено на %n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline today</source>
        <translation>Срок истекает сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>Остался %n рабочий день</numerusform>
            <numerusform>Осталось %n рабочих дня</numerusform>
            <numerusform>Осталось %n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>Рассмотрено %1</translation>
    </message>
    <message>
        <source>Forwarded %1</source>
        <translation>Направлено %1</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>Аннулировано %1</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>Прочитано %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Срок действия истёк</translation>
    </message>
    <message>
        <source>Type the date as DD.MM.YYYY.</source>
        <translation>Введите дату в виде ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <source>The date is later than %1.</source>
        <translation>Дата позже %1.</translation>
    </message>
    <message>
        <source>The date is earlier than %1.</source>
        <translation>Дата раньше %1.</translation>
    </message>
</context>
</TS>
