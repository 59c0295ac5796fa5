<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>GeorefDialog</name>
    <message>
        <location filename="../app/desktop/georef/gcpcommands.cpp" line="+11"/>
        <source>add point %1</source>
        <translation>добавление точки %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>delete point %1</source>
        <translation>удаление точки %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../gis/time/calendar.cpp" line="+90"/>
        <source>O.S.</source>
        <translation>ст. ст.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N.S.</source>
        <translation>н. ст.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>month %1 does not exist</source>
        <translation>месяца %1 не существует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-%2 has no day %3 in the %4 calendar</source>
        <translation>в календаре %4 в месяце %1-%2 нет дня %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Feb 1918 did not exist in Russia: 31 Jan 1918 (O.S.) was followed by 14 Feb 1918 (N.S.)</source>
        <translation>%1 февраля 1918 года в России не было: за 31 января 1918 (ст. ст.) последовало 14 февраля 1918 (н. ст.)</translation>
    </message>
    <message>
        <location filename="../gis/io/coordinatetransform.cpp" line="+14"/>
        <source>cannot transform coordinates: CRS is not set</source>
        <translation>не удаётся преобразовать координаты: система координат (CRS) не задана</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no transformation from %1 to %2</source>
        <translation>нет преобразования из %1 в %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot normalise axis order from %1 to %2</source>
        <translation>не удаётся привести порядок осей из %1 к %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot transform point (%1, %2) from %3 to %4</source>
        <translation>не удаётся преобразовать точку (%1, %2) из %3 в %4</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>identity</source>
        <translation>тождественное преобразование</translation>
    </message>
    <message>
        <location filename="../gis/io/crs.cpp" line="+14"/>
        <source>empty CRS definition</source>
        <translation>пустое определение CRS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRS definition may not reference files or URLs: %1</source>
        <translation>определение CRS не может ссылаться на файлы или URL: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown or invalid CRS &quot;%1&quot;</source>
        <translation>неизвестная или недопустимая CRS «%1»</translation>
    </message>
    <message>
        <location filename="../gis/georef/gcpfile.cpp" line="+27"/>
        <location filename="../gis/io/rasterreader.cpp" line="+82"/>
        <location filename="../gis/io/vectorreader.cpp" line="+89"/>
        <location filename="../gis/package/csvtable.cpp" line="+14"/>
        <location filename="../gis/package/packagearchive.cpp" line="+219"/>
        <source>file not found</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB is too large for a file of control points</source>
        <translation>%1 МБ — слишком большой размер для файла опорных точек</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="+93"/>
        <source>cannot read (%1)</source>
        <translation>не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>PROJ does not know the CRS of the map coordinates</source>
        <translation>PROJ не знает CRS координат карты</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a point needs mapX, mapY, sourceX and sourceY; this line has %1 field(s)</source>
        <translation>для точки нужны mapX, mapY, sourceX и sourceY; в этой строке полей: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a number: &quot;%2&quot;</source>
        <translation>%1 не является числом: «%2»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>enable is 1 or 0, not &quot;%1&quot;</source>
        <translation>enable должно быть 1 или 0, а не «%1»</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the header lacks the column(s) %1 (expected id,pixel,line,map_x,map_y,enabled,crs)</source>
        <translation>в заголовке нет столбцов: %1 (ожидаются id,pixel,line,map_x,map_y,enabled,crs)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point %1: %2 is not a number: &quot;%3&quot;</source>
        <translation>точка %1: %2 не является числом: «%3»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>point %1: enabled is 1 or 0, not &quot;%2&quot;</source>
        <translation>точка %1: enabled должно быть 1 или 0, а не «%2»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point %1: every point must be in the same CRS (this one says %2, the first said %3)</source>
        <translation>точка %1: все точки должны быть в одной CRS (у этой — %2, у первой — %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty file: expected the header id,pixel,line,map_x,map_y,enabled,crs</source>
        <translation>пустой файл: ожидается заголовок id,pixel,line,map_x,map_y,enabled,crs</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <location line="+3"/>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="+46"/>
        <location line="+3"/>
        <source>cannot write (%1)</source>
        <translation>не удаётся записать (%1)</translation>
    </message>
    <message>
        <location filename="../gis/package/csvtable.cpp" line="+2"/>
        <source>file is %1 MB; at most %2 MB is allowed</source>
        <translation>размер файла %1 МБ; допускается не более %2 МБ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../gis/package/edit/editabletable.cpp" line="+26"/>
        <location filename="../gis/package/import/importtable.cpp" line="+31"/>
        <location filename="../gis/package/import/tablemerge.cpp" line="+33"/>
        <location filename="../gis/package/packagemanifest.cpp" line="+333"/>
        <source>cannot read file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>quoted field is never closed where it should be (this row is skipped; the rows after it are read)</source>
        <translation>поле в кавычках не закрыто там, где должно (эта строка пропущена; следующие строки прочитаны)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>quoted field is never closed (this row is skipped; the rows after it are read)</source>
        <translation>поле в кавычках не закрыто (эта строка пропущена; следующие строки прочитаны)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>file is not UTF-8 text (save the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>файл не является текстом в UTF-8 (сохраните таблицу как &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the columns are separated by semicolons: save the spreadsheet as CSV with commas (&quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>столбцы разделены точкой с запятой: сохраните таблицу как CSV с запятыми (&quot;CSV UTF-8 (comma delimited)&quot;)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>quote inside an unquoted field: put the whole field in quotes and double the inner quotes</source>
        <translation>кавычка внутри поля без кавычек: заключите всё поле в кавычки и удвойте внутренние кавычки</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>text after the closing quote of a field</source>
        <translation>текст после закрывающей кавычки поля</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>file is empty: a header row is required</source>
        <translation>файл пуст: нужна строка заголовка</translation>
    </message>
    <message>
        <location filename="../gis/package/datasetpackage.cpp" line="+34"/>
        <source>layer &quot;%1&quot;: %2</source>
        <translation>слой «%1»: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>attribute &quot;%1&quot; named in manifest.json is not in the layer (it has: %2)</source>
        <translation>атрибута «%1», указанного в manifest.json, нет в слое (в нём есть: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feature has no id in &quot;%1&quot;</source>
        <translation>у объекта нет id в «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id is used by more than one feature</source>
        <translation>id используется более чем одним объектом</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>period map &quot;%1&quot;: %2</source>
        <translation>историческая карта «%1»: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>package folder not found</source>
        <translation>папка пакета не найдена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a symbolic link to a file outside the package folder: copy the file into the package instead</source>
        <translation>символическая ссылка на файл вне папки пакета: скопируйте файл в пакет</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>loading cancelled</source>
        <translation>загрузка отменена</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>file not found: every package states its data&apos;s licences and attributions</source>
        <translation>файл не найден: каждый пакет указывает лицензии и авторство своих данных</translation>
    </message>
    <message>
        <location filename="../gis/time/dateinterval.cpp" line="+33"/>
        <source>start: %1</source>
        <translation>начало: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>end: %1</source>
        <translation>конец: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>end %1 is before start %2</source>
        <translation>конец %1 раньше начала %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a date is required</source>
        <translation>требуется дата</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; has no date at either end: write START/END, with .. for an open end or nothing for an unknown one (1917-03/.., 1917-03/)</source>
        <translation>у «%1» нет даты ни на одном конце: пишите НАЧАЛО/КОНЕЦ, с .. для открытого конца или ничего для неизвестного (1917-03/.., 1917-03/)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>before</source>
        <translation>ранее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown start</source>
        <translation>начало неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onwards</source>
        <translation>далее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown end</source>
        <translation>конец неизвестен</translation>
    </message>
    <message>
        <location filename="../gis/package/import/rowconversion.cpp" line="+75"/>
        <source>no layer column and no --layer: each feature was looked for in every feature layer (%1)</source>
        <translation>нет столбца layer и нет --layer: каждый объект искали во всех слоях объектов (%1)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>source &quot;%1&quot; is not in sources.csv; if this column holds citations, give --source-pattern to find the ids in them (as &quot;\[(\w+)\]&quot; for &quot;Smith 1990 [smith1990]&quot;)</source>
        <translation>источника «%1» нет в sources.csv; если в этом столбце ссылки на литературу, укажите --source-pattern, чтобы найти в них id (например, &quot;\[(\w+)\]&quot; для &quot;Smith 1990 [smith1990]&quot;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>source &quot;%1&quot; is not in sources.csv and the cell gives no citation for it: import the sources first (--sources FILE) or write the citation before the id</source>
        <translation>источника «%1» нет в sources.csv, и в ячейке нет его библиографической ссылки: сначала импортируйте источники (--sources ФАЙЛ) или напишите ссылку перед id</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>role &quot;%1&quot;: write control for de facto power, claim for de jure title</source>
        <translation>роль «%1»: пишите control для власти де-факто, claim для права де-юре</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>event &quot;%1&quot; is already in events.csv or earlier in this file</source>
        <translation>событие «%1» уже есть в events.csv или выше в этом файле</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>source &quot;%1&quot; is listed twice in this file</source>
        <translation>источник «%1» указан в этом файле дважды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source &quot;%1&quot; is already in sources.csv with another citation (&quot;%2&quot;)</source>
        <translation>источник «%1» уже есть в sources.csv с другой ссылкой («%2»)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n feature name(s) matched to ids: %1</source>
        <translation>
            <numerusform>%n название объекта сопоставлено с id: %1</numerusform>
            <numerusform>%n названия объектов сопоставлены с id: %1</numerusform>
            <numerusform>%n названий объектов сопоставлено с id: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n authority name(s) matched to ids: %1</source>
        <translation>
            <numerusform>%n название органа власти сопоставлено с id: %1</numerusform>
            <numerusform>%n названия органов власти сопоставлены с id: %1</numerusform>
            <numerusform>%n названий органов власти сопоставлено с id: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n date(s) rewritten as year-month-day (--dates)</source>
        <translation>
            <numerusform>%n дата переписана в формате год-месяц-день (--dates)</numerusform>
            <numerusform>%n даты переписаны в формате год-месяц-день (--dates)</numerusform>
            <numerusform>%n дат переписано в формате год-месяц-день (--dates)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n id(s) made from the rows&apos; %1</source>
        <translation>
            <numerusform>%n id создан из %1 строк</numerusform>
            <numerusform>%n id созданы из %1 строк</numerusform>
            <numerusform>%n id создано из %1 строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>titles</source>
        <translation>заголовков</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>citations</source>
        <translation>библиографических ссылок</translation>
    </message>
    <message>
        <location filename="../gis/time/historicaldate.cpp" line="+132"/>
        <source>%1 (month and day unknown)</source>
        <translation>%1 (месяц и день неизвестны)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (month unknown)</source>
        <translation>%1 (месяц неизвестен)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spring %1</source>
        <translation>весна %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summer %1</source>
        <translation>лето %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autumn %1</source>
        <translation>осень %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winter %1–%2</source>
        <translation>зима %1–%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (day unknown)</source>
        <translation>%1 (день неизвестен)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>c. %1</source>
        <translation>ок. %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 BC</source>
        <translation>%1 до н. э.</translation>
    </message>
    <message>
        <location filename="../gis/package/packagefolder.cpp" line="+36"/>
        <source>no file named</source>
        <translation>имя файла не указано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: network, virtual and driver-prefixed paths are not allowed in a package</source>
        <translation>«%1»: сетевые, виртуальные пути и пути с префиксом драйвера в пакете недопустимы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: paths must be relative to the package folder</source>
        <translation>«%1»: пути должны быть относительными к папке пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: paths may not leave the package folder</source>
        <translation>«%1»: пути не могут выходить за пределы папки пакета</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: file not found</source>
        <translation>«%1»: файл не найден</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: links to a file outside the package folder</source>
        <translation>«%1»: ссылается на файл вне папки пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: is not a file</source>
        <translation>«%1»: не является файлом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: file is %2 MB; at most %3 MB is allowed</source>
        <translation>«%1»: размер файла %2 МБ; допускается не более %3 МБ</translation>
    </message>
    <message>
        <location filename="../gis/package/packagemanifest.cpp" line="-296"/>
        <location line="+18"/>
        <location line="+68"/>
        <source>required field is missing</source>
        <translation>отсутствует обязательное поле</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+24"/>
        <source>must be text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an object of texts per language, e.g. {&quot;en&quot;: &quot;...&quot;}</source>
        <translation>должно быть объектом с текстами по языкам, например {&quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an English (&quot;en&quot;) text is required</source>
        <translation>требуется текст на английском (&quot;en&quot;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false (without quotes)</source>
        <translation>должно быть true или false (без кавычек)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>must be a list [...]</source>
        <translation>должно быть списком [...]</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: bloc &quot;%2&quot; is used by this authority alone; did you mean &quot;%3&quot; (used by %4)? Authorities of one bloc are one camp.</source>
        <translation>%1: лагерь «%2» использует только этот орган власти; может быть, имелся в виду «%3» (используется: %4)? Органы власти одного лагеря выступают как единое целое.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>at least one authority is required</source>
        <translation>требуется хотя бы один орган власти</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <location line="+58"/>
        <source>%1: must be an object</source>
        <translation>%1: должно быть объектом</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&quot;%1&quot; may contain only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>«%1» может содержать только буквы, цифры, &apos;_&apos;, &apos;-&apos; и &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority &quot;%1&quot; is defined twice</source>
        <translation>орган власти «%1» определён дважды</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a colour: write #rrggbb</source>
        <translation>«%1» не является цветом: пишите #rrggbb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a Wikidata id (Q followed by digits)</source>
        <translation>«%1» не является идентификатором Wikidata (Q и цифры)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>layer &quot;%1&quot; is defined twice</source>
        <translation>слой «%1» определён дважды</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a layer role: use &quot;features&quot; or &quot;context&quot;</source>
        <translation>«%1» не является ролью слоя: используйте &quot;features&quot; или &quot;context&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>context layers need a kind: %1</source>
        <translation>контекстным слоям нужен вид (kind): %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be an object: language -&gt; attribute</source>
        <translation>должно быть объектом: язык -&gt; атрибут</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one layer must have role &quot;features&quot;</source>
        <translation>хотя бы у одного слоя должна быть роль &quot;features&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+97"/>
        <source>required: {&quot;start&quot;: date, &quot;end&quot;: date}</source>
        <translation>требуется: {&quot;start&quot;: дата, &quot;end&quot;: дата}</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>must be a number from 0 to 1</source>
        <translation>должно быть числом от 0 до 1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>file not found: a package folder needs a manifest.json</source>
        <translation>файл не найден: в папке пакета должен быть manifest.json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file is %1 KB; a manifest may be at most %2 KB</source>
        <translation>размер файла %1 КБ; манифест может занимать не более %2 КБ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not valid JSON: %1</source>
        <translation>недопустимый JSON: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the manifest must be a JSON object {...}</source>
        <translation>манифест должен быть объектом JSON {...}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not supported; this version reads &quot;%2&quot;</source>
        <translation>«%1» не поддерживается; эта версия читает «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; may contain only lower-case letters, digits and &apos;-&apos;</source>
        <translation>«%1» может содержать только строчные буквы, цифры и &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a calendar: use gregorian, julian or julian-russia</source>
        <translation>«%1» не является календарём: используйте gregorian, julian или julian-russia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a calendar</source>
        <translation>«%1» не является календарём</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list of calendar names</source>
        <translation>должно быть списком названий календарей</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the period ends before it starts</source>
        <translation>период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lies outside the period</source>
        <translation>лежит вне периода</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+23"/>
        <source>missing column(s): %1 (the header must have: %2)</source>
        <translation>отсутствуют столбцы: %1 (в заголовке должны быть: %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>source &quot;%1&quot; is not in sources.csv</source>
        <translation>источника «%1» нет в sources.csv</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>source has no id</source>
        <translation>у источника нет id</translation>
    </message>
    <message>
        <location filename="../gis/package/import/citationpattern.cpp" line="+12"/>
        <source>--source-pattern &quot;%1&quot; is not a regular expression: %2 at character %3</source>
        <translation>--source-pattern «%1» не является регулярным выражением: %2 в символе %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--source-pattern &quot;%1&quot; has no group: put the source id in parentheses, as in &quot;\[(\w+)\]&quot; for &quot;Smith 1990 [smith1990]&quot;</source>
        <translation>в --source-pattern «%1» нет группы: заключите id источника в скобки, например &quot;\[(\w+)\]&quot; для &quot;Smith 1990 [smith1990]&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the source pattern matched &quot;%1&quot; but its id group is empty</source>
        <translation>шаблон источника совпал с «%1», но группа id пуста</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/package/packagetables.cpp" line="+4"/>
        <source>source id &quot;%1&quot; may not contain &apos;;&apos; or &apos;:&apos;</source>
        <translation>id источника «%1» не может содержать &apos;;&apos; или &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no source id found in &quot;%1&quot; with --source-pattern %2</source>
        <translation>в «%1» не найден id источника по --source-pattern %2</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+4"/>
        <source>source &quot;%1&quot; is listed twice</source>
        <translation>источник «%1» указан дважды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source &quot;%1&quot; has no citation</source>
        <translation>у источника «%1» нет библиографической ссылки</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>row has %1 fields; the header has %2</source>
        <translation>в строке полей: %1; в заголовке: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>feature &quot;%1&quot; is not in any feature layer</source>
        <translation>объекта «%1» нет ни в одном слое объектов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authority &quot;%1&quot; is not in the manifest</source>
        <translation>органа власти «%1» нет в манифесте</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>role &quot;%1&quot; is not one of %2</source>
        <translation>роль «%1» не входит в число допустимых: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>confidence &quot;%1&quot; is not high, medium, low or a number from 0 to 1</source>
        <translation>достоверность «%1» — не high, medium, low и не число от 0 до 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claim cites no source: every claim needs one</source>
        <translation>притязание не ссылается на источник: каждому притязанию нужен хотя бы один</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>share &quot;%1&quot; is not a number above 0 and at most 1 (the part of the feature this claim controls)</source>
        <translation>доля «%1» не является числом больше 0 и не больше 1 (частью объекта, которую контролирует это притязание)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>share is only for control claims (camps that each control a part of a divided feature), not %1</source>
        <translation>доля задаётся только для притязаний control (сторон, каждая из которых контролирует часть разделённого объекта), а не для %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 claim(s) are about layer &quot;%2&quot;, which could not be read (see its problem): left out until it is</source>
        <translation>притязаний, относящихся к слою «%2», который не удалось прочитать (см. описание проблемы): %1; они не учитываются, пока слой не будет исправлен</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>event has no id</source>
        <translation>у события нет id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event &quot;%1&quot; is listed twice</source>
        <translation>событие «%1» указано дважды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>date: %1</source>
        <translation>дата: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>event has no title</source>
        <translation>у события нет заголовка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feature &quot;%1&quot; is not in any feature layer (write layer/id)</source>
        <translation>объекта «%1» нет ни в одном слое объектов (пишите слой/id)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>event cites no source</source>
        <translation>событие не ссылается на источник</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 feature reference(s) of events are to layer &quot;%2&quot;, which could not be read (see its problem): left out until it is</source>
        <translation>ссылок событий на объекты слоя «%2», который не удалось прочитать (см. описание проблемы): %1; они не учитываются, пока слой не будет исправлен</translation>
    </message>
    <message>
        <location filename="../gis/io/rasterreader.cpp" line="-24"/>
        <source>raster is %1 x %2 pixels; at most %3 million pixels are allowed</source>
        <translation>растр %1 x %2 пикселей; допускается не более %3 млн пикселей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>raster is %1 x %2 pixels and has no overviews: add them inside the file (gdaladdo FILE) or save it as a Cloud Optimized GeoTIFF (gdal_translate -of COG)</source>
        <translation>растр %1 x %2 пикселей без обзорных уровней: добавьте их в файл (gdaladdo ФАЙЛ) или сохраните его как Cloud Optimized GeoTIFF (gdal_translate -of COG)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>raster is %1 MB; at most %2 MB is allowed</source>
        <translation>размер растра %1 МБ; допускается не более %2 МБ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot open as a raster</source>
        <translation>не удаётся открыть как растр</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>raster is not georeferenced (no geotransform, no ground control points)</source>
        <translation>растр не привязан (нет геотрансформации и опорных точек)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raster has no CRS</source>
        <translation>у растра нет CRS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>raster CRS not understood</source>
        <translation>CRS растра не распознана</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>raster warp needs a target CRS, extent and size</source>
        <translation>для трансформации растра нужны целевая CRS, охват и размер</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot expand the colour table</source>
        <translation>не удаётся развернуть цветовую таблицу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>raster has %1 bands; grey, RGB or RGBA is expected</source>
        <translation>в растре %1 каналов; ожидается градации серого, RGB или RGBA</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot warp raster to %1</source>
        <translation>не удаётся трансформировать растр в %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read warped pixels</source>
        <translation>не удаётся прочитать трансформированные пиксели</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="+67"/>
        <location filename="../gis/io/vectorreader.cpp" line="+10"/>
        <source>cannot open as a vector layer</source>
        <translation>не удаётся открыть как векторный слой</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorreader.cpp" line="+1"/>
        <source>cannot open as a vector layer in an allowed format (%1)</source>
        <translation>не удаётся открыть как векторный слой в допустимом формате (%1)</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="-33"/>
        <location filename="../gis/io/vectorreader.cpp" line="+10"/>
        <source>file holds no vector layer</source>
        <translation>в файле нет векторного слоя</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gis/io/vectorreader.cpp" line="+1"/>
        <source>no layer named &quot;%1&quot;</source>
        <translation>нет слоя с именем «%1»</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>feature %1: %2: %3</source>
        <translation>объект %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n geometry(ies) cannot be fixed, so no fixed copy is written: %1</source>
        <translation>
            <numerusform>%n геометрию не удаётся исправить, поэтому исправленная копия не записана: %1</numerusform>
            <numerusform>%n геометрии не удаётся исправить, поэтому исправленная копия не записана: %1</numerusform>
            <numerusform>%n геометрий не удаётся исправить, поэтому исправленная копия не записана: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot open the copy for writing</source>
        <translation>не удаётся открыть копию для записи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GDAL&apos;s %1 driver cannot rewrite a feature in place, so no fixed copy of this file can be written: save the layer as GeoJSON or GeoPackage (in QGIS: Export &gt; Save Features As), point the manifest at it and repair again</source>
        <translation>драйвер GDAL %1 не умеет перезаписывать объект на месте, поэтому исправленную копию этого файла записать нельзя: сохраните слой как GeoJSON или GeoPackage (в QGIS: Экспорт &gt; Сохранить объекты как), укажите его в манифесте и повторите исправление</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write the fixed geometry</source>
        <translation>не удаётся записать исправленную геометрию</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error while writing the fixed geometries</source>
        <translation>ошибка при записи исправленных геометрий</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorreader.cpp" line="+9"/>
        <source>layer &quot;%1&quot; is %2, not a plain table: a view runs its own query when read, so a package may not hold one</source>
        <translation>слой «%1» — %2, а не обычная таблица: представление выполняет собственный запрос при чтении, поэтому в пакете его быть не может</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the file&apos;s tables</source>
        <translation>не найден среди таблиц файла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a %1</source>
        <translation>объект типа %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>layer has %1 features; at most %2 are allowed</source>
        <translation>в слое %1 объектов; допускается не более %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>layer CRS not understood</source>
        <translation>CRS слоя не распознана</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>layer has no CRS, so it cannot be placed on the map (give one in the manifest&apos;s &quot;crs&quot; of this layer)</source>
        <translation>у слоя нет CRS, поэтому его нельзя поместить на карту (укажите её в поле &quot;crs&quot; этого слоя в манифесте)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading cancelled</source>
        <translation>чтение отменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer has more than %1 features</source>
        <translation>в слое более %1 объектов</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>feature has no geometry</source>
        <translation>у объекта нет геометрии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported geometry type %1</source>
        <translation>неподдерживаемый тип геометрии %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>some coordinates cannot be transformed to %1</source>
        <translation>некоторые координаты не удаётся преобразовать в %1</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="-44"/>
        <location filename="../gis/io/vectorreader.cpp" line="+6"/>
        <source>error while reading features</source>
        <translation>ошибка при чтении объектов</translation>
    </message>
    <message>
        <location filename="../app/desktop/georef/typedcoordinates.cpp" line="+34"/>
        <source>%1, %2 cannot be taken from %3 into the case study&apos;s CRS</source>
        <translation>%1, %2 не удаётся перевести из %3 в CRS исследования</translation>
    </message>
    <message>
        <location filename="../app/desktop/panels/eventspanel.cpp" line="+21"/>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <location filename="../gis/analysis/layerexport.cpp" line="+95"/>
        <source>%1: who held each feature on %2 (Dual Power Atlas)</source>
        <translation>%1: кто контролировал каждый объект на %2 (Атлас двоевластия)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: every claim with its start and end (Dual Power Atlas)</source>
        <translation>%1: все притязания с датами начала и конца (Атлас двоевластия)</translation>
    </message>
    <message>
        <location filename="../gis/analysis/linkedplaces.cpp" line="+83"/>
        <source>held de facto by</source>
        <translation>под контролем де-факто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claimed de jure by</source>
        <translation>притязание де-юре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fought over by</source>
        <translation>бои с участием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occupied by</source>
        <translation>оккупирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with forces present, not governing, of</source>
        <translation>присутствие сил без осуществления власти</translation>
    </message>
    <message>
        <location filename="../gis/analysis/qgisproject.cpp" line="+176"/>
        <source>cannot zip the QGIS project</source>
        <translation>не удаётся упаковать проект QGIS в zip</translation>
    </message>
    <message>
        <location filename="../gis/analysis/qgisstyle.cpp" line="+219"/>
        <source>no de facto holder</source>
        <translation>нет фактического владельца</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>The case study&apos;s colours and statuses</source>
        <translation>Цвета и статусы исследования</translation>
    </message>
    <message>
        <location filename="../gis/analysis/spatialfacts.cpp" line="+25"/>
        <source>too few points</source>
        <translation>слишком мало точек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong topological dimension</source>
        <translation>неверная топологическая размерность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spikes</source>
        <translation>выбросы (шипы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate points</source>
        <translation>повторяющиеся точки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ring not closed</source>
        <translation>кольцо не замкнуто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-intersection</source>
        <translation>самопересечение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong ring orientation</source>
        <translation>неверная ориентация кольца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hole outside its polygon</source>
        <translation>отверстие вне своего полигона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested holes</source>
        <translation>вложенные отверстия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected interior</source>
        <translation>несвязная внутренняя область</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlapping polygons</source>
        <translation>перекрывающиеся полигоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong corner order</source>
        <translation>неверный порядок углов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid coordinate</source>
        <translation>недопустимая координата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid geometry</source>
        <translation>недопустимая геометрия</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>its outline crosses itself%1</source>
        <translation>его контур пересекает сам себя%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two of its parts overlap%1</source>
        <translation>две его части перекрываются%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside its outline%1</source>
        <translation>отверстие лежит вне его контура%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies inside another hole%1</source>
        <translation>отверстие лежит внутри другого отверстия%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring has too few points to enclose an area%1</source>
        <translation>в кольце слишком мало точек, чтобы ограничить площадь%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its outline doubles back on itself (a spike)%1</source>
        <translation>его контур возвращается сам на себя (шип)%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; it is drawn but left out of areas, fronts and the dual-power index. Fix the outline there (dpatlas-cli repair writes a fixed copy; in QGIS: Vector &gt; Geometry Tools &gt; Check Validity, then Fix Geometries)</source>
        <translation>%1; объект рисуется, но не учитывается в площадях, линиях фронта и индексе двоевластия. Исправьте там контур (dpatlas-cli repair записывает исправленную копию; в QGIS: Вектор &gt; Геометрия &gt; Проверка геометрии, затем Исправить геометрии)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>ring not closed%1: closed for the analyses</source>
        <translation>кольцо не замкнуто%1: для анализа замкнуто</translation>
    </message>
    <message>
        <location filename="../gis/georef/georefmethod.cpp" line="+43"/>
        <source>Helmert (similarity)</source>
        <translation>Гельмерта (подобие)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affine (polynomial 1)</source>
        <translation>Аффинное (полином 1-й степени)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polynomial 2</source>
        <translation>Полином 2-й степени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polynomial 3</source>
        <translation>Полином 3-й степени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thin plate spline</source>
        <translation>Сплайн тонкой пластины</translation>
    </message>
    <message>
        <location filename="../gis/georef/georeftransform.cpp" line="+20"/>
        <source>point %1</source>
        <translation>точка %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 and %2 are on the same spot of the scan; delete or disable one</source>
        <translation>%1 и %2 находятся в одном и том же месте скана; удалите или отключите одну из них</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are on the same spot of the map; delete or disable one</source>
        <translation>%1 и %2 находятся в одном и том же месте карты; удалите или отключите одну из них</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 needs at least %2 enabled control points; there are %3</source>
        <translation>для преобразования «%1» нужно не менее %2 включённых опорных точек; сейчас их %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the enabled control points (%1) lie on one line on the %2, so %3 cannot tell how the scan stretches across it; add a point away from that line</source>
        <translation>включённые опорные точки (%1) лежат на одной прямой на %2, поэтому преобразование «%3» не может определить, как скан растягивается поперёк неё; добавьте точку в стороне от этой прямой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scan</source>
        <translation>скане</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>map</source>
        <translation>карте</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the control points do not determine a Helmert transformation</source>
        <translation>опорные точки не определяют преобразование Гельмерта</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the control points (%1) do not determine a %2: too many of them may lie on one line or curve</source>
        <translation>опорные точки (%1) не определяют преобразование «%2»: возможно, слишком многие из них лежат на одной прямой или кривой</translation>
    </message>
    <message>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="-43"/>
        <source>not valid JSON (%1); fix it before adding a period map</source>
        <translation>недопустимый JSON (%1); исправьте его, прежде чем добавлять историческую карту</translation>
    </message>
    <message>
        <location filename="../gis/georef/scanimage.cpp" line="+20"/>
        <location filename="../gis/georef/scanwarper.cpp" line="+52"/>
        <source>scan not found</source>
        <translation>скан не найден</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../gis/georef/scanwarper.cpp" line="+4"/>
        <location line="+38"/>
        <source>GDAL cannot read this file as an image</source>
        <translation>GDAL не может прочитать этот файл как изображение</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the scan&apos;s pixels</source>
        <translation>не удаётся прочитать пиксели скана</translation>
    </message>
    <message>
        <location filename="../gis/georef/scanwarper.cpp" line="-35"/>
        <source>the scan is %1 x %2 pixels; at most %3 million pixels can be georeferenced: scale it down or cut it into sheets</source>
        <translation>скан имеет размер %1 x %2 пикселей; привязать можно не более %3 млн пикселей: уменьшите его или разрежьте на листы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scan has %1 bands; grey, RGB or RGBA is expected</source>
        <translation>в скане %1 каналов; ожидается градации серого, RGB или RGBA</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>cannot attach the control points to the scan</source>
        <translation>не удаётся прикрепить опорные точки к скану</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the control points state no CRS for their map coordinates</source>
        <translation>для координат карты у опорных точек не указана CRS</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+89"/>
        <source>cannot warp the scan into %1</source>
        <translation>не удаётся трансформировать скан в %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>the warped map would be %1 x %2 pixels; at most %3 million are allowed (a transformation that bends far outside the points makes it huge: check the residuals, or scale the scan down)</source>
        <translation>трансформированная карта имела бы размер %1 x %2 пикселей; допускается не более %3 млн (преобразование, сильно искривляющееся за пределами точек, делает её огромной: проверьте невязки или уменьшите скан)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../layers/export/pictureexport.cpp" line="+49"/>
        <source>folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../gis/io/vectorwriter.cpp" line="+323"/>
        <source>cannot write in %1 (%2)</source>
        <translation>не удаётся записать в %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cancelled; nothing was written</source>
        <translation>отменено; ничего не записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>cannot write the warped map</source>
        <translation>не удаётся записать трансформированную карту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the warped map is %1 MB; a package&apos;s period map may be at most %2 MB: scale the scan down</source>
        <translation>размер трансформированной карты %1 МБ; историческая карта пакета может занимать не более %2 МБ: уменьшите скан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write to disk (full?)</source>
        <translation>не удаётся записать на диск (диск заполнен?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/io/vectorwriter.cpp" line="+60"/>
        <source>cannot move the finished file into place</source>
        <translation>не удаётся переместить готовый файл на место</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the preview needs a CRS, an extent and a size</source>
        <translation>для предпросмотра нужны CRS, охват и размер</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot read the warped pixels</source>
        <translation>не удаётся прочитать трансформированные пиксели</translation>
    </message>
    <message>
        <location filename="../gis/io/filelocation.cpp" line="+23"/>
        <source>near x %1, y %2 in the file&apos;s coordinates</source>
        <translation>около x %1, y %2 в координатах файла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>near longitude %1, latitude %2 in the file&apos;s CRS (%3)</source>
        <translation>около долготы %1, широты %2 в CRS файла (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near x %1, y %2 in the file&apos;s CRS (%3)</source>
        <translation>около x %1, y %2 в CRS файла (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, longitude %1, latitude %2</source>
        <translation>, долгота %1, широта %2</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryfix.cpp" line="+101"/>
        <source>GEOS finds it invalid: %1</source>
        <translation>GEOS считает геометрию недопустимой: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the areas of its crossing parts, which cancelled out as drawn, now add up</source>
        <translation>площади пересекающихся частей, которые в исходном рисунке взаимно вычитались, теперь складываются</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it encloses no area</source>
        <translation>контур не ограничивает никакой площади</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>area unchanged</source>
        <translation>площадь не изменилась</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>area changed by less than 0.1 %</source>
        <translation>площадь изменилась менее чем на 0,1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area changed by %1%2 %</source>
        <translation>площадь изменилась на %1%2 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ring closed (its first point repeated at its end)</source>
        <translation>кольцо замкнуто (его первая точка повторена в конце)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>split into %1 parts: %n hole(s) outside the outline became part(s) of their own (delete them in QGIS if they were not meant as land)</source>
        <translation>
            <numerusform>разделён на %1 частей: %n отверстие вне контура стало отдельной частью (удалите в QGIS, если это не задумывалось как суша)</numerusform>
            <numerusform>разделён на %1 частей: %n отверстия вне контура стали отдельными частями (удалите их в QGIS, если это не задумывалось как суша)</numerusform>
            <numerusform>разделён на %1 частей: %n отверстий вне контура стали отдельными частями (удалите их в QGIS, если это не задумывалось как суша)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>split into %1 parts</source>
        <translation>разделён на %1 частей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overlapping parts merged into %2</source>
        <translation>перекрывающиеся части (%1) объединены в %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hole(s) removed</source>
        <translation>
            <numerusform>удалено %n отверстие</numerusform>
            <numerusform>удалено %n отверстия</numerusform>
            <numerusform>удалено %n отверстий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hole(s) added</source>
        <translation>
            <numerusform>добавлено %n отверстие</numerusform>
            <numerusform>добавлено %n отверстия</numerusform>
            <numerusform>добавлено %n отверстий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a sliver of %n point(s) that enclosed no area removed</source>
        <translation>
            <numerusform>удалён узкий фрагмент из %n точки, не ограничивавший площади</numerusform>
            <numerusform>удалён узкий фрагмент из %n точек, не ограничивавший площади</numerusform>
            <numerusform>удалён узкий фрагмент из %n точек, не ограничивавший площади</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n piece(s) with no area (lines or points) dropped</source>
        <translation>
            <numerusform>отброшен %n фрагмент без площади (линии или точки)</numerusform>
            <numerusform>отброшено %n фрагмента без площади (линии или точки)</numerusform>
            <numerusform>отброшено %n фрагментов без площади (линии или точки)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a ring is not closed (its last point does not return to its first) %1</source>
        <translation>кольцо не замкнуто (его последняя точка не совпадает с первой) %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>GEOS finds it invalid</source>
        <translation>GEOS считает геометрию недопустимой</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GDAL&apos;s MakeValid could not fix it%1; redraw the outline there in QGIS</source>
        <translation>функция MakeValid из GDAL не смогла исправить геометрию%1; перерисуйте там контур в QGIS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing of it encloses an area once fixed; redraw the outline in QGIS</source>
        <translation>после исправления ни одна часть геометрии не ограничивает площади; перерисуйте контур в QGIS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GDAL&apos;s MakeValid gave a shape GEOS still finds invalid; redraw the outline there in QGIS</source>
        <translation>MakeValid из GDAL дала фигуру, которую GEOS всё ещё считает недопустимой; перерисуйте там контур в QGIS</translation>
    </message>
    <message>
        <location filename="../gis/io/osmxmlwriter.cpp" line="+154"/>
        <location line="+3"/>
        <source>cannot write: %1</source>
        <translation>не удаётся записать: %1</translation>
    </message>
    <message>
        <location filename="../gis/io/stagedfolder.cpp" line="+18"/>
        <source>%1: %2 exists and is not an empty folder</source>
        <translation>%1: %2 существует и не является пустой папкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: folder %2 does not exist</source>
        <translation>%1: папка %2 не существует</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot write in %2 (%3)</source>
        <translation>%1: не удаётся записать в %2 (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot move the finished folder into place</source>
        <translation>%1: не удаётся переместить готовую папку на место</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorwriter.cpp" line="-222"/>
        <source>a shapefile holds one kind of geometry, and %1 mixes areas, lines or points: export one layer at a time, or write a GeoPackage (.gpkg), which holds them all</source>
        <translation>shapefile содержит геометрию одного типа, а в %1 смешаны площади, линии или точки: экспортируйте по одному слою или запишите GeoPackage (.gpkg), который вмещает все типы</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot create layer %1</source>
        <translation>не удаётся создать слой %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot create field %1</source>
        <translation>не удаётся создать поле %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot write feature %1 of %2</source>
        <translation>не удаётся записать объект %1 из %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot finish writing</source>
        <translation>не удаётся завершить запись</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the written file does not read back (is the disk full?)</source>
        <translation>записанный файл не читается (диск заполнен?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the written file reads back with %1 of %2 features (is the disk full?)</source>
        <translation>записанный файл читается лишь с %1 из %2 объектов (диск заполнен?)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown format: name the file .gpkg, .geojson, .shp, .kml, .fgb or .csv</source>
        <translation>неизвестный формат: дайте файлу расширение .gpkg, .geojson, .shp, .kml, .fgb или .csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write: folder %1 does not exist</source>
        <translation>не удаётся записать: папка %1 не существует</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a shapefile set of this name is there already (%1); a set of files cannot be replaced in one step: delete it or choose another name</source>
        <translation>набор файлов shapefile с таким именем уже есть (%1); набор файлов нельзя заменить за один шаг: удалите его или выберите другое имя</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GDAL has no %1 driver</source>
        <translation>в GDAL нет драйвера %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a shapefile set of this name is there already; a set of files cannot be replaced in one step: delete it or choose another name</source>
        <translation>набор файлов shapefile с таким именем уже есть; набор файлов нельзя заменить за один шаг: удалите его или выберите другое имя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create file</source>
        <translation>не удаётся создать файл</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../layers/export/animationexport.cpp" line="+28"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error while writing</source>
        <translation>ошибка при записи</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write %1 to disk (full?)</source>
        <translation>не удаётся записать %1 на диск (диск заполнен?)</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/editabletable.cpp" line="-2"/>
        <source>the table is larger than %L1 bytes</source>
        <translation>таблица больше %L1 байт</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this row cannot be read (%1): mend it in a text editor first, so that saving the table loses nothing</source>
        <translation>эту строку не удаётся прочитать (%1): сначала исправьте её в текстовом редакторе, чтобы при сохранении таблицы ничего не потерялось</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/editabletables.cpp" line="+53"/>
        <source>cannot read the manifest</source>
        <translation>не удаётся прочитать манифест</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the table &quot;%2&quot; is outside the package</source>
        <translation>%1: таблица «%2» находится вне пакета</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot write the table to check it: %1</source>
        <translation>не удаётся записать таблицу для проверки: %1</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/tableautosave.cpp" line="+134"/>
        <source>cannot create the autosave folder</source>
        <translation>не удаётся создать папку автосохранения</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>cannot autosave: %1</source>
        <translation>не удаётся выполнить автосохранение: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the autosave cannot be read</source>
        <translation>автосохранение не читается</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the manifest no longer names this table</source>
        <translation>манифест больше не упоминает эту таблицу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the autosaved table</source>
        <translation>не удаётся прочитать автосохранённую таблицу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot move the autosave here</source>
        <translation>не удаётся переместить сюда автосохранение</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/tablesave.cpp" line="+42"/>
        <source>the table changed on disk since it was opened for editing (another program saved it?); nothing was saved. Reopen the case study to see that version.</source>
        <translation>таблица изменилась на диске после того, как её открыли для правки (её сохранила другая программа?); ничего не сохранено. Откройте исследование заново, чтобы увидеть эту версию.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot save: %1; nothing was saved</source>
        <translation>не удаётся сохранить: %1; ничего не сохранено</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot save: %1</source>
        <translation>не удаётся сохранить: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>; nothing was changed</source>
        <translation>; ничего не изменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 could not be put back as it was and hold(s) the edits</source>
        <translation>; %1 не удалось вернуть в прежнее состояние, там остаются правки</translation>
    </message>
    <message>
        <location filename="../gis/package/import/columnmapping.cpp" line="+106"/>
        <source>column &quot;%1&quot; would be read as both %2 and %3: say which with --map</source>
        <translation>столбец «%1» читался бы и как %2, и как %3: укажите нужное через --map</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--map %1: write --map COLUMN=HEADING, COLUMN one of %2</source>
        <translation>--map %1: пишите --map СТОЛБЕЦ=ЗАГОЛОВОК, где СТОЛБЕЦ — один из %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map %1: the file has no column &quot;%2&quot; (its columns: %3)</source>
        <translation>--map %1: в файле нет столбца «%2» (его столбцы: %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no column for &quot;%1&quot;: name it with --map %1=HEADING (the file&apos;s columns: %2)</source>
        <translation>нет столбца для «%1»: укажите его через --map %1=ЗАГОЛОВОК (столбцы файла: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/importtable.cpp" line="-10"/>
        <source>semicolon-separated CSV</source>
        <translation>CSV с точкой с запятой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab-separated text</source>
        <translation>текст с табуляцией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated CSV</source>
        <translation>CSV с запятыми</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>column &quot;%1&quot; holds a date cell before 1 March 1900 (read as %2-%3-%4), and spreadsheet programs disagree about such cells by a day: type the date as text (in the cell: &apos;1871-03-22) or save the sheet as CSV or .ods</source>
        <translation>в столбце «%1» есть ячейка с датой до 1 марта 1900 года (прочитана как %2-%3-%4), а электронные таблицы расходятся в таких ячейках на день: введите дату как текст (в ячейке: &apos;1871-03-22) или сохраните лист как CSV или .ods</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot be read as a %1 workbook</source>
        <translation>не читается как книга %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the workbook has no sheet with data</source>
        <translation>в книге нет листа с данными</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no sheet &quot;%1&quot; (its sheets: %2)</source>
        <translation>нет листа «%1» (её листы: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet &quot;%1&quot; of an %2 workbook</source>
        <translation>лист «%1» книги %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>file not found: %1</source>
        <translation>файл не найден: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file is %1 MB; at most %2 MB can be imported</source>
        <translation>размер файла %1 МБ; импортировать можно не более %2 МБ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>old Excel .xls files cannot be read: save the sheet as .xlsx or CSV UTF-8</source>
        <translation>старые файлы Excel .xls не читаются: сохраните лист как .xlsx или CSV UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sheet is for .xlsx and .ods workbooks; this file is a text table</source>
        <translation>--sheet предназначен для книг .xlsx и .ods; этот файл — текстовая таблица</translation>
    </message>
    <message>
        <location filename="../gis/package/import/importvalues.cpp" line="+75"/>
        <source>write %1 (year-month-day, with hyphens)</source>
        <translation>пишите %1 (год-месяц-день, через дефис)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write %1 (year-month-day), or give --dates dmy to read every day-first date</source>
        <translation>пишите %1 (год-месяц-день) или укажите --dates dmy, чтобы все даты читались с днём в начале</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write %1 (year-month-day), or give --dates mdy to read every month-first date</source>
        <translation>пишите %1 (год-месяц-день) или укажите --dates mdy, чтобы все даты читались с месяцем в начале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is it %1 or %2? Write year-month-day, or give --dates dmy (day first) or --dates mdy</source>
        <translation>это %1 или %2? Пишите год-месяц-день или укажите --dates dmy (сначала день) или --dates mdy</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>write %1 (year-month-day)</source>
        <translation>пишите %1 (год-месяц-день)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write %1 (a decimal point, not a comma)</source>
        <translation>пишите %1 (с десятичной точкой, а не запятой)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/packageimport.cpp" line="+61"/>
        <source>%1 is not a package folder: import into a folder (a packed .gpkg can be unpacked with `dpatlas-cli unpack`)</source>
        <translation>%1 не является папкой пакета: импортируйте в папку (упакованный .gpkg можно распаковать командой `dpatlas-cli unpack`)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the manifest names no %1 table: add &quot;%1&quot;: &quot;%1.csv&quot; to it</source>
        <translation>в манифесте не указана таблица %1: добавьте в него &quot;%1&quot;: &quot;%1.csv&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1, %n row(s)</source>
        <translation>
            <numerusform>%1, %n строка</numerusform>
            <numerusform>%1, %n строки</numerusform>
            <numerusform>%1, %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file has a header but no rows to import</source>
        <translation>в файле есть заголовок, но нет строк для импорта</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the manifest names no sources table for the sources cited: add &quot;sources&quot;: &quot;sources.csv&quot;</source>
        <translation>в манифесте не указана таблица источников для цитируемых источников: добавьте &quot;sources&quot;: &quot;sources.csv&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write a scratch copy of the tables to check them: %1</source>
        <translation>не удаётся записать черновую копию таблиц для проверки: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot write: %1 (nothing was changed)</source>
        <translation>не удаётся записать: %1 (ничего не изменено)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write: %1%2</source>
        <translation>не удаётся записать: %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the cited sources were added to %1)</source>
        <translation> (цитируемые источники добавлены в %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (nothing was changed)</source>
        <translation> (ничего не изменено)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/referencefinder.cpp" line="+56"/>
        <source>no feature given</source>
        <translation>объект не указан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer &quot;%1&quot; is not a feature layer of the package (its feature layers: %2)</source>
        <translation>слой «%1» не является слоем объектов пакета (его слои объектов: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; could be any of %2: give the layer (a layer column or --layer) or the id</source>
        <translation>«%1» может быть любым из: %2; укажите слой (столбец layer или --layer) или id</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any feature layer</source>
        <translation>любом слое объектов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>layer &quot;%1&quot;</source>
        <translation>слое «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feature of %1 has the id or name &quot;%2&quot;</source>
        <translation>ни у одного объекта в %1 нет id или названия «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feature of %1 has the id or name &quot;%2&quot; (did you mean %3?)</source>
        <translation>ни у одного объекта в %1 нет id или названия «%2» (может быть, имелось в виду %3?)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is the name of more than one authority (%2): use the id</source>
        <translation>«%1» — название нескольких органов власти (%2): используйте id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>authority &quot;%1&quot; is not in the manifest (its authorities: %2)</source>
        <translation>органа власти «%1» нет в манифесте (органы власти в нём: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/tablemerge.cpp" line="-4"/>
        <source>this row of the package&apos;s table cannot be read (%1): mend it first, so that rewriting the table loses nothing</source>
        <translation>эту строку таблицы пакета не удаётся прочитать (%1): сначала исправьте её, чтобы при перезаписи таблицы ничего не потерялось</translation>
    </message>
    <message>
        <location filename="../gis/package/newcasestudy.cpp" line="+140"/>
        <location line="+90"/>
        <source>no features to claim</source>
        <translation>нет объектов для притязания</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&quot;%1&quot;: an id is lower-case letters, digits and -, as petrograd-1917</source>
        <translation>«%1»: id состоит из строчных букв, цифр и -, например petrograd-1917</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study needs a title</source>
        <translation>у исследования должно быть название</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first date of the period &quot;%1&quot;: %2</source>
        <translation>первая дата периода «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last date of the period &quot;%1&quot;: %2</source>
        <translation>последняя дата периода «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period %1..%2 ends before it starts</source>
        <translation>период %1..%2 заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a projected CRS to draw and measure in</source>
        <translation>выберите проекционную CRS для отрисовки и измерений</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least one authority is needed: every claim names one</source>
        <translation>нужен хотя бы один орган власти: каждое притязание называет орган власти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authority id &quot;%1&quot;: lower-case letters, digits and _, as central_committee</source>
        <translation>id органа власти «%1»: строчные буквы, цифры и _, например central_committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority id &quot;%1&quot; is used twice</source>
        <translation>id органа власти «%1» используется дважды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authority &quot;%1&quot; needs a name</source>
        <translation>органу власти «%1» нужно название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority &quot;%1&quot;: colour &quot;%2&quot; is not #rrggbb</source>
        <translation>орган власти «%1»: цвет «%2» не в формате #rrggbb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least one layer of features is needed</source>
        <translation>нужен хотя бы один слой объектов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>field &quot;%1&quot; is missing, empty or repeated in some features (fields: %2)</source>
        <translation>поле «%1» отсутствует, пусто или повторяется у некоторых объектов (поля: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no field &quot;%1&quot; (fields: %2)</source>
        <translation>нет поля «%1» (поля: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create the package</source>
        <translation>не удаётся создать пакет</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot write the package&apos;s files</source>
        <translation>не удаётся записать файлы пакета</translation>
    </message>
    <message>
        <location filename="../gis/package/packagearchive.cpp" line="-175"/>
        <source>cannot read the size of the packed files</source>
        <translation>не удаётся определить размер упакованных файлов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refusing to unpack: one packed file is %1 MB; at most %2 MB is allowed</source>
        <translation>распаковка отклонена: один из упакованных файлов занимает %1 МБ; допускается не более %2 МБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refusing to unpack: the packed files come to %1 MB; at most %2 MB is allowed</source>
        <translation>распаковка отклонена: упакованные файлы занимают %1 МБ; допускается не более %2 МБ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot pack the case study: %1</source>
        <translation>не удаётся упаковать исследование: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: a symbolic link to a file outside the package folder; copy the file in</source>
        <translation>%1: символическая ссылка на файл вне папки пакета; скопируйте файл в папку</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the folder holds more than 2 GB</source>
        <translation>в папке более 2 ГБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a packed case study is a GeoPackage: name it .gpkg</source>
        <translation>упакованное исследование — это GeoPackage: дайте файлу расширение .gpkg</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not a GeoPackage</source>
        <translation>не является GeoPackage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refusing to unpack: %1 is a %2, not a plain table</source>
        <translation>распаковка отклонена: %1 — %2, а не обычная таблица</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a packed case study: it has no %1 table (dpatlas-cli export --package makes one)</source>
        <translation>не является упакованным исследованием: в нём нет таблицы %1 (её создаёт dpatlas-cli export --package)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>table %1 needs a text column &quot;path&quot; and a BLOB column &quot;content&quot;</source>
        <translation>таблице %1 нужны текстовый столбец &quot;path&quot; и столбец BLOB &quot;content&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot unpack</source>
        <translation>не удаётся распаковать</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refusing to unpack &quot;%1&quot;: not a relative path inside the package</source>
        <translation>распаковка «%1» отклонена: это не относительный путь внутри пакета</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the packed case study has no manifest.json</source>
        <translation>в упакованном исследовании нет manifest.json</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the cache folder</source>
        <translation>не удаётся создать папку кэша</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another program has been unpacking this file for two minutes; try again</source>
        <translation>другая программа уже две минуты распаковывает этот файл; попробуйте ещё раз</translation>
    </message>
    <message>
        <location filename="../gis/time/historicaldateparse.cpp" line="+14"/>
        <source>write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM; a season as YYYY-21 (spring), -22 (summer), -23 (autumn) or -24 (winter); X for unknown digits (191X, 19XX, 1917-XX, 1917-10-XX, 1917-XX-XX); Y12345 or Y-12345 for a year of more than four digits; each optionally followed by ~ ? or %</source>
        <translation>пишите YYYY, YYYY-MM, YYYY-MM-DD или YYYY-MM-DDTHH:MM; время года — YYYY-21 (весна), -22 (лето), -23 (осень) или -24 (зима); X вместо неизвестных цифр (191X, 19XX, 1917-XX, 1917-10-XX, 1917-XX-XX); Y12345 или Y-12345 для года из более чем четырёх цифр; после каждого можно поставить ~ ? или %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation>«%1» не является датой: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>years from -%1 to %1 only (the calendars here are not made for longer spans)</source>
        <translation>допускаются только годы от -%1 до %1 (здешние календари не рассчитаны на более долгие промежутки)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the Y prefix is only for years of more than four digits: write %1</source>
        <translation>префикс Y нужен только для годов из более чем четырёх цифр: пишите %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>only the last one or two digits of a year can be X, as in 191X (1910 to 1919) or 19XX (1900 to 1999)</source>
        <translation>X могут заменять только одну или две последние цифры года, как в 191X (с 1910 по 1919) или 19XX (с 1900 по 1999)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this spans years on both sides of 0: write an interval such as -0009/0009</source>
        <translation>эта запись охватывает годы по обе стороны от 0: пишите интервал, например -0009/0009</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no year -0000: 1 BC is written 0000</source>
        <translation>года -0000 не бывает: 1 г. до н. э. записывается как 0000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a year with X digits stands alone (191X), without month or day</source>
        <translation>год с цифрами X пишется отдельно (191X), без месяца и дня</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write the month in full or as XX (1917-XX): a partly known month such as 1X is not EDTF level 1</source>
        <translation>пишите месяц полностью или как XX (1917-XX): частично известный месяц вроде 1X не входит в EDTF уровня 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>month %1 does not exist: months are 01 to 12, seasons 21 (spring), 22 (summer), 23 (autumn) and 24 (winter)</source>
        <translation>месяца %1 не существует: месяцы — от 01 до 12, времена года — 21 (весна), 22 (лето), 23 (осень) и 24 (зима)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a season has no day: write %1 for the season, or a month</source>
        <translation>у времени года нет дня: пишите %1 для времени года или укажите месяц</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the day in full or as XX (1917-10-XX)</source>
        <translation>пишите день полностью или как XX (1917-10-XX)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a day needs its month: write %1-XX-XX, or give the month</source>
        <translation>дню нужен месяц: пишите %1-XX-XX или укажите месяц</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a time needs a whole date before it: YYYY-MM-DDTHH:MM</source>
        <translation>перед временем нужна полная дата: YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>time zones are not used: every time is the local time of the case study; write %1 without &quot;%2&quot;</source>
        <translation>часовые пояса не используются: всё время — местное время исследования; пишите %1 без «%2»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>time %1 does not exist</source>
        <translation>времени %1 не существует</translation>
    </message>
    <message>
        <location filename="../gis/time/timestep.cpp" line="+14"/>
        <source>bad step &quot;%1&quot;: write a number and a unit, h (hours), d (days), w (weeks), m (months) or y (years), e.g. 1d</source>
        <translation>неверный шаг «%1»: пишите число и единицу — h (часы), d (дни), w (недели), m (месяцы) или y (годы), например 1d</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the end date is before the start date</source>
        <translation>дата конца раньше даты начала</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>steps of %1 make more than %2 frames: choose a longer step or a shorter range</source>
        <translation>при шаге %1 получается более %2 кадров: выберите шаг побольше или диапазон покороче</translation>
    </message>
    <message>
        <location filename="../layers/export/animationexport.cpp" line="+6"/>
        <source>.gif, .mp4 (H.264), .webm (VP9), or a folder ending in / for PNG frames</source>
        <translation>.gif, .mp4 (H.264), .webm (VP9) или папка с / на конце для кадров PNG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name the animation %1</source>
        <translation>назовите анимацию %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a frame size of %1x%2 is outside 64x64 to 7680x4320</source>
        <translation>размер кадра %1x%2 вне диапазона от 64x64 до 7680x4320</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../layers/export/videosink.cpp" line="+68"/>
        <source>a video&apos;s width and height must be even, not %1x%2</source>
        <translation>ширина и высота видео должны быть чётными, а не %1x%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a frame rate of %1 is outside 1 to 60</source>
        <translation>частота кадров %1 вне диапазона от 1 до 60</translation>
    </message>
    <message>
        <location filename="../layers/export/gifsink.cpp" line="+56"/>
        <source>cannot write the GIF: %1</source>
        <translation>не удаётся записать GIF: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a GIF is at most 65535 pixels wide and high</source>
        <translation>GIF может быть не более 65535 пикселей в ширину и высоту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the GIF: folder %1 does not exist</source>
        <translation>не удаётся записать GIF: папка %1 не существует</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../layers/export/videosink.cpp" line="+103"/>
        <source>frame %1 is %2x%3, not %4x%5</source>
        <translation>кадр %1 имеет размер %2x%3, а не %4x%5</translation>
    </message>
    <message>
        <location filename="../layers/export/pictureexport.cpp" line="-33"/>
        <source>cannot write the picture: %1</source>
        <translation>не удаётся записать изображение: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a resolution of %1 dpi is outside 10 to 2400</source>
        <translation>разрешение %1 dpi вне диапазона от 10 до 2400</translation>
    </message>
    <message>
        <location filename="../layers/export/pngsequencesink.cpp" line="+12"/>
        <source>cannot write frames</source>
        <translation>не удаётся записать кадры</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write frame %1 (disk full?)</source>
        <translation>не удаётся записать кадр %1 (диск заполнен?)</translation>
    </message>
    <message>
        <location filename="../layers/export/videosink.cpp" line="-113"/>
        <source>cannot write the video: %1</source>
        <translation>не удаётся записать видео: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a frame rate of %1 is outside 1 to 120</source>
        <translation>частота кадров %1 вне диапазона от 1 до 120</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the video: folder %1 does not exist</source>
        <translation>не удаётся записать видео: папка %1 не существует</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FFmpeg has no %1 encoder</source>
        <translation>в FFmpeg нет кодировщика %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no container</source>
        <translation>нет контейнера</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+38"/>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>cannot open the encoder</source>
        <translation>не удаётся открыть кодировщик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoder parameters</source>
        <translation>параметры кодировщика</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write the header</source>
        <translation>не удаётся записать заголовок</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no colour conversion to yuv420p</source>
        <translation>нет преобразования цвета в yuv420p</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>encoding frame %1</source>
        <translation>кодирование кадра %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>writing</source>
        <translation>запись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encoding</source>
        <translation>кодирование</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot finish the file</source>
        <translation>не удаётся завершить файл</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+52"/>
        <source>unknown dataset &quot;%1&quot;: not a package folder and not the id of a discovered package (see `dpatlas-cli list`)</source>
        <translation>неизвестный набор данных «%1»: это не папка пакета и не id найденного пакета (см. `dpatlas-cli list`)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 has %n problem(s), so its features and claims are incomplete: fix them (dpatlas-cli validate) or add --allow-errors to use what loads</source>
        <translation>
            <numerusform>в %1 %n проблема, поэтому его объекты и притязания неполны: исправьте её (dpatlas-cli validate) или добавьте --allow-errors, чтобы использовать то, что загружается</numerusform>
            <numerusform>в %1 %n проблемы, поэтому его объекты и притязания неполны: исправьте их (dpatlas-cli validate) или добавьте --allow-errors, чтобы использовать то, что загружается</numerusform>
            <numerusform>в %1 %n проблем, поэтому его объекты и притязания неполны: исправьте их (dpatlas-cli validate) или добавьте --allow-errors, чтобы использовать то, что загружается</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown calendar &quot;%1&quot;: use gregorian or julian</source>
        <translation>неизвестный календарь «%1»: используйте gregorian или julian</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad size &quot;%1&quot;: write WxH, each from 64 to %2</source>
        <translation>неверный размер «%1»: пишите ШxВ, каждое от 64 до %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--at DATE is required (YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>требуется --at ДАТА (YYYY-MM-DD или YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad date &quot;%1&quot;: write YYYY-MM-DD or YYYY-MM-DDTHH:MM%2</source>
        <translation>неверная дата «%1»: пишите YYYY-MM-DD или YYYY-MM-DDTHH:MM%2</translation>
    </message>
    <message>
        <location filename="../app/cli/layoutoptions.cpp" line="+36"/>
        <source>bad --legend &quot;%1&quot;: write one of %2</source>
        <translation>неверное значение --legend «%1»: пишите одно из: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad --basemap: %1</source>
        <translation>неверное значение --basemap: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad --basemap-max-zoom &quot;%1&quot;: give a whole number from 0 to 24</source>
        <translation>неверное значение --basemap-max-zoom «%1»: укажите целое число от 0 до 24</translation>
    </message>
</context>
<context>
    <name>dpa</name>
    <message>
        <location filename="../gis/time/historicaldate.cpp" line="-13"/>
        <source>Jan</source>
        <translation>янв.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation>февр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>мар.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apr</source>
        <translation>апр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jun</source>
        <translation>июн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>июл.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation>авг.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>сент.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oct</source>
        <translation>окт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>нояб.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dec</source>
        <translation>дек.</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryfix.cpp" line="-158"/>
        <source>its outline touches itself or doubles back (a spike or a pinched loop)</source>
        <translation>его контур касается сам себя или возвращается назад (шип или пережатая петля)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its outline crosses itself</source>
        <translation>его контур пересекает сам себя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside its outline</source>
        <translation>отверстие лежит вне его контура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies inside another hole</source>
        <translation>отверстие лежит внутри другого отверстия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its holes cut it into pieces</source>
        <translation>отверстия разрезают его на части</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of its parts lies inside another</source>
        <translation>одна из его частей лежит внутри другой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is repeated</source>
        <translation>кольцо повторяется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring has too few distinct points to enclose an area</source>
        <translation>в кольце слишком мало различных точек, чтобы ограничить площадь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coordinate is not a number</source>
        <translation>координата не является числом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is not closed</source>
        <translation>кольцо не замкнуто</translation>
    </message>
    <message>
        <location filename="../gis/model/claimchecks.cpp" line="+47"/>
        <source>the shares of %1 in force on this claim&apos;s start add up to %2, more than 1 (with line(s) %3)</source>
        <translation>доли %1, действующие на дату начала этого притязания, в сумме дают %2, больше 1 (вместе со строками %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>occupation by &quot;%1&quot; while &quot;%2&quot; of the same bloc holds or claims %3 (line %4): an occupier is a foreign force; use control for one&apos;s own camp</source>
        <translation>оккупация со стороны «%1», тогда как «%2» из того же лагеря контролирует %3 или притязает на него (строка %4): оккупант — иностранная сила; для своего лагеря используйте control</translation>
    </message>
</context>
<context>
    <name>dpa::ApplyClaimDialog</name>
    <message>
        <location filename="../app/desktop/editing/applyclaimdialog.cpp" line="+17"/>
        <source>Apply Claim</source>
        <translation>Применить притязание</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>To %n feature(s): %1</source>
        <translation>
            <numerusform>К %n объекту: %1</numerusform>
            <numerusform>К %n объектам: %1</numerusform>
            <numerusform>К %n объектам: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authority:</source>
        <translation>&amp;Орган власти:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1871-03-19, 1871-03~, .. for open</source>
        <translation>1871-03-19, 1871-03~, .. — открытая дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty or .. when still in force</source>
        <translation>пусто или .., если ещё действует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Конец:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Confidence:</source>
        <translation>&amp;Достоверность:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the part it controls, 0–1 (control of a divided feature only)</source>
        <translation>контролируемая часть, 0–1 (только для контроля над разделённым объектом)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hare:</source>
        <translation>До&amp;ля:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ources:</source>
        <translation>&amp;Источники:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tick the source(s) that support the claim: every claim needs one.</source>
        <translation>Отметьте источники, подтверждающие притязание: каждому притязанию нужен хотя бы один.</translation>
    </message>
</context>
<context>
    <name>dpa::BasemapDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/basemapdialog.cpp" line="+19"/>
        <source>Basemap</source>
        <translation>Подложка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show web tiles under the map</source>
        <translation>Показывать веб-тайлы под картой</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An XYZ tile address with {z}, {x} and {y} (https://, or file:// for a folder of tiles), or WMTS: followed by a service&apos;s capabilities address</source>
        <translation>Адрес тайлов XYZ с {z}, {x} и {y} (https:// или file:// для папки с тайлами) либо WMTS: и адрес описания возможностей (capabilities) сервиса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credited on the map and on every export, as the tile provider&apos;s licence requires</source>
        <translation>Указывается на карте и при каждом экспорте, как того требует лицензия поставщика тайлов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deepest zoom level the service has; closer in, its deepest tiles are enlarged</source>
        <translation>Самый глубокий уровень масштаба, который есть у сервиса; при большем приближении его самые подробные тайлы увеличиваются</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tile address:</source>
        <translation>Адрес тайлов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit:</source>
        <translation>Авторство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deepest zoom:</source>
        <translation>Макс. уровень масштаба:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity:</source>
        <translation>Непрозрачность:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use OpenStreetMap</source>
        <translation>Использовать OpenStreetMap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tiles come from the network when the map is drawn and are kept in %1. The map draws without them when the service cannot be reached.</source>
        <translation>Тайлы загружаются из сети при отрисовке карты и хранятся в %1. Если сервис недоступен, карта рисуется без них.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseAuthoritiesPage</name>
    <message>
        <location filename="../app/desktop/dialogs/newcasestudypages.cpp" line="+365"/>
        <source>Authorities</source>
        <translation>Органы власти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who claimed or held the ground: a government, a soviet, an army. Authorities of one bloc are one camp; dual power is between rival blocs.</source>
        <translation>Кто притязал на территорию или контролировал её: правительство, совет, армия. Органы власти одного лагеря выступают как единое целое; двоевластие возникает между соперничающими лагерями.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bloc (optional)</source>
        <translation>Лагерь (необязательно)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Authority</source>
        <translation>&amp;Добавить орган власти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>blue</source>
        <translation>синий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vermilion</source>
        <translation>киноварный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bluish green</source>
        <translation>голубовато-зелёный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reddish purple</source>
        <translation>красно-пурпурный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orange</source>
        <translation>оранжевый</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sky blue</source>
        <translation>небесно-голубой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yellow</source>
        <translation>жёлтый</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>black</source>
        <translation>чёрный</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add at least one authority: every claim names one.</source>
        <translation>Добавьте хотя бы один орган власти: каждое притязание называет орган власти.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 needs a name.</source>
        <translation>В строке %1 нужно название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: the id &quot;%2&quot; is not usable: lower-case letters, digits and _.</source>
        <translation>Строка %1: id «%2» не подходит: строчные буквы, цифры и _.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: the id &quot;%2&quot; is already used.</source>
        <translation>Строка %1: id «%2» уже используется.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseCrsPage</name>
    <message>
        <location line="-161"/>
        <source>Map projection</source>
        <translation>Картографическая проекция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The projected coordinate system the map is drawn and measured in. The ones suggested suit the layers&apos; extent, the best first; search for any other by name or EPSG code.</source>
        <translation>Проекционная система координат, в которой карта рисуется и измеряется. Предложенные подходят к охвату слоёв, лучшая первой; любую другую можно найти по названию или коду EPSG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search, e.g. Lambert, UTM 34N or 23700</source>
        <translation>Поиск, например Lambert, UTM 34N или 23700</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — suggested for these layers</source>
        <translation>%1 — предложена для этих слоёв</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dpa::CaseDetailsPage</name>
    <message>
        <location line="-265"/>
        <source>The case study</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its title, a short id for folders and the command line, and the period it covers.</source>
        <translation>Его название, короткий id для папок и командной строки, а также охватываемый период.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Budapest, autumn 1956</source>
        <translation>например Будапешт, осень 1956</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower case, digits and -</source>
        <translation>строчные буквы, цифры и -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first date, e.g. 1956-10-23</source>
        <translation>первая дата, например 1956-10-23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date, e.g. 1956-11-11</source>
        <translation>последняя дата, например 1956-11-11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gregorian</source>
        <translation>Григорианский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Julian</source>
        <translation>Юлианский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Julian until 14 Feb 1918, then Gregorian (Russia)</source>
        <translation>Юлианский до 14 февраля 1918, затем григорианский (Россия)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Calendar of the dates:</source>
        <translation>&amp;Календарь дат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates as historians write them: 1917, 1917-10, 1917-10-25, with ~ when approximate and ? when uncertain (datasets/README.md explains them).</source>
        <translation>Даты пишутся так, как их пишут историки: 1917, 1917-10, 1917-10-25, с ~ для приблизительных и ? для недостоверных (подробнее в datasets/README.md).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The id &quot;%1&quot; is not usable: lower-case letters, digits and -, as budapest-1956.</source>
        <translation>Id «%1» не подходит: строчные буквы, цифры и -, например budapest-1956.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First date &quot;%1&quot;: %2</source>
        <translation>Первая дата «%1»: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last date &quot;%1&quot;: %2</source>
        <translation>Последняя дата «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseLayersPage</name>
    <message>
        <location line="+24"/>
        <source>Every feature of this layer is a&amp;pproximate (e.g. modern boundaries standing in for the period&apos;s): drawn with dashed outlines</source>
        <translation>Все объекты этого слоя п&amp;риблизительны (например, современные границы вместо границ эпохи): рисуются пунктирным контуром</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The districts, barracks or places that authorities claimed, from vector files: GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf or CSV with a WKT column.</source>
        <translation>Районы, казармы или места, на которые притязали органы власти, из векторных файлов: GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf или CSV со столбцом WKT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Id field (unique per feature):</source>
        <translation>Поле &amp;id (уникальное для каждого объекта):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name field:</source>
        <translation>Поле на&amp;звания:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add Layers</source>
        <translation>Добавить слои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv);;All files (*)</source>
        <translation>Векторные файлы (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 — %n feature(s)</source>
        <translation>
            <numerusform>%1 — %n объект</numerusform>
            <numerusform>%1 — %n объекта</numerusform>
            <numerusform>%1 — %n объектов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: no field has a distinct value in every feature by the usual names; choose the id field.</source>
        <translation>%1: ни одно поле с обычными названиями не имеет уникального значения у каждого объекта; выберите поле id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is empty or repeated in some features; choose a field that identifies each one.</source>
        <translation>%1: «%2» пусто или повторяется у некоторых объектов; выберите поле, однозначно определяющее каждый объект.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one file.</source>
        <translation>Добавьте хотя бы один файл.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseWritePage</name>
    <message>
        <location line="+207"/>
        <source>Create the case study</source>
        <translation>Создание исследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package is checked by the validator before its folder appears; nothing is written if it would not be valid.</source>
        <translation>Прежде чем появится папка, пакет проверяется валидатором; если он окажется недопустимым, ничего не будет записано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder (new or empty):</source>
        <translation>&amp;Папка (новая или пустая):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder of the New Case Study</source>
        <translation>Папка нового исследования</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File &gt; New Case Study</source>
        <translation>Файл &gt; Новое исследование</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>&quot;%1&quot; (%2), %3 to %4: %n layer(s) with %5 features, in %6, with %7 authorities. Then add claims to claims.csv and sources to sources.csv, and complete SOURCES.md with the data&apos;s licences.</source>
        <translation>
            <numerusform>«%1» (%2), с %3 по %4: %n слой с %5 объектами, в %6, органов власти: %7. Затем добавьте притязания в claims.csv, источники в sources.csv и дополните SOURCES.md лицензиями данных.</numerusform>
            <numerusform>«%1» (%2), с %3 по %4: %n слоя с %5 объектами, в %6, органов власти: %7. Затем добавьте притязания в claims.csv, источники в sources.csv и дополните SOURCES.md лицензиями данных.</numerusform>
            <numerusform>«%1» (%2), с %3 по %4: %n слоёв с %5 объектами, в %6, органов власти: %7. Затем добавьте притязания в claims.csv, источники в sources.csv и дополните SOURCES.md лицензиями данных.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was written:
</source>
        <translation>Ничего не записано:
</translation>
    </message>
</context>
<context>
    <name>dpa::ChartPanel</name>
    <message>
        <location filename="../app/desktop/panels/chartpanel.cpp" line="+59"/>
        <source>Share of area by status: dual power, divided, occupied, contested, hand-over (stacked)</source>
        <translation>Доля площади по статусам: двоевластие, разделён, оккупирован, оспаривается, передача власти (с накоплением)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area each authority holds de facto (km²; by share where divided)</source>
        <translation>Площадь под фактическим контролем каждого органа власти (км²; для разделённых — по долям)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front length per pair of authorities (km)</source>
        <translation>Протяжённость фронта для каждой пары органов власти (км)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click to go to that date</source>
        <translation>Щёлкните, чтобы перейти к этой дате</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>date (Gregorian)</source>
        <translation>дата (по григорианскому календарю)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>share of the area</source>
        <translation>доля площади</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>km²</source>
        <translation>км²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>current date</source>
        <translation>текущая дата</translation>
    </message>
</context>
<context>
    <name>dpa::ClaimHistoryView</name>
    <message>
        <location filename="../app/desktop/panels/claimhistoryview.cpp" line="+42"/>
        <source>%1 — %2, %3 (confidence %4)</source>
        <translation>%1 — %2, %3 (достоверность %4)</translation>
    </message>
</context>
<context>
    <name>dpa::ControlStatus</name>
    <message>
        <location filename="../gis/model/controlstatus.cpp" line="+16"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Под властью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual power</source>
        <translation>Двоевластие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divided</source>
        <translation>Разделён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied</source>
        <translation>Оккупирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contested</source>
        <translation>Оспаривается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over</source>
        <translation>Передача власти</translation>
    </message>
</context>
<context>
    <name>dpa::EditMode</name>
    <message>
        <location filename="../app/desktop/editing/editmode.cpp" line="+27"/>
        <source>&amp;Edit Case Study</source>
        <translation>Правка &amp;исследования</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>Сох&amp;ранить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply &amp;Claim…</source>
        <translation>Применить п&amp;ритязание…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+101"/>
        <source>Edit Case Study</source>
        <translation>Правка исследования</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Open a case study first.</source>
        <translation>Сначала откройте исследование.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a case study packed into one GeoPackage, which is not edited in place. Unpack it (dpatlas-cli unpack) and open the folder.</source>
        <translation>%1 — исследование, упакованное в один GeoPackage, который не редактируется на месте. Распакуйте его (dpatlas-cli unpack) и откройте папку.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The tables cannot be edited:
%1</source>
        <translation>Таблицы нельзя редактировать:
%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+15"/>
        <source>Autosaved edits</source>
        <translation>Автосохранённые правки</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Unsaved edits to %1 from %2 were autosaved, but %3 changed on disk since, so they are not applied.</source>
        <translation>Несохранённые правки исследования «%1» от %2 были автосохранены, но с тех пор на диске изменилось: %3, поэтому они не применены.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the autosaved tables in %1 to compare them with the package&apos;s?</source>
        <translation>Сохранить автосохранённые таблицы в %1, чтобы сравнить их с таблицами пакета?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the Files</source>
        <translation>Сохранить файлы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Autosaved tables kept in %1</source>
        <translation>Автосохранённые таблицы сохранены в %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recover unsaved edits from %1?</source>
        <translation>Восстановить несохранённые правки от %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edits to %1 were not saved when the app last ended; they were autosaved at %2.</source>
        <translation>Правки исследования «%1» не были сохранены при последнем завершении программы; время автосохранения: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The edits cannot be recovered:
%1</source>
        <translation>Правки не удаётся восстановить:
%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Autosave failed: %1</source>
        <translation>Ошибка автосохранения: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Unsaved edits</source>
        <translation>Несохранённые правки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edits to %1 are not saved.</source>
        <translation>Правки исследования «%1» не сохранены.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save them to the package&apos;s tables before going on?</source>
        <translation>Сохранить их в таблицы пакета, прежде чем продолжить?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>dpa::EditPanel</name>
    <message>
        <location filename="../app/desktop/editing/editpanel.cpp" line="+22"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claims</source>
        <translation>Притязания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter: feature, authority or role (claims); any column (events, sources)</source>
        <translation>Фильтр: объект, орган власти или роль (притязания); любой столбец (события, источники)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Line in the file</source>
        <translation>Строка в файле</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Add Row</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Rows</source>
        <translation>&amp;Удалить строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;Claim…</source>
        <translation>Применить &amp;притязание…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Highlight rows in force on %1</source>
        <translation>Выделить строки, действующие на %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight rows in force</source>
        <translation>Выделить действующие строки</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click features on the map (Ctrl+click for more) to apply a claim to them.</source>
        <translation>Щёлкните объекты на карте (Ctrl+щелчок — несколько), чтобы применить к ним притязание.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No problems: the package is valid as edited.</source>
        <translation>Проблем нет: пакет после правки допустим.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s); click one to see its row:</source>
        <translation>
            <numerusform>%n проблема; щёлкните, чтобы увидеть её строку:</numerusform>
            <numerusform>%n проблемы; щёлкните по одной, чтобы увидеть её строку:</numerusform>
            <numerusform>%n проблем; щёлкните по одной, чтобы увидеть её строку:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::EditSession</name>
    <message numerus="yes">
        <location filename="../app/desktop/editing/editsession.cpp" line="+48"/>
        <source>Apply claim to %n feature(s)</source>
        <translation>
            <numerusform>Применить притязание к %n объекту</numerusform>
            <numerusform>Применить притязание к %n объектам</numerusform>
            <numerusform>Применить притязание к %n объектам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n row(s) of %1</source>
        <translation>
            <numerusform>Удалить %n строку из %1</numerusform>
            <numerusform>Удалить %n строки из %1</numerusform>
            <numerusform>Удалить %n строк из %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a row to %1</source>
        <translation>Добавить строку в %1</translation>
    </message>
</context>
<context>
    <name>dpa::EditTableModel</name>
    <message>
        <location filename="../app/desktop/editing/edittablemodel.cpp" line="+84"/>
        <source>Edit %1 in %2</source>
        <translation>Правка поля «%1» в %2</translation>
    </message>
</context>
<context>
    <name>dpa::EventsPanel</name>
    <message>
        <location filename="../app/desktop/panels/eventspanel.cpp" line="+57"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>dpa::ExportAnimationDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportanimationdialog.cpp" line="+18"/>
        <source>Export Animation</source>
        <translation>Экспорт анимации</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A number and a unit: h (hours), d (days), w (weeks), m (months), y (years)</source>
        <translation>Число и единица: h (часы), d (дни), w (недели), m (месяцы), y (годы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM, %1 calendar, as in the package</source>
        <translation>YYYY-MM-DD или YYYY-MM-DDTHH:MM, календарь: %1, как в пакете</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step:</source>
        <translation>Шаг:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frame size:</source>
        <translation>Размер кадра:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames/s</source>
        <translation> кадр/с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate:</source>
        <translation>Частота кадров:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG frames into a new folder (instead of a GIF or video file)</source>
        <translation>Кадры PNG в новую папку (вместо файла GIF или видео)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Folder in which to create the frames folder</source>
        <translation>Папка, в которой создать папку кадров</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Animated GIF (*.gif);;MP4 video, H.264 (*.mp4);;WebM video, VP9 (*.webm)</source>
        <translation>Анимированный GIF (*.gif);;Видео MP4, H.264 (*.mp4);;Видео WebM, VP9 (*.webm)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a day: write YYYY-MM-DD</source>
        <translation>«%1» не является днём: пишите YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2 frames)</source>
        <translation>%1 (кадров: %2)</translation>
    </message>
</context>
<context>
    <name>dpa::ExportImageDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportimagedialog.cpp" line="+26"/>
        <source>Export Image</source>
        <translation>Экспорт изображения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom size</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A page sets the size from the resolution: A4 at 150 dpi is 1240 × 1754 pixels</source>
        <translation>Формат страницы задаёт размер по разрешению: A4 при 150 dpi — 1240 × 1754 пикселей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page:</source>
        <translation>Страница:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 cm in print</source>
        <translation>%1 × %2 см в печати</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolution:</source>
        <translation>Разрешение:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview:</source>
        <translation>Предпросмотр:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map as on screen, with title, date, legend, scale bar, north arrow and credits. PNG is a picture; SVG and PDF are vector paths an illustrator can edit.</source>
        <translation>Карта как на экране, с заголовком, датой, легендой, масштабной линейкой, стрелкой севера и указанием авторства. PNG — растровое изображение; SVG и PDF — векторные контуры, которые можно править в иллюстраторе.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the picture .png, .svg or .pdf.</source>
        <translation>Дайте изображению расширение .png, .svg или .pdf.</translation>
    </message>
</context>
<context>
    <name>dpa::ExportJobDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportjobdialog.cpp" line="+27"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save to:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Choose where to save first.</source>
        <translation>Сначала выберите, куда сохранить.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed.</source>
        <translation>Экспорт не удался.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>dpa::ExportLayerDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportlayerdialog.cpp" line="+16"/>
        <source>Export Layer</source>
        <translation>Экспорт слоя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Timeline</source>
        <translation>Экспорт хронологии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control state of every feature</source>
        <translation>Статус контроля каждого объекта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Territory of each authority</source>
        <translation>Территория каждого органа власти</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Front lines</source>
        <translation>Линии фронта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content:</source>
        <translation>Содержимое:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per claim, with start and end as date-time fields (QGIS&apos;s Temporal Controller plays them; KML gets TimeSpan for Google Earth).</source>
        <translation>По одной строке на притязание, с началом и концом в полях даты-времени (их воспроизводит Temporal Controller в QGIS; в KML они становятся TimeSpan для Google Earth).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All layers</source>
        <translation>Все слои</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer:</source>
        <translation>Слой:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case study&apos;s: %1</source>
        <translation>как в исследовании: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPSG:4326, EPSG:3857, a PROJ string or WKT. GeoJSON and KML are always WGS 84.</source>
        <translation>EPSG:4326, EPSG:3857, строка PROJ или WKT. GeoJSON и KML всегда в WGS 84.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRS:</source>
        <translation>CRS:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;FlatGeobuf (*.fgb);;CSV with WKT (*.csv)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;FlatGeobuf (*.fgb);;CSV с WKT (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the file .gpkg, .geojson, .shp, .kml, .fgb or .csv.</source>
        <translation>Дайте файлу расширение .gpkg, .geojson, .shp, .kml, .fgb или .csv.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 records in %2 files, one per layer: %3</source>
        <translation>Записей: %1 в %2 файлах, по одному на слой: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 records)</source>
        <translation>%1 (записей: %2)</translation>
    </message>
</context>
<context>
    <name>dpa::ExportPackageDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportpackagedialog.cpp" line="+11"/>
        <source>Export Case Study as GeoPackage</source>
        <translation>Экспорт исследования в GeoPackage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers, claims, events, sources, the manifest and the period maps of “%1” in one file. QGIS shows its layers and tables; Dual Power Atlas opens it like a folder.</source>
        <translation>Слои, притязания, события, источники, манифест и исторические карты исследования «%1» в одном файле. QGIS показывает его слои и таблицы; «Атлас двоевластия» открывает его как папку.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>dpa::GeorefDialog</name>
    <message>
        <location filename="../app/desktop/georef/georefdialog.cpp" line="+53"/>
        <source>Georeference a Scan — %1</source>
        <translation>Привязка скана — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Scan…</source>
        <translation>Открыть &amp;скан…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Points…</source>
        <translation>Открыть &amp;точки…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transformation:</source>
        <translation>Преобразование:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Turn the scan a quarter to the left (Shift+R)</source>
        <translation>Повернуть скан на четверть оборота влево (Shift+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn the scan a quarter to the right (R)</source>
        <translation>Повернуть скан на четверть оборота вправо (R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn the scan&apos;s view to any angle (clockwise); the points stay on the scan&apos;s own pixels</source>
        <translation>Повернуть изображение скана на любой угол (по часовой стрелке); точки остаются на собственных пикселях скана</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Scan&lt;/b&gt; — click a spot you can find on the map (wheel: zoom, drag: pan, drag a marker: move it)</source>
        <translation>&lt;b&gt;Скан&lt;/b&gt; — щёлкните место, которое можно найти на карте (колесо: масштаб, перетаскивание: сдвиг, перетаскивание метки: перемещение)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Map&lt;/b&gt; — click the same spot here</source>
        <translation>&lt;b&gt;Карта&lt;/b&gt; — щёлкните здесь то же место</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete Point</source>
        <translation>&amp;Удалить точку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the warped scan over the map</source>
        <translation>Показывать трансформированный скан поверх карты</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CRS of the map coordinates you type and the table shows, e.g. EPSG:4326 for longitude and latitude; they are converted into the case study&apos;s CRS.</source>
        <translation>CRS координат карты, которые вы вводите и которые показывает таблица, например EPSG:4326 для долготы и широты; они пересчитываются в CRS исследования.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Point</source>
        <translation>&amp;Добавить точку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map coordinates in:</source>
        <translation>Координаты карты в:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or type the map position of the spot clicked on the scan:</source>
        <translation>Или введите положение на карте места, отмеченного на скане:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opacity:</source>
        <translation>Непрозрачность:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>when the map was made, e.g. 1836</source>
        <translation>когда создана карта, например 1836</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the map:</source>
        <translation>Дата карты:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown from:</source>
        <translation>Показывать с:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as Period &amp;Map</source>
        <translation>Сохранить как историческую &amp;карту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Open a Scan</source>
        <translation>Открыть скан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.tif *.tiff *.jpg *.jpeg *.png *.jp2);;All files (*)</source>
        <translation>Изображения (*.tif *.tiff *.jpg *.jpeg *.png *.jp2);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Control Points</source>
        <translation>Открыть опорные точки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control points (*.points *.csv)</source>
        <translation>Опорные точки (*.points *.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a scan to begin.</source>
        <translation>Откройте скан, чтобы начать.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2 x %3 pixels. Click a spot on the scan, then the same spot on the map.</source>
        <translation>%1: %2 x %3 пикселей. Щёлкните место на скане, затем то же место на карте.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 points.</source>
        <translation>%1: опорных точек — %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Now click the same spot on the map.</source>
        <translation>Теперь щёлкните то же место на карте.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now click the same spot on the scan.</source>
        <translation>Теперь щёлкните то же место на скане.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan x</source>
        <translation>Скан x</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan y</source>
        <translation>Скан y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map x (%1)</source>
        <translation>Карта x (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map y (%1)</source>
        <translation>Карта y (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual (px)</source>
        <translation>Невязка (пкс)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual (m)</source>
        <translation>Невязка (м)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation>долгота</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x in %1</source>
        <translation>x в %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude</source>
        <translation>широта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>y in %1</source>
        <translation>y в %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Outlier: its residual is more than %1 times the median. Was it clicked on the wrong spot?</source>
        <translation>Выброс: невязка более чем в %1 раза больше медианы. Может быть, точка поставлена не туда?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RMS error: &lt;b&gt;%1 px&lt;/b&gt;, &lt;b&gt;%2 m&lt;/b&gt; over %3 points%4</source>
        <translation>Среднеквадратическая ошибка: &lt;b&gt;%1 пкс&lt;/b&gt;, &lt;b&gt;%2 м&lt;/b&gt; по %3 точкам%4</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> — &lt;span style=&apos;color:#c00000&apos;&gt;%n outlier(s)&lt;/span&gt;</source>
        <translation>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;%n выброс&lt;/span&gt;</numerusform>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;%n выброса&lt;/span&gt;</numerusform>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;%n выбросов&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>enable point %1</source>
        <translation>включение точки %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disable point %1</source>
        <translation>отключение точки %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <location line="+63"/>
        <source>move point %1</source>
        <translation>перемещение точки %1</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>no coordinate to pair with</source>
        <translation>нет координаты для пары</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PROJ does not know the CRS &quot;%1&quot;, so coordinates are still typed in %2: %3</source>
        <translation>PROJ не знает CRS «%1», поэтому координаты по-прежнему вводятся в %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map coordinates are typed and shown in %1 (%2).</source>
        <translation>Координаты карты вводятся и показываются в %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click the spot on the scan first, then type its map coordinates.</source>
        <translation>Сначала щёлкните место на скане, затем введите его координаты на карте.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type both map coordinates as numbers (in %1).</source>
        <translation>Введите обе координаты карты числами (в %1).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a scan first.</source>
        <translation>Сначала откройте скан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id names the files: use letters, digits, - and _ only.</source>
        <translation>Id даёт имена файлам: используйте только буквы, цифры, - и _.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the map a title that says how old it really is.</source>
        <translation>Дайте карте название, из которого видно, насколько она на самом деле стара.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a date the package understands: %2</source>
        <translation>«%1» — не дата, понятная пакету: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warping the scan…</source>
        <translation>Трансформация скана…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved %1 and %2; the case study is reloaded with the new period map.</source>
        <translation>Сохранены %1 и %2; исследование перезагружено с новой исторической картой.</translation>
    </message>
</context>
<context>
    <name>dpa::GeorefMapOverlay</name>
    <message>
        <location filename="../app/desktop/georef/georefmapoverlay.cpp" line="+100"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
</context>
<context>
    <name>dpa::InspectorPanel</name>
    <message>
        <location filename="../app/desktop/panels/inspectorpanel.cpp" line="+20"/>
        <location line="+56"/>
        <source>Click a district, barracks or place on the map.</source>
        <translation>Щёлкните на карте по району, казарме или месту.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source> · approximate geometry</source>
        <translation> · приблизительные границы</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>, %1 % of it</source>
        <translation>, %1 % территории</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wikidata %1</source>
        <translation>Wikidata %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidence %1</source>
        <translation>достоверность %1</translation>
    </message>
</context>
<context>
    <name>dpa::LayersPanel</name>
    <message>
        <location filename="../app/desktop/panels/layerspanel.cpp" line="+28"/>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draw above the layer over it</source>
        <translation>Поместить над слоем, лежащим выше</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw below the layer under it</source>
        <translation>Поместить под слой, лежащий ниже</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom to</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame the map on the selected layer or period map (or double-click it)</source>
        <translation>Показать на карте выбранный слой или историческую карту (или дважды щёлкните по ним)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Layers (upper over lower; symbols and labels always on top)</source>
        <translation>Слои (верхние над нижними; значки и подписи всегда сверху)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period maps</source>
        <translation>Исторические карты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>features</source>
        <translation>объекты</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
Shown from %2, under the districts: lower their opacity or hide them to read it. Double-click to zoom to it.</source>
        <translation>%1
Показывается с %2, под районами: уменьшите их непрозрачность или скройте их, чтобы её прочитать. Дважды щёлкните, чтобы показать её целиком.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none in this package</source>
        <translation>в этом пакете нет</translation>
    </message>
</context>
<context>
    <name>dpa::LayoutOptionsForm</name>
    <message>
        <location filename="../app/desktop/dialogs/layoutoptionsform.cpp" line="+15"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle:</source>
        <translation>Подзаголовок:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it covers no feature</source>
        <translation>Там, где нет объектов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top left</source>
        <translation>Вверху слева</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top right</source>
        <translation>Вверху справа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom left</source>
        <translation>Внизу слева</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom right</source>
        <translation>Внизу справа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beside the map</source>
        <translation>Рядом с картой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No legend</source>
        <translation>Без легенды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: a corner of the map over no feature, or beside the map when every corner covers some</source>
        <translation>Автоматически: в углу карты, не закрывающем объекты, или рядом с картой, если каждый угол что-то закрывает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend:</source>
        <translation>Легенда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inset map of the whole case study</source>
        <translation>Врезка с картой всего исследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar and north arrow</source>
        <translation>Масштабная линейка и стрелка севера</translation>
    </message>
</context>
<context>
    <name>dpa::LegendContents</name>
    <message>
        <location filename="../layers/render/legendcontents.cpp" line="+18"/>
        <source>Held by one camp</source>
        <translation>Под властью одной стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual power: wide bands de facto, narrow de jure</source>
        <translation>Двоевластие: широкие полосы — де-факто, узкие — де-юре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divided: each camp holds a part</source>
        <translation>Разделён: у каждого лагеря своя часть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied: bars of the occupying force</source>
        <translation>Оккупирован: полосы цвета оккупанта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contested: open fighting</source>
        <translation>Оспаривается: открытые бои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over: dots of the outgoing holder</source>
        <translation>Передача власти: точки цвета уходящей стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown: no claim in the sources</source>
        <translation>Неизвестно: в источниках притязаний нет</translation>
    </message>
</context>
<context>
    <name>dpa::LegendPanel</name>
    <message>
        <location filename="../app/desktop/panels/legendpanel.cpp" line="+59"/>
        <source>What the map shows</source>
        <translation>Что показывает карта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pale: a title nobody enforces</source>
        <translation>Бледная заливка: притязание, которое никто не осуществляет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An authority claims it (de jure) and nobody is recorded holding it</source>
        <translation>Орган власти претендует на территорию (де-юре), но фактический контроль не зафиксирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate boundary (dashed)</source>
        <translation>Приблизительная граница (пунктир)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The boundary stands in for the historical one (see the package&apos;s SOURCES.md)</source>
        <translation>Граница условно заменяет историческую (см. SOURCES.md пакета)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paler: lower confidence</source>
        <translation>Бледнее: ниже достоверность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fill is paler the lower the confidence of the claims in force</source>
        <translation>Чем ниже достоверность действующих притязаний, тем бледнее заливка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pennant: present without governing</source>
        <translation>Флажок: присутствие без власти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troops or officials present without governing (role presence)</source>
        <translation>Войска или должностные лица присутствуют, не осуществляя власти (роль presence)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities (click to highlight)</source>
        <translation>Органы власти (щелчок — выделить)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source> (no claim in force on this date)</source>
        <translation> (на эту дату притязаний нет)</translation>
    </message>
</context>
<context>
    <name>dpa::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow.cpp" line="+64"/>
        <location line="+767"/>
        <source>Dual Power Atlas</source>
        <translation>Атлас двоевластия</translation>
    </message>
    <message>
        <location line="-727"/>
        <source>1:%L1</source>
        <translation>1:%L1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>frame %1 ms</source>
        <translation>кадр: %1 мс</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart</source>
        <translation>График</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Case Study…</source>
        <translation>&amp;Новое исследование…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Case Study…</source>
        <translation>&amp;Открыть исследование…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder…</source>
        <translation>Открыть &amp;папку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;GeoPackage…</source>
        <translation>Открыть &amp;GeoPackage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent Case Studies</source>
        <translation>Н&amp;едавние исследования</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Layer…</source>
        <translation>Экспорт &amp;слоя…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Timeline…</source>
        <translation>Экспорт &amp;хронологии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Image…</source>
        <translation>Экспорт &amp;изображения…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Animation…</source>
        <translation>Экспорт &amp;анимации…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Case Study as Geo&amp;Package…</source>
        <translation>Экспорт исследования в Geo&amp;Package…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Приблизить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Отдалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;Case Study</source>
        <translation>Показать всё &amp;исследование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Front Lines</source>
        <translation>Линии &amp;фронта</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Basemap…</source>
        <translation>&amp;Подложка…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Panels</source>
        <translation>П&amp;анели</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No translation found for %1; the interface stays in English.</source>
        <translation>Перевод для «%1» не найден; интерфейс остаётся на английском.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Georeference a Scan…</source>
        <translation>&amp;Привязать скан…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to &amp;Read This Map</source>
        <translation>Как &amp;читать эту карту</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавиатурные сокращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left / Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a day back / forward&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left / Alt+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;an hour back / forward&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+Left / Shift+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a week back / forward&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Left / Ctrl+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a month back / forward&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Up / Page Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous / next change&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;start / end of the period&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl++ / Ctrl+-&lt;/b&gt;, wheel&lt;/td&gt;&lt;td&gt;zoom in / out (on the map: + and -); drag to pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the whole case study&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search places and events&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;front lines&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a case study&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the picture&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;edit mode: the case study&apos;s tables&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo an edit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Z / Ctrl+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save the edits&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;how to read this map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;воспроизведение / пауза&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left / Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;на день назад / вперёд&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left / Alt+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;на час назад / вперёд&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+Left / Shift+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;на неделю назад / вперёд&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Left / Ctrl+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;на месяц назад / вперёд&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Up / Page Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;предыдущее / следующее изменение&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;начало / конец периода&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl++ / Ctrl+-&lt;/b&gt;, колесо&lt;/td&gt;&lt;td&gt;приблизить / отдалить (на карте: + и -); перетаскивание — сдвиг&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;всё исследование&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;поиск мест и событий&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;линии фронта&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;открыть исследование&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;экспорт изображения&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;режим правки: таблицы исследования&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;отменить правку&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Z / Ctrl+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;повторить&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;сохранить правки&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;как читать эту карту&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;выход&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавиатурные сокращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Dual Power Atlas</source>
        <translation>О программе «Атлас двоевластия»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Dual Power Atlas&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Who controlled what, when: control maps of episodes of dual power, with their sources.&lt;/p&gt;&lt;p&gt;Data credits of the open case study are printed on its map and listed in its SOURCES.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Атлас двоевластия&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Кто что контролировал и когда: карты контроля в периоды двоевластия, с источниками.&lt;/p&gt;&lt;p&gt;Сведения об авторах данных открытого исследования приведены на его карте и в файле SOURCES.md.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Dual Power Atlas</source>
        <translation>&amp;О программе «Атлас двоевластия»</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: no footprint to zoom to</source>
        <translation>%1: нет охвата, который можно показать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is shown from %2; move the time there to see it.</source>
        <translation>%1 показывается с %2; передвиньте время, чтобы её увидеть.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No basemap: %1. The map is drawn without it; View &gt; Basemap… tries again.</source>
        <translation>Нет подложки: %1. Карта рисуется без неё; Вид &gt; Подложка… — повторить попытку.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open Case Study GeoPackage</source>
        <translation>Открыть исследование в формате GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed case studies (*.gpkg)</source>
        <translation>Упакованные исследования (*.gpkg)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading cancelled</source>
        <translation>Загрузка отменена</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+279"/>
        <source>%1[*] — Dual Power Atlas</source>
        <translation>%1[*] — Атлас двоевластия</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>%1° %2, %3° %4  |  %5: %6, %7</source>
        <translation>%1° %2, %3° %4  |  %5: %6, %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>с. ш.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>ю. ш.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <translation>в. д.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>з. д.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Open Case Study Folder</source>
        <translation>Открыть папку исследования</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dpa::MapDecorations</name>
    <message>
        <location filename="../layers/render/mapdecorations.cpp" line="+71"/>
        <source>Dashed outlines: approximate geometry (modern boundaries stand in for historical ones)</source>
        <translation>Пунктирный контур: приблизительные границы (современные границы вместо исторических)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>In force</source>
        <translation>Действующие</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pale: a title nobody enforces</source>
        <translation>Бледная заливка: притязание, которое никто не осуществляет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approximate boundary</source>
        <translation>Приблизительная граница</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pennant: present without governing</source>
        <translation>Флажок: присутствие без власти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paler fill: lower confidence</source>
        <translation>Бледнее заливка: ниже достоверность</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Basemap: %1</source>
        <translation>Подложка: %1</translation>
    </message>
</context>
<context>
    <name>dpa::NewCaseStudyWizard</name>
    <message>
        <location filename="../app/desktop/dialogs/newcasestudywizard.cpp" line="+14"/>
        <source>New Case Study</source>
        <translation>Новое исследование</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
</context>
<context>
    <name>dpa::OpenCaseStudyDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/opencasestudydialog.cpp" line="+56"/>
        <source>Open Case Study</source>
        <translation>Открыть исследование</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case studies found in: %1</source>
        <translation>Исследования найдены в: %1</translation>
    </message>
</context>
<context>
    <name>dpa::PagePreset</name>
    <message>
        <location filename="../layers/view/maplayout.cpp" line="+59"/>
        <source>A4 portrait</source>
        <translation>A4, книжная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4, альбомная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16:9 slide (1920 × 1080)</source>
        <translation>Слайд 16:9 (1920 × 1080)</translation>
    </message>
</context>
<context>
    <name>dpa::ProblemList</name>
    <message numerus="yes">
        <location filename="../app/desktop/editing/problemlist.cpp" line="+57"/>
        <source>%1 (%2, %n rows)</source>
        <translation>
            <numerusform>%1 (%2, %n строка)</numerusform>
            <numerusform>%1 (%2, %n строки)</numerusform>
            <numerusform>%1 (%2, %n строк)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::ProblemsDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/problemsdialog.cpp" line="+14"/>
        <source>Problems in %1</source>
        <translation>Проблемы в %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n problem(s) were found. What is sound has been loaded; the rest is left out until it is fixed.</source>
        <translation>
            <numerusform>Найдена %n проблема. Всё исправное загружено; остальное не учитывается, пока не будет исправлено.</numerusform>
            <numerusform>Найдено %n проблемы. Всё исправное загружено; остальное не учитывается, пока не будет исправлено.</numerusform>
            <numerusform>Найдено %n проблем. Всё исправное загружено; остальное не учитывается, пока не будет исправлено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::ReadingGuideDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/readingguidedialog.cpp" line="+36"/>
        <source>How to read this map</source>
        <translation>Как читать эту карту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Each district, place or front is coloured by what the sources say of it on the date shown. Authorities of one &lt;i&gt;bloc&lt;/i&gt; are one camp: allies never make dual power between themselves. Click a feature for its claims and their sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Каждый район, место или фронт окрашен согласно тому, что говорят о нём источники на показанную дату. Органы власти одного &lt;i&gt;лагеря&lt;/i&gt; выступают как единое целое: союзники никогда не образуют двоевластия между собой. Щёлкните по объекту, чтобы увидеть его притязания и их источники.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>One camp holds or claims it, alone. A pale tint: a title that nobody is recorded enforcing.</source>
        <translation>Одна сторона единолично контролирует объект или притязает на него. Бледный тон: притязание, которое, по имеющимся сведениям, никто не осуществляет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rival camps are each in force over the same whole ground, by control or by claim: the wide bands are the side that holds it de facto, each narrow band another camp. This is dual power in Lenin&apos;s and Trotsky&apos;s sense, not a front line.</source>
        <translation>Соперничающие лагеря одновременно действуют на всей одной и той же территории — контролем или притязанием: широкие полосы — сторона, контролирующая её де-факто, каждая узкая полоса — другой лагерь. Это двоевластие в смысле Ленина и Троцкого, а не линия фронта.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rival camps each control a part: columns in proportion to their shares. The front runs somewhere inside; the shares are the package&apos;s estimate.</source>
        <translation>Каждый из соперничающих лагерей контролирует часть: столбцы пропорциональны их долям. Фронт проходит где-то внутри; доли — оценка составителей пакета.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A foreign force holds it without claiming sovereignty (bars), over the colour of whoever holds the title.</source>
        <translation>Иностранная сила контролирует объект, не притязая на суверенитет (горизонтальные полосы), поверх цвета того, кому принадлежит право де-юре.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open fighting over it.</source>
        <translation>Открытые бои за объект.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One camp&apos;s claim ends on the day a rival&apos;s begins, and the sources give no hour: the day belongs to the newcomer (its colour), dotted with the colour of the one leaving.</source>
        <translation>Притязание одного лагеря заканчивается в тот день, когда начинается притязание соперника, а час в источниках не указан: день принадлежит новой стороне (её цвет), с точками цвета уходящей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sources say nothing of it.</source>
        <translation>Источники ничего о нём не говорят.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paler</source>
        <translation>Бледнее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower confidence in the claims in force. Dashed outlines: approximate boundaries. A small pennant: troops or officials present without governing.</source>
        <translation>Ниже достоверность действующих притязаний. Пунктирный контур: приблизительные границы. Маленький флажок: войска или должностные лица присутствуют, не осуществляя власти.</translation>
    </message>
</context>
<context>
    <name>dpa::ScanView</name>
    <message>
        <location filename="../app/desktop/georef/scanview.cpp" line="+172"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
</context>
<context>
    <name>dpa::SearchField</name>
    <message>
        <location filename="../app/desktop/searchfield.cpp" line="+17"/>
        <source>Search places and events (Ctrl+K)</source>
        <translation>Поиск мест и событий (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 — event, %2</source>
        <translation>%1 — событие, %2</translation>
    </message>
</context>
<context>
    <name>dpa::StagedFile</name>
    <message>
        <location filename="../gis/io/stagedfile.cpp" line="+24"/>
        <source>folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>writing was cancelled</source>
        <translation>запись отменена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write to disk (full?)</source>
        <translation>не удаётся записать на диск (диск заполнен?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot move the finished file into place</source>
        <translation>не удаётся переместить готовый файл на место</translation>
    </message>
</context>
<context>
    <name>dpa::StateSummary</name>
    <message>
        <location filename="../app/desktop/statesummary.cpp" line="+10"/>
        <source>nobody recorded</source>
        <translation>никто не зафиксирован</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 by title only: %2 claims it, nobody is recorded holding it</source>
        <translation>%1 лишь формально: претендует %2, фактический контроль не зафиксирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>%1 by %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1: rival titles of %2 and %3, nobody recorded holding it</source>
        <translation>%1: соперничающие притязания %2 и %3, фактический контроль не зафиксирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 holds it de facto; %3 also in force</source>
        <translation>%1: де-факто контролирует %2; в силе также %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 by %2; title: %3</source>
        <translation>%1: %2; де-юре: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: fighting between %2</source>
        <translation>%1: бои между %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 с %2 по %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>present without governing: %1</source>
        <translation>присутствует без власти: %1</translation>
    </message>
</context>
<context>
    <name>dpa::TimelinePanel</name>
    <message>
        <location filename="../app/desktop/panels/timelinepanel.cpp" line="+31"/>
        <source>Start of the period (Home)</source>
        <translation>Начало периода (Home)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous change (Page Up)</source>
        <translation>Предыдущее изменение (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back by the unit chosen beside (keys: Left a day, Alt an hour, Shift a week, Ctrl a month)</source>
        <translation>Шаг назад на выбранную рядом единицу (клавиши: Влево — день, Alt — час, Shift — неделя, Ctrl — месяц)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play / pause (Space)</source>
        <translation>Воспроизведение / пауза (Пробел)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step forward by the unit chosen beside (keys: Right a day, Alt an hour, Shift a week, Ctrl a month)</source>
        <translation>Шаг вперёд на выбранную рядом единицу (клавиши: Вправо — день, Alt — час, Shift — неделя, Ctrl — месяц)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next change (Page Down)</source>
        <translation>Следующее изменение (Page Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the period (End)</source>
        <translation>Конец периода (End)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step by</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour/s</source>
        <translation>1 час/с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 hours/s</source>
        <translation>6 часов/с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day/s</source>
        <translation>1 день/с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 days/s</source>
        <translation>3 дня/с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week/s</source>
        <translation>1 неделя/с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 weeks/s</source>
        <translation>2 недели/с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 month/s</source>
        <translation>1 месяц/с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop</source>
        <translation>По кругу</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n claims in force have approximate or uncertain dates</source>
        <translation>
            <numerusform>%n действующее притязание имеет приблизительные или неточные даты</numerusform>
            <numerusform>%n действующих притязания имеют приблизительные или неточные даты</numerusform>
            <numerusform>%n действующих притязаний имеют приблизительные или неточные даты</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::UserGuideDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/userguidedialog.cpp" line="+12"/>
        <source>Dual Power Atlas: User Guide</source>
        <translation>Атлас двоевластия: руководство пользователя</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user guide is missing from this build (docs/user-guide.md).</source>
        <translation>Руководство пользователя отсутствует в этой сборке (docs/user-guide.md).</translation>
    </message>
</context>
<context>
    <name>dpa::cli</name>
    <message>
        <location filename="../app/cli/layoutoptions.cpp" line="-42"/>
        <source>title on the picture instead of the case study&apos;s</source>
        <translation>заголовок изображения вместо названия исследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line under the title</source>
        <translation>строка под заголовком</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where the legend goes: %1 (default auto: a corner over no feature, else beside the map)</source>
        <translation>где размещается легенда: %1 (по умолчанию auto: в углу, не закрывающем объекты, иначе рядом с картой)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no legend</source>
        <translation>без легенды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a small map of the whole case study with the picture&apos;s extent on it</source>
        <translation>небольшая карта всего исследования с охватом изображения на ней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no scale bar and north arrow</source>
        <translation>без масштабной линейки и стрелки севера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web tiles under the map: an XYZ address with {z}, {x} and {y} (https:// or file://), or WMTS:CAPABILITIES-URL</source>
        <translation>веб-тайлы под картой: адрес XYZ с {z}, {x} и {y} (https:// или file://) или WMTS:АДРЕС-CAPABILITIES</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the basemap&apos;s attribution, added to the credits</source>
        <translation>указание авторства подложки, добавляется к указанию авторства карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the deepest zoom level the tile service has (default 19)</source>
        <translation>самый глубокий уровень масштаба, который есть у сервиса тайлов (по умолчанию 19)</translation>
    </message>
</context>
<context>
    <name>dpa::tilebasemap</name>
    <message>
        <location filename="../gis/io/tilebasemap.cpp" line="+48"/>
        <source>no address given</source>
        <translation>адрес не указан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: after WMTS: give the http(s) address of the service&apos;s capabilities</source>
        <translation>«%1»: после WMTS: укажите http(s)-адрес описания возможностей (capabilities) сервиса</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: a tile address starts with https://, http:// or file://</source>
        <translation>«%1»: адрес тайлов начинается с https://, http:// или file://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has no %2: write the tile address with {z}, {x} and {y}, as in https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>в «%1» нет %2: пишите адрес тайлов с {z}, {x} и {y}, например https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>basemap</source>
        <translation>подложка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>basemap %1</source>
        <translation>подложка %1</translation>
    </message>
</context>
</TS>
