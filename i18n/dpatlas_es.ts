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
        <location line="+20"/>
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
        <location filename="../gis/io/vectorreader.cpp" line="+47"/>
        <location filename="../gis/package/csvreader.cpp" line="+63"/>
        <location filename="../gis/package/packagearchive.cpp" line="+222"/>
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
        <location filename="../gis/georef/periodmapmanifest.cpp" line="+29"/>
        <location filename="../gis/package/import/linkedplacesfile.cpp" line="+296"/>
        <location filename="../gis/package/import/placesimport.cpp" line="+120"/>
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
        <location filename="../gis/georef/periodmapmanifest.cpp" line="+35"/>
        <location line="+3"/>
        <source>cannot write (%1)</source>
        <translation>no se puede escribir (%1)</translation>
    </message>
    <message>
        <location filename="../gis/package/csvreader.cpp" line="+3"/>
        <source>file is %1 MB; at most %2 MB is allowed</source>
        <translation>el archivo ocupa %1 MB; se admiten como máximo %2 MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../gis/package/edit/editabletable.cpp" line="+26"/>
        <location filename="../gis/package/import/importtable.cpp" line="+31"/>
        <location filename="../gis/package/import/tablemerge.cpp" line="+33"/>
        <location filename="../gis/package/packagemanifest.cpp" line="+333"/>
        <source>cannot read file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>quoted field is never closed where it should be (this row is skipped; the rows after it are read)</source>
        <translation>un campo entre comillas no se cierra donde debería (se omite esta fila; se leen las siguientes)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>quoted field is never closed (this row is skipped; the rows after it are read)</source>
        <translation>un campo entre comillas no se cierra nunca (se omite esta fila; se leen las siguientes)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>file is not UTF-8 text (save the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>el archivo no es texto UTF-8 (guarde la hoja de cálculo como &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file is not text: it has a NUL byte here (save the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>el archivo no es texto: aquí tiene un byte NUL (guarde la hoja de cálculo como &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the columns are separated by semicolons: save the spreadsheet as CSV with commas (&quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>las columnas están separadas por punto y coma: guarde la hoja de cálculo como CSV con comas (&quot;CSV UTF-8 (delimitado por comas)&quot;)</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+34"/>
        <source>quote inside an unquoted field: put the whole field in quotes and double the inner quotes</source>
        <translation>comillas dentro de un campo sin comillas: ponga todo el campo entre comillas y duplique las comillas interiores</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>text after the closing quote of a field</source>
        <translation>texto tras las comillas de cierre de un campo</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>file is empty: a header row is required</source>
        <translation>el archivo está vacío: se necesita una fila de cabecera</translation>
    </message>
    <message>
        <location filename="../gis/package/datasetpackage.cpp" line="+28"/>
        <source>layer &quot;%1&quot;: %2</source>
        <translation>capa &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+67"/>
        <source>attribute &quot;%1&quot; named in manifest.json is not in the layer (it has: %2)</source>
        <translation>el atributo &quot;%1&quot; indicado en manifest.json no está en la capa (tiene: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/layerfeaturerules.cpp" line="+29"/>
        <source>feature has no id in &quot;%1&quot;</source>
        <translation>el elemento no tiene id en &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id is used by more than one feature</source>
        <translation>el id lo usa más de un elemento</translation>
    </message>
    <message>
        <location filename="../gis/package/datasetpackage.cpp" line="+25"/>
        <source>period map &quot;%1&quot;: %2</source>
        <translation>mapa de época &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location line="+48"/>
        <source>file not found: every package states its data&apos;s licences and attributions</source>
        <translation>archivo no encontrado: todo paquete declara las licencias y atribuciones de sus datos</translation>
    </message>
    <message>
        <location filename="../gis/time/dateinterval.cpp" line="+66"/>
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
        <location filename="../gis/time/historicaldate.cpp" line="+134"/>
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
        <location filename="../gis/time/datetext.cpp" line="+209"/>
        <source>%1 BC</source>
        <translation>%1 a. C.</translation>
    </message>
    <message>
        <location filename="../gis/package/packagefolder.cpp" line="+46"/>
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
        <location filename="../gis/package/claimstable.cpp" line="+255"/>
        <location filename="../gis/package/packagetables.cpp" line="+22"/>
        <source>missing column(s): %1 (the header must have: %2)</source>
        <translation>faltan columnas: %1 (la cabecera debe tener: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+18"/>
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
        <location filename="../gis/package/claimstable.cpp" line="-121"/>
        <source>row has %1 fields; the header has %2</source>
        <translation>la fila tiene %1 campos; la cabecera tiene %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>feature &quot;%1&quot; is not in any feature layer</source>
        <translation>el elemento &quot;%1&quot; no está en ninguna capa de elementos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>authority &quot;%1&quot; is not in the manifest</source>
        <translation>la autoridad &quot;%1&quot; no está en el manifiesto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>role &quot;%1&quot; is not one of %2</source>
        <translation>el rol &quot;%1&quot; no es ninguno de %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>confidence &quot;%1&quot; is not high, medium, low or a number from 0 to 1</source>
        <translation>la confianza &quot;%1&quot; no es high, medium, low ni un número de 0 a 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>claim cites no source: every claim needs one</source>
        <translation>la reivindicación no cita ninguna fuente: toda reivindicación necesita una</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>share &quot;%1&quot; is not a number above 0 and at most 1 (the part of the feature this claim controls)</source>
        <translation>share &quot;%1&quot; no es un número mayor que 0 y no mayor que 1 (la parte del elemento que controla esta reivindicación)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>share is only for control claims (camps that each control a part of a divided feature), not %1</source>
        <translation>share solo vale para las reivindicaciones de rol control (bandos que controlan cada uno una parte de un elemento dividido), no para %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 claim(s) are about layer &quot;%2&quot;, which could not be read (see its problem): left out until it is</source>
        <translation>%1 reivindicación(es) se refieren a la capa &quot;%2&quot;, que no se ha podido leer (véase su problema): quedan fuera hasta que se lea</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+22"/>
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
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+167"/>
        <source>cannot open as a vector layer in an allowed format (%1)</source>
        <translation>no se puede abrir como capa vectorial en un formato admitido (%1)</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="-33"/>
        <location filename="../gis/io/vectorreader.cpp" line="+10"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+6"/>
        <source>file holds no vector layer</source>
        <translation>el archivo no contiene ninguna capa vectorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gis/io/vectorreader.cpp" line="+1"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+1"/>
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
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="-26"/>
        <source>layer CRS not understood</source>
        <translation>no se entiende el CRS de la capa</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+4"/>
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
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+93"/>
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
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+13"/>
        <source>some coordinates cannot be transformed to %1</source>
        <translation>algunas coordenadas no se pueden transformar a %1</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="-44"/>
        <location filename="../gis/io/vectorreader.cpp" line="+6"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+55"/>
        <location line="+58"/>
        <source>error while reading features</source>
        <translation>error al leer los elementos</translation>
    </message>
    <message>
        <location filename="../app/desktop/georef/typedcoordinates.cpp" line="+34"/>
        <source>%1, %2 cannot be taken from %3 into the case study&apos;s CRS</source>
        <translation>%1, %2 no se puede pasar de %3 al CRS del estudio de caso</translation>
    </message>
    <message>
        <location filename="../app/desktop/panels/eventspanel.cpp" line="+23"/>
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
        <location line="+93"/>
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
        <location filename="../gis/georef/periodmapmanifest.cpp" line="-32"/>
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
        <location filename="../gis/package/postgis/pgpull.cpp" line="+54"/>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="+176"/>
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
        <location line="+32"/>
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
        <location filename="../gis/package/import/placesimport.cpp" line="-20"/>
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
        <location filename="../gis/package/import/placesimport.cpp" line="+140"/>
        <location line="+8"/>
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
    <message numerus="yes">
        <location filename="../gis/package/newcasestudy.cpp" line="+55"/>
        <source> (and %n more problem(s); `dpatlas-cli import --places` lists them all)</source>
        <translation>
            <numerusform> (y %n problema más; `dpatlas-cli import --places` los enumera todos)</numerusform>
            <numerusform> (y %n problemas más; `dpatlas-cli import --places` los enumera todos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+142"/>
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
        <location filename="../gis/package/packagearchive.cpp" line="-178"/>
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
        <location filename="../gis/package/postgis/pgpush.cpp" line="+311"/>
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
        <location filename="../gis/package/postgis/pgpush.cpp" line="-43"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a packed case study is a GeoPackage: name it .gpkg</source>
        <translation>un estudio de caso empaquetado es un GeoPackage: dele la extensión .gpkg</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the layer %1 would overwrite the package&apos;s own table of that name</source>
        <translation>la capa %1 sobrescribiría la tabla del mismo nombre del propio paquete</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../gis/package/cachefolder.cpp" line="+21"/>
        <source>cannot create the cache folder</source>
        <translation>no se puede crear la carpeta de caché</translation>
    </message>
    <message>
        <location filename="../gis/package/packagearchive.cpp" line="+8"/>
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
        <location filename="../layers/export/videosink.cpp" line="+71"/>
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
        <location filename="../layers/export/videosink.cpp" line="+102"/>
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
        <location filename="../layers/export/pngsequencesink.cpp" line="+24"/>
        <source>cannot write frames</source>
        <translation>no se pueden escribir los fotogramas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write frame %1 (disk full?)</source>
        <translation>no se puede escribir el fotograma %1 (¿disco lleno?)</translation>
    </message>
    <message>
        <location filename="../layers/export/videosink.cpp" line="-112"/>
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
        <location line="+51"/>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <location line="-75"/>
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
        <location line="+57"/>
        <source>cannot finish the file</source>
        <translation>no se puede terminar el archivo</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgcache.cpp" line="+86"/>
        <source>another program has been pulling a case study for two minutes; try again</source>
        <translation>otro programa lleva dos minutos descargando un estudio de caso; inténtelo de nuevo</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>cannot write in the cache folder: %1</source>
        <translation>no se puede escribir en la carpeta de caché: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot move the pulled copy into the cache</source>
        <translation>no se puede mover la copia descargada a la caché</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a case study pulled from a database</source>
        <translation>no es un estudio de caso descargado de una base de datos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the record of where this copy was pulled from is damaged; open it from the database again</source>
        <translation>el registro de la procedencia de esta copia está dañado; vuelva a abrirla desde la base de datos</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgcasestudyschema.cpp" line="+14"/>
        <source>it holds no case study (dpatlas-cli push puts one there)</source>
        <translation>no contiene ningún estudio de caso (dpatlas-cli push coloca uno allí)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its case studies are in schema(s): %1</source>
        <translation>sus estudios de caso están en estos esquemas: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no schema named: write the case study&apos;s schema after &apos;#&apos; (pg:CONNECTION#SCHEMA); %1: %2</source>
        <translation>no se indica ningún esquema: escriba el esquema del estudio de caso tras &apos;#&apos; (pg:CONNECTION#SCHEMA); %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no schema &quot;%2&quot;; %3</source>
        <translation>%1 no tiene ningún esquema &quot;%2&quot;; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema &quot;%1&quot; of %2 is not a case study (it has no %3 table); %4</source>
        <translation>el esquema &quot;%1&quot; de %2 no es un estudio de caso (no tiene tabla %3); %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schema &quot;%1&quot; of %2 is not a case study: its %3 table has %4 rows instead of one</source>
        <translation>el esquema &quot;%1&quot; de %2 no es un estudio de caso: su tabla %3 tiene %4 filas en lugar de una</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema &quot;%1&quot; holds a case study in format &quot;%2&quot;, which this version of Dual Power Atlas does not read (it reads %3); a newer version may</source>
        <translation>el esquema &quot;%1&quot; contiene un estudio de caso en formato &quot;%2&quot;, que esta versión de Atlas del Doble Poder no lee (lee %3); quizá lo lea una versión más reciente</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgconnection.cpp" line="+16"/>
        <source>the default server</source>
        <translation>el servidor predeterminado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the PostgreSQL server at %1 asks for a password for user &quot;%2&quot; and none was given: put it in ~/.pgpass (or PGPASSWORD), or add password=… to the connection</source>
        <translation>el servidor PostgreSQL en %1 pide una contraseña para el usuario &quot;%2&quot; y no se ha dado ninguna: póngala en ~/.pgpass (o PGPASSWORD) o añada password=… a la conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PostgreSQL server at %1 refused the password for user &quot;%2&quot; (or there is no such user): check the password in the connection, ~/.pgpass or PGPASSWORD</source>
        <translation>el servidor PostgreSQL en %1 ha rechazado la contraseña del usuario &quot;%2&quot; (o ese usuario no existe): compruebe la contraseña de la conexión, de ~/.pgpass o de PGPASSWORD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no PostgreSQL server answers at %1: is it running, and are host and port right?</source>
        <translation>ningún servidor PostgreSQL responde en %1: ¿está en marcha?, ¿son correctos el host y el puerto?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PostgreSQL server at %1 has no database &quot;%2&quot;: create it (createdb %2) or correct dbname</source>
        <translation>el servidor PostgreSQL en %1 no tiene ninguna base de datos &quot;%2&quot;: créela (createdb %2) o corrija dbname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PostgreSQL server at %1 did not answer in time</source>
        <translation>el servidor PostgreSQL en %1 no ha respondido a tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to the PostgreSQL server at %1</source>
        <translation>no se puede conectar con el servidor PostgreSQL en %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>cannot connect to PostgreSQL: out of memory</source>
        <translation>no se puede conectar con PostgreSQL: memoria insuficiente</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>database &quot;%1&quot; at %2</source>
        <translation>la base de datos &quot;%1&quot; en %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the connection to the PostgreSQL server at %1 was lost</source>
        <translation>se ha perdido la conexión con el servidor PostgreSQL en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user &quot;%1&quot; lacks the privilege for this in %2: %3</source>
        <translation>el usuario &quot;%1&quot; no tiene el privilegio necesario para esto en %2: %3</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the PostgreSQL server of %1 has no PostGIS installed: install it on the server (on Debian: apt install postgresql-%2-postgis-3), then run CREATE EXTENSION postgis; in database &quot;%3&quot;</source>
        <translation>el servidor PostgreSQL de %1 no tiene PostGIS instalado: instálelo en el servidor (en Debian: apt install postgresql-%2-postgis-3) y luego ejecute CREATE EXTENSION postgis; en la base de datos &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no PostGIS extension: connect to it as its owner or a superuser and run CREATE EXTENSION postgis; (psql -d %2 -c &apos;CREATE EXTENSION postgis&apos;)</source>
        <translation>%1 no tiene la extensión PostGIS: conéctese como su propietario o como superusuario y ejecute CREATE EXTENSION postgis; (psql -d %2 -c &apos;CREATE EXTENSION postgis&apos;)</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="-107"/>
        <source>layer &quot;%1&quot; is not a plain table</source>
        <translation>la capa &quot;%1&quot; no es una tabla simple</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+7"/>
        <source>the server stopped taking the layer&apos;s rows</source>
        <translation>el servidor ha dejado de aceptar las filas de la capa</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no layer to write</source>
        <translation>no hay ninguna capa que escribir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GDAL has no %1 driver to write the layer with</source>
        <translation>GDAL no tiene ningún controlador %1 con el que escribir la capa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the layer file</source>
        <translation>no se puede crear el archivo de la capa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create layer &quot;%1&quot;</source>
        <translation>no se puede crear la capa &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create attribute &quot;%1&quot;</source>
        <translation>no se puede crear el atributo &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a geometry of layer &quot;%1&quot; cannot be read back</source>
        <translation>una geometría de la capa &quot;%1&quot; no se puede volver a leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write a feature of layer &quot;%1&quot;</source>
        <translation>no se puede escribir un elemento de la capa &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write the layer file</source>
        <translation>no se puede escribir el archivo de la capa</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgpull.cpp" line="-5"/>
        <location line="+73"/>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="-17"/>
        <source>refusing to write &quot;%1&quot;: not a relative path inside the package</source>
        <translation>no se escribe &quot;%1&quot;: no es una ruta relativa dentro del paquete</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>pulling cancelled</source>
        <translation>descarga cancelada</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot pull the case study</source>
        <translation>no se puede descargar el estudio de caso</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgpush.cpp" line="-241"/>
        <source>cannot push the case study: %1</source>
        <translation>no se puede subir el estudio de caso: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>column &quot;%1&quot;: names starting with dpa_ are kept for the database&apos;s own columns</source>
        <translation>columna &quot;%1&quot;: los nombres que empiezan por dpa_ están reservados para las columnas propias de la base de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &quot;%1&quot; is empty, longer than 63 bytes or named twice, so it cannot be a database column</source>
        <translation>la columna &quot;%1&quot; está vacía, tiene más de 63 bytes o aparece dos veces, así que no puede ser una columna de la base de datos</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 ocupa más de %2 MB</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>schema names starting with pg_ and information_schema belong to PostgreSQL</source>
        <translation>los nombres de esquema que empiezan por pg_ e information_schema pertenecen a PostgreSQL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the manifest: %1</source>
        <translation>no se puede leer el manifiesto: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>schema &quot;%1&quot; of %2 exists and holds other tables, not a case study, so it is never replaced: choose another --schema</source>
        <translation>el esquema &quot;%1&quot; de %2 existe y contiene otras tablas, no un estudio de caso, así que nunca se sustituye: elija otro --schema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>schema &quot;%1&quot; of %2 holds case study %3 already (revision %4, saved by %5 on %6): add --replace to overwrite it, or choose another --schema</source>
        <translation>el esquema &quot;%1&quot; de %2 ya contiene el estudio de caso %3 (revisión %4, guardada por %5 el %6): añada --replace para sobrescribirlo o elija otro --schema</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pguri.cpp" line="+41"/>
        <source>&quot;%1&quot; is not a database address: write pg:CONNECTION#SCHEMA</source>
        <translation>&quot;%1&quot; no es una dirección de base de datos: escriba pg:CONNECTION#SCHEMA</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database connection &quot;%1&quot; cannot be read: %2</source>
        <translation>no se puede leer la conexión a la base de datos &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema name &quot;%1&quot; is longer than PostgreSQL&apos;s 63 bytes</source>
        <translation>el nombre de esquema &quot;%1&quot; supera los 63 bytes de PostgreSQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema name &quot;%1&quot; holds a NUL character</source>
        <translation>el nombre de esquema &quot;%1&quot; contiene un carácter NUL</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgtablesave.cpp" line="+99"/>
        <source>nothing was saved: the case study in schema &quot;%1&quot; was pushed again (replaced) since you opened it. Open it from the database again to see what it holds now.</source>
        <translation>no se ha guardado nada: el estudio de caso del esquema &quot;%1&quot; se ha vuelto a subir (sustituido) desde que lo abrió. Vuelva a abrirlo desde la base de datos para ver lo que contiene ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study was last saved by %1 on %2</source>
        <translation>el estudio de caso lo guardó por última vez %1 el %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the database has no table for %1; nothing was saved</source>
        <translation>la base de datos no tiene ninguna tabla para %1; no se ha guardado nada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this copy no longer matches the rows it was pulled with; nothing was saved. Open the case study from the database again.</source>
        <translation>esta copia ya no coincide con las filas con que se descargó; no se ha guardado nada. Vuelva a abrir el estudio de caso desde la base de datos.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: its columns were changed by someone else (they are now %2)</source>
        <translation>%1: otra persona ha cambiado sus columnas (ahora son %2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: deleted by someone else (%2)</source>
        <translation>%1: borrado por otra persona (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: changed by %2 on %3</source>
        <translation>%1: modificado por %2 el %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was saved: since you opened the case study, others saved rows you edited:
%1
Open the case study from the database again to see their version, and make your edits to it (note them first: opening again discards them).</source>
        <translation>No se ha guardado nada: desde que abrió el estudio de caso, otras personas han guardado filas que usted ha modificado:
%1
Vuelva a abrir el estudio de caso desde la base de datos para ver su versión y haga en ella sus modificaciones (anótelas antes: al volver a abrirlo se descartan).</translation>
    </message>
    <message>
        <location filename="../gis/core/jsontextedit.cpp" line="+182"/>
        <source>not a JSON object (%1)</source>
        <translation>no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry to add is not one JSON value (%1)</source>
        <translation>la entrada que se va a añadir no es un único valor JSON (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no element %1 in &quot;%2&quot; to replace</source>
        <translation>no hay ningún elemento %1 en &quot;%2&quot; que sustituir</translation>
    </message>
    <message>
        <location filename="../gis/package/import/linkedplacesfile.cpp" line="-248"/>
        <source>a position is not [longitude, latitude] but %1</source>
        <translation>una posición no es [longitud, latitud], sino %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>position [%1, %2] is not a longitude (-180 to 180) and latitude (-90 to 90): Linked Places are in WGS 84, longitude first</source>
        <translation>la posición [%1, %2] no es una longitud (de -180 a 180) y una latitud (de -90 a 90): los Linked Places van en WGS 84, con la longitud primero</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a list of positions</source>
        <translation>%1 no es una lista de posiciones</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 has %n position(s), fewer than %2</source>
        <translation>
            <numerusform>%1 tiene %n posición, menos de %2</numerusform>
            <numerusform>%1 tiene %n posiciones, menos de %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a polygon is not a list of rings</source>
        <translation>un polígono no es una lista de anillos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a polygon&apos;s ring</source>
        <translation>el anillo de un polígono</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a polygon&apos;s ring encloses nothing (fewer than 3 distinct positions)</source>
        <translation>el anillo de un polígono no encierra nada (menos de 3 posiciones distintas)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the geometry is not an object</source>
        <translation>la geometría no es un objeto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the geometry has no type</source>
        <translation>la geometría no tiene tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometry type &quot;%1&quot; is not one of %2</source>
        <translation>el tipo de geometría &quot;%1&quot; no es ninguno de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>geometry collections nested too deep</source>
        <translation>colecciones de geometrías anidadas a demasiada profundidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an empty geometry collection</source>
        <translation>una colección de geometrías vacía</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a %1 given as geowkt only: give its GeoJSON coordinates</source>
        <translation>un %1 dado solo como geowkt: indique sus coordenadas GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 without coordinates</source>
        <translation>un %1 sin coordenadas</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>a line</source>
        <translation>una línea</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>a MultiPoint</source>
        <translation>un MultiPoint</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a MultiLineString without lines</source>
        <translation>un MultiLineString sin líneas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a MultiPolygon without polygons</source>
        <translation>un MultiPolygon sin polígonos</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>features[%1] (@id %2): id &quot;%3&quot; is that of features[%4] too; this one&apos;s is &quot;%5&quot;</source>
        <translation>features[%1] (@id %2): el id &quot;%3&quot; es también el de features[%4]; el de este es &quot;%5&quot;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file is %1 MB, more than a layer may be (%2 MB)</source>
        <translation>el archivo ocupa %1 MB, más de lo que puede ocupar una capa (%2 MB)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty: a Linked Places file is a GeoJSON FeatureCollection</source>
        <translation>el archivo está vacío: un archivo Linked Places es una FeatureCollection GeoJSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not JSON (%1): a Linked Places file is a GeoJSON FeatureCollection</source>
        <translation>no es JSON (%1): un archivo Linked Places es una FeatureCollection GeoJSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a Linked Places file: the file is a list, not a FeatureCollection</source>
        <translation>no es un archivo Linked Places: el archivo es una lista, no una FeatureCollection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Linked Places file: it has no &quot;type&quot;: &quot;FeatureCollection&quot;</source>
        <translation>no es un archivo Linked Places: no tiene &quot;type&quot;: &quot;FeatureCollection&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Linked Places file: its type is &quot;%1&quot;, not &quot;FeatureCollection&quot;</source>
        <translation>no es un archivo Linked Places: su tipo es &quot;%1&quot;, no &quot;FeatureCollection&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the FeatureCollection has no &quot;features&quot; list</source>
        <translation>la FeatureCollection no tiene ninguna lista &quot;features&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the FeatureCollection has no features: no places to import</source>
        <translation>la FeatureCollection no tiene features: no hay lugares que importar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: not an object</source>
        <translation>%1: no es un objeto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no &quot;type&quot;: &quot;Feature&quot;</source>
        <translation>%1: no tiene &quot;type&quot;: &quot;Feature&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: its type is &quot;%2&quot;, not &quot;Feature&quot;</source>
        <translation>%1: su tipo es &quot;%2&quot;, no &quot;Feature&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no @id: every place of a Linked Places file has one, its URI, which the feature&apos;s id is made from</source>
        <translation>%1: no tiene @id: todo lugar de un archivo Linked Places tiene uno, su URI, del que se deriva el id del elemento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the same @id as features[%2] (line %3): each place&apos;s @id is its own</source>
        <translation>%1: el mismo @id que features[%2] (línea %3): el @id de cada lugar es único</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;names&quot; is not a list of toponyms</source>
        <translation>%1: &quot;names&quot; no es una lista de topónimos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no geometry: a feature of a layer needs one (a Point, LineString or Polygon, their Multi- forms, or a GeometryCollection of them)</source>
        <translation>%1: no tiene geometría: un elemento de una capa necesita una (un Point, LineString o Polygon, sus formas Multi- o una GeometryCollection de ellos)</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n toponym(s) without a language (&quot;lang&quot;) were not kept as names</source>
        <translation>
            <numerusform>%n topónimo sin idioma (&quot;lang&quot;) no se ha conservado como nombre</numerusform>
            <numerusform>%n topónimos sin idioma (&quot;lang&quot;) no se han conservado como nombres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n área</numerusform>
            <numerusform>%n áreas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s): %1</source>
        <translation>
            <numerusform>%n lugar: %1</numerusform>
            <numerusform>%n lugares: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gis/package/import/placesimport.cpp" line="-209"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot copy %1</source>
        <translation>no se puede copiar %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>layer id &quot;%1&quot;: letters, digits, _ and -, as places_1871</source>
        <translation>id de capa &quot;%1&quot;: letras, cifras, _ y -, como places_1871</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the package has a layer &quot;%1&quot; already: choose another id with --layer, or replace it with --replace</source>
        <translation>el paquete ya tiene una capa &quot;%1&quot;: elija otro id con --layer o sustitúyala con --replace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot find layer &quot;%1&quot; in the manifest&apos;s text to replace it</source>
        <translation>no se encuentra la capa &quot;%1&quot; en el texto del manifiesto para sustituirla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is there already, named by no layer: move it away, or choose another layer id with --layer</source>
        <translation>el archivo ya existe y ninguna capa lo nombra: apártelo o elija otro id de capa con --layer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is layer &quot;%1&quot;&apos;s: choose another layer id with --layer</source>
        <translation>el archivo es el de la capa &quot;%1&quot;: elija otro id de capa con --layer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Linked Places, %1</source>
        <translation>Linked Places, %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Places from %1</source>
        <translation>Lugares de %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot write a scratch copy of the package to check the layer in it: %1</source>
        <translation>no se puede escribir una copia provisional del paquete para comprobar en ella la capa: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the package does not load with the new layer</source>
        <translation>el paquete no se carga con la nueva capa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the folder layers (nothing was changed)</source>
        <translation>no se puede crear la carpeta layers (no se ha cambiado nada)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write: %1; and %2 could not be put back as it was</source>
        <translation>no se puede escribir: %1; y %2 no se ha podido devolver a su estado anterior</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, the replaced layer&apos;s file, is named by the manifest no more: delete it when you no longer need it</source>
        <translation>%1, el archivo de la capa sustituida, ya no lo nombra el manifiesto: bórrelo cuando ya no lo necesite</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="-4"/>
        <source>unsupported geometry type</source>
        <translation>tipo de geometría no admitido</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="+12"/>
        <source>period map &quot;%1&quot;: %2 is not in schema &quot;%3&quot;</source>
        <translation>mapa de época &quot;%1&quot;: %2 no está en el esquema &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>the manifest of schema &quot;%1&quot; cannot be read</source>
        <translation>no se puede leer el manifiesto del esquema &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgstatequery.cpp" line="+53"/>
        <location filename="../gis/package/postgis/pgviewquery.cpp" line="+44"/>
        <source>layer &quot;%1&quot; has no table in schema &quot;%2&quot;</source>
        <translation>la capa &quot;%1&quot; no tiene tabla en el esquema &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgtablerows.cpp" line="+48"/>
        <source>cannot write a temporary file for the rows of %1: %2</source>
        <translation>no se puede escribir un archivo temporal para las filas de %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the row with dpa_row %1: %2</source>
        <extracomment>%1 is the row&apos;s id in the database table (its dpa_row column), %2 what is wrong</extracomment>
        <translation>la fila con dpa_row %1: %2</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgviewquery.cpp" line="-28"/>
        <source>the view to read from the database is empty</source>
        <translation>la vista que leer de la base de datos está vacía</translation>
    </message>
</context>
<context>
    <name>dpa</name>
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
        <location filename="../app/desktop/panels/chartpanel.cpp" line="+74"/>
        <source>Share of area by status: dual power, divided, occupied, contested, hand-over (stacked)</source>
        <translation>Proporción del área por estado: doble poder, dividido, ocupado, disputado, traspaso (apilados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area each authority holds de facto (km²; by share where divided)</source>
        <translation>Área en manos de facto de cada autoridad (km²; según su parte donde hay división)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front length per pair of authorities (km)</source>
        <translation>Longitud del frente por par de autoridades (km)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../app/desktop/panels/claimhistoryview.cpp" line="+43"/>
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
    <name>dpa::DatabaseView</name>
    <message>
        <location filename="../app/desktop/databaseview.cpp" line="+52"/>
        <source>%1 has %L2 features, but was pushed before the database kept the look-ups a view is read with: it is read whole. Push it again (dpatlas-cli push --replace) to open it by view.</source>
        <translation>%1 tiene %L2 entidades, pero se envió antes de que la base de datos guardara los índices con los que se lee una vista: se lee entero. Envíelo de nuevo (dpatlas-cli push --replace) para abrirlo por vista.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot make a temporary folder for the period maps: %1</source>
        <translation>no se puede crear una carpeta temporal para los mapas de época: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the case study in the database no longer has its time index (it was pushed again with an older version?): open it again to read it whole</source>
        <translation>el estudio de caso de la base de datos ya no tiene su índice temporal (¿se envió de nuevo con una versión anterior?): ábralo de nuevo para leerlo entero</translation>
    </message>
</context>
<context>
    <name>dpa::EditMode</name>
    <message>
        <location filename="../app/desktop/editing/editmode.cpp" line="+62"/>
        <source>&amp;Edit Case Study</source>
        <translation>&amp;Editar estudio de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;Claim…</source>
        <translation>Aplicar re&amp;ivindicación…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+22"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+70"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+113"/>
        <source>Edit Case Study</source>
        <translation>Editar estudio de caso</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>&amp;Undo %1</source>
        <comment>%1: the edit, as &quot;Edit role in claims.csv&quot;</comment>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <comment>%1: the edit, as &quot;Edit role in claims.csv&quot;</comment>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open a case study first.</source>
        <translation>Abra antes un estudio de caso.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case study is too large to read whole, so only the features in view were read from the database, and it cannot be edited here. Edit it in the database (QGIS, SQL), or pull it into a folder (dpatlas-cli pull) and edit that.</source>
        <translation>Este estudio de caso es demasiado grande para leerlo entero: solo se leyeron de la base de datos las entidades de la vista, y no se puede editar aquí. Edítelo en la base de datos (QGIS, SQL), o tráigalo a una carpeta (dpatlas-cli pull) y edite esta.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+38"/>
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
        <location line="+26"/>
        <source>Saved to the database</source>
        <translation>Guardado en la base de datos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>dpa::EditPanel</name>
    <message>
        <location filename="../app/desktop/editing/editpanel.cpp" line="+23"/>
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
        <location line="+95"/>
        <source>Filter: feature, authority or role (claims); any column (events, sources)</source>
        <translation>Filtro: elemento, autoridad o rol (reivindicaciones); cualquier columna (acontecimientos, fuentes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line in the file</source>
        <translation>Línea en el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+68"/>
        <source>Highlight rows in force on %1</source>
        <translation>Resaltar las filas en vigor el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight rows in force</source>
        <translation>Resaltar las filas en vigor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Click features on the map (Ctrl+click for more) to apply a claim to them.</source>
        <translation>Haga clic en elementos del mapa (Ctrl+clic para añadir más) para aplicarles una reivindicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected: %1</source>
        <translation>Seleccionados: %1</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../app/desktop/editing/edittablemodel.cpp" line="+24"/>
        <source>Layer</source>
        <comment>column of claims.csv: the feature&apos;s layer</comment>
        <translation>Capa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <comment>column of claims.csv: the feature&apos;s id</comment>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <comment>column of claims.csv</comment>
        <translation>Autoridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <comment>column of claims.csv: control, claim, contested…</comment>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <comment>column of claims.csv: the date a claim begins</comment>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <comment>column of claims.csv: the date a claim ends</comment>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <comment>column of claims.csv: high, medium, low</comment>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <comment>column of claims.csv and events.csv: the ids of the sources cited</comment>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <comment>column of claims.csv</comment>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <comment>column of claims.csv: the part of a divided feature a camp controls</comment>
        <translation>Parte</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <comment>column of events.csv: the event&apos;s title</comment>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <comment>column of events.csv: what happened</comment>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features</source>
        <comment>column of events.csv: the features an event touches</comment>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <comment>column of sources.csv: the bibliographic reference</comment>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <comment>column of sources.csv: the source&apos;s web address</comment>
        <translation>Enlace</translation>
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
        <translation>Columna &quot;%1&quot; de %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit %1 in %2</source>
        <translation>Editar %1 en %2</translation>
    </message>
</context>
<context>
    <name>dpa::EventsPanel</name>
    <message>
        <location filename="../app/desktop/panels/eventspanel.cpp" line="+72"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>dpa::ExportAnimationDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportanimationdialog.cpp" line="+42"/>
        <source>Export Animation</source>
        <translation>Exportar animación</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Step:</source>
        <translation>Paso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+32"/>
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
        <location filename="../app/desktop/dialogs/exportimagedialog.cpp" line="+61"/>
        <source>Export Image</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom size</source>
        <translation>Tamaño personalizado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A page sets the size from the resolution: A4 at 150 dpi is 1240 × 1754 pixels</source>
        <translation>Una página fija el tamaño a partir de la resolución: A4 a 150 ppp son 1240 × 1754 píxeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="-27"/>
        <source>%1 × %2 cm in print</source>
        <translation>%1 × %2 cm impreso</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map as on screen, with title, date, legend, scale bar, north arrow and credits. PNG is a picture; SVG and PDF are vector paths an illustrator can edit.</source>
        <translation>El mapa tal como se ve en pantalla, con título, fecha, leyenda, escala gráfica, flecha del norte y créditos. PNG es una imagen; SVG y PDF son trazados vectoriales que un ilustrador puede editar.</translation>
    </message>
    <message>
        <location line="+117"/>
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
        <location filename="../app/desktop/dialogs/exportjobdialog.cpp" line="+55"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+122"/>
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
        <location filename="../app/desktop/dialogs/exportlayerdialog.cpp" line="+42"/>
        <source>Export Layer</source>
        <translation>Exportar capa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Timeline</source>
        <translation>Exportar cronología</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>Content:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per claim, with start and end as date-time fields (QGIS&apos;s Temporal Controller plays them; KML gets TimeSpan for Google Earth).</source>
        <translation>Una fila por reivindicación, con inicio y fin como campos de fecha y hora (el Controlador temporal de QGIS los reproduce; el KML recibe TimeSpan para Google Earth).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All layers</source>
        <translation>Todas las capas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+11"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;FlatGeobuf (*.fgb);;CSV with WKT (*.csv)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;FlatGeobuf (*.fgb);;CSV con WKT (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the file .gpkg, .geojson, .shp, .kml, .fgb or .csv.</source>
        <translation>Dé al archivo la extensión .gpkg, .geojson, .shp, .kml, .fgb o .csv.</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location filename="../app/desktop/dialogs/exportpackagedialog.cpp" line="+18"/>
        <source>Export Case Study as GeoPackage</source>
        <translation>Exportar estudio de caso como GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers, claims, events, sources, the manifest and the period maps of “%1” in one file. QGIS shows its layers and tables; Dual Power Atlas opens it like a folder.</source>
        <translation>Capas, reivindicaciones, acontecimientos, fuentes, el manifiesto y los mapas de época de «%1» en un solo archivo. QGIS muestra sus capas y tablas; Atlas del Doble Poder lo abre como una carpeta.</translation>
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
        <translation>Georreferenciar un escaneo — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Scan…</source>
        <translation>Abrir &amp;escaneo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Points…</source>
        <translation>Abrir &amp;puntos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transformation:</source>
        <translation>Transformación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan a quarter to the left (Shift+R)</source>
        <translation>Girar el escaneo un cuarto de vuelta a la izquierda (Shift+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan a quarter to the right (R)</source>
        <translation>Girar el escaneo un cuarto de vuelta a la derecha (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan&apos;s view to any angle (clockwise); the points stay on the scan&apos;s own pixels</source>
        <translation>Girar la vista del escaneo a cualquier ángulo (en sentido horario); los puntos se quedan en los píxeles del propio escaneo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Scan&lt;/b&gt; — click a spot you can find on the map (wheel: zoom, drag: pan, drag a marker: move it)</source>
        <translation>&lt;b&gt;Escaneo&lt;/b&gt; — haga clic en un sitio que pueda localizar en el mapa (rueda: zoom; arrastrar: desplazar; arrastrar un marcador: moverlo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Map&lt;/b&gt; — click the same spot here</source>
        <translation>&lt;b&gt;Mapa&lt;/b&gt; — haga clic aquí en el mismo sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Point</source>
        <translation>&amp;Borrar punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the warped scan over the map</source>
        <translation>Mostrar el escaneo rectificado sobre el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRS of the map coordinates you type and the table shows, e.g. EPSG:4326 for longitude and latitude; they are converted into the case study&apos;s CRS.</source>
        <translation>El CRS de las coordenadas de mapa que usted escribe y que muestra la tabla, p. ej. EPSG:4326 para longitud y latitud; se convierten al CRS del estudio de caso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Point</source>
        <translation>&amp;Añadir punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map coordinates in:</source>
        <translation>Coordenadas de mapa en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type the map position of the spot clicked on the scan:</source>
        <translation>O escriba la posición en el mapa del sitio pulsado en el escaneo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity:</source>
        <translation>Opacidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the map was made, e.g. 1836</source>
        <translation>cuándo se hizo el mapa, p. ej. 1836</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of the map:</source>
        <translation>Fecha del mapa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown from:</source>
        <translation>Visible desde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as Period &amp;Map</source>
        <translation>Guardar como &amp;mapa de época</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="-42"/>
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
        <location line="+39"/>
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
        <location filename="../app/desktop/panels/inspectorpanel.cpp" line="+22"/>
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
    <name>dpa::KeyboardShortcuts</name>
    <message>
        <location filename="../app/desktop/keyboardshortcuts.cpp" line="+31"/>
        <source>play / pause</source>
        <translation>reproducir / pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day back / forward</source>
        <translation>un día atrás / adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an hour back / forward</source>
        <translation>una hora atrás / adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a week back / forward</source>
        <translation>una semana atrás / adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a month back / forward</source>
        <translation>un mes atrás / adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous / next change</source>
        <translation>cambio anterior / siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start / end of the period</source>
        <translation>inicio / fin del periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zoom in / out, also the mouse wheel (on the map: + and -); drag to pan</source>
        <translation>acercar / alejar, también con la rueda del ratón (en el mapa: + y -); arrastrar para desplazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study</source>
        <translation>todo el estudio de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search places and events</source>
        <translation>buscar lugares y acontecimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>front lines</source>
        <translation>líneas del frente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a case study</source>
        <translation>abrir un estudio de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the picture</source>
        <translation>exportar la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit mode: the case study&apos;s tables</source>
        <translation>modo de edición: las tablas del estudio de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo an edit</source>
        <translation>deshacer una modificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo</source>
        <translation>rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the edits</source>
        <translation>guardar las modificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how to read this map</source>
        <translation>cómo leer este mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quit</source>
        <translation>salir</translation>
    </message>
</context>
<context>
    <name>dpa::LayersPanel</name>
    <message>
        <location filename="../app/desktop/panels/layerspanel.cpp" line="+49"/>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw above the layer over it</source>
        <translation>Dibujar por encima de la capa superior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw below the layer under it</source>
        <translation>Dibujar por debajo de la capa inferior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to</source>
        <translation>Encuadrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame the map on the selected layer or period map (or double-click it)</source>
        <translation>Encuadrar el mapa en la capa o el mapa de época seleccionados (o haga doble clic en ellos)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>water</source>
        <comment>layer kind: filled blue</comment>
        <translation>agua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>river</source>
        <comment>layer kind: a blue line</comment>
        <translation>río</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>land</source>
        <comment>layer kind: pale fill</comment>
        <translation>tierra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>boundary</source>
        <comment>layer kind: a grey line</comment>
        <translation>límite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Layers (upper over lower; symbols and labels always on top)</source>
        <translation>Capas (las de arriba sobre las de abajo; símbolos y etiquetas siempre encima)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period maps</source>
        <translation>Mapas de época</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>features</source>
        <translation>elementos</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1
Shown from %2, under the districts: lower their opacity or hide them to read it. Double-click to zoom to it.</source>
        <translation>%1
Visible en %2, bajo los distritos: baje su opacidad u ocúltelos para leerlo. Haga doble clic para encuadrarlo.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>none in this package</source>
        <translation>ninguno en este paquete</translation>
    </message>
</context>
<context>
    <name>dpa::LayoutOptionsForm</name>
    <message>
        <location filename="../app/desktop/dialogs/layoutoptionsform.cpp" line="+30"/>
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
        <location line="+1"/>
        <source>Where it covers no feature</source>
        <translation>Donde no cubra ningún elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top left</source>
        <translation>Arriba a la izquierda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top right</source>
        <translation>Arriba a la derecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottom left</source>
        <translation>Abajo a la izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom right</source>
        <translation>Abajo a la derecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beside the map</source>
        <translation>Junto al mapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No legend</source>
        <translation>Sin leyenda</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../app/desktop/panels/legendpanel.cpp" line="+60"/>
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
        <location filename="../app/desktop/mainwindow.cpp" line="+85"/>
        <location line="+907"/>
        <source>Dual Power Atlas</source>
        <translation>Atlas del Doble Poder</translation>
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
        <translation>fotograma: %1 ms</translation>
    </message>
    <message>
        <location line="+68"/>
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
        <source>Open from &amp;Database…</source>
        <translation>Abrir desde una base de &amp;datos…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+52"/>
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
        <location line="+54"/>
        <source>Open Case Study GeoPackage</source>
        <translation>Abrir un estudio de caso GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed case studies (*.gpkg)</source>
        <translation>Estudios de caso empaquetados (*.gpkg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Computing areas and borders for the chart and the front lines…</source>
        <translation>Calculando superficies y fronteras para el gráfico y las líneas del frente…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+334"/>
        <source>%1[*] — Dual Power Atlas</source>
        <translation>%1[*] — Atlas del Doble Poder</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Showing the %L1 features in view of about %L2, read from the database</source>
        <translation>Se muestran las %L1 entidades de la vista de unas %L2, leídas de la base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the features in view from the database…</source>
        <translation>Leyendo de la base de datos las entidades de la vista…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the features in view from the database: %1</source>
        <translation>No se pueden leer de la base de datos las entidades de la vista: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case study has more than %L1 features, so only those in and around the view are read from the database, again as the view moves. The legend, the chart, the search, the events&apos; features and the timeline speak of these features only.</source>
        <translation>Este estudio de caso tiene más de %L1 entidades, así que solo se leen de la base de datos las de la vista y sus alrededores, de nuevo cuando la vista se mueve. La leyenda, el gráfico, la búsqueda, las entidades de los eventos y la línea de tiempo hablan solo de esas entidades.</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location filename="../layers/render/mapdecorations.cpp" line="+48"/>
        <source>%1 km</source>
        <comment>the scale bar&apos;s length</comment>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <comment>the scale bar&apos;s length, in metres</comment>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Dashed outlines: approximate geometry (modern boundaries stand in for historical ones)</source>
        <translation>Contornos discontinuos: geometría aproximada (límites modernos en lugar de los históricos)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>In force</source>
        <translation>En vigor</translation>
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
        <location line="+169"/>
        <source>%1: %2</source>
        <comment>an event&apos;s caption on the map: its date, its title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Basemap: %1</source>
        <translation>Mapa base: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>N</source>
        <comment>north, under the map&apos;s north arrow</comment>
        <translation>N</translation>
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
        <location filename="../app/desktop/dialogs/opencasestudydialog.cpp" line="+57"/>
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
    <name>dpa::OpenDatabaseDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/opendatabasedialog.cpp" line="+22"/>
        <source>Open from Database</source>
        <translation>Abrir desde una base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case studies shared through a PostgreSQL database with PostGIS (put there with &lt;tt&gt;dpatlas-cli push&lt;/tt&gt;). Give the connection as PostgreSQL&apos;s tools take it, such as &lt;tt&gt;host=db.example.org dbname=atlas user=me&lt;/tt&gt;; keep the password in ~/.pgpass.</source>
        <translation>Estudios de caso compartidos mediante una base de datos PostgreSQL con PostGIS (colocados allí con &lt;tt&gt;dpatlas-cli push&lt;/tt&gt;). Indique la conexión tal como la aceptan las herramientas de PostgreSQL, p. ej. &lt;tt&gt;host=db.example.org dbname=atlas user=me&lt;/tt&gt;; guarde la contraseña en ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;List Case Studies</source>
        <translation>&amp;Listar estudios de caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case study</source>
        <translation>Estudio de caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>Último guardado</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the default server</source>
        <translation>el servidor predeterminado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database holds no case study yet: put one there with dpatlas-cli push.</source>
        <translation>Esta base de datos aún no contiene ningún estudio de caso: coloque uno con dpatlas-cli push.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case study(ies) in this database.</source>
        <translation>
            <numerusform>%n estudio de caso en esta base de datos.</numerusform>
            <numerusform>%n estudios de caso en esta base de datos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::PagePreset</name>
    <message>
        <location filename="../layers/view/maplayout.cpp" line="+61"/>
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
    <message>
        <location filename="../app/desktop/editing/problemlist.cpp" line="+14"/>
        <source>%1: feature %2</source>
        <comment>a problem&apos;s place: a layer&apos;s file and a feature&apos;s id</comment>
        <translation>%1: elemento %2</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
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
        <location filename="../app/desktop/dialogs/problemsdialog.cpp" line="+25"/>
        <source>Problems in %1</source>
        <translation>Problemas en %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location filename="../app/desktop/searchfield.cpp" line="+19"/>
        <source>Search places and events (Ctrl+K)</source>
        <translation>Buscar lugares y acontecimientos (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <source>control</source>
        <comment>a claim&apos;s role: power held de facto</comment>
        <translation>control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claim</source>
        <comment>a claim&apos;s role: a de jure title</comment>
        <translation>reivindicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contested</source>
        <comment>a claim&apos;s role: open fighting over the feature</comment>
        <translation>disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occupation</source>
        <comment>a claim&apos;s role: a foreign force holding the feature</comment>
        <translation>ocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presence</source>
        <comment>a claim&apos;s role: troops or officials present without governing</comment>
        <translation>presencia</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../app/desktop/panels/timelinepanel.cpp" line="+39"/>
        <source>Start of the period (%1)</source>
        <translation>Inicio del periodo (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous change (%1)</source>
        <translation>Cambio anterior (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step back by the unit chosen beside (keys: %1 a day, %2 an hour, %3 a week, %4 a month)</source>
        <translation>Retroceder la unidad elegida al lado (teclas: %1 un día, %2 una hora, %3 una semana, %4 un mes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play / pause (%1)</source>
        <translation>Reproducir / pausa (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step forward by the unit chosen beside (keys: %1 a day, %2 an hour, %3 a week, %4 a month)</source>
        <translation>Avanzar la unidad elegida al lado (teclas: %1 un día, %2 una hora, %3 una semana, %4 un mes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next change (%1)</source>
        <translation>Cambio siguiente (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of the period (%1)</source>
        <translation>Fin del periodo (%1)</translation>
    </message>
    <message>
        <location line="+86"/>
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
        <location filename="../app/desktop/dialogs/userguidedialog.cpp" line="+23"/>
        <source>Dual Power Atlas: User Guide</source>
        <translation>Atlas del Doble Poder: guía del usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user guide is missing from this build (docs/user-guide.md).</source>
        <translation>Falta la guía del usuario en esta compilación (docs/user-guide.md).</translation>
    </message>
</context>
<context>
    <name>dpa::cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+56"/>
        <source>unknown dataset &quot;%1&quot;: not a package folder and not the id of a discovered package (see `dpatlas-cli list`)</source>
        <translation>conjunto de datos &quot;%1&quot; desconocido: no es una carpeta de paquete ni el id de un paquete encontrado (véase `dpatlas-cli list`)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 has %n problem(s), so its features and claims are incomplete: fix them (dpatlas-cli validate) or add --allow-errors to use what loads</source>
        <translation>
            <numerusform>%1 tiene %n problema, así que sus elementos y reivindicaciones están incompletos: corríjalo (dpatlas-cli validate) o añada --allow-errors para usar lo que se cargue</numerusform>
            <numerusform>%1 tiene %n problemas, así que sus elementos y reivindicaciones están incompletos: corríjalos (dpatlas-cli validate) o añada --allow-errors para usar lo que se cargue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>note: %1 was pushed before claims carried their times in the database (or its calendar was changed since), so the whole case study is read; push it again with --replace to read only what a date and a box need</source>
        <translation>nota: %1 se envió antes de que las reivindicaciones llevaran sus momentos en la base de datos (o su calendario ha cambiado desde entonces), así que se lee todo el estudio de caso; envíelo de nuevo con --replace para leer solo lo que necesitan una fecha y un recuadro</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown calendar &quot;%1&quot;: use gregorian or julian</source>
        <translation>calendario &quot;%1&quot; desconocido: use gregorian o julian</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad size &quot;%1&quot;: write WxH, each from 64 to %2</source>
        <translation>tamaño &quot;%1&quot; incorrecto: escriba WxH, cada uno de 64 a %2</translation>
    </message>
    <message>
        <location filename="../app/cli/boxoption.cpp" line="+20"/>
        <source>bad --bbox &quot;%1&quot;: %2</source>
        <extracomment>%1 is what was typed after --bbox, %2 what is wrong with it</extracomment>
        <translation>--bbox &quot;%1&quot; incorrecto: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write four numbers XMIN,YMIN,XMAX,YMAX in the case study&apos;s CRS (or the one --bbox-crs names), separated by commas</source>
        <translation>escriba cuatro números XMIN,YMIN,XMAX,YMAX en el SRC del estudio de caso (o en el que nombra --bbox-crs), separados por comas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number (write XMIN,YMIN,XMAX,YMAX)</source>
        <translation>&quot;%1&quot; no es un número (escriba XMIN,YMIN,XMAX,YMAX)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XMIN %1 is greater than XMAX %2</source>
        <translation>XMIN %1 es mayor que XMAX %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YMIN %1 is greater than YMAX %2</source>
        <translation>YMIN %1 es mayor que YMAX %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the CRS --bbox is written in (default: the case study&apos;s): EPSG:4326 for longitude and latitude, in that order, or any CRS PROJ knows</source>
        <translation>el SRC en que está escrito --bbox (por defecto: el del estudio de caso): EPSG:4326 para longitud y latitud, en ese orden, o cualquier SRC que PROJ conozca</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--bbox-crs says what --bbox is written in: give --bbox too</source>
        <translation>--bbox-crs dice en qué está escrito --bbox: indique también --bbox</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bad --bbox-crs &quot;%1&quot;: %2 (write EPSG:4326 for longitude and latitude, or another EPSG code)</source>
        <extracomment>%1 is what was typed after --bbox-crs, %2 PROJ&apos;s reason</extracomment>
        <translation>--bbox-crs «%1» incorrecto: %2 (escriba EPSG:4326 para longitud y latitud, u otro código EPSG)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--bbox cannot be turned from %1 into the case study&apos;s CRS, %2: is it in the area both CRSs cover, with longitude first for EPSG:4326?</source>
        <extracomment>%1 is the CRS of --bbox, %2 the case study&apos;s CRS</extracomment>
        <translation>--bbox no se puede convertir de %1 al SRC del estudio de caso, %2: ¿está en la zona que cubren ambos SRC, con la longitud primero para EPSG:4326?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>warning: --bbox meets none of the case study&apos;s features</source>
        <translation>aviso: --bbox no toca ninguna entidad del estudio de caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: --bbox meets none of the case study&apos;s features, which lie within %1,%2,%3,%4 in longitude and latitude (--bbox-crs EPSG:4326, longitude first)</source>
        <extracomment>%1 to %4: the case study&apos;s extent in longitude and latitude, written as --bbox takes it</extracomment>
        <translation>aviso: --bbox no toca ninguna entidad del estudio de caso, que están dentro de %1,%2,%3,%4 en longitud y latitud (--bbox-crs EPSG:4326, longitud primero)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+9"/>
        <source>--at DATE is required (YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>--at DATE es obligatorio (YYYY-MM-DD o YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad date &quot;%1&quot;: write YYYY-MM-DD or YYYY-MM-DDTHH:MM%2</source>
        <translation>fecha &quot;%1&quot; incorrecta: escriba YYYY-MM-DD o YYYY-MM-DDTHH:MM%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>fecha: YYYY-MM-DD o YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calendar of DATE and of printed dates: gregorian (default) or julian</source>
        <translation>calendario de DATE y de las fechas impresas: gregorian (por defecto) o julian</translation>
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
    <message>
        <location line="-42"/>
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
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="+18"/>
        <location line="+8"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>no se puede escribir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Numbers and geometry over a case study&apos;s time line: area and population per authority (de facto and de jure) and status, the dual-power index, every status&apos;s share, front length, days each feature spent under dual power (time series, CSV); or the territories and front lines on one date (GeoPackage or GeoJSON).</source>
        <translation>Cifras y geometría a lo largo de la cronología de un estudio de caso: área y población por autoridad (de facto y de iure) y por estado, el índice de doble poder, la proporción de cada estado, la longitud del frente, los días que cada elemento pasó bajo doble poder (series temporales, CSV); o los territorios y las líneas del frente en una fecha (GeoPackage o GeoJSON).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/animatecommand.cpp" line="+20"/>
        <location filename="../app/cli/clicontext.cpp" line="-3"/>
        <location filename="../app/cli/exportcommand.cpp" line="+108"/>
        <location filename="../app/cli/repaircommand.cpp" line="+91"/>
        <source>package id, folder or packed .gpkg</source>
        <translation>id de paquete, carpeta o .gpkg empaquetado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first date of the series</source>
        <translation>primera fecha de la serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date of the series</source>
        <translation>última fecha de la serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1d, 1w, 1m or 1y (default 1d)</source>
        <translation>1d, 1w, 1m o 1y (por defecto 1d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date for territories or fronts</source>
        <translation>la fecha de los territorios o los frentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area, population, dual-index, status-share, front-length, dual-days; or territories, fronts</source>
        <translation>area, population, dual-index, status-share, front-length, dual-days; o territories, fronts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates given and printed: gregorian (default) or julian</source>
        <translation>calendario de las fechas indicadas e impresas: gregorian (por defecto) o julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.csv for series; OUT.gpkg or OUT.geojson for geometry</source>
        <translation>OUT.csv para las series; OUT.gpkg u OUT.geojson para la geometría</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/animatecommand.cpp" line="+13"/>
        <location filename="../app/cli/clicontext.cpp" line="+12"/>
        <location filename="../app/cli/exportcommand.cpp" line="+14"/>
        <source>%1 needs exactly one DATASET</source>
        <extracomment>%1 is the command: state, render, analyze…</extracomment>
        <translation>%1 necesita exactamente un DATASET</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/exportcommand.cpp" line="+3"/>
        <source>%1 needs -o OUT</source>
        <translation>%1 necesita -o OUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown metric &quot;%1&quot;: use area, population, dual-index, status-share, front-length, dual-days, territories or fronts</source>
        <translation>métrica &quot;%1&quot; desconocida: use area, population, dual-index, status-share, front-length, dual-days, territories o fronts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot;: write territories and fronts to .gpkg, .geojson, .shp, .kml, .fgb or .csv</source>
        <translation>&quot;%1&quot;: escriba los territorios y los frentes en .gpkg, .geojson, .shp, .kml, .fgb o .csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to is before --from</source>
        <translation>--to es anterior a --from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown step &quot;%1&quot;: use 1d, 1w, 1m or 1y</source>
        <translation>paso &quot;%1&quot; desconocido: use 1d, 1w, 1m o 1y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: time series are written as CSV (name it .csv)</source>
        <translation>&quot;%1&quot;: las series temporales se escriben en CSV (dele la extensión .csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/cli/animatecommand.cpp" line="+57"/>
        <location filename="../app/cli/clicontext.cpp" line="-106"/>
        <location filename="../app/cli/rendercommand.cpp" line="+139"/>
        <location filename="../app/cli/validatecommand.cpp" line="+47"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 declares no population (a layer&apos;s &quot;population_field&quot; in manifest.json)</source>
        <translation>%1 no declara población (el &quot;population_field&quot; de una capa en manifest.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n fila</numerusform>
            <numerusform>%1: %n filas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/animatecommand.cpp" line="-74"/>
        <source>Animate a case study&apos;s control map from one date to another, one frame per step, with the date and the events in progress burned in: an animated GIF, an MP4 (H.264), a WebM (VP9) or a folder of PNG frames.</source>
        <translation>Animar el mapa de control de un estudio de caso de una fecha a otra, un fotograma por paso, con la fecha y los acontecimientos en curso incrustados: un GIF animado, un MP4 (H.264), un WebM (VP9) o una carpeta de fotogramas PNG.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first frame&apos;s date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>fecha del primer fotograma: YYYY-MM-DD o YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date (included when a step lands on it)</source>
        <translation>última fecha (incluida si un paso cae en ella)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time between frames: 6h, 1d, 1w, 1m, 1y... (default 1d)</source>
        <translation>tiempo entre fotogramas: 6h, 1d, 1w, 1m, 1y... (por defecto 1d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frames per second (default 10)</source>
        <translation>fotogramas por segundo (por defecto 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame size in pixels (default 1280x720)</source>
        <translation>tamaño del fotograma en píxeles (por defecto 1280x720)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates and of month steps: gregorian (default) or julian</source>
        <translation>calendario de las fechas y de los pasos mensuales: gregorian (por defecto) o julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/rendercommand.cpp" line="-111"/>
        <source>language of names and titles (default: the interface&apos;s, --lang)</source>
        <translation>idioma de los nombres y los títulos (por defecto: el de la interfaz, --lang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.gif, OUT.mp4, OUT.webm or DIR/ for PNG frames</source>
        <translation>OUT.gif, OUT.mp4, OUT.webm o DIR/ para fotogramas PNG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>animate needs -o OUT.gif, OUT.mp4, OUT.webm or DIR/</source>
        <translation>animate necesita -o OUT.gif, OUT.mp4, OUT.webm o DIR/</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>animate needs --from DATE and --to DATE</source>
        <translation>animate necesita --from DATE y --to DATE</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>frame %1 of %2</source>
        <translation>fotograma %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %n frames in %2 s</source>
        <translation>
            <numerusform>%1: %n fotograma en %2 s</numerusform>
            <numerusform>%1: %n fotogramas en %2 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-106"/>
        <source>--package exports everything: it takes no --%1</source>
        <translation>--package lo exporta todo: no admite --%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 packed</source>
        <translation>%1: %2 empaquetado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: OpenStreetMap XML is for the timeline (--timeline), each claim an element with its start_date and end_date as OpenHistoricalMap reads them</source>
        <translation>%1: el XML de OpenStreetMap es para la cronología (--timeline), cada reivindicación un elemento con su start_date y su end_date tal como los lee OpenHistoricalMap</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1: %n claims as OpenStreetMap elements (for OpenHistoricalMap)</source>
        <translation>
            <numerusform>%1: %n reivindicación como elemento de OpenStreetMap (para OpenHistoricalMap)</numerusform>
            <numerusform>%1: %n reivindicaciones como elementos de OpenStreetMap (para OpenHistoricalMap)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--linked-places exports every feature with its whole history: it takes no --%1</source>
        <translation>--linked-places exporta todos los elementos con toda su historia: no admite --%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, %3 as relations (Linked Places Format)</source>
        <extracomment>%2 is &quot;12 places&quot;, %3 &quot;40 claims&quot;</extracomment>
        <translation>%1: %2, %3 como relaciones (Linked Places Format)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n lugar</numerusform>
            <numerusform>%n lugares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+89"/>
        <location filename="../app/cli/validatecommand.cpp" line="+13"/>
        <source>%n claims</source>
        <translation>
            <numerusform>%n reivindicación</numerusform>
            <numerusform>%n reivindicaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Export a case study&apos;s control state on a date (--at), or its whole timeline of claims (--timeline), as a layer for QGIS, ArcGIS or Google Earth: .gpkg, .geojson, .shp, .kml, .fgb or .csv (WKT). --package puts the whole case study in one GeoPackage, which the app opens and `dpatlas-cli unpack` turns back into a folder.</source>
        <translation>Exportar el estado de control de un estudio de caso en una fecha (--at), o toda su cronología de reivindicaciones (--timeline), como capa para QGIS, ArcGIS o Google Earth: .gpkg, .geojson, .shp, .kml, .fgb o .csv (WKT). --package pone todo el estudio de caso en un único GeoPackage, que la aplicación abre y que `dpatlas-cli unpack` vuelve a convertir en una carpeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the date of the state to export</source>
        <translation>la fecha del estado que se exporta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export every claim with its start and end instead</source>
        <translation>exportar en su lugar cada reivindicación con su inicio y su fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study (layers, claims, events, sources, manifest, period maps) as one .gpkg</source>
        <translation>todo el estudio de caso (capas, reivindicaciones, acontecimientos, fuentes, manifiesto, mapas de época) como un único .gpkg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature as a place of the Linked Places Format (World Historical Gazetteer), its names, geometry and control history with sources, as .json</source>
        <translation>cada elemento como lugar del Linked Places Format (World Historical Gazetteer), con sus nombres, su geometría y su historia de control con fuentes, en .json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this layer of the package (a shapefile holds one geometry type)</source>
        <translation>solo esta capa del paquete (un shapefile contiene un solo tipo de geometría)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write in this CRS (default: the case study&apos;s; GeoJSON and KML are always WGS 84)</source>
        <translation>escribir en este CRS (por defecto: el del estudio de caso; GeoJSON y KML van siempre en WGS 84)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDAL driver name, when the extension does not say</source>
        <translation>nombre del controlador GDAL, cuando la extensión no lo indica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of --at: gregorian (default) or julian</source>
        <translation>calendario de --at: gregorian (por defecto) o julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output file</source>
        <translation>archivo de salida</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot;: name the file .gpkg, .geojson, .shp, .kml, .fgb, .csv or .osm, or give --format</source>
        <translation>&quot;%1&quot;: dé al archivo la extensión .gpkg, .geojson, .shp, .kml, .fgb, .csv u .osm, o indique --format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export needs either --at DATE or --timeline</source>
        <translation>export necesita --at DATE o --timeline</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no layer &quot;%2&quot;</source>
        <translation>%1 no tiene ninguna capa &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <location filename="../app/cli/newcommand.cpp" line="+171"/>
        <location filename="../app/cli/validatecommand.cpp" line="-1"/>
        <source>%n features</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 in %n files, one per layer:</source>
        <extracomment>%1 is &quot;40 claims&quot; or &quot;12 features&quot;</extracomment>
        <translation>
            <numerusform>%1 en %n archivo, uno por capa:</numerusform>
            <numerusform>%1 en %n archivos, uno por capa:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/georefcommand.cpp" line="+25"/>
        <source>pixel</source>
        <comment>column header: a control point&apos;s column on the scan</comment>
        <translation>píxel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line</source>
        <comment>column header: a control point&apos;s row on the scan</comment>
        <translation>línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map x</source>
        <comment>column header</comment>
        <translation>x mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map y</source>
        <comment>column header</comment>
        <translation>y mapa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>disabled (check point)</source>
        <translation>desactivado (punto de comprobación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUTLIER</source>
        <translation>ATÍPICO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(outside the transformation)</source>
        <translation>(fuera de la transformación)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Georeference a scan by its ground control points: fit the transformation, report each point&apos;s residual (pixels and metres) and the RMS, and write the warped map as a compressed, tiled GeoTIFF with overviews, ready to be a period map. Control points are read from QGIS&apos;s .points or a CSV (id,pixel,line,map_x,map_y,enabled,crs). The output appears only once it is complete.</source>
        <translation>Georreferenciar un escaneo por sus puntos de control: ajustar la transformación, dar el residuo de cada punto (en píxeles y metros) y el RMS, y escribir el mapa rectificado como GeoTIFF comprimido, en teselas y con vistas generales, listo para ser un mapa de época. Los puntos de control se leen de un .points de QGIS o de un CSV (id,pixel,line,map_x,map_y,enabled,crs). El resultado solo aparece cuando está completo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scan: any image GDAL reads (JPEG, PNG, TIFF, …)</source>
        <translation>el escaneo: cualquier imagen que lea GDAL (JPEG, PNG, TIFF, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the control points, .points (QGIS) or .csv</source>
        <translation>los puntos de control, .points (QGIS) o .csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>helmert (2+ points), poly1 (affine, 3+), poly2 (6+), poly3 (10+) or tps (thin plate spline, 3+); default poly1</source>
        <translation>helmert (2+ puntos), poly1 (afín, 3+), poly2 (6+), poly3 (10+) o tps (thin plate spline, 3+); por defecto poly1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRS of the points&apos; map coordinates, for a file that names none (QGIS&apos;s older .points)</source>
        <translation>CRS de las coordenadas de mapa de los puntos, para un archivo que no indica ninguno (los .points antiguos de QGIS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRS of the warped map (default: the points&apos; CRS)</source>
        <translation>CRS del mapa rectificado (por defecto: el de los puntos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the residuals and write nothing</source>
        <translation>imprimir los residuos sin escribir nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the warped map, a .tif</source>
        <translation>el mapa rectificado, un .tif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>georef needs one SCAN, --gcps FILE and -o OUT.tif (see dpatlas-cli georef --help)</source>
        <translation>georef necesita un SCAN, --gcps FILE y -o OUT.tif (véase dpatlas-cli georef --help)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown --method &quot;%1&quot;: use one of %2</source>
        <translation>--method &quot;%1&quot; desconocido: use uno de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the warped map is written as a GeoTIFF; name it .tif</source>
        <translation>%1: el mapa rectificado se escribe como GeoTIFF; dele la extensión .tif</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file names no CRS for its map coordinates: give it with --crs</source>
        <translation>el archivo no indica ningún CRS para sus coordenadas de mapa: indíquelo con --crs</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>control points: %1 (%2, %n enabled), map coordinates in %3</source>
        <extracomment>%1 is the file, %2 the number of points in it, %3 the CRS&apos;s name</extracomment>
        <translation>
            <numerusform>puntos de control: %1 (%2, %n activo), coordenadas de mapa en %3</numerusform>
            <numerusform>puntos de control: %1 (%2, %n activos), coordenadas de mapa en %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>method: %1</source>
        <translation>método: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>RMS: %1 px, %2 m over %n enabled points</source>
        <translation>
            <numerusform>RMS: %1 px, %2 m en %n punto activo</numerusform>
            <numerusform>RMS: %1 px, %2 m en %n puntos activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n outlier(s): residual over %1 times the median</source>
        <translation>
            <numerusform>%n valor atípico: residuo de más de %1 veces la mediana</numerusform>
            <numerusform>%n valores atípicos: residuo de más de %1 veces la mediana</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(a thin plate spline passes through every enabled point: its residuals are zero by construction; disable a few points to check it)</source>
        <translation>(un thin plate spline pasa por todos los puntos activos: sus residuos son nulos por construcción; desactive algunos puntos para comprobarlo)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/repaircommand.cpp" line="+51"/>
        <source>%1: nothing written</source>
        <translation>%1: no se ha escrito nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote %1: %2 x %3 pixels in %4</source>
        <translation>escrito %1: %2 x %3 píxeles en %4</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+79"/>
        <source>the package folder (or its id)</source>
        <translation>la carpeta del paquete (o su id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of claims to add</source>
        <translation>una tabla de reivindicaciones que añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of events to add</source>
        <translation>una tabla de acontecimientos que añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of sources to add</source>
        <translation>una tabla de fuentes que añadir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook&apos;s sheet to read (default: the first)</source>
        <translation>la hoja del libro que se lee (por defecto: la primera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read our COLUMN from your column HEADING (repeat), as --map start=Beginning</source>
        <translation>leer nuestra COLUMN de su columna HEADING (repetible), como --map start=Beginning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a regular expression finding source ids in free citations; its group (or group &apos;id&apos;) is the id, group &apos;pages&apos; the pages; sources not yet listed are added with the citation text</source>
        <translation>una expresión regular que encuentra ids de fuentes en citas libres; su grupo (o el grupo &apos;id&apos;) es el id, el grupo &apos;pages&apos; las páginas; las fuentes aún no registradas se añaden con el texto de la cita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the order of numeric dates such as 25/10/1956: dmy, mdy or ymd</source>
        <translation>el orden de las fechas numéricas como 25/10/1956: dmy, mdy o ymd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import needs exactly one package folder</source>
        <translation>import necesita exactamente una carpeta de paquete</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+86"/>
        <source>%1: file not found</source>
        <translation>%1: archivo no encontrado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--dates %1: write dmy (25/10/1956), mdy (10/25/1956) or ymd</source>
        <translation>--dates %1: escriba dmy (25/10/1956), mdy (10/25/1956) o ymd</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+99"/>
        <source>%1 is not a package folder or the id of one (see dpatlas-cli list)</source>
        <translation>%1 no es una carpeta de paquete ni el id de una (véase dpatlas-cli list)</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+95"/>
        <source>Read %1: %2</source>
        <extracomment>%1 is the file&apos;s name, %2 what it holds (&quot;Linked Places, 72 place(s): 43 area(s), 29 point(s)&quot;)
----------
%1 is the file&apos;s name, %2 what it holds (&quot;CSV, semicolons, 12 row(s)&quot;)</extracomment>
        <translation>Leído %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: %1</source>
        <translation>Columnas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-88"/>
        <location line="+97"/>
        <source>Nothing was written: %n problem(s) to mend first.</source>
        <translation>
            <numerusform>No se ha escrito nada: hay %n problema que resolver antes.</numerusform>
            <numerusform>No se ha escrito nada: hay %n problemas que resolver antes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-123"/>
        <source>--places adds a layer of places: it takes no --%1</source>
        <translation>--places añade una capa de lugares: no admite --%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--layer %1: a layer id is letters, digits, _ and -, as places_1871</source>
        <translation>--layer %1: un id de capa se compone de letras, cifras, _ y -, como places_1871</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Replaced layer %1 with %n feature(s): %2, fields %3.</source>
        <extracomment>%1 the layer&apos;s id, %2 its file, %3 its fields</extracomment>
        <translation>
            <numerusform>Se ha sustituido la capa %1 por una con %n elemento: %2, campos %3.</numerusform>
            <numerusform>Se ha sustituido la capa %1 por una con %n elementos: %2, campos %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added layer %1 with %n feature(s) to manifest.json: %2, fields %3.</source>
        <translation>
            <numerusform>Se ha añadido a manifest.json la capa %1 con %n elemento: %2, campos %3.</numerusform>
            <numerusform>Se ha añadido a manifest.json la capa %1 con %n elementos: %2, campos %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manifest.json could not be edited in place and was written anew (same content, keys sorted).</source>
        <translation>manifest.json no se ha podido editar directamente y se ha escrito de nuevo (mismo contenido, claves ordenadas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say in SOURCES.md where %1 comes from and under which licence.</source>
        <translation>Indique en SOURCES.md de dónde procede %1 y con qué licencia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the rows of your own table (CSV with commas, semicolons or tabs; .xlsx; .ods) to a package&apos;s claims, events or sources. Your column names are matched to ours (--map settles the rest), feature and authority names to their ids; every row is checked and nothing is written unless all of them are good. --places adds the places of a Linked Places file (the World Historical Gazetteer&apos;s GeoJSON-LD) as a new layer.</source>
        <translation>Añadir las filas de su propia tabla (CSV con comas, puntos y coma o tabuladores; .xlsx; .ods) a las reivindicaciones, los acontecimientos o las fuentes de un paquete. Los nombres de sus columnas se asocian a los nuestros (--map resuelve el resto), y los nombres de elementos y autoridades a sus ids; se comprueba cada fila y no se escribe nada si no están todas bien. --places añade como nueva capa los lugares de un archivo Linked Places (el GeoJSON-LD del World Historical Gazetteer).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Linked Places file (.lpf.json) whose places become a new feature layer</source>
        <translation>un archivo Linked Places (.lpf.json) cuyos lugares forman una nueva capa de elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --places: the new layer&apos;s title</source>
        <translation>con --places: el título de la nueva capa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the layer of every feature named, when your table has no layer column; with --places, the new layer&apos;s id (default: from the file&apos;s name)</source>
        <translation>la capa de todos los elementos nombrados, si su tabla no tiene columna de capa; con --places, el id de la nueva capa (por defecto: a partir del nombre del archivo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace the table&apos;s rows instead of adding to them; with --places, replace the layer of the same id</source>
        <translation>sustituir las filas de la tabla en lugar de añadirlas; con --places, sustituir la capa del mismo id</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>import needs one of --claims FILE, --events FILE, --sources FILE or --places FILE</source>
        <translation>import necesita --claims FILE, --events FILE, --sources FILE o --places FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--title names a layer of places: give it with --places FILE</source>
        <translation>--title da nombre a una capa de lugares: úselo con --places FILE</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Added %n row(s) to %1 (%2 before, replaced, %3 now).</source>
        <extracomment>%1 is the table&apos;s file, %2 and %3 its numbers of rows before and after</extracomment>
        <translation>
            <numerusform>Se ha añadido %n fila a %1 (%2 antes, sustituidas; %3 ahora).</numerusform>
            <numerusform>Se han añadido %n filas a %1 (%2 antes, sustituidas; %3 ahora).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added %n row(s) to %1 (%2 before, %3 now).</source>
        <translation>
            <numerusform>Se ha añadido %n fila a %1 (%2 antes, %3 ahora).</numerusform>
            <numerusform>Se han añadido %n filas a %1 (%2 antes, %3 ahora).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %n source(s) to sources.csv with the citation as your table gives it; complete them there:</source>
        <translation>
            <numerusform>Se ha añadido %n fuente a sources.csv con la cita tal como la da su tabla; complétela allí:</numerusform>
            <numerusform>Se han añadido %n fuentes a sources.csv con la cita tal como la da su tabla; complételas allí:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+13"/>
        <source>List every discovered case-study package.</source>
        <translation>Listar todos los paquetes de estudios de caso encontrados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no packages found in: %1</source>
        <translation>no se han encontrado paquetes en: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+72"/>
        <source>every discovered package: id, title, period</source>
        <translation>todos los paquetes encontrados: id, título, periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check packages; every problem as file:line: message</source>
        <translation>comprobar paquetes; cada problema como file:line: message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status and authorities of every feature on DATE</source>
        <translation>estado y autoridades de cada elemento en DATE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draw the map of DATE (default 1920x1080)</source>
        <translation>dibujar el mapa de DATE (por defecto 1920x1080)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one frame per step, date and events burned in</source>
        <translation>un fotograma por paso, con la fecha y los acontecimientos incrustados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time series and geometry of control</source>
        <translation>series temporales y geometría del control</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the state on a date, or every claim with start and end</source>
        <translation>el estado en una fecha, o cada reivindicación con su inicio y su fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature and its control history, for gazetteers (LPF)</source>
        <translation>cada elemento y su historia de control, para nomenclátores (LPF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study in one GeoPackage (a DATASET too)</source>
        <translation>todo el estudio de caso en un GeoPackage (también un DATASET)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a packed case study back into a package folder</source>
        <translation>un estudio de caso empaquetado, de vuelta a una carpeta de paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study into a schema of a PostgreSQL + PostGIS database, in one transaction; from then on pg:CONNINFO#S is a DATASET for every command and for the app</source>
        <translation>el estudio de caso a un esquema de una base de datos PostgreSQL + PostGIS, en una sola transacción; desde entonces pg:CONNINFO#S es un DATASET para todas las órdenes y para la aplicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a case study kept in PostgreSQL back into a package folder</source>
        <translation>un estudio de caso guardado en PostgreSQL, de vuelta a una carpeta de paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start a case study from vector files, valid from the start</source>
        <translation>iniciar un estudio de caso a partir de archivos vectoriales, válido desde el principio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a copy with every invalid geometry fixed (GDAL MakeValid), each fix said in words; the package itself is never changed</source>
        <translation>una copia con todas las geometrías no válidas reparadas (MakeValid de GDAL), explicando cada reparación; el paquete mismo nunca se modifica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add your own table (CSV, .xlsx, .ods) to a package, all or nothing</source>
        <translation>añadir su propia tabla (CSV, .xlsx, .ods) a un paquete, todo o nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warp a scan by its control points (QGIS .points or CSV) into a tiled GeoTIFF with overviews; prints residuals and RMS</source>
        <translation>rectificar un escaneo por sus puntos de control (.points de QGIS o CSV) en un GeoTIFF en teselas con vistas generales; imprime los residuos y el RMS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show this help; COMMAND --help shows the command&apos;s options</source>
        <translation>mostrar esta ayuda; COMMAND --help muestra las opciones de la orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language of messages: en, ru, fr, es, ca or ar (default: the system&apos;s)</source>
        <translation>el idioma de los mensajes: en, ru, fr, es, ca o ar (por defecto: el del sistema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation>mostrar la versión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: %1</source>
        <extracomment>the first line of --help; %1 is &quot;dpatlas-cli COMMAND [OPTIONS]&quot;</extracomment>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Power Atlas on the command line: validate case-study packages, list their control state on a date, render and animate maps, export layers.</source>
        <translation>Atlas del Doble Poder en la línea de órdenes: validar paquetes de estudios de caso, listar su estado de control en una fecha, dibujar y animar mapas, exportar capas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATASET is a package id (see `list`), a package folder or a packed .gpkg. A package with problems is refused, its problems listed (exit 1); --allow-errors uses what loads of it. DATE is YYYY-MM-DD or YYYY-MM-DDTHH:MM, Gregorian unless --calendar julian; a date without a time means noon.</source>
        <translation>DATASET es un id de paquete (véase `list`), una carpeta de paquete o un .gpkg empaquetado. Un paquete con problemas se rechaza y se enumeran sus problemas (salida 1); --allow-errors usa lo que se cargue de él. DATE es YYYY-MM-DD o YYYY-MM-DDTHH:MM, gregoriana salvo con --calendar julian; una fecha sin hora significa mediodía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packages are found in ~/.local/share/dpatlas/datasets, the folders in DPATLAS_DATASETS (&apos;:&apos;-separated), the installed share/dpatlas/datasets and, in a build from source, the source tree&apos;s datasets/.</source>
        <translation>Los paquetes se buscan en ~/.local/share/dpatlas/datasets, en las carpetas de DPATLAS_DATASETS (separadas por &apos;:&apos;), en el share/dpatlas/datasets instalado y, en una compilación desde el código fuente, en el datasets/ del árbol de fuentes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit status: 0 success, 1 invalid package, 2 usage error (unknown dataset, bad date, unwritable output).</source>
        <translation>Estado de salida: 0 éxito, 1 paquete no válido, 2 error de uso (conjunto de datos desconocido, fecha incorrecta, salida no escribible).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unknown command &quot;%1&quot; (see dpatlas-cli --help)</source>
        <translation>orden &quot;%1&quot; desconocida (véase dpatlas-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="-126"/>
        <source>Start a case-study package from vector files (GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf, CSV): the manifest, the layers as GeoJSON, empty claims, events and sources tables, and SOURCES.md, checked by the validator before anything is written.</source>
        <translation>Iniciar un paquete de estudio de caso a partir de archivos vectoriales (GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf, CSV): el manifiesto, las capas en GeoJSON, tablas vacías de reivindicaciones, acontecimientos y fuentes, y SOURCES.md, todo comprobado por el validador antes de escribir nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the package id: lower case, digits and -</source>
        <translation>el id del paquete: minúsculas, cifras y -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a vector file of features (repeat for more)</source>
        <translation>un archivo vectorial de elementos (repetible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case study&apos;s title</source>
        <translation>el título del estudio de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first and last date, as 1917-02-23..1917-11-15</source>
        <translation>primera y última fecha, como 1917-02-23..1917-11-15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates: gregorian (default) or julian</source>
        <translation>calendario de las fechas: gregorian (por defecto) o julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projected CRS to draw and measure in (default: the grid in PROJ&apos;s database with the smallest area of use over the layers; the others are listed)</source>
        <translation>CRS proyectado en el que dibujar y medir (por defecto: la cuadrícula de la base de datos de PROJ con el área de uso más pequeña que cubra las capas; se enumeran las demás)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an authority: id=Name[,#rrggbb][,bloc] (repeat; colours default to a colour-blind-safe set)</source>
        <translation>una autoridad: id=Name[,#rrggbb][,bloc] (repetible; por defecto, colores aptos para daltónicos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field that identifies features (default: id, code… when unique)</source>
        <translation>el campo que identifica los elementos (por defecto: id, code… si son únicos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field that names features (default: name, nom…)</source>
        <translation>el campo que da nombre a los elementos (por defecto: name, nom…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature of the layers is approximate (modern boundaries standing in for the period&apos;s): drawn with dashed outlines</source>
        <translation>todos los elementos de las capas son aproximados (límites modernos en lugar de los de la época): se dibujan con contornos discontinuos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data credits printed on every map</source>
        <translation>los créditos de los datos impresos en cada mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new package folder (must not exist, or be empty)</source>
        <translation>la carpeta del nuevo paquete (no debe existir o debe estar vacía)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new needs exactly one ID</source>
        <translation>new necesita exactamente un ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: an id is lower-case letters, digits and -, as petrograd-1917</source>
        <translation>&quot;%1&quot;: un id se compone de minúsculas, cifras y -, como petrograd-1917</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs -o DIR, the new package&apos;s folder</source>
        <translation>new necesita -o DIR, la carpeta del nuevo paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not empty: give a new folder</source>
        <translation>%1 no está vacía: indique una carpeta nueva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs --title</source>
        <translation>new necesita --title</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new needs --period FIRST..LAST, as 1917-02-23..1917-11-15</source>
        <translation>new necesita --period FIRST..LAST, como 1917-02-23..1917-11-15</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad --period &quot;%1&quot;: %2</source>
        <translation>--period &quot;%1&quot; incorrecto: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad --period: %1 ends before it starts</source>
        <translation>--period incorrecto: %1 termina antes de empezar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad --authority &quot;%1&quot;: write id=Name[,#rrggbb][,bloc], the id in lower case (a-z, 0-9 and _)</source>
        <translation>--authority &quot;%1&quot; incorrecto: escriba id=Name[,#rrggbb][,bloc], con el id en minúsculas (a-z, 0-9 y _)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new needs at least one --authority id=Name (every claim names one)</source>
        <translation>new necesita al menos un --authority id=Name (toda reivindicación nombra una)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs at least one --layer FILE</source>
        <translation>new necesita al menos un --layer FILE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no field identifies every feature uniquely; say which with --id-field (fields: %2)</source>
        <translation>%1: ningún campo identifica cada elemento de forma única; indique cuál con --id-field (campos: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: field &quot;%2&quot; is missing, empty or repeated in some features (fields: %3)</source>
        <translation>%1: el campo &quot;%2&quot; falta, está vacío o se repite en algunos elementos (campos: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no field &quot;%2&quot; (fields: %3)</source>
        <translation>%1: no hay ningún campo &quot;%2&quot; (campos: %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot suggest a CRS for these layers: give --crs</source>
        <translation>no se puede proponer un CRS para estas capas: indique --crs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, the UTM zone of the layers</source>
        <translation>%1, la zona UTM de las capas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 = %2, the projected CRS with the smallest area of use over the layers</source>
        <translation>%1 = %2, el CRS proyectado con el área de uso más pequeña que cubre las capas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = %2, the projected CRS with the smallest area of use over the layers; others that suit them, for --crs: %3</source>
        <translation>%1 = %2, el CRS proyectado con el área de uso más pequeña que cubre las capas; otros que les convienen, para --crs: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the new package would not be valid; nothing written</source>
        <translation>el nuevo paquete no sería válido; no se ha escrito nada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: new case study %2 (%3, %4, %5). Next: add claims to claims.csv (datasets/README.md explains the columns), then dpatlas-cli validate %1</source>
        <extracomment>%1 is the new folder, %2 the package id, %3 &quot;2 layer(s)&quot;, %4 &quot;48 features&quot;, %5 the CRS</extracomment>
        <translation>%1: nuevo estudio de caso %2 (%3, %4, %5). Siguiente paso: añada reivindicaciones a claims.csv (datasets/README.md explica las columnas) y luego dpatlas-cli validate %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../app/cli/repaircommand.cpp" line="+44"/>
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n capa</numerusform>
            <numerusform>%n capas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="-11"/>
        <source>Draw the map of a case study on a date to a PNG, or to an SVG or PDF made of vector paths.</source>
        <translation>Dibujar el mapa de un estudio de caso en una fecha en un PNG, o en un SVG o un PDF hecho de trazados vectoriales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output file: .png, .svg or .pdf</source>
        <translation>archivo de salida: .png, .svg o .pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image size in pixels (default 1920x1080)</source>
        <translation>tamaño de la imagen en píxeles (por defecto 1920x1080)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a page instead of --size: %1 (A4 in pixels at --dpi)</source>
        <translation>una página en lugar de --size: %1 (A4 en píxeles a --dpi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution for print: the picture is W/N by H/N inches (default 96)</source>
        <translation>resolución para imprimir: la imagen mide W/N por H/N pulgadas (por defecto 96)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draw this box, in the case study&apos;s CRS unless --bbox-crs says otherwise, widened to the picture&apos;s shape (default: every feature); a pg: dataset then reads only what is drawn from the database</source>
        <translation>dibujar este recuadro, en el SRC del estudio de caso salvo que --bbox-crs diga otro, ensanchado a la forma de la imagen (por defecto: todas las entidades); un conjunto pg: lee entonces de la base de datos solo lo que se dibuja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>render needs -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>render necesita -o OUT.png, OUT.svg u OUT.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: name the picture .png, .svg or .pdf</source>
        <translation>&quot;%1&quot;: dé a la imagen la extensión .png, .svg o .pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad --dpi &quot;%1&quot;: give a whole number from 10 to 2400</source>
        <translation>--dpi &quot;%1&quot; incorrecto: indique un número entero de 10 a 2400</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad --page &quot;%1&quot;: write one of %2</source>
        <translation>--page &quot;%1&quot; incorrecto: escriba uno de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --page or --size, not both</source>
        <translation>indique --page o --size, no ambos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--page %1 at %2 dpi is %3x%4 pixels, over 16384: lower --dpi</source>
        <translation>--page %1 a %2 dpi son %3x%4 píxeles, más de 16384: reduzca --dpi</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot create a temporary folder for the period maps: %1</source>
        <translation>no se puede crear una carpeta temporal para los mapas de época: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/repaircommand.cpp" line="-108"/>
        <source>%1: layer %2, feature %3%4: %5; fixed: %6</source>
        <extracomment>%1 is the layer&apos;s file, %4 the feature&apos;s name in parentheses or nothing, %5 what was wrong, %6 what the fix changed</extracomment>
        <translation>%1: capa %2, elemento %3%4: %5; reparado: %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; and </source>
        <comment>between two problems of one geometry</comment>
        <translation>; y </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a copy of a package with every invalid geometry fixed by GDAL&apos;s MakeValid, saying per feature what was wrong and what the fix changed. The package itself is never changed; the copy appears only once it validates.</source>
        <translation>Escribir una copia de un paquete con todas las geometrías no válidas reparadas por MakeValid de GDAL, indicando para cada elemento qué estaba mal y qué ha cambiado la reparación. El paquete mismo nunca se modifica; la copia solo aparece una vez validada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a new (or empty) folder for the fixed copy</source>
        <translation>una carpeta nueva (o vacía) para la copia reparada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repair needs one DATASET and -o OUTDIR (see dpatlas-cli repair --help)</source>
        <translation>repair necesita un DATASET y -o OUTDIR (véase dpatlas-cli repair --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is inside the package %2: write the fixed copy to a folder outside it (the package itself is never changed)</source>
        <translation>%1 está dentro del paquete %2: escriba la copia reparada en una carpeta fuera de él (el paquete mismo nunca se modifica)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the repaired package</source>
        <translation>no se puede escribir el paquete reparado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot copy %1 into %2; nothing written</source>
        <translation>no se puede copiar %1 en %2; no se ha escrito nada</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1: nothing to fix: every geometry in its %n layer(s) is valid; nothing written</source>
        <translation>
            <numerusform>%1: nada que reparar: todas las geometrías de su %n capa son válidas; no se ha escrito nada</numerusform>
            <numerusform>%1: nada que reparar: todas las geometrías de sus %n capas son válidas; no se ha escrito nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>the repaired copy would not validate (%n problem(s) above); nothing written</source>
        <translation>
            <numerusform>la copia reparada no se validaría (%n problema arriba); no se ha escrito nada</numerusform>
            <numerusform>la copia reparada no se validaría (%n problemas arriba); no se ha escrito nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n geometry fixed in %2; the copy validates, and everything else in it is as in %3</source>
        <extracomment>%1 is the copy&apos;s folder, %2 &quot;2 layer(s)&quot;, %3 the package</extracomment>
        <translation>
            <numerusform>%1: %n geometría reparada en %2; la copia es válida y todo lo demás está como en %3</numerusform>
            <numerusform>%1: %n geometrías reparadas en %2; la copia es válida y todo lo demás está como en %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n geometries fixed in %2; the copy validates, and everything else in it is as in %3</source>
        <extracomment>%1 is the copy&apos;s folder, %2 &quot;2 layer(s)&quot;, %3 the package</extracomment>
        <translation>
            <numerusform>%1: %n geometría reparada en %2; la copia es válida y todo lo demás está como en %3</numerusform>
            <numerusform>%1: %n geometrías reparadas en %2; la copia es válida y todo lo demás está como en %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/statecommand.cpp" line="+32"/>
        <source>Status and authorities of every feature on a date.</source>
        <translation>Estado y autoridades de cada elemento en una fecha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv (default) or json</source>
        <translation>csv (por defecto) o json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the features whose bounding box meets this box, in the case study&apos;s CRS unless --bbox-crs says otherwise (a pg: dataset then reads only those from the database)</source>
        <translation>solo las entidades cuyo rectángulo envolvente toca este recuadro, en el SRC del estudio de caso salvo que --bbox-crs diga otro (un conjunto pg: lee entonces solo esas de la base de datos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format &quot;%1&quot;: use csv or json</source>
        <translation>formato &quot;%1&quot; desconocido: use csv o json</translation>
    </message>
    <message>
        <location filename="../app/cli/unpackcommand.cpp" line="+12"/>
        <source>Turn a case study packed by `dpatlas-cli export --package` back into a package folder, file for file.</source>
        <translation>Convertir un estudio de caso empaquetado con `dpatlas-cli export --package` de nuevo en una carpeta de paquete, archivo por archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the packed case study</source>
        <translation>el estudio de caso empaquetado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new (or empty) folder to unpack into</source>
        <translation>una carpeta nueva (o vacía) en la que desempaquetar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unpack needs PACKAGE.gpkg and FOLDER</source>
        <translation>unpack necesita PACKAGE.gpkg y FOLDER</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="-43"/>
        <source>Check case-study packages; print every problem as file:line: message.</source>
        <translation>Comprobar paquetes de estudios de caso; imprimir cada problema como file:line: message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>package folders or packed .gpkg files</source>
        <translation>carpetas de paquete o archivos .gpkg empaquetados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>validate needs at least one package folder</source>
        <translation>validate necesita al menos una carpeta de paquete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: package folder (or packed .gpkg) not found</source>
        <translation>%1: no se encuentra la carpeta del paquete (o el .gpkg empaquetado)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n problema</numerusform>
            <numerusform>%1: %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: valid (%2, %3, %4, %5)</source>
        <extracomment>%2 to %5 are &quot;12 features&quot;, &quot;40 claims&quot;, &quot;7 events&quot;, &quot;9 sources&quot;</extracomment>
        <translation>%1: válido (%2, %3, %4, %5)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n acontecimiento</numerusform>
            <numerusform>%n acontecimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="+12"/>
        <source>Write a case study kept in PostgreSQL (by `dpatlas-cli push`) out as a package folder. Files come back byte for byte; a layer edited in the database (in QGIS, say) is written anew from its table, in its own format.</source>
        <translation>Escribir como carpeta de paquete un estudio de caso guardado en PostgreSQL (con `dpatlas-cli push`). Los archivos vuelven byte a byte; una capa modificada en la base de datos (en QGIS, por ejemplo) se escribe de nuevo a partir de su tabla, en su propio formato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the case study in the database (or give --pg and --schema)</source>
        <translation>el estudio de caso en la base de datos (o indique --pg y --schema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new (or empty) folder to write the package into</source>
        <translation>una carpeta nueva (o vacía) en la que escribir el paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database: libpq&apos;s connection string</source>
        <translation>la base de datos: la cadena de conexión de libpq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case study&apos;s schema</source>
        <translation>el esquema del estudio de caso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pull needs pg:CONNINFO#SCHEMA and FOLDER, or --pg CONNINFO --schema S and FOLDER</source>
        <translation>pull necesita pg:CONNINFO#SCHEMA y FOLDER, o --pg CONNINFO --schema S y FOLDER</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 at revision %3</source>
        <translation>%1: %2 en la revisión %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written anew from their tables (changed in the database): %1</source>
        <translation>escritos de nuevo a partir de sus tablas (modificadas en la base de datos): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="+12"/>
        <source>Put a case study into a PostgreSQL database with PostGIS, for a team to share: its layers become PostGIS tables with spatial indexes, its claims, events, sources and manifest tables, all in one schema, written in one transaction (all or nothing). Open it afterwards as the DATASET pg:CONNINFO#SCHEMA.</source>
        <translation>Colocar un estudio de caso en una base de datos PostgreSQL con PostGIS para que un equipo lo comparta: sus capas pasan a ser tablas PostGIS con índices espaciales, junto a sus tablas de reivindicaciones, acontecimientos, fuentes y manifiesto, todo en un esquema y escrito en una sola transacción (todo o nada). Ábralo después como el DATASET pg:CONNINFO#SCHEMA.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package id, folder, packed .gpkg or pg:CONNINFO#SCHEMA</source>
        <translation>id de paquete, carpeta, .gpkg empaquetado o pg:CONNINFO#SCHEMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database: libpq&apos;s connection string (&quot;host=db.example.org dbname=atlas user=me&quot; or postgresql://…); keep the password in ~/.pgpass or PGPASSWORD</source>
        <translation>la base de datos: la cadena de conexión de libpq (&quot;host=db.example.org dbname=atlas user=me&quot; o postgresql://…); guarde la contraseña en ~/.pgpass o PGPASSWORD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the schema to write (default: the package id, &apos;-&apos; as &apos;_&apos;)</source>
        <translation>el esquema en el que escribir (por defecto: el id del paquete, con &apos;-&apos; como &apos;_&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the case study the schema holds already</source>
        <translation>sustituir el estudio de caso que ya contiene el esquema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>push needs exactly one DATASET</source>
        <translation>push necesita exactamente un DATASET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push needs --pg CONNINFO, the database to write to</source>
        <translation>push necesita --pg CONNINFO, la base de datos en la que escribir</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: pushed to schema %2 of %3: %n layer(s), %4 features, %5 table rows, %6 other files</source>
        <translation>
            <numerusform>%1: subido al esquema %2 de %3: %n capa, %4 elementos, %5 filas de tablas, %6 archivos más</numerusform>
            <numerusform>%1: subido al esquema %2 de %3: %n capas, %4 elementos, %5 filas de tablas, %6 archivos más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it as %1</source>
        <translation>Ábralo como %1</translation>
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
<context>
    <name>dpatlas</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+36"/>
        <source>no translation for language &quot;%1&quot;; using English</source>
        <translation>no hay traducción para el idioma &quot;%1&quot;; se usa el inglés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dual Power Atlas: control maps of dual power over time.</source>
        <translation>Atlas del Doble Poder: mapas de control del doble poder a lo largo del tiempo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package id, folder or packed .gpkg (default: the last one used, else petrograd-1917)</source>
        <translation>id de paquete, carpeta o .gpkg empaquetado (por defecto: el último usado o, si no, petrograd-1917)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open on this date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>abrir en esta fecha: YYYY-MM-DD o YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of --at: gregorian (default) or julian</source>
        <translation>calendario de --at: gregorian (por defecto) o julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>side panel to show first: events, inspector or chart</source>
        <translation>panel lateral que se muestra primero: events, inspector o chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open an export dialog: layer, timeline, image, animation or package</source>
        <translation>abrir un diálogo de exportación: layer, timeline, image, animation o package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw the front lines on the map</source>
        <translation>dibujar las líneas del frente en el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interface language: en, ru, fr, es, ca or ar</source>
        <translation>idioma de la interfaz: en, ru, fr, es, ca o ar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown calendar &quot;%1&quot;: use gregorian or julian</source>
        <translation>calendario &quot;%1&quot; desconocido: use gregorian o julian</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bad date &quot;%1&quot;: write YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>fecha &quot;%1&quot; incorrecta: escriba YYYY-MM-DD o YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown dataset &quot;%1&quot; (see dpatlas-cli list)</source>
        <translation>conjunto de datos &quot;%1&quot; desconocido (véase dpatlas-cli list)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown panel &quot;%1&quot;: use events, inspector or chart</source>
        <translation>panel &quot;%1&quot; desconocido: use events, inspector o chart</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown export &quot;%1&quot;: use layer, timeline, image, animation or package</source>
        <translation>exportación &quot;%1&quot; desconocida: use layer, timeline, image, animation o package</translation>
    </message>
</context>
</TS>
