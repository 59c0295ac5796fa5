<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>GeorefDialog</name>
    <message>
        <location filename="../app/desktop/georef/gcpcommands.cpp" line="+11"/>
        <source>add point %1</source>
        <translation>añadir el punto %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>delete point %1</source>
        <translation>borrar el punto %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../gis/time/calendar.cpp" line="+90"/>
        <source>O.S.</source>
        <translation>e. a.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N.S.</source>
        <translation>e. n.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>month %1 does not exist</source>
        <translation>el mes %1 no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-%2 has no day %3 in the %4 calendar</source>
        <translation>%1-%2 no tiene día %3 en el calendario %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Feb 1918 did not exist in Russia: 31 Jan 1918 (O.S.) was followed by 14 Feb 1918 (N.S.)</source>
        <translation>el %1 de febrero de 1918 no existió en Rusia: al 31 de enero de 1918 (e. a.) le siguió el 14 de febrero de 1918 (e. n.)</translation>
    </message>
    <message>
        <location filename="../gis/io/coordinatetransform.cpp" line="+14"/>
        <source>cannot transform coordinates: CRS is not set</source>
        <translation>no se pueden transformar las coordenadas: no se ha fijado el CRS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no transformation from %1 to %2</source>
        <translation>no hay transformación de %1 a %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot normalise axis order from %1 to %2</source>
        <translation>no se puede normalizar el orden de los ejes de %1 a %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot transform point (%1, %2) from %3 to %4</source>
        <translation>no se puede transformar el punto (%1, %2) de %3 a %4</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>identity</source>
        <translation>identidad</translation>
    </message>
    <message>
        <location filename="../gis/io/crs.cpp" line="+14"/>
        <source>empty CRS definition</source>
        <translation>definición de CRS vacía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRS definition may not reference files or URLs: %1</source>
        <translation>la definición del CRS no puede remitir a archivos ni a URL: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown or invalid CRS &quot;%1&quot;</source>
        <translation>CRS &quot;%1&quot; desconocido o no válido</translation>
    </message>
    <message>
        <location filename="../gis/georef/gcpfile.cpp" line="+27"/>
        <location filename="../gis/io/rasterreader.cpp" line="+82"/>
        <location filename="../gis/io/vectorreader.cpp" line="+89"/>
        <location filename="../gis/package/csvtable.cpp" line="+14"/>
        <location filename="../gis/package/packagearchive.cpp" line="+219"/>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB is too large for a file of control points</source>
        <translation>%1 MB es demasiado para un archivo de puntos de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="+93"/>
        <source>cannot read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>PROJ does not know the CRS of the map coordinates</source>
        <translation>PROJ no conoce el CRS de las coordenadas del mapa</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a point needs mapX, mapY, sourceX and sourceY; this line has %1 field(s)</source>
        <translation>un punto necesita mapX, mapY, sourceX y sourceY; esta línea tiene %1 campo(s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a number: &quot;%2&quot;</source>
        <translation>%1 no es un número: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>enable is 1 or 0, not &quot;%1&quot;</source>
        <translation>enable vale 1 o 0, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the header lacks the column(s) %1 (expected id,pixel,line,map_x,map_y,enabled,crs)</source>
        <translation>a la cabecera le faltan las columnas %1 (se esperaba id,pixel,line,map_x,map_y,enabled,crs)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point %1: %2 is not a number: &quot;%3&quot;</source>
        <translation>punto %1: %2 no es un número: &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>point %1: enabled is 1 or 0, not &quot;%2&quot;</source>
        <translation>punto %1: enabled vale 1 o 0, no &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point %1: every point must be in the same CRS (this one says %2, the first said %3)</source>
        <translation>punto %1: todos los puntos deben estar en el mismo CRS (este indica %2, el primero indicaba %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty file: expected the header id,pixel,line,map_x,map_y,enabled,crs</source>
        <translation>archivo vacío: se esperaba la cabecera id,pixel,line,map_x,map_y,enabled,crs</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <location line="+3"/>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="+46"/>
        <location line="+3"/>
        <source>cannot write (%1)</source>
        <translation>no se puede escribir (%1)</translation>
    </message>
    <message>
        <location filename="../gis/package/csvtable.cpp" line="+2"/>
        <source>file is %1 MB; at most %2 MB is allowed</source>
        <translation>el archivo ocupa %1 MB; se admiten como máximo %2 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../gis/package/edit/editabletable.cpp" line="+26"/>
        <location filename="../gis/package/import/importtable.cpp" line="+31"/>
        <location filename="../gis/package/import/tablemerge.cpp" line="+33"/>
        <location filename="../gis/package/packagemanifest.cpp" line="+333"/>
        <source>cannot read file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>quoted field is never closed where it should be (this row is skipped; the rows after it are read)</source>
        <translation>un campo entre comillas no se cierra donde debería (se omite esta fila; se leen las siguientes)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>quoted field is never closed (this row is skipped; the rows after it are read)</source>
        <translation>un campo entre comillas no se cierra nunca (se omite esta fila; se leen las siguientes)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>file is not UTF-8 text (save the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>el archivo no es texto UTF-8 (guarde la hoja de cálculo como &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the columns are separated by semicolons: save the spreadsheet as CSV with commas (&quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>las columnas están separadas por punto y coma: guarde la hoja de cálculo como CSV con comas (&quot;CSV UTF-8 (delimitado por comas)&quot;)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>quote inside an unquoted field: put the whole field in quotes and double the inner quotes</source>
        <translation>comillas dentro de un campo sin comillas: ponga todo el campo entre comillas y duplique las comillas interiores</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>text after the closing quote of a field</source>
        <translation>texto tras las comillas de cierre de un campo</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>file is empty: a header row is required</source>
        <translation>el archivo está vacío: se necesita una fila de cabecera</translation>
    </message>
    <message>
        <location filename="../gis/package/datasetpackage.cpp" line="+34"/>
        <source>layer &quot;%1&quot;: %2</source>
        <translation>capa &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>attribute &quot;%1&quot; named in manifest.json is not in the layer (it has: %2)</source>
        <translation>el atributo &quot;%1&quot; indicado en manifest.json no está en la capa (tiene: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feature has no id in &quot;%1&quot;</source>
        <translation>el elemento no tiene id en &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id is used by more than one feature</source>
        <translation>el id lo usa más de un elemento</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>period map &quot;%1&quot;: %2</source>
        <translation>mapa de época &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>package folder not found</source>
        <translation>no se encuentra la carpeta del paquete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a symbolic link to a file outside the package folder: copy the file into the package instead</source>
        <translation>un enlace simbólico a un archivo fuera de la carpeta del paquete: copie el archivo dentro del paquete</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>loading cancelled</source>
        <translation>carga cancelada</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>file not found: every package states its data&apos;s licences and attributions</source>
        <translation>archivo no encontrado: todo paquete declara las licencias y atribuciones de sus datos</translation>
    </message>
    <message>
        <location filename="../gis/time/dateinterval.cpp" line="+33"/>
        <source>start: %1</source>
        <translation>inicio: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>end: %1</source>
        <translation>fin: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>end %1 is before start %2</source>
        <translation>el fin %1 es anterior al inicio %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a date is required</source>
        <translation>se necesita una fecha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; has no date at either end: write START/END, with .. for an open end or nothing for an unknown one (1917-03/.., 1917-03/)</source>
        <translation>&quot;%1&quot; no tiene fecha en ninguno de sus extremos: escriba INICIO/FIN, con .. para un extremo abierto o nada para uno desconocido (1917-03/.., 1917-03/)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown start</source>
        <translation>inicio desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onwards</source>
        <translation>en adelante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown end</source>
        <translation>fin desconocido</translation>
    </message>
    <message>
        <location filename="../gis/package/import/rowconversion.cpp" line="+75"/>
        <source>no layer column and no --layer: each feature was looked for in every feature layer (%1)</source>
        <translation>no hay columna layer ni --layer: se buscó cada elemento en todas las capas de elementos (%1)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>source &quot;%1&quot; is not in sources.csv; if this column holds citations, give --source-pattern to find the ids in them (as &quot;\[(\w+)\]&quot; for &quot;Smith 1990 [smith1990]&quot;)</source>
        <translation>la fuente &quot;%1&quot; no está en sources.csv; si esta columna contiene citas, indique --source-pattern para encontrar en ellas los id (como &quot;\[(\w+)\]&quot; para &quot;Smith 1990 [smith1990]&quot;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>source &quot;%1&quot; is not in sources.csv and the cell gives no citation for it: import the sources first (--sources FILE) or write the citation before the id</source>
        <translation>la fuente &quot;%1&quot; no está en sources.csv y la celda no da su cita: importe antes las fuentes (--sources FILE) o escriba la cita antes del id</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>role &quot;%1&quot;: write control for de facto power, claim for de jure title</source>
        <translation>rol &quot;%1&quot;: escriba control para el poder de facto y claim para el título de iure</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>event &quot;%1&quot; is already in events.csv or earlier in this file</source>
        <translation>el acontecimiento &quot;%1&quot; ya está en events.csv o más arriba en este archivo</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>source &quot;%1&quot; is listed twice in this file</source>
        <translation>la fuente &quot;%1&quot; figura dos veces en este archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source &quot;%1&quot; is already in sources.csv with another citation (&quot;%2&quot;)</source>
        <translation>la fuente &quot;%1&quot; ya está en sources.csv con otra cita (&quot;%2&quot;)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n feature name(s) matched to ids: %1</source>
        <translation>
            <numerusform>%n nombre de elemento asociado a su id: %1</numerusform>
            <numerusform>%n nombres de elementos asociados a sus id: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n authority name(s) matched to ids: %1</source>
        <translation>
            <numerusform>%n nombre de autoridad asociado a su id: %1</numerusform>
            <numerusform>%n nombres de autoridades asociados a sus id: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n date(s) rewritten as year-month-day (--dates)</source>
        <translation>
            <numerusform>%n fecha reescrita como año-mes-día (--dates)</numerusform>
            <numerusform>%n fechas reescritas como año-mes-día (--dates)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n id(s) made from the rows&apos; %1</source>
        <translation>
            <numerusform>%n id creado a partir de %1 de las filas</numerusform>
            <numerusform>%n id creados a partir de %1 de las filas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>titles</source>
        <translation>los títulos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>citations</source>
        <translation>las citas</translation>
    </message>
    <message>
        <location filename="../gis/time/historicaldate.cpp" line="+132"/>
        <source>%1 (month and day unknown)</source>
        <translation>%1 (mes y día desconocidos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (month unknown)</source>
        <translation>%1 (mes desconocido)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spring %1</source>
        <translation>Primavera de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summer %1</source>
        <translation>Verano de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autumn %1</source>
        <translation>Otoño de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winter %1–%2</source>
        <translation>Invierno de %1–%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (day unknown)</source>
        <translation>%1 (día desconocido)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>c. %1</source>
        <translation>c. %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 BC</source>
        <translation>%1 a. C.</translation>
    </message>
    <message>
        <location filename="../gis/package/packagefolder.cpp" line="+36"/>
        <source>no file named</source>
        <translation>no se indica ningún archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: network, virtual and driver-prefixed paths are not allowed in a package</source>
        <translation>&quot;%1&quot;: en un paquete no se admiten rutas de red, virtuales ni con prefijo de controlador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: paths must be relative to the package folder</source>
        <translation>&quot;%1&quot;: las rutas deben ser relativas a la carpeta del paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: paths may not leave the package folder</source>
        <translation>&quot;%1&quot;: las rutas no pueden salir de la carpeta del paquete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: file not found</source>
        <translation>&quot;%1&quot;: archivo no encontrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: links to a file outside the package folder</source>
        <translation>&quot;%1&quot;: remite a un archivo fuera de la carpeta del paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: is not a file</source>
        <translation>&quot;%1&quot;: no es un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: file is %2 MB; at most %3 MB is allowed</source>
        <translation>&quot;%1&quot;: el archivo ocupa %2 MB; se admiten como máximo %3 MB</translation>
    </message>
    <message>
        <location filename="../gis/package/packagemanifest.cpp" line="-296"/>
        <location line="+18"/>
        <location line="+68"/>
        <source>required field is missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+24"/>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an object of texts per language, e.g. {&quot;en&quot;: &quot;...&quot;}</source>
        <translation>debe ser un objeto de textos por idioma, p. ej. {&quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an English (&quot;en&quot;) text is required</source>
        <translation>se necesita un texto en inglés (&quot;en&quot;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false (without quotes)</source>
        <translation>debe ser true o false (sin comillas)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>must be a list [...]</source>
        <translation>debe ser una lista [...]</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: bloc &quot;%2&quot; is used by this authority alone; did you mean &quot;%3&quot; (used by %4)? Authorities of one bloc are one camp.</source>
        <translation>%1: el bando &quot;%2&quot; solo lo usa esta autoridad; ¿quería decir &quot;%3&quot; (usado por %4)? Las autoridades de un mismo bando (bloc) forman un solo bando.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>at least one authority is required</source>
        <translation>se necesita al menos una autoridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <location line="+58"/>
        <source>%1: must be an object</source>
        <translation>%1: debe ser un objeto</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&quot;%1&quot; may contain only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>&quot;%1&quot; solo puede contener letras, cifras, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority &quot;%1&quot; is defined twice</source>
        <translation>la autoridad &quot;%1&quot; está definida dos veces</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a colour: write #rrggbb</source>
        <translation>&quot;%1&quot; no es un color: escriba #rrggbb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a Wikidata id (Q followed by digits)</source>
        <translation>&quot;%1&quot; no es un id de Wikidata (Q seguida de cifras)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>layer &quot;%1&quot; is defined twice</source>
        <translation>la capa &quot;%1&quot; está definida dos veces</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a layer role: use &quot;features&quot; or &quot;context&quot;</source>
        <translation>&quot;%1&quot; no es un rol de capa: use &quot;features&quot; o &quot;context&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>context layers need a kind: %1</source>
        <translation>las capas de contexto necesitan un tipo (kind): %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be an object: language -&gt; attribute</source>
        <translation>debe ser un objeto: idioma -&gt; atributo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one layer must have role &quot;features&quot;</source>
        <translation>al menos una capa debe tener el rol &quot;features&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+97"/>
        <source>required: {&quot;start&quot;: date, &quot;end&quot;: date}</source>
        <translation>obligatorio: {&quot;start&quot;: fecha, &quot;end&quot;: fecha}</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>must be a number from 0 to 1</source>
        <translation>debe ser un número de 0 a 1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>file not found: a package folder needs a manifest.json</source>
        <translation>archivo no encontrado: una carpeta de paquete necesita un manifest.json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file is %1 KB; a manifest may be at most %2 KB</source>
        <translation>el archivo ocupa %1 KB; un manifiesto puede ocupar como máximo %2 KB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the manifest must be a JSON object {...}</source>
        <translation>el manifiesto debe ser un objeto JSON {...}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not supported; this version reads &quot;%2&quot;</source>
        <translation>&quot;%1&quot; no es compatible; esta versión lee &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; may contain only lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; solo puede contener minúsculas, cifras y &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a calendar: use gregorian, julian or julian-russia</source>
        <translation>&quot;%1&quot; no es un calendario: use gregorian, julian o julian-russia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a calendar</source>
        <translation>&quot;%1&quot; no es un calendario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list of calendar names</source>
        <translation>debe ser una lista de nombres de calendarios</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the period ends before it starts</source>
        <translation>el periodo termina antes de empezar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lies outside the period</source>
        <translation>queda fuera del periodo</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+23"/>
        <source>missing column(s): %1 (the header must have: %2)</source>
        <translation>faltan columnas: %1 (la cabecera debe tener: %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>source &quot;%1&quot; is not in sources.csv</source>
        <translation>la fuente &quot;%1&quot; no está en sources.csv</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>source has no id</source>
        <translation>la fuente no tiene id</translation>
    </message>
    <message>
        <location filename="../gis/package/import/citationpattern.cpp" line="+12"/>
        <source>--source-pattern &quot;%1&quot; is not a regular expression: %2 at character %3</source>
        <translation>--source-pattern &quot;%1&quot; no es una expresión regular: %2 en el carácter %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--source-pattern &quot;%1&quot; has no group: put the source id in parentheses, as in &quot;\[(\w+)\]&quot; for &quot;Smith 1990 [smith1990]&quot;</source>
        <translation>--source-pattern &quot;%1&quot; no tiene grupo: ponga el id de la fuente entre paréntesis, como en &quot;\[(\w+)\]&quot; para &quot;Smith 1990 [smith1990]&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the source pattern matched &quot;%1&quot; but its id group is empty</source>
        <translation>el patrón de fuentes coincidió con &quot;%1&quot;, pero su grupo de id está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/package/packagetables.cpp" line="+4"/>
        <source>source id &quot;%1&quot; may not contain &apos;;&apos; or &apos;:&apos;</source>
        <translation>el id de fuente &quot;%1&quot; no puede contener &apos;;&apos; ni &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no source id found in &quot;%1&quot; with --source-pattern %2</source>
        <translation>no se encontró ningún id de fuente en &quot;%1&quot; con --source-pattern %2</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+4"/>
        <source>source &quot;%1&quot; is listed twice</source>
        <translation>la fuente &quot;%1&quot; figura dos veces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source &quot;%1&quot; has no citation</source>
        <translation>la fuente &quot;%1&quot; no tiene cita</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>row has %1 fields; the header has %2</source>
        <translation>la fila tiene %1 campos; la cabecera tiene %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>feature &quot;%1&quot; is not in any feature layer</source>
        <translation>el elemento &quot;%1&quot; no está en ninguna capa de elementos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authority &quot;%1&quot; is not in the manifest</source>
        <translation>la autoridad &quot;%1&quot; no está en el manifiesto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>role &quot;%1&quot; is not one of %2</source>
        <translation>el rol &quot;%1&quot; no es ninguno de %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>confidence &quot;%1&quot; is not high, medium, low or a number from 0 to 1</source>
        <translation>la confianza &quot;%1&quot; no es high, medium, low ni un número de 0 a 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claim cites no source: every claim needs one</source>
        <translation>la reivindicación no cita ninguna fuente: toda reivindicación necesita una</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>share &quot;%1&quot; is not a number above 0 and at most 1 (the part of the feature this claim controls)</source>
        <translation>share &quot;%1&quot; no es un número mayor que 0 y no mayor que 1 (la parte del elemento que controla esta reivindicación)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>share is only for control claims (camps that each control a part of a divided feature), not %1</source>
        <translation>share solo vale para las reivindicaciones de rol control (bandos que controlan cada uno una parte de un elemento dividido), no para %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 claim(s) are about layer &quot;%2&quot;, which could not be read (see its problem): left out until it is</source>
        <translation>%1 reivindicación(es) se refieren a la capa &quot;%2&quot;, que no se ha podido leer (véase su problema): quedan fuera hasta que se lea</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>event has no id</source>
        <translation>el acontecimiento no tiene id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event &quot;%1&quot; is listed twice</source>
        <translation>el acontecimiento &quot;%1&quot; figura dos veces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>date: %1</source>
        <translation>fecha: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>event has no title</source>
        <translation>el acontecimiento no tiene título</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feature &quot;%1&quot; is not in any feature layer (write layer/id)</source>
        <translation>el elemento &quot;%1&quot; no está en ninguna capa de elementos (escriba capa/id)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>event cites no source</source>
        <translation>el acontecimiento no cita ninguna fuente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 feature reference(s) of events are to layer &quot;%2&quot;, which could not be read (see its problem): left out until it is</source>
        <translation>%1 referencia(s) de acontecimientos a elementos remiten a la capa &quot;%2&quot;, que no se ha podido leer (véase su problema): quedan fuera hasta que se lea</translation>
    </message>
    <message>
        <location filename="../gis/io/rasterreader.cpp" line="-24"/>
        <source>raster is %1 x %2 pixels; at most %3 million pixels are allowed</source>
        <translation>el ráster mide %1 x %2 píxeles; se admiten como máximo %3 millones de píxeles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>raster is %1 x %2 pixels and has no overviews: add them inside the file (gdaladdo FILE) or save it as a Cloud Optimized GeoTIFF (gdal_translate -of COG)</source>
        <translation>el ráster mide %1 x %2 píxeles y no tiene vistas generales (overviews): añádalas dentro del archivo (gdaladdo FILE) o guárdelo como Cloud Optimized GeoTIFF (gdal_translate -of COG)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>raster is %1 MB; at most %2 MB is allowed</source>
        <translation>el ráster ocupa %1 MB; se admiten como máximo %2 MB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot open as a raster</source>
        <translation>no se puede abrir como ráster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>raster is not georeferenced (no geotransform, no ground control points)</source>
        <translation>el ráster no está georreferenciado (ni geotransformación ni puntos de control)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raster has no CRS</source>
        <translation>el ráster no tiene CRS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>raster CRS not understood</source>
        <translation>no se entiende el CRS del ráster</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>raster warp needs a target CRS, extent and size</source>
        <translation>la rectificación del ráster necesita un CRS, una extensión y un tamaño de destino</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot expand the colour table</source>
        <translation>no se puede expandir la tabla de colores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>raster has %1 bands; grey, RGB or RGBA is expected</source>
        <translation>el ráster tiene %1 bandas; se espera escala de grises, RGB o RGBA</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot warp raster to %1</source>
        <translation>no se puede rectificar el ráster a %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read warped pixels</source>
        <translation>no se pueden leer los píxeles rectificados</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="+67"/>
        <location filename="../gis/io/vectorreader.cpp" line="+10"/>
        <source>cannot open as a vector layer</source>
        <translation>no se puede abrir como capa vectorial</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorreader.cpp" line="+1"/>
        <source>cannot open as a vector layer in an allowed format (%1)</source>
        <translation>no se puede abrir como capa vectorial en un formato admitido (%1)</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="-33"/>
        <location filename="../gis/io/vectorreader.cpp" line="+10"/>
        <source>file holds no vector layer</source>
        <translation>el archivo no contiene ninguna capa vectorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gis/io/vectorreader.cpp" line="+1"/>
        <source>no layer named &quot;%1&quot;</source>
        <translation>no hay ninguna capa llamada &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>feature %1: %2: %3</source>
        <translation>elemento %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n geometry(ies) cannot be fixed, so no fixed copy is written: %1</source>
        <translation>
            <numerusform>%n geometría no se puede reparar, así que no se escribe ninguna copia reparada: %1</numerusform>
            <numerusform>%n geometrías no se pueden reparar, así que no se escribe ninguna copia reparada: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot open the copy for writing</source>
        <translation>no se puede abrir la copia para escribir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GDAL&apos;s %1 driver cannot rewrite a feature in place, so no fixed copy of this file can be written: save the layer as GeoJSON or GeoPackage (in QGIS: Export &gt; Save Features As), point the manifest at it and repair again</source>
        <translation>el controlador %1 de GDAL no puede reescribir un elemento en su sitio, así que no se puede escribir una copia reparada de este archivo: guarde la capa como GeoJSON o GeoPackage (en QGIS: Exportar &gt; Guardar objetos como), haga que el manifiesto apunte a ella y vuelva a reparar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write the fixed geometry</source>
        <translation>no se puede escribir la geometría reparada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error while writing the fixed geometries</source>
        <translation>error al escribir las geometrías reparadas</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorreader.cpp" line="+9"/>
        <source>layer &quot;%1&quot; is %2, not a plain table: a view runs its own query when read, so a package may not hold one</source>
        <translation>la capa &quot;%1&quot; es %2, no una tabla simple: una vista ejecuta su propia consulta al leerse, así que un paquete no puede contenerla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the file&apos;s tables</source>
        <translation>ajena a las tablas del archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a %1</source>
        <translation>de tipo %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>layer has %1 features; at most %2 are allowed</source>
        <translation>la capa tiene %1 elementos; se admiten como máximo %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>layer CRS not understood</source>
        <translation>no se entiende el CRS de la capa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>layer has no CRS, so it cannot be placed on the map (give one in the manifest&apos;s &quot;crs&quot; of this layer)</source>
        <translation>la capa no tiene CRS, así que no se puede situar en el mapa (indíquelo en el &quot;crs&quot; de esta capa en el manifiesto)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading cancelled</source>
        <translation>lectura cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer has more than %1 features</source>
        <translation>la capa tiene más de %1 elementos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>feature has no geometry</source>
        <translation>el elemento no tiene geometría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported geometry type %1</source>
        <translation>tipo de geometría %1 no admitido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>some coordinates cannot be transformed to %1</source>
        <translation>algunas coordenadas no se pueden transformar a %1</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="-44"/>
        <location filename="../gis/io/vectorreader.cpp" line="+6"/>
        <source>error while reading features</source>
        <translation>error al leer los elementos</translation>
    </message>
    <message>
        <location filename="../app/desktop/georef/typedcoordinates.cpp" line="+34"/>
        <source>%1, %2 cannot be taken from %3 into the case study&apos;s CRS</source>
        <translation>%1, %2 no se puede pasar de %3 al CRS del estudio de caso</translation>
    </message>
    <message>
        <location filename="../app/desktop/panels/eventspanel.cpp" line="+21"/>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <location filename="../gis/analysis/layerexport.cpp" line="+95"/>
        <source>%1: who held each feature on %2 (Dual Power Atlas)</source>
        <translation>%1: en manos de quién estaba cada elemento el %2 (Atlas del Doble Poder)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: every claim with its start and end (Dual Power Atlas)</source>
        <translation>%1: todas las reivindicaciones con su inicio y su fin (Atlas del Doble Poder)</translation>
    </message>
    <message>
        <location filename="../gis/analysis/linkedplaces.cpp" line="+83"/>
        <source>held de facto by</source>
        <translation>en manos de facto de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claimed de jure by</source>
        <translation>reivindicado de iure por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fought over by</source>
        <translation>disputado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occupied by</source>
        <translation>ocupado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with forces present, not governing, of</source>
        <translation>con fuerzas presentes, sin gobernar, de</translation>
    </message>
    <message>
        <location filename="../gis/analysis/qgisproject.cpp" line="+176"/>
        <source>cannot zip the QGIS project</source>
        <translation>no se puede comprimir el proyecto de QGIS</translation>
    </message>
    <message>
        <location filename="../gis/analysis/qgisstyle.cpp" line="+219"/>
        <source>no de facto holder</source>
        <translation>sin poseedor de facto</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>The case study&apos;s colours and statuses</source>
        <translation>Los colores y estados del estudio de caso</translation>
    </message>
    <message>
        <location filename="../gis/analysis/spatialfacts.cpp" line="+25"/>
        <source>too few points</source>
        <translation>demasiado pocos puntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong topological dimension</source>
        <translation>dimensión topológica errónea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spikes</source>
        <translation>picos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate points</source>
        <translation>puntos duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ring not closed</source>
        <translation>anillo no cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-intersection</source>
        <translation>autointersección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong ring orientation</source>
        <translation>orientación del anillo errónea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hole outside its polygon</source>
        <translation>hueco fuera de su polígono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested holes</source>
        <translation>huecos anidados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected interior</source>
        <translation>interior desconectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlapping polygons</source>
        <translation>polígonos superpuestos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong corner order</source>
        <translation>orden de esquinas erróneo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid coordinate</source>
        <translation>coordenada no válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid geometry</source>
        <translation>geometría no válida</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>its outline crosses itself%1</source>
        <translation>su contorno se cruza consigo mismo%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two of its parts overlap%1</source>
        <translation>dos de sus partes se superponen%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside its outline%1</source>
        <translation>un hueco queda fuera de su contorno%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies inside another hole%1</source>
        <translation>un hueco queda dentro de otro hueco%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring has too few points to enclose an area%1</source>
        <translation>un anillo tiene demasiado pocos puntos para encerrar un área%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its outline doubles back on itself (a spike)%1</source>
        <translation>su contorno vuelve sobre sí mismo (un pico)%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; it is drawn but left out of areas, fronts and the dual-power index. Fix the outline there (dpatlas-cli repair writes a fixed copy; in QGIS: Vector &gt; Geometry Tools &gt; Check Validity, then Fix Geometries)</source>
        <translation>%1; se dibuja, pero queda fuera de las áreas, los frentes y el índice de doble poder. Corrija allí el contorno (dpatlas-cli repair escribe una copia reparada; en QGIS: Vectorial &gt; Herramientas de geometría &gt; Comprobar validez y después Corregir geometrías)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>ring not closed%1: closed for the analyses</source>
        <translation>anillo no cerrado%1: se cierra para los análisis</translation>
    </message>
    <message>
        <location filename="../gis/georef/georefmethod.cpp" line="+43"/>
        <source>Helmert (similarity)</source>
        <translation>Helmert (semejanza)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affine (polynomial 1)</source>
        <translation>Afín (polinómica 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polynomial 2</source>
        <translation>Polinómica 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polynomial 3</source>
        <translation>Polinómica 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thin plate spline</source>
        <translation>Spline de placa delgada</translation>
    </message>
    <message>
        <location filename="../gis/georef/georeftransform.cpp" line="+20"/>
        <source>point %1</source>
        <translation>punto %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 and %2 are on the same spot of the scan; delete or disable one</source>
        <translation>%1 y %2 están en el mismo sitio del escaneo; borre o desactive uno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are on the same spot of the map; delete or disable one</source>
        <translation>%1 y %2 están en el mismo sitio del mapa; borre o desactive uno</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 needs at least %2 enabled control points; there are %3</source>
        <translation>%1 necesita al menos %2 puntos de control activos; hay %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the enabled control points (%1) lie on one line on the %2, so %3 cannot tell how the scan stretches across it; add a point away from that line</source>
        <translation>los puntos de control activos (%1) están en una misma línea en el %2, así que %3 no puede saber cómo se estira el escaneo en sentido transversal; añada un punto alejado de esa línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scan</source>
        <translation>escaneo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the control points do not determine a Helmert transformation</source>
        <translation>los puntos de control no determinan una transformación de Helmert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the control points (%1) do not determine a %2: too many of them may lie on one line or curve</source>
        <translation>los puntos de control (%1) no determinan una transformación %2: quizá demasiados estén en una misma línea o curva</translation>
    </message>
    <message>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="-43"/>
        <source>not valid JSON (%1); fix it before adding a period map</source>
        <translation>JSON no válido (%1); corríjalo antes de añadir un mapa de época</translation>
    </message>
    <message>
        <location filename="../gis/georef/scanimage.cpp" line="+20"/>
        <location filename="../gis/georef/scanwarper.cpp" line="+52"/>
        <source>scan not found</source>
        <translation>no se encuentra el escaneo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../gis/georef/scanwarper.cpp" line="+4"/>
        <location line="+38"/>
        <source>GDAL cannot read this file as an image</source>
        <translation>GDAL no puede leer este archivo como imagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the scan&apos;s pixels</source>
        <translation>no se pueden leer los píxeles del escaneo</translation>
    </message>
    <message>
        <location filename="../gis/georef/scanwarper.cpp" line="-35"/>
        <source>the scan is %1 x %2 pixels; at most %3 million pixels can be georeferenced: scale it down or cut it into sheets</source>
        <translation>el escaneo mide %1 x %2 píxeles; se pueden georreferenciar como máximo %3 millones de píxeles: redúzcalo o divídalo en hojas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scan has %1 bands; grey, RGB or RGBA is expected</source>
        <translation>el escaneo tiene %1 bandas; se espera escala de grises, RGB o RGBA</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>cannot attach the control points to the scan</source>
        <translation>no se pueden asociar los puntos de control al escaneo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the control points state no CRS for their map coordinates</source>
        <translation>los puntos de control no indican ningún CRS para sus coordenadas de mapa</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+89"/>
        <source>cannot warp the scan into %1</source>
        <translation>no se puede rectificar el escaneo en %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>the warped map would be %1 x %2 pixels; at most %3 million are allowed (a transformation that bends far outside the points makes it huge: check the residuals, or scale the scan down)</source>
        <translation>el mapa rectificado mediría %1 x %2 píxeles; se admiten como máximo %3 millones (una transformación que se curva mucho fuera de los puntos lo agranda enormemente: revise los residuos o reduzca el escaneo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../layers/export/pictureexport.cpp" line="+49"/>
        <source>folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../gis/io/vectorwriter.cpp" line="+323"/>
        <source>cannot write in %1 (%2)</source>
        <translation>no se puede escribir en %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cancelled; nothing was written</source>
        <translation>cancelado; no se ha escrito nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>cannot write the warped map</source>
        <translation>no se puede escribir el mapa rectificado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the warped map is %1 MB; a package&apos;s period map may be at most %2 MB: scale the scan down</source>
        <translation>el mapa rectificado ocupa %1 MB; un mapa de época de un paquete puede ocupar como máximo %2 MB: reduzca el escaneo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write to disk (full?)</source>
        <translation>no se puede escribir en el disco (¿está lleno?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/io/vectorwriter.cpp" line="+60"/>
        <source>cannot move the finished file into place</source>
        <translation>no se puede mover el archivo terminado a su sitio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the preview needs a CRS, an extent and a size</source>
        <translation>la vista previa necesita un CRS, una extensión y un tamaño</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot read the warped pixels</source>
        <translation>no se pueden leer los píxeles rectificados</translation>
    </message>
    <message>
        <location filename="../gis/io/filelocation.cpp" line="+23"/>
        <source>near x %1, y %2 in the file&apos;s coordinates</source>
        <translation>cerca de x %1, y %2 en las coordenadas del archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>near longitude %1, latitude %2 in the file&apos;s CRS (%3)</source>
        <translation>cerca de longitud %1, latitud %2 en el CRS del archivo (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near x %1, y %2 in the file&apos;s CRS (%3)</source>
        <translation>cerca de x %1, y %2 en el CRS del archivo (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, longitude %1, latitude %2</source>
        <translation>, longitud %1, latitud %2</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryfix.cpp" line="+101"/>
        <source>GEOS finds it invalid: %1</source>
        <translation>GEOS la considera no válida: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the areas of its crossing parts, which cancelled out as drawn, now add up</source>
        <translation>las áreas de sus partes cruzadas, que tal como estaban dibujadas se anulaban, ahora se suman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it encloses no area</source>
        <translation>no encierra ningún área</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>area unchanged</source>
        <translation>área sin cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>area changed by less than 0.1 %</source>
        <translation>el área ha cambiado menos de un 0,1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area changed by %1%2 %</source>
        <translation>el área ha cambiado un %1%2 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ring closed (its first point repeated at its end)</source>
        <translation>anillo cerrado (su primer punto se ha repetido al final)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>split into %1 parts: %n hole(s) outside the outline became part(s) of their own (delete them in QGIS if they were not meant as land)</source>
        <translation>
            <numerusform>dividida en %1 partes: %n hueco fuera del contorno ha pasado a ser una parte propia (bórrela en QGIS si no debía ser tierra)</numerusform>
            <numerusform>dividida en %1 partes: %n huecos fuera del contorno han pasado a ser partes propias (bórrelas en QGIS si no debían ser tierra)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>split into %1 parts</source>
        <translation>dividida en %1 partes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overlapping parts merged into %2</source>
        <translation>%1 partes superpuestas fusionadas en %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hole(s) removed</source>
        <translation>
            <numerusform>%n hueco eliminado</numerusform>
            <numerusform>%n huecos eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hole(s) added</source>
        <translation>
            <numerusform>%n hueco añadido</numerusform>
            <numerusform>%n huecos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a sliver of %n point(s) that enclosed no area removed</source>
        <translation>
            <numerusform>eliminada una astilla de %n punto que no encerraba ningún área</numerusform>
            <numerusform>eliminada una astilla de %n puntos que no encerraba ningún área</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n piece(s) with no area (lines or points) dropped</source>
        <translation>
            <numerusform>%n fragmento sin área (líneas o puntos) descartado</numerusform>
            <numerusform>%n fragmentos sin área (líneas o puntos) descartados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a ring is not closed (its last point does not return to its first) %1</source>
        <translation>un anillo no está cerrado (su último punto no vuelve al primero) %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>GEOS finds it invalid</source>
        <translation>GEOS la considera no válida</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GDAL&apos;s MakeValid could not fix it%1; redraw the outline there in QGIS</source>
        <translation>MakeValid de GDAL no ha podido repararla%1; vuelva a dibujar allí el contorno en QGIS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing of it encloses an area once fixed; redraw the outline in QGIS</source>
        <translation>una vez reparada, ninguna parte encierra un área; vuelva a dibujar el contorno en QGIS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GDAL&apos;s MakeValid gave a shape GEOS still finds invalid; redraw the outline there in QGIS</source>
        <translation>MakeValid de GDAL ha dado una forma que GEOS sigue considerando no válida; vuelva a dibujar allí el contorno en QGIS</translation>
    </message>
    <message>
        <location filename="../gis/io/osmxmlwriter.cpp" line="+154"/>
        <location line="+3"/>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <location filename="../gis/io/stagedfolder.cpp" line="+18"/>
        <source>%1: %2 exists and is not an empty folder</source>
        <translation>%1: %2 existe y no es una carpeta vacía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: folder %2 does not exist</source>
        <translation>%1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot write in %2 (%3)</source>
        <translation>%1: no se puede escribir en %2 (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot move the finished folder into place</source>
        <translation>%1: no se puede mover la carpeta terminada a su sitio</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorwriter.cpp" line="-222"/>
        <source>a shapefile holds one kind of geometry, and %1 mixes areas, lines or points: export one layer at a time, or write a GeoPackage (.gpkg), which holds them all</source>
        <translation>un shapefile contiene un solo tipo de geometría, y %1 mezcla áreas, líneas o puntos: exporte las capas de una en una o escriba un GeoPackage (.gpkg), que las admite todas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot create layer %1</source>
        <translation>no se puede crear la capa %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot create field %1</source>
        <translation>no se puede crear el campo %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot write feature %1 of %2</source>
        <translation>no se puede escribir el elemento %1 de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot finish writing</source>
        <translation>no se puede terminar de escribir</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the written file does not read back (is the disk full?)</source>
        <translation>el archivo escrito no se puede releer (¿está lleno el disco?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the written file reads back with %1 of %2 features (is the disk full?)</source>
        <translation>al releer el archivo escrito solo hay %1 de %2 elementos (¿está lleno el disco?)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown format: name the file .gpkg, .geojson, .shp, .kml, .fgb or .csv</source>
        <translation>formato desconocido: dé al archivo la extensión .gpkg, .geojson, .shp, .kml, .fgb o .csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write: folder %1 does not exist</source>
        <translation>no se puede escribir: la carpeta %1 no existe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a shapefile set of this name is there already (%1); a set of files cannot be replaced in one step: delete it or choose another name</source>
        <translation>ya hay un conjunto shapefile con este nombre (%1); un conjunto de archivos no se puede sustituir de una sola vez: bórrelo o elija otro nombre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL no tiene controlador %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a shapefile set of this name is there already; a set of files cannot be replaced in one step: delete it or choose another name</source>
        <translation>ya hay un conjunto shapefile con este nombre; un conjunto de archivos no se puede sustituir de una sola vez: bórrelo o elija otro nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create file</source>
        <translation>no se puede crear el archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../layers/export/animationexport.cpp" line="+28"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error while writing</source>
        <translation>error al escribir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write %1 to disk (full?)</source>
        <translation>no se puede escribir %1 en el disco (¿está lleno?)</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/editabletable.cpp" line="-2"/>
        <source>the table is larger than %L1 bytes</source>
        <translation>la tabla ocupa más de %L1 bytes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this row cannot be read (%1): mend it in a text editor first, so that saving the table loses nothing</source>
        <translation>esta fila no se puede leer (%1): corríjala antes en un editor de texto para que al guardar la tabla no se pierda nada</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/editabletables.cpp" line="+53"/>
        <source>cannot read the manifest</source>
        <translation>no se puede leer el manifiesto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the table &quot;%2&quot; is outside the package</source>
        <translation>%1: la tabla &quot;%2&quot; está fuera del paquete</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot write the table to check it: %1</source>
        <translation>no se puede escribir la tabla para comprobarla: %1</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/tableautosave.cpp" line="+134"/>
        <source>cannot create the autosave folder</source>
        <translation>no se puede crear la carpeta de autoguardado</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>cannot autosave: %1</source>
        <translation>no se puede autoguardar: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the autosave cannot be read</source>
        <translation>no se puede leer el autoguardado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the manifest no longer names this table</source>
        <translation>el manifiesto ya no menciona esta tabla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the autosaved table</source>
        <translation>no se puede leer la tabla autoguardada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot move the autosave here</source>
        <translation>no se puede mover aquí el autoguardado</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/tablesave.cpp" line="+42"/>
        <source>the table changed on disk since it was opened for editing (another program saved it?); nothing was saved. Reopen the case study to see that version.</source>
        <translation>la tabla ha cambiado en el disco desde que se abrió para editarla (¿la ha guardado otro programa?); no se ha guardado nada. Vuelva a abrir el estudio de caso para ver esa versión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot save: %1; nothing was saved</source>
        <translation>no se puede guardar: %1; no se ha guardado nada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot save: %1</source>
        <translation>no se puede guardar: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>; nothing was changed</source>
        <translation>; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 could not be put back as it was and hold(s) the edits</source>
        <translation>; %1 no se ha podido devolver a su estado anterior y contiene las modificaciones</translation>
    </message>
    <message>
        <location filename="../gis/package/import/columnmapping.cpp" line="+106"/>
        <source>column &quot;%1&quot; would be read as both %2 and %3: say which with --map</source>
        <translation>la columna &quot;%1&quot; se leería a la vez como %2 y como %3: indique cuál con --map</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--map %1: write --map COLUMN=HEADING, COLUMN one of %2</source>
        <translation>--map %1: escriba --map COLUMN=ENCABEZADO, siendo COLUMN una de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map %1: the file has no column &quot;%2&quot; (its columns: %3)</source>
        <translation>--map %1: el archivo no tiene columna &quot;%2&quot; (sus columnas: %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no column for &quot;%1&quot;: name it with --map %1=HEADING (the file&apos;s columns: %2)</source>
        <translation>no hay columna para &quot;%1&quot;: indíquela con --map %1=ENCABEZADO (columnas del archivo: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/importtable.cpp" line="-10"/>
        <source>semicolon-separated CSV</source>
        <translation>CSV separado por punto y coma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab-separated text</source>
        <translation>texto separado por tabuladores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated CSV</source>
        <translation>CSV separado por comas</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>column &quot;%1&quot; holds a date cell before 1 March 1900 (read as %2-%3-%4), and spreadsheet programs disagree about such cells by a day: type the date as text (in the cell: &apos;1871-03-22) or save the sheet as CSV or .ods</source>
        <translation>la columna &quot;%1&quot; contiene una celda de fecha anterior al 1 de marzo de 1900 (leída como %2-%3-%4), y las hojas de cálculo discrepan en un día sobre esas celdas: escriba la fecha como texto (en la celda: &apos;1871-03-22) o guarde la hoja como CSV o .ods</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot be read as a %1 workbook</source>
        <translation>no se puede leer como libro %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the workbook has no sheet with data</source>
        <translation>el libro no tiene ninguna hoja con datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no sheet &quot;%1&quot; (its sheets: %2)</source>
        <translation>no tiene ninguna hoja &quot;%1&quot; (sus hojas: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet &quot;%1&quot; of an %2 workbook</source>
        <translation>hoja &quot;%1&quot; de un libro %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>file not found: %1</source>
        <translation>archivo no encontrado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file is %1 MB; at most %2 MB can be imported</source>
        <translation>el archivo ocupa %1 MB; se pueden importar como máximo %2 MB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>old Excel .xls files cannot be read: save the sheet as .xlsx or CSV UTF-8</source>
        <translation>los antiguos archivos .xls de Excel no se pueden leer: guarde la hoja como .xlsx o CSV UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sheet is for .xlsx and .ods workbooks; this file is a text table</source>
        <translation>--sheet es para libros .xlsx y .ods; este archivo es una tabla de texto</translation>
    </message>
    <message>
        <location filename="../gis/package/import/importvalues.cpp" line="+75"/>
        <source>write %1 (year-month-day, with hyphens)</source>
        <translation>escriba %1 (año-mes-día, con guiones)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write %1 (year-month-day), or give --dates dmy to read every day-first date</source>
        <translation>escriba %1 (año-mes-día) o indique --dates dmy para leer todas las fechas con el día primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write %1 (year-month-day), or give --dates mdy to read every month-first date</source>
        <translation>escriba %1 (año-mes-día) o indique --dates mdy para leer todas las fechas con el mes primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is it %1 or %2? Write year-month-day, or give --dates dmy (day first) or --dates mdy</source>
        <translation>¿es %1 o %2? Escriba año-mes-día o indique --dates dmy (día primero) o --dates mdy</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>write %1 (year-month-day)</source>
        <translation>escriba %1 (año-mes-día)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write %1 (a decimal point, not a comma)</source>
        <translation>escriba %1 (con punto decimal, no con coma)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/packageimport.cpp" line="+61"/>
        <source>%1 is not a package folder: import into a folder (a packed .gpkg can be unpacked with `dpatlas-cli unpack`)</source>
        <translation>%1 no es una carpeta de paquete: importe en una carpeta (un .gpkg empaquetado se puede desempaquetar con `dpatlas-cli unpack`)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the manifest names no %1 table: add &quot;%1&quot;: &quot;%1.csv&quot; to it</source>
        <translation>el manifiesto no menciona ninguna tabla %1: añádale &quot;%1&quot;: &quot;%1.csv&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1, %n row(s)</source>
        <translation>
            <numerusform>%1, %n fila</numerusform>
            <numerusform>%1, %n filas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file has a header but no rows to import</source>
        <translation>el archivo tiene cabecera, pero ninguna fila que importar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the manifest names no sources table for the sources cited: add &quot;sources&quot;: &quot;sources.csv&quot;</source>
        <translation>el manifiesto no menciona ninguna tabla de fuentes para las fuentes citadas: añada &quot;sources&quot;: &quot;sources.csv&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write a scratch copy of the tables to check them: %1</source>
        <translation>no se puede escribir una copia provisional de las tablas para comprobarlas: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot write: %1 (nothing was changed)</source>
        <translation>no se puede escribir: %1 (no se ha cambiado nada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write: %1%2</source>
        <translation>no se puede escribir: %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the cited sources were added to %1)</source>
        <translation> (las fuentes citadas se han añadido a %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (nothing was changed)</source>
        <translation> (no se ha cambiado nada)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/referencefinder.cpp" line="+56"/>
        <source>no feature given</source>
        <translation>no se ha indicado ningún elemento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer &quot;%1&quot; is not a feature layer of the package (its feature layers: %2)</source>
        <translation>la capa &quot;%1&quot; no es una capa de elementos del paquete (sus capas de elementos: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; could be any of %2: give the layer (a layer column or --layer) or the id</source>
        <translation>&quot;%1&quot; podría ser cualquiera de %2: indique la capa (una columna layer o --layer) o el id</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any feature layer</source>
        <translation>ninguna capa de elementos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>layer &quot;%1&quot;</source>
        <translation>la capa &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feature of %1 has the id or name &quot;%2&quot;</source>
        <translation>ningún elemento de %1 tiene el id o el nombre &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feature of %1 has the id or name &quot;%2&quot; (did you mean %3?)</source>
        <translation>ningún elemento de %1 tiene el id o el nombre &quot;%2&quot; (¿quería decir %3?)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is the name of more than one authority (%2): use the id</source>
        <translation>&quot;%1&quot; es el nombre de más de una autoridad (%2): use el id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>authority &quot;%1&quot; is not in the manifest (its authorities: %2)</source>
        <translation>la autoridad &quot;%1&quot; no está en el manifiesto (sus autoridades: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/tablemerge.cpp" line="-4"/>
        <source>this row of the package&apos;s table cannot be read (%1): mend it first, so that rewriting the table loses nothing</source>
        <translation>esta fila de la tabla del paquete no se puede leer (%1): corríjala antes para que al reescribir la tabla no se pierda nada</translation>
    </message>
    <message>
        <location filename="../gis/package/newcasestudy.cpp" line="+140"/>
        <location line="+90"/>
        <source>no features to claim</source>
        <translation>no hay elementos que reivindicar</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&quot;%1&quot;: an id is lower-case letters, digits and -, as petrograd-1917</source>
        <translation>&quot;%1&quot;: un id se compone de minúsculas, cifras y -, como petrograd-1917</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study needs a title</source>
        <translation>el estudio de caso necesita un título</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first date of the period &quot;%1&quot;: %2</source>
        <translation>primera fecha del periodo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last date of the period &quot;%1&quot;: %2</source>
        <translation>última fecha del periodo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period %1..%2 ends before it starts</source>
        <translation>el periodo %1..%2 termina antes de empezar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a projected CRS to draw and measure in</source>
        <translation>elija un CRS proyectado en el que dibujar y medir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least one authority is needed: every claim names one</source>
        <translation>se necesita al menos una autoridad: toda reivindicación nombra una</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authority id &quot;%1&quot;: lower-case letters, digits and _, as central_committee</source>
        <translation>id de autoridad &quot;%1&quot;: minúsculas, cifras y _, como central_committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority id &quot;%1&quot; is used twice</source>
        <translation>el id de autoridad &quot;%1&quot; se usa dos veces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authority &quot;%1&quot; needs a name</source>
        <translation>la autoridad &quot;%1&quot; necesita un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority &quot;%1&quot;: colour &quot;%2&quot; is not #rrggbb</source>
        <translation>autoridad &quot;%1&quot;: el color &quot;%2&quot; no es #rrggbb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least one layer of features is needed</source>
        <translation>se necesita al menos una capa de elementos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>field &quot;%1&quot; is missing, empty or repeated in some features (fields: %2)</source>
        <translation>el campo &quot;%1&quot; falta, está vacío o se repite en algunos elementos (campos: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no field &quot;%1&quot; (fields: %2)</source>
        <translation>no hay campo &quot;%1&quot; (campos: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create the package</source>
        <translation>no se puede crear el paquete</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot write the package&apos;s files</source>
        <translation>no se pueden escribir los archivos del paquete</translation>
    </message>
    <message>
        <location filename="../gis/package/packagearchive.cpp" line="-175"/>
        <source>cannot read the size of the packed files</source>
        <translation>no se puede leer el tamaño de los archivos empaquetados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refusing to unpack: one packed file is %1 MB; at most %2 MB is allowed</source>
        <translation>no se desempaqueta: un archivo empaquetado ocupa %1 MB; se admiten como máximo %2 MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refusing to unpack: the packed files come to %1 MB; at most %2 MB is allowed</source>
        <translation>no se desempaqueta: los archivos empaquetados suman %1 MB; se admiten como máximo %2 MB</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot pack the case study: %1</source>
        <translation>no se puede empaquetar el estudio de caso: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: a symbolic link to a file outside the package folder; copy the file in</source>
        <translation>%1: un enlace simbólico a un archivo fuera de la carpeta del paquete; copie el archivo dentro</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the folder holds more than 2 GB</source>
        <translation>la carpeta contiene más de 2 GB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a packed case study is a GeoPackage: name it .gpkg</source>
        <translation>un estudio de caso empaquetado es un GeoPackage: dele la extensión .gpkg</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not a GeoPackage</source>
        <translation>no es un GeoPackage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refusing to unpack: %1 is a %2, not a plain table</source>
        <translation>no se desempaqueta: %1 es de tipo %2, no una tabla simple</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a packed case study: it has no %1 table (dpatlas-cli export --package makes one)</source>
        <translation>no es un estudio de caso empaquetado: no tiene tabla %1 (dpatlas-cli export --package lo crea)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>table %1 needs a text column &quot;path&quot; and a BLOB column &quot;content&quot;</source>
        <translation>la tabla %1 necesita una columna de texto &quot;path&quot; y una columna BLOB &quot;content&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot unpack</source>
        <translation>no se puede desempaquetar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refusing to unpack &quot;%1&quot;: not a relative path inside the package</source>
        <translation>no se desempaqueta &quot;%1&quot;: no es una ruta relativa dentro del paquete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the packed case study has no manifest.json</source>
        <translation>el estudio de caso empaquetado no tiene manifest.json</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the cache folder</source>
        <translation>no se puede crear la carpeta de caché</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another program has been unpacking this file for two minutes; try again</source>
        <translation>otro programa lleva dos minutos desempaquetando este archivo; vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../gis/time/historicaldateparse.cpp" line="+14"/>
        <source>write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM; a season as YYYY-21 (spring), -22 (summer), -23 (autumn) or -24 (winter); X for unknown digits (191X, 19XX, 1917-XX, 1917-10-XX, 1917-XX-XX); Y12345 or Y-12345 for a year of more than four digits; each optionally followed by ~ ? or %</source>
        <translation>escriba YYYY, YYYY-MM, YYYY-MM-DD o YYYY-MM-DDTHH:MM; una estación como YYYY-21 (primavera), -22 (verano), -23 (otoño) o -24 (invierno); X para las cifras desconocidas (191X, 19XX, 1917-XX, 1917-10-XX, 1917-XX-XX); Y12345 o Y-12345 para un año de más de cuatro cifras; cada uno seguido opcionalmente de ~ ? o %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation>&quot;%1&quot; no es una fecha: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>years from -%1 to %1 only (the calendars here are not made for longer spans)</source>
        <translation>solo años de -%1 a %1 (los calendarios de aquí no están hechos para intervalos más largos)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the Y prefix is only for years of more than four digits: write %1</source>
        <translation>el prefijo Y es solo para años de más de cuatro cifras: escriba %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>only the last one or two digits of a year can be X, as in 191X (1910 to 1919) or 19XX (1900 to 1999)</source>
        <translation>solo las una o dos últimas cifras de un año pueden ser X, como en 191X (de 1910 a 1919) o 19XX (de 1900 a 1999)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this spans years on both sides of 0: write an interval such as -0009/0009</source>
        <translation>esto abarca años a ambos lados del 0: escriba un intervalo como -0009/0009</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no year -0000: 1 BC is written 0000</source>
        <translation>no existe el año -0000: el 1 a. C. se escribe 0000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a year with X digits stands alone (191X), without month or day</source>
        <translation>un año con cifras X va solo (191X), sin mes ni día</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write the month in full or as XX (1917-XX): a partly known month such as 1X is not EDTF level 1</source>
        <translation>escriba el mes completo o como XX (1917-XX): un mes conocido en parte, como 1X, no es EDTF de nivel 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>month %1 does not exist: months are 01 to 12, seasons 21 (spring), 22 (summer), 23 (autumn) and 24 (winter)</source>
        <translation>el mes %1 no existe: los meses van de 01 a 12, y las estaciones son 21 (primavera), 22 (verano), 23 (otoño) y 24 (invierno)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a season has no day: write %1 for the season, or a month</source>
        <translation>una estación no tiene día: escriba %1 para la estación, o un mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the day in full or as XX (1917-10-XX)</source>
        <translation>escriba el día completo o como XX (1917-10-XX)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a day needs its month: write %1-XX-XX, or give the month</source>
        <translation>un día necesita su mes: escriba %1-XX-XX o indique el mes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a time needs a whole date before it: YYYY-MM-DDTHH:MM</source>
        <translation>una hora necesita delante una fecha completa: YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>time zones are not used: every time is the local time of the case study; write %1 without &quot;%2&quot;</source>
        <translation>no se usan husos horarios: toda hora es la hora local del estudio de caso; escriba %1 sin &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>time %1 does not exist</source>
        <translation>la hora %1 no existe</translation>
    </message>
    <message>
        <location filename="../gis/time/timestep.cpp" line="+14"/>
        <source>bad step &quot;%1&quot;: write a number and a unit, h (hours), d (days), w (weeks), m (months) or y (years), e.g. 1d</source>
        <translation>paso &quot;%1&quot; incorrecto: escriba un número y una unidad, h (horas), d (días), w (semanas), m (meses) o y (años), p. ej. 1d</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the end date is before the start date</source>
        <translation>la fecha final es anterior a la inicial</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>steps of %1 make more than %2 frames: choose a longer step or a shorter range</source>
        <translation>con pasos de %1 salen más de %2 fotogramas: elija un paso más largo o un intervalo más corto</translation>
    </message>
    <message>
        <location filename="../layers/export/animationexport.cpp" line="+6"/>
        <source>.gif, .mp4 (H.264), .webm (VP9), or a folder ending in / for PNG frames</source>
        <translation>.gif, .mp4 (H.264), .webm (VP9) o una carpeta terminada en / para fotogramas PNG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name the animation %1</source>
        <translation>dé a la animación el nombre %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a frame size of %1x%2 is outside 64x64 to 7680x4320</source>
        <translation>un tamaño de fotograma de %1x%2 queda fuera del intervalo de 64x64 a 7680x4320</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../layers/export/videosink.cpp" line="+68"/>
        <source>a video&apos;s width and height must be even, not %1x%2</source>
        <translation>la anchura y la altura de un vídeo deben ser pares, no %1x%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a frame rate of %1 is outside 1 to 60</source>
        <translation>una frecuencia de %1 fotogramas/s queda fuera del intervalo de 1 a 60</translation>
    </message>
    <message>
        <location filename="../layers/export/gifsink.cpp" line="+56"/>
        <source>cannot write the GIF: %1</source>
        <translation>no se puede escribir el GIF: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a GIF is at most 65535 pixels wide and high</source>
        <translation>un GIF mide como máximo 65535 píxeles de ancho y de alto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the GIF: folder %1 does not exist</source>
        <translation>no se puede escribir el GIF: la carpeta %1 no existe</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../layers/export/videosink.cpp" line="+103"/>
        <source>frame %1 is %2x%3, not %4x%5</source>
        <translation>el fotograma %1 mide %2x%3, no %4x%5</translation>
    </message>
    <message>
        <location filename="../layers/export/pictureexport.cpp" line="-33"/>
        <source>cannot write the picture: %1</source>
        <translation>no se puede escribir la imagen: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a resolution of %1 dpi is outside 10 to 2400</source>
        <translation>una resolución de %1 ppp queda fuera del intervalo de 10 a 2400</translation>
    </message>
    <message>
        <location filename="../layers/export/pngsequencesink.cpp" line="+12"/>
        <source>cannot write frames</source>
        <translation>no se pueden escribir los fotogramas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write frame %1 (disk full?)</source>
        <translation>no se puede escribir el fotograma %1 (¿disco lleno?)</translation>
    </message>
    <message>
        <location filename="../layers/export/videosink.cpp" line="-113"/>
        <source>cannot write the video: %1</source>
        <translation>no se puede escribir el vídeo: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a frame rate of %1 is outside 1 to 120</source>
        <translation>una frecuencia de %1 fotogramas/s queda fuera del intervalo de 1 a 120</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the video: folder %1 does not exist</source>
        <translation>no se puede escribir el vídeo: la carpeta %1 no existe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FFmpeg has no %1 encoder</source>
        <translation>FFmpeg no tiene codificador %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no container</source>
        <translation>sin contenedor</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+38"/>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>cannot open the encoder</source>
        <translation>no se puede abrir el codificador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoder parameters</source>
        <translation>parámetros del codificador</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write the header</source>
        <translation>no se puede escribir la cabecera</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no colour conversion to yuv420p</source>
        <translation>no hay conversión de color a yuv420p</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>encoding frame %1</source>
        <translation>codificando el fotograma %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>writing</source>
        <translation>escritura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encoding</source>
        <translation>codificación</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot finish the file</source>
        <translation>no se puede terminar el archivo</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+52"/>
        <source>unknown dataset &quot;%1&quot;: not a package folder and not the id of a discovered package (see `dpatlas-cli list`)</source>
        <translation>conjunto de datos &quot;%1&quot; desconocido: no es una carpeta de paquete ni el id de un paquete encontrado (véase `dpatlas-cli list`)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 has %n problem(s), so its features and claims are incomplete: fix them (dpatlas-cli validate) or add --allow-errors to use what loads</source>
        <translation>
            <numerusform>%1 tiene %n problema, así que sus elementos y reivindicaciones están incompletos: corríjalo (dpatlas-cli validate) o añada --allow-errors para usar lo que se cargue</numerusform>
            <numerusform>%1 tiene %n problemas, así que sus elementos y reivindicaciones están incompletos: corríjalos (dpatlas-cli validate) o añada --allow-errors para usar lo que se cargue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown calendar &quot;%1&quot;: use gregorian or julian</source>
        <translation>calendario &quot;%1&quot; desconocido: use gregorian o julian</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad size &quot;%1&quot;: write WxH, each from 64 to %2</source>
        <translation>tamaño &quot;%1&quot; incorrecto: escriba WxH, cada uno de 64 a %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--at DATE is required (YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>--at DATE es obligatorio (YYYY-MM-DD o YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad date &quot;%1&quot;: write YYYY-MM-DD or YYYY-MM-DDTHH:MM%2</source>
        <translation>fecha &quot;%1&quot; incorrecta: escriba YYYY-MM-DD o YYYY-MM-DDTHH:MM%2</translation>
    </message>
    <message>
        <location filename="../app/cli/layoutoptions.cpp" line="+36"/>
        <source>bad --legend &quot;%1&quot;: write one of %2</source>
        <translation>--legend &quot;%1&quot; incorrecto: escriba uno de %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad --basemap: %1</source>
        <translation>--basemap incorrecto: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad --basemap-max-zoom &quot;%1&quot;: give a whole number from 0 to 24</source>
        <translation>--basemap-max-zoom &quot;%1&quot; incorrecto: indique un número entero de 0 a 24</translation>
    </message>
</context>
<context>
    <name>dpa</name>
    <message>
        <location filename="../gis/time/historicaldate.cpp" line="-13"/>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryfix.cpp" line="-158"/>
        <source>its outline touches itself or doubles back (a spike or a pinched loop)</source>
        <translation>su contorno se toca a sí mismo o vuelve sobre sí (un pico o un bucle estrangulado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its outline crosses itself</source>
        <translation>su contorno se cruza consigo mismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside its outline</source>
        <translation>un hueco queda fuera de su contorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies inside another hole</source>
        <translation>un hueco queda dentro de otro hueco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its holes cut it into pieces</source>
        <translation>sus huecos lo cortan en trozos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of its parts lies inside another</source>
        <translation>una de sus partes queda dentro de otra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is repeated</source>
        <translation>un anillo está repetido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring has too few distinct points to enclose an area</source>
        <translation>un anillo tiene demasiado pocos puntos distintos para encerrar un área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coordinate is not a number</source>
        <translation>una coordenada no es un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is not closed</source>
        <translation>un anillo no está cerrado</translation>
    </message>
    <message>
        <location filename="../gis/model/claimchecks.cpp" line="+47"/>
        <source>the shares of %1 in force on this claim&apos;s start add up to %2, more than 1 (with line(s) %3)</source>
        <translation>las partes (share) de %1 en vigor al inicio de esta reivindicación suman %2, más de 1 (con la(s) línea(s) %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>occupation by &quot;%1&quot; while &quot;%2&quot; of the same bloc holds or claims %3 (line %4): an occupier is a foreign force; use control for one&apos;s own camp</source>
        <translation>ocupación por &quot;%1&quot; mientras &quot;%2&quot;, del mismo bando, controla o reivindica %3 (línea %4): un ocupante es una fuerza extranjera; use control para el propio bando</translation>
    </message>
</context>
<context>
    <name>dpa::ApplyClaimDialog</name>
    <message>
        <location filename="../app/desktop/editing/applyclaimdialog.cpp" line="+17"/>
        <source>Apply Claim</source>
        <translation>Aplicar reivindicación</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>To %n feature(s): %1</source>
        <translation>
            <numerusform>A %n elemento: %1</numerusform>
            <numerusform>A %n elementos: %1</numerusform>
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
        <translation>&amp;Autoridad:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1871-03-19, 1871-03~, .. for open</source>
        <translation>1871-03-19, 1871-03~, .. si está abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty or .. when still in force</source>
        <translation>vacío o .. si sigue en vigor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Confidence:</source>
        <translation>&amp;Confianza:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the part it controls, 0–1 (control of a divided feature only)</source>
        <translation>la parte que controla, 0–1 (solo control de un elemento dividido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hare:</source>
        <translation>&amp;Parte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ources:</source>
        <translation>Fu&amp;entes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tick the source(s) that support the claim: every claim needs one.</source>
        <translation>Marque la(s) fuente(s) que respaldan la reivindicación: toda reivindicación necesita una.</translation>
    </message>
</context>
<context>
    <name>dpa::BasemapDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/basemapdialog.cpp" line="+19"/>
        <source>Basemap</source>
        <translation>Mapa base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show web tiles under the map</source>
        <translation>Mostrar teselas web bajo el mapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An XYZ tile address with {z}, {x} and {y} (https://, or file:// for a folder of tiles), or WMTS: followed by a service&apos;s capabilities address</source>
        <translation>Una dirección de teselas XYZ con {z}, {x} y {y} (https://, o file:// para una carpeta de teselas), o WMTS: seguido de la dirección de capacidades de un servicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credited on the map and on every export, as the tile provider&apos;s licence requires</source>
        <translation>Se acredita en el mapa y en cada exportación, como exige la licencia del proveedor de teselas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deepest zoom level the service has; closer in, its deepest tiles are enlarged</source>
        <translation>El nivel de zoom más profundo del servicio; más cerca, se amplían sus teselas más detalladas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tile address:</source>
        <translation>Dirección de teselas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit:</source>
        <translation>Crédito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deepest zoom:</source>
        <translation>Zoom máximo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity:</source>
        <translation>Opacidad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use OpenStreetMap</source>
        <translation>Usar OpenStreetMap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tiles come from the network when the map is drawn and are kept in %1. The map draws without them when the service cannot be reached.</source>
        <translation>Las teselas se descargan de la red al dibujar el mapa y se guardan en %1. Si no se puede acceder al servicio, el mapa se dibuja sin ellas.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseAuthoritiesPage</name>
    <message>
        <location filename="../app/desktop/dialogs/newcasestudypages.cpp" line="+365"/>
        <source>Authorities</source>
        <translation>Autoridades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who claimed or held the ground: a government, a soviet, an army. Authorities of one bloc are one camp; dual power is between rival blocs.</source>
        <translation>Quién reivindicaba o controlaba el terreno: un gobierno, un sóviet, un ejército. Las autoridades de un mismo bando cuentan como uno solo; el doble poder se da entre bandos rivales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bloc (optional)</source>
        <translation>Bando (opcional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Authority</source>
        <translation>&amp;Añadir autoridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vermilion</source>
        <translation>bermellón</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bluish green</source>
        <translation>verde azulado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reddish purple</source>
        <translation>púrpura rojizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orange</source>
        <translation>naranja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sky blue</source>
        <translation>azul celeste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yellow</source>
        <translation>amarillo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>black</source>
        <translation>negro</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add at least one authority: every claim names one.</source>
        <translation>Añada al menos una autoridad: toda reivindicación nombra una.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 needs a name.</source>
        <translation>La fila %1 necesita un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: the id &quot;%2&quot; is not usable: lower-case letters, digits and _.</source>
        <translation>Fila %1: el id &quot;%2&quot; no se puede usar: minúsculas, cifras y _.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: the id &quot;%2&quot; is already used.</source>
        <translation>Fila %1: el id &quot;%2&quot; ya está en uso.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseCrsPage</name>
    <message>
        <location line="-161"/>
        <source>Map projection</source>
        <translation>Proyección del mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The projected coordinate system the map is drawn and measured in. The ones suggested suit the layers&apos; extent, the best first; search for any other by name or EPSG code.</source>
        <translation>El sistema de coordenadas proyectado en el que se dibuja y se mide el mapa. Los sugeridos se ajustan a la extensión de las capas, el mejor primero; busque cualquier otro por nombre o código EPSG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search, e.g. Lambert, UTM 34N or 23700</source>
        <translation>Buscar, p. ej. Lambert, UTM 34N o 23700</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — suggested for these layers</source>
        <translation>%1 — sugerido para estas capas</translation>
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
        <translation>El estudio de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its title, a short id for folders and the command line, and the period it covers.</source>
        <translation>Su título, un id breve para las carpetas y la línea de órdenes, y el periodo que abarca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Budapest, autumn 1956</source>
        <translation>p. ej. Budapest, otoño de 1956</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower case, digits and -</source>
        <translation>minúsculas, cifras y -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first date, e.g. 1956-10-23</source>
        <translation>primera fecha, p. ej. 1956-10-23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date, e.g. 1956-11-11</source>
        <translation>última fecha, p. ej. 1956-11-11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gregorian</source>
        <translation>Gregoriano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Julian</source>
        <translation>Juliano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Julian until 14 Feb 1918, then Gregorian (Russia)</source>
        <translation>Juliano hasta el 14 de febrero de 1918, después gregoriano (Rusia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Calendar of the dates:</source>
        <translation>&amp;Calendario de las fechas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates as historians write them: 1917, 1917-10, 1917-10-25, with ~ when approximate and ? when uncertain (datasets/README.md explains them).</source>
        <translation>Fechas tal como las escriben los historiadores: 1917, 1917-10, 1917-10-25, con ~ si son aproximadas y ? si son inciertas (datasets/README.md las explica).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The id &quot;%1&quot; is not usable: lower-case letters, digits and -, as budapest-1956.</source>
        <translation>El id &quot;%1&quot; no se puede usar: minúsculas, cifras y -, como budapest-1956.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First date &quot;%1&quot;: %2</source>
        <translation>Primera fecha &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last date &quot;%1&quot;: %2</source>
        <translation>Última fecha &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseLayersPage</name>
    <message>
        <location line="+24"/>
        <source>Every feature of this layer is a&amp;pproximate (e.g. modern boundaries standing in for the period&apos;s): drawn with dashed outlines</source>
        <translation>Todos los elementos de esta capa son a&amp;proximados (p. ej. límites modernos en lugar de los de la época): se dibujan con contornos discontinuos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The districts, barracks or places that authorities claimed, from vector files: GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf or CSV with a WKT column.</source>
        <translation>Los distritos, cuarteles o lugares que reivindicaban las autoridades, a partir de archivos vectoriales: GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf o CSV con una columna WKT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Id field (unique per feature):</source>
        <translation>Campo &amp;id (único para cada elemento):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name field:</source>
        <translation>Campo de &amp;nombre:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add Layers</source>
        <translation>Añadir capas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv);;All files (*)</source>
        <translation>Archivos vectoriales (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 — %n feature(s)</source>
        <translation>
            <numerusform>%1 — %n elemento</numerusform>
            <numerusform>%1 — %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: no field has a distinct value in every feature by the usual names; choose the id field.</source>
        <translation>%1: entre los nombres habituales, ningún campo tiene un valor distinto en cada elemento; elija el campo de id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is empty or repeated in some features; choose a field that identifies each one.</source>
        <translation>%1: &quot;%2&quot; está vacío o se repite en algunos elementos; elija un campo que identifique a cada uno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one file.</source>
        <translation>Añada al menos un archivo.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseWritePage</name>
    <message>
        <location line="+207"/>
        <source>Create the case study</source>
        <translation>Crear el estudio de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package is checked by the validator before its folder appears; nothing is written if it would not be valid.</source>
        <translation>El validador comprueba el paquete antes de que aparezca su carpeta; si no fuera válido, no se escribe nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder (new or empty):</source>
        <translation>&amp;Carpeta (nueva o vacía):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder of the New Case Study</source>
        <translation>Carpeta del nuevo estudio de caso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File &gt; New Case Study</source>
        <translation>Archivo &gt; Nuevo estudio de caso</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>&quot;%1&quot; (%2), %3 to %4: %n layer(s) with %5 features, in %6, with %7 authorities. Then add claims to claims.csv and sources to sources.csv, and complete SOURCES.md with the data&apos;s licences.</source>
        <translation>
            <numerusform>&quot;%1&quot; (%2), de %3 a %4: %n capa con %5 elementos, en %6, con %7 autoridades. Después añada las reivindicaciones a claims.csv y las fuentes a sources.csv, y complete SOURCES.md con las licencias de los datos.</numerusform>
            <numerusform>&quot;%1&quot; (%2), de %3 a %4: %n capas con %5 elementos, en %6, con %7 autoridades. Después añada las reivindicaciones a claims.csv y las fuentes a sources.csv, y complete SOURCES.md con las licencias de los datos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was written:
</source>
        <translation>No se ha escrito nada:
</translation>
    </message>
</context>
<context>
    <name>dpa::ChartPanel</name>
    <message>
        <location filename="../app/desktop/panels/chartpanel.cpp" line="+59"/>
        <source>Share of area by status: dual power, divided, occupied, contested, hand-over (stacked)</source>
        <translation>Proporción del área por estado: doble poder, dividido, ocupado, disputado, traspaso (apilados)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area each authority holds de facto (km²; by share where divided)</source>
        <translation>Área en manos de facto de cada autoridad (km²; según su parte donde hay división)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front length per pair of authorities (km)</source>
        <translation>Longitud del frente por par de autoridades (km)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click to go to that date</source>
        <translation>Haga clic para ir a esa fecha</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>date (Gregorian)</source>
        <translation>fecha (gregoriana)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>share of the area</source>
        <translation>proporción del área</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>current date</source>
        <translation>fecha actual</translation>
    </message>
</context>
<context>
    <name>dpa::ClaimHistoryView</name>
    <message>
        <location filename="../app/desktop/panels/claimhistoryview.cpp" line="+42"/>
        <source>%1 — %2, %3 (confidence %4)</source>
        <translation>%1 — %2, %3 (confianza %4)</translation>
    </message>
</context>
<context>
    <name>dpa::ControlStatus</name>
    <message>
        <location filename="../gis/model/controlstatus.cpp" line="+16"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>En manos de un bando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual power</source>
        <translation>Doble poder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divided</source>
        <translation>Dividido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contested</source>
        <translation>Disputado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over</source>
        <translation>Traspaso</translation>
    </message>
</context>
<context>
    <name>dpa::EditMode</name>
    <message>
        <location filename="../app/desktop/editing/editmode.cpp" line="+27"/>
        <source>&amp;Edit Case Study</source>
        <translation>&amp;Editar estudio de caso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply &amp;Claim…</source>
        <translation>Aplicar re&amp;ivindicación…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+101"/>
        <source>Edit Case Study</source>
        <translation>Editar estudio de caso</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Open a case study first.</source>
        <translation>Abra antes un estudio de caso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a case study packed into one GeoPackage, which is not edited in place. Unpack it (dpatlas-cli unpack) and open the folder.</source>
        <translation>%1 es un estudio de caso empaquetado en un único GeoPackage, que no se edita directamente. Desempaquételo (dpatlas-cli unpack) y abra la carpeta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The tables cannot be edited:
%1</source>
        <translation>Las tablas no se pueden editar:
%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+15"/>
        <source>Autosaved edits</source>
        <translation>Modificaciones autoguardadas</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Unsaved edits to %1 from %2 were autosaved, but %3 changed on disk since, so they are not applied.</source>
        <translation>Las modificaciones no guardadas de %1 del %2 se autoguardaron, pero %3 ha cambiado en el disco desde entonces, así que no se aplican.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the autosaved tables in %1 to compare them with the package&apos;s?</source>
        <translation>¿Conservar las tablas autoguardadas en %1 para compararlas con las del paquete?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the Files</source>
        <translation>Conservar los archivos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Autosaved tables kept in %1</source>
        <translation>Tablas autoguardadas conservadas en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recover unsaved edits from %1?</source>
        <translation>¿Recuperar las modificaciones no guardadas del %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edits to %1 were not saved when the app last ended; they were autosaved at %2.</source>
        <translation>Las modificaciones de %1 no se guardaron la última vez que se cerró la aplicación; se autoguardaron el %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The edits cannot be recovered:
%1</source>
        <translation>Las modificaciones no se pueden recuperar:
%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Autosave failed: %1</source>
        <translation>Ha fallado el autoguardado: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Unsaved edits</source>
        <translation>Modificaciones sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edits to %1 are not saved.</source>
        <translation>Las modificaciones de %1 no están guardadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save them to the package&apos;s tables before going on?</source>
        <translation>¿Guardarlas en las tablas del paquete antes de continuar?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>dpa::EditPanel</name>
    <message>
        <location filename="../app/desktop/editing/editpanel.cpp" line="+22"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claims</source>
        <translation>Reivindicaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Acontecimientos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter: feature, authority or role (claims); any column (events, sources)</source>
        <translation>Filtro: elemento, autoridad o rol (reivindicaciones); cualquier columna (acontecimientos, fuentes)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Line in the file</source>
        <translation>Línea en el archivo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Add Row</source>
        <translation>&amp;Añadir fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Rows</source>
        <translation>&amp;Borrar filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;Claim…</source>
        <translation>Aplicar re&amp;ivindicación…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Highlight rows in force on %1</source>
        <translation>Resaltar las filas en vigor el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight rows in force</source>
        <translation>Resaltar las filas en vigor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click features on the map (Ctrl+click for more) to apply a claim to them.</source>
        <translation>Haga clic en elementos del mapa (Ctrl+clic para añadir más) para aplicarles una reivindicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected: %1</source>
        <translation>Seleccionados: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No problems: the package is valid as edited.</source>
        <translation>Ningún problema: el paquete es válido tal como está editado.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s); click one to see its row:</source>
        <translation>
            <numerusform>%n problema; haga clic en él para ver su fila:</numerusform>
            <numerusform>%n problemas; haga clic en uno para ver su fila:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::EditSession</name>
    <message numerus="yes">
        <location filename="../app/desktop/editing/editsession.cpp" line="+48"/>
        <source>Apply claim to %n feature(s)</source>
        <translation>
            <numerusform>Aplicar reivindicación a %n elemento</numerusform>
            <numerusform>Aplicar reivindicación a %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n row(s) of %1</source>
        <translation>
            <numerusform>Borrar %n fila de %1</numerusform>
            <numerusform>Borrar %n filas de %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a row to %1</source>
        <translation>Añadir una fila a %1</translation>
    </message>
</context>
<context>
    <name>dpa::EditTableModel</name>
    <message>
        <location filename="../app/desktop/editing/edittablemodel.cpp" line="+84"/>
        <source>Edit %1 in %2</source>
        <translation>Editar %1 en %2</translation>
    </message>
</context>
<context>
    <name>dpa::EventsPanel</name>
    <message>
        <location filename="../app/desktop/panels/eventspanel.cpp" line="+57"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>dpa::ExportAnimationDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportanimationdialog.cpp" line="+18"/>
        <source>Export Animation</source>
        <translation>Exportar animación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A number and a unit: h (hours), d (days), w (weeks), m (months), y (years)</source>
        <translation>Un número y una unidad: h (horas), d (días), w (semanas), m (meses), y (años)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM, %1 calendar, as in the package</source>
        <translation>YYYY-MM-DD o YYYY-MM-DDTHH:MM, calendario %1, como en el paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step:</source>
        <translation>Paso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frame size:</source>
        <translation>Tamaño del fotograma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames/s</source>
        <translation> fotogramas/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate:</source>
        <translation>Frecuencia de fotogramas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG frames into a new folder (instead of a GIF or video file)</source>
        <translation>Fotogramas PNG en una carpeta nueva (en lugar de un archivo GIF o de vídeo)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Folder in which to create the frames folder</source>
        <translation>Carpeta en la que crear la carpeta de fotogramas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Animated GIF (*.gif);;MP4 video, H.264 (*.mp4);;WebM video, VP9 (*.webm)</source>
        <translation>GIF animado (*.gif);;Vídeo MP4, H.264 (*.mp4);;Vídeo WebM, VP9 (*.webm)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a day: write YYYY-MM-DD</source>
        <translation>&quot;%1&quot; no es un día: escriba YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2 frames)</source>
        <translation>%1 (%2 fotogramas)</translation>
    </message>
</context>
<context>
    <name>dpa::ExportImageDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportimagedialog.cpp" line="+26"/>
        <source>Export Image</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom size</source>
        <translation>Tamaño personalizado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A page sets the size from the resolution: A4 at 150 dpi is 1240 × 1754 pixels</source>
        <translation>Una página fija el tamaño a partir de la resolución: A4 a 150 ppp son 1240 × 1754 píxeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 cm in print</source>
        <translation>%1 × %2 cm impreso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map as on screen, with title, date, legend, scale bar, north arrow and credits. PNG is a picture; SVG and PDF are vector paths an illustrator can edit.</source>
        <translation>El mapa tal como se ve en pantalla, con título, fecha, leyenda, escala gráfica, flecha del norte y créditos. PNG es una imagen; SVG y PDF son trazados vectoriales que un ilustrador puede editar.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the picture .png, .svg or .pdf.</source>
        <translation>Dé a la imagen la extensión .png, .svg o .pdf.</translation>
    </message>
</context>
<context>
    <name>dpa::ExportJobDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportjobdialog.cpp" line="+27"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Choose where to save first.</source>
        <translation>Elija antes dónde guardar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed.</source>
        <translation>Ha fallado la exportación.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>dpa::ExportLayerDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportlayerdialog.cpp" line="+16"/>
        <source>Export Layer</source>
        <translation>Exportar capa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Timeline</source>
        <translation>Exportar cronología</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control state of every feature</source>
        <translation>Estado de control de cada elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Territory of each authority</source>
        <translation>Territorio de cada autoridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Front lines</source>
        <translation>Líneas del frente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per claim, with start and end as date-time fields (QGIS&apos;s Temporal Controller plays them; KML gets TimeSpan for Google Earth).</source>
        <translation>Una fila por reivindicación, con inicio y fin como campos de fecha y hora (el Controlador temporal de QGIS los reproduce; el KML recibe TimeSpan para Google Earth).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All layers</source>
        <translation>Todas las capas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case study&apos;s: %1</source>
        <translation>el del estudio de caso: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPSG:4326, EPSG:3857, a PROJ string or WKT. GeoJSON and KML are always WGS 84.</source>
        <translation>EPSG:4326, EPSG:3857, una cadena PROJ o WKT. GeoJSON y KML van siempre en WGS 84.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRS:</source>
        <translation>CRS:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;FlatGeobuf (*.fgb);;CSV with WKT (*.csv)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;FlatGeobuf (*.fgb);;CSV con WKT (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the file .gpkg, .geojson, .shp, .kml, .fgb or .csv.</source>
        <translation>Dé al archivo la extensión .gpkg, .geojson, .shp, .kml, .fgb o .csv.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 records in %2 files, one per layer: %3</source>
        <translation>%1 registros en %2 archivos, uno por capa: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 records)</source>
        <translation>%1 (%2 registros)</translation>
    </message>
</context>
<context>
    <name>dpa::ExportPackageDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportpackagedialog.cpp" line="+11"/>
        <source>Export Case Study as GeoPackage</source>
        <translation>Exportar estudio de caso como GeoPackage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers, claims, events, sources, the manifest and the period maps of “%1” in one file. QGIS shows its layers and tables; Dual Power Atlas opens it like a folder.</source>
        <translation>Capas, reivindicaciones, acontecimientos, fuentes, el manifiesto y los mapas de época de «%1» en un solo archivo. QGIS muestra sus capas y tablas; Atlas del Doble Poder lo abre como una carpeta.</translation>
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
        <translation>Georreferenciar un escaneo — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Scan…</source>
        <translation>Abrir &amp;escaneo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Points…</source>
        <translation>Abrir &amp;puntos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transformation:</source>
        <translation>Transformación:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Turn the scan a quarter to the left (Shift+R)</source>
        <translation>Girar el escaneo un cuarto de vuelta a la izquierda (Shift+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn the scan a quarter to the right (R)</source>
        <translation>Girar el escaneo un cuarto de vuelta a la derecha (R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn the scan&apos;s view to any angle (clockwise); the points stay on the scan&apos;s own pixels</source>
        <translation>Girar la vista del escaneo a cualquier ángulo (en sentido horario); los puntos se quedan en los píxeles del propio escaneo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Scan&lt;/b&gt; — click a spot you can find on the map (wheel: zoom, drag: pan, drag a marker: move it)</source>
        <translation>&lt;b&gt;Escaneo&lt;/b&gt; — haga clic en un sitio que pueda localizar en el mapa (rueda: zoom; arrastrar: desplazar; arrastrar un marcador: moverlo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Map&lt;/b&gt; — click the same spot here</source>
        <translation>&lt;b&gt;Mapa&lt;/b&gt; — haga clic aquí en el mismo sitio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete Point</source>
        <translation>&amp;Borrar punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the warped scan over the map</source>
        <translation>Mostrar el escaneo rectificado sobre el mapa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CRS of the map coordinates you type and the table shows, e.g. EPSG:4326 for longitude and latitude; they are converted into the case study&apos;s CRS.</source>
        <translation>El CRS de las coordenadas de mapa que usted escribe y que muestra la tabla, p. ej. EPSG:4326 para longitud y latitud; se convierten al CRS del estudio de caso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Point</source>
        <translation>&amp;Añadir punto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map coordinates in:</source>
        <translation>Coordenadas de mapa en:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or type the map position of the spot clicked on the scan:</source>
        <translation>O escriba la posición en el mapa del sitio pulsado en el escaneo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opacity:</source>
        <translation>Opacidad:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>when the map was made, e.g. 1836</source>
        <translation>cuándo se hizo el mapa, p. ej. 1836</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the map:</source>
        <translation>Fecha del mapa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown from:</source>
        <translation>Visible desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as Period &amp;Map</source>
        <translation>Guardar como &amp;mapa de época</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Open a Scan</source>
        <translation>Abrir un escaneo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.tif *.tiff *.jpg *.jpeg *.png *.jp2);;All files (*)</source>
        <translation>Imágenes (*.tif *.tiff *.jpg *.jpeg *.png *.jp2);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Control Points</source>
        <translation>Abrir puntos de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control points (*.points *.csv)</source>
        <translation>Puntos de control (*.points *.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a scan to begin.</source>
        <translation>Abra un escaneo para empezar.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2 x %3 pixels. Click a spot on the scan, then the same spot on the map.</source>
        <translation>%1: %2 x %3 píxeles. Haga clic en un sitio del escaneo y después en el mismo sitio del mapa.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 points.</source>
        <translation>%1: %2 puntos.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Now click the same spot on the map.</source>
        <translation>Ahora haga clic en el mismo sitio del mapa.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now click the same spot on the scan.</source>
        <translation>Ahora haga clic en el mismo sitio del escaneo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan x</source>
        <translation>Escaneo x</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan y</source>
        <translation>Escaneo y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map x (%1)</source>
        <translation>Mapa x (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map y (%1)</source>
        <translation>Mapa y (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual (px)</source>
        <translation>Residuo (px)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual (m)</source>
        <translation>Residuo (m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation>longitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x in %1</source>
        <translation>x en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude</source>
        <translation>latitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>y in %1</source>
        <translation>y en %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Outlier: its residual is more than %1 times the median. Was it clicked on the wrong spot?</source>
        <translation>Valor atípico: su residuo es más de %1 veces la mediana. ¿Se pulsó en un sitio equivocado?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RMS error: &lt;b&gt;%1 px&lt;/b&gt;, &lt;b&gt;%2 m&lt;/b&gt; over %3 points%4</source>
        <translation>Error RMS: &lt;b&gt;%1 px&lt;/b&gt;, &lt;b&gt;%2 m&lt;/b&gt; en %3 puntos%4</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> — &lt;span style=&apos;color:#c00000&apos;&gt;%n outlier(s)&lt;/span&gt;</source>
        <translation>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;%n valor atípico&lt;/span&gt;</numerusform>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;%n valores atípicos&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>enable point %1</source>
        <translation>activar el punto %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disable point %1</source>
        <translation>desactivar el punto %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <location line="+63"/>
        <source>move point %1</source>
        <translation>mover el punto %1</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>no coordinate to pair with</source>
        <translation>no hay ninguna coordenada con la que emparejarlo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PROJ does not know the CRS &quot;%1&quot;, so coordinates are still typed in %2: %3</source>
        <translation>PROJ no conoce el CRS &quot;%1&quot;, así que las coordenadas se siguen escribiendo en %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map coordinates are typed and shown in %1 (%2).</source>
        <translation>Las coordenadas de mapa se escriben y se muestran en %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click the spot on the scan first, then type its map coordinates.</source>
        <translation>Haga clic primero en el sitio del escaneo y después escriba sus coordenadas de mapa.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type both map coordinates as numbers (in %1).</source>
        <translation>Escriba las dos coordenadas de mapa como números (en %1).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a scan first.</source>
        <translation>Abra antes un escaneo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id names the files: use letters, digits, - and _ only.</source>
        <translation>El id da nombre a los archivos: use solo letras, cifras, - y _.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the map a title that says how old it really is.</source>
        <translation>Dé al mapa un título que diga su antigüedad real.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a date the package understands: %2</source>
        <translation>&quot;%1&quot; no es una fecha que entienda el paquete: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warping the scan…</source>
        <translation>Rectificando el escaneo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved %1 and %2; the case study is reloaded with the new period map.</source>
        <translation>Se han guardado %1 y %2; el estudio de caso se ha recargado con el nuevo mapa de época.</translation>
    </message>
</context>
<context>
    <name>dpa::GeorefMapOverlay</name>
    <message>
        <location filename="../app/desktop/georef/georefmapoverlay.cpp" line="+100"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
</context>
<context>
    <name>dpa::InspectorPanel</name>
    <message>
        <location filename="../app/desktop/panels/inspectorpanel.cpp" line="+20"/>
        <location line="+56"/>
        <source>Click a district, barracks or place on the map.</source>
        <translation>Haga clic en un distrito, un cuartel o un lugar del mapa.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source> · approximate geometry</source>
        <translation> · geometría aproximada</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>, %1 % of it</source>
        <translation>, un %1 % del mismo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wikidata %1</source>
        <translation>Wikidata %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidence %1</source>
        <translation>confianza %1</translation>
    </message>
</context>
<context>
    <name>dpa::LayersPanel</name>
    <message>
        <location filename="../app/desktop/panels/layerspanel.cpp" line="+28"/>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draw above the layer over it</source>
        <translation>Dibujar por encima de la capa superior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw below the layer under it</source>
        <translation>Dibujar por debajo de la capa inferior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom to</source>
        <translation>Encuadrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame the map on the selected layer or period map (or double-click it)</source>
        <translation>Encuadrar el mapa en la capa o el mapa de época seleccionados (o haga doble clic en ellos)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Layers (upper over lower; symbols and labels always on top)</source>
        <translation>Capas (las de arriba sobre las de abajo; símbolos y etiquetas siempre encima)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period maps</source>
        <translation>Mapas de época</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>features</source>
        <translation>elementos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
Shown from %2, under the districts: lower their opacity or hide them to read it. Double-click to zoom to it.</source>
        <translation>%1
Visible en %2, bajo los distritos: baje su opacidad u ocúltelos para leerlo. Haga doble clic para encuadrarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none in this package</source>
        <translation>ninguno en este paquete</translation>
    </message>
</context>
<context>
    <name>dpa::LayoutOptionsForm</name>
    <message>
        <location filename="../app/desktop/dialogs/layoutoptionsform.cpp" line="+15"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle:</source>
        <translation>Subtítulo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it covers no feature</source>
        <translation>Donde no cubra ningún elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top left</source>
        <translation>Arriba a la izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top right</source>
        <translation>Arriba a la derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom left</source>
        <translation>Abajo a la izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom right</source>
        <translation>Abajo a la derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beside the map</source>
        <translation>Junto al mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No legend</source>
        <translation>Sin leyenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: a corner of the map over no feature, or beside the map when every corner covers some</source>
        <translation>Automática: una esquina del mapa sin elementos debajo, o junto al mapa si todas las esquinas cubren alguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend:</source>
        <translation>Leyenda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inset map of the whole case study</source>
        <translation>Mapa de situación de todo el estudio de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar and north arrow</source>
        <translation>Escala gráfica y flecha del norte</translation>
    </message>
</context>
<context>
    <name>dpa::LegendContents</name>
    <message>
        <location filename="../layers/render/legendcontents.cpp" line="+18"/>
        <source>Held by one camp</source>
        <translation>En manos de un bando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual power: wide bands de facto, narrow de jure</source>
        <translation>Doble poder: bandas anchas de facto, estrechas de iure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divided: each camp holds a part</source>
        <translation>Dividido: cada bando tiene una parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied: bars of the occupying force</source>
        <translation>Ocupado: barras de la fuerza ocupante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contested: open fighting</source>
        <translation>Disputado: combates abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over: dots of the outgoing holder</source>
        <translation>Traspaso: puntos del poseedor saliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown: no claim in the sources</source>
        <translation>Desconocido: ninguna reivindicación en las fuentes</translation>
    </message>
</context>
<context>
    <name>dpa::LegendPanel</name>
    <message>
        <location filename="../app/desktop/panels/legendpanel.cpp" line="+59"/>
        <source>What the map shows</source>
        <translation>Qué muestra el mapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pale: a title nobody enforces</source>
        <translation>Pálido: un título que nadie hace valer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An authority claims it (de jure) and nobody is recorded holding it</source>
        <translation>Una autoridad lo reivindica (de iure) y no consta que nadie lo controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate boundary (dashed)</source>
        <translation>Límite aproximado (discontinuo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The boundary stands in for the historical one (see the package&apos;s SOURCES.md)</source>
        <translation>El límite sustituye al histórico (véase el SOURCES.md del paquete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paler: lower confidence</source>
        <translation>Más pálido: menor confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fill is paler the lower the confidence of the claims in force</source>
        <translation>El relleno es más pálido cuanto menor es la confianza de las reivindicaciones en vigor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pennant: present without governing</source>
        <translation>Banderín: presencia sin gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troops or officials present without governing (role presence)</source>
        <translation>Tropas o funcionarios presentes sin gobernar (rol presence)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities (click to highlight)</source>
        <translation>Autoridades (haga clic para resaltar)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source> (no claim in force on this date)</source>
        <translation> (ninguna reivindicación en vigor en esta fecha)</translation>
    </message>
</context>
<context>
    <name>dpa::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow.cpp" line="+64"/>
        <location line="+767"/>
        <source>Dual Power Atlas</source>
        <translation>Atlas del Doble Poder</translation>
    </message>
    <message>
        <location line="-727"/>
        <source>1:%L1</source>
        <translation>1:%L1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>frame %1 ms</source>
        <translation>fotograma: %1 ms</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Acontecimientos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Case Study…</source>
        <translation>&amp;Nuevo estudio de caso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Case Study…</source>
        <translation>A&amp;brir estudio de caso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;GeoPackage…</source>
        <translation>Abrir &amp;GeoPackage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent Case Studies</source>
        <translation>Estudios de caso &amp;recientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Layer…</source>
        <translation>Exportar ca&amp;pa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Timeline…</source>
        <translation>Exportar crono&amp;logía…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Image…</source>
        <translation>Exportar &amp;imagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Animation…</source>
        <translation>Exportar &amp;animación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Case Study as Geo&amp;Package…</source>
        <translation>Exportar estudio de caso como GeoPac&amp;kage…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;Case Study</source>
        <translation>Encuadrar el estudio de &amp;caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Front Lines</source>
        <translation>Mostrar líneas del &amp;frente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Basemap…</source>
        <translation>&amp;Mapa base…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No translation found for %1; the interface stays in English.</source>
        <translation>No se ha encontrado traducción para %1; la interfaz sigue en inglés.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Georeference a Scan…</source>
        <translation>&amp;Georreferenciar un escaneo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to &amp;Read This Map</source>
        <translation>Cómo &amp;leer este mapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left / Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a day back / forward&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left / Alt+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;an hour back / forward&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+Left / Shift+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a week back / forward&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Left / Ctrl+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a month back / forward&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Up / Page Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous / next change&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;start / end of the period&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl++ / Ctrl+-&lt;/b&gt;, wheel&lt;/td&gt;&lt;td&gt;zoom in / out (on the map: + and -); drag to pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the whole case study&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search places and events&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;front lines&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a case study&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the picture&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;edit mode: the case study&apos;s tables&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo an edit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Z / Ctrl+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save the edits&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;how to read this map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reproducir / pausa&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left / Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;un día atrás / adelante&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left / Alt+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;una hora atrás / adelante&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+Left / Shift+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;una semana atrás / adelante&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Left / Ctrl+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;un mes atrás / adelante&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Up / Page Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cambio anterior / siguiente&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;inicio / fin del periodo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl++ / Ctrl+-&lt;/b&gt;, rueda&lt;/td&gt;&lt;td&gt;acercar / alejar (en el mapa: + y -); arrastrar para desplazar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;todo el estudio de caso&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;buscar lugares y acontecimientos&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;líneas del frente&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;abrir un estudio de caso&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;exportar la imagen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;modo de edición: las tablas del estudio de caso&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;deshacer una modificación&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Z / Ctrl+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rehacer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;guardar las modificaciones&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cómo leer este mapa&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;salir&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Dual Power Atlas</source>
        <translation>Acerca de Atlas del Doble Poder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Dual Power Atlas&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Who controlled what, when: control maps of episodes of dual power, with their sources.&lt;/p&gt;&lt;p&gt;Data credits of the open case study are printed on its map and listed in its SOURCES.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Atlas del Doble Poder&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Quién controlaba qué, y cuándo: mapas de control de episodios de doble poder, con sus fuentes.&lt;/p&gt;&lt;p&gt;Los créditos de los datos del estudio de caso abierto figuran en su mapa y en su SOURCES.md.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Dual Power Atlas</source>
        <translation>A&amp;cerca de Atlas del Doble Poder</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: no footprint to zoom to</source>
        <translation>%1: no tiene extensión que encuadrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is shown from %2; move the time there to see it.</source>
        <translation>%1 es visible en %2; lleve la fecha hasta allí para verlo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No basemap: %1. The map is drawn without it; View &gt; Basemap… tries again.</source>
        <translation>Sin mapa base: %1. El mapa se dibuja sin él; Ver &gt; Mapa base… lo vuelve a intentar.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open Case Study GeoPackage</source>
        <translation>Abrir un estudio de caso GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed case studies (*.gpkg)</source>
        <translation>Estudios de caso empaquetados (*.gpkg)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+279"/>
        <source>%1[*] — Dual Power Atlas</source>
        <translation>%1[*] — Atlas del Doble Poder</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>%1° %2, %3° %4  |  %5: %6, %7</source>
        <translation>%1° %2, %3° %4  |  %5: %6, %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Open Case Study Folder</source>
        <translation>Abrir la carpeta de un estudio de caso</translation>
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
        <translation>Contornos discontinuos: geometría aproximada (límites modernos en lugar de los históricos)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pale: a title nobody enforces</source>
        <translation>Pálido: un título que nadie hace valer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approximate boundary</source>
        <translation>Límite aproximado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pennant: present without governing</source>
        <translation>Banderín: presencia sin gobierno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paler fill: lower confidence</source>
        <translation>Relleno más pálido: menor confianza</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Basemap: %1</source>
        <translation>Mapa base: %1</translation>
    </message>
</context>
<context>
    <name>dpa::NewCaseStudyWizard</name>
    <message>
        <location filename="../app/desktop/dialogs/newcasestudywizard.cpp" line="+14"/>
        <source>New Case Study</source>
        <translation>Nuevo estudio de caso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>dpa::OpenCaseStudyDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/opencasestudydialog.cpp" line="+56"/>
        <source>Open Case Study</source>
        <translation>Abrir estudio de caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case studies found in: %1</source>
        <translation>Estudios de caso encontrados en: %1</translation>
    </message>
</context>
<context>
    <name>dpa::PagePreset</name>
    <message>
        <location filename="../layers/view/maplayout.cpp" line="+59"/>
        <source>A4 portrait</source>
        <translation>A4 vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 horizontal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16:9 slide (1920 × 1080)</source>
        <translation>Diapositiva 16:9 (1920 × 1080)</translation>
    </message>
</context>
<context>
    <name>dpa::ProblemList</name>
    <message numerus="yes">
        <location filename="../app/desktop/editing/problemlist.cpp" line="+57"/>
        <source>%1 (%2, %n rows)</source>
        <translation>
            <numerusform>%1 (%2, %n fila)</numerusform>
            <numerusform>%1 (%2, %n filas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::ProblemsDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/problemsdialog.cpp" line="+14"/>
        <source>Problems in %1</source>
        <translation>Problemas en %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n problem(s) were found. What is sound has been loaded; the rest is left out until it is fixed.</source>
        <translation>
            <numerusform>Se ha encontrado %n problema. Se ha cargado lo que está bien; el resto queda fuera hasta que se corrija.</numerusform>
            <numerusform>Se han encontrado %n problemas. Se ha cargado lo que está bien; el resto queda fuera hasta que se corrija.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::ReadingGuideDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/readingguidedialog.cpp" line="+36"/>
        <source>How to read this map</source>
        <translation>Cómo leer este mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Each district, place or front is coloured by what the sources say of it on the date shown. Authorities of one &lt;i&gt;bloc&lt;/i&gt; are one camp: allies never make dual power between themselves. Click a feature for its claims and their sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cada distrito, lugar o frente se colorea según lo que dicen de él las fuentes en la fecha mostrada. Las autoridades de un mismo &lt;i&gt;bando&lt;/i&gt; cuentan como uno solo: los aliados nunca forman doble poder entre sí. Haga clic en un elemento para ver sus reivindicaciones y sus fuentes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>One camp holds or claims it, alone. A pale tint: a title that nobody is recorded enforcing.</source>
        <translation>Un solo bando lo controla o lo reivindica. Un tono pálido: un título que no consta que nadie haga valer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rival camps are each in force over the same whole ground, by control or by claim: the wide bands are the side that holds it de facto, each narrow band another camp. This is dual power in Lenin&apos;s and Trotsky&apos;s sense, not a front line.</source>
        <translation>Varios bandos rivales rigen a la vez, cada uno, sobre todo el mismo terreno, por control o por reivindicación: las bandas anchas son el bando que lo controla de facto, y cada banda estrecha, otro bando. Es el doble poder en el sentido de Lenin y de Trotski, no una línea del frente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rival camps each control a part: columns in proportion to their shares. The front runs somewhere inside; the shares are the package&apos;s estimate.</source>
        <translation>Bandos rivales controlan cada uno una parte: columnas proporcionales a sus partes. El frente pasa por algún lugar del interior; las partes son una estimación del paquete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A foreign force holds it without claiming sovereignty (bars), over the colour of whoever holds the title.</source>
        <translation>Una fuerza extranjera lo controla sin reivindicar la soberanía (barras), sobre el color de quien tenga el título.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open fighting over it.</source>
        <translation>Combates abiertos por él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One camp&apos;s claim ends on the day a rival&apos;s begins, and the sources give no hour: the day belongs to the newcomer (its colour), dotted with the colour of the one leaving.</source>
        <translation>La reivindicación de un bando termina el día en que empieza la de un rival, y las fuentes no dan la hora: el día es del que llega (su color), punteado con el color del que se va.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sources say nothing of it.</source>
        <translation>Las fuentes no dicen nada de él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paler</source>
        <translation>Más pálido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower confidence in the claims in force. Dashed outlines: approximate boundaries. A small pennant: troops or officials present without governing.</source>
        <translation>Menor confianza en las reivindicaciones en vigor. Contornos discontinuos: límites aproximados. Un pequeño banderín: tropas o funcionarios presentes sin gobernar.</translation>
    </message>
</context>
<context>
    <name>dpa::ScanView</name>
    <message>
        <location filename="../app/desktop/georef/scanview.cpp" line="+172"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
</context>
<context>
    <name>dpa::SearchField</name>
    <message>
        <location filename="../app/desktop/searchfield.cpp" line="+17"/>
        <source>Search places and events (Ctrl+K)</source>
        <translation>Buscar lugares y acontecimientos (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 — event, %2</source>
        <translation>%1 — acontecimiento, %2</translation>
    </message>
</context>
<context>
    <name>dpa::StagedFile</name>
    <message>
        <location filename="../gis/io/stagedfile.cpp" line="+24"/>
        <source>folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>writing was cancelled</source>
        <translation>se ha cancelado la escritura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write to disk (full?)</source>
        <translation>no se puede escribir en el disco (¿está lleno?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot move the finished file into place</source>
        <translation>no se puede mover el archivo terminado a su sitio</translation>
    </message>
</context>
<context>
    <name>dpa::StateSummary</name>
    <message>
        <location filename="../app/desktop/statesummary.cpp" line="+10"/>
        <source>nobody recorded</source>
        <translation>nadie documentado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 by title only: %2 claims it, nobody is recorded holding it</source>
        <translation>%1 solo de iure: %2 lo reivindica, no consta que nadie lo controle</translation>
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
        <translation>%1: títulos rivales de %2 y %3, no consta que nadie lo controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 holds it de facto; %3 also in force</source>
        <translation>%1: %2 lo controla de facto; %3 también en vigor</translation>
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
        <translation>%1: %2; título: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: fighting between %2</source>
        <translation>%1: combates entre %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 de %2 a %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>present without governing: %1</source>
        <translation>presencia sin gobierno: %1</translation>
    </message>
</context>
<context>
    <name>dpa::TimelinePanel</name>
    <message>
        <location filename="../app/desktop/panels/timelinepanel.cpp" line="+31"/>
        <source>Start of the period (Home)</source>
        <translation>Inicio del periodo (Home)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous change (Page Up)</source>
        <translation>Cambio anterior (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back by the unit chosen beside (keys: Left a day, Alt an hour, Shift a week, Ctrl a month)</source>
        <translation>Retroceder la unidad elegida al lado (teclas: Left un día, Alt una hora, Shift una semana, Ctrl un mes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play / pause (Space)</source>
        <translation>Reproducir / pausa (Space)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step forward by the unit chosen beside (keys: Right a day, Alt an hour, Shift a week, Ctrl a month)</source>
        <translation>Avanzar la unidad elegida al lado (teclas: Right un día, Alt una hora, Shift una semana, Ctrl un mes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next change (Page Down)</source>
        <translation>Cambio siguiente (Page Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the period (End)</source>
        <translation>Fin del periodo (End)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step by</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour/s</source>
        <translation>1 hora/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 hours/s</source>
        <translation>6 horas/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day/s</source>
        <translation>1 día/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 days/s</source>
        <translation>3 días/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week/s</source>
        <translation>1 semana/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 weeks/s</source>
        <translation>2 semanas/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 month/s</source>
        <translation>1 mes/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop</source>
        <translation>En bucle</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n claims in force have approximate or uncertain dates</source>
        <translation>
            <numerusform>%n reivindicación en vigor tiene fechas aproximadas o inciertas</numerusform>
            <numerusform>%n reivindicaciones en vigor tienen fechas aproximadas o inciertas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::UserGuideDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/userguidedialog.cpp" line="+12"/>
        <source>Dual Power Atlas: User Guide</source>
        <translation>Atlas del Doble Poder: guía del usuario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user guide is missing from this build (docs/user-guide.md).</source>
        <translation>Falta la guía del usuario en esta compilación (docs/user-guide.md).</translation>
    </message>
</context>
<context>
    <name>dpa::cli</name>
    <message>
        <location filename="../app/cli/layoutoptions.cpp" line="-42"/>
        <source>title on the picture instead of the case study&apos;s</source>
        <translation>título de la imagen en lugar del del estudio de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line under the title</source>
        <translation>una línea bajo el título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where the legend goes: %1 (default auto: a corner over no feature, else beside the map)</source>
        <translation>dónde va la leyenda: %1 (por defecto auto: una esquina sin elementos debajo o, si no, junto al mapa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no legend</source>
        <translation>sin leyenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a small map of the whole case study with the picture&apos;s extent on it</source>
        <translation>un pequeño mapa de todo el estudio de caso con la extensión de la imagen marcada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no scale bar and north arrow</source>
        <translation>sin escala gráfica ni flecha del norte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web tiles under the map: an XYZ address with {z}, {x} and {y} (https:// or file://), or WMTS:CAPABILITIES-URL</source>
        <translation>teselas web bajo el mapa: una dirección XYZ con {z}, {x} y {y} (https:// o file://), o WMTS:CAPABILITIES-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the basemap&apos;s attribution, added to the credits</source>
        <translation>la atribución del mapa base, añadida a los créditos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the deepest zoom level the tile service has (default 19)</source>
        <translation>el nivel de zoom más profundo del servicio de teselas (por defecto 19)</translation>
    </message>
</context>
<context>
    <name>dpa::tilebasemap</name>
    <message>
        <location filename="../gis/io/tilebasemap.cpp" line="+48"/>
        <source>no address given</source>
        <translation>no se ha indicado ninguna dirección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: after WMTS: give the http(s) address of the service&apos;s capabilities</source>
        <translation>&quot;%1&quot;: tras WMTS: indique la dirección http(s) de las capacidades del servicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: a tile address starts with https://, http:// or file://</source>
        <translation>&quot;%1&quot;: una dirección de teselas empieza por https://, http:// o file://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has no %2: write the tile address with {z}, {x} and {y}, as in https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>&quot;%1&quot; no tiene %2: escriba la dirección de teselas con {z}, {x} y {y}, como en https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>basemap</source>
        <translation>mapa base</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>basemap %1</source>
        <translation>mapa base %1</translation>
    </message>
</context>
</TS>
