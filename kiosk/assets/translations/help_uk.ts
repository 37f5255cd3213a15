<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>HelpScreen</name>
        <message>
            <source>Phone %1</source>
            <translation>Телефон %1</translation>
        </message>
        <message>
            <source>Scan with your phone to open the web page</source>
            <translation>Наведіть камеру телефона на код, щоб відкрити сайт</translation>
        </message>
        <message>
            <source>What do you need help with?</source>
            <translation>З чим вам потрібна допомога?</translation>
        </message>
        <message>
            <source>My own device</source>
            <translation>Мій власний пристрій</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Інше</translation>
        </message>
        <message>
            <source>Your first name (you can skip this)</source>
            <translation>Ваше ім'я (можна пропустити)</translation>
        </message>
        <message>
            <source>The helper calls you by this name. It is deleted when you have been helped.</source>
            <translation>Помічник покличе вас на це ім'я. Ім'я видаляється, коли вам допомогли.</translation>
        </message>
        <message>
            <source>Your first name</source>
            <translation>Ваше ім'я</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Пропустити</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Продовжити</translation>
        </message>
        <message>
            <source>Your number is %1</source>
            <translation>Ваш номер %1</translation>
        </message>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>Ваша черга: %1 іде до вас</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>Ваша черга: помічник іде до вас</translation>
        </message>
        <message>
            <source>You can keep using the computer. Your number stays in the bar at the top.</source>
            <translation>Ви можете далі користуватися комп'ютером. Ваш номер видно в смузі вгорі.</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Продовжити роботу</translation>
        </message>
        <message>
            <source>Cancel my request</source>
            <translation>Скасувати моє прохання</translation>
        </message>
        <message>
            <source>There is no helper here right now</source>
            <translation>Зараз тут немає помічника</translation>
        </message>
        <message>
            <source>You can also get help here:</source>
            <translation>Допомогу можна отримати й тут:</translation>
        </message>
        <message>
            <source>Leave a request for the next helper hours</source>
            <translation>Залишити прохання на наступні години допомоги</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Попросити допомоги</translation>
        </message>
    </context>
    <context>
        <name>HelpStatusButton</name>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>Ваша черга: %1 іде до вас</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>Ваша черга: помічник іде до вас</translation>
        </message>
        <message>
            <source>Help: number %1</source>
            <translation>Допомога: номер %1</translation>
        </message>
        <message>
            <source>place %1</source>
            <translation>місце %1</translation>
        </message>
    </context>
    <context>
        <name>HelpTexts</name>
        <message>
            <source>Monday</source>
            <translation>у понеділок</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>у вівторок</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>у середу</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>у четвер</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>у п'ятницю</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>у суботу</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>у неділю</translation>
        </message>
        <message>
            <source>Help is here now (%1 until %2)</source>
            <translation>Допомога тут зараз (%1 до %2)</translation>
        </message>
        <message>
            <source>Help is here now</source>
            <translation>Допомога тут зараз</translation>
        </message>
        <message>
            <source>Help today %1</source>
            <translation>Допомога сьогодні %1</translation>
        </message>
        <message>
            <source>Next help: %1 %2</source>
            <translation>Наступна допомога: %1 %2</translation>
        </message>
        <message>
            <source>No helper hours are planned at the moment.</source>
            <translation>Години допомоги зараз не заплановано.</translation>
        </message>
        <message>
            <source>No helper is here right now.</source>
            <translation>Зараз тут немає помічника.</translation>
        </message>
        <message>
            <source>A helper will come to you soon.</source>
            <translation>Помічник скоро підійде до вас.</translation>
        </message>
        <message>
            <source>Waiting time about %1-%2 minutes.</source>
            <translation>Очікування приблизно %1-%2 хвилин.</translation>
        </message>
        <message>
            <source>You are next in line.</source>
            <translation>Ви наступні в черзі.</translation>
        </message>
        <message>
            <source>Your place in line: %1</source>
            <translation>Ваше місце в черзі: %1</translation>
        </message>
    </context>
    <context>
        <name>HelperView</name>
        <message>
            <source>Helper PIN</source>
            <translation>PIN-код помічника</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 хв</translation>
        </message>
        <message>
            <source>Help queue</source>
            <translation>Черга за допомогою</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>Ніхто не чекає.</translation>
        </message>
        <message>
            <source>Not here</source>
            <translation>Не прийшов</translation>
        </message>
        <message>
            <source>Today: %1 helped · waited about %2 · help took about %3 · %4 waiting</source>
            <translation>Сьогодні: допомогли %1 · чекали близько %2 · допомога тривала близько %3 · чекають %4</translation>
        </message>
        <message>
            <source>Today: no one helped yet · %1 waiting</source>
            <translation>Сьогодні: поки що нікому не допомогли · чекають %1</translation>
        </message>
        <message>
            <source>Today: %1 helped · %2 waiting</source>
            <translation>Сьогодні: допомогли %1 · чекають %2</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Покликати</translation>
        </message>
        <message>
            <source>Call the chosen person, or the next one waiting</source>
            <translation>Покликати вибрану людину або наступну в черзі</translation>
        </message>
        <message>
            <source>Close request</source>
            <translation>Закрити прохання</translation>
        </message>
        <message>
            <source>End shift</source>
            <translation>Завершити зміну</translation>
        </message>
        <message>
            <source>Start shift</source>
            <translation>Почати зміну</translation>
        </message>
        <message>
            <source>You are on shift: tap to end your shift</source>
            <translation>Ви на зміні: натисніть, щоб завершити зміну</translation>
        </message>
        <message>
            <source>You are not on shift: tap to start your shift</source>
            <translation>Ви не на зміні: натисніть, щоб почати зміну</translation>
        </message>
        <message>
            <source>Close helper view</source>
            <translation>Закрити вікно помічника</translation>
        </message>
        <message>
            <source>How did it end?</source>
            <translation>Чим закінчилося?</translation>
        </message>
        <message>
            <source>Number %1: confirm the topic, then tap how it ended</source>
            <translation>Номер %1: підтвердьте тему, потім натисніть, чим закінчилося</translation>
        </message>
        <message>
            <source>Solved</source>
            <translation>Вирішено</translation>
        </message>
        <message>
            <source>Referred to the authority</source>
            <translation>Направлено до установи</translation>
        </message>
        <message>
            <source>Referred to the bank</source>
            <translation>Направлено до банку</translation>
        </message>
        <message>
            <source>Needs an appointment</source>
            <translation>Потрібен запис на прийом</translation>
        </message>
        <message>
            <source>Not solved</source>
            <translation>Не вирішено</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>For helpers</source>
            <translation>Для помічників</translation>
        </message>
        <message>
            <source>Helper</source>
            <translation>Помічник</translation>
        </message>
        <message>
            <source>%1 was already called by %2</source>
            <translation>Номер %1 уже покликано: %2</translation>
        </message>
        <message>
            <source>Only this terminal's queue is shown: the shared list cannot be reached. %1</source>
            <translation>Показано лише чергу цього комп'ютера: спільний список недоступний. %1</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>%1 min</source>
            <translation>%1 хв</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>чекає</translation>
        </message>
        <message>
            <source>called</source>
            <translation>покликано</translation>
        </message>
        <message>
            <source>being helped</source>
            <translation>отримує допомогу</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>terminal offline</source>
            <translation>комп'ютер не в мережі</translation>
        </message>
        <message>
            <source>%1, step %2</source>
            <translation>%1, крок %2</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Чекав</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Ім'я</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Комп'ютер</translation>
        </message>
        <message>
            <source>Doing now</source>
            <translation>Зараз робить</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Стан</translation>
        </message>
    </context>
</TS>
