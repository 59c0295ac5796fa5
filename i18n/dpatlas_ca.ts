<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca">
<context>
    <name>GeorefDialog</name>
    <message>
        <location filename="../app/desktop/georef/gcpcommands.cpp" line="+11"/>
        <source>add point %1</source>
        <translation>afegeix el punt %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>delete point %1</source>
        <translation>suprimeix el punt %1</translation>
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
        <translation>el mes %1 no existeix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-%2 has no day %3 in the %4 calendar</source>
        <translation>%1-%2 no té dia %3 en el calendari %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Feb 1918 did not exist in Russia: 31 Jan 1918 (O.S.) was followed by 14 Feb 1918 (N.S.)</source>
        <translation>el %1 de febrer de 1918 no va existir a Rússia: després del 31 de gener de 1918 (e. a.) va venir el 14 de febrer de 1918 (e. n.)</translation>
    </message>
    <message>
        <location filename="../gis/io/coordinatetransform.cpp" line="+14"/>
        <source>cannot transform coordinates: CRS is not set</source>
        <translation>no es poden transformar les coordenades: no s&apos;ha definit el CRS</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no transformation from %1 to %2</source>
        <translation>no hi ha cap transformació de %1 a %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot normalise axis order from %1 to %2</source>
        <translation>no es pot normalitzar l&apos;ordre dels eixos de %1 a %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot transform point (%1, %2) from %3 to %4</source>
        <translation>no es pot transformar el punt (%1, %2) de %3 a %4</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>identity</source>
        <translation>identitat</translation>
    </message>
    <message>
        <location filename="../gis/io/crs.cpp" line="+14"/>
        <source>empty CRS definition</source>
        <translation>definició de CRS buida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRS definition may not reference files or URLs: %1</source>
        <translation>una definició de CRS no pot fer referència a fitxers ni a URL: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown or invalid CRS &quot;%1&quot;</source>
        <translation>CRS desconegut o no vàlid &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../gis/georef/gcpfile.cpp" line="+27"/>
        <location filename="../gis/io/rasterreader.cpp" line="+82"/>
        <location filename="../gis/io/vectorreader.cpp" line="+47"/>
        <location filename="../gis/package/csvreader.cpp" line="+63"/>
        <location filename="../gis/package/packagearchive.cpp" line="+222"/>
        <source>file not found</source>
        <translation>no s&apos;ha trobat el fitxer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB is too large for a file of control points</source>
        <translation>%1 MB és massa gran per a un fitxer de punts de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="+29"/>
        <location filename="../gis/package/import/linkedplacesfile.cpp" line="+296"/>
        <location filename="../gis/package/import/placesimport.cpp" line="+120"/>
        <source>cannot read (%1)</source>
        <translation>no es pot llegir (%1)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>PROJ does not know the CRS of the map coordinates</source>
        <translation>PROJ no coneix el CRS de les coordenades del mapa</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a point needs mapX, mapY, sourceX and sourceY; this line has %1 field(s)</source>
        <translation>un punt necessita mapX, mapY, sourceX i sourceY; aquesta línia té %1 camp(s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a number: &quot;%2&quot;</source>
        <translation>%1 no és un nombre: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>enable is 1 or 0, not &quot;%1&quot;</source>
        <translation>enable és 1 o 0, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the header lacks the column(s) %1 (expected id,pixel,line,map_x,map_y,enabled,crs)</source>
        <translation>a la capçalera hi falten les columnes %1 (s&apos;esperava id,pixel,line,map_x,map_y,enabled,crs)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point %1: %2 is not a number: &quot;%3&quot;</source>
        <translation>punt %1: %2 no és un nombre: &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>point %1: enabled is 1 or 0, not &quot;%2&quot;</source>
        <translation>punt %1: enabled és 1 o 0, no &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point %1: every point must be in the same CRS (this one says %2, the first said %3)</source>
        <translation>punt %1: tots els punts han d&apos;estar en el mateix CRS (aquest diu %2, el primer deia %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty file: expected the header id,pixel,line,map_x,map_y,enabled,crs</source>
        <translation>fitxer buit: s&apos;esperava la capçalera id,pixel,line,map_x,map_y,enabled,crs</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <location line="+3"/>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="+35"/>
        <location line="+3"/>
        <source>cannot write (%1)</source>
        <translation>no es pot escriure (%1)</translation>
    </message>
    <message>
        <location filename="../gis/package/csvreader.cpp" line="+3"/>
        <source>file is %1 MB; at most %2 MB is allowed</source>
        <translation>el fitxer fa %1 MB; com a màxim se n&apos;admeten %2 MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../gis/package/edit/editabletable.cpp" line="+26"/>
        <location filename="../gis/package/import/importtable.cpp" line="+31"/>
        <location filename="../gis/package/import/tablemerge.cpp" line="+33"/>
        <location filename="../gis/package/packagemanifest.cpp" line="+333"/>
        <source>cannot read file: %1</source>
        <translation>no es pot llegir el fitxer: %1</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>quoted field is never closed where it should be (this row is skipped; the rows after it are read)</source>
        <translation>un camp entre cometes no es tanca on hauria (s&apos;omet aquesta fila; es llegeixen les següents)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>quoted field is never closed (this row is skipped; the rows after it are read)</source>
        <translation>un camp entre cometes no es tanca mai (s&apos;omet aquesta fila; es llegeixen les següents)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>file is not UTF-8 text (save the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>el fitxer no és text UTF-8 (deseu el full de càlcul com a &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file is not text: it has a NUL byte here (save the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>el fitxer no és text: aquí hi ha un byte NUL (deseu el full de càlcul com a &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the columns are separated by semicolons: save the spreadsheet as CSV with commas (&quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>les columnes estan separades per punts i comes: deseu el full de càlcul com a CSV amb comes (&quot;CSV UTF-8 (delimitat per comes)&quot;)</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+34"/>
        <source>quote inside an unquoted field: put the whole field in quotes and double the inner quotes</source>
        <translation>hi ha cometes dins d&apos;un camp sense cometes: poseu tot el camp entre cometes i dupliqueu les cometes interiors</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>text after the closing quote of a field</source>
        <translation>hi ha text després de les cometes de tancament d&apos;un camp</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>file is empty: a header row is required</source>
        <translation>el fitxer és buit: cal una fila de capçalera</translation>
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
        <translation>l&apos;atribut &quot;%1&quot; indicat a manifest.json no és a la capa (té: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/layerfeaturerules.cpp" line="+29"/>
        <source>feature has no id in &quot;%1&quot;</source>
        <translation>l&apos;element no té id a &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id is used by more than one feature</source>
        <translation>l&apos;id el fa servir més d&apos;un element</translation>
    </message>
    <message>
        <location filename="../gis/package/datasetpackage.cpp" line="+25"/>
        <source>period map &quot;%1&quot;: %2</source>
        <translation>mapa d&apos;època &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>package folder not found</source>
        <translation>no s&apos;ha trobat la carpeta del paquet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a symbolic link to a file outside the package folder: copy the file into the package instead</source>
        <translation>un enllaç simbòlic a un fitxer de fora de la carpeta del paquet: copieu el fitxer dins del paquet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>loading cancelled</source>
        <translation>s&apos;ha cancel·lat la càrrega</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>file not found: every package states its data&apos;s licences and attributions</source>
        <translation>no s&apos;ha trobat el fitxer: tot paquet declara les llicències i atribucions de les seves dades</translation>
    </message>
    <message>
        <location filename="../gis/time/dateinterval.cpp" line="+66"/>
        <source>start: %1</source>
        <translation>inici: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>end: %1</source>
        <translation>final: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>end %1 is before start %2</source>
        <translation>el final %1 és anterior a l&apos;inici %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a date is required</source>
        <translation>cal una data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; has no date at either end: write START/END, with .. for an open end or nothing for an unknown one (1917-03/.., 1917-03/)</source>
        <translation>&quot;%1&quot; no té data a cap dels dos extrems: escriviu INICI/FINAL, amb .. per a un extrem obert o res per a un de desconegut (1917-03/.., 1917-03/)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>before</source>
        <translation>abans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown start</source>
        <translation>inici desconegut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onwards</source>
        <translation>en endavant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown end</source>
        <translation>final desconegut</translation>
    </message>
    <message>
        <location filename="../gis/package/import/rowconversion.cpp" line="+75"/>
        <source>no layer column and no --layer: each feature was looked for in every feature layer (%1)</source>
        <translation>no hi ha columna de capa ni --layer: s&apos;ha cercat cada element en totes les capes d&apos;elements (%1)</translation>
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
        <translation>la font &quot;%1&quot; no és a sources.csv; si aquesta columna conté cites, indiqueu --source-pattern per trobar-hi els id (com ara &quot;\[(\w+)\]&quot; per a &quot;Smith 1990 [smith1990]&quot;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>source &quot;%1&quot; is not in sources.csv and the cell gives no citation for it: import the sources first (--sources FILE) or write the citation before the id</source>
        <translation>la font &quot;%1&quot; no és a sources.csv i la cel·la no n&apos;aporta cap cita: importeu primer les fonts (--sources FITXER) o escriviu la cita abans de l&apos;id</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>role &quot;%1&quot;: write control for de facto power, claim for de jure title</source>
        <translation>rol &quot;%1&quot;: escriviu control per al poder de facto, claim per al títol de iure</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>event &quot;%1&quot; is already in events.csv or earlier in this file</source>
        <translation>l&apos;esdeveniment &quot;%1&quot; ja és a events.csv o abans en aquest fitxer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>source &quot;%1&quot; is listed twice in this file</source>
        <translation>la font &quot;%1&quot; apareix dues vegades en aquest fitxer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source &quot;%1&quot; is already in sources.csv with another citation (&quot;%2&quot;)</source>
        <translation>la font &quot;%1&quot; ja és a sources.csv amb una altra cita (&quot;%2&quot;)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n feature name(s) matched to ids: %1</source>
        <translation>
            <numerusform>%n nom d&apos;element associat a un id: %1</numerusform>
            <numerusform>%n noms d&apos;element associats a id: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n authority name(s) matched to ids: %1</source>
        <translation>
            <numerusform>%n nom d&apos;autoritat associat a un id: %1</numerusform>
            <numerusform>%n noms d&apos;autoritat associats a id: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n date(s) rewritten as year-month-day (--dates)</source>
        <translation>
            <numerusform>%n data reescrita com a any-mes-dia (--dates)</numerusform>
            <numerusform>%n dates reescrites com a any-mes-dia (--dates)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n id(s) made from the rows&apos; %1</source>
        <translation>
            <numerusform>%n id creat a partir de %1 de les files</numerusform>
            <numerusform>%n id creats a partir de %1 de les files</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>titles</source>
        <translation>els títols</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>citations</source>
        <translation>les cites</translation>
    </message>
    <message>
        <location filename="../gis/time/historicaldate.cpp" line="+134"/>
        <source>%1 (month and day unknown)</source>
        <translation>%1 (mes i dia desconeguts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (month unknown)</source>
        <translation>%1 (mes desconegut)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spring %1</source>
        <translation>Primavera de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summer %1</source>
        <translation>Estiu de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autumn %1</source>
        <translation>Tardor de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winter %1–%2</source>
        <translation>Hivern de %1–%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (day unknown)</source>
        <translation>%1 (dia desconegut)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>c. %1</source>
        <translation>c. %1</translation>
    </message>
    <message>
        <location filename="../gis/time/datetext.cpp" line="+209"/>
        <source>%1 BC</source>
        <translation>%1 aC</translation>
    </message>
    <message>
        <location filename="../gis/package/packagefolder.cpp" line="+46"/>
        <source>no file named</source>
        <translation>no s&apos;ha indicat cap fitxer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: network, virtual and driver-prefixed paths are not allowed in a package</source>
        <translation>&quot;%1&quot;: en un paquet no s&apos;admeten camins de xarxa, virtuals ni amb prefix de controlador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: paths must be relative to the package folder</source>
        <translation>&quot;%1&quot;: els camins han de ser relatius a la carpeta del paquet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: paths may not leave the package folder</source>
        <translation>&quot;%1&quot;: els camins no poden sortir de la carpeta del paquet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: file not found</source>
        <translation>&quot;%1&quot;: no s&apos;ha trobat el fitxer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: links to a file outside the package folder</source>
        <translation>&quot;%1&quot;: enllaça a un fitxer de fora de la carpeta del paquet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: is not a file</source>
        <translation>&quot;%1&quot;: no és un fitxer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: file is %2 MB; at most %3 MB is allowed</source>
        <translation>&quot;%1&quot;: el fitxer fa %2 MB; com a màxim se n&apos;admeten %3 MB</translation>
    </message>
    <message>
        <location filename="../gis/package/packagemanifest.cpp" line="-296"/>
        <location line="+18"/>
        <location line="+68"/>
        <source>required field is missing</source>
        <translation>falta un camp obligatori</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+24"/>
        <source>must be text</source>
        <translation>ha de ser text</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>must not be empty</source>
        <translation>no pot ser buit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an object of texts per language, e.g. {&quot;en&quot;: &quot;...&quot;}</source>
        <translation>ha de ser un objecte de textos per llengua, p. ex. {&quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an English (&quot;en&quot;) text is required</source>
        <translation>cal un text en anglès (&quot;en&quot;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false (without quotes)</source>
        <translation>ha de ser true o false (sense cometes)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>must be a list [...]</source>
        <translation>ha de ser una llista [...]</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: bloc &quot;%2&quot; is used by this authority alone; did you mean &quot;%3&quot; (used by %4)? Authorities of one bloc are one camp.</source>
        <translation>%1: el bàndol &quot;%2&quot; només el fa servir aquesta autoritat; volíeu dir &quot;%3&quot; (que fa servir %4)? Les autoritats d&apos;un mateix bloc formen un sol bàndol.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>at least one authority is required</source>
        <translation>cal almenys una autoritat</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <location line="+58"/>
        <source>%1: must be an object</source>
        <translation>%1: ha de ser un objecte</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&quot;%1&quot; may contain only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>&quot;%1&quot; només pot contenir lletres, xifres, &apos;_&apos;, &apos;-&apos; i &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority &quot;%1&quot; is defined twice</source>
        <translation>l&apos;autoritat &quot;%1&quot; es defineix dues vegades</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a colour: write #rrggbb</source>
        <translation>&quot;%1&quot; no és un color: escriviu #rrggbb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a Wikidata id (Q followed by digits)</source>
        <translation>&quot;%1&quot; no és un id de Wikidata (Q seguida de xifres)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>layer &quot;%1&quot; is defined twice</source>
        <translation>la capa &quot;%1&quot; es defineix dues vegades</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a layer role: use &quot;features&quot; or &quot;context&quot;</source>
        <translation>&quot;%1&quot; no és un rol de capa: feu servir &quot;features&quot; o &quot;context&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>context layers need a kind: %1</source>
        <translation>les capes de context necessiten un tipus (kind): %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be an object: language -&gt; attribute</source>
        <translation>ha de ser un objecte: llengua -&gt; atribut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one layer must have role &quot;features&quot;</source>
        <translation>almenys una capa ha de tenir el rol &quot;features&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+97"/>
        <source>required: {&quot;start&quot;: date, &quot;end&quot;: date}</source>
        <translation>obligatori: {&quot;start&quot;: data, &quot;end&quot;: data}</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>must be a number from 0 to 1</source>
        <translation>ha de ser un nombre de 0 a 1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>file not found: a package folder needs a manifest.json</source>
        <translation>no s&apos;ha trobat el fitxer: la carpeta d&apos;un paquet necessita un manifest.json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file is %1 KB; a manifest may be at most %2 KB</source>
        <translation>el fitxer fa %1 kB; un manifest pot fer com a màxim %2 kB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not valid JSON: %1</source>
        <translation>no és JSON vàlid: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the manifest must be a JSON object {...}</source>
        <translation>el manifest ha de ser un objecte JSON {...}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not supported; this version reads &quot;%2&quot;</source>
        <translation>&quot;%1&quot; no és compatible; aquesta versió llegeix &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; may contain only lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; només pot contenir lletres minúscules, xifres i &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a calendar: use gregorian, julian or julian-russia</source>
        <translation>&quot;%1&quot; no és un calendari: feu servir gregorian, julian o julian-russia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a calendar</source>
        <translation>&quot;%1&quot; no és un calendari</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list of calendar names</source>
        <translation>ha de ser una llista de noms de calendari</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the period ends before it starts</source>
        <translation>el període acaba abans de començar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lies outside the period</source>
        <translation>queda fora del període</translation>
    </message>
    <message>
        <location filename="../gis/package/claimstable.cpp" line="+255"/>
        <location filename="../gis/package/packagetables.cpp" line="+22"/>
        <source>missing column(s): %1 (the header must have: %2)</source>
        <translation>falten columnes: %1 (la capçalera ha de tenir: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+18"/>
        <source>source &quot;%1&quot; is not in sources.csv</source>
        <translation>la font &quot;%1&quot; no és a sources.csv</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>source has no id</source>
        <translation>la font no té id</translation>
    </message>
    <message>
        <location filename="../gis/package/import/citationpattern.cpp" line="+12"/>
        <source>--source-pattern &quot;%1&quot; is not a regular expression: %2 at character %3</source>
        <translation>--source-pattern &quot;%1&quot; no és una expressió regular: %2 al caràcter %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--source-pattern &quot;%1&quot; has no group: put the source id in parentheses, as in &quot;\[(\w+)\]&quot; for &quot;Smith 1990 [smith1990]&quot;</source>
        <translation>--source-pattern &quot;%1&quot; no té cap grup: poseu l&apos;id de la font entre parèntesis, com a &quot;\[(\w+)\]&quot; per a &quot;Smith 1990 [smith1990]&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the source pattern matched &quot;%1&quot; but its id group is empty</source>
        <translation>el patró de fonts ha coincidit amb &quot;%1&quot;, però el grup de l&apos;id és buit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/package/packagetables.cpp" line="+4"/>
        <source>source id &quot;%1&quot; may not contain &apos;;&apos; or &apos;:&apos;</source>
        <translation>l&apos;id de font &quot;%1&quot; no pot contenir &apos;;&apos; ni &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no source id found in &quot;%1&quot; with --source-pattern %2</source>
        <translation>no s&apos;ha trobat cap id de font a &quot;%1&quot; amb --source-pattern %2</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+4"/>
        <source>source &quot;%1&quot; is listed twice</source>
        <translation>la font &quot;%1&quot; apareix dues vegades</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source &quot;%1&quot; has no citation</source>
        <translation>la font &quot;%1&quot; no té cita</translation>
    </message>
    <message>
        <location filename="../gis/package/claimstable.cpp" line="-121"/>
        <source>row has %1 fields; the header has %2</source>
        <translation>la fila té %1 camps; la capçalera en té %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>feature &quot;%1&quot; is not in any feature layer</source>
        <translation>l&apos;element &quot;%1&quot; no és a cap capa d&apos;elements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>authority &quot;%1&quot; is not in the manifest</source>
        <translation>l&apos;autoritat &quot;%1&quot; no és al manifest</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>role &quot;%1&quot; is not one of %2</source>
        <translation>el rol &quot;%1&quot; no és cap de %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>confidence &quot;%1&quot; is not high, medium, low or a number from 0 to 1</source>
        <translation>la confiança &quot;%1&quot; no és high, medium, low ni un nombre de 0 a 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>claim cites no source: every claim needs one</source>
        <translation>la reivindicació no cita cap font: cada reivindicació en necessita una</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>share &quot;%1&quot; is not a number above 0 and at most 1 (the part of the feature this claim controls)</source>
        <translation>la part (share) &quot;%1&quot; no és un nombre més gran que 0 i no superior a 1 (la part de l&apos;element que controla aquesta reivindicació)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>share is only for control claims (camps that each control a part of a divided feature), not %1</source>
        <translation>share només és per a reivindicacions de control (bàndols que controlen cadascun una part d&apos;un element dividit), no per a %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 claim(s) are about layer &quot;%2&quot;, which could not be read (see its problem): left out until it is</source>
        <translation>%1 reivindicació(ns) es refereixen a la capa &quot;%2&quot;, que no s&apos;ha pogut llegir (vegeu-ne el problema): queden fora fins que es pugui</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+22"/>
        <source>event has no id</source>
        <translation>l&apos;esdeveniment no té id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event &quot;%1&quot; is listed twice</source>
        <translation>l&apos;esdeveniment &quot;%1&quot; apareix dues vegades</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>date: %1</source>
        <translation>data: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>event has no title</source>
        <translation>l&apos;esdeveniment no té títol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feature &quot;%1&quot; is not in any feature layer (write layer/id)</source>
        <translation>l&apos;element &quot;%1&quot; no és a cap capa d&apos;elements (escriviu capa/id)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>event cites no source</source>
        <translation>l&apos;esdeveniment no cita cap font</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 feature reference(s) of events are to layer &quot;%2&quot;, which could not be read (see its problem): left out until it is</source>
        <translation>%1 referència(es) d&apos;esdeveniments a elements són de la capa &quot;%2&quot;, que no s&apos;ha pogut llegir (vegeu-ne el problema): queden fora fins que es pugui</translation>
    </message>
    <message>
        <location filename="../gis/io/rasterreader.cpp" line="-24"/>
        <source>raster is %1 x %2 pixels; at most %3 million pixels are allowed</source>
        <translation>el ràster fa %1 x %2 píxels; com a màxim se n&apos;admeten %3 milions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>raster is %1 x %2 pixels and has no overviews: add them inside the file (gdaladdo FILE) or save it as a Cloud Optimized GeoTIFF (gdal_translate -of COG)</source>
        <translation>el ràster fa %1 x %2 píxels i no té vistes generals (overviews): afegiu-les dins del fitxer (gdaladdo FITXER) o deseu-lo com a Cloud Optimized GeoTIFF (gdal_translate -of COG)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>raster is %1 MB; at most %2 MB is allowed</source>
        <translation>el ràster fa %1 MB; com a màxim se n&apos;admeten %2 MB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot open as a raster</source>
        <translation>no es pot obrir com a ràster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>raster is not georeferenced (no geotransform, no ground control points)</source>
        <translation>el ràster no està georeferenciat (no té geotransformació ni punts de control sobre el terreny)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raster has no CRS</source>
        <translation>el ràster no té CRS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>raster CRS not understood</source>
        <translation>no s&apos;entén el CRS del ràster</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>raster warp needs a target CRS, extent and size</source>
        <translation>per deformar el ràster calen un CRS de destinació, una extensió i una mida</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot expand the colour table</source>
        <translation>no es pot expandir la taula de colors</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>raster has %1 bands; grey, RGB or RGBA is expected</source>
        <translation>el ràster té %1 bandes; s&apos;espera gris, RGB o RGBA</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot warp raster to %1</source>
        <translation>no es pot deformar el ràster a %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read warped pixels</source>
        <translation>no es poden llegir els píxels deformats</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="+67"/>
        <location filename="../gis/io/vectorreader.cpp" line="+10"/>
        <source>cannot open as a vector layer</source>
        <translation>no es pot obrir com a capa vectorial</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorreader.cpp" line="+1"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+167"/>
        <source>cannot open as a vector layer in an allowed format (%1)</source>
        <translation>no es pot obrir com a capa vectorial en un format permès (%1)</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="-33"/>
        <location filename="../gis/io/vectorreader.cpp" line="+10"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+6"/>
        <source>file holds no vector layer</source>
        <translation>el fitxer no conté cap capa vectorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gis/io/vectorreader.cpp" line="+1"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+1"/>
        <source>no layer named &quot;%1&quot;</source>
        <translation>no hi ha cap capa anomenada &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>feature %1: %2: %3</source>
        <translation>element %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n geometry(ies) cannot be fixed, so no fixed copy is written: %1</source>
        <translation>
            <numerusform>%n geometria no es pot reparar, així que no s&apos;escriu cap còpia reparada: %1</numerusform>
            <numerusform>%n geometries no es poden reparar, així que no s&apos;escriu cap còpia reparada: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot open the copy for writing</source>
        <translation>no es pot obrir la còpia per escriure-hi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GDAL&apos;s %1 driver cannot rewrite a feature in place, so no fixed copy of this file can be written: save the layer as GeoJSON or GeoPackage (in QGIS: Export &gt; Save Features As), point the manifest at it and repair again</source>
        <translation>el controlador %1 de GDAL no pot reescriure un element in situ, així que no es pot escriure cap còpia reparada d&apos;aquest fitxer: deseu la capa com a GeoJSON o GeoPackage (a QGIS: Exporta &gt; Desa els objectes com a), feu que el manifest hi apunti i torneu a reparar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write the fixed geometry</source>
        <translation>no es pot escriure la geometria reparada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error while writing the fixed geometries</source>
        <translation>error en escriure les geometries reparades</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorreader.cpp" line="+9"/>
        <source>layer &quot;%1&quot; is %2, not a plain table: a view runs its own query when read, so a package may not hold one</source>
        <translation>la capa &quot;%1&quot;: %2, no una taula simple: una vista executa la seva pròpia consulta quan es llegeix, així que un paquet no en pot contenir cap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the file&apos;s tables</source>
        <translation>no és a les taules del fitxer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a %1</source>
        <translation>és de tipus %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>layer has %1 features; at most %2 are allowed</source>
        <translation>la capa té %1 elements; com a màxim se n&apos;admeten %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="-26"/>
        <source>layer CRS not understood</source>
        <translation>no s&apos;entén el CRS de la capa</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+4"/>
        <source>layer has no CRS, so it cannot be placed on the map (give one in the manifest&apos;s &quot;crs&quot; of this layer)</source>
        <translation>la capa no té CRS, així que no es pot situar al mapa (indiqueu-ne un a &quot;crs&quot; d&apos;aquesta capa al manifest)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading cancelled</source>
        <translation>s&apos;ha cancel·lat la lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer has more than %1 features</source>
        <translation>la capa té més de %1 elements</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+93"/>
        <source>feature has no geometry</source>
        <translation>l&apos;element no té geometria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported geometry type %1</source>
        <translation>tipus de geometria no admès %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+13"/>
        <source>some coordinates cannot be transformed to %1</source>
        <translation>algunes coordenades no es poden transformar a %1</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="-44"/>
        <location filename="../gis/io/vectorreader.cpp" line="+6"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+55"/>
        <location line="+58"/>
        <source>error while reading features</source>
        <translation>error en llegir els elements</translation>
    </message>
    <message>
        <location filename="../app/desktop/georef/typedcoordinates.cpp" line="+34"/>
        <source>%1, %2 cannot be taken from %3 into the case study&apos;s CRS</source>
        <translation>%1, %2 no es pot portar de %3 al CRS de l&apos;estudi de cas</translation>
    </message>
    <message>
        <location filename="../app/desktop/panels/eventspanel.cpp" line="+23"/>
        <source>link</source>
        <translation>enllaç</translation>
    </message>
    <message>
        <location filename="../gis/analysis/layerexport.cpp" line="+95"/>
        <source>%1: who held each feature on %2 (Dual Power Atlas)</source>
        <translation>%1: qui tenia cada element el %2 (Dual Power Atlas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: every claim with its start and end (Dual Power Atlas)</source>
        <translation>%1: totes les reivindicacions amb el seu inici i final (Dual Power Atlas)</translation>
    </message>
    <message>
        <location filename="../gis/analysis/linkedplaces.cpp" line="+83"/>
        <source>held de facto by</source>
        <translation>en mans de facto de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claimed de jure by</source>
        <translation>reivindicat de iure per</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fought over by</source>
        <translation>disputat per</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occupied by</source>
        <translation>ocupat per</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with forces present, not governing, of</source>
        <translation>amb forces presents, sense governar, de</translation>
    </message>
    <message>
        <location filename="../gis/analysis/qgisproject.cpp" line="+176"/>
        <source>cannot zip the QGIS project</source>
        <translation>no es pot comprimir el projecte de QGIS</translation>
    </message>
    <message>
        <location filename="../gis/analysis/qgisstyle.cpp" line="+219"/>
        <source>no de facto holder</source>
        <translation>sense posseïdor de facto</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>The case study&apos;s colours and statuses</source>
        <translation>Els colors i estats de l&apos;estudi de cas</translation>
    </message>
    <message>
        <location filename="../gis/analysis/spatialfacts.cpp" line="+25"/>
        <source>too few points</source>
        <translation>massa pocs punts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong topological dimension</source>
        <translation>dimensió topològica incorrecta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spikes</source>
        <translation>punxes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate points</source>
        <translation>punts duplicats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ring not closed</source>
        <translation>anell no tancat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-intersection</source>
        <translation>autointersecció</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong ring orientation</source>
        <translation>orientació de l&apos;anell incorrecta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hole outside its polygon</source>
        <translation>forat fora del seu polígon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested holes</source>
        <translation>forats imbricats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected interior</source>
        <translation>interior desconnectat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlapping polygons</source>
        <translation>polígons superposats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong corner order</source>
        <translation>ordre de vèrtexs incorrecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid coordinate</source>
        <translation>coordenada no vàlida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid geometry</source>
        <translation>geometria no vàlida</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>its outline crosses itself%1</source>
        <translation>el seu contorn es creua amb si mateix%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two of its parts overlap%1</source>
        <translation>dues de les seves parts se superposen%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside its outline%1</source>
        <translation>un forat queda fora del seu contorn%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies inside another hole%1</source>
        <translation>un forat queda dins d&apos;un altre forat%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring has too few points to enclose an area%1</source>
        <translation>un anell té massa pocs punts per tancar una àrea%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its outline doubles back on itself (a spike)%1</source>
        <translation>el seu contorn es replega sobre si mateix (una punxa)%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; it is drawn but left out of areas, fronts and the dual-power index. Fix the outline there (dpatlas-cli repair writes a fixed copy; in QGIS: Vector &gt; Geometry Tools &gt; Check Validity, then Fix Geometries)</source>
        <translation>%1; es dibuixa, però queda fora de les àrees, els fronts i l&apos;índex de dualitat de poders. Corregiu-hi el contorn (dpatlas-cli repair n&apos;escriu una còpia reparada; a QGIS: Vectorial &gt; Eines de geometria &gt; Comprova la validesa, i després Repara les geometries)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>ring not closed%1: closed for the analyses</source>
        <translation>anell no tancat%1: es tanca per a les anàlisis</translation>
    </message>
    <message>
        <location filename="../gis/georef/georefmethod.cpp" line="+43"/>
        <source>Helmert (similarity)</source>
        <translation>Helmert (semblança)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affine (polynomial 1)</source>
        <translation>Afí (polinòmica de grau 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polynomial 2</source>
        <translation>Polinòmica de grau 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polynomial 3</source>
        <translation>Polinòmica de grau 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thin plate spline</source>
        <translation>Spline de placa prima (thin plate)</translation>
    </message>
    <message>
        <location filename="../gis/georef/georeftransform.cpp" line="+20"/>
        <source>point %1</source>
        <translation>punt %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 and %2 are on the same spot of the scan; delete or disable one</source>
        <translation>%1 i %2 són al mateix lloc de l&apos;escaneig; suprimiu-ne o desactiveu-ne un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are on the same spot of the map; delete or disable one</source>
        <translation>%1 i %2 són al mateix lloc del mapa; suprimiu-ne o desactiveu-ne un</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 needs at least %2 enabled control points; there are %3</source>
        <translation>%1 necessita almenys %2 punts de control actius; n&apos;hi ha %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the enabled control points (%1) lie on one line on the %2, so %3 cannot tell how the scan stretches across it; add a point away from that line</source>
        <translation>els punts de control actius (%1) són en una sola línia %2, així que la transformació %3 no pot saber com s&apos;estira l&apos;escaneig en l&apos;altra direcció; afegiu un punt lluny d&apos;aquesta línia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scan</source>
        <translation>a l&apos;escaneig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>map</source>
        <translation>al mapa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the control points do not determine a Helmert transformation</source>
        <translation>els punts de control no determinen una transformació de Helmert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the control points (%1) do not determine a %2: too many of them may lie on one line or curve</source>
        <translation>els punts de control (%1) no determinen una transformació %2: potser massa punts són en una sola línia o corba</translation>
    </message>
    <message>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="-32"/>
        <source>not valid JSON (%1); fix it before adding a period map</source>
        <translation>no és JSON vàlid (%1); corregiu-lo abans d&apos;afegir un mapa d&apos;època</translation>
    </message>
    <message>
        <location filename="../gis/georef/scanimage.cpp" line="+20"/>
        <location filename="../gis/georef/scanwarper.cpp" line="+52"/>
        <source>scan not found</source>
        <translation>no s&apos;ha trobat l&apos;escaneig</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../gis/georef/scanwarper.cpp" line="+4"/>
        <location line="+38"/>
        <source>GDAL cannot read this file as an image</source>
        <translation>GDAL no pot llegir aquest fitxer com a imatge</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the scan&apos;s pixels</source>
        <translation>no es poden llegir els píxels de l&apos;escaneig</translation>
    </message>
    <message>
        <location filename="../gis/georef/scanwarper.cpp" line="-35"/>
        <source>the scan is %1 x %2 pixels; at most %3 million pixels can be georeferenced: scale it down or cut it into sheets</source>
        <translation>l&apos;escaneig fa %1 x %2 píxels; com a màxim se&apos;n poden georeferenciar %3 milions: reduïu-lo o talleu-lo en fulls</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scan has %1 bands; grey, RGB or RGBA is expected</source>
        <translation>l&apos;escaneig té %1 bandes; s&apos;espera gris, RGB o RGBA</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>cannot attach the control points to the scan</source>
        <translation>no es poden associar els punts de control a l&apos;escaneig</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the control points state no CRS for their map coordinates</source>
        <translation>els punts de control no indiquen el CRS de les seves coordenades de mapa</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+89"/>
        <source>cannot warp the scan into %1</source>
        <translation>no es pot deformar l&apos;escaneig a %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>the warped map would be %1 x %2 pixels; at most %3 million are allowed (a transformation that bends far outside the points makes it huge: check the residuals, or scale the scan down)</source>
        <translation>el mapa deformat faria %1 x %2 píxels; com a màxim se n&apos;admeten %3 milions (una transformació que es corba molt fora dels punts el fa enorme: reviseu els residus o reduïu l&apos;escaneig)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../layers/export/pictureexport.cpp" line="+49"/>
        <source>folder %1 does not exist</source>
        <translation>la carpeta %1 no existeix</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../gis/io/vectorwriter.cpp" line="+323"/>
        <source>cannot write in %1 (%2)</source>
        <translation>no es pot escriure a %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cancelled; nothing was written</source>
        <translation>cancel·lat; no s&apos;ha escrit res</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>cannot write the warped map</source>
        <translation>no es pot escriure el mapa deformat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the warped map is %1 MB; a package&apos;s period map may be at most %2 MB: scale the scan down</source>
        <translation>el mapa deformat fa %1 MB; el mapa d&apos;època d&apos;un paquet pot fer com a màxim %2 MB: reduïu l&apos;escaneig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write to disk (full?)</source>
        <translation>no es pot escriure al disc (és ple?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/io/vectorwriter.cpp" line="+60"/>
        <source>cannot move the finished file into place</source>
        <translation>no es pot moure el fitxer acabat al seu lloc</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the preview needs a CRS, an extent and a size</source>
        <translation>la previsualització necessita un CRS, una extensió i una mida</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot read the warped pixels</source>
        <translation>no es poden llegir els píxels deformats</translation>
    </message>
    <message>
        <location filename="../gis/io/filelocation.cpp" line="+23"/>
        <source>near x %1, y %2 in the file&apos;s coordinates</source>
        <translation>prop de x %1, y %2 en les coordenades del fitxer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>near longitude %1, latitude %2 in the file&apos;s CRS (%3)</source>
        <translation>prop de longitud %1, latitud %2 en el CRS del fitxer (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near x %1, y %2 in the file&apos;s CRS (%3)</source>
        <translation>prop de x %1, y %2 en el CRS del fitxer (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, longitude %1, latitude %2</source>
        <translation>, longitud %1, latitud %2</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryfix.cpp" line="+101"/>
        <source>GEOS finds it invalid: %1</source>
        <translation>GEOS la considera no vàlida: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the areas of its crossing parts, which cancelled out as drawn, now add up</source>
        <translation>les àrees de les parts que es creuen, que tal com estaven dibuixades es compensaven, ara se sumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it encloses no area</source>
        <translation>no tanca cap àrea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>area unchanged</source>
        <translation>àrea sense canvis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>area changed by less than 0.1 %</source>
        <translation>l&apos;àrea ha canviat menys d&apos;un 0,1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area changed by %1%2 %</source>
        <translation>l&apos;àrea ha canviat un %1%2 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ring closed (its first point repeated at its end)</source>
        <translation>anell tancat (el primer punt s&apos;ha repetit al final)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>split into %1 parts: %n hole(s) outside the outline became part(s) of their own (delete them in QGIS if they were not meant as land)</source>
        <translation>
            <numerusform>dividit en %1 parts: %n forat fora del contorn ha passat a ser una part pròpia (suprimiu-la a QGIS si no havia de ser terra)</numerusform>
            <numerusform>dividit en %1 parts: %n forats fora del contorn han passat a ser parts pròpies (suprimiu-les a QGIS si no havien de ser terra)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>split into %1 parts</source>
        <translation>dividit en %1 parts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overlapping parts merged into %2</source>
        <translation>%1 parts superposades fusionades en %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hole(s) removed</source>
        <translation>
            <numerusform>%n forat suprimit</numerusform>
            <numerusform>%n forats suprimits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hole(s) added</source>
        <translation>
            <numerusform>%n forat afegit</numerusform>
            <numerusform>%n forats afegits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a sliver of %n point(s) that enclosed no area removed</source>
        <translation>
            <numerusform>s&apos;ha suprimit una estella de %n punt que no tancava cap àrea</numerusform>
            <numerusform>s&apos;ha suprimit una estella de %n punts que no tancava cap àrea</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n piece(s) with no area (lines or points) dropped</source>
        <translation>
            <numerusform>%n peça sense àrea (línia o punt) descartada</numerusform>
            <numerusform>%n peces sense àrea (línies o punts) descartades</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a ring is not closed (its last point does not return to its first) %1</source>
        <translation>un anell no és tancat (el seu darrer punt no torna al primer) %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>GEOS finds it invalid</source>
        <translation>GEOS la considera no vàlida</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GDAL&apos;s MakeValid could not fix it%1; redraw the outline there in QGIS</source>
        <translation>MakeValid de GDAL no l&apos;ha pogut reparar%1; torneu a dibuixar-hi el contorn a QGIS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing of it encloses an area once fixed; redraw the outline in QGIS</source>
        <translation>un cop reparada, no en queda res que tanqui una àrea; torneu a dibuixar el contorn a QGIS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GDAL&apos;s MakeValid gave a shape GEOS still finds invalid; redraw the outline there in QGIS</source>
        <translation>MakeValid de GDAL ha donat una forma que GEOS encara considera no vàlida; torneu a dibuixar-hi el contorn a QGIS</translation>
    </message>
    <message>
        <location filename="../gis/io/osmxmlwriter.cpp" line="+154"/>
        <location line="+3"/>
        <location filename="../gis/package/postgis/pgpull.cpp" line="+54"/>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="+176"/>
        <source>cannot write: %1</source>
        <translation>no es pot escriure: %1</translation>
    </message>
    <message>
        <location filename="../gis/io/stagedfolder.cpp" line="+18"/>
        <source>%1: %2 exists and is not an empty folder</source>
        <translation>%1: %2 existeix i no és una carpeta buida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: folder %2 does not exist</source>
        <translation>%1: la carpeta %2 no existeix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot write in %2 (%3)</source>
        <translation>%1: no es pot escriure a %2 (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot move the finished folder into place</source>
        <translation>%1: no es pot moure la carpeta acabada al seu lloc</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorwriter.cpp" line="-222"/>
        <source>a shapefile holds one kind of geometry, and %1 mixes areas, lines or points: export one layer at a time, or write a GeoPackage (.gpkg), which holds them all</source>
        <translation>un shapefile conté un sol tipus de geometria, i %1 barreja àrees, línies o punts: exporteu les capes d&apos;una en una, o escriviu un GeoPackage (.gpkg), que les admet totes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot create layer %1</source>
        <translation>no es pot crear la capa %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot create field %1</source>
        <translation>no es pot crear el camp %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot write feature %1 of %2</source>
        <translation>no es pot escriure l&apos;element %1 de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot finish writing</source>
        <translation>no es pot acabar d&apos;escriure</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the written file does not read back (is the disk full?)</source>
        <translation>el fitxer escrit no es pot tornar a llegir (el disc és ple?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the written file reads back with %1 of %2 features (is the disk full?)</source>
        <translation>en tornar a llegir el fitxer escrit hi ha %1 de %2 elements (el disc és ple?)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown format: name the file .gpkg, .geojson, .shp, .kml, .fgb or .csv</source>
        <translation>format desconegut: poseu al fitxer l&apos;extensió .gpkg, .geojson, .shp, .kml, .fgb o .csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write: folder %1 does not exist</source>
        <translation>no es pot escriure: la carpeta %1 no existeix</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a shapefile set of this name is there already (%1); a set of files cannot be replaced in one step: delete it or choose another name</source>
        <translation>ja hi ha un conjunt shapefile amb aquest nom (%1); un conjunt de fitxers no es pot substituir d&apos;un sol cop: suprimiu-lo o trieu un altre nom</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL no té el controlador %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a shapefile set of this name is there already; a set of files cannot be replaced in one step: delete it or choose another name</source>
        <translation>ja hi ha un conjunt shapefile amb aquest nom; un conjunt de fitxers no es pot substituir d&apos;un sol cop: suprimiu-lo o trieu un altre nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create file</source>
        <translation>no es pot crear el fitxer</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../layers/export/animationexport.cpp" line="+28"/>
        <source>cancelled</source>
        <translation>cancel·lat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error while writing</source>
        <translation>error en escriure</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write %1 to disk (full?)</source>
        <translation>no es pot escriure %1 al disc (és ple?)</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/editabletable.cpp" line="-2"/>
        <source>the table is larger than %L1 bytes</source>
        <translation>la taula supera els %L1 bytes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this row cannot be read (%1): mend it in a text editor first, so that saving the table loses nothing</source>
        <translation>aquesta fila no es pot llegir (%1): arregleu-la primer en un editor de text, perquè en desar la taula no es perdi res</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/editabletables.cpp" line="+53"/>
        <source>cannot read the manifest</source>
        <translation>no es pot llegir el manifest</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the table &quot;%2&quot; is outside the package</source>
        <translation>%1: la taula &quot;%2&quot; és fora del paquet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot write the table to check it: %1</source>
        <translation>no es pot escriure la taula per comprovar-la: %1</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/tableautosave.cpp" line="+134"/>
        <source>cannot create the autosave folder</source>
        <translation>no es pot crear la carpeta de desament automàtic</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>cannot autosave: %1</source>
        <translation>no es pot desar automàticament: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the autosave cannot be read</source>
        <translation>no es pot llegir el desament automàtic</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the manifest no longer names this table</source>
        <translation>el manifest ja no esmenta aquesta taula</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the autosaved table</source>
        <translation>no es pot llegir la taula desada automàticament</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot move the autosave here</source>
        <translation>no es pot moure aquí el desament automàtic</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/tablesave.cpp" line="+42"/>
        <source>the table changed on disk since it was opened for editing (another program saved it?); nothing was saved. Reopen the case study to see that version.</source>
        <translation>la taula ha canviat al disc des que es va obrir per editar-la (l&apos;ha desada un altre programa?); no s&apos;ha desat res. Torneu a obrir l&apos;estudi de cas per veure aquella versió.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot save: %1; nothing was saved</source>
        <translation>no es pot desar: %1; no s&apos;ha desat res</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot save: %1</source>
        <translation>no es pot desar: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>; nothing was changed</source>
        <translation>; no s&apos;ha canviat res</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 could not be put back as it was and hold(s) the edits</source>
        <translation>; %1 no s&apos;ha pogut deixar com estava i conté les modificacions</translation>
    </message>
    <message>
        <location filename="../gis/package/import/columnmapping.cpp" line="+106"/>
        <source>column &quot;%1&quot; would be read as both %2 and %3: say which with --map</source>
        <translation>la columna &quot;%1&quot; es llegiria alhora com a %2 i com a %3: indiqueu quina amb --map</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--map %1: write --map COLUMN=HEADING, COLUMN one of %2</source>
        <translation>--map %1: escriviu --map COLUMNA=ENCAPÇALAMENT, on COLUMNA és una de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map %1: the file has no column &quot;%2&quot; (its columns: %3)</source>
        <translation>--map %1: el fitxer no té cap columna &quot;%2&quot; (les seves columnes: %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no column for &quot;%1&quot;: name it with --map %1=HEADING (the file&apos;s columns: %2)</source>
        <translation>no hi ha cap columna per a &quot;%1&quot;: indiqueu-la amb --map %1=ENCAPÇALAMENT (les columnes del fitxer: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/importtable.cpp" line="-10"/>
        <source>semicolon-separated CSV</source>
        <translation>CSV separat per punts i comes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab-separated text</source>
        <translation>text separat per tabulacions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated CSV</source>
        <translation>CSV separat per comes</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>column &quot;%1&quot; holds a date cell before 1 March 1900 (read as %2-%3-%4), and spreadsheet programs disagree about such cells by a day: type the date as text (in the cell: &apos;1871-03-22) or save the sheet as CSV or .ods</source>
        <translation>la columna &quot;%1&quot; conté una cel·la de data anterior a l&apos;1 de març de 1900 (llegida com a %2-%3-%4), i els fulls de càlcul discrepen en un dia sobre aquestes cel·les: escriviu la data com a text (a la cel·la: &apos;1871-03-22) o deseu el full com a CSV o .ods</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot be read as a %1 workbook</source>
        <translation>no es pot llegir com a llibre %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the workbook has no sheet with data</source>
        <translation>el llibre no té cap full amb dades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no sheet &quot;%1&quot; (its sheets: %2)</source>
        <translation>no té cap full &quot;%1&quot; (els seus fulls: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet &quot;%1&quot; of an %2 workbook</source>
        <translation>full &quot;%1&quot; d&apos;un llibre %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>file not found: %1</source>
        <translation>no s&apos;ha trobat el fitxer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file is %1 MB; at most %2 MB can be imported</source>
        <translation>el fitxer fa %1 MB; com a màxim se&apos;n poden importar %2 MB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>old Excel .xls files cannot be read: save the sheet as .xlsx or CSV UTF-8</source>
        <translation>els fitxers antics .xls d&apos;Excel no es poden llegir: deseu el full com a .xlsx o CSV UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sheet is for .xlsx and .ods workbooks; this file is a text table</source>
        <translation>--sheet és per a llibres .xlsx i .ods; aquest fitxer és una taula de text</translation>
    </message>
    <message>
        <location filename="../gis/package/import/importvalues.cpp" line="+75"/>
        <source>write %1 (year-month-day, with hyphens)</source>
        <translation>escriviu %1 (any-mes-dia, amb guionets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write %1 (year-month-day), or give --dates dmy to read every day-first date</source>
        <translation>escriviu %1 (any-mes-dia), o indiqueu --dates dmy per llegir totes les dates amb el dia primer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write %1 (year-month-day), or give --dates mdy to read every month-first date</source>
        <translation>escriviu %1 (any-mes-dia), o indiqueu --dates mdy per llegir totes les dates amb el mes primer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is it %1 or %2? Write year-month-day, or give --dates dmy (day first) or --dates mdy</source>
        <translation>és %1 o %2? Escriviu any-mes-dia, o indiqueu --dates dmy (dia primer) o --dates mdy</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>write %1 (year-month-day)</source>
        <translation>escriviu %1 (any-mes-dia)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write %1 (a decimal point, not a comma)</source>
        <translation>escriviu %1 (amb punt decimal, no coma)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/packageimport.cpp" line="+61"/>
        <location filename="../gis/package/import/placesimport.cpp" line="-20"/>
        <source>%1 is not a package folder: import into a folder (a packed .gpkg can be unpacked with `dpatlas-cli unpack`)</source>
        <translation>%1 no és una carpeta de paquet: importeu en una carpeta (un .gpkg empaquetat es pot desempaquetar amb `dpatlas-cli unpack`)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the manifest names no %1 table: add &quot;%1&quot;: &quot;%1.csv&quot; to it</source>
        <translation>el manifest no esmenta cap taula %1: afegiu-hi &quot;%1&quot;: &quot;%1.csv&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1, %n row(s)</source>
        <translation>
            <numerusform>%1, %n fila</numerusform>
            <numerusform>%1, %n files</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file has a header but no rows to import</source>
        <translation>el fitxer té capçalera però cap fila per importar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the manifest names no sources table for the sources cited: add &quot;sources&quot;: &quot;sources.csv&quot;</source>
        <translation>el manifest no esmenta cap taula de fonts per a les fonts citades: afegiu-hi &quot;sources&quot;: &quot;sources.csv&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write a scratch copy of the tables to check them: %1</source>
        <translation>no es pot escriure una còpia de treball de les taules per comprovar-les: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../gis/package/import/placesimport.cpp" line="+140"/>
        <location line="+8"/>
        <source>cannot write: %1 (nothing was changed)</source>
        <translation>no es pot escriure: %1 (no s&apos;ha canviat res)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write: %1%2</source>
        <translation>no es pot escriure: %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the cited sources were added to %1)</source>
        <translation> (les fonts citades s&apos;han afegit a %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (nothing was changed)</source>
        <translation> (no s&apos;ha canviat res)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/referencefinder.cpp" line="+56"/>
        <source>no feature given</source>
        <translation>no s&apos;ha indicat cap element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer &quot;%1&quot; is not a feature layer of the package (its feature layers: %2)</source>
        <translation>la capa &quot;%1&quot; no és una capa d&apos;elements del paquet (les seves capes d&apos;elements: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; could be any of %2: give the layer (a layer column or --layer) or the id</source>
        <translation>&quot;%1&quot; podria ser qualsevol de %2: indiqueu la capa (una columna de capa o --layer) o l&apos;id</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any feature layer</source>
        <translation>qualsevol capa d&apos;elements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>layer &quot;%1&quot;</source>
        <translation>la capa &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feature of %1 has the id or name &quot;%2&quot;</source>
        <translation>cap element de %1 no té l&apos;id o el nom &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feature of %1 has the id or name &quot;%2&quot; (did you mean %3?)</source>
        <translation>cap element de %1 no té l&apos;id o el nom &quot;%2&quot; (volíeu dir %3?)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is the name of more than one authority (%2): use the id</source>
        <translation>&quot;%1&quot; és el nom de més d&apos;una autoritat (%2): feu servir l&apos;id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>authority &quot;%1&quot; is not in the manifest (its authorities: %2)</source>
        <translation>l&apos;autoritat &quot;%1&quot; no és al manifest (les seves autoritats: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/tablemerge.cpp" line="-4"/>
        <source>this row of the package&apos;s table cannot be read (%1): mend it first, so that rewriting the table loses nothing</source>
        <translation>aquesta fila de la taula del paquet no es pot llegir (%1): arregleu-la primer, perquè en reescriure la taula no es perdi res</translation>
    </message>
    <message numerus="yes">
        <location filename="../gis/package/newcasestudy.cpp" line="+55"/>
        <source> (and %n more problem(s); `dpatlas-cli import --places` lists them all)</source>
        <translation>
            <numerusform> (i %n problema més; `dpatlas-cli import --places` els llista tots)</numerusform>
            <numerusform> (i %n problemes més; `dpatlas-cli import --places` els llista tots)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+90"/>
        <source>no features to claim</source>
        <translation>no hi ha elements per reivindicar</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&quot;%1&quot;: an id is lower-case letters, digits and -, as petrograd-1917</source>
        <translation>&quot;%1&quot;: un id són lletres minúscules, xifres i -, com ara petrograd-1917</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study needs a title</source>
        <translation>l&apos;estudi de cas necessita un títol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first date of the period &quot;%1&quot;: %2</source>
        <translation>primera data del període &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last date of the period &quot;%1&quot;: %2</source>
        <translation>darrera data del període &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period %1..%2 ends before it starts</source>
        <translation>el període %1..%2 acaba abans de començar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a projected CRS to draw and measure in</source>
        <translation>trieu un CRS projectat per dibuixar i mesurar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least one authority is needed: every claim names one</source>
        <translation>cal almenys una autoritat: cada reivindicació n&apos;esmenta una</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authority id &quot;%1&quot;: lower-case letters, digits and _, as central_committee</source>
        <translation>id d&apos;autoritat &quot;%1&quot;: lletres minúscules, xifres i _, com ara central_committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority id &quot;%1&quot; is used twice</source>
        <translation>l&apos;id d&apos;autoritat &quot;%1&quot; es fa servir dues vegades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authority &quot;%1&quot; needs a name</source>
        <translation>l&apos;autoritat &quot;%1&quot; necessita un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority &quot;%1&quot;: colour &quot;%2&quot; is not #rrggbb</source>
        <translation>autoritat &quot;%1&quot;: el color &quot;%2&quot; no és #rrggbb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least one layer of features is needed</source>
        <translation>cal almenys una capa d&apos;elements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>field &quot;%1&quot; is missing, empty or repeated in some features (fields: %2)</source>
        <translation>el camp &quot;%1&quot; falta, és buit o es repeteix en alguns elements (camps: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no field &quot;%1&quot; (fields: %2)</source>
        <translation>no hi ha cap camp &quot;%1&quot; (camps: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create the package</source>
        <translation>no es pot crear el paquet</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot write the package&apos;s files</source>
        <translation>no es poden escriure els fitxers del paquet</translation>
    </message>
    <message>
        <location filename="../gis/package/packagearchive.cpp" line="-178"/>
        <source>cannot read the size of the packed files</source>
        <translation>no es pot llegir la mida dels fitxers empaquetats</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refusing to unpack: one packed file is %1 MB; at most %2 MB is allowed</source>
        <translation>es refusa desempaquetar: un fitxer empaquetat fa %1 MB; com a màxim se n&apos;admeten %2 MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refusing to unpack: the packed files come to %1 MB; at most %2 MB is allowed</source>
        <translation>es refusa desempaquetar: els fitxers empaquetats sumen %1 MB; com a màxim se n&apos;admeten %2 MB</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot pack the case study: %1</source>
        <translation>no es pot empaquetar l&apos;estudi de cas: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../gis/package/postgis/pgpush.cpp" line="+311"/>
        <source>%1: a symbolic link to a file outside the package folder; copy the file in</source>
        <translation>%1: un enllaç simbòlic a un fitxer de fora de la carpeta del paquet; copieu-hi el fitxer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the folder holds more than 2 GB</source>
        <translation>la carpeta conté més de 2 GB</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/package/postgis/pgpush.cpp" line="-43"/>
        <source>cannot read %1: %2</source>
        <translation>no es pot llegir %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a packed case study is a GeoPackage: name it .gpkg</source>
        <translation>un estudi de cas empaquetat és un GeoPackage: poseu-li l&apos;extensió .gpkg</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the layer %1 would overwrite the package&apos;s own table of that name</source>
        <translation>la capa %1 sobreescriuria la taula del paquet que porta aquest nom</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a GeoPackage</source>
        <translation>no és un GeoPackage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refusing to unpack: %1 is a %2, not a plain table</source>
        <translation>es refusa desempaquetar: %1 és de tipus %2, no una taula simple</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a packed case study: it has no %1 table (dpatlas-cli export --package makes one)</source>
        <translation>no és un estudi de cas empaquetat: no té cap taula %1 (dpatlas-cli export --package en fa un)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>table %1 needs a text column &quot;path&quot; and a BLOB column &quot;content&quot;</source>
        <translation>la taula %1 necessita una columna de text &quot;path&quot; i una columna BLOB &quot;content&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create folder %1</source>
        <translation>no es pot crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot unpack</source>
        <translation>no es pot desempaquetar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refusing to unpack &quot;%1&quot;: not a relative path inside the package</source>
        <translation>es refusa desempaquetar &quot;%1&quot;: no és un camí relatiu dins del paquet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>no es pot escriure %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the packed case study has no manifest.json</source>
        <translation>l&apos;estudi de cas empaquetat no té manifest.json</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read: %1</source>
        <translation>no es pot llegir: %1</translation>
    </message>
    <message>
        <location filename="../gis/package/cachefolder.cpp" line="+21"/>
        <source>cannot create the cache folder</source>
        <translation>no es pot crear la carpeta de la memòria cau</translation>
    </message>
    <message>
        <location filename="../gis/package/packagearchive.cpp" line="+8"/>
        <source>another program has been unpacking this file for two minutes; try again</source>
        <translation>fa dos minuts que un altre programa desempaqueta aquest fitxer; torneu-ho a provar</translation>
    </message>
    <message>
        <location filename="../gis/time/historicaldateparse.cpp" line="+14"/>
        <source>write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM; a season as YYYY-21 (spring), -22 (summer), -23 (autumn) or -24 (winter); X for unknown digits (191X, 19XX, 1917-XX, 1917-10-XX, 1917-XX-XX); Y12345 or Y-12345 for a year of more than four digits; each optionally followed by ~ ? or %</source>
        <translation>escriviu AAAA, AAAA-MM, AAAA-MM-DD o AAAA-MM-DDTHH:MM; una estació com a AAAA-21 (primavera), -22 (estiu), -23 (tardor) o -24 (hivern); X per a les xifres desconegudes (191X, 19XX, 1917-XX, 1917-10-XX, 1917-XX-XX); Y12345 o Y-12345 per a un any de més de quatre xifres; cadascun seguit opcionalment de ~ ? o %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation>&quot;%1&quot; no és una data: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>years from -%1 to %1 only (the calendars here are not made for longer spans)</source>
        <translation>només anys de -%1 a %1 (aquests calendaris no estan fets per a intervals més llargs)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the Y prefix is only for years of more than four digits: write %1</source>
        <translation>el prefix Y només és per a anys de més de quatre xifres: escriviu %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>only the last one or two digits of a year can be X, as in 191X (1910 to 1919) or 19XX (1900 to 1999)</source>
        <translation>només les darreres una o dues xifres d&apos;un any poden ser X, com a 191X (1910 a 1919) o 19XX (1900 a 1999)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this spans years on both sides of 0: write an interval such as -0009/0009</source>
        <translation>això abasta anys a banda i banda del 0: escriviu un interval com ara -0009/0009</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no year -0000: 1 BC is written 0000</source>
        <translation>no existeix l&apos;any -0000: l&apos;any 1 aC s&apos;escriu 0000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a year with X digits stands alone (191X), without month or day</source>
        <translation>un any amb xifres X va sol (191X), sense mes ni dia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write the month in full or as XX (1917-XX): a partly known month such as 1X is not EDTF level 1</source>
        <translation>escriviu el mes sencer o com a XX (1917-XX): un mes conegut en part, com ara 1X, no és EDTF de nivell 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>month %1 does not exist: months are 01 to 12, seasons 21 (spring), 22 (summer), 23 (autumn) and 24 (winter)</source>
        <translation>el mes %1 no existeix: els mesos són de 01 a 12, les estacions 21 (primavera), 22 (estiu), 23 (tardor) i 24 (hivern)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a season has no day: write %1 for the season, or a month</source>
        <translation>una estació no té dia: escriviu %1 per a l&apos;estació, o un mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the day in full or as XX (1917-10-XX)</source>
        <translation>escriviu el dia sencer o com a XX (1917-10-XX)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a day needs its month: write %1-XX-XX, or give the month</source>
        <translation>un dia necessita el seu mes: escriviu %1-XX-XX, o indiqueu el mes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a time needs a whole date before it: YYYY-MM-DDTHH:MM</source>
        <translation>una hora necessita una data completa al davant: AAAA-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>time zones are not used: every time is the local time of the case study; write %1 without &quot;%2&quot;</source>
        <translation>no es fan servir fusos horaris: cada hora és l&apos;hora local de l&apos;estudi de cas; escriviu %1 sense &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>time %1 does not exist</source>
        <translation>l&apos;hora %1 no existeix</translation>
    </message>
    <message>
        <location filename="../gis/time/timestep.cpp" line="+14"/>
        <source>bad step &quot;%1&quot;: write a number and a unit, h (hours), d (days), w (weeks), m (months) or y (years), e.g. 1d</source>
        <translation>pas incorrecte &quot;%1&quot;: escriviu un nombre i una unitat, h (hores), d (dies), w (setmanes), m (mesos) o y (anys), p. ex. 1d</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the end date is before the start date</source>
        <translation>la data final és anterior a la inicial</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>steps of %1 make more than %2 frames: choose a longer step or a shorter range</source>
        <translation>amb passos de %1 surten més de %2 fotogrames: trieu un pas més llarg o un interval més curt</translation>
    </message>
    <message>
        <location filename="../layers/export/animationexport.cpp" line="+6"/>
        <source>.gif, .mp4 (H.264), .webm (VP9), or a folder ending in / for PNG frames</source>
        <translation>.gif, .mp4 (H.264), .webm (VP9), o una carpeta acabada en / per a fotogrames PNG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name the animation %1</source>
        <translation>anomeneu l&apos;animació %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a frame size of %1x%2 is outside 64x64 to 7680x4320</source>
        <translation>una mida de fotograma de %1x%2 és fora de l&apos;interval de 64x64 a 7680x4320</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../layers/export/videosink.cpp" line="+71"/>
        <source>a video&apos;s width and height must be even, not %1x%2</source>
        <translation>l&apos;amplada i l&apos;alçada d&apos;un vídeo han de ser parells, no %1x%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a frame rate of %1 is outside 1 to 60</source>
        <translation>una freqüència de %1 fotogrames per segon és fora de l&apos;interval d&apos;1 a 60</translation>
    </message>
    <message>
        <location filename="../layers/export/gifsink.cpp" line="+56"/>
        <source>cannot write the GIF: %1</source>
        <translation>no es pot escriure el GIF: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a GIF is at most 65535 pixels wide and high</source>
        <translation>un GIF fa com a màxim 65535 píxels d&apos;amplada i d&apos;alçada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the GIF: folder %1 does not exist</source>
        <translation>no es pot escriure el GIF: la carpeta %1 no existeix</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../layers/export/videosink.cpp" line="+102"/>
        <source>frame %1 is %2x%3, not %4x%5</source>
        <translation>el fotograma %1 fa %2x%3, no %4x%5</translation>
    </message>
    <message>
        <location filename="../layers/export/pictureexport.cpp" line="-33"/>
        <source>cannot write the picture: %1</source>
        <translation>no es pot escriure la imatge: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a resolution of %1 dpi is outside 10 to 2400</source>
        <translation>una resolució de %1 ppp és fora de l&apos;interval de 10 a 2400</translation>
    </message>
    <message>
        <location filename="../layers/export/pngsequencesink.cpp" line="+24"/>
        <source>cannot write frames</source>
        <translation>no es poden escriure els fotogrames</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write frame %1 (disk full?)</source>
        <translation>no es pot escriure el fotograma %1 (el disc és ple?)</translation>
    </message>
    <message>
        <location filename="../layers/export/videosink.cpp" line="-112"/>
        <source>cannot write the video: %1</source>
        <translation>no es pot escriure el vídeo: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a frame rate of %1 is outside 1 to 120</source>
        <translation>una freqüència de %1 fotogrames per segon és fora de l&apos;interval d&apos;1 a 120</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the video: folder %1 does not exist</source>
        <translation>no es pot escriure el vídeo: la carpeta %1 no existeix</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FFmpeg has no %1 encoder</source>
        <translation>FFmpeg no té el codificador %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no container</source>
        <translation>no hi ha contenidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+51"/>
        <source>out of memory</source>
        <translation>memòria exhaurida</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>cannot open the encoder</source>
        <translation>no es pot obrir el codificador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoder parameters</source>
        <translation>paràmetres del codificador</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write the header</source>
        <translation>no es pot escriure la capçalera</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no colour conversion to yuv420p</source>
        <translation>no hi ha conversió de color a yuv420p</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>encoding frame %1</source>
        <translation>codificant el fotograma %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>writing</source>
        <translation>escrivint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encoding</source>
        <translation>codificant</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>cannot finish the file</source>
        <translation>no es pot acabar el fitxer</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgcache.cpp" line="+86"/>
        <source>another program has been pulling a case study for two minutes; try again</source>
        <translation>fa dos minuts que un altre programa baixa un estudi de cas; torneu-ho a provar</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>cannot write in the cache folder: %1</source>
        <translation>no es pot escriure a la carpeta de la memòria cau: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot move the pulled copy into the cache</source>
        <translation>no es pot moure la còpia baixada a la memòria cau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a case study pulled from a database</source>
        <translation>no és un estudi de cas baixat d&apos;una base de dades</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the record of where this copy was pulled from is damaged; open it from the database again</source>
        <translation>el registre d&apos;on es va baixar aquesta còpia està malmès; torneu-la a obrir des de la base de dades</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgcasestudyschema.cpp" line="+14"/>
        <source>it holds no case study (dpatlas-cli push puts one there)</source>
        <translation>no conté cap estudi de cas (dpatlas-cli push n&apos;hi posa un)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its case studies are in schema(s): %1</source>
        <translation>els seus estudis de cas són als esquemes: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no schema named: write the case study&apos;s schema after &apos;#&apos; (pg:CONNECTION#SCHEMA); %1: %2</source>
        <translation>no s&apos;ha indicat cap esquema: escriviu l&apos;esquema de l&apos;estudi de cas després de &apos;#&apos; (pg:CONNECTION#SCHEMA); %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no schema &quot;%2&quot;; %3</source>
        <translation>%1 no té cap esquema &quot;%2&quot;; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema &quot;%1&quot; of %2 is not a case study (it has no %3 table); %4</source>
        <translation>l&apos;esquema &quot;%1&quot; de %2 no és un estudi de cas (no té cap taula %3); %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schema &quot;%1&quot; of %2 is not a case study: its %3 table has %4 rows instead of one</source>
        <translation>l&apos;esquema &quot;%1&quot; de %2 no és un estudi de cas: la seva taula %3 té %4 files en lloc d&apos;una</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema &quot;%1&quot; holds a case study in format &quot;%2&quot;, which this version of Dual Power Atlas does not read (it reads %3); a newer version may</source>
        <translation>l&apos;esquema &quot;%1&quot; conté un estudi de cas en el format &quot;%2&quot;, que aquesta versió de Dual Power Atlas no llegeix (llegeix %3); potser una versió més nova sí</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgconnection.cpp" line="+16"/>
        <source>the default server</source>
        <translation>el servidor per defecte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the PostgreSQL server at %1 asks for a password for user &quot;%2&quot; and none was given: put it in ~/.pgpass (or PGPASSWORD), or add password=… to the connection</source>
        <translation>el servidor PostgreSQL de %1 demana una contrasenya per a l&apos;usuari &quot;%2&quot; i no se n&apos;ha donat cap: poseu-la a ~/.pgpass (o a PGPASSWORD), o afegiu password=… a la connexió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PostgreSQL server at %1 refused the password for user &quot;%2&quot; (or there is no such user): check the password in the connection, ~/.pgpass or PGPASSWORD</source>
        <translation>el servidor PostgreSQL de %1 ha rebutjat la contrasenya de l&apos;usuari &quot;%2&quot; (o aquest usuari no existeix): comproveu la contrasenya a la connexió, a ~/.pgpass o a PGPASSWORD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no PostgreSQL server answers at %1: is it running, and are host and port right?</source>
        <translation>cap servidor PostgreSQL no respon a %1: està en marxa, i l&apos;amfitrió i el port són correctes?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PostgreSQL server at %1 has no database &quot;%2&quot;: create it (createdb %2) or correct dbname</source>
        <translation>el servidor PostgreSQL de %1 no té cap base de dades &quot;%2&quot;: creeu-la (createdb %2) o corregiu dbname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PostgreSQL server at %1 did not answer in time</source>
        <translation>el servidor PostgreSQL de %1 no ha respost a temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to the PostgreSQL server at %1</source>
        <translation>no es pot connectar al servidor PostgreSQL de %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>cannot connect to PostgreSQL: out of memory</source>
        <translation>no es pot connectar a PostgreSQL: memòria insuficient</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>database &quot;%1&quot; at %2</source>
        <translation>base de dades &quot;%1&quot; a %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the connection to the PostgreSQL server at %1 was lost</source>
        <translation>s&apos;ha perdut la connexió amb el servidor PostgreSQL de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user &quot;%1&quot; lacks the privilege for this in %2: %3</source>
        <translation>l&apos;usuari &quot;%1&quot; no té el privilegi per fer això a %2: %3</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the PostgreSQL server of %1 has no PostGIS installed: install it on the server (on Debian: apt install postgresql-%2-postgis-3), then run CREATE EXTENSION postgis; in database &quot;%3&quot;</source>
        <translation>el servidor PostgreSQL de %1 no té PostGIS instal·lat: instal·leu-lo al servidor (a Debian: apt install postgresql-%2-postgis-3) i després executeu CREATE EXTENSION postgis; a la base de dades &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no PostGIS extension: connect to it as its owner or a superuser and run CREATE EXTENSION postgis; (psql -d %2 -c &apos;CREATE EXTENSION postgis&apos;)</source>
        <translation>%1 no té l&apos;extensió PostGIS: connecteu-vos-hi com a propietari o superusuari i executeu CREATE EXTENSION postgis; (psql -d %2 -c &apos;CREATE EXTENSION postgis&apos;)</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="-107"/>
        <source>layer &quot;%1&quot; is not a plain table</source>
        <translation>la capa &quot;%1&quot; no és una taula simple</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+7"/>
        <source>the server stopped taking the layer&apos;s rows</source>
        <translation>el servidor ha deixat d&apos;acceptar les files de la capa</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no layer to write</source>
        <translation>no hi ha cap capa per escriure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GDAL has no %1 driver to write the layer with</source>
        <translation>GDAL no té cap controlador %1 per escriure la capa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the layer file</source>
        <translation>no es pot crear el fitxer de la capa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create layer &quot;%1&quot;</source>
        <translation>no es pot crear la capa &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create attribute &quot;%1&quot;</source>
        <translation>no es pot crear l&apos;atribut &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a geometry of layer &quot;%1&quot; cannot be read back</source>
        <translation>una geometria de la capa &quot;%1&quot; no es pot tornar a llegir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write a feature of layer &quot;%1&quot;</source>
        <translation>no es pot escriure un element de la capa &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write the layer file</source>
        <translation>no es pot escriure el fitxer de la capa</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgpull.cpp" line="-5"/>
        <location line="+73"/>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="-17"/>
        <source>refusing to write &quot;%1&quot;: not a relative path inside the package</source>
        <translation>es refusa escriure &quot;%1&quot;: no és un camí relatiu dins del paquet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>pulling cancelled</source>
        <translation>s&apos;ha cancel·lat la baixada</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot pull the case study</source>
        <translation>no es pot baixar l&apos;estudi de cas</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgpush.cpp" line="-241"/>
        <source>cannot push the case study: %1</source>
        <translation>no es pot pujar l&apos;estudi de cas: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>column &quot;%1&quot;: names starting with dpa_ are kept for the database&apos;s own columns</source>
        <translation>columna &quot;%1&quot;: els noms que comencen per dpa_ es reserven per a les columnes pròpies de la base de dades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &quot;%1&quot; is empty, longer than 63 bytes or named twice, so it cannot be a database column</source>
        <translation>la columna &quot;%1&quot; és buida, fa més de 63 bytes o té el nom repetit, així que no pot ser una columna de la base de dades</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 fa més de %2 MB</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>schema names starting with pg_ and information_schema belong to PostgreSQL</source>
        <translation>els noms d&apos;esquema que comencen per pg_ i information_schema pertanyen a PostgreSQL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the manifest: %1</source>
        <translation>no es pot llegir el manifest: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>schema &quot;%1&quot; of %2 exists and holds other tables, not a case study, so it is never replaced: choose another --schema</source>
        <translation>l&apos;esquema &quot;%1&quot; de %2 existeix i conté altres taules, no un estudi de cas, així que no es reemplaça mai: trieu un altre --schema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>schema &quot;%1&quot; of %2 holds case study %3 already (revision %4, saved by %5 on %6): add --replace to overwrite it, or choose another --schema</source>
        <translation>l&apos;esquema &quot;%1&quot; de %2 ja conté l&apos;estudi de cas %3 (revisió %4, desat per %5 el %6): afegiu --replace per sobreescriure&apos;l, o trieu un altre --schema</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pguri.cpp" line="+41"/>
        <source>&quot;%1&quot; is not a database address: write pg:CONNECTION#SCHEMA</source>
        <translation>&quot;%1&quot; no és una adreça de base de dades: escriviu pg:CONNECTION#SCHEMA</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database connection &quot;%1&quot; cannot be read: %2</source>
        <translation>no es pot llegir la connexió a la base de dades &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema name &quot;%1&quot; is longer than PostgreSQL&apos;s 63 bytes</source>
        <translation>el nom d&apos;esquema &quot;%1&quot; supera els 63 bytes de PostgreSQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema name &quot;%1&quot; holds a NUL character</source>
        <translation>el nom d&apos;esquema &quot;%1&quot; conté un caràcter NUL</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgtablesave.cpp" line="+99"/>
        <source>nothing was saved: the case study in schema &quot;%1&quot; was pushed again (replaced) since you opened it. Open it from the database again to see what it holds now.</source>
        <translation>no s&apos;ha desat res: l&apos;estudi de cas de l&apos;esquema &quot;%1&quot; s&apos;ha tornat a pujar (reemplaçat) des que el vau obrir. Torneu-lo a obrir des de la base de dades per veure què conté ara.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study was last saved by %1 on %2</source>
        <translation>l&apos;estudi de cas el va desar per última vegada %1 el %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the database has no table for %1; nothing was saved</source>
        <translation>la base de dades no té cap taula per a %1; no s&apos;ha desat res</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this copy no longer matches the rows it was pulled with; nothing was saved. Open the case study from the database again.</source>
        <translation>aquesta còpia ja no coincideix amb les files amb què es va baixar; no s&apos;ha desat res. Torneu a obrir l&apos;estudi de cas des de la base de dades.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: its columns were changed by someone else (they are now %2)</source>
        <translation>%1: algú altre n&apos;ha canviat les columnes (ara són %2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: deleted by someone else (%2)</source>
        <translation>%1: suprimit per algú altre (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: changed by %2 on %3</source>
        <translation>%1: canviat per %2 el %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was saved: since you opened the case study, others saved rows you edited:
%1
Open the case study from the database again to see their version, and make your edits to it (note them first: opening again discards them).</source>
        <translation>No s&apos;ha desat res: des que vau obrir l&apos;estudi de cas, altres persones han desat files que heu modificat:
%1
Torneu a obrir l&apos;estudi de cas des de la base de dades per veure&apos;n la versió, i feu-hi les vostres modificacions (anoteu-les abans: tornar-lo a obrir les descarta).</translation>
    </message>
    <message>
        <location filename="../gis/core/jsontextedit.cpp" line="+182"/>
        <source>not a JSON object (%1)</source>
        <translation>no és un objecte JSON (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry to add is not one JSON value (%1)</source>
        <translation>l&apos;entrada que cal afegir no és un sol valor JSON (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no element %1 in &quot;%2&quot; to replace</source>
        <translation>no hi ha cap element %1 a &quot;%2&quot; per reemplaçar</translation>
    </message>
    <message>
        <location filename="../gis/package/import/linkedplacesfile.cpp" line="-248"/>
        <source>a position is not [longitude, latitude] but %1</source>
        <translation>una posició no és [longitud, latitud] sinó %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>position [%1, %2] is not a longitude (-180 to 180) and latitude (-90 to 90): Linked Places are in WGS 84, longitude first</source>
        <translation>la posició [%1, %2] no és una longitud (-180 a 180) i una latitud (-90 a 90): els Linked Places són en WGS 84, amb la longitud primer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a list of positions</source>
        <translation>%1 no és una llista de posicions</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 has %n position(s), fewer than %2</source>
        <translation>
            <numerusform>%1 té %n posició, menys de %2</numerusform>
            <numerusform>%1 té %n posicions, menys de %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a polygon is not a list of rings</source>
        <translation>un polígon no és una llista d&apos;anells</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a polygon&apos;s ring</source>
        <translation>un anell d&apos;un polígon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a polygon&apos;s ring encloses nothing (fewer than 3 distinct positions)</source>
        <translation>un anell d&apos;un polígon no tanca res (menys de 3 posicions diferents)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the geometry is not an object</source>
        <translation>la geometria no és un objecte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the geometry has no type</source>
        <translation>la geometria no té tipus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometry type &quot;%1&quot; is not one of %2</source>
        <translation>el tipus de geometria &quot;%1&quot; no és cap de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>geometry collections nested too deep</source>
        <translation>col·leccions de geometries imbricades a massa nivells</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an empty geometry collection</source>
        <translation>una col·lecció de geometries buida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a %1 given as geowkt only: give its GeoJSON coordinates</source>
        <translation>%1 només en geowkt: doneu-ne les coordenades GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 without coordinates</source>
        <translation>%1 sense coordenades</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>a line</source>
        <translation>una línia</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>a MultiPoint</source>
        <translation>un MultiPoint</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a MultiLineString without lines</source>
        <translation>un MultiLineString sense línies</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a MultiPolygon without polygons</source>
        <translation>un MultiPolygon sense polígons</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>features[%1] (@id %2): id &quot;%3&quot; is that of features[%4] too; this one&apos;s is &quot;%5&quot;</source>
        <translation>features[%1] (@id %2): l&apos;id &quot;%3&quot; també és el de features[%4]; el d&apos;aquest és &quot;%5&quot;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file is %1 MB, more than a layer may be (%2 MB)</source>
        <translation>el fitxer fa %1 MB, més del que pot fer una capa (%2 MB)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty: a Linked Places file is a GeoJSON FeatureCollection</source>
        <translation>el fitxer és buit: un fitxer Linked Places és una FeatureCollection GeoJSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not JSON (%1): a Linked Places file is a GeoJSON FeatureCollection</source>
        <translation>no és JSON (%1): un fitxer Linked Places és una FeatureCollection GeoJSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a Linked Places file: the file is a list, not a FeatureCollection</source>
        <translation>no és un fitxer Linked Places: el fitxer és una llista, no una FeatureCollection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Linked Places file: it has no &quot;type&quot;: &quot;FeatureCollection&quot;</source>
        <translation>no és un fitxer Linked Places: no té &quot;type&quot;: &quot;FeatureCollection&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Linked Places file: its type is &quot;%1&quot;, not &quot;FeatureCollection&quot;</source>
        <translation>no és un fitxer Linked Places: el seu tipus és &quot;%1&quot;, no &quot;FeatureCollection&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the FeatureCollection has no &quot;features&quot; list</source>
        <translation>la FeatureCollection no té cap llista &quot;features&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the FeatureCollection has no features: no places to import</source>
        <translation>la FeatureCollection no té cap element: no hi ha llocs per importar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: not an object</source>
        <translation>%1: no és un objecte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no &quot;type&quot;: &quot;Feature&quot;</source>
        <translation>%1: no té &quot;type&quot;: &quot;Feature&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: its type is &quot;%2&quot;, not &quot;Feature&quot;</source>
        <translation>%1: el seu tipus és &quot;%2&quot;, no &quot;Feature&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no @id: every place of a Linked Places file has one, its URI, which the feature&apos;s id is made from</source>
        <translation>%1: no té @id: cada lloc d&apos;un fitxer Linked Places en té un, el seu URI, a partir del qual es forma l&apos;id de l&apos;element</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the same @id as features[%2] (line %3): each place&apos;s @id is its own</source>
        <translation>%1: el mateix @id que features[%2] (línia %3): el @id de cada lloc és només seu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;names&quot; is not a list of toponyms</source>
        <translation>%1: &quot;names&quot; no és una llista de topònims</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no geometry: a feature of a layer needs one (a Point, LineString or Polygon, their Multi- forms, or a GeometryCollection of them)</source>
        <translation>%1: no té geometria: un element d&apos;una capa en necessita una (un Point, LineString o Polygon, les seves formes Multi-, o una GeometryCollection d&apos;aquests)</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n toponym(s) without a language (&quot;lang&quot;) were not kept as names</source>
        <translation>
            <numerusform>%n topònim sense llengua (&quot;lang&quot;) no s&apos;ha conservat com a nom</numerusform>
            <numerusform>%n topònims sense llengua (&quot;lang&quot;) no s&apos;han conservat com a noms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n àrea</numerusform>
            <numerusform>%n àrees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línia</numerusform>
            <numerusform>%n línies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s): %1</source>
        <translation>
            <numerusform>%n lloc: %1</numerusform>
            <numerusform>%n llocs: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gis/package/import/placesimport.cpp" line="-209"/>
        <source>cannot create %1</source>
        <translation>no es pot crear %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot copy %1</source>
        <translation>no es pot copiar %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>layer id &quot;%1&quot;: letters, digits, _ and -, as places_1871</source>
        <translation>id de capa &quot;%1&quot;: lletres, xifres, _ i -, com ara places_1871</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the package has a layer &quot;%1&quot; already: choose another id with --layer, or replace it with --replace</source>
        <translation>el paquet ja té una capa &quot;%1&quot;: trieu un altre id amb --layer, o reemplaceu-la amb --replace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot find layer &quot;%1&quot; in the manifest&apos;s text to replace it</source>
        <translation>no es troba la capa &quot;%1&quot; al text del manifest per reemplaçar-la</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is there already, named by no layer: move it away, or choose another layer id with --layer</source>
        <translation>el fitxer ja hi és i no correspon a cap capa: traieu-lo d&apos;allà, o trieu un altre id de capa amb --layer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is layer &quot;%1&quot;&apos;s: choose another layer id with --layer</source>
        <translation>el fitxer és de la capa &quot;%1&quot;: trieu un altre id de capa amb --layer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Linked Places, %1</source>
        <translation>Linked Places, %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Places from %1</source>
        <translation>Llocs de %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot write a scratch copy of the package to check the layer in it: %1</source>
        <translation>no es pot escriure una còpia de treball del paquet per comprovar-hi la capa: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the package does not load with the new layer</source>
        <translation>el paquet no es carrega amb la capa nova</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the folder layers (nothing was changed)</source>
        <translation>no es pot crear la carpeta layers (no s&apos;ha canviat res)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write: %1; and %2 could not be put back as it was</source>
        <translation>no es pot escriure: %1; i %2 no s&apos;ha pogut deixar com estava</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, the replaced layer&apos;s file, is named by the manifest no more: delete it when you no longer need it</source>
        <translation>%1, el fitxer de la capa reemplaçada, ja no l&apos;esmenta el manifest: suprimiu-lo quan ja no el necessiteu</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="-4"/>
        <source>unsupported geometry type</source>
        <translation>tipus de geometria no admès</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="+12"/>
        <source>period map &quot;%1&quot;: %2 is not in schema &quot;%3&quot;</source>
        <translation>mapa d’època &quot;%1&quot;: %2 no és a l’esquema &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>the manifest of schema &quot;%1&quot; cannot be read</source>
        <translation>no es pot llegir el manifest de l’esquema &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgstatequery.cpp" line="+53"/>
        <location filename="../gis/package/postgis/pgviewquery.cpp" line="+44"/>
        <source>layer &quot;%1&quot; has no table in schema &quot;%2&quot;</source>
        <translation>la capa &quot;%1&quot; no té taula a l’esquema &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgtablerows.cpp" line="+48"/>
        <source>cannot write a temporary file for the rows of %1: %2</source>
        <translation>no es pot escriure un fitxer temporal per a les files de %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the row with dpa_row %1: %2</source>
        <extracomment>%1 is the row&apos;s id in the database table (its dpa_row column), %2 what is wrong</extracomment>
        <translation>la fila amb dpa_row %1: %2</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgviewquery.cpp" line="-28"/>
        <source>the view to read from the database is empty</source>
        <translation>la vista per llegir de la base de dades és buida</translation>
    </message>
</context>
<context>
    <name>dpa</name>
    <message>
        <location filename="../gis/io/geometryfix.cpp" line="-158"/>
        <source>its outline touches itself or doubles back (a spike or a pinched loop)</source>
        <translation>el seu contorn es toca a si mateix o es replega (una punxa o un llaç estrangulat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its outline crosses itself</source>
        <translation>el seu contorn es creua amb si mateix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside its outline</source>
        <translation>un forat queda fora del seu contorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies inside another hole</source>
        <translation>un forat queda dins d&apos;un altre forat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its holes cut it into pieces</source>
        <translation>els seus forats el tallen en trossos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of its parts lies inside another</source>
        <translation>una de les seves parts queda dins d&apos;una altra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is repeated</source>
        <translation>un anell es repeteix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring has too few distinct points to enclose an area</source>
        <translation>un anell té massa pocs punts diferents per tancar una àrea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coordinate is not a number</source>
        <translation>una coordenada no és un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is not closed</source>
        <translation>un anell no és tancat</translation>
    </message>
    <message>
        <location filename="../gis/model/claimchecks.cpp" line="+47"/>
        <source>the shares of %1 in force on this claim&apos;s start add up to %2, more than 1 (with line(s) %3)</source>
        <translation>les parts (share) de %1 vigents a l&apos;inici d&apos;aquesta reivindicació sumen %2, més d&apos;1 (amb les línies %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>occupation by &quot;%1&quot; while &quot;%2&quot; of the same bloc holds or claims %3 (line %4): an occupier is a foreign force; use control for one&apos;s own camp</source>
        <translation>ocupació per &quot;%1&quot; mentre &quot;%2&quot;, del mateix bloc, té o reivindica %3 (línia %4): un ocupant és una força estrangera; feu servir control per al propi bàndol</translation>
    </message>
</context>
<context>
    <name>dpa::ApplyClaimDialog</name>
    <message>
        <location filename="../app/desktop/editing/applyclaimdialog.cpp" line="+17"/>
        <source>Apply Claim</source>
        <translation>Aplica una reivindicació</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>To %n feature(s): %1</source>
        <translation>
            <numerusform>A %n element: %1</numerusform>
            <numerusform>A %n elements: %1</numerusform>
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
        <translation>&amp;Autoritat:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1871-03-19, 1871-03~, .. for open</source>
        <translation>1871-03-19, 1871-03~, .. si és obert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Inici:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty or .. when still in force</source>
        <translation>buit o .. si encara és vigent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Final:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Confidence:</source>
        <translation>&amp;Confiança:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the part it controls, 0–1 (control of a divided feature only)</source>
        <translation>la part que controla, 0–1 (només per al control d&apos;un element dividit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hare:</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ources:</source>
        <translation>F&amp;onts:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply</source>
        <translation>Aplica</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tick the source(s) that support the claim: every claim needs one.</source>
        <translation>Marqueu les fonts que sustenten la reivindicació: cada reivindicació en necessita una.</translation>
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
        <translation>Mostra tessel·les web sota el mapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An XYZ tile address with {z}, {x} and {y} (https://, or file:// for a folder of tiles), or WMTS: followed by a service&apos;s capabilities address</source>
        <translation>Una adreça de tessel·les XYZ amb {z}, {x} i {y} (https://, o file:// per a una carpeta de tessel·les), o WMTS: seguit de l&apos;adreça de capacitats d&apos;un servei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credited on the map and on every export, as the tile provider&apos;s licence requires</source>
        <translation>S&apos;acredita al mapa i a cada exportació, tal com exigeix la llicència del proveïdor de tessel·les</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deepest zoom level the service has; closer in, its deepest tiles are enlarged</source>
        <translation>El nivell de zoom més profund que té el servei; més a prop, s&apos;amplien les seves tessel·les més profundes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tile address:</source>
        <translation>Adreça de les tessel·les:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit:</source>
        <translation>Crèdit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deepest zoom:</source>
        <translation>Zoom més profund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity:</source>
        <translation>Opacitat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use OpenStreetMap</source>
        <translation>Fes servir OpenStreetMap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tiles come from the network when the map is drawn and are kept in %1. The map draws without them when the service cannot be reached.</source>
        <translation>Les tessel·les arriben de la xarxa quan es dibuixa el mapa i es guarden a %1. El mapa es dibuixa sense elles quan no es pot accedir al servei.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseAuthoritiesPage</name>
    <message>
        <location filename="../app/desktop/dialogs/newcasestudypages.cpp" line="+365"/>
        <source>Authorities</source>
        <translation>Autoritats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who claimed or held the ground: a government, a soviet, an army. Authorities of one bloc are one camp; dual power is between rival blocs.</source>
        <translation>Qui reivindicava o tenia el territori: un govern, un soviet, un exèrcit. Les autoritats d&apos;un mateix bloc formen un sol bàndol; la dualitat de poders es dona entre bàndols rivals.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Bàndol (opcional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Authority</source>
        <translation>&amp;Afegeix una autoritat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Suprimeix</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vermilion</source>
        <translation>vermelló</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bluish green</source>
        <translation>verd blavós</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reddish purple</source>
        <translation>porpra vermellós</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orange</source>
        <translation>taronja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sky blue</source>
        <translation>blau cel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yellow</source>
        <translation>groc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>black</source>
        <translation>negre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add at least one authority: every claim names one.</source>
        <translation>Afegiu almenys una autoritat: cada reivindicació n&apos;esmenta una.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 needs a name.</source>
        <translation>La fila %1 necessita un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: the id &quot;%2&quot; is not usable: lower-case letters, digits and _.</source>
        <translation>Fila %1: l&apos;id &quot;%2&quot; no es pot fer servir: lletres minúscules, xifres i _.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: the id &quot;%2&quot; is already used.</source>
        <translation>Fila %1: l&apos;id &quot;%2&quot; ja es fa servir.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseCrsPage</name>
    <message>
        <location line="-161"/>
        <source>Map projection</source>
        <translation>Projecció del mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The projected coordinate system the map is drawn and measured in. The ones suggested suit the layers&apos; extent, the best first; search for any other by name or EPSG code.</source>
        <translation>El sistema de coordenades projectades en què es dibuixa i es mesura el mapa. Els suggerits s&apos;adiuen a l&apos;extensió de les capes, el millor primer; cerqueu-ne qualsevol altre pel nom o el codi EPSG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search, e.g. Lambert, UTM 34N or 23700</source>
        <translation>Cerca, p. ex. Lambert, UTM 34N o 23700</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — suggested for these layers</source>
        <translation>%1 — suggerit per a aquestes capes</translation>
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
        <translation>L&apos;estudi de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its title, a short id for folders and the command line, and the period it covers.</source>
        <translation>El títol, un id curt per a les carpetes i la línia d&apos;ordres, i el període que abasta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Budapest, autumn 1956</source>
        <translation>p. ex. Budapest, tardor de 1956</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower case, digits and -</source>
        <translation>minúscules, xifres i -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first date, e.g. 1956-10-23</source>
        <translation>primera data, p. ex. 1956-10-23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date, e.g. 1956-11-11</source>
        <translation>darrera data, p. ex. 1956-11-11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gregorian</source>
        <translation>Gregorià</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Julian</source>
        <translation>Julià</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Julian until 14 Feb 1918, then Gregorian (Russia)</source>
        <translation>Julià fins al 14 de febrer de 1918, després gregorià (Rússia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Títol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>fins a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period:</source>
        <translation>&amp;Període:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Calendar of the dates:</source>
        <translation>&amp;Calendari de les dates:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates as historians write them: 1917, 1917-10, 1917-10-25, with ~ when approximate and ? when uncertain (datasets/README.md explains them).</source>
        <translation>Les dates tal com les escriuen els historiadors: 1917, 1917-10, 1917-10-25, amb ~ quan són aproximades i ? quan són incertes (datasets/README.md les explica).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The id &quot;%1&quot; is not usable: lower-case letters, digits and -, as budapest-1956.</source>
        <translation>L&apos;id &quot;%1&quot; no es pot fer servir: lletres minúscules, xifres i -, com ara budapest-1956.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First date &quot;%1&quot;: %2</source>
        <translation>Primera data &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last date &quot;%1&quot;: %2</source>
        <translation>Darrera data &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>El període acaba abans de començar.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseLayersPage</name>
    <message>
        <location line="+24"/>
        <source>Every feature of this layer is a&amp;pproximate (e.g. modern boundaries standing in for the period&apos;s): drawn with dashed outlines</source>
        <translation>Tots els elements d&apos;aquesta capa són a&amp;proximats (p. ex. límits moderns en lloc dels de l&apos;època): es dibuixen amb contorns discontinus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers</source>
        <translation>Capes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The districts, barracks or places that authorities claimed, from vector files: GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf or CSV with a WKT column.</source>
        <translation>Els districtes, casernes o llocs que reivindicaven les autoritats, a partir de fitxers vectorials: GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf o CSV amb una columna WKT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Files…</source>
        <translation>&amp;Afegeix fitxers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Suprimeix</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Id field (unique per feature):</source>
        <translation>Camp d&apos;&amp;id (únic per element):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name field:</source>
        <translation>Camp del &amp;nom:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add Layers</source>
        <translation>Afegeix capes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv);;All files (*)</source>
        <translation>Fitxers vectorials (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv);;Tots els fitxers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 — %n feature(s)</source>
        <translation>
            <numerusform>%1 — %n element</numerusform>
            <numerusform>%1 — %n elements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: no field has a distinct value in every feature by the usual names; choose the id field.</source>
        <translation>%1: cap camp amb els noms habituals no té un valor diferent a cada element; trieu el camp d&apos;id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is empty or repeated in some features; choose a field that identifies each one.</source>
        <translation>%1: &quot;%2&quot; és buit o es repeteix en alguns elements; trieu un camp que identifiqui cadascun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one file.</source>
        <translation>Afegiu almenys un fitxer.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseWritePage</name>
    <message>
        <location line="+207"/>
        <source>Create the case study</source>
        <translation>Crea l&apos;estudi de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package is checked by the validator before its folder appears; nothing is written if it would not be valid.</source>
        <translation>El validador comprova el paquet abans que n&apos;aparegui la carpeta; no s&apos;escriu res si no fos vàlid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Navega…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder (new or empty):</source>
        <translation>&amp;Carpeta (nova o buida):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder of the New Case Study</source>
        <translation>Carpeta del nou estudi de cas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File &gt; New Case Study</source>
        <translation>Fitxer &gt; Nou estudi de cas</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>&quot;%1&quot; (%2), %3 to %4: %n layer(s) with %5 features, in %6, with %7 authorities. Then add claims to claims.csv and sources to sources.csv, and complete SOURCES.md with the data&apos;s licences.</source>
        <translation>
            <numerusform>&quot;%1&quot; (%2), del %3 al %4: %n capa amb %5 elements, en %6, amb %7 autoritats. Després afegiu reivindicacions a claims.csv i fonts a sources.csv, i completeu SOURCES.md amb les llicències de les dades.</numerusform>
            <numerusform>&quot;%1&quot; (%2), del %3 al %4: %n capes amb %5 elements, en %6, amb %7 autoritats. Després afegiu reivindicacions a claims.csv i fonts a sources.csv, i completeu SOURCES.md amb les llicències de les dades.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was written:
</source>
        <translation>No s&apos;ha escrit res:
</translation>
    </message>
</context>
<context>
    <name>dpa::ChartPanel</name>
    <message>
        <location filename="../app/desktop/panels/chartpanel.cpp" line="+74"/>
        <source>Share of area by status: dual power, divided, occupied, contested, hand-over (stacked)</source>
        <translation>Proporció de l&apos;àrea per estat: dualitat de poders, dividit, ocupat, disputat, traspàs (apilat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area each authority holds de facto (km²; by share where divided)</source>
        <translation>Àrea que té de facto cada autoritat (km²; segons la part on està dividit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front length per pair of authorities (km)</source>
        <translation>Longitud del front per parell d&apos;autoritats (km)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to go to that date</source>
        <translation>Feu clic per anar a aquesta data</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>date (Gregorian)</source>
        <translation>data (gregoriana)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>share of the area</source>
        <translation>proporció de l&apos;àrea</translation>
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
        <translation>data actual</translation>
    </message>
</context>
<context>
    <name>dpa::ClaimHistoryView</name>
    <message>
        <location filename="../app/desktop/panels/claimhistoryview.cpp" line="+43"/>
        <source>%1 — %2, %3 (confidence %4)</source>
        <translation>%1 — %2, %3 (confiança %4)</translation>
    </message>
</context>
<context>
    <name>dpa::ControlStatus</name>
    <message>
        <location filename="../gis/model/controlstatus.cpp" line="+16"/>
        <source>Unknown</source>
        <translation>Desconegut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>En mans d&apos;un bàndol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual power</source>
        <translation>Dualitat de poders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divided</source>
        <translation>Dividit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied</source>
        <translation>Ocupat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contested</source>
        <translation>Disputat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over</source>
        <translation>Traspàs</translation>
    </message>
</context>
<context>
    <name>dpa::DatabaseView</name>
    <message>
        <location filename="../app/desktop/databaseview.cpp" line="+52"/>
        <source>%1 has %L2 features, but was pushed before the database kept the look-ups a view is read with: it is read whole. Push it again (dpatlas-cli push --replace) to open it by view.</source>
        <translation>%1 té %L2 entitats, però es va enviar abans que la base de dades guardés els índexs amb què es llegeix una vista: es llegeix sencer. Torneu-lo a enviar (dpatlas-cli push --replace) per obrir-lo per vista.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot make a temporary folder for the period maps: %1</source>
        <translation>no es pot crear una carpeta temporal per als mapes d’època: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the case study in the database no longer has its time index (it was pushed again with an older version?): open it again to read it whole</source>
        <translation>l’estudi de cas de la base de dades ja no té el seu índex temporal (es va tornar a enviar amb una versió anterior?): torneu-lo a obrir per llegir-lo sencer</translation>
    </message>
</context>
<context>
    <name>dpa::EditMode</name>
    <message>
        <location filename="../app/desktop/editing/editmode.cpp" line="+62"/>
        <source>&amp;Edit Case Study</source>
        <translation>&amp;Edita l&apos;estudi de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;Claim…</source>
        <translation>Aplica una reivindi&amp;cació…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Undo</source>
        <translation>Des&amp;fés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refés</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+22"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edita</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+70"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+113"/>
        <source>Edit Case Study</source>
        <translation>Edita l&apos;estudi de cas</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>&amp;Undo %1</source>
        <comment>%1: the edit, as &quot;Edit role in claims.csv&quot;</comment>
        <translation>Des&amp;fés %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <comment>%1: the edit, as &quot;Edit role in claims.csv&quot;</comment>
        <translation>&amp;Refés %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open a case study first.</source>
        <translation>Obriu primer un estudi de cas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case study is too large to read whole, so only the features in view were read from the database, and it cannot be edited here. Edit it in the database (QGIS, SQL), or pull it into a folder (dpatlas-cli pull) and edit that.</source>
        <translation>Aquest estudi de cas és massa gran per llegir-lo sencer: només s’han llegit de la base de dades les entitats de la vista, i no es pot editar aquí. Editeu-lo a la base de dades (QGIS, SQL), o porteu-lo a una carpeta (dpatlas-cli pull) i editeu-la.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a case study packed into one GeoPackage, which is not edited in place. Unpack it (dpatlas-cli unpack) and open the folder.</source>
        <translation>%1 és un estudi de cas empaquetat en un sol GeoPackage, que no s&apos;edita in situ. Desempaqueteu-lo (dpatlas-cli unpack) i obriu la carpeta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The tables cannot be edited:
%1</source>
        <translation>No es poden editar les taules:
%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+15"/>
        <source>Autosaved edits</source>
        <translation>Modificacions desades automàticament</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Unsaved edits to %1 from %2 were autosaved, but %3 changed on disk since, so they are not applied.</source>
        <translation>Les modificacions no desades de %1 del %2 es van desar automàticament, però %3 ha canviat al disc des d&apos;aleshores, així que no s&apos;apliquen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the autosaved tables in %1 to compare them with the package&apos;s?</source>
        <translation>Voleu conservar les taules desades automàticament a %1 per comparar-les amb les del paquet?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the Files</source>
        <translation>Conserva els fitxers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Autosaved tables kept in %1</source>
        <translation>Taules desades automàticament conservades a %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recover unsaved edits from %1?</source>
        <translation>Voleu recuperar les modificacions no desades de %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edits to %1 were not saved when the app last ended; they were autosaved at %2.</source>
        <translation>Les modificacions de %1 no es van desar quan l&apos;aplicació es va tancar per darrer cop; es van desar automàticament el %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover</source>
        <translation>Recupera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Més tard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The edits cannot be recovered:
%1</source>
        <translation>No es poden recuperar les modificacions:
%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Autosave failed: %1</source>
        <translation>Ha fallat el desament automàtic: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Unsaved edits</source>
        <translation>Modificacions no desades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edits to %1 are not saved.</source>
        <translation>Les modificacions de %1 no estan desades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save them to the package&apos;s tables before going on?</source>
        <translation>Voleu desar-les a les taules del paquet abans de continuar?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved to the database</source>
        <translation>Desat a la base de dades</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>S&apos;ha desat %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Desa</translation>
    </message>
</context>
<context>
    <name>dpa::EditPanel</name>
    <message>
        <location filename="../app/desktop/editing/editpanel.cpp" line="+23"/>
        <source>Sources</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claims</source>
        <translation>Reivindicacions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Esdeveniments</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Filter: feature, authority or role (claims); any column (events, sources)</source>
        <translation>Filtre: element, autoritat o rol (reivindicacions); qualsevol columna (esdeveniments, fonts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line in the file</source>
        <translation>Línia al fitxer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Row</source>
        <translation>&amp;Afegeix una fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Rows</source>
        <translation>&amp;Suprimeix les files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;Claim…</source>
        <translation>Aplica una reivindi&amp;cació…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Highlight rows in force on %1</source>
        <translation>Ressalta les files vigents el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight rows in force</source>
        <translation>Ressalta les files vigents</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Click features on the map (Ctrl+click for more) to apply a claim to them.</source>
        <translation>Feu clic en elements del mapa (Ctrl+clic per afegir-ne més) per aplicar-los una reivindicació.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected: %1</source>
        <translation>Seleccionats: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems: the package is valid as edited.</source>
        <translation>Cap problema: el paquet és vàlid tal com s&apos;ha editat.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s); click one to see its row:</source>
        <translation>
            <numerusform>%n problema; feu-hi clic per veure&apos;n la fila:</numerusform>
            <numerusform>%n problemes; feu clic en un per veure&apos;n la fila:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::EditSession</name>
    <message numerus="yes">
        <location filename="../app/desktop/editing/editsession.cpp" line="+48"/>
        <source>Apply claim to %n feature(s)</source>
        <translation>
            <numerusform>Aplica una reivindicació a %n element</numerusform>
            <numerusform>Aplica una reivindicació a %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n row(s) of %1</source>
        <translation>
            <numerusform>Suprimeix %n fila de %1</numerusform>
            <numerusform>Suprimeix %n files de %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a row to %1</source>
        <translation>Afegeix una fila a %1</translation>
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
        <translation>Element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <comment>column of claims.csv</comment>
        <translation>Autoritat</translation>
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
        <translation>Inici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <comment>column of claims.csv: the date a claim ends</comment>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <comment>column of claims.csv: high, medium, low</comment>
        <translation>Confiança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <comment>column of claims.csv and events.csv: the ids of the sources cited</comment>
        <translation>Fonts</translation>
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
        <translation>Part</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <comment>column of events.csv: the event&apos;s title</comment>
        <translation>Títol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <comment>column of events.csv: what happened</comment>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features</source>
        <comment>column of events.csv: the features an event touches</comment>
        <translation>Elements</translation>
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
        <translation>Enllaç</translation>
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
        <translation>Edita %1 a %2</translation>
    </message>
</context>
<context>
    <name>dpa::EventsPanel</name>
    <message>
        <location filename="../app/desktop/panels/eventspanel.cpp" line="+72"/>
        <source>Sources</source>
        <translation>Fonts</translation>
    </message>
</context>
<context>
    <name>dpa::ExportAnimationDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportanimationdialog.cpp" line="+42"/>
        <source>Export Animation</source>
        <translation>Exporta una animació</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number and a unit: h (hours), d (days), w (weeks), m (months), y (years)</source>
        <translation>Un nombre i una unitat: h (hores), d (dies), w (setmanes), m (mesos), y (anys)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Des de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Fins a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM, %1 calendar, as in the package</source>
        <translation>AAAA-MM-DD o AAAA-MM-DDTHH:MM, calendari %1, com al paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step:</source>
        <translation>Pas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame size:</source>
        <translation>Mida del fotograma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames/s</source>
        <translation> fotogrames/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate:</source>
        <translation>Freqüència de fotogrames:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG frames into a new folder (instead of a GIF or video file)</source>
        <translation>Fotogrames PNG en una carpeta nova (en lloc d&apos;un fitxer GIF o de vídeo)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Folder in which to create the frames folder</source>
        <translation>Carpeta on crear la carpeta dels fotogrames</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Animated GIF (*.gif);;MP4 video, H.264 (*.mp4);;WebM video, VP9 (*.webm)</source>
        <translation>GIF animat (*.gif);;Vídeo MP4, H.264 (*.mp4);;Vídeo WebM, VP9 (*.webm)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a day: write YYYY-MM-DD</source>
        <translation>&quot;%1&quot; no és un dia: escriviu AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2 frames)</source>
        <translation>%1 (%2 fotogrames)</translation>
    </message>
</context>
<context>
    <name>dpa::ExportImageDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportimagedialog.cpp" line="+61"/>
        <source>Export Image</source>
        <translation>Exporta una imatge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom size</source>
        <translation>Mida personalitzada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A page sets the size from the resolution: A4 at 150 dpi is 1240 × 1754 pixels</source>
        <translation>Una pàgina fixa la mida a partir de la resolució: un A4 a 150 ppp fa 1240 × 1754 píxels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page:</source>
        <translation>Pàgina:</translation>
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
        <translation>Mida:</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 × %2 cm in print</source>
        <translation>%1 × %2 cm imprès</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Resolution:</source>
        <translation>Resolució:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview:</source>
        <translation>Previsualització:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map as on screen, with title, date, legend, scale bar, north arrow and credits. PNG is a picture; SVG and PDF are vector paths an illustrator can edit.</source>
        <translation>El mapa tal com es veu a la pantalla, amb títol, data, llegenda, escala gràfica, fletxa del nord i crèdits. PNG és una imatge; SVG i PDF són traçats vectorials que un il·lustrador pot editar.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the picture .png, .svg or .pdf.</source>
        <translation>Poseu a la imatge l&apos;extensió .png, .svg o .pdf.</translation>
    </message>
</context>
<context>
    <name>dpa::ExportJobDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportjobdialog.cpp" line="+55"/>
        <source>Browse…</source>
        <translation>Navega…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to:</source>
        <translation>Desa a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exporta</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Choose where to save first.</source>
        <translation>Trieu primer on desar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>S&apos;està exportant…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>S&apos;està cancel·lant…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote %1</source>
        <translation>S&apos;ha escrit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancel·lat: no s&apos;ha escrit res.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed.</source>
        <translation>L&apos;exportació ha fallat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
</context>
<context>
    <name>dpa::ExportLayerDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportlayerdialog.cpp" line="+42"/>
        <source>Export Layer</source>
        <translation>Exporta una capa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Timeline</source>
        <translation>Exporta la cronologia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control state of every feature</source>
        <translation>Estat de control de cada element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Territory of each authority</source>
        <translation>Territori de cada autoritat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Front lines</source>
        <translation>Línies del front</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content:</source>
        <translation>Contingut:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per claim, with start and end as date-time fields (QGIS&apos;s Temporal Controller plays them; KML gets TimeSpan for Google Earth).</source>
        <translation>Una fila per reivindicació, amb l&apos;inici i el final com a camps de data i hora (el Controlador temporal de QGIS els reprodueix; el KML rep TimeSpan per a Google Earth).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All layers</source>
        <translation>Totes les capes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case study&apos;s: %1</source>
        <translation>el de l&apos;estudi de cas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPSG:4326, EPSG:3857, a PROJ string or WKT. GeoJSON and KML are always WGS 84.</source>
        <translation>EPSG:4326, EPSG:3857, una cadena PROJ o WKT. GeoJSON i KML sempre són WGS 84.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRS:</source>
        <translation>CRS:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;FlatGeobuf (*.fgb);;CSV with WKT (*.csv)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;FlatGeobuf (*.fgb);;CSV amb WKT (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the file .gpkg, .geojson, .shp, .kml, .fgb or .csv.</source>
        <translation>Poseu al fitxer l&apos;extensió .gpkg, .geojson, .shp, .kml, .fgb o .csv.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 records in %2 files, one per layer: %3</source>
        <translation>%1 registres en %2 fitxers, un per capa: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 records)</source>
        <translation>%1 (%2 registres)</translation>
    </message>
</context>
<context>
    <name>dpa::ExportPackageDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportpackagedialog.cpp" line="+18"/>
        <source>Export Case Study as GeoPackage</source>
        <translation>Exporta l&apos;estudi de cas com a GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers, claims, events, sources, the manifest and the period maps of “%1” in one file. QGIS shows its layers and tables; Dual Power Atlas opens it like a folder.</source>
        <translation>Capes, reivindicacions, esdeveniments, fonts, el manifest i els mapes d&apos;època de «%1» en un sol fitxer. QGIS en mostra les capes i les taules; Dual Power Atlas l&apos;obre com una carpeta.</translation>
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
        <translation>Georeferencia un escaneig — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Scan…</source>
        <translation>Obre un &amp;escaneig…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Points…</source>
        <translation>Obre els &amp;punts…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>Des&amp;fés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transformation:</source>
        <translation>Transformació:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan a quarter to the left (Shift+R)</source>
        <translation>Gira l&apos;escaneig un quart cap a l&apos;esquerra (Shift+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan a quarter to the right (R)</source>
        <translation>Gira l&apos;escaneig un quart cap a la dreta (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan&apos;s view to any angle (clockwise); the points stay on the scan&apos;s own pixels</source>
        <translation>Gira la vista de l&apos;escaneig a qualsevol angle (en sentit horari); els punts es mantenen als píxels propis de l&apos;escaneig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Scan&lt;/b&gt; — click a spot you can find on the map (wheel: zoom, drag: pan, drag a marker: move it)</source>
        <translation>&lt;b&gt;Escaneig&lt;/b&gt; — feu clic en un lloc que pugueu trobar al mapa (roda: zoom, arrossegar: desplaçar, arrossegar un marcador: moure&apos;l)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Map&lt;/b&gt; — click the same spot here</source>
        <translation>&lt;b&gt;Mapa&lt;/b&gt; — feu clic aquí en el mateix lloc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Point</source>
        <translation>&amp;Suprimeix el punt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the warped scan over the map</source>
        <translation>Mostra l&apos;escaneig deformat sobre el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRS of the map coordinates you type and the table shows, e.g. EPSG:4326 for longitude and latitude; they are converted into the case study&apos;s CRS.</source>
        <translation>El CRS de les coordenades de mapa que escriviu i que mostra la taula, p. ex. EPSG:4326 per a longitud i latitud; es converteixen al CRS de l&apos;estudi de cas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Point</source>
        <translation>&amp;Afegeix el punt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map coordinates in:</source>
        <translation>Coordenades de mapa en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type the map position of the spot clicked on the scan:</source>
        <translation>O escriviu la posició al mapa del lloc on heu fet clic a l&apos;escaneig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity:</source>
        <translation>Opacitat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the map was made, e.g. 1836</source>
        <translation>quan es va fer el mapa, p. ex. 1836</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>Títol:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of the map:</source>
        <translation>Data del mapa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown from:</source>
        <translation>Es mostra des de:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>fins a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as Period &amp;Map</source>
        <translation>Desa com a &amp;mapa d&apos;època</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Open a Scan</source>
        <translation>Obre un escaneig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.tif *.tiff *.jpg *.jpeg *.png *.jp2);;All files (*)</source>
        <translation>Imatges (*.tif *.tiff *.jpg *.jpeg *.png *.jp2);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Control Points</source>
        <translation>Obre els punts de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control points (*.points *.csv)</source>
        <translation>Punts de control (*.points *.csv)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open a scan to begin.</source>
        <translation>Obriu un escaneig per començar.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2 x %3 pixels. Click a spot on the scan, then the same spot on the map.</source>
        <translation>%1: %2 x %3 píxels. Feu clic en un lloc de l&apos;escaneig i després en el mateix lloc del mapa.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 points.</source>
        <translation>%1: %2 punts.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Now click the same spot on the map.</source>
        <translation>Ara feu clic en el mateix lloc del mapa.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now click the same spot on the scan.</source>
        <translation>Ara feu clic en el mateix lloc de l&apos;escaneig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On</source>
        <translation>Actiu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan x</source>
        <translation>x escaneig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan y</source>
        <translation>y escaneig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map x (%1)</source>
        <translation>x mapa (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map y (%1)</source>
        <translation>y mapa (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual (px)</source>
        <translation>Residu (px)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual (m)</source>
        <translation>Residu (m)</translation>
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
        <translation>Valor atípic: el seu residu és més de %1 vegades la mediana. S&apos;ha fet clic en un lloc equivocat?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RMS error: &lt;b&gt;%1 px&lt;/b&gt;, &lt;b&gt;%2 m&lt;/b&gt; over %3 points%4</source>
        <translation>Error quadràtic mitjà: &lt;b&gt;%1 px&lt;/b&gt;, &lt;b&gt;%2 m&lt;/b&gt; sobre %3 punts%4</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> — &lt;span style=&apos;color:#c00000&apos;&gt;%n outlier(s)&lt;/span&gt;</source>
        <translation>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;%n valor atípic&lt;/span&gt;</numerusform>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;%n valors atípics&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>enable point %1</source>
        <translation>activa el punt %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disable point %1</source>
        <translation>desactiva el punt %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <location line="+63"/>
        <source>move point %1</source>
        <translation>mou el punt %1</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>no coordinate to pair with</source>
        <translation>no hi ha cap coordenada amb què aparellar-lo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PROJ does not know the CRS &quot;%1&quot;, so coordinates are still typed in %2: %3</source>
        <translation>PROJ no coneix el CRS &quot;%1&quot;, així que les coordenades encara s&apos;escriuen en %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map coordinates are typed and shown in %1 (%2).</source>
        <translation>Les coordenades de mapa s&apos;escriuen i es mostren en %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click the spot on the scan first, then type its map coordinates.</source>
        <translation>Feu clic primer en el lloc de l&apos;escaneig i després escriviu-ne les coordenades de mapa.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type both map coordinates as numbers (in %1).</source>
        <translation>Escriviu les dues coordenades de mapa com a nombres (en %1).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a scan first.</source>
        <translation>Obriu primer un escaneig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id names the files: use letters, digits, - and _ only.</source>
        <translation>L&apos;id dona nom als fitxers: feu servir només lletres, xifres, - i _.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the map a title that says how old it really is.</source>
        <translation>Doneu al mapa un títol que digui quina antiguitat té realment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a date the package understands: %2</source>
        <translation>&quot;%1&quot; no és una data que el paquet entengui: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create %1</source>
        <translation>no es pot crear %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warping the scan…</source>
        <translation>S&apos;està deformant l&apos;escaneig…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved %1 and %2; the case study is reloaded with the new period map.</source>
        <translation>S&apos;han desat %1 i %2; l&apos;estudi de cas es torna a carregar amb el nou mapa d&apos;època.</translation>
    </message>
</context>
<context>
    <name>dpa::GeorefMapOverlay</name>
    <message>
        <location filename="../app/desktop/georef/georefmapoverlay.cpp" line="+100"/>
        <source>new</source>
        <translation>nou</translation>
    </message>
</context>
<context>
    <name>dpa::InspectorPanel</name>
    <message>
        <location filename="../app/desktop/panels/inspectorpanel.cpp" line="+22"/>
        <location line="+56"/>
        <source>Click a district, barracks or place on the map.</source>
        <translation>Feu clic en un districte, una caserna o un lloc del mapa.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source> · approximate geometry</source>
        <translation> · geometria aproximada</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>, %1 % of it</source>
        <translation>, sobre el %1 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wikidata %1</source>
        <translation>Wikidata %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidence %1</source>
        <translation>confiança %1</translation>
    </message>
</context>
<context>
    <name>dpa::KeyboardShortcuts</name>
    <message>
        <location filename="../app/desktop/keyboardshortcuts.cpp" line="+31"/>
        <source>play / pause</source>
        <translation>reprodueix / atura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day back / forward</source>
        <translation>un dia enrere / endavant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an hour back / forward</source>
        <translation>una hora enrere / endavant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a week back / forward</source>
        <translation>una setmana enrere / endavant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a month back / forward</source>
        <translation>un mes enrere / endavant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous / next change</source>
        <translation>canvi anterior / següent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start / end of the period</source>
        <translation>inici / final del període</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zoom in / out, also the mouse wheel (on the map: + and -); drag to pan</source>
        <translation>apropa / allunya, també amb la roda del ratolí (al mapa: + i -); arrossegueu per desplaçar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study</source>
        <translation>tot l&apos;estudi de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search places and events</source>
        <translation>cerca llocs i esdeveniments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>front lines</source>
        <translation>línies del front</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a case study</source>
        <translation>obre un estudi de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the picture</source>
        <translation>exporta la imatge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit mode: the case study&apos;s tables</source>
        <translation>mode d&apos;edició: les taules de l&apos;estudi de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo an edit</source>
        <translation>desfés una modificació</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo</source>
        <translation>refés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the edits</source>
        <translation>desa les modificacions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how to read this map</source>
        <translation>com llegir aquest mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quit</source>
        <translation>surt</translation>
    </message>
</context>
<context>
    <name>dpa::LayersPanel</name>
    <message>
        <location filename="../app/desktop/panels/layerspanel.cpp" line="+49"/>
        <source>Opacity</source>
        <translation>Opacitat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw above the layer over it</source>
        <translation>Dibuixa per sobre de la capa superior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw below the layer under it</source>
        <translation>Dibuixa per sota de la capa inferior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to</source>
        <translation>Amplia a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame the map on the selected layer or period map (or double-click it)</source>
        <translation>Enquadra el mapa a la capa o el mapa d&apos;època seleccionats (o feu-hi doble clic)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>water</source>
        <comment>layer kind: filled blue</comment>
        <translation>aigua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>river</source>
        <comment>layer kind: a blue line</comment>
        <translation>riu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>land</source>
        <comment>layer kind: pale fill</comment>
        <translation>terra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>boundary</source>
        <comment>layer kind: a grey line</comment>
        <translation>límit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Layers (upper over lower; symbols and labels always on top)</source>
        <translation>Capes (les de dalt sobre les de baix; símbols i etiquetes sempre al damunt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period maps</source>
        <translation>Mapes d&apos;època</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>features</source>
        <translation>elements</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1
Shown from %2, under the districts: lower their opacity or hide them to read it. Double-click to zoom to it.</source>
        <translation>%1
Es mostra des de %2, sota els districtes: abaixeu-ne l&apos;opacitat o amagueu-los per llegir-lo. Feu-hi doble clic per ampliar-lo.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>none in this package</source>
        <translation>cap en aquest paquet</translation>
    </message>
</context>
<context>
    <name>dpa::LayoutOptionsForm</name>
    <message>
        <location filename="../app/desktop/dialogs/layoutoptionsform.cpp" line="+30"/>
        <source>none</source>
        <translation>cap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Títol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle:</source>
        <translation>Subtítol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it covers no feature</source>
        <translation>On no cobreix cap element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top left</source>
        <translation>A dalt a l&apos;esquerra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top right</source>
        <translation>A dalt a la dreta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottom left</source>
        <translation>A baix a l&apos;esquerra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom right</source>
        <translation>A baix a la dreta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beside the map</source>
        <translation>Al costat del mapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No legend</source>
        <translation>Sense llegenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic: a corner of the map over no feature, or beside the map when every corner covers some</source>
        <translation>Automàtica: un racó del mapa sense cap element, o al costat del mapa quan tots els racons en cobreixen algun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend:</source>
        <translation>Llegenda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inset map of the whole case study</source>
        <translation>Mapa de situació de tot l&apos;estudi de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar and north arrow</source>
        <translation>Escala gràfica i fletxa del nord</translation>
    </message>
</context>
<context>
    <name>dpa::LegendContents</name>
    <message>
        <location filename="../layers/render/legendcontents.cpp" line="+18"/>
        <source>Held by one camp</source>
        <translation>En mans d&apos;un bàndol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual power: wide bands de facto, narrow de jure</source>
        <translation>Dualitat de poders: bandes amples de facto, estretes de iure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divided: each camp holds a part</source>
        <translation>Dividit: cada bàndol té una part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied: bars of the occupying force</source>
        <translation>Ocupat: barres de la força ocupant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contested: open fighting</source>
        <translation>Disputat: combats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over: dots of the outgoing holder</source>
        <translation>Traspàs: punts del posseïdor sortint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown: no claim in the sources</source>
        <translation>Desconegut: cap reivindicació a les fonts</translation>
    </message>
</context>
<context>
    <name>dpa::LegendPanel</name>
    <message>
        <location filename="../app/desktop/panels/legendpanel.cpp" line="+60"/>
        <source>What the map shows</source>
        <translation>Què mostra el mapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pale: a title nobody enforces</source>
        <translation>Pàl·lid: un títol que ningú no fa efectiu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An authority claims it (de jure) and nobody is recorded holding it</source>
        <translation>Una autoritat el reivindica (de iure) i no consta que ningú el tingui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate boundary (dashed)</source>
        <translation>Límit aproximat (discontinu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The boundary stands in for the historical one (see the package&apos;s SOURCES.md)</source>
        <translation>El límit substitueix l&apos;històric (vegeu el SOURCES.md del paquet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paler: lower confidence</source>
        <translation>Més pàl·lid: menys confiança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fill is paler the lower the confidence of the claims in force</source>
        <translation>L&apos;emplenament és més pàl·lid com menor és la confiança de les reivindicacions vigents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pennant: present without governing</source>
        <translation>Banderola: presència sense governar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troops or officials present without governing (role presence)</source>
        <translation>Tropes o funcionaris presents sense governar (rol presence)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities (click to highlight)</source>
        <translation>Autoritats (feu clic per ressaltar)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source> (no claim in force on this date)</source>
        <translation> (cap reivindicació vigent en aquesta data)</translation>
    </message>
</context>
<context>
    <name>dpa::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow.cpp" line="+85"/>
        <location line="+907"/>
        <source>Dual Power Atlas</source>
        <translation>Dual Power Atlas</translation>
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
        <translation>fotograma %1 ms</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Layers</source>
        <translation>Capes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legend</source>
        <translation>Llegenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Esdeveniments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart</source>
        <translation>Gràfic</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Fitxer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Case Study…</source>
        <translation>&amp;Nou estudi de cas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Case Study…</source>
        <translation>&amp;Obre un estudi de cas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder…</source>
        <translation>Obre una &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;GeoPackage…</source>
        <translation>Obre un &amp;GeoPackage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open from &amp;Database…</source>
        <translation>Obre des d&apos;una &amp;base de dades…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent Case Studies</source>
        <translation>Estudis de cas &amp;recents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Layer…</source>
        <translation>E&amp;xporta una capa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Timeline…</source>
        <translation>Exporta la crono&amp;logia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Image…</source>
        <translation>Exporta una &amp;imatge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Animation…</source>
        <translation>Exporta una &amp;animació…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Case Study as Geo&amp;Package…</source>
        <translation>Exporta l&apos;estudi de cas com a Geo&amp;Package…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Visualitza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Amplia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Red&amp;ueix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;Case Study</source>
        <translation>Mostra tot l&apos;&amp;estudi de cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Front Lines</source>
        <translation>Mostra les línies del &amp;front</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Basemap…</source>
        <translation>&amp;Mapa base…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panells</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Llengua</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No translation found for %1; the interface stays in English.</source>
        <translation>No s&apos;ha trobat cap traducció per a %1; la interfície es queda en anglès.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Tools</source>
        <translation>E&amp;ines</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Georeference a Scan…</source>
        <translation>&amp;Georeferencia un escaneig…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to &amp;Read This Map</source>
        <translation>Com &amp;llegir aquest mapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guia d&apos;usuari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Dreceres de teclat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Dreceres de teclat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Dual Power Atlas</source>
        <translation>Quant a Dual Power Atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Dual Power Atlas&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Who controlled what, when: control maps of episodes of dual power, with their sources.&lt;/p&gt;&lt;p&gt;Data credits of the open case study are printed on its map and listed in its SOURCES.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dual Power Atlas&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Qui controlava què, i quan: mapes de control d&apos;episodis de dualitat de poders, amb les seves fonts.&lt;/p&gt;&lt;p&gt;Els crèdits de les dades de l&apos;estudi de cas obert s&apos;imprimeixen al mapa i es detallen al seu SOURCES.md.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Dual Power Atlas</source>
        <translation>&amp;Quant a Dual Power Atlas</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: no footprint to zoom to</source>
        <translation>%1: no té cap extensió a on ampliar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is shown from %2; move the time there to see it.</source>
        <translation>%1 es mostra des de %2; porteu-hi el temps per veure&apos;l.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No basemap: %1. The map is drawn without it; View &gt; Basemap… tries again.</source>
        <translation>Sense mapa base: %1. El mapa es dibuixa sense ell; Visualitza &gt; Mapa base… ho torna a provar.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Open Case Study GeoPackage</source>
        <translation>Obre un GeoPackage d&apos;estudi de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed case studies (*.gpkg)</source>
        <translation>Estudis de cas empaquetats (*.gpkg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading %1…</source>
        <translation>S&apos;està carregant %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Loading cancelled</source>
        <translation>S&apos;ha cancel·lat la càrrega</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Computing areas and borders for the chart and the front lines…</source>
        <translation>S’estan calculant superfícies i fronteres per al gràfic i les línies del front…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+334"/>
        <source>%1[*] — Dual Power Atlas</source>
        <translation>%1[*] — Dual Power Atlas</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Showing the %L1 features in view of about %L2, read from the database</source>
        <translation>Es mostren les %L1 entitats de la vista d’unes %L2, llegides de la base de dades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the features in view from the database…</source>
        <translation>S’estan llegint de la base de dades les entitats de la vista…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the features in view from the database: %1</source>
        <translation>No es poden llegir de la base de dades les entitats de la vista: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case study has more than %L1 features, so only those in and around the view are read from the database, again as the view moves. The legend, the chart, the search, the events&apos; features and the timeline speak of these features only.</source>
        <translation>Aquest estudi de cas té més de %L1 entitats, així que només es llegeixen de la base de dades les de la vista i els seus voltants, de nou quan la vista es mou. La llegenda, el gràfic, la cerca, les entitats dels esdeveniments i la línia de temps només parlen d’aquestes entitats.</translation>
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
        <translation>Obre la carpeta d&apos;un estudi de cas</translation>
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
        <translation>Contorns discontinus: geometria aproximada (límits moderns en lloc dels històrics)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>In force</source>
        <translation>Vigents</translation>
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
        <translation>Estat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pale: a title nobody enforces</source>
        <translation>Pàl·lid: un títol que ningú no fa efectiu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approximate boundary</source>
        <translation>Límit aproximat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pennant: present without governing</source>
        <translation>Banderola: presència sense governar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paler fill: lower confidence</source>
        <translation>Emplenament més pàl·lid: menys confiança</translation>
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
        <translation>Nou estudi de cas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
</context>
<context>
    <name>dpa::OpenCaseStudyDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/opencasestudydialog.cpp" line="+57"/>
        <source>Open Case Study</source>
        <translation>Obre un estudi de cas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case studies found in: %1</source>
        <translation>Estudis de cas trobats a: %1</translation>
    </message>
</context>
<context>
    <name>dpa::OpenDatabaseDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/opendatabasedialog.cpp" line="+22"/>
        <source>Open from Database</source>
        <translation>Obre des d&apos;una base de dades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case studies shared through a PostgreSQL database with PostGIS (put there with &lt;tt&gt;dpatlas-cli push&lt;/tt&gt;). Give the connection as PostgreSQL&apos;s tools take it, such as &lt;tt&gt;host=db.example.org dbname=atlas user=me&lt;/tt&gt;; keep the password in ~/.pgpass.</source>
        <translation>Estudis de cas compartits a través d&apos;una base de dades PostgreSQL amb PostGIS (s&apos;hi posen amb &lt;tt&gt;dpatlas-cli push&lt;/tt&gt;). Indiqueu la connexió tal com l&apos;accepten les eines de PostgreSQL, per exemple &lt;tt&gt;host=db.example.org dbname=atlas user=me&lt;/tt&gt;; deseu la contrasenya a ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;List Case Studies</source>
        <translation>&amp;Llista els estudis de cas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexió:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case study</source>
        <translation>Estudi de cas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>Revisió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>Desat per última vegada</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting to %1…</source>
        <translation>S&apos;està connectant a %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the default server</source>
        <translation>el servidor per defecte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database holds no case study yet: put one there with dpatlas-cli push.</source>
        <translation>Aquesta base de dades encara no conté cap estudi de cas: poseu-n&apos;hi un amb dpatlas-cli push.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case study(ies) in this database.</source>
        <translation>
            <numerusform>%n estudi de cas en aquesta base de dades.</numerusform>
            <numerusform>%n estudis de cas en aquesta base de dades.</numerusform>
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
        <translation>A4 horitzontal</translation>
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
        <translation>%1: element %2</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1 (%2, %n rows)</source>
        <translation>
            <numerusform>%1 (%2, %n fila)</numerusform>
            <numerusform>%1 (%2, %n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::ProblemsDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/problemsdialog.cpp" line="+25"/>
        <source>Problems in %1</source>
        <translation>Problemes a %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) were found. What is sound has been loaded; the rest is left out until it is fixed.</source>
        <translation>
            <numerusform>S&apos;ha trobat %n problema. S&apos;ha carregat tot el que és correcte; la resta queda fora fins que es corregeixi.</numerusform>
            <numerusform>S&apos;han trobat %n problemes. S&apos;ha carregat tot el que és correcte; la resta queda fora fins que es corregeixi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::ReadingGuideDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/readingguidedialog.cpp" line="+36"/>
        <source>How to read this map</source>
        <translation>Com llegir aquest mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Each district, place or front is coloured by what the sources say of it on the date shown. Authorities of one &lt;i&gt;bloc&lt;/i&gt; are one camp: allies never make dual power between themselves. Click a feature for its claims and their sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cada districte, lloc o front es pinta segons el que en diuen les fonts en la data mostrada. Les autoritats d&apos;un mateix &lt;i&gt;bloc&lt;/i&gt; formen un sol bàndol: els aliats no fan mai dualitat de poders entre ells. Feu clic en un element per veure&apos;n les reivindicacions i les seves fonts.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>One camp holds or claims it, alone. A pale tint: a title that nobody is recorded enforcing.</source>
        <translation>Un sol bàndol el té o el reivindica. Un to pàl·lid: un títol que no consta que ningú faci efectiu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rival camps are each in force over the same whole ground, by control or by claim: the wide bands are the side that holds it de facto, each narrow band another camp. This is dual power in Lenin&apos;s and Trotsky&apos;s sense, not a front line.</source>
        <translation>Bàndols rivals són vigents alhora sobre el mateix territori sencer, pel control o per la reivindicació: les bandes amples són el bàndol que el té de facto, cada banda estreta un altre bàndol. És la dualitat de poders en el sentit de Lenin i Trotski, no una línia de front.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rival camps each control a part: columns in proportion to their shares. The front runs somewhere inside; the shares are the package&apos;s estimate.</source>
        <translation>Bàndols rivals controlen cadascun una part: columnes proporcionals a les seves parts. El front passa per algun lloc de dins; les parts són l&apos;estimació del paquet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A foreign force holds it without claiming sovereignty (bars), over the colour of whoever holds the title.</source>
        <translation>Una força estrangera el té sense reivindicar-ne la sobirania (barres), sobre el color de qui en té el títol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open fighting over it.</source>
        <translation>Combats pel seu control.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One camp&apos;s claim ends on the day a rival&apos;s begins, and the sources give no hour: the day belongs to the newcomer (its colour), dotted with the colour of the one leaving.</source>
        <translation>La reivindicació d&apos;un bàndol acaba el dia que comença la d&apos;un rival, i les fonts no donen l&apos;hora: el dia és del nouvingut (el seu color), puntejat amb el color del que se&apos;n va.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sources say nothing of it.</source>
        <translation>Les fonts no en diuen res.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paler</source>
        <translation>Més pàl·lid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower confidence in the claims in force. Dashed outlines: approximate boundaries. A small pennant: troops or officials present without governing.</source>
        <translation>Menys confiança en les reivindicacions vigents. Contorns discontinus: límits aproximats. Una petita banderola: tropes o funcionaris presents sense governar.</translation>
    </message>
</context>
<context>
    <name>dpa::ScanView</name>
    <message>
        <location filename="../app/desktop/georef/scanview.cpp" line="+172"/>
        <source>new</source>
        <translation>nou</translation>
    </message>
</context>
<context>
    <name>dpa::SearchField</name>
    <message>
        <location filename="../app/desktop/searchfield.cpp" line="+19"/>
        <source>Search places and events (Ctrl+K)</source>
        <translation>Cerca llocs i esdeveniments (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 — event, %2</source>
        <translation>%1 — esdeveniment, %2</translation>
    </message>
</context>
<context>
    <name>dpa::StagedFile</name>
    <message>
        <location filename="../gis/io/stagedfile.cpp" line="+24"/>
        <source>folder %1 does not exist</source>
        <translation>la carpeta %1 no existeix</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>writing was cancelled</source>
        <translation>s&apos;ha cancel·lat l&apos;escriptura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write to disk (full?)</source>
        <translation>no es pot escriure al disc (és ple?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot move the finished file into place</source>
        <translation>no es pot moure el fitxer acabat al seu lloc</translation>
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
        <translation>reivindicació</translation>
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
        <translation>ocupació</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presence</source>
        <comment>a claim&apos;s role: troops or officials present without governing</comment>
        <translation>presència</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nobody recorded</source>
        <translation>ningú registrat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 by title only: %2 claims it, nobody is recorded holding it</source>
        <translation>%1 només de iure: %2 el reivindica, no consta que ningú el tingui</translation>
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
        <translation>%1: títols rivals de %2 i %3, no consta que ningú el tingui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 holds it de facto; %3 also in force</source>
        <translation>%1: %2 el té de facto; també vigent: %3</translation>
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
        <translation>%1: %2; títol: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: fighting between %2</source>
        <translation>%1: combats entre %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 de %2 a %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>present without governing: %1</source>
        <translation>presència sense governar: %1</translation>
    </message>
</context>
<context>
    <name>dpa::TimelinePanel</name>
    <message>
        <location filename="../app/desktop/panels/timelinepanel.cpp" line="+39"/>
        <source>Start of the period (%1)</source>
        <translation>Inici del període (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous change (%1)</source>
        <translation>Canvi anterior (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step back by the unit chosen beside (keys: %1 a day, %2 an hour, %3 a week, %4 a month)</source>
        <translation>Retrocedeix la unitat triada al costat (tecles: %1 un dia, %2 una hora, %3 una setmana, %4 un mes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play / pause (%1)</source>
        <translation>Reprodueix / atura (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step forward by the unit chosen beside (keys: %1 a day, %2 an hour, %3 a week, %4 a month)</source>
        <translation>Avança la unitat triada al costat (tecles: %1 un dia, %2 una hora, %3 una setmana, %4 un mes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next change (%1)</source>
        <translation>Canvi següent (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of the period (%1)</source>
        <translation>Final del període (%1)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Setmana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step by</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour/s</source>
        <translation>1 hora/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 hours/s</source>
        <translation>6 hores/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day/s</source>
        <translation>1 dia/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 days/s</source>
        <translation>3 dies/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week/s</source>
        <translation>1 setmana/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 weeks/s</source>
        <translation>2 setmanes/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 month/s</source>
        <translation>1 mes/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback speed</source>
        <translation>Velocitat de reproducció</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n claims in force have approximate or uncertain dates</source>
        <translation>
            <numerusform>%n reivindicació vigent té dates aproximades o incertes</numerusform>
            <numerusform>%n reivindicacions vigents tenen dates aproximades o incertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::UserGuideDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/userguidedialog.cpp" line="+23"/>
        <source>Dual Power Atlas: User Guide</source>
        <translation>Dual Power Atlas: Guia d&apos;usuari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user guide is missing from this build (docs/user-guide.md).</source>
        <translation>La guia d&apos;usuari no és en aquesta compilació (docs/user-guide.md).</translation>
    </message>
</context>
<context>
    <name>dpa::cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+56"/>
        <source>unknown dataset &quot;%1&quot;: not a package folder and not the id of a discovered package (see `dpatlas-cli list`)</source>
        <translation>conjunt de dades desconegut &quot;%1&quot;: no és una carpeta de paquet ni l&apos;id d&apos;un paquet trobat (vegeu `dpatlas-cli list`)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 has %n problem(s), so its features and claims are incomplete: fix them (dpatlas-cli validate) or add --allow-errors to use what loads</source>
        <translation>
            <numerusform>%1 té %n problema, així que els seus elements i reivindicacions són incomplets: corregiu-lo (dpatlas-cli validate) o afegiu --allow-errors per fer servir el que es carregui</numerusform>
            <numerusform>%1 té %n problemes, així que els seus elements i reivindicacions són incomplets: corregiu-los (dpatlas-cli validate) o afegiu --allow-errors per fer servir el que es carregui</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>note: %1 was pushed before claims carried their times in the database (or its calendar was changed since), so the whole case study is read; push it again with --replace to read only what a date and a box need</source>
        <translation>nota: %1 es va enviar abans que les reivindicacions portessin els seus moments a la base de dades (o el seu calendari ha canviat des d’aleshores), així que es llegeix tot l’estudi de cas; torneu-lo a enviar amb --replace per llegir només el que necessiten una data i un requadre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown calendar &quot;%1&quot;: use gregorian or julian</source>
        <translation>calendari desconegut &quot;%1&quot;: feu servir gregorian o julian</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad size &quot;%1&quot;: write WxH, each from 64 to %2</source>
        <translation>mida incorrecta &quot;%1&quot;: escriviu AxA, cadascun de 64 a %2</translation>
    </message>
    <message>
        <location filename="../app/cli/boxoption.cpp" line="+20"/>
        <source>bad --bbox &quot;%1&quot;: %2</source>
        <extracomment>%1 is what was typed after --bbox, %2 what is wrong with it</extracomment>
        <translation>--bbox incorrecte &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write four numbers XMIN,YMIN,XMAX,YMAX in the case study&apos;s CRS (or the one --bbox-crs names), separated by commas</source>
        <translation>escriviu quatre nombres XMIN,YMIN,XMAX,YMAX en el SRC de l’estudi de cas (o en el que anomena --bbox-crs), separats per comes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number (write XMIN,YMIN,XMAX,YMAX)</source>
        <translation>&quot;%1&quot; no és un nombre (escriviu XMIN,YMIN,XMAX,YMAX)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XMIN %1 is greater than XMAX %2</source>
        <translation>XMIN %1 és més gran que XMAX %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YMIN %1 is greater than YMAX %2</source>
        <translation>YMIN %1 és més gran que YMAX %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the CRS --bbox is written in (default: the case study&apos;s): EPSG:4326 for longitude and latitude, in that order, or any CRS PROJ knows</source>
        <translation>el SRC en què està escrit --bbox (per defecte: el de l’estudi de cas): EPSG:4326 per a longitud i latitud, en aquest ordre, o qualsevol SRC que PROJ conegui</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--bbox-crs says what --bbox is written in: give --bbox too</source>
        <translation>--bbox-crs diu en què està escrit --bbox: indiqueu també --bbox</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bad --bbox-crs &quot;%1&quot;: %2 (write EPSG:4326 for longitude and latitude, or another EPSG code)</source>
        <extracomment>%1 is what was typed after --bbox-crs, %2 PROJ&apos;s reason</extracomment>
        <translation>--bbox-crs «%1» incorrecte: %2 (escriviu EPSG:4326 per a longitud i latitud, o un altre codi EPSG)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--bbox cannot be turned from %1 into the case study&apos;s CRS, %2: is it in the area both CRSs cover, with longitude first for EPSG:4326?</source>
        <extracomment>%1 is the CRS of --bbox, %2 the case study&apos;s CRS</extracomment>
        <translation>--bbox no es pot convertir de %1 al SRC de l’estudi de cas, %2: és a la zona que cobreixen tots dos SRC, amb la longitud primer per a EPSG:4326?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>warning: --bbox meets none of the case study&apos;s features</source>
        <translation>avís: --bbox no toca cap entitat de l’estudi de cas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: --bbox meets none of the case study&apos;s features, which lie within %1,%2,%3,%4 in longitude and latitude (--bbox-crs EPSG:4326, longitude first)</source>
        <extracomment>%1 to %4: the case study&apos;s extent in longitude and latitude, written as --bbox takes it</extracomment>
        <translation>avís: --bbox no toca cap entitat de l’estudi de cas, que són dins de %1,%2,%3,%4 en longitud i latitud (--bbox-crs EPSG:4326, longitud primer)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+9"/>
        <source>--at DATE is required (YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>cal --at DATE (AAAA-MM-DD o AAAA-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad date &quot;%1&quot;: write YYYY-MM-DD or YYYY-MM-DDTHH:MM%2</source>
        <translation>data incorrecta &quot;%1&quot;: escriviu AAAA-MM-DD o AAAA-MM-DDTHH:MM%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>data: AAAA-MM-DD o AAAA-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calendar of DATE and of printed dates: gregorian (default) or julian</source>
        <translation>calendari de DATE i de les dates impreses: gregorian (per defecte) o julian</translation>
    </message>
    <message>
        <location filename="../app/cli/layoutoptions.cpp" line="+36"/>
        <source>bad --legend &quot;%1&quot;: write one of %2</source>
        <translation>--legend incorrecte &quot;%1&quot;: escriviu-ne un de %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad --basemap: %1</source>
        <translation>--basemap incorrecte: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad --basemap-max-zoom &quot;%1&quot;: give a whole number from 0 to 24</source>
        <translation>--basemap-max-zoom incorrecte &quot;%1&quot;: indiqueu un nombre enter de 0 a 24</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>title on the picture instead of the case study&apos;s</source>
        <translation>títol de la imatge en lloc del de l&apos;estudi de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line under the title</source>
        <translation>una línia sota el títol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where the legend goes: %1 (default auto: a corner over no feature, else beside the map)</source>
        <translation>on va la llegenda: %1 (per defecte auto: un racó sense cap element, si no al costat del mapa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no legend</source>
        <translation>sense llegenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a small map of the whole case study with the picture&apos;s extent on it</source>
        <translation>un mapa petit de tot l&apos;estudi de cas amb l&apos;extensió de la imatge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no scale bar and north arrow</source>
        <translation>sense escala gràfica ni fletxa del nord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web tiles under the map: an XYZ address with {z}, {x} and {y} (https:// or file://), or WMTS:CAPABILITIES-URL</source>
        <translation>tessel·les web sota el mapa: una adreça XYZ amb {z}, {x} i {y} (https:// o file://), o WMTS:URL-DE-CAPACITATS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the basemap&apos;s attribution, added to the credits</source>
        <translation>l&apos;atribució del mapa base, afegida als crèdits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the deepest zoom level the tile service has (default 19)</source>
        <translation>el nivell de zoom més profund que té el servei de tessel·les (per defecte 19)</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="+18"/>
        <location line="+8"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>no es pot escriure &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Numbers and geometry over a case study&apos;s time line: area and population per authority (de facto and de jure) and status, the dual-power index, every status&apos;s share, front length, days each feature spent under dual power (time series, CSV); or the territories and front lines on one date (GeoPackage or GeoJSON).</source>
        <translation>Xifres i geometria al llarg de la cronologia d&apos;un estudi de cas: àrea i població per autoritat (de facto i de iure) i per estat, l&apos;índex de dualitat de poders, la proporció de cada estat, la longitud del front, els dies que cada element ha passat sota dualitat de poders (sèries temporals, CSV); o els territoris i les línies del front en una data (GeoPackage o GeoJSON).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/animatecommand.cpp" line="+20"/>
        <location filename="../app/cli/clicontext.cpp" line="-3"/>
        <location filename="../app/cli/exportcommand.cpp" line="+108"/>
        <location filename="../app/cli/repaircommand.cpp" line="+91"/>
        <source>package id, folder or packed .gpkg</source>
        <translation>id del paquet, carpeta o .gpkg empaquetat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first date of the series</source>
        <translation>primera data de la sèrie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date of the series</source>
        <translation>darrera data de la sèrie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1d, 1w, 1m or 1y (default 1d)</source>
        <translation>1d, 1w, 1m o 1y (per defecte 1d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date for territories or fronts</source>
        <translation>la data per als territoris o els fronts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area, population, dual-index, status-share, front-length, dual-days; or territories, fronts</source>
        <translation>area, population, dual-index, status-share, front-length, dual-days; o territories, fronts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates given and printed: gregorian (default) or julian</source>
        <translation>calendari de les dates indicades i impreses: gregorian (per defecte) o julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.csv for series; OUT.gpkg or OUT.geojson for geometry</source>
        <translation>OUT.csv per a les sèries; OUT.gpkg o OUT.geojson per a la geometria</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/animatecommand.cpp" line="+13"/>
        <location filename="../app/cli/clicontext.cpp" line="+12"/>
        <location filename="../app/cli/exportcommand.cpp" line="+14"/>
        <source>%1 needs exactly one DATASET</source>
        <extracomment>%1 is the command: state, render, analyze…</extracomment>
        <translation>%1 necessita exactament un DATASET</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/exportcommand.cpp" line="+3"/>
        <source>%1 needs -o OUT</source>
        <translation>%1 necessita -o OUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown metric &quot;%1&quot;: use area, population, dual-index, status-share, front-length, dual-days, territories or fronts</source>
        <translation>mètrica desconeguda &quot;%1&quot;: feu servir area, population, dual-index, status-share, front-length, dual-days, territories o fronts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot;: write territories and fronts to .gpkg, .geojson, .shp, .kml, .fgb or .csv</source>
        <translation>&quot;%1&quot;: escriviu els territoris i els fronts en .gpkg, .geojson, .shp, .kml, .fgb o .csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to is before --from</source>
        <translation>--to és anterior a --from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown step &quot;%1&quot;: use 1d, 1w, 1m or 1y</source>
        <translation>pas desconegut &quot;%1&quot;: feu servir 1d, 1w, 1m o 1y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: time series are written as CSV (name it .csv)</source>
        <translation>&quot;%1&quot;: les sèries temporals s&apos;escriuen en CSV (poseu-li l&apos;extensió .csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/cli/animatecommand.cpp" line="+57"/>
        <location filename="../app/cli/clicontext.cpp" line="-106"/>
        <location filename="../app/cli/rendercommand.cpp" line="+139"/>
        <location filename="../app/cli/validatecommand.cpp" line="+47"/>
        <source>warning: %1</source>
        <translation>avís: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 declares no population (a layer&apos;s &quot;population_field&quot; in manifest.json)</source>
        <translation>%1 no declara cap població (el &quot;population_field&quot; d&apos;una capa a manifest.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n fila</numerusform>
            <numerusform>%1: %n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/animatecommand.cpp" line="-74"/>
        <source>Animate a case study&apos;s control map from one date to another, one frame per step, with the date and the events in progress burned in: an animated GIF, an MP4 (H.264), a WebM (VP9) or a folder of PNG frames.</source>
        <translation>Anima el mapa de control d&apos;un estudi de cas d&apos;una data a una altra, un fotograma per pas, amb la data i els esdeveniments en curs incrustats: un GIF animat, un MP4 (H.264), un WebM (VP9) o una carpeta de fotogrames PNG.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first frame&apos;s date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>data del primer fotograma: AAAA-MM-DD o AAAA-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date (included when a step lands on it)</source>
        <translation>darrera data (inclosa quan un pas hi arriba just)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time between frames: 6h, 1d, 1w, 1m, 1y... (default 1d)</source>
        <translation>temps entre fotogrames: 6h, 1d, 1w, 1m, 1y... (per defecte 1d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frames per second (default 10)</source>
        <translation>fotogrames per segon (per defecte 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame size in pixels (default 1280x720)</source>
        <translation>mida del fotograma en píxels (per defecte 1280x720)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates and of month steps: gregorian (default) or julian</source>
        <translation>calendari de les dates i dels passos mensuals: gregorian (per defecte) o julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/rendercommand.cpp" line="-111"/>
        <source>language of names and titles (default: the interface&apos;s, --lang)</source>
        <translation>llengua dels noms i els títols (per defecte: la de la interfície, --lang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.gif, OUT.mp4, OUT.webm or DIR/ for PNG frames</source>
        <translation>OUT.gif, OUT.mp4, OUT.webm o DIR/ per a fotogrames PNG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>animate needs -o OUT.gif, OUT.mp4, OUT.webm or DIR/</source>
        <translation>animate necessita -o OUT.gif, OUT.mp4, OUT.webm o DIR/</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>animate needs --from DATE and --to DATE</source>
        <translation>animate necessita --from DATE i --to DATE</translation>
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
            <numerusform>%1: %n fotogrames en %2 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-106"/>
        <source>--package exports everything: it takes no --%1</source>
        <translation>--package ho exporta tot: no admet --%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 packed</source>
        <translation>%1: %2 empaquetat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: OpenStreetMap XML is for the timeline (--timeline), each claim an element with its start_date and end_date as OpenHistoricalMap reads them</source>
        <translation>%1: l&apos;XML d&apos;OpenStreetMap és per a la cronologia (--timeline), cada reivindicació un element amb els seus start_date i end_date tal com els llegeix OpenHistoricalMap</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1: %n claims as OpenStreetMap elements (for OpenHistoricalMap)</source>
        <translation>
            <numerusform>%1: %n reivindicació com a element d&apos;OpenStreetMap (per a OpenHistoricalMap)</numerusform>
            <numerusform>%1: %n reivindicacions com a elements d&apos;OpenStreetMap (per a OpenHistoricalMap)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--linked-places exports every feature with its whole history: it takes no --%1</source>
        <translation>--linked-places exporta cada element amb tota la seva història: no admet --%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no es pot escriure: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, %3 as relations (Linked Places Format)</source>
        <extracomment>%2 is &quot;12 places&quot;, %3 &quot;40 claims&quot;</extracomment>
        <translation>%1: %2, %3 com a relacions (Linked Places Format)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n lloc</numerusform>
            <numerusform>%n llocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+89"/>
        <location filename="../app/cli/validatecommand.cpp" line="+13"/>
        <source>%n claims</source>
        <translation>
            <numerusform>%n reivindicació</numerusform>
            <numerusform>%n reivindicacions</numerusform>
        </translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Export a case study&apos;s control state on a date (--at), or its whole timeline of claims (--timeline), as a layer for QGIS, ArcGIS or Google Earth: .gpkg, .geojson, .shp, .kml, .fgb or .csv (WKT). --package puts the whole case study in one GeoPackage, which the app opens and `dpatlas-cli unpack` turns back into a folder.</source>
        <translation>Exporta l&apos;estat de control d&apos;un estudi de cas en una data (--at), o tota la seva cronologia de reivindicacions (--timeline), com a capa per a QGIS, ArcGIS o Google Earth: .gpkg, .geojson, .shp, .kml, .fgb o .csv (WKT). --package posa tot l&apos;estudi de cas en un sol GeoPackage, que l&apos;aplicació obre i que `dpatlas-cli unpack` torna a convertir en una carpeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the date of the state to export</source>
        <translation>la data de l&apos;estat que cal exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export every claim with its start and end instead</source>
        <translation>exporta en canvi cada reivindicació amb el seu inici i el seu final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study (layers, claims, events, sources, manifest, period maps) as one .gpkg</source>
        <translation>tot l&apos;estudi de cas (capes, reivindicacions, esdeveniments, fonts, manifest, mapes d&apos;època) en un sol .gpkg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature as a place of the Linked Places Format (World Historical Gazetteer), its names, geometry and control history with sources, as .json</source>
        <translation>cada element com a lloc del Linked Places Format (World Historical Gazetteer), amb els seus noms, la geometria i la història del control amb les fonts, en .json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this layer of the package (a shapefile holds one geometry type)</source>
        <translation>només aquesta capa del paquet (un shapefile conté un sol tipus de geometria)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write in this CRS (default: the case study&apos;s; GeoJSON and KML are always WGS 84)</source>
        <translation>escriu en aquest CRS (per defecte: el de l&apos;estudi de cas; GeoJSON i KML sempre són en WGS 84)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDAL driver name, when the extension does not say</source>
        <translation>nom del controlador GDAL, quan l&apos;extensió no ho indica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of --at: gregorian (default) or julian</source>
        <translation>calendari de --at: gregorian (per defecte) o julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output file</source>
        <translation>fitxer de sortida</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot;: name the file .gpkg, .geojson, .shp, .kml, .fgb, .csv or .osm, or give --format</source>
        <translation>&quot;%1&quot;: poseu al fitxer l&apos;extensió .gpkg, .geojson, .shp, .kml, .fgb, .csv o .osm, o indiqueu --format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export needs either --at DATE or --timeline</source>
        <translation>export necessita --at DATE o bé --timeline</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no layer &quot;%2&quot;</source>
        <translation>%1 no té cap capa &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <location filename="../app/cli/newcommand.cpp" line="+171"/>
        <location filename="../app/cli/validatecommand.cpp" line="-1"/>
        <source>%n features</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 in %n files, one per layer:</source>
        <extracomment>%1 is &quot;40 claims&quot; or &quot;12 features&quot;</extracomment>
        <translation>
            <numerusform>%1 en %n fitxer, un per capa:</numerusform>
            <numerusform>%1 en %n fitxers, un per capa:</numerusform>
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
        <translation>línia</translation>
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
        <translation>desactivat (punt de verificació)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUTLIER</source>
        <translation>ATÍPIC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(outside the transformation)</source>
        <translation>(fora de la transformació)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Georeference a scan by its ground control points: fit the transformation, report each point&apos;s residual (pixels and metres) and the RMS, and write the warped map as a compressed, tiled GeoTIFF with overviews, ready to be a period map. Control points are read from QGIS&apos;s .points or a CSV (id,pixel,line,map_x,map_y,enabled,crs). The output appears only once it is complete.</source>
        <translation>Georeferencia un escaneig a partir dels seus punts de control: ajusta la transformació, informa del residu de cada punt (en píxels i en metres) i de l&apos;RMS, i escriu el mapa deformat com a GeoTIFF comprimit, en tessel·les i amb vistes generals, a punt per ser un mapa d&apos;època. Els punts de control es llegeixen d&apos;un .points de QGIS o d&apos;un CSV (id,pixel,line,map_x,map_y,enabled,crs). La sortida només apareix quan és completa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scan: any image GDAL reads (JPEG, PNG, TIFF, …)</source>
        <translation>l&apos;escaneig: qualsevol imatge que llegeixi GDAL (JPEG, PNG, TIFF, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the control points, .points (QGIS) or .csv</source>
        <translation>els punts de control, .points (QGIS) o .csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>helmert (2+ points), poly1 (affine, 3+), poly2 (6+), poly3 (10+) or tps (thin plate spline, 3+); default poly1</source>
        <translation>helmert (2+ punts), poly1 (afí, 3+), poly2 (6+), poly3 (10+) o tps (spline de placa prima, 3+); per defecte poly1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRS of the points&apos; map coordinates, for a file that names none (QGIS&apos;s older .points)</source>
        <translation>CRS de les coordenades de mapa dels punts, per a un fitxer que no n&apos;indica cap (els .points antics de QGIS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRS of the warped map (default: the points&apos; CRS)</source>
        <translation>CRS del mapa deformat (per defecte: el CRS dels punts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the residuals and write nothing</source>
        <translation>imprimeix els residus i no escriu res</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the warped map, a .tif</source>
        <translation>el mapa deformat, un .tif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>georef needs one SCAN, --gcps FILE and -o OUT.tif (see dpatlas-cli georef --help)</source>
        <translation>georef necessita un SCAN, --gcps FILE i -o OUT.tif (vegeu dpatlas-cli georef --help)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown --method &quot;%1&quot;: use one of %2</source>
        <translation>--method desconegut &quot;%1&quot;: feu-ne servir un de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the warped map is written as a GeoTIFF; name it .tif</source>
        <translation>%1: el mapa deformat s&apos;escriu com a GeoTIFF; poseu-li l&apos;extensió .tif</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file names no CRS for its map coordinates: give it with --crs</source>
        <translation>el fitxer no indica cap CRS per a les seves coordenades de mapa: indiqueu-lo amb --crs</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>control points: %1 (%2, %n enabled), map coordinates in %3</source>
        <extracomment>%1 is the file, %2 the number of points in it, %3 the CRS&apos;s name</extracomment>
        <translation>
            <numerusform>punts de control: %1 (%2, %n actiu), coordenades de mapa en %3</numerusform>
            <numerusform>punts de control: %1 (%2, %n actius), coordenades de mapa en %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>method: %1</source>
        <translation>mètode: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>RMS: %1 px, %2 m over %n enabled points</source>
        <translation>
            <numerusform>RMS: %1 px, %2 m sobre %n punt actiu</numerusform>
            <numerusform>RMS: %1 px, %2 m sobre %n punts actius</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n outlier(s): residual over %1 times the median</source>
        <translation>
            <numerusform>%n valor atípic: residu de més de %1 vegades la mediana</numerusform>
            <numerusform>%n valors atípics: residu de més de %1 vegades la mediana</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(a thin plate spline passes through every enabled point: its residuals are zero by construction; disable a few points to check it)</source>
        <translation>(un spline de placa prima passa per tots els punts actius: per construcció, els seus residus són zero; desactiveu uns quants punts per comprovar-lo)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/repaircommand.cpp" line="+51"/>
        <source>%1: nothing written</source>
        <translation>%1: no s&apos;ha escrit res</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote %1: %2 x %3 pixels in %4</source>
        <translation>s&apos;ha escrit %1: %2 x %3 píxels en %4</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+79"/>
        <source>the package folder (or its id)</source>
        <translation>la carpeta del paquet (o el seu id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of claims to add</source>
        <translation>una taula de reivindicacions per afegir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of events to add</source>
        <translation>una taula d&apos;esdeveniments per afegir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of sources to add</source>
        <translation>una taula de fonts per afegir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook&apos;s sheet to read (default: the first)</source>
        <translation>el full del llibre que cal llegir (per defecte: el primer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read our COLUMN from your column HEADING (repeat), as --map start=Beginning</source>
        <translation>llegeix la nostra COLUMN de la vostra columna HEADING (repetible), com ara --map start=Beginning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a regular expression finding source ids in free citations; its group (or group &apos;id&apos;) is the id, group &apos;pages&apos; the pages; sources not yet listed are added with the citation text</source>
        <translation>una expressió regular que troba ids de fonts en cites lliures; el seu grup (o el grup &apos;id&apos;) és l&apos;id, i el grup &apos;pages&apos;, les pàgines; les fonts que encara no hi són s&apos;afegeixen amb el text de la cita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the order of numeric dates such as 25/10/1956: dmy, mdy or ymd</source>
        <translation>l&apos;ordre de les dates numèriques com ara 25/10/1956: dmy, mdy o ymd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import needs exactly one package folder</source>
        <translation>import necessita exactament una carpeta de paquet</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+86"/>
        <source>%1: file not found</source>
        <translation>%1: no s&apos;ha trobat el fitxer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--dates %1: write dmy (25/10/1956), mdy (10/25/1956) or ymd</source>
        <translation>--dates %1: escriviu dmy (25/10/1956), mdy (10/25/1956) o ymd</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+99"/>
        <source>%1 is not a package folder or the id of one (see dpatlas-cli list)</source>
        <translation>%1 no és una carpeta de paquet ni l&apos;id d&apos;un paquet (vegeu dpatlas-cli list)</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+95"/>
        <source>Read %1: %2</source>
        <extracomment>%1 is the file&apos;s name, %2 what it holds (&quot;Linked Places, 72 place(s): 43 area(s), 29 point(s)&quot;)
----------
%1 is the file&apos;s name, %2 what it holds (&quot;CSV, semicolons, 12 row(s)&quot;)</extracomment>
        <translation>S&apos;ha llegit %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: %1</source>
        <translation>Columnes: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-88"/>
        <location line="+97"/>
        <source>Nothing was written: %n problem(s) to mend first.</source>
        <translation>
            <numerusform>No s&apos;ha escrit res: cal arreglar primer %n problema.</numerusform>
            <numerusform>No s&apos;ha escrit res: cal arreglar primer %n problemes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-123"/>
        <source>--places adds a layer of places: it takes no --%1</source>
        <translation>--places afegeix una capa de llocs: no admet --%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--layer %1: a layer id is letters, digits, _ and -, as places_1871</source>
        <translation>--layer %1: un id de capa són lletres, xifres, _ i -, com ara places_1871</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Replaced layer %1 with %n feature(s): %2, fields %3.</source>
        <extracomment>%1 the layer&apos;s id, %2 its file, %3 its fields</extracomment>
        <translation>
            <numerusform>S&apos;ha reemplaçat la capa %1 amb %n element: %2, camps %3.</numerusform>
            <numerusform>S&apos;ha reemplaçat la capa %1 amb %n elements: %2, camps %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added layer %1 with %n feature(s) to manifest.json: %2, fields %3.</source>
        <translation>
            <numerusform>S&apos;ha afegit la capa %1 amb %n element a manifest.json: %2, camps %3.</numerusform>
            <numerusform>S&apos;ha afegit la capa %1 amb %n elements a manifest.json: %2, camps %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manifest.json could not be edited in place and was written anew (same content, keys sorted).</source>
        <translation>manifest.json no s&apos;ha pogut editar in situ i s&apos;ha escrit de nou (mateix contingut, claus ordenades).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say in SOURCES.md where %1 comes from and under which licence.</source>
        <translation>Indiqueu a SOURCES.md d&apos;on prové %1 i amb quina llicència.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the rows of your own table (CSV with commas, semicolons or tabs; .xlsx; .ods) to a package&apos;s claims, events or sources. Your column names are matched to ours (--map settles the rest), feature and authority names to their ids; every row is checked and nothing is written unless all of them are good. --places adds the places of a Linked Places file (the World Historical Gazetteer&apos;s GeoJSON-LD) as a new layer.</source>
        <translation>Afegeix les files de la vostra pròpia taula (CSV amb comes, punts i comes o tabulacions; .xlsx; .ods) a les reivindicacions, els esdeveniments o les fonts d&apos;un paquet. Els noms de les vostres columnes es fan correspondre amb els nostres (--map resol la resta), i els noms d&apos;elements i d&apos;autoritats, amb els seus ids; es comprova cada fila i no s&apos;escriu res si no són totes correctes. --places afegeix els llocs d&apos;un fitxer Linked Places (el GeoJSON-LD del World Historical Gazetteer) com a capa nova.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Linked Places file (.lpf.json) whose places become a new feature layer</source>
        <translation>un fitxer Linked Places (.lpf.json) els llocs del qual esdevenen una capa d&apos;elements nova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --places: the new layer&apos;s title</source>
        <translation>amb --places: el títol de la capa nova</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the layer of every feature named, when your table has no layer column; with --places, the new layer&apos;s id (default: from the file&apos;s name)</source>
        <translation>la capa de cada element esmentat, quan la vostra taula no té columna de capa; amb --places, l&apos;id de la capa nova (per defecte: a partir del nom del fitxer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace the table&apos;s rows instead of adding to them; with --places, replace the layer of the same id</source>
        <translation>reemplaça les files de la taula en lloc d&apos;afegir-n&apos;hi; amb --places, reemplaça la capa que té el mateix id</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>import needs one of --claims FILE, --events FILE, --sources FILE or --places FILE</source>
        <translation>import necessita --claims FILE, --events FILE, --sources FILE o --places FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--title names a layer of places: give it with --places FILE</source>
        <translation>--title dona nom a una capa de llocs: indiqueu-lo amb --places FILE</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Added %n row(s) to %1 (%2 before, replaced, %3 now).</source>
        <extracomment>%1 is the table&apos;s file, %2 and %3 its numbers of rows before and after</extracomment>
        <translation>
            <numerusform>S&apos;ha afegit %n fila a %1 (%2 abans, reemplaçades, %3 ara).</numerusform>
            <numerusform>S&apos;han afegit %n files a %1 (%2 abans, reemplaçades, %3 ara).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added %n row(s) to %1 (%2 before, %3 now).</source>
        <translation>
            <numerusform>S&apos;ha afegit %n fila a %1 (%2 abans, %3 ara).</numerusform>
            <numerusform>S&apos;han afegit %n files a %1 (%2 abans, %3 ara).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %n source(s) to sources.csv with the citation as your table gives it; complete them there:</source>
        <translation>
            <numerusform>S&apos;ha afegit %n font a sources.csv amb la cita tal com la dona la vostra taula; completeu-la allà:</numerusform>
            <numerusform>S&apos;han afegit %n fonts a sources.csv amb la cita tal com la dona la vostra taula; completeu-les allà:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+13"/>
        <source>List every discovered case-study package.</source>
        <translation>Llista tots els paquets d&apos;estudis de cas trobats.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no packages found in: %1</source>
        <translation>no s&apos;ha trobat cap paquet a: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+72"/>
        <source>every discovered package: id, title, period</source>
        <translation>tots els paquets trobats: id, títol, període</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check packages; every problem as file:line: message</source>
        <translation>comprova paquets; cada problema com a fitxer:línia: missatge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status and authorities of every feature on DATE</source>
        <translation>estat i autoritats de cada element en DATE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draw the map of DATE (default 1920x1080)</source>
        <translation>dibuixa el mapa de DATE (per defecte 1920x1080)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one frame per step, date and events burned in</source>
        <translation>un fotograma per pas, amb la data i els esdeveniments incrustats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time series and geometry of control</source>
        <translation>sèries temporals i geometria del control</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the state on a date, or every claim with start and end</source>
        <translation>l&apos;estat en una data, o cada reivindicació amb inici i final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature and its control history, for gazetteers (LPF)</source>
        <translation>cada element i la seva història de control, per a nomenclàtors (LPF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study in one GeoPackage (a DATASET too)</source>
        <translation>tot l&apos;estudi de cas en un sol GeoPackage (també és un DATASET)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a packed case study back into a package folder</source>
        <translation>un estudi de cas empaquetat, de nou en una carpeta de paquet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study into a schema of a PostgreSQL + PostGIS database, in one transaction; from then on pg:CONNINFO#S is a DATASET for every command and for the app</source>
        <translation>l&apos;estudi de cas en un esquema d&apos;una base de dades PostgreSQL + PostGIS, en una sola transacció; des d&apos;aleshores pg:CONNINFO#S és un DATASET per a totes les ordres i per a l&apos;aplicació</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a case study kept in PostgreSQL back into a package folder</source>
        <translation>un estudi de cas desat a PostgreSQL, de nou en una carpeta de paquet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start a case study from vector files, valid from the start</source>
        <translation>comença un estudi de cas a partir de fitxers vectorials, vàlid des del principi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a copy with every invalid geometry fixed (GDAL MakeValid), each fix said in words; the package itself is never changed</source>
        <translation>una còpia amb totes les geometries no vàlides reparades (MakeValid de GDAL), cada reparació explicada amb paraules; el paquet mateix no es modifica mai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add your own table (CSV, .xlsx, .ods) to a package, all or nothing</source>
        <translation>afegeix la vostra pròpia taula (CSV, .xlsx, .ods) a un paquet, tot o res</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warp a scan by its control points (QGIS .points or CSV) into a tiled GeoTIFF with overviews; prints residuals and RMS</source>
        <translation>deforma un escaneig segons els seus punts de control (.points de QGIS o CSV) en un GeoTIFF en tessel·les amb vistes generals; imprimeix els residus i l&apos;RMS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show this help; COMMAND --help shows the command&apos;s options</source>
        <translation>mostra aquesta ajuda; COMMAND --help mostra les opcions de l&apos;ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language of messages: en, ru, fr, es, ca or ar (default: the system&apos;s)</source>
        <translation>la llengua dels missatges: en, ru, fr, es, ca o ar (per defecte: la del sistema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation>mostra la versió</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: %1</source>
        <extracomment>the first line of --help; %1 is &quot;dpatlas-cli COMMAND [OPTIONS]&quot;</extracomment>
        <translation>Ús: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Power Atlas on the command line: validate case-study packages, list their control state on a date, render and animate maps, export layers.</source>
        <translation>Dual Power Atlas a la línia d&apos;ordres: valida paquets d&apos;estudis de cas, llista el seu estat de control en una data, dibuixa i anima mapes, exporta capes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Ordres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATASET is a package id (see `list`), a package folder or a packed .gpkg. A package with problems is refused, its problems listed (exit 1); --allow-errors uses what loads of it. DATE is YYYY-MM-DD or YYYY-MM-DDTHH:MM, Gregorian unless --calendar julian; a date without a time means noon.</source>
        <translation>DATASET és un id de paquet (vegeu `list`), una carpeta de paquet o un .gpkg empaquetat. Un paquet amb problemes es rebutja i se&apos;n llisten els problemes (sortida 1); --allow-errors fa servir allò que se&apos;n carregui. DATE és AAAA-MM-DD o AAAA-MM-DDTHH:MM, en calendari gregorià tret que s&apos;indiqui --calendar julian; una data sense hora vol dir migdia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packages are found in ~/.local/share/dpatlas/datasets, the folders in DPATLAS_DATASETS (&apos;:&apos;-separated), the installed share/dpatlas/datasets and, in a build from source, the source tree&apos;s datasets/.</source>
        <translation>Els paquets es busquen a ~/.local/share/dpatlas/datasets, a les carpetes de DPATLAS_DATASETS (separades per &apos;:&apos;), a share/dpatlas/datasets de la instal·lació i, en una compilació a partir del codi font, a datasets/ de l&apos;arbre del codi font.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit status: 0 success, 1 invalid package, 2 usage error (unknown dataset, bad date, unwritable output).</source>
        <translation>Estat de sortida: 0 èxit, 1 paquet no vàlid, 2 error d&apos;ús (conjunt de dades desconegut, data incorrecta, sortida no escrivible).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unknown command &quot;%1&quot; (see dpatlas-cli --help)</source>
        <translation>ordre desconeguda &quot;%1&quot; (vegeu dpatlas-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="-126"/>
        <source>Start a case-study package from vector files (GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf, CSV): the manifest, the layers as GeoJSON, empty claims, events and sources tables, and SOURCES.md, checked by the validator before anything is written.</source>
        <translation>Comença un paquet d&apos;estudi de cas a partir de fitxers vectorials (GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf, CSV): el manifest, les capes en GeoJSON, les taules de reivindicacions, esdeveniments i fonts buides, i SOURCES.md, tot comprovat pel validador abans d&apos;escriure res.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the package id: lower case, digits and -</source>
        <translation>l&apos;id del paquet: minúscules, xifres i -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a vector file of features (repeat for more)</source>
        <translation>un fitxer vectorial d&apos;elements (repetible per afegir-ne més)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case study&apos;s title</source>
        <translation>el títol de l&apos;estudi de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first and last date, as 1917-02-23..1917-11-15</source>
        <translation>primera i darrera data, com ara 1917-02-23..1917-11-15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates: gregorian (default) or julian</source>
        <translation>calendari de les dates: gregorian (per defecte) o julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projected CRS to draw and measure in (default: the grid in PROJ&apos;s database with the smallest area of use over the layers; the others are listed)</source>
        <translation>CRS projectat en què es dibuixa i es mesura (per defecte: la quadrícula de la base de dades de PROJ amb l&apos;àrea d&apos;ús més petita que cobreix les capes; es llisten les altres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an authority: id=Name[,#rrggbb][,bloc] (repeat; colours default to a colour-blind-safe set)</source>
        <translation>una autoritat: id=Name[,#rrggbb][,bloc] (repetible; per defecte els colors surten d&apos;un joc apte per a daltònics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field that identifies features (default: id, code… when unique)</source>
        <translation>el camp que identifica els elements (per defecte: id, code… quan és únic)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field that names features (default: name, nom…)</source>
        <translation>el camp que dona nom als elements (per defecte: name, nom…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature of the layers is approximate (modern boundaries standing in for the period&apos;s): drawn with dashed outlines</source>
        <translation>tots els elements de les capes són aproximats (límits moderns en lloc dels de l&apos;època): es dibuixen amb contorns discontinus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data credits printed on every map</source>
        <translation>els crèdits de les dades impresos a cada mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new package folder (must not exist, or be empty)</source>
        <translation>la carpeta del paquet nou (no ha d&apos;existir, o ha de ser buida)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new needs exactly one ID</source>
        <translation>new necessita exactament un ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: an id is lower-case letters, digits and -, as petrograd-1917</source>
        <translation>&quot;%1&quot;: un id són lletres minúscules, xifres i -, com ara petrograd-1917</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs -o DIR, the new package&apos;s folder</source>
        <translation>new necessita -o DIR, la carpeta del paquet nou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not empty: give a new folder</source>
        <translation>%1 no és buida: indiqueu una carpeta nova</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs --title</source>
        <translation>new necessita --title</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new needs --period FIRST..LAST, as 1917-02-23..1917-11-15</source>
        <translation>new necessita --period FIRST..LAST, com ara 1917-02-23..1917-11-15</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad --period &quot;%1&quot;: %2</source>
        <translation>--period incorrecte &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad --period: %1 ends before it starts</source>
        <translation>--period incorrecte: %1 acaba abans de començar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad --authority &quot;%1&quot;: write id=Name[,#rrggbb][,bloc], the id in lower case (a-z, 0-9 and _)</source>
        <translation>--authority incorrecte &quot;%1&quot;: escriviu id=Name[,#rrggbb][,bloc], amb l&apos;id en minúscules (a-z, 0-9 i _)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new needs at least one --authority id=Name (every claim names one)</source>
        <translation>new necessita almenys una --authority id=Name (cada reivindicació n&apos;esmenta una)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs at least one --layer FILE</source>
        <translation>new necessita almenys un --layer FILE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no field identifies every feature uniquely; say which with --id-field (fields: %2)</source>
        <translation>%1: cap camp no identifica cada element de manera única; indiqueu quin amb --id-field (camps: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: field &quot;%2&quot; is missing, empty or repeated in some features (fields: %3)</source>
        <translation>%1: el camp &quot;%2&quot; falta, és buit o es repeteix en alguns elements (camps: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no field &quot;%2&quot; (fields: %3)</source>
        <translation>%1: no hi ha cap camp &quot;%2&quot; (camps: %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot suggest a CRS for these layers: give --crs</source>
        <translation>no es pot suggerir cap CRS per a aquestes capes: indiqueu --crs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, the UTM zone of the layers</source>
        <translation>%1, la zona UTM de les capes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 = %2, the projected CRS with the smallest area of use over the layers</source>
        <translation>%1 = %2, el CRS projectat amb l&apos;àrea d&apos;ús més petita que cobreix les capes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = %2, the projected CRS with the smallest area of use over the layers; others that suit them, for --crs: %3</source>
        <translation>%1 = %2, el CRS projectat amb l&apos;àrea d&apos;ús més petita que cobreix les capes; n&apos;hi ha d&apos;altres que hi escauen, per a --crs: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the new package would not be valid; nothing written</source>
        <translation>el paquet nou no seria vàlid; no s&apos;ha escrit res</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: new case study %2 (%3, %4, %5). Next: add claims to claims.csv (datasets/README.md explains the columns), then dpatlas-cli validate %1</source>
        <extracomment>%1 is the new folder, %2 the package id, %3 &quot;2 layer(s)&quot;, %4 &quot;48 features&quot;, %5 the CRS</extracomment>
        <translation>%1: estudi de cas nou %2 (%3, %4, %5). A continuació: afegiu reivindicacions a claims.csv (datasets/README.md n&apos;explica les columnes) i després executeu dpatlas-cli validate %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../app/cli/repaircommand.cpp" line="+44"/>
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n capa</numerusform>
            <numerusform>%n capes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="-11"/>
        <source>Draw the map of a case study on a date to a PNG, or to an SVG or PDF made of vector paths.</source>
        <translation>Dibuixa el mapa d&apos;un estudi de cas en una data en un PNG, o en un SVG o PDF fet de traçats vectorials.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output file: .png, .svg or .pdf</source>
        <translation>fitxer de sortida: .png, .svg o .pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image size in pixels (default 1920x1080)</source>
        <translation>mida de la imatge en píxels (per defecte 1920x1080)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a page instead of --size: %1 (A4 in pixels at --dpi)</source>
        <translation>una pàgina en lloc de --size: %1 (A4 en píxels a --dpi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution for print: the picture is W/N by H/N inches (default 96)</source>
        <translation>resolució per a la impressió: la imatge fa W/N per H/N polzades (per defecte 96)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draw this box, in the case study&apos;s CRS unless --bbox-crs says otherwise, widened to the picture&apos;s shape (default: every feature); a pg: dataset then reads only what is drawn from the database</source>
        <translation>dibuixar aquest requadre, en el SRC de l’estudi de cas tret que --bbox-crs en digui un altre, eixamplat a la forma de la imatge (per defecte: totes les entitats); un conjunt pg: llavors només llegeix de la base de dades el que es dibuixa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>render needs -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>render necessita -o OUT.png, OUT.svg o OUT.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: name the picture .png, .svg or .pdf</source>
        <translation>&quot;%1&quot;: poseu a la imatge l&apos;extensió .png, .svg o .pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad --dpi &quot;%1&quot;: give a whole number from 10 to 2400</source>
        <translation>--dpi incorrecte &quot;%1&quot;: indiqueu un nombre enter de 10 a 2400</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad --page &quot;%1&quot;: write one of %2</source>
        <translation>--page incorrecte &quot;%1&quot;: escriviu-ne un de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --page or --size, not both</source>
        <translation>indiqueu --page o --size, no tots dos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--page %1 at %2 dpi is %3x%4 pixels, over 16384: lower --dpi</source>
        <translation>--page %1 a %2 ppp fa %3x%4 píxels, més de 16384: reduïu --dpi</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot create a temporary folder for the period maps: %1</source>
        <translation>no es pot crear una carpeta temporal per als mapes d’època: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/repaircommand.cpp" line="-108"/>
        <source>%1: layer %2, feature %3%4: %5; fixed: %6</source>
        <extracomment>%1 is the layer&apos;s file, %4 the feature&apos;s name in parentheses or nothing, %5 what was wrong, %6 what the fix changed</extracomment>
        <translation>%1: capa %2, element %3%4: %5; reparat: %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; and </source>
        <comment>between two problems of one geometry</comment>
        <translation>; i </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a copy of a package with every invalid geometry fixed by GDAL&apos;s MakeValid, saying per feature what was wrong and what the fix changed. The package itself is never changed; the copy appears only once it validates.</source>
        <translation>Escriu una còpia d&apos;un paquet amb totes les geometries no vàlides reparades amb MakeValid de GDAL, i indica per a cada element què hi havia d&apos;incorrecte i què ha canviat la reparació. El paquet mateix no es modifica mai; la còpia només apareix un cop superada la validació.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a new (or empty) folder for the fixed copy</source>
        <translation>una carpeta nova (o buida) per a la còpia reparada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repair needs one DATASET and -o OUTDIR (see dpatlas-cli repair --help)</source>
        <translation>repair necessita un DATASET i -o OUTDIR (vegeu dpatlas-cli repair --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is inside the package %2: write the fixed copy to a folder outside it (the package itself is never changed)</source>
        <translation>%1 és dins del paquet %2: escriviu la còpia reparada en una carpeta de fora (el paquet mateix no es modifica mai)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the repaired package</source>
        <translation>no es pot escriure el paquet reparat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot copy %1 into %2; nothing written</source>
        <translation>no es pot copiar %1 a %2; no s&apos;ha escrit res</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1: nothing to fix: every geometry in its %n layer(s) is valid; nothing written</source>
        <translation>
            <numerusform>%1: no hi ha res a reparar: totes les geometries de la seva %n capa són vàlides; no s&apos;ha escrit res</numerusform>
            <numerusform>%1: no hi ha res a reparar: totes les geometries de les seves %n capes són vàlides; no s&apos;ha escrit res</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>the repaired copy would not validate (%n problem(s) above); nothing written</source>
        <translation>
            <numerusform>la còpia reparada no superaria la validació (%n problema més amunt); no s&apos;ha escrit res</numerusform>
            <numerusform>la còpia reparada no superaria la validació (%n problemes més amunt); no s&apos;ha escrit res</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n geometry fixed in %2; the copy validates, and everything else in it is as in %3</source>
        <extracomment>%1 is the copy&apos;s folder, %2 &quot;2 layer(s)&quot;, %3 the package</extracomment>
        <translation>
            <numerusform>%1: %n geometria reparada a %2; la còpia és vàlida, i tota la resta és igual que a %3</numerusform>
            <numerusform>%1: %n geometries reparades a %2; la còpia és vàlida, i tota la resta és igual que a %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n geometries fixed in %2; the copy validates, and everything else in it is as in %3</source>
        <extracomment>%1 is the copy&apos;s folder, %2 &quot;2 layer(s)&quot;, %3 the package</extracomment>
        <translation>
            <numerusform>%1: %n geometria reparada a %2; la còpia és vàlida, i tota la resta és igual que a %3</numerusform>
            <numerusform>%1: %n geometries reparades a %2; la còpia és vàlida, i tota la resta és igual que a %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/statecommand.cpp" line="+32"/>
        <source>Status and authorities of every feature on a date.</source>
        <translation>Estat i autoritats de cada element en una data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv (default) or json</source>
        <translation>csv (per defecte) o json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the features whose bounding box meets this box, in the case study&apos;s CRS unless --bbox-crs says otherwise (a pg: dataset then reads only those from the database)</source>
        <translation>només les entitats el rectangle envolupant de les quals toca aquest requadre, en el SRC de l’estudi de cas tret que --bbox-crs en digui un altre (un conjunt pg: llavors només llegeix aquestes de la base de dades)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format &quot;%1&quot;: use csv or json</source>
        <translation>format desconegut &quot;%1&quot;: feu servir csv o json</translation>
    </message>
    <message>
        <location filename="../app/cli/unpackcommand.cpp" line="+12"/>
        <source>Turn a case study packed by `dpatlas-cli export --package` back into a package folder, file for file.</source>
        <translation>Torna a convertir un estudi de cas empaquetat amb `dpatlas-cli export --package` en una carpeta de paquet, fitxer per fitxer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the packed case study</source>
        <translation>l&apos;estudi de cas empaquetat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new (or empty) folder to unpack into</source>
        <translation>una carpeta nova (o buida) on desempaquetar-lo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unpack needs PACKAGE.gpkg and FOLDER</source>
        <translation>unpack necessita PACKAGE.gpkg i FOLDER</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="-43"/>
        <source>Check case-study packages; print every problem as file:line: message.</source>
        <translation>Comprova paquets d&apos;estudis de cas; imprimeix cada problema com a fitxer:línia: missatge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>package folders or packed .gpkg files</source>
        <translation>carpetes de paquets o fitxers .gpkg empaquetats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>validate needs at least one package folder</source>
        <translation>validate necessita almenys una carpeta de paquet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: package folder (or packed .gpkg) not found</source>
        <translation>%1: no s&apos;ha trobat la carpeta de paquet (ni el .gpkg empaquetat)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n problema</numerusform>
            <numerusform>%1: %n problemes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: valid (%2, %3, %4, %5)</source>
        <extracomment>%2 to %5 are &quot;12 features&quot;, &quot;40 claims&quot;, &quot;7 events&quot;, &quot;9 sources&quot;</extracomment>
        <translation>%1: vàlid (%2, %3, %4, %5)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n esdeveniment</numerusform>
            <numerusform>%n esdeveniments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n font</numerusform>
            <numerusform>%n fonts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="+12"/>
        <source>Write a case study kept in PostgreSQL (by `dpatlas-cli push`) out as a package folder. Files come back byte for byte; a layer edited in the database (in QGIS, say) is written anew from its table, in its own format.</source>
        <translation>Escriu un estudi de cas desat a PostgreSQL (amb `dpatlas-cli push`) com a carpeta de paquet. Els fitxers tornen byte a byte; una capa editada a la base de dades (a QGIS, per exemple) s&apos;escriu de nou a partir de la seva taula, en el seu propi format.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the case study in the database (or give --pg and --schema)</source>
        <translation>l&apos;estudi de cas a la base de dades (o indiqueu --pg i --schema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new (or empty) folder to write the package into</source>
        <translation>una carpeta nova (o buida) on escriure el paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database: libpq&apos;s connection string</source>
        <translation>la base de dades: la cadena de connexió de libpq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case study&apos;s schema</source>
        <translation>l&apos;esquema de l&apos;estudi de cas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pull needs pg:CONNINFO#SCHEMA and FOLDER, or --pg CONNINFO --schema S and FOLDER</source>
        <translation>pull necessita pg:CONNINFO#SCHEMA i FOLDER, o --pg CONNINFO --schema S i FOLDER</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 at revision %3</source>
        <translation>%1: %2 a la revisió %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written anew from their tables (changed in the database): %1</source>
        <translation>escrites de nou a partir de les seves taules (modificades a la base de dades): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="+12"/>
        <source>Put a case study into a PostgreSQL database with PostGIS, for a team to share: its layers become PostGIS tables with spatial indexes, its claims, events, sources and manifest tables, all in one schema, written in one transaction (all or nothing). Open it afterwards as the DATASET pg:CONNINFO#SCHEMA.</source>
        <translation>Posa un estudi de cas en una base de dades PostgreSQL amb PostGIS, perquè un equip el comparteixi: les seves capes esdevenen taules PostGIS amb índexs espacials, i les reivindicacions, els esdeveniments, les fonts i el manifest, taules, tot en un sol esquema i escrit en una sola transacció (tot o res). Després obriu-lo com el DATASET pg:CONNINFO#SCHEMA.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package id, folder, packed .gpkg or pg:CONNINFO#SCHEMA</source>
        <translation>id del paquet, carpeta, .gpkg empaquetat o pg:CONNINFO#SCHEMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database: libpq&apos;s connection string (&quot;host=db.example.org dbname=atlas user=me&quot; or postgresql://…); keep the password in ~/.pgpass or PGPASSWORD</source>
        <translation>la base de dades: la cadena de connexió de libpq (&quot;host=db.example.org dbname=atlas user=me&quot; o postgresql://…); deseu la contrasenya a ~/.pgpass o a PGPASSWORD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the schema to write (default: the package id, &apos;-&apos; as &apos;_&apos;)</source>
        <translation>l&apos;esquema on escriure (per defecte: l&apos;id del paquet, amb &apos;-&apos; com a &apos;_&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the case study the schema holds already</source>
        <translation>reemplaça l&apos;estudi de cas que ja conté l&apos;esquema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>push needs exactly one DATASET</source>
        <translation>push necessita exactament un DATASET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push needs --pg CONNINFO, the database to write to</source>
        <translation>push necessita --pg CONNINFO, la base de dades on escriure</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: pushed to schema %2 of %3: %n layer(s), %4 features, %5 table rows, %6 other files</source>
        <translation>
            <numerusform>%1: pujat a l&apos;esquema %2 de %3: %n capa, %4 elements, %5 files de taules, %6 altres fitxers</numerusform>
            <numerusform>%1: pujat a l&apos;esquema %2 de %3: %n capes, %4 elements, %5 files de taules, %6 altres fitxers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it as %1</source>
        <translation>Obriu-lo com a %1</translation>
    </message>
</context>
<context>
    <name>dpa::tilebasemap</name>
    <message>
        <location filename="../gis/io/tilebasemap.cpp" line="+48"/>
        <source>no address given</source>
        <translation>no s&apos;ha indicat cap adreça</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: after WMTS: give the http(s) address of the service&apos;s capabilities</source>
        <translation>&quot;%1&quot;: després de WMTS: indiqueu l&apos;adreça http(s) de les capacitats del servei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: a tile address starts with https://, http:// or file://</source>
        <translation>&quot;%1&quot;: una adreça de tessel·les comença per https://, http:// o file://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has no %2: write the tile address with {z}, {x} and {y}, as in https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>&quot;%1&quot; no té %2: escriviu l&apos;adreça de les tessel·les amb {z}, {x} i {y}, com ara https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
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
        <translation>no hi ha traducció per a la llengua &quot;%1&quot;; es fa servir l&apos;anglès</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dual Power Atlas: control maps of dual power over time.</source>
        <translation>Dual Power Atlas: mapes de control de la dualitat de poders al llarg del temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package id, folder or packed .gpkg (default: the last one used, else petrograd-1917)</source>
        <translation>id del paquet, carpeta o .gpkg empaquetat (per defecte: l&apos;últim utilitzat, si no, petrograd-1917)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open on this date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>obre en aquesta data: AAAA-MM-DD o AAAA-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of --at: gregorian (default) or julian</source>
        <translation>calendari de --at: gregorian (per defecte) o julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>side panel to show first: events, inspector or chart</source>
        <translation>panell lateral que es mostra primer: events, inspector o chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open an export dialog: layer, timeline, image, animation or package</source>
        <translation>obre un diàleg d&apos;exportació: layer, timeline, image, animation o package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw the front lines on the map</source>
        <translation>dibuixa les línies del front al mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interface language: en, ru, fr, es, ca or ar</source>
        <translation>llengua de la interfície: en, ru, fr, es, ca o ar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown calendar &quot;%1&quot;: use gregorian or julian</source>
        <translation>calendari desconegut &quot;%1&quot;: feu servir gregorian o julian</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bad date &quot;%1&quot;: write YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>data incorrecta &quot;%1&quot;: escriviu AAAA-MM-DD o AAAA-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown dataset &quot;%1&quot; (see dpatlas-cli list)</source>
        <translation>conjunt de dades desconegut &quot;%1&quot; (vegeu dpatlas-cli list)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown panel &quot;%1&quot;: use events, inspector or chart</source>
        <translation>panell desconegut &quot;%1&quot;: feu servir events, inspector o chart</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown export &quot;%1&quot;: use layer, timeline, image, animation or package</source>
        <translation>exportació desconeguda &quot;%1&quot;: feu servir layer, timeline, image, animation o package</translation>
    </message>
</context>
</TS>
