<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>HelpScreen</name>
        <message>
            <source>Phone %1</source>
            <translation>Телефон %1</translation>
        </message>
        <message>
            <source>Scan with your phone to open the web page</source>
            <translation>Наведите камеру телефона на код, чтобы открыть сайт</translation>
        </message>
        <message>
            <source>What do you need help with?</source>
            <translation>С чем вам нужна помощь?</translation>
        </message>
        <message>
            <source>My own device</source>
            <translation>Моё собственное устройство</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Your first name (you can skip this)</source>
            <translation>Ваше имя (можно пропустить)</translation>
        </message>
        <message>
            <source>The helper calls you by this name. It is deleted when you have been helped.</source>
            <translation>Помощник позовёт вас по этому имени. Имя удаляется, когда вам помогли.</translation>
        </message>
        <message>
            <source>Your first name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <source>Your number is %1</source>
            <translation>Ваш номер %1</translation>
        </message>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>Ваша очередь: %1 идёт к вам</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>Ваша очередь: помощник идёт к вам</translation>
        </message>
        <message>
            <source>You can keep using the computer. Your number stays in the bar at the top.</source>
            <translation>Вы можете продолжать пользоваться компьютером. Ваш номер виден в полосе вверху.</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Продолжить работу</translation>
        </message>
        <message>
            <source>Cancel my request</source>
            <translation>Отменить мою просьбу</translation>
        </message>
        <message>
            <source>There is no helper here right now</source>
            <translation>Сейчас здесь нет помощника</translation>
        </message>
        <message>
            <source>You can also get help here:</source>
            <translation>Помощь можно получить и здесь:</translation>
        </message>
        <message>
            <source>Leave a request for the next helper hours</source>
            <translation>Оставить просьбу на следующие часы помощи</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Попросить помощи</translation>
        </message>
    </context>
    <context>
        <name>HelpStatusButton</name>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>Ваша очередь: %1 идёт к вам</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>Ваша очередь: помощник идёт к вам</translation>
        </message>
        <message>
            <source>Help: number %1</source>
            <translation>Помощь: номер %1</translation>
        </message>
        <message>
            <source>place %1</source>
            <translation>место %1</translation>
        </message>
    </context>
    <context>
        <name>HelpTexts</name>
        <message>
            <source>Monday</source>
            <translation>в понедельник</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>во вторник</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>в среду</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>в четверг</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>в пятницу</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>в субботу</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>в воскресенье</translation>
        </message>
        <message>
            <source>Help is here now (%1 until %2)</source>
            <translation>Помощь здесь сейчас (%1 до %2)</translation>
        </message>
        <message>
            <source>Help is here now</source>
            <translation>Помощь здесь сейчас</translation>
        </message>
        <message>
            <source>Help today %1</source>
            <translation>Помощь сегодня %1</translation>
        </message>
        <message>
            <source>Next help: %1 %2</source>
            <translation>Следующая помощь: %1 %2</translation>
        </message>
        <message>
            <source>No helper hours are planned at the moment.</source>
            <translation>Часы помощи сейчас не запланированы.</translation>
        </message>
        <message>
            <source>No helper is here right now.</source>
            <translation>Сейчас здесь нет помощника.</translation>
        </message>
        <message>
            <source>A helper will come to you soon.</source>
            <translation>Помощник скоро подойдёт к вам.</translation>
        </message>
        <message>
            <source>Waiting time about %1-%2 minutes.</source>
            <translation>Ожидание примерно %1-%2 минут.</translation>
        </message>
        <message>
            <source>You are next in line.</source>
            <translation>Вы следующий в очереди.</translation>
        </message>
        <message>
            <source>Your place in line: %1</source>
            <translation>Ваше место в очереди: %1</translation>
        </message>
    </context>
    <context>
        <name>HelperView</name>
        <message>
            <source>Helper PIN</source>
            <translation>PIN-код помощника</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 мин</translation>
        </message>
        <message>
            <source>Help queue</source>
            <translation>Очередь за помощью</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>Никто не ждёт.</translation>
        </message>
        <message>
            <source>Not here</source>
            <translation>Не пришёл</translation>
        </message>
        <message>
            <source>Today: %1 helped · waited about %2 · help took about %3 · %4 waiting</source>
            <translation>Сегодня: помогли %1 · ждали около %2 · помощь заняла около %3 · ждут %4</translation>
        </message>
        <message>
            <source>Today: no one helped yet · %1 waiting</source>
            <translation>Сегодня: пока никому не помогли · ждут %1</translation>
        </message>
        <message>
            <source>Today: %1 helped · %2 waiting</source>
            <translation>Сегодня: помогли %1 · ждут %2</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Позвать</translation>
        </message>
        <message>
            <source>Call the chosen person, or the next one waiting</source>
            <translation>Позвать выбранного человека или следующего в очереди</translation>
        </message>
        <message>
            <source>Close request</source>
            <translation>Закрыть просьбу</translation>
        </message>
        <message>
            <source>End shift</source>
            <translation>Закончить смену</translation>
        </message>
        <message>
            <source>Start shift</source>
            <translation>Начать смену</translation>
        </message>
        <message>
            <source>You are on shift: tap to end your shift</source>
            <translation>Вы на смене: нажмите, чтобы закончить смену</translation>
        </message>
        <message>
            <source>You are not on shift: tap to start your shift</source>
            <translation>Вы не на смене: нажмите, чтобы начать смену</translation>
        </message>
        <message>
            <source>Close helper view</source>
            <translation>Закрыть окно помощника</translation>
        </message>
        <message>
            <source>How did it end?</source>
            <translation>Чем закончилось?</translation>
        </message>
        <message>
            <source>Number %1: confirm the topic, then tap how it ended</source>
            <translation>Номер %1: подтвердите тему, затем нажмите, чем закончилось</translation>
        </message>
        <message>
            <source>Solved</source>
            <translation>Решено</translation>
        </message>
        <message>
            <source>Referred to the authority</source>
            <translation>Направлен в ведомство</translation>
        </message>
        <message>
            <source>Referred to the bank</source>
            <translation>Направлен в банк</translation>
        </message>
        <message>
            <source>Needs an appointment</source>
            <translation>Нужна запись на приём</translation>
        </message>
        <message>
            <source>Not solved</source>
            <translation>Не решено</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>For helpers</source>
            <translation>Для помощников</translation>
        </message>
        <message>
            <source>Helper</source>
            <translation>Помощник</translation>
        </message>
        <message>
            <source>%1 was already called by %2</source>
            <translation>Номер %1 уже вызван: %2</translation>
        </message>
        <message>
            <source>Only this terminal's queue is shown: the shared list cannot be reached. %1</source>
            <translation>Показана только очередь этого компьютера: общий список недоступен. %1</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>%1 min</source>
            <translation>%1 мин</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>ждёт</translation>
        </message>
        <message>
            <source>called</source>
            <translation>вызван</translation>
        </message>
        <message>
            <source>being helped</source>
            <translation>получает помощь</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>terminal offline</source>
            <translation>компьютер не в сети</translation>
        </message>
        <message>
            <source>%1, step %2</source>
            <translation>%1, шаг %2</translation>
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
            <translation>Ждал</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Компьютер</translation>
        </message>
        <message>
            <source>Doing now</source>
            <translation>Сейчас делает</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
    </context>
</TS>
