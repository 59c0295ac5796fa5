<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>QObject</name>
    <message>
        <location filename="../gis/calendar.cpp" line="90"/>
        <source>O.S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/calendar.cpp" line="90"/>
        <source>N.S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/calendar.cpp" line="107"/>
        <source>month %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/calendar.cpp" line="109"/>
        <source>%1-%2 has no day %3 in the %4 calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/calendar.cpp" line="112"/>
        <source>%1 Feb 1918 did not exist in Russia: 31 Jan 1918 (O.S.) was followed by 14 Feb 1918 (N.S.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/coordinatetransform.cpp" line="14"/>
        <source>cannot transform coordinates: CRS is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/coordinatetransform.cpp" line="26"/>
        <source>no transformation from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/coordinatetransform.cpp" line="33"/>
        <source>cannot normalise axis order from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/coordinatetransform.cpp" line="56"/>
        <source>cannot transform point (%1, %2) from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/coordinatetransform.cpp" line="116"/>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/crs.cpp" line="14"/>
        <source>empty CRS definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/crs.cpp" line="18"/>
        <source>CRS definition may not reference files or URLs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/crs.cpp" line="28"/>
        <source>unknown or invalid CRS &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/csvtable.cpp" line="14"/>
        <location filename="../gis/rasterreader.cpp" line="35"/>
        <location filename="../gis/vectorreader.cpp" line="88"/>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/csvtable.cpp" line="16"/>
        <source>file is %1 MB; at most %2 MB is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/csvtable.cpp" line="20"/>
        <location filename="../gis/packagemanifest.cpp" line="272"/>
        <source>cannot read file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/csvtable.cpp" line="29"/>
        <source>file is not UTF-8 text (save the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/csvtable.cpp" line="73"/>
        <source>quote inside an unquoted field: put the whole field in quotes and double the inner quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/csvtable.cpp" line="88"/>
        <source>text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/csvtable.cpp" line="95"/>
        <source>quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/csvtable.cpp" line="99"/>
        <source>file is empty: a header row is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/datasetpackage.cpp" line="32"/>
        <source>layer &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/datasetpackage.cpp" line="54"/>
        <source>attribute &quot;%1&quot; named in manifest.json is not in the layer (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/datasetpackage.cpp" line="62"/>
        <source>feature has no id in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/datasetpackage.cpp" line="66"/>
        <source>id is used by more than one feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/datasetpackage.cpp" line="93"/>
        <source>period map &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/datasetpackage.cpp" line="126"/>
        <source>package folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/datasetpackage.cpp" line="170"/>
        <source>file not found: every package states its data&apos;s licences and attributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/dateinterval.cpp" line="30"/>
        <source>start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/dateinterval.cpp" line="36"/>
        <source>end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/dateinterval.cpp" line="40"/>
        <source>end %1 is before start %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/dateinterval.cpp" line="52"/>
        <source>a date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/dateinterval.cpp" line="68"/>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/dateinterval.cpp" line="69"/>
        <source>onwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="26"/>
        <source>&quot;%1&quot; is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM, optionally followed by ~ ? or %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="37"/>
        <source>&quot;%1&quot;: month %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="44"/>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="49"/>
        <source>&quot;%1&quot;: time %2:%3 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="134"/>
        <source>c. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagefolder.cpp" line="15"/>
        <source>no file named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagefolder.cpp" line="18"/>
        <source>&quot;%1&quot;: network, virtual and driver-prefixed paths are not allowed in a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagefolder.cpp" line="20"/>
        <source>&quot;%1&quot;: paths must be relative to the package folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagefolder.cpp" line="23"/>
        <source>&quot;%1&quot;: paths may not leave the package folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagefolder.cpp" line="27"/>
        <source>&quot;%1&quot;: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagefolder.cpp" line="30"/>
        <source>&quot;%1&quot;: links to a file outside the package folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagefolder.cpp" line="32"/>
        <source>&quot;%1&quot;: is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagefolder.cpp" line="34"/>
        <source>&quot;%1&quot;: file is %2 MB; at most %3 MB is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="37"/>
        <location filename="../gis/packagemanifest.cpp" line="55"/>
        <location filename="../gis/packagemanifest.cpp" line="110"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="41"/>
        <location filename="../gis/packagemanifest.cpp" line="65"/>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="45"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="59"/>
        <source>must be an object of texts per language, e.g. {&quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="70"/>
        <source>an English (&quot;en&quot;) text is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="114"/>
        <source>must be a list [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="125"/>
        <source>at least one authority is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="130"/>
        <location filename="../gis/packagemanifest.cpp" line="168"/>
        <location filename="../gis/packagemanifest.cpp" line="224"/>
        <source>%1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="137"/>
        <source>&quot;%1&quot; may contain only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="139"/>
        <source>authority &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="147"/>
        <source>&quot;%1&quot; is not a colour: write #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="152"/>
        <source>&quot;%1&quot; is not a Wikidata id (Q followed by digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="176"/>
        <source>layer &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="187"/>
        <source>&quot;%1&quot; is not a layer role: use &quot;features&quot; or &quot;context&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="191"/>
        <source>context layers need a kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="210"/>
        <source>must be an object: language -&gt; attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="215"/>
        <source>at least one layer must have role &quot;features&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="235"/>
        <location filename="../gis/packagemanifest.cpp" line="332"/>
        <source>required: {&quot;start&quot;: date, &quot;end&quot;: date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="248"/>
        <source>must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="262"/>
        <source>file not found: a package folder needs a manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="266"/>
        <source>file is %1 KB; a manifest may be at most %2 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="284"/>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="288"/>
        <source>the manifest must be a JSON object {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="298"/>
        <source>&quot;%1&quot; is not supported; this version reads &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="302"/>
        <source>&quot;%1&quot; may contain only lower-case letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="312"/>
        <source>&quot;%1&quot; is not a calendar: use gregorian, julian or julian-russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="322"/>
        <source>&quot;%1&quot; is not a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="327"/>
        <source>must be a list of calendar names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="340"/>
        <source>the period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagemanifest.cpp" line="344"/>
        <source>lies outside the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="21"/>
        <source>missing column(s): %1 (the header must have: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="51"/>
        <source>source &quot;%1&quot; is not in sources.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="68"/>
        <source>source has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="72"/>
        <source>source id &quot;%1&quot; may not contain &apos;;&apos; or &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="76"/>
        <source>source &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="80"/>
        <source>source &quot;%1&quot; has no citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="99"/>
        <source>row has %1 fields; the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="106"/>
        <source>feature &quot;%1&quot; is not in any feature layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="109"/>
        <source>authority &quot;%1&quot; is not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="113"/>
        <source>role &quot;%1&quot; is not one of control, claim, contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="122"/>
        <source>confidence &quot;%1&quot; is not high, medium, low or a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="124"/>
        <source>claim cites no source: every claim needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="148"/>
        <source>event has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="150"/>
        <source>event &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="156"/>
        <source>date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="164"/>
        <source>event has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="170"/>
        <source>feature &quot;%1&quot; is not in any feature layer (write layer/id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/packagetables.cpp" line="176"/>
        <source>event cites no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/rasterreader.cpp" line="37"/>
        <source>raster is %1 MB; at most %2 MB is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/rasterreader.cpp" line="46"/>
        <source>cannot open as a raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/rasterreader.cpp" line="54"/>
        <source>raster is not georeferenced (no geotransform, no ground control points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/rasterreader.cpp" line="56"/>
        <source>raster has no CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/rasterreader.cpp" line="59"/>
        <source>raster CRS not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/rasterreader.cpp" line="101"/>
        <source>raster warp needs a target CRS, extent and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/rasterreader.cpp" line="118"/>
        <source>cannot expand the colour table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/rasterreader.cpp" line="125"/>
        <source>raster has %1 bands; grey, RGB or RGBA is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/rasterreader.cpp" line="154"/>
        <source>cannot warp raster to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/rasterreader.cpp" line="166"/>
        <source>cannot read warped pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/vectorreader.cpp" line="98"/>
        <source>cannot open as a vector layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/vectorreader.cpp" line="99"/>
        <source>cannot open as a vector layer in an allowed format (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/vectorreader.cpp" line="109"/>
        <source>file holds no vector layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/vectorreader.cpp" line="110"/>
        <source>no layer named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/vectorreader.cpp" line="122"/>
        <source>layer has %1 features; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/vectorreader.cpp" line="134"/>
        <source>layer CRS not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/vectorreader.cpp" line="142"/>
        <source>layer has no CRS, so it cannot be placed on the map (give one in the manifest&apos;s &quot;crs&quot; of this layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/vectorreader.cpp" line="160"/>
        <source>layer has more than %1 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/vectorreader.cpp" line="170"/>
        <source>feature has no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/vectorreader.cpp" line="173"/>
        <source>unsupported geometry type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/vectorreader.cpp" line="177"/>
        <source>some coordinates cannot be transformed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/vectorreader.cpp" line="183"/>
        <source>error while reading features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="39"/>
        <source>unknown dataset &quot;%1&quot;: not a package folder and not the id of a discovered package (see `dpatlas-cli list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="63"/>
        <source>unknown calendar &quot;%1&quot;: use gregorian or julian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="70"/>
        <source>--at DATE is required (YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="75"/>
        <source>bad date &quot;%1&quot;: write YYYY-MM-DD or YYYY-MM-DDTHH:MM%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpa</name>
    <message>
        <location filename="../gis/historicaldate.cpp" line="144"/>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="144"/>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="145"/>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="145"/>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="146"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="146"/>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="147"/>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="147"/>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="148"/>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="148"/>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="149"/>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gis/historicaldate.cpp" line="149"/>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpa::MapDecorations</name>
    <message>
        <location filename="../layers/mapdecorations.cpp" line="53"/>
        <source>Dashed outlines: approximate geometry (modern boundaries stand in for historical ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/mapdecorations.cpp" line="89"/>
        <source>Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/mapdecorations.cpp" line="95"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/mapdecorations.cpp" line="96"/>
        <source>Held: one authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/mapdecorations.cpp" line="97"/>
        <source>Dual power: wide bands de facto, narrow de jure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/mapdecorations.cpp" line="98"/>
        <source>Contested: open fighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/mapdecorations.cpp" line="99"/>
        <source>Unknown: no claim in the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/mapdecorations.cpp" line="100"/>
        <source>Approximate boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/mapdecorations.cpp" line="101"/>
        <source>Paler fill: lower confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
