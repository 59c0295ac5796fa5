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
        <location line="+20"/>
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
        <location filename="../gis/io/vectorreader.cpp" line="+47"/>
        <location filename="../gis/package/csvreader.cpp" line="+63"/>
        <location filename="../gis/package/packagearchive.cpp" line="+222"/>
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
        <location filename="../gis/georef/periodmapmanifest.cpp" line="+29"/>
        <location filename="../gis/package/import/linkedplacesfile.cpp" line="+296"/>
        <location filename="../gis/package/import/placesimport.cpp" line="+120"/>
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
        <location filename="../gis/georef/periodmapmanifest.cpp" line="+35"/>
        <location line="+3"/>
        <source>cannot write (%1)</source>
        <translation>не удаётся записать (%1)</translation>
    </message>
    <message>
        <location filename="../gis/package/csvreader.cpp" line="+3"/>
        <source>file is %1 MB; at most %2 MB is allowed</source>
        <translation>размер файла %1 МБ; допускается не более %2 МБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../gis/package/edit/editabletable.cpp" line="+26"/>
        <location filename="../gis/package/import/importtable.cpp" line="+31"/>
        <location filename="../gis/package/import/tablemerge.cpp" line="+33"/>
        <location filename="../gis/package/packagemanifest.cpp" line="+333"/>
        <source>cannot read file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>quoted field is never closed where it should be (this row is skipped; the rows after it are read)</source>
        <translation>поле в кавычках не закрыто там, где должно (эта строка пропущена; следующие строки прочитаны)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>quoted field is never closed (this row is skipped; the rows after it are read)</source>
        <translation>поле в кавычках не закрыто (эта строка пропущена; следующие строки прочитаны)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>file is not UTF-8 text (save the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>файл не является текстом в UTF-8 (сохраните таблицу как &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file is not text: it has a NUL byte here (save the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>файл не является текстом: здесь в нём нулевой байт NUL (сохраните таблицу как &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the columns are separated by semicolons: save the spreadsheet as CSV with commas (&quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>столбцы разделены точкой с запятой: сохраните таблицу как CSV с запятыми (&quot;CSV UTF-8 (comma delimited)&quot;)</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+34"/>
        <source>quote inside an unquoted field: put the whole field in quotes and double the inner quotes</source>
        <translation>кавычка внутри поля без кавычек: заключите всё поле в кавычки и удвойте внутренние кавычки</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>text after the closing quote of a field</source>
        <translation>текст после закрывающей кавычки поля</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>file is empty: a header row is required</source>
        <translation>файл пуст: нужна строка заголовка</translation>
    </message>
    <message>
        <location filename="../gis/package/datasetpackage.cpp" line="+28"/>
        <source>layer &quot;%1&quot;: %2</source>
        <translation>слой «%1»: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+67"/>
        <source>attribute &quot;%1&quot; named in manifest.json is not in the layer (it has: %2)</source>
        <translation>атрибута «%1», указанного в manifest.json, нет в слое (в нём есть: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/layerfeaturerules.cpp" line="+29"/>
        <source>feature has no id in &quot;%1&quot;</source>
        <translation>у объекта нет id в «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id is used by more than one feature</source>
        <translation>id используется более чем одним объектом</translation>
    </message>
    <message>
        <location filename="../gis/package/datasetpackage.cpp" line="+25"/>
        <source>period map &quot;%1&quot;: %2</source>
        <translation>историческая карта «%1»: %2</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location line="+48"/>
        <source>file not found: every package states its data&apos;s licences and attributions</source>
        <translation>файл не найден: каждый пакет указывает лицензии и авторство своих данных</translation>
    </message>
    <message>
        <location filename="../gis/time/dateinterval.cpp" line="+66"/>
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
        <location filename="../gis/time/historicaldate.cpp" line="+134"/>
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
        <location filename="../gis/time/datetext.cpp" line="+209"/>
        <source>%1 BC</source>
        <translation>%1 до н. э.</translation>
    </message>
    <message>
        <location filename="../gis/package/packagefolder.cpp" line="+46"/>
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
        <location filename="../gis/package/claimstable.cpp" line="+255"/>
        <location filename="../gis/package/packagetables.cpp" line="+22"/>
        <source>missing column(s): %1 (the header must have: %2)</source>
        <translation>отсутствуют столбцы: %1 (в заголовке должны быть: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+18"/>
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
        <location filename="../gis/package/claimstable.cpp" line="-121"/>
        <source>row has %1 fields; the header has %2</source>
        <translation>в строке полей: %1; в заголовке: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>feature &quot;%1&quot; is not in any feature layer</source>
        <translation>объекта «%1» нет ни в одном слое объектов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>authority &quot;%1&quot; is not in the manifest</source>
        <translation>органа власти «%1» нет в манифесте</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>role &quot;%1&quot; is not one of %2</source>
        <translation>роль «%1» не входит в число допустимых: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>confidence &quot;%1&quot; is not high, medium, low or a number from 0 to 1</source>
        <translation>достоверность «%1» — не high, medium, low и не число от 0 до 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>claim cites no source: every claim needs one</source>
        <translation>притязание не ссылается на источник: каждому притязанию нужен хотя бы один</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>share &quot;%1&quot; is not a number above 0 and at most 1 (the part of the feature this claim controls)</source>
        <translation>доля «%1» не является числом больше 0 и не больше 1 (частью объекта, которую контролирует это притязание)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>share is only for control claims (camps that each control a part of a divided feature), not %1</source>
        <translation>доля задаётся только для притязаний control (сторон, каждая из которых контролирует часть разделённого объекта), а не для %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 claim(s) are about layer &quot;%2&quot;, which could not be read (see its problem): left out until it is</source>
        <translation>притязаний, относящихся к слою «%2», который не удалось прочитать (см. описание проблемы): %1; они не учитываются, пока слой не будет исправлен</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+22"/>
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
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+167"/>
        <source>cannot open as a vector layer in an allowed format (%1)</source>
        <translation>не удаётся открыть как векторный слой в допустимом формате (%1)</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="-33"/>
        <location filename="../gis/io/vectorreader.cpp" line="+10"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+6"/>
        <source>file holds no vector layer</source>
        <translation>в файле нет векторного слоя</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gis/io/vectorreader.cpp" line="+1"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+1"/>
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
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="-26"/>
        <source>layer CRS not understood</source>
        <translation>CRS слоя не распознана</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+4"/>
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
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+93"/>
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
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+13"/>
        <source>some coordinates cannot be transformed to %1</source>
        <translation>некоторые координаты не удаётся преобразовать в %1</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="-44"/>
        <location filename="../gis/io/vectorreader.cpp" line="+6"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+55"/>
        <location line="+58"/>
        <source>error while reading features</source>
        <translation>ошибка при чтении объектов</translation>
    </message>
    <message>
        <location filename="../app/desktop/georef/typedcoordinates.cpp" line="+34"/>
        <source>%1, %2 cannot be taken from %3 into the case study&apos;s CRS</source>
        <translation>%1, %2 не удаётся перевести из %3 в CRS исследования</translation>
    </message>
    <message>
        <location filename="../app/desktop/panels/eventspanel.cpp" line="+23"/>
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
        <location line="+93"/>
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
        <location filename="../gis/georef/periodmapmanifest.cpp" line="-32"/>
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
        <location filename="../gis/package/postgis/pgpull.cpp" line="+54"/>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="+176"/>
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
        <location line="+32"/>
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
        <location filename="../gis/package/import/placesimport.cpp" line="-20"/>
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
        <location filename="../gis/package/import/placesimport.cpp" line="+140"/>
        <location line="+8"/>
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
    <message numerus="yes">
        <location filename="../gis/package/newcasestudy.cpp" line="+55"/>
        <source> (and %n more problem(s); `dpatlas-cli import --places` lists them all)</source>
        <translation>
            <numerusform> (и ещё %n проблема; `dpatlas-cli import --places` выводит их все)</numerusform>
            <numerusform> (и ещё %n проблемы; `dpatlas-cli import --places` выводит их все)</numerusform>
            <numerusform> (и ещё %n проблем; `dpatlas-cli import --places` выводит их все)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+142"/>
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
        <location filename="../gis/package/packagearchive.cpp" line="-178"/>
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
        <location filename="../gis/package/postgis/pgpush.cpp" line="+311"/>
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
        <location filename="../gis/package/postgis/pgpush.cpp" line="-43"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a packed case study is a GeoPackage: name it .gpkg</source>
        <translation>упакованное исследование — это GeoPackage: дайте файлу расширение .gpkg</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the layer %1 would overwrite the package&apos;s own table of that name</source>
        <translation>слой %1 перезаписал бы одноимённую собственную таблицу пакета</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../gis/package/cachefolder.cpp" line="+21"/>
        <source>cannot create the cache folder</source>
        <translation>не удаётся создать папку кэша</translation>
    </message>
    <message>
        <location filename="../gis/package/packagearchive.cpp" line="+8"/>
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
        <location filename="../layers/export/videosink.cpp" line="+71"/>
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
        <location filename="../layers/export/videosink.cpp" line="+102"/>
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
        <location filename="../layers/export/pngsequencesink.cpp" line="+24"/>
        <source>cannot write frames</source>
        <translation>не удаётся записать кадры</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write frame %1 (disk full?)</source>
        <translation>не удаётся записать кадр %1 (диск заполнен?)</translation>
    </message>
    <message>
        <location filename="../layers/export/videosink.cpp" line="-112"/>
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
        <location line="+51"/>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <location line="-75"/>
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
        <location line="+57"/>
        <source>cannot finish the file</source>
        <translation>не удаётся завершить файл</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgcache.cpp" line="+86"/>
        <source>another program has been pulling a case study for two minutes; try again</source>
        <translation>другая программа уже две минуты загружает исследование; попробуйте ещё раз</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>cannot write in the cache folder: %1</source>
        <translation>не удаётся записать в папку кэша: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot move the pulled copy into the cache</source>
        <translation>не удаётся переместить загруженную копию в кэш</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a case study pulled from a database</source>
        <translation>это не исследование, загруженное из базы данных</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the record of where this copy was pulled from is damaged; open it from the database again</source>
        <translation>запись о том, откуда загружена эта копия, повреждена; снова откройте исследование из базы данных</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgcasestudyschema.cpp" line="+14"/>
        <source>it holds no case study (dpatlas-cli push puts one there)</source>
        <translation>в ней нет исследования (его помещает туда dpatlas-cli push)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its case studies are in schema(s): %1</source>
        <translation>её исследования находятся в схемах: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no schema named: write the case study&apos;s schema after &apos;#&apos; (pg:CONNECTION#SCHEMA); %1: %2</source>
        <translation>схема не указана: пишите схему исследования после &apos;#&apos; (pg:CONNECTION#SCHEMA); %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no schema &quot;%2&quot;; %3</source>
        <translation>в %1 нет схемы «%2»; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema &quot;%1&quot; of %2 is not a case study (it has no %3 table); %4</source>
        <translation>схема «%1» в %2 не является исследованием (в ней нет таблицы %3); %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schema &quot;%1&quot; of %2 is not a case study: its %3 table has %4 rows instead of one</source>
        <translation>схема «%1» в %2 не является исследованием: в её таблице %3 строк: %4, а не одна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema &quot;%1&quot; holds a case study in format &quot;%2&quot;, which this version of Dual Power Atlas does not read (it reads %3); a newer version may</source>
        <translation>схема «%1» содержит исследование в формате «%2», который эта версия «Атласа двоевластия» не читает (она читает %3); возможно, прочитает более новая версия</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgconnection.cpp" line="+16"/>
        <source>the default server</source>
        <translation>сервер по умолчанию</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the PostgreSQL server at %1 asks for a password for user &quot;%2&quot; and none was given: put it in ~/.pgpass (or PGPASSWORD), or add password=… to the connection</source>
        <translation>сервер PostgreSQL на %1 запрашивает пароль для пользователя «%2», но он не указан: запишите его в ~/.pgpass (или PGPASSWORD) или добавьте password=… к строке подключения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PostgreSQL server at %1 refused the password for user &quot;%2&quot; (or there is no such user): check the password in the connection, ~/.pgpass or PGPASSWORD</source>
        <translation>сервер PostgreSQL на %1 отклонил пароль пользователя «%2» (или такого пользователя нет): проверьте пароль в строке подключения, ~/.pgpass или PGPASSWORD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no PostgreSQL server answers at %1: is it running, and are host and port right?</source>
        <translation>по адресу %1 не отвечает ни один сервер PostgreSQL: запущен ли он и верно ли указаны хост и порт?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PostgreSQL server at %1 has no database &quot;%2&quot;: create it (createdb %2) or correct dbname</source>
        <translation>на сервере PostgreSQL на %1 нет базы данных «%2»: создайте её (createdb %2) или исправьте dbname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PostgreSQL server at %1 did not answer in time</source>
        <translation>сервер PostgreSQL на %1 не ответил вовремя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to the PostgreSQL server at %1</source>
        <translation>не удаётся подключиться к серверу PostgreSQL на %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>cannot connect to PostgreSQL: out of memory</source>
        <translation>не удаётся подключиться к PostgreSQL: недостаточно памяти</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>database &quot;%1&quot; at %2</source>
        <translation>база данных «%1» на %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the connection to the PostgreSQL server at %1 was lost</source>
        <translation>соединение с сервером PostgreSQL на %1 потеряно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user &quot;%1&quot; lacks the privilege for this in %2: %3</source>
        <translation>у пользователя «%1» нет прав на это в %2: %3</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the PostgreSQL server of %1 has no PostGIS installed: install it on the server (on Debian: apt install postgresql-%2-postgis-3), then run CREATE EXTENSION postgis; in database &quot;%3&quot;</source>
        <translation>на сервере PostgreSQL, где находится %1, не установлен PostGIS: установите его на сервер (в Debian: apt install postgresql-%2-postgis-3), затем выполните CREATE EXTENSION postgis; в базе данных «%3»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no PostGIS extension: connect to it as its owner or a superuser and run CREATE EXTENSION postgis; (psql -d %2 -c &apos;CREATE EXTENSION postgis&apos;)</source>
        <translation>в %1 нет расширения PostGIS: подключитесь как её владелец или суперпользователь и выполните CREATE EXTENSION postgis; (psql -d %2 -c &apos;CREATE EXTENSION postgis&apos;)</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="-107"/>
        <source>layer &quot;%1&quot; is not a plain table</source>
        <translation>слой «%1» не является обычной таблицей</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+7"/>
        <source>the server stopped taking the layer&apos;s rows</source>
        <translation>сервер перестал принимать строки слоя</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no layer to write</source>
        <translation>нет слоя для записи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GDAL has no %1 driver to write the layer with</source>
        <translation>в GDAL нет драйвера %1 для записи слоя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the layer file</source>
        <translation>не удаётся создать файл слоя</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create layer &quot;%1&quot;</source>
        <translation>не удаётся создать слой «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create attribute &quot;%1&quot;</source>
        <translation>не удаётся создать атрибут «%1»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a geometry of layer &quot;%1&quot; cannot be read back</source>
        <translation>геометрию слоя «%1» не удаётся прочитать обратно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write a feature of layer &quot;%1&quot;</source>
        <translation>не удаётся записать объект слоя «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write the layer file</source>
        <translation>не удаётся записать файл слоя</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgpull.cpp" line="-5"/>
        <location line="+73"/>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="-17"/>
        <source>refusing to write &quot;%1&quot;: not a relative path inside the package</source>
        <translation>запись «%1» отклонена: это не относительный путь внутри пакета</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>pulling cancelled</source>
        <translation>загрузка из базы данных отменена</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot pull the case study</source>
        <translation>не удаётся загрузить исследование из базы данных</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgpush.cpp" line="-241"/>
        <source>cannot push the case study: %1</source>
        <translation>не удаётся выгрузить исследование: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>column &quot;%1&quot;: names starting with dpa_ are kept for the database&apos;s own columns</source>
        <translation>столбец «%1»: имена, начинающиеся с dpa_, зарезервированы для собственных столбцов базы данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &quot;%1&quot; is empty, longer than 63 bytes or named twice, so it cannot be a database column</source>
        <translation>столбец «%1» пуст, длиннее 63 байт или встречается дважды, поэтому он не может быть столбцом базы данных</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 больше %2 МБ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>schema names starting with pg_ and information_schema belong to PostgreSQL</source>
        <translation>имена схем, начинающиеся с pg_, и information_schema принадлежат PostgreSQL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the manifest: %1</source>
        <translation>не удаётся прочитать манифест: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>schema &quot;%1&quot; of %2 exists and holds other tables, not a case study, so it is never replaced: choose another --schema</source>
        <translation>схема «%1» в %2 существует и содержит другие таблицы, а не исследование, поэтому она никогда не заменяется: выберите другую --schema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>schema &quot;%1&quot; of %2 holds case study %3 already (revision %4, saved by %5 on %6): add --replace to overwrite it, or choose another --schema</source>
        <translation>в схеме «%1» в %2 уже есть исследование %3 (ревизия %4, сохранено: %5, %6): добавьте --replace, чтобы перезаписать его, или выберите другую --schema</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pguri.cpp" line="+41"/>
        <source>&quot;%1&quot; is not a database address: write pg:CONNECTION#SCHEMA</source>
        <translation>«%1» не является адресом базы данных: пишите pg:CONNECTION#SCHEMA</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database connection &quot;%1&quot; cannot be read: %2</source>
        <translation>не удаётся прочитать строку подключения к базе данных «%1»: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema name &quot;%1&quot; is longer than PostgreSQL&apos;s 63 bytes</source>
        <translation>имя схемы «%1» длиннее допустимых в PostgreSQL 63 байт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema name &quot;%1&quot; holds a NUL character</source>
        <translation>имя схемы «%1» содержит символ NUL</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgtablesave.cpp" line="+99"/>
        <source>nothing was saved: the case study in schema &quot;%1&quot; was pushed again (replaced) since you opened it. Open it from the database again to see what it holds now.</source>
        <translation>ничего не сохранено: исследование в схеме «%1» было выгружено заново (заменено) после того, как вы его открыли. Снова откройте его из базы данных, чтобы увидеть, что в нём теперь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study was last saved by %1 on %2</source>
        <translation>последнее сохранение исследования: %1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the database has no table for %1; nothing was saved</source>
        <translation>в базе данных нет таблицы для %1; ничего не сохранено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this copy no longer matches the rows it was pulled with; nothing was saved. Open the case study from the database again.</source>
        <translation>эта копия больше не соответствует строкам, с которыми она была загружена; ничего не сохранено. Снова откройте исследование из базы данных.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: its columns were changed by someone else (they are now %2)</source>
        <translation>%1: столбцы изменены кем-то другим (теперь: %2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: deleted by someone else (%2)</source>
        <translation>%1: удалено кем-то другим (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: changed by %2 on %3</source>
        <translation>%1: изменено пользователем %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was saved: since you opened the case study, others saved rows you edited:
%1
Open the case study from the database again to see their version, and make your edits to it (note them first: opening again discards them).</source>
        <translation>Ничего не сохранено: после того как вы открыли исследование, другие сохранили строки, которые вы правили:
%1
Снова откройте исследование из базы данных, чтобы увидеть их версию, и внесите свои правки в неё (сначала запишите их: повторное открытие их отменяет).</translation>
    </message>
    <message>
        <location filename="../gis/core/jsontextedit.cpp" line="+182"/>
        <source>not a JSON object (%1)</source>
        <translation>не объект JSON (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry to add is not one JSON value (%1)</source>
        <translation>добавляемая запись не является одним значением JSON (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no element %1 in &quot;%2&quot; to replace</source>
        <translation>в «%2» нет элемента %1 для замены</translation>
    </message>
    <message>
        <location filename="../gis/package/import/linkedplacesfile.cpp" line="-248"/>
        <source>a position is not [longitude, latitude] but %1</source>
        <translation>позиция — не [долгота, широта], а %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>position [%1, %2] is not a longitude (-180 to 180) and latitude (-90 to 90): Linked Places are in WGS 84, longitude first</source>
        <translation>позиция [%1, %2] не является долготой (от -180 до 180) и широтой (от -90 до 90): Linked Places записываются в WGS 84, долгота первой</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a list of positions</source>
        <translation>%1 не является списком позиций</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 has %n position(s), fewer than %2</source>
        <translation>
            <numerusform>в %1 %n позиция, меньше чем %2</numerusform>
            <numerusform>в %1 %n позиции, меньше чем %2</numerusform>
            <numerusform>в %1 %n позиций, меньше чем %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a polygon is not a list of rings</source>
        <translation>полигон не является списком колец</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a polygon&apos;s ring</source>
        <translation>кольцо полигона</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a polygon&apos;s ring encloses nothing (fewer than 3 distinct positions)</source>
        <translation>кольцо полигона ничего не ограничивает (меньше 3 различных позиций)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the geometry is not an object</source>
        <translation>геометрия не является объектом</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the geometry has no type</source>
        <translation>у геометрии нет типа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometry type &quot;%1&quot; is not one of %2</source>
        <translation>тип геометрии «%1» не входит в число допустимых: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>geometry collections nested too deep</source>
        <translation>слишком глубокая вложенность коллекций геометрий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an empty geometry collection</source>
        <translation>пустая коллекция геометрий</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a %1 given as geowkt only: give its GeoJSON coordinates</source>
        <translation>%1 задан только как geowkt: укажите его координаты GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 without coordinates</source>
        <translation>%1 без координат</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>a line</source>
        <translation>линия</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>a MultiPoint</source>
        <translation>MultiPoint</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a MultiLineString without lines</source>
        <translation>MultiLineString без линий</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a MultiPolygon without polygons</source>
        <translation>MultiPolygon без полигонов</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>features[%1] (@id %2): id &quot;%3&quot; is that of features[%4] too; this one&apos;s is &quot;%5&quot;</source>
        <translation>features[%1] (@id %2): id «%3» совпадает с id features[%4]; у этого объекта он «%5»</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file is %1 MB, more than a layer may be (%2 MB)</source>
        <translation>размер файла %1 МБ, больше, чем допускается для слоя (%2 МБ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty: a Linked Places file is a GeoJSON FeatureCollection</source>
        <translation>файл пуст: файл Linked Places — это GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not JSON (%1): a Linked Places file is a GeoJSON FeatureCollection</source>
        <translation>не JSON (%1): файл Linked Places — это GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a Linked Places file: the file is a list, not a FeatureCollection</source>
        <translation>не файл Linked Places: файл является списком, а не FeatureCollection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Linked Places file: it has no &quot;type&quot;: &quot;FeatureCollection&quot;</source>
        <translation>не файл Linked Places: в нём нет &quot;type&quot;: &quot;FeatureCollection&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Linked Places file: its type is &quot;%1&quot;, not &quot;FeatureCollection&quot;</source>
        <translation>не файл Linked Places: его тип «%1», а не &quot;FeatureCollection&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the FeatureCollection has no &quot;features&quot; list</source>
        <translation>в FeatureCollection нет списка &quot;features&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the FeatureCollection has no features: no places to import</source>
        <translation>в FeatureCollection нет объектов: нет мест для импорта</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: not an object</source>
        <translation>%1: не объект</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no &quot;type&quot;: &quot;Feature&quot;</source>
        <translation>%1: нет &quot;type&quot;: &quot;Feature&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: its type is &quot;%2&quot;, not &quot;Feature&quot;</source>
        <translation>%1: его тип «%2», а не &quot;Feature&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no @id: every place of a Linked Places file has one, its URI, which the feature&apos;s id is made from</source>
        <translation>%1: нет @id: у каждого места в файле Linked Places он есть — это его URI, из которого строится id объекта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the same @id as features[%2] (line %3): each place&apos;s @id is its own</source>
        <translation>%1: тот же @id, что у features[%2] (строка %3): у каждого места свой @id</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;names&quot; is not a list of toponyms</source>
        <translation>%1: &quot;names&quot; не является списком топонимов</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no geometry: a feature of a layer needs one (a Point, LineString or Polygon, their Multi- forms, or a GeometryCollection of them)</source>
        <translation>%1: нет геометрии: объекту слоя она необходима (Point, LineString или Polygon, их Multi-формы или GeometryCollection из них)</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n toponym(s) without a language (&quot;lang&quot;) were not kept as names</source>
        <translation>
            <numerusform>%n топоним без языка (&quot;lang&quot;) не сохранён как название</numerusform>
            <numerusform>%n топонима без языка (&quot;lang&quot;) не сохранены как названия</numerusform>
            <numerusform>%n топонимов без языка (&quot;lang&quot;) не сохранены как названия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n площадь</numerusform>
            <numerusform>%n площади</numerusform>
            <numerusform>%n площадей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n линия</numerusform>
            <numerusform>%n линии</numerusform>
            <numerusform>%n линий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n точка</numerusform>
            <numerusform>%n точки</numerusform>
            <numerusform>%n точек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s): %1</source>
        <translation>
            <numerusform>%n место: %1</numerusform>
            <numerusform>%n места: %1</numerusform>
            <numerusform>%n мест: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gis/package/import/placesimport.cpp" line="-209"/>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot copy %1</source>
        <translation>не удаётся скопировать %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>layer id &quot;%1&quot;: letters, digits, _ and -, as places_1871</source>
        <translation>id слоя «%1»: буквы, цифры, _ и -, например places_1871</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the package has a layer &quot;%1&quot; already: choose another id with --layer, or replace it with --replace</source>
        <translation>в пакете уже есть слой «%1»: выберите другой id с помощью --layer или замените его с помощью --replace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot find layer &quot;%1&quot; in the manifest&apos;s text to replace it</source>
        <translation>не удаётся найти слой «%1» в тексте манифеста, чтобы заменить его</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is there already, named by no layer: move it away, or choose another layer id with --layer</source>
        <translation>такой файл уже есть, и ни один слой на него не ссылается: переместите его или выберите другой id слоя с помощью --layer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is layer &quot;%1&quot;&apos;s: choose another layer id with --layer</source>
        <translation>это файл слоя «%1»: выберите другой id слоя с помощью --layer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Linked Places, %1</source>
        <translation>Linked Places, %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Places from %1</source>
        <translation>Места из %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot write a scratch copy of the package to check the layer in it: %1</source>
        <translation>не удаётся записать черновую копию пакета для проверки слоя в нём: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the package does not load with the new layer</source>
        <translation>пакет не загружается с новым слоем</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the folder layers (nothing was changed)</source>
        <translation>не удаётся создать папку layers (ничего не изменено)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write: %1; and %2 could not be put back as it was</source>
        <translation>не удаётся записать: %1; при этом %2 не удалось вернуть в прежнее состояние</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, the replaced layer&apos;s file, is named by the manifest no more: delete it when you no longer need it</source>
        <translation>%1, файл заменённого слоя, больше не указан в манифесте: удалите его, когда он станет не нужен</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="-4"/>
        <source>unsupported geometry type</source>
        <translation>неподдерживаемый тип геометрии</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="+12"/>
        <source>period map &quot;%1&quot;: %2 is not in schema &quot;%3&quot;</source>
        <translation>карта эпохи «%1»: %2 нет в схеме «%3»</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>the manifest of schema &quot;%1&quot; cannot be read</source>
        <translation>манифест схемы «%1» не читается</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgstatequery.cpp" line="+53"/>
        <location filename="../gis/package/postgis/pgviewquery.cpp" line="+44"/>
        <source>layer &quot;%1&quot; has no table in schema &quot;%2&quot;</source>
        <translation>у слоя «%1» нет таблицы в схеме «%2»</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgtablerows.cpp" line="+48"/>
        <source>cannot write a temporary file for the rows of %1: %2</source>
        <translation>не удаётся записать временный файл для строк %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the row with dpa_row %1: %2</source>
        <extracomment>%1 is the row&apos;s id in the database table (its dpa_row column), %2 what is wrong</extracomment>
        <translation>строка с dpa_row %1: %2</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgviewquery.cpp" line="-28"/>
        <source>the view to read from the database is empty</source>
        <translation>область просмотра для чтения из базы пуста</translation>
    </message>
</context>
<context>
    <name>dpa</name>
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
        <location filename="../app/desktop/panels/chartpanel.cpp" line="+74"/>
        <source>Share of area by status: dual power, divided, occupied, contested, hand-over (stacked)</source>
        <translation>Доля площади по статусам: двоевластие, разделён, оккупирован, оспаривается, передача власти (с накоплением)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area each authority holds de facto (km²; by share where divided)</source>
        <translation>Площадь под фактическим контролем каждого органа власти (км²; для разделённых — по долям)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front length per pair of authorities (km)</source>
        <translation>Протяжённость фронта для каждой пары органов власти (км)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../app/desktop/panels/claimhistoryview.cpp" line="+43"/>
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
    <name>dpa::DatabaseView</name>
    <message>
        <location filename="../app/desktop/databaseview.cpp" line="+52"/>
        <source>%1 has %L2 features, but was pushed before the database kept the look-ups a view is read with: it is read whole. Push it again (dpatlas-cli push --replace) to open it by view.</source>
        <translation>В %1 %L2 объектов, но оно было отправлено до того, как база стала хранить индексы для чтения по области просмотра: оно читается целиком. Отправьте его снова (dpatlas-cli push --replace), чтобы открывать по области просмотра.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot make a temporary folder for the period maps: %1</source>
        <translation>не удаётся создать временную папку для карт эпохи: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the case study in the database no longer has its time index (it was pushed again with an older version?): open it again to read it whole</source>
        <translation>у исследования в базе больше нет временного индекса (его отправили снова более старой версией?): откройте его снова, чтобы прочитать целиком</translation>
    </message>
</context>
<context>
    <name>dpa::EditMode</name>
    <message>
        <location filename="../app/desktop/editing/editmode.cpp" line="+62"/>
        <source>&amp;Edit Case Study</source>
        <translation>Правка &amp;исследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Сох&amp;ранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;Claim…</source>
        <translation>Применить п&amp;ритязание…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+22"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+70"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+113"/>
        <source>Edit Case Study</source>
        <translation>Правка исследования</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>&amp;Undo %1</source>
        <comment>%1: the edit, as &quot;Edit role in claims.csv&quot;</comment>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <comment>%1: the edit, as &quot;Edit role in claims.csv&quot;</comment>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open a case study first.</source>
        <translation>Сначала откройте исследование.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case study is too large to read whole, so only the features in view were read from the database, and it cannot be edited here. Edit it in the database (QGIS, SQL), or pull it into a folder (dpatlas-cli pull) and edit that.</source>
        <translation>Это исследование слишком велико, чтобы читать его целиком: из базы прочитаны только объекты в области просмотра, и здесь его нельзя редактировать. Редактируйте его в базе (QGIS, SQL) или выгрузите в папку (dpatlas-cli pull) и редактируйте её.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+38"/>
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
        <location line="+26"/>
        <source>Saved to the database</source>
        <translation>Сохранено в базу данных</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>dpa::EditPanel</name>
    <message>
        <location filename="../app/desktop/editing/editpanel.cpp" line="+23"/>
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
        <location line="+95"/>
        <source>Filter: feature, authority or role (claims); any column (events, sources)</source>
        <translation>Фильтр: объект, орган власти или роль (притязания); любой столбец (события, источники)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line in the file</source>
        <translation>Строка в файле</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+68"/>
        <source>Highlight rows in force on %1</source>
        <translation>Выделить строки, действующие на %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight rows in force</source>
        <translation>Выделить действующие строки</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Click features on the map (Ctrl+click for more) to apply a claim to them.</source>
        <translation>Щёлкните объекты на карте (Ctrl+щелчок — несколько), чтобы применить к ним притязание.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../app/desktop/editing/edittablemodel.cpp" line="+24"/>
        <source>Layer</source>
        <comment>column of claims.csv: the feature&apos;s layer</comment>
        <translation>Слой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <comment>column of claims.csv: the feature&apos;s id</comment>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <comment>column of claims.csv</comment>
        <translation>Орган власти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <comment>column of claims.csv: control, claim, contested…</comment>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <comment>column of claims.csv: the date a claim begins</comment>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <comment>column of claims.csv: the date a claim ends</comment>
        <translation>Конец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <comment>column of claims.csv: high, medium, low</comment>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <comment>column of claims.csv and events.csv: the ids of the sources cited</comment>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <comment>column of claims.csv</comment>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <comment>column of claims.csv: the part of a divided feature a camp controls</comment>
        <translation>Доля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <comment>column of events.csv and sources.csv: the row&apos;s identifier</comment>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <comment>column of events.csv</comment>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <comment>column of events.csv: the event&apos;s title</comment>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <comment>column of events.csv: what happened</comment>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features</source>
        <comment>column of events.csv: the features an event touches</comment>
        <translation>Объекты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <comment>column of sources.csv: the bibliographic reference</comment>
        <translation>Библиографическая ссылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <comment>column of sources.csv: the source&apos;s web address</comment>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <comment>a column&apos;s title and the code of its language: Title (fr)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Column &quot;%1&quot; of %2</source>
        <translation>Столбец «%1» в %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit %1 in %2</source>
        <translation>Правка поля «%1» в %2</translation>
    </message>
</context>
<context>
    <name>dpa::EventsPanel</name>
    <message>
        <location filename="../app/desktop/panels/eventspanel.cpp" line="+72"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>dpa::ExportAnimationDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportanimationdialog.cpp" line="+42"/>
        <source>Export Animation</source>
        <translation>Экспорт анимации</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Step:</source>
        <translation>Шаг:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+32"/>
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
        <location filename="../app/desktop/dialogs/exportimagedialog.cpp" line="+61"/>
        <source>Export Image</source>
        <translation>Экспорт изображения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom size</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A page sets the size from the resolution: A4 at 150 dpi is 1240 × 1754 pixels</source>
        <translation>Формат страницы задаёт размер по разрешению: A4 при 150 dpi — 1240 × 1754 пикселей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page:</source>
        <translation>Страница:</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="-27"/>
        <source>%1 × %2 cm in print</source>
        <translation>%1 × %2 см в печати</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Resolution:</source>
        <translation>Разрешение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview:</source>
        <translation>Предпросмотр:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map as on screen, with title, date, legend, scale bar, north arrow and credits. PNG is a picture; SVG and PDF are vector paths an illustrator can edit.</source>
        <translation>Карта как на экране, с заголовком, датой, легендой, масштабной линейкой, стрелкой севера и указанием авторства. PNG — растровое изображение; SVG и PDF — векторные контуры, которые можно править в иллюстраторе.</translation>
    </message>
    <message>
        <location line="+117"/>
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
        <location filename="../app/desktop/dialogs/exportjobdialog.cpp" line="+55"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+122"/>
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
        <location filename="../app/desktop/dialogs/exportlayerdialog.cpp" line="+42"/>
        <source>Export Layer</source>
        <translation>Экспорт слоя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Timeline</source>
        <translation>Экспорт хронологии</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>Content:</source>
        <translation>Содержимое:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per claim, with start and end as date-time fields (QGIS&apos;s Temporal Controller plays them; KML gets TimeSpan for Google Earth).</source>
        <translation>По одной строке на притязание, с началом и концом в полях даты-времени (их воспроизводит Temporal Controller в QGIS; в KML они становятся TimeSpan для Google Earth).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All layers</source>
        <translation>Все слои</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer:</source>
        <translation>Слой:</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+11"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;FlatGeobuf (*.fgb);;CSV with WKT (*.csv)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;FlatGeobuf (*.fgb);;CSV с WKT (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the file .gpkg, .geojson, .shp, .kml, .fgb or .csv.</source>
        <translation>Дайте файлу расширение .gpkg, .geojson, .shp, .kml, .fgb или .csv.</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location filename="../app/desktop/dialogs/exportpackagedialog.cpp" line="+18"/>
        <source>Export Case Study as GeoPackage</source>
        <translation>Экспорт исследования в GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers, claims, events, sources, the manifest and the period maps of “%1” in one file. QGIS shows its layers and tables; Dual Power Atlas opens it like a folder.</source>
        <translation>Слои, притязания, события, источники, манифест и исторические карты исследования «%1» в одном файле. QGIS показывает его слои и таблицы; «Атлас двоевластия» открывает его как папку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>dpa::GeorefDialog</name>
    <message>
        <location filename="../app/desktop/georef/georefdialog.cpp" line="+247"/>
        <source>Georeference a Scan — %1</source>
        <translation>Привязка скана — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Scan…</source>
        <translation>Открыть &amp;скан…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Points…</source>
        <translation>Открыть &amp;точки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transformation:</source>
        <translation>Преобразование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan a quarter to the left (Shift+R)</source>
        <translation>Повернуть скан на четверть оборота влево (Shift+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan a quarter to the right (R)</source>
        <translation>Повернуть скан на четверть оборота вправо (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan&apos;s view to any angle (clockwise); the points stay on the scan&apos;s own pixels</source>
        <translation>Повернуть изображение скана на любой угол (по часовой стрелке); точки остаются на собственных пикселях скана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Scan&lt;/b&gt; — click a spot you can find on the map (wheel: zoom, drag: pan, drag a marker: move it)</source>
        <translation>&lt;b&gt;Скан&lt;/b&gt; — щёлкните место, которое можно найти на карте (колесо: масштаб, перетаскивание: сдвиг, перетаскивание метки: перемещение)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Map&lt;/b&gt; — click the same spot here</source>
        <translation>&lt;b&gt;Карта&lt;/b&gt; — щёлкните здесь то же место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Point</source>
        <translation>&amp;Удалить точку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the warped scan over the map</source>
        <translation>Показывать трансформированный скан поверх карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRS of the map coordinates you type and the table shows, e.g. EPSG:4326 for longitude and latitude; they are converted into the case study&apos;s CRS.</source>
        <translation>CRS координат карты, которые вы вводите и которые показывает таблица, например EPSG:4326 для долготы и широты; они пересчитываются в CRS исследования.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Point</source>
        <translation>&amp;Добавить точку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map coordinates in:</source>
        <translation>Координаты карты в:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type the map position of the spot clicked on the scan:</source>
        <translation>Или введите положение на карте места, отмеченного на скане:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity:</source>
        <translation>Непрозрачность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the map was made, e.g. 1836</source>
        <translation>когда создана карта, например 1836</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of the map:</source>
        <translation>Дата карты:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown from:</source>
        <translation>Показывать с:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as Period &amp;Map</source>
        <translation>Сохранить как историческую &amp;карту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="-42"/>
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
        <location line="+39"/>
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
        <location filename="../app/desktop/panels/inspectorpanel.cpp" line="+22"/>
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
    <name>dpa::KeyboardShortcuts</name>
    <message>
        <location filename="../app/desktop/keyboardshortcuts.cpp" line="+31"/>
        <source>play / pause</source>
        <translation>воспроизведение / пауза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day back / forward</source>
        <translation>на день назад / вперёд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an hour back / forward</source>
        <translation>на час назад / вперёд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a week back / forward</source>
        <translation>на неделю назад / вперёд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a month back / forward</source>
        <translation>на месяц назад / вперёд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous / next change</source>
        <translation>предыдущее / следующее изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start / end of the period</source>
        <translation>начало / конец периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zoom in / out, also the mouse wheel (on the map: + and -); drag to pan</source>
        <translation>приблизить / отдалить, также колесо мыши (на карте: + и -); перетаскивание — сдвиг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study</source>
        <translation>всё исследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search places and events</source>
        <translation>поиск мест и событий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>front lines</source>
        <translation>линии фронта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a case study</source>
        <translation>открыть исследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the picture</source>
        <translation>экспорт изображения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit mode: the case study&apos;s tables</source>
        <translation>режим правки: таблицы исследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo an edit</source>
        <translation>отменить правку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo</source>
        <translation>повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the edits</source>
        <translation>сохранить правки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how to read this map</source>
        <translation>как читать эту карту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quit</source>
        <translation>выход</translation>
    </message>
</context>
<context>
    <name>dpa::LayersPanel</name>
    <message>
        <location filename="../app/desktop/panels/layerspanel.cpp" line="+49"/>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw above the layer over it</source>
        <translation>Поместить над слоем, лежащим выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw below the layer under it</source>
        <translation>Поместить под слой, лежащий ниже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame the map on the selected layer or period map (or double-click it)</source>
        <translation>Показать на карте выбранный слой или историческую карту (или дважды щёлкните по ним)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>water</source>
        <comment>layer kind: filled blue</comment>
        <translation>вода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>river</source>
        <comment>layer kind: a blue line</comment>
        <translation>река</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>land</source>
        <comment>layer kind: pale fill</comment>
        <translation>суша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>boundary</source>
        <comment>layer kind: a grey line</comment>
        <translation>граница</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Layers (upper over lower; symbols and labels always on top)</source>
        <translation>Слои (верхние над нижними; значки и подписи всегда сверху)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period maps</source>
        <translation>Исторические карты</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>features</source>
        <translation>объекты</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1
Shown from %2, under the districts: lower their opacity or hide them to read it. Double-click to zoom to it.</source>
        <translation>%1
Показывается с %2, под районами: уменьшите их непрозрачность или скройте их, чтобы её прочитать. Дважды щёлкните, чтобы показать её целиком.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>none in this package</source>
        <translation>в этом пакете нет</translation>
    </message>
</context>
<context>
    <name>dpa::LayoutOptionsForm</name>
    <message>
        <location filename="../app/desktop/dialogs/layoutoptionsform.cpp" line="+30"/>
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
        <location line="+1"/>
        <source>Where it covers no feature</source>
        <translation>Там, где нет объектов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top left</source>
        <translation>Вверху слева</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top right</source>
        <translation>Вверху справа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottom left</source>
        <translation>Внизу слева</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom right</source>
        <translation>Внизу справа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beside the map</source>
        <translation>Рядом с картой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No legend</source>
        <translation>Без легенды</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../app/desktop/panels/legendpanel.cpp" line="+60"/>
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
        <location filename="../app/desktop/mainwindow.cpp" line="+85"/>
        <location line="+907"/>
        <source>Dual Power Atlas</source>
        <translation>Атлас двоевластия</translation>
    </message>
    <message>
        <location line="-862"/>
        <location line="+868"/>
        <source>1:%L1</source>
        <translation>1:%L1</translation>
    </message>
    <message>
        <location line="-865"/>
        <source>frame %1 ms</source>
        <translation>кадр: %1 мс</translation>
    </message>
    <message>
        <location line="+68"/>
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
        <source>Open from &amp;Database…</source>
        <translation>Открыть из &amp;базы данных…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+52"/>
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
        <location line="+54"/>
        <source>Open Case Study GeoPackage</source>
        <translation>Открыть исследование в формате GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed case studies (*.gpkg)</source>
        <translation>Упакованные исследования (*.gpkg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Loading cancelled</source>
        <translation>Загрузка отменена</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Computing areas and borders for the chart and the front lines…</source>
        <translation>Вычисление площадей и границ для графика и линий фронта…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+334"/>
        <source>%1[*] — Dual Power Atlas</source>
        <translation>%1[*] — Атлас двоевластия</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Showing the %L1 features in view of about %L2, read from the database</source>
        <translation>Показано %L1 объектов в области просмотра из примерно %L2, прочитанных из базы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the features in view from the database…</source>
        <translation>Чтение объектов в области просмотра из базы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the features in view from the database: %1</source>
        <translation>Не удаётся прочитать объекты в области просмотра из базы: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case study has more than %L1 features, so only those in and around the view are read from the database, again as the view moves. The legend, the chart, the search, the events&apos; features and the timeline speak of these features only.</source>
        <translation>В этом исследовании более %L1 объектов, поэтому из базы читаются только объекты в области просмотра и вокруг неё — заново при её перемещении. Легенда, диаграмма, поиск, объекты событий и шкала времени говорят только об этих объектах.</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location filename="../layers/render/mapdecorations.cpp" line="+48"/>
        <source>%1 km</source>
        <comment>the scale bar&apos;s length</comment>
        <translation>%1 км</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <comment>the scale bar&apos;s length, in metres</comment>
        <translation>%1 м</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Dashed outlines: approximate geometry (modern boundaries stand in for historical ones)</source>
        <translation>Пунктирный контур: приблизительные границы (современные границы вместо исторических)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>In force</source>
        <translation>Действующие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <comment>an authority and its bloc, in the map&apos;s legend</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+169"/>
        <source>%1: %2</source>
        <comment>an event&apos;s caption on the map: its date, its title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Basemap: %1</source>
        <translation>Подложка: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>N</source>
        <comment>north, under the map&apos;s north arrow</comment>
        <translation>С</translation>
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
        <location filename="../app/desktop/dialogs/opencasestudydialog.cpp" line="+57"/>
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
    <name>dpa::OpenDatabaseDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/opendatabasedialog.cpp" line="+22"/>
        <source>Open from Database</source>
        <translation>Открыть из базы данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case studies shared through a PostgreSQL database with PostGIS (put there with &lt;tt&gt;dpatlas-cli push&lt;/tt&gt;). Give the connection as PostgreSQL&apos;s tools take it, such as &lt;tt&gt;host=db.example.org dbname=atlas user=me&lt;/tt&gt;; keep the password in ~/.pgpass.</source>
        <translation>Исследования, к которым открыт общий доступ через базу данных PostgreSQL с PostGIS (помещаются туда командой &lt;tt&gt;dpatlas-cli push&lt;/tt&gt;). Укажите подключение так, как его принимают инструменты PostgreSQL, например &lt;tt&gt;host=db.example.org dbname=atlas user=me&lt;/tt&gt;; пароль храните в ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;List Case Studies</source>
        <translation>&amp;Показать исследования</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Подключение:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case study</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>Ревизия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>Последнее сохранение</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the default server</source>
        <translation>сервер по умолчанию</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database holds no case study yet: put one there with dpatlas-cli push.</source>
        <translation>В этой базе данных ещё нет исследований: поместите туда исследование командой dpatlas-cli push.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case study(ies) in this database.</source>
        <translation>
            <numerusform>В этой базе данных %n исследование.</numerusform>
            <numerusform>В этой базе данных %n исследования.</numerusform>
            <numerusform>В этой базе данных %n исследований.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::PagePreset</name>
    <message>
        <location filename="../layers/view/maplayout.cpp" line="+61"/>
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
    <message>
        <location filename="../app/desktop/editing/problemlist.cpp" line="+14"/>
        <source>%1: feature %2</source>
        <comment>a problem&apos;s place: a layer&apos;s file and a feature&apos;s id</comment>
        <translation>%1: объект %2</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
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
        <location filename="../app/desktop/dialogs/problemsdialog.cpp" line="+25"/>
        <source>Problems in %1</source>
        <translation>Проблемы в %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location filename="../app/desktop/searchfield.cpp" line="+19"/>
        <source>Search places and events (Ctrl+K)</source>
        <translation>Поиск мест и событий (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <source>control</source>
        <comment>a claim&apos;s role: power held de facto</comment>
        <translation>контроль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claim</source>
        <comment>a claim&apos;s role: a de jure title</comment>
        <translation>притязание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contested</source>
        <comment>a claim&apos;s role: open fighting over the feature</comment>
        <translation>бои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occupation</source>
        <comment>a claim&apos;s role: a foreign force holding the feature</comment>
        <translation>оккупация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presence</source>
        <comment>a claim&apos;s role: troops or officials present without governing</comment>
        <translation>присутствие</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../app/desktop/panels/timelinepanel.cpp" line="+39"/>
        <source>Start of the period (%1)</source>
        <translation>Начало периода (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous change (%1)</source>
        <translation>Предыдущее изменение (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step back by the unit chosen beside (keys: %1 a day, %2 an hour, %3 a week, %4 a month)</source>
        <translation>Шаг назад на выбранную рядом единицу (клавиши: %1 — день, %2 — час, %3 — неделя, %4 — месяц)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play / pause (%1)</source>
        <translation>Воспроизведение / пауза (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step forward by the unit chosen beside (keys: %1 a day, %2 an hour, %3 a week, %4 a month)</source>
        <translation>Шаг вперёд на выбранную рядом единицу (клавиши: %1 — день, %2 — час, %3 — неделя, %4 — месяц)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next change (%1)</source>
        <translation>Следующее изменение (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of the period (%1)</source>
        <translation>Конец периода (%1)</translation>
    </message>
    <message>
        <location line="+86"/>
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
        <location filename="../app/desktop/dialogs/userguidedialog.cpp" line="+23"/>
        <source>Dual Power Atlas: User Guide</source>
        <translation>Атлас двоевластия: руководство пользователя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user guide is missing from this build (docs/user-guide.md).</source>
        <translation>Руководство пользователя отсутствует в этой сборке (docs/user-guide.md).</translation>
    </message>
</context>
<context>
    <name>dpa::cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+56"/>
        <source>unknown dataset &quot;%1&quot;: not a package folder and not the id of a discovered package (see `dpatlas-cli list`)</source>
        <translation>неизвестный набор данных «%1»: это не папка пакета и не id найденного пакета (см. `dpatlas-cli list`)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 has %n problem(s), so its features and claims are incomplete: fix them (dpatlas-cli validate) or add --allow-errors to use what loads</source>
        <translation>
            <numerusform>в %1 %n проблема, поэтому его объекты и притязания неполны: исправьте её (dpatlas-cli validate) или добавьте --allow-errors, чтобы использовать то, что загружается</numerusform>
            <numerusform>в %1 %n проблемы, поэтому его объекты и притязания неполны: исправьте их (dpatlas-cli validate) или добавьте --allow-errors, чтобы использовать то, что загружается</numerusform>
            <numerusform>в %1 %n проблем, поэтому его объекты и притязания неполны: исправьте их (dpatlas-cli validate) или добавьте --allow-errors, чтобы использовать то, что загружается</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>note: %1 was pushed before claims carried their times in the database (or its calendar was changed since), so the whole case study is read; push it again with --replace to read only what a date and a box need</source>
        <translation>примечание: %1 был отправлен до того, как утверждения стали хранить свои моменты в базе (или его календарь с тех пор изменился), поэтому читается всё исследование; отправьте его снова с --replace, чтобы читать только то, что нужно для даты и области</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown calendar &quot;%1&quot;: use gregorian or julian</source>
        <translation>неизвестный календарь «%1»: используйте gregorian или julian</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad size &quot;%1&quot;: write WxH, each from 64 to %2</source>
        <translation>неверный размер «%1»: пишите ШxВ, каждое от 64 до %2</translation>
    </message>
    <message>
        <location filename="../app/cli/boxoption.cpp" line="+20"/>
        <source>bad --bbox &quot;%1&quot;: %2</source>
        <extracomment>%1 is what was typed after --bbox, %2 what is wrong with it</extracomment>
        <translation>неверный --bbox «%1»: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write four numbers XMIN,YMIN,XMAX,YMAX in the case study&apos;s CRS (or the one --bbox-crs names), separated by commas</source>
        <translation>напишите четыре числа XMIN,YMIN,XMAX,YMAX в системе координат исследования (или в той, что названа в --bbox-crs) через запятую</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number (write XMIN,YMIN,XMAX,YMAX)</source>
        <translation>«%1» не является числом (запишите XMIN,YMIN,XMAX,YMAX)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XMIN %1 is greater than XMAX %2</source>
        <translation>XMIN %1 больше, чем XMAX %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YMIN %1 is greater than YMAX %2</source>
        <translation>YMIN %1 больше, чем YMAX %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the CRS --bbox is written in (default: the case study&apos;s): EPSG:4326 for longitude and latitude, in that order, or any CRS PROJ knows</source>
        <translation>система координат, в которой записан --bbox (по умолчанию — система исследования): EPSG:4326 для долготы и широты, в этом порядке, или любая система, известная PROJ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--bbox-crs says what --bbox is written in: give --bbox too</source>
        <translation>--bbox-crs указывает, в чём записан --bbox: укажите и --bbox</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bad --bbox-crs &quot;%1&quot;: %2 (write EPSG:4326 for longitude and latitude, or another EPSG code)</source>
        <extracomment>%1 is what was typed after --bbox-crs, %2 PROJ&apos;s reason</extracomment>
        <translation>неверный --bbox-crs «%1»: %2 (напишите EPSG:4326 для долготы и широты или другой код EPSG)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--bbox cannot be turned from %1 into the case study&apos;s CRS, %2: is it in the area both CRSs cover, with longitude first for EPSG:4326?</source>
        <extracomment>%1 is the CRS of --bbox, %2 the case study&apos;s CRS</extracomment>
        <translation>--bbox нельзя перевести из %1 в систему координат исследования, %2: лежит ли он в области, которую охватывают обе системы, и идёт ли долгота первой для EPSG:4326?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>warning: --bbox meets none of the case study&apos;s features</source>
        <translation>предупреждение: --bbox не задевает ни одного объекта исследования</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: --bbox meets none of the case study&apos;s features, which lie within %1,%2,%3,%4 in longitude and latitude (--bbox-crs EPSG:4326, longitude first)</source>
        <extracomment>%1 to %4: the case study&apos;s extent in longitude and latitude, written as --bbox takes it</extracomment>
        <translation>предупреждение: --bbox не задевает ни одного объекта исследования; они лежат в пределах %1,%2,%3,%4 по долготе и широте (--bbox-crs EPSG:4326, долгота первой)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+9"/>
        <source>--at DATE is required (YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>требуется --at ДАТА (YYYY-MM-DD или YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad date &quot;%1&quot;: write YYYY-MM-DD or YYYY-MM-DDTHH:MM%2</source>
        <translation>неверная дата «%1»: пишите YYYY-MM-DD или YYYY-MM-DDTHH:MM%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>дата: YYYY-MM-DD или YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calendar of DATE and of printed dates: gregorian (default) or julian</source>
        <translation>календарь DATE и выводимых дат: gregorian (по умолчанию) или julian</translation>
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
    <message>
        <location line="-42"/>
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
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="+18"/>
        <location line="+8"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>не удаётся записать «%1»: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Numbers and geometry over a case study&apos;s time line: area and population per authority (de facto and de jure) and status, the dual-power index, every status&apos;s share, front length, days each feature spent under dual power (time series, CSV); or the territories and front lines on one date (GeoPackage or GeoJSON).</source>
        <translation>Числа и геометрия на шкале времени исследования: площадь и население под властью каждого органа власти (де-факто и де-юре) и по статусам, индекс двоевластия, доля каждого статуса, протяжённость фронта, число дней, проведённых каждым объектом в условиях двоевластия (временные ряды, CSV); или территории и линии фронта на одну дату (GeoPackage или GeoJSON).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/animatecommand.cpp" line="+20"/>
        <location filename="../app/cli/clicontext.cpp" line="-3"/>
        <location filename="../app/cli/exportcommand.cpp" line="+108"/>
        <location filename="../app/cli/repaircommand.cpp" line="+91"/>
        <source>package id, folder or packed .gpkg</source>
        <translation>id пакета, папка или упакованный .gpkg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first date of the series</source>
        <translation>первая дата ряда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date of the series</source>
        <translation>последняя дата ряда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1d, 1w, 1m or 1y (default 1d)</source>
        <translation>1d, 1w, 1m или 1y (по умолчанию 1d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date for territories or fronts</source>
        <translation>дата для территорий или линий фронта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area, population, dual-index, status-share, front-length, dual-days; or territories, fronts</source>
        <translation>area, population, dual-index, status-share, front-length, dual-days; или territories, fronts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates given and printed: gregorian (default) or julian</source>
        <translation>календарь задаваемых и выводимых дат: gregorian (по умолчанию) или julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.csv for series; OUT.gpkg or OUT.geojson for geometry</source>
        <translation>OUT.csv для рядов; OUT.gpkg или OUT.geojson для геометрии</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/animatecommand.cpp" line="+13"/>
        <location filename="../app/cli/clicontext.cpp" line="+12"/>
        <location filename="../app/cli/exportcommand.cpp" line="+14"/>
        <source>%1 needs exactly one DATASET</source>
        <extracomment>%1 is the command: state, render, analyze…</extracomment>
        <translation>%1: нужен ровно один DATASET</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/exportcommand.cpp" line="+3"/>
        <source>%1 needs -o OUT</source>
        <translation>%1: нужен -o OUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown metric &quot;%1&quot;: use area, population, dual-index, status-share, front-length, dual-days, territories or fronts</source>
        <translation>неизвестный показатель «%1»: используйте area, population, dual-index, status-share, front-length, dual-days, territories или fronts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot;: write territories and fronts to .gpkg, .geojson, .shp, .kml, .fgb or .csv</source>
        <translation>«%1»: территории и линии фронта записываются в .gpkg, .geojson, .shp, .kml, .fgb или .csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to is before --from</source>
        <translation>--to раньше --from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown step &quot;%1&quot;: use 1d, 1w, 1m or 1y</source>
        <translation>неизвестный шаг «%1»: используйте 1d, 1w, 1m или 1y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: time series are written as CSV (name it .csv)</source>
        <translation>«%1»: временные ряды записываются в CSV (дайте файлу расширение .csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/cli/animatecommand.cpp" line="+57"/>
        <location filename="../app/cli/clicontext.cpp" line="-106"/>
        <location filename="../app/cli/rendercommand.cpp" line="+139"/>
        <location filename="../app/cli/validatecommand.cpp" line="+47"/>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 declares no population (a layer&apos;s &quot;population_field&quot; in manifest.json)</source>
        <translation>в %1 не указано население (&quot;population_field&quot; слоя в manifest.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n строка</numerusform>
            <numerusform>%1: %n строки</numerusform>
            <numerusform>%1: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/animatecommand.cpp" line="-74"/>
        <source>Animate a case study&apos;s control map from one date to another, one frame per step, with the date and the events in progress burned in: an animated GIF, an MP4 (H.264), a WebM (VP9) or a folder of PNG frames.</source>
        <translation>Анимация карты контроля исследования от одной даты до другой, по кадру на шаг, с впечатанными датой и текущими событиями: анимированный GIF, MP4 (H.264), WebM (VP9) или папка кадров PNG.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first frame&apos;s date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>дата первого кадра: YYYY-MM-DD или YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date (included when a step lands on it)</source>
        <translation>последняя дата (включается, если на неё приходится шаг)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time between frames: 6h, 1d, 1w, 1m, 1y... (default 1d)</source>
        <translation>время между кадрами: 6h, 1d, 1w, 1m, 1y... (по умолчанию 1d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frames per second (default 10)</source>
        <translation>кадров в секунду (по умолчанию 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame size in pixels (default 1280x720)</source>
        <translation>размер кадра в пикселях (по умолчанию 1280x720)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates and of month steps: gregorian (default) or julian</source>
        <translation>календарь дат и шагов по месяцам: gregorian (по умолчанию) или julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/rendercommand.cpp" line="-111"/>
        <source>language of names and titles (default: the interface&apos;s, --lang)</source>
        <translation>язык названий и заголовков (по умолчанию — язык интерфейса, --lang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.gif, OUT.mp4, OUT.webm or DIR/ for PNG frames</source>
        <translation>OUT.gif, OUT.mp4, OUT.webm или DIR/ для кадров PNG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>animate needs -o OUT.gif, OUT.mp4, OUT.webm or DIR/</source>
        <translation>для animate нужен -o OUT.gif, OUT.mp4, OUT.webm или DIR/</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>animate needs --from DATE and --to DATE</source>
        <translation>для animate нужны --from DATE и --to DATE</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>frame %1 of %2</source>
        <translation>кадр %1 из %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %n frames in %2 s</source>
        <translation>
            <numerusform>%1: %n кадр за %2 с</numerusform>
            <numerusform>%1: %n кадра за %2 с</numerusform>
            <numerusform>%1: %n кадров за %2 с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-106"/>
        <source>--package exports everything: it takes no --%1</source>
        <translation>--package экспортирует всё: --%1 с ним не используется</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 packed</source>
        <translation>%1: исследование %2 упаковано</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: OpenStreetMap XML is for the timeline (--timeline), each claim an element with its start_date and end_date as OpenHistoricalMap reads them</source>
        <translation>%1: OpenStreetMap XML предназначен для хронологии (--timeline): каждое притязание — элемент со своими start_date и end_date в том виде, в каком их читает OpenHistoricalMap</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1: %n claims as OpenStreetMap elements (for OpenHistoricalMap)</source>
        <translation>
            <numerusform>%1: %n притязание в виде элементов OpenStreetMap (для OpenHistoricalMap)</numerusform>
            <numerusform>%1: %n притязания в виде элементов OpenStreetMap (для OpenHistoricalMap)</numerusform>
            <numerusform>%1: %n притязаний в виде элементов OpenStreetMap (для OpenHistoricalMap)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--linked-places exports every feature with its whole history: it takes no --%1</source>
        <translation>--linked-places экспортирует каждый объект со всей его историей: --%1 с ним не используется</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: не удаётся записать: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, %3 as relations (Linked Places Format)</source>
        <extracomment>%2 is &quot;12 places&quot;, %3 &quot;40 claims&quot;</extracomment>
        <translation>%1: %2, %3 в виде связей (Linked Places Format)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n место</numerusform>
            <numerusform>%n места</numerusform>
            <numerusform>%n мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+89"/>
        <location filename="../app/cli/validatecommand.cpp" line="+13"/>
        <source>%n claims</source>
        <translation>
            <numerusform>%n притязание</numerusform>
            <numerusform>%n притязания</numerusform>
            <numerusform>%n притязаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Export a case study&apos;s control state on a date (--at), or its whole timeline of claims (--timeline), as a layer for QGIS, ArcGIS or Google Earth: .gpkg, .geojson, .shp, .kml, .fgb or .csv (WKT). --package puts the whole case study in one GeoPackage, which the app opens and `dpatlas-cli unpack` turns back into a folder.</source>
        <translation>Экспорт состояния контроля исследования на дату (--at) или всей хронологии притязаний (--timeline) в виде слоя для QGIS, ArcGIS или Google Earth: .gpkg, .geojson, .shp, .kml, .fgb или .csv (WKT). --package помещает всё исследование в один GeoPackage, который открывается в программе и который `dpatlas-cli unpack` превращает обратно в папку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the date of the state to export</source>
        <translation>дата экспортируемого состояния</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export every claim with its start and end instead</source>
        <translation>вместо этого экспортировать каждое притязание с его началом и концом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study (layers, claims, events, sources, manifest, period maps) as one .gpkg</source>
        <translation>всё исследование (слои, притязания, события, источники, манифест, исторические карты) одним файлом .gpkg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature as a place of the Linked Places Format (World Historical Gazetteer), its names, geometry and control history with sources, as .json</source>
        <translation>каждый объект как место в формате Linked Places (World Historical Gazetteer): его названия, геометрия и история контроля с источниками, в виде .json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this layer of the package (a shapefile holds one geometry type)</source>
        <translation>только этот слой пакета (shapefile содержит геометрию одного типа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write in this CRS (default: the case study&apos;s; GeoJSON and KML are always WGS 84)</source>
        <translation>записать в этой CRS (по умолчанию — CRS исследования; GeoJSON и KML всегда в WGS 84)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDAL driver name, when the extension does not say</source>
        <translation>имя драйвера GDAL, если его не видно по расширению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of --at: gregorian (default) or julian</source>
        <translation>календарь --at: gregorian (по умолчанию) или julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output file</source>
        <translation>выходной файл</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot;: name the file .gpkg, .geojson, .shp, .kml, .fgb, .csv or .osm, or give --format</source>
        <translation>«%1»: дайте файлу расширение .gpkg, .geojson, .shp, .kml, .fgb, .csv или .osm или укажите --format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export needs either --at DATE or --timeline</source>
        <translation>для export нужен либо --at DATE, либо --timeline</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no layer &quot;%2&quot;</source>
        <translation>в %1 нет слоя «%2»</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <location filename="../app/cli/newcommand.cpp" line="+171"/>
        <location filename="../app/cli/validatecommand.cpp" line="-1"/>
        <source>%n features</source>
        <translation>
            <numerusform>%n объект</numerusform>
            <numerusform>%n объекта</numerusform>
            <numerusform>%n объектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 in %n files, one per layer:</source>
        <extracomment>%1 is &quot;40 claims&quot; or &quot;12 features&quot;</extracomment>
        <translation>
            <numerusform>%1 в %n файле, по одному на слой:</numerusform>
            <numerusform>%1 в %n файлах, по одному на слой:</numerusform>
            <numerusform>%1 в %n файлах, по одному на слой:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/georefcommand.cpp" line="+25"/>
        <source>pixel</source>
        <comment>column header: a control point&apos;s column on the scan</comment>
        <translation>пиксель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line</source>
        <comment>column header: a control point&apos;s row on the scan</comment>
        <translation>строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map x</source>
        <comment>column header</comment>
        <translation>карта x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map y</source>
        <comment>column header</comment>
        <translation>карта y</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>disabled (check point)</source>
        <translation>отключена (контрольная точка)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUTLIER</source>
        <translation>ВЫБРОС</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(outside the transformation)</source>
        <translation>(вне преобразования)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Georeference a scan by its ground control points: fit the transformation, report each point&apos;s residual (pixels and metres) and the RMS, and write the warped map as a compressed, tiled GeoTIFF with overviews, ready to be a period map. Control points are read from QGIS&apos;s .points or a CSV (id,pixel,line,map_x,map_y,enabled,crs). The output appears only once it is complete.</source>
        <translation>Привязка скана по опорным точкам: подбирает преобразование, выводит невязку каждой точки (в пикселях и метрах) и среднеквадратическую ошибку (RMS) и записывает трансформированную карту как сжатый тайловый GeoTIFF с обзорными уровнями, готовый стать исторической картой. Опорные точки читаются из файла .points QGIS или CSV (id,pixel,line,map_x,map_y,enabled,crs). Выходной файл появляется только после завершения записи.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scan: any image GDAL reads (JPEG, PNG, TIFF, …)</source>
        <translation>скан: любое изображение, которое читает GDAL (JPEG, PNG, TIFF, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the control points, .points (QGIS) or .csv</source>
        <translation>опорные точки, .points (QGIS) или .csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>helmert (2+ points), poly1 (affine, 3+), poly2 (6+), poly3 (10+) or tps (thin plate spline, 3+); default poly1</source>
        <translation>helmert (от 2 точек), poly1 (аффинное, от 3), poly2 (от 6), poly3 (от 10) или tps (сплайн тонкой пластины, от 3); по умолчанию poly1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRS of the points&apos; map coordinates, for a file that names none (QGIS&apos;s older .points)</source>
        <translation>CRS координат карты у точек, для файла, в котором она не указана (старые .points QGIS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRS of the warped map (default: the points&apos; CRS)</source>
        <translation>CRS трансформированной карты (по умолчанию — CRS точек)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the residuals and write nothing</source>
        <translation>вывести невязки и ничего не записывать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the warped map, a .tif</source>
        <translation>трансформированная карта, .tif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>georef needs one SCAN, --gcps FILE and -o OUT.tif (see dpatlas-cli georef --help)</source>
        <translation>для georef нужны один SCAN, --gcps FILE и -o OUT.tif (см. dpatlas-cli georef --help)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown --method &quot;%1&quot;: use one of %2</source>
        <translation>неизвестный --method «%1»: используйте одно из: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the warped map is written as a GeoTIFF; name it .tif</source>
        <translation>%1: трансформированная карта записывается как GeoTIFF; дайте файлу расширение .tif</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file names no CRS for its map coordinates: give it with --crs</source>
        <translation>в файле не указана CRS координат карты: задайте её с помощью --crs</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>control points: %1 (%2, %n enabled), map coordinates in %3</source>
        <extracomment>%1 is the file, %2 the number of points in it, %3 the CRS&apos;s name</extracomment>
        <translation>
            <numerusform>опорные точки: %1 (%2, включена %n), координаты карты в %3</numerusform>
            <numerusform>опорные точки: %1 (%2, включены %n), координаты карты в %3</numerusform>
            <numerusform>опорные точки: %1 (%2, включено %n), координаты карты в %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>method: %1</source>
        <translation>метод: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>RMS: %1 px, %2 m over %n enabled points</source>
        <translation>
            <numerusform>RMS: %1 пкс, %2 м по %n включённой точке</numerusform>
            <numerusform>RMS: %1 пкс, %2 м по %n включённым точкам</numerusform>
            <numerusform>RMS: %1 пкс, %2 м по %n включённым точкам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n outlier(s): residual over %1 times the median</source>
        <translation>
            <numerusform>%n выброс: невязка более чем в %1 раза больше медианы</numerusform>
            <numerusform>%n выброса: невязка более чем в %1 раза больше медианы</numerusform>
            <numerusform>%n выбросов: невязка более чем в %1 раза больше медианы</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(a thin plate spline passes through every enabled point: its residuals are zero by construction; disable a few points to check it)</source>
        <translation>(сплайн тонкой пластины проходит через каждую включённую точку: его невязки равны нулю по построению; отключите несколько точек, чтобы его проверить)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/repaircommand.cpp" line="+51"/>
        <source>%1: nothing written</source>
        <translation>%1: ничего не записано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote %1: %2 x %3 pixels in %4</source>
        <translation>записан %1: %2 x %3 пикселей за %4</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+79"/>
        <source>the package folder (or its id)</source>
        <translation>папка пакета (или его id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of claims to add</source>
        <translation>таблица притязаний для добавления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of events to add</source>
        <translation>таблица событий для добавления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of sources to add</source>
        <translation>таблица источников для добавления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook&apos;s sheet to read (default: the first)</source>
        <translation>лист книги, который нужно прочитать (по умолчанию первый)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read our COLUMN from your column HEADING (repeat), as --map start=Beginning</source>
        <translation>читать наш COLUMN из вашего столбца HEADING (можно повторять), например --map start=Beginning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a regular expression finding source ids in free citations; its group (or group &apos;id&apos;) is the id, group &apos;pages&apos; the pages; sources not yet listed are added with the citation text</source>
        <translation>регулярное выражение, находящее id источников в свободных ссылках; его группа (или группа &apos;id&apos;) — это id, группа &apos;pages&apos; — страницы; ещё не перечисленные источники добавляются с текстом ссылки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the order of numeric dates such as 25/10/1956: dmy, mdy or ymd</source>
        <translation>порядок числовых дат вроде 25/10/1956: dmy, mdy или ymd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import needs exactly one package folder</source>
        <translation>для import нужна ровно одна папка пакета</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+86"/>
        <source>%1: file not found</source>
        <translation>%1: файл не найден</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--dates %1: write dmy (25/10/1956), mdy (10/25/1956) or ymd</source>
        <translation>--dates %1: пишите dmy (25/10/1956), mdy (10/25/1956) или ymd</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+99"/>
        <source>%1 is not a package folder or the id of one (see dpatlas-cli list)</source>
        <translation>%1 не является папкой пакета или его id (см. dpatlas-cli list)</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+95"/>
        <source>Read %1: %2</source>
        <extracomment>%1 is the file&apos;s name, %2 what it holds (&quot;Linked Places, 72 place(s): 43 area(s), 29 point(s)&quot;)
----------
%1 is the file&apos;s name, %2 what it holds (&quot;CSV, semicolons, 12 row(s)&quot;)</extracomment>
        <translation>Прочитан файл %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: %1</source>
        <translation>Столбцы: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-88"/>
        <location line="+97"/>
        <source>Nothing was written: %n problem(s) to mend first.</source>
        <translation>
            <numerusform>Ничего не записано: сначала нужно устранить %n проблему.</numerusform>
            <numerusform>Ничего не записано: сначала нужно устранить %n проблемы.</numerusform>
            <numerusform>Ничего не записано: сначала нужно устранить %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-123"/>
        <source>--places adds a layer of places: it takes no --%1</source>
        <translation>--places добавляет слой мест: --%1 с ним не используется</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--layer %1: a layer id is letters, digits, _ and -, as places_1871</source>
        <translation>--layer %1: id слоя — буквы, цифры, _ и -, например places_1871</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Replaced layer %1 with %n feature(s): %2, fields %3.</source>
        <extracomment>%1 the layer&apos;s id, %2 its file, %3 its fields</extracomment>
        <translation>
            <numerusform>Слой %1 заменён, %n объект: %2, поля %3.</numerusform>
            <numerusform>Слой %1 заменён, %n объекта: %2, поля %3.</numerusform>
            <numerusform>Слой %1 заменён, %n объектов: %2, поля %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added layer %1 with %n feature(s) to manifest.json: %2, fields %3.</source>
        <translation>
            <numerusform>В manifest.json добавлен слой %1 с %n объектом: %2, поля %3.</numerusform>
            <numerusform>В manifest.json добавлен слой %1 с %n объектами: %2, поля %3.</numerusform>
            <numerusform>В manifest.json добавлен слой %1 с %n объектами: %2, поля %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manifest.json could not be edited in place and was written anew (same content, keys sorted).</source>
        <translation>manifest.json не удалось отредактировать на месте, и он записан заново (то же содержимое, ключи отсортированы).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say in SOURCES.md where %1 comes from and under which licence.</source>
        <translation>Укажите в SOURCES.md, откуда взят %1 и под какой лицензией.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the rows of your own table (CSV with commas, semicolons or tabs; .xlsx; .ods) to a package&apos;s claims, events or sources. Your column names are matched to ours (--map settles the rest), feature and authority names to their ids; every row is checked and nothing is written unless all of them are good. --places adds the places of a Linked Places file (the World Historical Gazetteer&apos;s GeoJSON-LD) as a new layer.</source>
        <translation>Добавление строк вашей собственной таблицы (CSV с запятыми, точками с запятой или табуляцией; .xlsx; .ods) к притязаниям, событиям или источникам пакета. Названия ваших столбцов сопоставляются с нашими (остальное решает --map), названия объектов и органов власти — с их id; каждая строка проверяется, и ничего не записывается, если хотя бы одна из них неверна. --places добавляет места из файла Linked Places (GeoJSON-LD из World Historical Gazetteer) как новый слой.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Linked Places file (.lpf.json) whose places become a new feature layer</source>
        <translation>файл Linked Places (.lpf.json), места которого становятся новым слоем объектов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --places: the new layer&apos;s title</source>
        <translation>с --places: название нового слоя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the layer of every feature named, when your table has no layer column; with --places, the new layer&apos;s id (default: from the file&apos;s name)</source>
        <translation>слой каждого названного объекта, если в вашей таблице нет столбца layer; с --places — id нового слоя (по умолчанию — из имени файла)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace the table&apos;s rows instead of adding to them; with --places, replace the layer of the same id</source>
        <translation>заменить строки таблицы вместо добавления к ним; с --places — заменить слой с тем же id</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>import needs one of --claims FILE, --events FILE, --sources FILE or --places FILE</source>
        <translation>для import нужен один из параметров --claims FILE, --events FILE, --sources FILE или --places FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--title names a layer of places: give it with --places FILE</source>
        <translation>--title задаёт название слоя мест: указывайте его вместе с --places FILE</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Added %n row(s) to %1 (%2 before, replaced, %3 now).</source>
        <extracomment>%1 is the table&apos;s file, %2 and %3 its numbers of rows before and after</extracomment>
        <translation>
            <numerusform>Добавлена %n строка в %1 (было %2, заменены, теперь %3).</numerusform>
            <numerusform>Добавлено %n строки в %1 (было %2, заменены, теперь %3).</numerusform>
            <numerusform>Добавлено %n строк в %1 (было %2, заменены, теперь %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added %n row(s) to %1 (%2 before, %3 now).</source>
        <translation>
            <numerusform>Добавлена %n строка в %1 (было %2, теперь %3).</numerusform>
            <numerusform>Добавлено %n строки в %1 (было %2, теперь %3).</numerusform>
            <numerusform>Добавлено %n строк в %1 (было %2, теперь %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %n source(s) to sources.csv with the citation as your table gives it; complete them there:</source>
        <translation>
            <numerusform>В sources.csv добавлен %n источник с библиографической ссылкой в том виде, в каком она дана в вашей таблице; дополните её там:</numerusform>
            <numerusform>В sources.csv добавлено %n источника с библиографическими ссылками в том виде, в каком они даны в вашей таблице; дополните их там:</numerusform>
            <numerusform>В sources.csv добавлено %n источников с библиографическими ссылками в том виде, в каком они даны в вашей таблице; дополните их там:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+13"/>
        <source>List every discovered case-study package.</source>
        <translation>Список всех найденных пакетов исследований.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no packages found in: %1</source>
        <translation>пакеты не найдены в: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+72"/>
        <source>every discovered package: id, title, period</source>
        <translation>все найденные пакеты: id, название, период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check packages; every problem as file:line: message</source>
        <translation>проверить пакеты; каждая проблема в виде файл:строка: сообщение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status and authorities of every feature on DATE</source>
        <translation>статус и органы власти каждого объекта на DATE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draw the map of DATE (default 1920x1080)</source>
        <translation>нарисовать карту на DATE (по умолчанию 1920x1080)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one frame per step, date and events burned in</source>
        <translation>по кадру на шаг, с впечатанными датой и событиями</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time series and geometry of control</source>
        <translation>временные ряды и геометрия контроля</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the state on a date, or every claim with start and end</source>
        <translation>состояние на дату или каждое притязание с началом и концом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature and its control history, for gazetteers (LPF)</source>
        <translation>каждый объект и история его контроля, для газеттиров (LPF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study in one GeoPackage (a DATASET too)</source>
        <translation>всё исследование в одном GeoPackage (тоже DATASET)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a packed case study back into a package folder</source>
        <translation>упакованное исследование обратно в папку пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study into a schema of a PostgreSQL + PostGIS database, in one transaction; from then on pg:CONNINFO#S is a DATASET for every command and for the app</source>
        <translation>исследование в схему базы данных PostgreSQL + PostGIS, в одной транзакции; после этого pg:CONNINFO#S служит DATASET для любой команды и для программы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a case study kept in PostgreSQL back into a package folder</source>
        <translation>исследование, хранящееся в PostgreSQL, обратно в папку пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start a case study from vector files, valid from the start</source>
        <translation>начать исследование с векторных файлов, допустимое с самого начала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a copy with every invalid geometry fixed (GDAL MakeValid), each fix said in words; the package itself is never changed</source>
        <translation>копия, в которой исправлена каждая недопустимая геометрия (GDAL MakeValid), с описанием каждого исправления; сам пакет никогда не изменяется</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add your own table (CSV, .xlsx, .ods) to a package, all or nothing</source>
        <translation>добавить вашу собственную таблицу (CSV, .xlsx, .ods) в пакет, всю или ничего</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warp a scan by its control points (QGIS .points or CSV) into a tiled GeoTIFF with overviews; prints residuals and RMS</source>
        <translation>трансформировать скан по опорным точкам (QGIS .points или CSV) в тайловый GeoTIFF с обзорными уровнями; выводит невязки и RMS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show this help; COMMAND --help shows the command&apos;s options</source>
        <translation>показать эту справку; COMMAND --help показывает параметры команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language of messages: en, ru, fr, es, ca or ar (default: the system&apos;s)</source>
        <translation>язык сообщений: en, ru, fr, es, ca или ar (по умолчанию — язык системы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation>показать версию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: %1</source>
        <extracomment>the first line of --help; %1 is &quot;dpatlas-cli COMMAND [OPTIONS]&quot;</extracomment>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Power Atlas on the command line: validate case-study packages, list their control state on a date, render and animate maps, export layers.</source>
        <translation>Атлас двоевластия в командной строке: проверка пакетов исследований, вывод состояния контроля на дату, отрисовка и анимация карт, экспорт слоёв.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATASET is a package id (see `list`), a package folder or a packed .gpkg. A package with problems is refused, its problems listed (exit 1); --allow-errors uses what loads of it. DATE is YYYY-MM-DD or YYYY-MM-DDTHH:MM, Gregorian unless --calendar julian; a date without a time means noon.</source>
        <translation>DATASET — это id пакета (см. `list`), папка пакета или упакованный .gpkg. Пакет с проблемами отклоняется, а его проблемы выводятся (код выхода 1); --allow-errors использует то, что из него загружается. DATE — это YYYY-MM-DD или YYYY-MM-DDTHH:MM, по григорианскому календарю, если не указано --calendar julian; дата без времени означает полдень.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packages are found in ~/.local/share/dpatlas/datasets, the folders in DPATLAS_DATASETS (&apos;:&apos;-separated), the installed share/dpatlas/datasets and, in a build from source, the source tree&apos;s datasets/.</source>
        <translation>Пакеты ищутся в ~/.local/share/dpatlas/datasets, в папках из DPATLAS_DATASETS (через &apos;:&apos;), в установленном share/dpatlas/datasets и, в сборке из исходного кода, в datasets/ дерева исходников.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit status: 0 success, 1 invalid package, 2 usage error (unknown dataset, bad date, unwritable output).</source>
        <translation>Код выхода: 0 — успех, 1 — недопустимый пакет, 2 — ошибка использования (неизвестный набор данных, неверная дата, невозможно записать результат).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unknown command &quot;%1&quot; (see dpatlas-cli --help)</source>
        <translation>неизвестная команда «%1» (см. dpatlas-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="-126"/>
        <source>Start a case-study package from vector files (GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf, CSV): the manifest, the layers as GeoJSON, empty claims, events and sources tables, and SOURCES.md, checked by the validator before anything is written.</source>
        <translation>Создание пакета исследования из векторных файлов (GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf, CSV): манифест, слои в GeoJSON, пустые таблицы притязаний, событий и источников и SOURCES.md; всё проверяется валидатором до того, как что-либо будет записано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the package id: lower case, digits and -</source>
        <translation>id пакета: строчные буквы, цифры и -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a vector file of features (repeat for more)</source>
        <translation>векторный файл объектов (повторите для нескольких)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case study&apos;s title</source>
        <translation>название исследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first and last date, as 1917-02-23..1917-11-15</source>
        <translation>первая и последняя дата, например 1917-02-23..1917-11-15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates: gregorian (default) or julian</source>
        <translation>календарь дат: gregorian (по умолчанию) или julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projected CRS to draw and measure in (default: the grid in PROJ&apos;s database with the smallest area of use over the layers; the others are listed)</source>
        <translation>проекционная CRS для отрисовки и измерений (по умолчанию — сетка из базы PROJ с наименьшей областью применения, охватывающей слои; остальные выводятся списком)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an authority: id=Name[,#rrggbb][,bloc] (repeat; colours default to a colour-blind-safe set)</source>
        <translation>орган власти: id=Name[,#rrggbb][,bloc] (повторяйте; цвета по умолчанию берутся из набора, различимого при нарушениях цветового зрения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field that identifies features (default: id, code… when unique)</source>
        <translation>поле, идентифицирующее объекты (по умолчанию id, code… если они уникальны)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field that names features (default: name, nom…)</source>
        <translation>поле с названиями объектов (по умолчанию name, nom…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature of the layers is approximate (modern boundaries standing in for the period&apos;s): drawn with dashed outlines</source>
        <translation>все объекты слоёв приблизительны (современные границы вместо границ эпохи): рисуются пунктирным контуром</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data credits printed on every map</source>
        <translation>сведения об авторах данных, печатаемые на каждой карте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new package folder (must not exist, or be empty)</source>
        <translation>папка нового пакета (не должна существовать или должна быть пустой)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new needs exactly one ID</source>
        <translation>для new нужен ровно один ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: an id is lower-case letters, digits and -, as petrograd-1917</source>
        <translation>«%1»: id состоит из строчных букв, цифр и -, например petrograd-1917</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs -o DIR, the new package&apos;s folder</source>
        <translation>для new нужен -o DIR, папка нового пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not empty: give a new folder</source>
        <translation>%1 не пуста: укажите новую папку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs --title</source>
        <translation>для new нужен --title</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new needs --period FIRST..LAST, as 1917-02-23..1917-11-15</source>
        <translation>для new нужен --period FIRST..LAST, например 1917-02-23..1917-11-15</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad --period &quot;%1&quot;: %2</source>
        <translation>неверный --period «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad --period: %1 ends before it starts</source>
        <translation>неверный --period: %1 заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad --authority &quot;%1&quot;: write id=Name[,#rrggbb][,bloc], the id in lower case (a-z, 0-9 and _)</source>
        <translation>неверный --authority «%1»: пишите id=Name[,#rrggbb][,bloc], id строчными буквами (a-z, 0-9 и _)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new needs at least one --authority id=Name (every claim names one)</source>
        <translation>для new нужен хотя бы один --authority id=Name (каждое притязание называет орган власти)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs at least one --layer FILE</source>
        <translation>для new нужен хотя бы один --layer FILE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no field identifies every feature uniquely; say which with --id-field (fields: %2)</source>
        <translation>%1: ни одно поле не идентифицирует каждый объект однозначно; укажите нужное с помощью --id-field (поля: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: field &quot;%2&quot; is missing, empty or repeated in some features (fields: %3)</source>
        <translation>%1: поле «%2» отсутствует, пусто или повторяется у некоторых объектов (поля: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no field &quot;%2&quot; (fields: %3)</source>
        <translation>%1: нет поля «%2» (поля: %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot suggest a CRS for these layers: give --crs</source>
        <translation>не удаётся предложить CRS для этих слоёв: укажите --crs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, the UTM zone of the layers</source>
        <translation>%1, зона UTM слоёв</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 = %2, the projected CRS with the smallest area of use over the layers</source>
        <translation>%1 = %2, проекционная CRS с наименьшей областью применения, охватывающей слои</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = %2, the projected CRS with the smallest area of use over the layers; others that suit them, for --crs: %3</source>
        <translation>%1 = %2, проекционная CRS с наименьшей областью применения, охватывающей слои; другие подходящие для --crs: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the new package would not be valid; nothing written</source>
        <translation>новый пакет был бы недопустимым; ничего не записано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: new case study %2 (%3, %4, %5). Next: add claims to claims.csv (datasets/README.md explains the columns), then dpatlas-cli validate %1</source>
        <extracomment>%1 is the new folder, %2 the package id, %3 &quot;2 layer(s)&quot;, %4 &quot;48 features&quot;, %5 the CRS</extracomment>
        <translation>%1: новое исследование %2 (%3, %4, %5). Далее: добавьте притязания в claims.csv (столбцы описаны в datasets/README.md), затем выполните dpatlas-cli validate %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../app/cli/repaircommand.cpp" line="+44"/>
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n слой</numerusform>
            <numerusform>%n слоя</numerusform>
            <numerusform>%n слоёв</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="-11"/>
        <source>Draw the map of a case study on a date to a PNG, or to an SVG or PDF made of vector paths.</source>
        <translation>Отрисовка карты исследования на дату в PNG либо в SVG или PDF из векторных контуров.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output file: .png, .svg or .pdf</source>
        <translation>выходной файл: .png, .svg или .pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image size in pixels (default 1920x1080)</source>
        <translation>размер изображения в пикселях (по умолчанию 1920x1080)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a page instead of --size: %1 (A4 in pixels at --dpi)</source>
        <translation>страница вместо --size: %1 (A4 в пикселях при --dpi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution for print: the picture is W/N by H/N inches (default 96)</source>
        <translation>разрешение для печати: изображение имеет размер W/N на H/N дюймов (по умолчанию 96)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draw this box, in the case study&apos;s CRS unless --bbox-crs says otherwise, widened to the picture&apos;s shape (default: every feature); a pg: dataset then reads only what is drawn from the database</source>
        <translation>нарисовать эту область — в системе координат исследования, если --bbox-crs не указывает другую, — расширенную до формы изображения (по умолчанию: все объекты); набор pg: тогда читает из базы только то, что рисуется</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>render needs -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>для render нужен -o OUT.png, OUT.svg или OUT.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: name the picture .png, .svg or .pdf</source>
        <translation>«%1»: дайте изображению расширение .png, .svg или .pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad --dpi &quot;%1&quot;: give a whole number from 10 to 2400</source>
        <translation>неверный --dpi «%1»: укажите целое число от 10 до 2400</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad --page &quot;%1&quot;: write one of %2</source>
        <translation>неверный --page «%1»: пишите одно из: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --page or --size, not both</source>
        <translation>укажите --page или --size, но не оба</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--page %1 at %2 dpi is %3x%4 pixels, over 16384: lower --dpi</source>
        <translation>--page %1 при %2 dpi — это %3x%4 пикселей, больше 16384: уменьшите --dpi</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot create a temporary folder for the period maps: %1</source>
        <translation>не удаётся создать временную папку для карт эпохи: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/repaircommand.cpp" line="-108"/>
        <source>%1: layer %2, feature %3%4: %5; fixed: %6</source>
        <extracomment>%1 is the layer&apos;s file, %4 the feature&apos;s name in parentheses or nothing, %5 what was wrong, %6 what the fix changed</extracomment>
        <translation>%1: слой %2, объект %3%4: %5; исправлено: %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; and </source>
        <comment>between two problems of one geometry</comment>
        <translation>; и </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a copy of a package with every invalid geometry fixed by GDAL&apos;s MakeValid, saying per feature what was wrong and what the fix changed. The package itself is never changed; the copy appears only once it validates.</source>
        <translation>Запись копии пакета, в которой каждая недопустимая геометрия исправлена функцией MakeValid из GDAL, с указанием для каждого объекта, что было не так и что изменило исправление. Сам пакет никогда не изменяется; копия появляется только после того, как пройдёт проверку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a new (or empty) folder for the fixed copy</source>
        <translation>новая (или пустая) папка для исправленной копии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repair needs one DATASET and -o OUTDIR (see dpatlas-cli repair --help)</source>
        <translation>для repair нужны один DATASET и -o OUTDIR (см. dpatlas-cli repair --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is inside the package %2: write the fixed copy to a folder outside it (the package itself is never changed)</source>
        <translation>%1 находится внутри пакета %2: запишите исправленную копию в папку вне его (сам пакет никогда не изменяется)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the repaired package</source>
        <translation>не удаётся записать исправленный пакет</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot copy %1 into %2; nothing written</source>
        <translation>не удаётся скопировать %1 в %2; ничего не записано</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1: nothing to fix: every geometry in its %n layer(s) is valid; nothing written</source>
        <translation>
            <numerusform>%1: исправлять нечего: все геометрии в его %n слое допустимы; ничего не записано</numerusform>
            <numerusform>%1: исправлять нечего: все геометрии в его %n слоях допустимы; ничего не записано</numerusform>
            <numerusform>%1: исправлять нечего: все геометрии в его %n слоях допустимы; ничего не записано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>the repaired copy would not validate (%n problem(s) above); nothing written</source>
        <translation>
            <numerusform>исправленная копия не прошла бы проверку (%n проблема выше); ничего не записано</numerusform>
            <numerusform>исправленная копия не прошла бы проверку (%n проблемы выше); ничего не записано</numerusform>
            <numerusform>исправленная копия не прошла бы проверку (%n проблем выше); ничего не записано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n geometry fixed in %2; the copy validates, and everything else in it is as in %3</source>
        <extracomment>%1 is the copy&apos;s folder, %2 &quot;2 layer(s)&quot;, %3 the package</extracomment>
        <translation>
            <numerusform>%1: исправлена %n геометрия в %2; копия проходит проверку, а всё остальное в ней — как в %3</numerusform>
            <numerusform>%1: исправлено %n геометрии в %2; копия проходит проверку, а всё остальное в ней — как в %3</numerusform>
            <numerusform>%1: исправлено %n геометрий в %2; копия проходит проверку, а всё остальное в ней — как в %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n geometries fixed in %2; the copy validates, and everything else in it is as in %3</source>
        <extracomment>%1 is the copy&apos;s folder, %2 &quot;2 layer(s)&quot;, %3 the package</extracomment>
        <translation>
            <numerusform>%1: исправлена %n геометрия в %2; копия проходит проверку, а всё остальное в ней — как в %3</numerusform>
            <numerusform>%1: исправлено %n геометрии в %2; копия проходит проверку, а всё остальное в ней — как в %3</numerusform>
            <numerusform>%1: исправлено %n геометрий в %2; копия проходит проверку, а всё остальное в ней — как в %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/statecommand.cpp" line="+32"/>
        <source>Status and authorities of every feature on a date.</source>
        <translation>Статус и органы власти каждого объекта на дату.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv (default) or json</source>
        <translation>csv (по умолчанию) или json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the features whose bounding box meets this box, in the case study&apos;s CRS unless --bbox-crs says otherwise (a pg: dataset then reads only those from the database)</source>
        <translation>только объекты, чей охватывающий прямоугольник задевает эту область, в системе координат исследования, если --bbox-crs не указывает другую (набор pg: тогда читает из базы только их)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format &quot;%1&quot;: use csv or json</source>
        <translation>неизвестный формат «%1»: используйте csv или json</translation>
    </message>
    <message>
        <location filename="../app/cli/unpackcommand.cpp" line="+12"/>
        <source>Turn a case study packed by `dpatlas-cli export --package` back into a package folder, file for file.</source>
        <translation>Превращение исследования, упакованного командой `dpatlas-cli export --package`, обратно в папку пакета, файл за файлом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the packed case study</source>
        <translation>упакованное исследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new (or empty) folder to unpack into</source>
        <translation>новая (или пустая) папка для распаковки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unpack needs PACKAGE.gpkg and FOLDER</source>
        <translation>для unpack нужны PACKAGE.gpkg и FOLDER</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="-43"/>
        <source>Check case-study packages; print every problem as file:line: message.</source>
        <translation>Проверка пакетов исследований; каждая проблема выводится в виде файл:строка: сообщение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>package folders or packed .gpkg files</source>
        <translation>папки пакетов или упакованные файлы .gpkg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>validate needs at least one package folder</source>
        <translation>для validate нужна хотя бы одна папка пакета</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: package folder (or packed .gpkg) not found</source>
        <translation>%1: папка пакета (или упакованный .gpkg) не найдена</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n проблема</numerusform>
            <numerusform>%1: %n проблемы</numerusform>
            <numerusform>%1: %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: valid (%2, %3, %4, %5)</source>
        <extracomment>%2 to %5 are &quot;12 features&quot;, &quot;40 claims&quot;, &quot;7 events&quot;, &quot;9 sources&quot;</extracomment>
        <translation>%1: пакет допустим (%2, %3, %4, %5)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="+12"/>
        <source>Write a case study kept in PostgreSQL (by `dpatlas-cli push`) out as a package folder. Files come back byte for byte; a layer edited in the database (in QGIS, say) is written anew from its table, in its own format.</source>
        <translation>Запись исследования, хранящегося в PostgreSQL (помещённого туда командой `dpatlas-cli push`), в папку пакета. Файлы возвращаются байт в байт; слой, отредактированный в базе данных (например, в QGIS), записывается заново из своей таблицы в своём формате.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the case study in the database (or give --pg and --schema)</source>
        <translation>исследование в базе данных (или укажите --pg и --schema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new (or empty) folder to write the package into</source>
        <translation>новая (или пустая) папка, в которую записывается пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database: libpq&apos;s connection string</source>
        <translation>база данных: строка подключения libpq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case study&apos;s schema</source>
        <translation>схема исследования</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pull needs pg:CONNINFO#SCHEMA and FOLDER, or --pg CONNINFO --schema S and FOLDER</source>
        <translation>для pull нужны pg:CONNINFO#SCHEMA и FOLDER или --pg CONNINFO --schema S и FOLDER</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 at revision %3</source>
        <translation>%1: %2, ревизия %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written anew from their tables (changed in the database): %1</source>
        <translation>записаны заново из своих таблиц (изменены в базе данных): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="+12"/>
        <source>Put a case study into a PostgreSQL database with PostGIS, for a team to share: its layers become PostGIS tables with spatial indexes, its claims, events, sources and manifest tables, all in one schema, written in one transaction (all or nothing). Open it afterwards as the DATASET pg:CONNINFO#SCHEMA.</source>
        <translation>Помещение исследования в базу данных PostgreSQL с PostGIS для совместной работы: его слои становятся таблицами PostGIS с пространственными индексами, а его притязания, события, источники и манифест — таблицами, всё в одной схеме и в одной транзакции (всё или ничего). Затем его можно открыть как DATASET pg:CONNINFO#SCHEMA.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package id, folder, packed .gpkg or pg:CONNINFO#SCHEMA</source>
        <translation>id пакета, папка, упакованный .gpkg или pg:CONNINFO#SCHEMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database: libpq&apos;s connection string (&quot;host=db.example.org dbname=atlas user=me&quot; or postgresql://…); keep the password in ~/.pgpass or PGPASSWORD</source>
        <translation>база данных: строка подключения libpq (&quot;host=db.example.org dbname=atlas user=me&quot; или postgresql://…); пароль храните в ~/.pgpass или PGPASSWORD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the schema to write (default: the package id, &apos;-&apos; as &apos;_&apos;)</source>
        <translation>схема для записи (по умолчанию — id пакета, с &apos;_&apos; вместо &apos;-&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the case study the schema holds already</source>
        <translation>заменить исследование, которое уже есть в схеме</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>push needs exactly one DATASET</source>
        <translation>для push нужен ровно один DATASET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push needs --pg CONNINFO, the database to write to</source>
        <translation>для push нужен --pg CONNINFO, база данных для записи</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: pushed to schema %2 of %3: %n layer(s), %4 features, %5 table rows, %6 other files</source>
        <translation>
            <numerusform>%1: выгружено в схему %2 в %3: %n слой, объектов: %4, строк таблиц: %5, других файлов: %6</numerusform>
            <numerusform>%1: выгружено в схему %2 в %3: %n слоя, объектов: %4, строк таблиц: %5, других файлов: %6</numerusform>
            <numerusform>%1: выгружено в схему %2 в %3: %n слоёв, объектов: %4, строк таблиц: %5, других файлов: %6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it as %1</source>
        <translation>Откройте его как %1</translation>
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
<context>
    <name>dpatlas</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+36"/>
        <source>no translation for language &quot;%1&quot;; using English</source>
        <translation>нет перевода для языка «%1»; используется английский</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dual Power Atlas: control maps of dual power over time.</source>
        <translation>Атлас двоевластия: карты контроля в периоды двоевластия и их изменение во времени.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package id, folder or packed .gpkg (default: the last one used, else petrograd-1917)</source>
        <translation>id пакета, папка или упакованный .gpkg (по умолчанию — последний использованный, иначе petrograd-1917)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open on this date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>открыть на эту дату: YYYY-MM-DD или YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of --at: gregorian (default) or julian</source>
        <translation>календарь --at: gregorian (по умолчанию) или julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>side panel to show first: events, inspector or chart</source>
        <translation>боковая панель, показываемая первой: events, inspector или chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open an export dialog: layer, timeline, image, animation or package</source>
        <translation>открыть диалог экспорта: layer, timeline, image, animation или package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw the front lines on the map</source>
        <translation>рисовать линии фронта на карте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interface language: en, ru, fr, es, ca or ar</source>
        <translation>язык интерфейса: en, ru, fr, es, ca или ar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown calendar &quot;%1&quot;: use gregorian or julian</source>
        <translation>неизвестный календарь «%1»: используйте gregorian или julian</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bad date &quot;%1&quot;: write YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>неверная дата «%1»: пишите YYYY-MM-DD или YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown dataset &quot;%1&quot; (see dpatlas-cli list)</source>
        <translation>неизвестный набор данных «%1» (см. dpatlas-cli list)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown panel &quot;%1&quot;: use events, inspector or chart</source>
        <translation>неизвестная панель «%1»: используйте events, inspector или chart</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown export &quot;%1&quot;: use layer, timeline, image, animation or package</source>
        <translation>неизвестный экспорт «%1»: используйте layer, timeline, image, animation или package</translation>
    </message>
</context>
</TS>
