<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>GeorefDialog</name>
    <message>
        <location filename="../app/desktop/georef/gcpcommands.cpp" line="+11"/>
        <source>add point %1</source>
        <translation>ajouter le point %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>delete point %1</source>
        <translation>supprimer le point %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../gis/time/calendar.cpp" line="+90"/>
        <source>O.S.</source>
        <translation>a. s.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N.S.</source>
        <translation>n. s.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>month %1 does not exist</source>
        <translation>le mois %1 n’existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-%2 has no day %3 in the %4 calendar</source>
        <translation>%1-%2 n’a pas de jour %3 dans le calendrier %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Feb 1918 did not exist in Russia: 31 Jan 1918 (O.S.) was followed by 14 Feb 1918 (N.S.)</source>
        <translation>%1 février 1918 n’a pas existé en Russie : le 31 janvier 1918 (a. s.) a été suivi du 14 février 1918 (n. s.)</translation>
    </message>
    <message>
        <location filename="../gis/io/coordinatetransform.cpp" line="+14"/>
        <source>cannot transform coordinates: CRS is not set</source>
        <translation>impossible de transformer les coordonnées : le SCR n’est pas défini</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no transformation from %1 to %2</source>
        <translation>aucune transformation de %1 vers %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot normalise axis order from %1 to %2</source>
        <translation>impossible de normaliser l’ordre des axes de %1 vers %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot transform point (%1, %2) from %3 to %4</source>
        <translation>impossible de transformer le point (%1, %2) de %3 vers %4</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <location filename="../gis/io/crs.cpp" line="+14"/>
        <source>empty CRS definition</source>
        <translation>définition de SCR vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRS definition may not reference files or URLs: %1</source>
        <translation>une définition de SCR ne peut pas renvoyer à des fichiers ni à des URL : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown or invalid CRS &quot;%1&quot;</source>
        <translation>SCR « %1 » inconnu ou non valide</translation>
    </message>
    <message>
        <location filename="../gis/georef/gcpfile.cpp" line="+27"/>
        <location filename="../gis/io/rasterreader.cpp" line="+82"/>
        <location filename="../gis/io/vectorreader.cpp" line="+47"/>
        <location filename="../gis/package/csvreader.cpp" line="+63"/>
        <location filename="../gis/package/packagearchive.cpp" line="+222"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB is too large for a file of control points</source>
        <translation>%1 Mo, c’est trop pour un fichier de points de calage</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="+29"/>
        <location filename="../gis/package/import/linkedplacesfile.cpp" line="+296"/>
        <location filename="../gis/package/import/placesimport.cpp" line="+120"/>
        <source>cannot read (%1)</source>
        <translation>lecture impossible (%1)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>PROJ does not know the CRS of the map coordinates</source>
        <translation>PROJ ne connaît pas le SCR des coordonnées cartographiques</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a point needs mapX, mapY, sourceX and sourceY; this line has %1 field(s)</source>
        <translation>un point demande mapX, mapY, sourceX et sourceY ; cette ligne a %1 champ(s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a number: &quot;%2&quot;</source>
        <translation>%1 n’est pas un nombre : « %2 »</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>enable is 1 or 0, not &quot;%1&quot;</source>
        <translation>enable vaut 1 ou 0, et non « %1 »</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the header lacks the column(s) %1 (expected id,pixel,line,map_x,map_y,enabled,crs)</source>
        <translation>il manque à l’en-tête la ou les colonnes %1 (attendu : id,pixel,line,map_x,map_y,enabled,crs)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point %1: %2 is not a number: &quot;%3&quot;</source>
        <translation>point %1 : %2 n’est pas un nombre : « %3 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>point %1: enabled is 1 or 0, not &quot;%2&quot;</source>
        <translation>point %1 : enabled vaut 1 ou 0, et non « %2 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point %1: every point must be in the same CRS (this one says %2, the first said %3)</source>
        <translation>point %1 : tous les points doivent être dans le même SCR (celui-ci indique %2, le premier indiquait %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty file: expected the header id,pixel,line,map_x,map_y,enabled,crs</source>
        <translation>fichier vide : l’en-tête id,pixel,line,map_x,map_y,enabled,crs était attendu</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <location line="+3"/>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="+35"/>
        <location line="+3"/>
        <source>cannot write (%1)</source>
        <translation>écriture impossible (%1)</translation>
    </message>
    <message>
        <location filename="../gis/package/csvreader.cpp" line="+3"/>
        <source>file is %1 MB; at most %2 MB is allowed</source>
        <translation>le fichier fait %1 Mo ; %2 Mo au plus sont admis</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../gis/package/edit/editabletable.cpp" line="+26"/>
        <location filename="../gis/package/import/importtable.cpp" line="+31"/>
        <location filename="../gis/package/import/tablemerge.cpp" line="+33"/>
        <location filename="../gis/package/packagemanifest.cpp" line="+333"/>
        <source>cannot read file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>quoted field is never closed where it should be (this row is skipped; the rows after it are read)</source>
        <translation>un champ entre guillemets n’est pas fermé là où il devrait l’être (cette ligne est ignorée ; les lignes suivantes sont lues)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>quoted field is never closed (this row is skipped; the rows after it are read)</source>
        <translation>un champ entre guillemets n’est jamais fermé (cette ligne est ignorée ; les lignes suivantes sont lues)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>file is not UTF-8 text (save the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>le fichier n’est pas du texte UTF-8 (enregistrez la feuille de calcul au format « CSV UTF-8 »)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file is not text: it has a NUL byte here (save the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>le fichier n’est pas du texte : il contient ici un octet NUL (enregistrez la feuille de calcul au format « CSV UTF-8 »)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the columns are separated by semicolons: save the spreadsheet as CSV with commas (&quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>les colonnes sont séparées par des points-virgules : enregistrez la feuille de calcul en CSV avec des virgules (« CSV UTF-8 (délimité par des virgules) »)</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+34"/>
        <source>quote inside an unquoted field: put the whole field in quotes and double the inner quotes</source>
        <translation>guillemet dans un champ qui n’est pas entre guillemets : mettez tout le champ entre guillemets et doublez les guillemets intérieurs</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>text after the closing quote of a field</source>
        <translation>texte après le guillemet fermant d’un champ</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>file is empty: a header row is required</source>
        <translation>le fichier est vide : une ligne d’en-tête est requise</translation>
    </message>
    <message>
        <location filename="../gis/package/datasetpackage.cpp" line="+28"/>
        <source>layer &quot;%1&quot;: %2</source>
        <translation>couche « %1 » : %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+67"/>
        <source>attribute &quot;%1&quot; named in manifest.json is not in the layer (it has: %2)</source>
        <translation>l’attribut « %1 » nommé dans manifest.json n’existe pas dans la couche (elle a : %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/layerfeaturerules.cpp" line="+29"/>
        <source>feature has no id in &quot;%1&quot;</source>
        <translation>entité sans identifiant dans « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id is used by more than one feature</source>
        <translation>identifiant utilisé par plus d’une entité</translation>
    </message>
    <message>
        <location filename="../gis/package/datasetpackage.cpp" line="+25"/>
        <source>period map &quot;%1&quot;: %2</source>
        <translation>carte d’époque « %1 » : %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>package folder not found</source>
        <translation>dossier du paquet introuvable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a symbolic link to a file outside the package folder: copy the file into the package instead</source>
        <translation>lien symbolique vers un fichier hors du dossier du paquet : copiez plutôt le fichier dans le paquet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>loading cancelled</source>
        <translation>chargement annulé</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>file not found: every package states its data&apos;s licences and attributions</source>
        <translation>fichier introuvable : chaque paquet indique les licences et les attributions de ses données</translation>
    </message>
    <message>
        <location filename="../gis/time/dateinterval.cpp" line="+66"/>
        <source>start: %1</source>
        <translation>début : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>end: %1</source>
        <translation>fin : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>end %1 is before start %2</source>
        <translation>la fin %1 précède le début %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a date is required</source>
        <translation>une date est requise</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; has no date at either end: write START/END, with .. for an open end or nothing for an unknown one (1917-03/.., 1917-03/)</source>
        <translation>« %1 » n’a de date à aucune de ses bornes : écrivez DÉBUT/FIN, avec .. pour une borne ouverte ou rien pour une borne inconnue (1917-03/.., 1917-03/)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown start</source>
        <translation>début inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onwards</source>
        <translation>après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown end</source>
        <translation>fin inconnue</translation>
    </message>
    <message>
        <location filename="../gis/package/import/rowconversion.cpp" line="+75"/>
        <source>no layer column and no --layer: each feature was looked for in every feature layer (%1)</source>
        <translation>ni colonne de couche ni --layer : chaque entité a été cherchée dans toutes les couches d’entités (%1)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 « %2 » : %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>source &quot;%1&quot; is not in sources.csv; if this column holds citations, give --source-pattern to find the ids in them (as &quot;\[(\w+)\]&quot; for &quot;Smith 1990 [smith1990]&quot;)</source>
        <translation>la source « %1 » n’est pas dans sources.csv ; si cette colonne contient des références, donnez --source-pattern pour y trouver les identifiants (comme &quot;\[(\w+)\]&quot; pour &quot;Smith 1990 [smith1990]&quot;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>source &quot;%1&quot; is not in sources.csv and the cell gives no citation for it: import the sources first (--sources FILE) or write the citation before the id</source>
        <translation>la source « %1 » n’est pas dans sources.csv et la cellule n’en donne pas la référence : importez d’abord les sources (--sources FICHIER) ou écrivez la référence avant l’identifiant</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>role &quot;%1&quot;: write control for de facto power, claim for de jure title</source>
        <translation>rôle « %1 » : écrivez control pour un pouvoir de facto, claim pour un titre de jure</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>event &quot;%1&quot; is already in events.csv or earlier in this file</source>
        <translation>l’événement « %1 » figure déjà dans events.csv ou plus haut dans ce fichier</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>source &quot;%1&quot; is listed twice in this file</source>
        <translation>la source « %1 » figure deux fois dans ce fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source &quot;%1&quot; is already in sources.csv with another citation (&quot;%2&quot;)</source>
        <translation>la source « %1 » figure déjà dans sources.csv avec une autre référence (« %2 »)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n feature name(s) matched to ids: %1</source>
        <translation>
            <numerusform>%n nom d’entité rapporté à son identifiant : %1</numerusform>
            <numerusform>%n noms d’entités rapportés à leurs identifiants : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n authority name(s) matched to ids: %1</source>
        <translation>
            <numerusform>%n nom d’autorité rapporté à son identifiant : %1</numerusform>
            <numerusform>%n noms d’autorités rapportés à leurs identifiants : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n date(s) rewritten as year-month-day (--dates)</source>
        <translation>
            <numerusform>%n date réécrite en année-mois-jour (--dates)</numerusform>
            <numerusform>%n dates réécrites en année-mois-jour (--dates)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n id(s) made from the rows&apos; %1</source>
        <translation>
            <numerusform>%n identifiant formé à partir des %1 des lignes</numerusform>
            <numerusform>%n identifiants formés à partir des %1 des lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>titles</source>
        <translation>titres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>citations</source>
        <translation>références</translation>
    </message>
    <message>
        <location filename="../gis/time/historicaldate.cpp" line="+134"/>
        <source>%1 (month and day unknown)</source>
        <translation>%1 (mois et jour inconnus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (month unknown)</source>
        <translation>%1 (mois inconnu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spring %1</source>
        <translation>printemps %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summer %1</source>
        <translation>été %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autumn %1</source>
        <translation>automne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winter %1–%2</source>
        <translation>hiver %1–%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (day unknown)</source>
        <translation>%1 (jour inconnu)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>c. %1</source>
        <translation>v. %1</translation>
    </message>
    <message>
        <location filename="../gis/time/datetext.cpp" line="+209"/>
        <source>%1 BC</source>
        <translation>%1 av. J.-C.</translation>
    </message>
    <message>
        <location filename="../gis/package/packagefolder.cpp" line="+46"/>
        <source>no file named</source>
        <translation>aucun nom de fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: network, virtual and driver-prefixed paths are not allowed in a package</source>
        <translation>« %1 » : les chemins réseau, virtuels ou préfixés par un pilote ne sont pas admis dans un paquet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: paths must be relative to the package folder</source>
        <translation>« %1 » : les chemins doivent être relatifs au dossier du paquet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: paths may not leave the package folder</source>
        <translation>« %1 » : les chemins ne peuvent pas sortir du dossier du paquet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: file not found</source>
        <translation>« %1 » : fichier introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: links to a file outside the package folder</source>
        <translation>« %1 » : lien vers un fichier hors du dossier du paquet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: is not a file</source>
        <translation>« %1 » : n’est pas un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: file is %2 MB; at most %3 MB is allowed</source>
        <translation>« %1 » : le fichier fait %2 Mo ; %3 Mo au plus sont admis</translation>
    </message>
    <message>
        <location filename="../gis/package/packagemanifest.cpp" line="-296"/>
        <location line="+18"/>
        <location line="+68"/>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+24"/>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an object of texts per language, e.g. {&quot;en&quot;: &quot;...&quot;}</source>
        <translation>doit être un objet de textes par langue, p. ex. {&quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an English (&quot;en&quot;) text is required</source>
        <translation>un texte en anglais (« en ») est requis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false (without quotes)</source>
        <translation>doit valoir true ou false (sans guillemets)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>must be a list [...]</source>
        <translation>doit être une liste [...]</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: bloc &quot;%2&quot; is used by this authority alone; did you mean &quot;%3&quot; (used by %4)? Authorities of one bloc are one camp.</source>
        <translation>%1 : le bloc « %2 » n’est utilisé que par cette autorité ; vouliez-vous dire « %3 » (utilisé par %4) ? Les autorités d’un même bloc forment un seul camp.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>at least one authority is required</source>
        <translation>au moins une autorité est requise</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <location line="+58"/>
        <source>%1: must be an object</source>
        <translation>%1 : doit être un objet</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&quot;%1&quot; may contain only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>« %1 » ne peut contenir que des lettres, des chiffres, « _ », « - » et « . »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority &quot;%1&quot; is defined twice</source>
        <translation>l’autorité « %1 » est définie deux fois</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a colour: write #rrggbb</source>
        <translation>« %1 » n’est pas une couleur : écrivez #rrggbb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a Wikidata id (Q followed by digits)</source>
        <translation>« %1 » n’est pas un identifiant Wikidata (Q suivi de chiffres)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>layer &quot;%1&quot; is defined twice</source>
        <translation>la couche « %1 » est définie deux fois</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a layer role: use &quot;features&quot; or &quot;context&quot;</source>
        <translation>« %1 » n’est pas un rôle de couche : utilisez « features » ou « context »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>context layers need a kind: %1</source>
        <translation>les couches de contexte ont besoin d’un type (kind) : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be an object: language -&gt; attribute</source>
        <translation>doit être un objet : langue -&gt; attribut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one layer must have role &quot;features&quot;</source>
        <translation>au moins une couche doit avoir le rôle « features »</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+97"/>
        <source>required: {&quot;start&quot;: date, &quot;end&quot;: date}</source>
        <translation>requis : {&quot;start&quot;: date, &quot;end&quot;: date}</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>must be a number from 0 to 1</source>
        <translation>doit être un nombre de 0 à 1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>file not found: a package folder needs a manifest.json</source>
        <translation>fichier introuvable : un dossier de paquet doit contenir un manifest.json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file is %1 KB; a manifest may be at most %2 KB</source>
        <translation>le fichier fait %1 Ko ; un manifeste ne peut dépasser %2 Ko</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the manifest must be a JSON object {...}</source>
        <translation>le manifeste doit être un objet JSON {...}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not supported; this version reads &quot;%2&quot;</source>
        <translation>« %1 » n’est pas pris en charge ; cette version lit « %2 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; may contain only lower-case letters, digits and &apos;-&apos;</source>
        <translation>« %1 » ne peut contenir que des minuscules, des chiffres et « - »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a calendar: use gregorian, julian or julian-russia</source>
        <translation>« %1 » n’est pas un calendrier : utilisez gregorian, julian ou julian-russia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a calendar</source>
        <translation>« %1 » n’est pas un calendrier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list of calendar names</source>
        <translation>doit être une liste de noms de calendriers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the period ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lies outside the period</source>
        <translation>se situe hors de la période</translation>
    </message>
    <message>
        <location filename="../gis/package/claimstable.cpp" line="+255"/>
        <location filename="../gis/package/packagetables.cpp" line="+22"/>
        <source>missing column(s): %1 (the header must have: %2)</source>
        <translation>colonne(s) manquante(s) : %1 (l’en-tête doit comporter : %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+18"/>
        <source>source &quot;%1&quot; is not in sources.csv</source>
        <translation>la source « %1 » n’est pas dans sources.csv</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>source has no id</source>
        <translation>source sans identifiant</translation>
    </message>
    <message>
        <location filename="../gis/package/import/citationpattern.cpp" line="+12"/>
        <source>--source-pattern &quot;%1&quot; is not a regular expression: %2 at character %3</source>
        <translation>--source-pattern « %1 » n’est pas une expression régulière : %2 au caractère %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--source-pattern &quot;%1&quot; has no group: put the source id in parentheses, as in &quot;\[(\w+)\]&quot; for &quot;Smith 1990 [smith1990]&quot;</source>
        <translation>--source-pattern « %1 » n’a pas de groupe : mettez l’identifiant de la source entre parenthèses, comme dans &quot;\[(\w+)\]&quot; pour &quot;Smith 1990 [smith1990]&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the source pattern matched &quot;%1&quot; but its id group is empty</source>
        <translation>le motif de source a reconnu « %1 », mais son groupe d’identifiant est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/package/packagetables.cpp" line="+4"/>
        <source>source id &quot;%1&quot; may not contain &apos;;&apos; or &apos;:&apos;</source>
        <translation>l’identifiant de source « %1 » ne peut contenir ni « ; » ni « : »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no source id found in &quot;%1&quot; with --source-pattern %2</source>
        <translation>aucun identifiant de source trouvé dans « %1 » avec --source-pattern %2</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+4"/>
        <source>source &quot;%1&quot; is listed twice</source>
        <translation>la source « %1 » figure deux fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source &quot;%1&quot; has no citation</source>
        <translation>la source « %1 » n’a pas de référence</translation>
    </message>
    <message>
        <location filename="../gis/package/claimstable.cpp" line="-121"/>
        <source>row has %1 fields; the header has %2</source>
        <translation>la ligne a %1 champs ; l’en-tête en a %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>feature &quot;%1&quot; is not in any feature layer</source>
        <translation>l’entité « %1 » n’est dans aucune couche d’entités</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>authority &quot;%1&quot; is not in the manifest</source>
        <translation>l’autorité « %1 » n’est pas dans le manifeste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>role &quot;%1&quot; is not one of %2</source>
        <translation>le rôle « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>confidence &quot;%1&quot; is not high, medium, low or a number from 0 to 1</source>
        <translation>la fiabilité « %1 » n’est ni high, ni medium, ni low, ni un nombre de 0 à 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>claim cites no source: every claim needs one</source>
        <translation>la revendication ne cite aucune source : chaque revendication en exige une</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>share &quot;%1&quot; is not a number above 0 and at most 1 (the part of the feature this claim controls)</source>
        <translation>la part « %1 » n’est pas un nombre supérieur à 0 et au plus égal à 1 (la part de l’entité que contrôle cette revendication)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>share is only for control claims (camps that each control a part of a divided feature), not %1</source>
        <translation>la part (share) ne vaut que pour les revendications de contrôle (des camps qui contrôlent chacun une part d’une entité partagée), et non pour %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 claim(s) are about layer &quot;%2&quot;, which could not be read (see its problem): left out until it is</source>
        <translation>%1 revendication(s) portent sur la couche « %2 », qui n’a pas pu être lue (voir son problème) : écartées jusqu’à ce qu’elle le soit</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+22"/>
        <source>event has no id</source>
        <translation>événement sans identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event &quot;%1&quot; is listed twice</source>
        <translation>l’événement « %1 » figure deux fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>date: %1</source>
        <translation>date : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>event has no title</source>
        <translation>événement sans titre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feature &quot;%1&quot; is not in any feature layer (write layer/id)</source>
        <translation>l’entité « %1 » n’est dans aucune couche d’entités (écrivez couche/id)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>event cites no source</source>
        <translation>l’événement ne cite aucune source</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 feature reference(s) of events are to layer &quot;%2&quot;, which could not be read (see its problem): left out until it is</source>
        <translation>%1 renvoi(s) d’événements à des entités portent sur la couche « %2 », qui n’a pas pu être lue (voir son problème) : écartés jusqu’à ce qu’elle le soit</translation>
    </message>
    <message>
        <location filename="../gis/io/rasterreader.cpp" line="-24"/>
        <source>raster is %1 x %2 pixels; at most %3 million pixels are allowed</source>
        <translation>le raster fait %1 x %2 pixels ; %3 millions de pixels au plus sont admis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>raster is %1 x %2 pixels and has no overviews: add them inside the file (gdaladdo FILE) or save it as a Cloud Optimized GeoTIFF (gdal_translate -of COG)</source>
        <translation>le raster fait %1 x %2 pixels et n’a pas de pyramides : ajoutez-les dans le fichier (gdaladdo FICHIER) ou enregistrez-le en Cloud Optimized GeoTIFF (gdal_translate -of COG)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>raster is %1 MB; at most %2 MB is allowed</source>
        <translation>le raster fait %1 Mo ; %2 Mo au plus sont admis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot open as a raster</source>
        <translation>impossible de l’ouvrir comme raster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>raster is not georeferenced (no geotransform, no ground control points)</source>
        <translation>le raster n’est pas géoréférencé (ni géotransformation, ni points de calage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raster has no CRS</source>
        <translation>le raster n’a pas de SCR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>raster CRS not understood</source>
        <translation>SCR du raster non reconnu</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>raster warp needs a target CRS, extent and size</source>
        <translation>la reprojection du raster demande un SCR cible, une emprise et une taille</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot expand the colour table</source>
        <translation>impossible de développer la table des couleurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>raster has %1 bands; grey, RGB or RGBA is expected</source>
        <translation>le raster a %1 bandes ; niveaux de gris, RVB ou RVBA attendus</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot warp raster to %1</source>
        <translation>impossible de reprojeter le raster dans %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read warped pixels</source>
        <translation>impossible de lire les pixels reprojetés</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="+67"/>
        <location filename="../gis/io/vectorreader.cpp" line="+10"/>
        <source>cannot open as a vector layer</source>
        <translation>impossible de l’ouvrir comme couche vecteur</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorreader.cpp" line="+1"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+167"/>
        <source>cannot open as a vector layer in an allowed format (%1)</source>
        <translation>impossible de l’ouvrir comme couche vecteur dans un format admis (%1)</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="-33"/>
        <location filename="../gis/io/vectorreader.cpp" line="+10"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+6"/>
        <source>file holds no vector layer</source>
        <translation>le fichier ne contient aucune couche vecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gis/io/vectorreader.cpp" line="+1"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+1"/>
        <source>no layer named &quot;%1&quot;</source>
        <translation>aucune couche nommée « %1 »</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>feature %1: %2: %3</source>
        <translation>entité %1 : %2 : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n geometry(ies) cannot be fixed, so no fixed copy is written: %1</source>
        <translation>
            <numerusform>%n géométrie ne peut pas être réparée, aucune copie réparée n’est donc écrite : %1</numerusform>
            <numerusform>%n géométries ne peuvent pas être réparées, aucune copie réparée n’est donc écrite : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot open the copy for writing</source>
        <translation>impossible d’ouvrir la copie en écriture</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GDAL&apos;s %1 driver cannot rewrite a feature in place, so no fixed copy of this file can be written: save the layer as GeoJSON or GeoPackage (in QGIS: Export &gt; Save Features As), point the manifest at it and repair again</source>
        <translation>le pilote %1 de GDAL ne peut pas réécrire une entité sur place, aucune copie réparée de ce fichier ne peut donc être écrite : enregistrez la couche en GeoJSON ou en GeoPackage (dans QGIS : Exporter &gt; Sauvegarder les entités sous), faites-y pointer le manifeste et relancez la réparation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write the fixed geometry</source>
        <translation>impossible d’écrire la géométrie réparée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error while writing the fixed geometries</source>
        <translation>erreur lors de l’écriture des géométries réparées</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorreader.cpp" line="+9"/>
        <source>layer &quot;%1&quot; is %2, not a plain table: a view runs its own query when read, so a package may not hold one</source>
        <translation>la couche « %1 » est %2, et non une simple table : une vue exécute sa propre requête à la lecture, un paquet ne peut donc pas en contenir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the file&apos;s tables</source>
        <translation>absente des tables du fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a %1</source>
        <translation>un objet « %1 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>layer has %1 features; at most %2 are allowed</source>
        <translation>la couche a %1 entités ; %2 au plus sont admises</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="-26"/>
        <source>layer CRS not understood</source>
        <translation>SCR de la couche non reconnu</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+4"/>
        <source>layer has no CRS, so it cannot be placed on the map (give one in the manifest&apos;s &quot;crs&quot; of this layer)</source>
        <translation>la couche n’a pas de SCR et ne peut donc pas être placée sur la carte (indiquez-en un dans le « crs » de cette couche, dans le manifeste)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading cancelled</source>
        <translation>lecture annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer has more than %1 features</source>
        <translation>la couche a plus de %1 entités</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+93"/>
        <source>feature has no geometry</source>
        <translation>entité sans géométrie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported geometry type %1</source>
        <translation>type de géométrie %1 non pris en charge</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+13"/>
        <source>some coordinates cannot be transformed to %1</source>
        <translation>certaines coordonnées ne peuvent pas être transformées vers %1</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="-44"/>
        <location filename="../gis/io/vectorreader.cpp" line="+6"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+55"/>
        <location line="+58"/>
        <source>error while reading features</source>
        <translation>erreur lors de la lecture des entités</translation>
    </message>
    <message>
        <location filename="../app/desktop/georef/typedcoordinates.cpp" line="+34"/>
        <source>%1, %2 cannot be taken from %3 into the case study&apos;s CRS</source>
        <translation>le point %1, %2 ne peut pas être converti de %3 dans le SCR de l’étude de cas</translation>
    </message>
    <message>
        <location filename="../app/desktop/panels/eventspanel.cpp" line="+23"/>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <location filename="../gis/analysis/layerexport.cpp" line="+95"/>
        <source>%1: who held each feature on %2 (Dual Power Atlas)</source>
        <translation>%1 : qui tenait chaque entité le %2 (Atlas du double pouvoir)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: every claim with its start and end (Dual Power Atlas)</source>
        <translation>%1 : chaque revendication avec son début et sa fin (Atlas du double pouvoir)</translation>
    </message>
    <message>
        <location filename="../gis/analysis/linkedplaces.cpp" line="+83"/>
        <source>held de facto by</source>
        <translation>tenu de facto par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claimed de jure by</source>
        <translation>revendiqué de jure par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fought over by</source>
        <translation>disputé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occupied by</source>
        <translation>occupé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with forces present, not governing, of</source>
        <translation>où sont présentes, sans gouverner, les forces de</translation>
    </message>
    <message>
        <location filename="../gis/analysis/qgisproject.cpp" line="+176"/>
        <source>cannot zip the QGIS project</source>
        <translation>impossible de compresser (zip) le projet QGIS</translation>
    </message>
    <message>
        <location filename="../gis/analysis/qgisstyle.cpp" line="+219"/>
        <source>no de facto holder</source>
        <translation>aucun détenteur de facto</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>The case study&apos;s colours and statuses</source>
        <translation>Les couleurs et les statuts de l’étude de cas</translation>
    </message>
    <message>
        <location filename="../gis/analysis/spatialfacts.cpp" line="+25"/>
        <source>too few points</source>
        <translation>trop peu de points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong topological dimension</source>
        <translation>mauvaise dimension topologique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spikes</source>
        <translation>pointes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate points</source>
        <translation>points en double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ring not closed</source>
        <translation>anneau non fermé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-intersection</source>
        <translation>auto-intersection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong ring orientation</source>
        <translation>mauvaise orientation d’anneau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hole outside its polygon</source>
        <translation>trou hors de son polygone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested holes</source>
        <translation>trous imbriqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected interior</source>
        <translation>intérieur non connexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlapping polygons</source>
        <translation>polygones qui se chevauchent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong corner order</source>
        <translation>mauvais ordre des sommets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid coordinate</source>
        <translation>coordonnée non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid geometry</source>
        <translation>géométrie non valide</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>its outline crosses itself%1</source>
        <translation>son contour se recoupe lui-même%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two of its parts overlap%1</source>
        <translation>deux de ses parties se chevauchent%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside its outline%1</source>
        <translation>un trou se trouve hors de son contour%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies inside another hole%1</source>
        <translation>un trou se trouve à l’intérieur d’un autre trou%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring has too few points to enclose an area%1</source>
        <translation>un anneau a trop peu de points pour délimiter une surface%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its outline doubles back on itself (a spike)%1</source>
        <translation>son contour revient sur lui-même (une pointe)%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; it is drawn but left out of areas, fronts and the dual-power index. Fix the outline there (dpatlas-cli repair writes a fixed copy; in QGIS: Vector &gt; Geometry Tools &gt; Check Validity, then Fix Geometries)</source>
        <translation>%1 ; elle est dessinée mais écartée des surfaces, des fronts et de l’indice de double pouvoir. Corrigez le contour à cet endroit (dpatlas-cli repair écrit une copie réparée ; dans QGIS : Vecteur &gt; Outils de géométrie &gt; Vérifier la validité, puis Réparer les géométries)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>ring not closed%1: closed for the analyses</source>
        <translation>anneau non fermé%1 : fermé pour les analyses</translation>
    </message>
    <message>
        <location filename="../gis/georef/georefmethod.cpp" line="+43"/>
        <source>Helmert (similarity)</source>
        <translation>Helmert (similitude)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affine (polynomial 1)</source>
        <translation>Affine (polynomiale 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polynomial 2</source>
        <translation>Polynomiale 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polynomial 3</source>
        <translation>Polynomiale 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thin plate spline</source>
        <translation>Spline de plaque mince</translation>
    </message>
    <message>
        <location filename="../gis/georef/georeftransform.cpp" line="+20"/>
        <source>point %1</source>
        <translation>point %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 and %2 are on the same spot of the scan; delete or disable one</source>
        <translation>%1 et %2 sont au même endroit du scan ; supprimez ou désactivez l’un des deux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are on the same spot of the map; delete or disable one</source>
        <translation>%1 et %2 sont au même endroit de la carte ; supprimez ou désactivez l’un des deux</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 needs at least %2 enabled control points; there are %3</source>
        <translation>%1 demande au moins %2 points de calage activés ; il y en a %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the enabled control points (%1) lie on one line on the %2, so %3 cannot tell how the scan stretches across it; add a point away from that line</source>
        <translation>les points de calage activés (%1) sont alignés sur %2, si bien que la transformation %3 ne peut pas déterminer comment le scan s’étire de part et d’autre ; ajoutez un point à l’écart de cette ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scan</source>
        <translation>le scan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>map</source>
        <translation>la carte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the control points do not determine a Helmert transformation</source>
        <translation>les points de calage ne déterminent pas une transformation de Helmert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the control points (%1) do not determine a %2: too many of them may lie on one line or curve</source>
        <translation>les points de calage (%1) ne déterminent pas une transformation %2 : trop d’entre eux sont peut-être alignés sur une même ligne ou courbe</translation>
    </message>
    <message>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="-32"/>
        <source>not valid JSON (%1); fix it before adding a period map</source>
        <translation>JSON non valide (%1) ; corrigez-le avant d’ajouter une carte d’époque</translation>
    </message>
    <message>
        <location filename="../gis/georef/scanimage.cpp" line="+20"/>
        <location filename="../gis/georef/scanwarper.cpp" line="+52"/>
        <source>scan not found</source>
        <translation>scan introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../gis/georef/scanwarper.cpp" line="+4"/>
        <location line="+38"/>
        <source>GDAL cannot read this file as an image</source>
        <translation>GDAL ne peut pas lire ce fichier comme une image</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the scan&apos;s pixels</source>
        <translation>impossible de lire les pixels du scan</translation>
    </message>
    <message>
        <location filename="../gis/georef/scanwarper.cpp" line="-35"/>
        <source>the scan is %1 x %2 pixels; at most %3 million pixels can be georeferenced: scale it down or cut it into sheets</source>
        <translation>le scan fait %1 x %2 pixels ; %3 millions de pixels au plus peuvent être géoréférencés : réduisez-le ou découpez-le en feuilles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scan has %1 bands; grey, RGB or RGBA is expected</source>
        <translation>le scan a %1 bandes ; niveaux de gris, RVB ou RVBA attendus</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>cannot attach the control points to the scan</source>
        <translation>impossible d’attacher les points de calage au scan</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the control points state no CRS for their map coordinates</source>
        <translation>les points de calage n’indiquent aucun SCR pour leurs coordonnées cartographiques</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+89"/>
        <source>cannot warp the scan into %1</source>
        <translation>impossible de recaler le scan dans %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>the warped map would be %1 x %2 pixels; at most %3 million are allowed (a transformation that bends far outside the points makes it huge: check the residuals, or scale the scan down)</source>
        <translation>la carte recalée ferait %1 x %2 pixels ; %3 millions au plus sont admis (une transformation qui se déforme loin hors des points la rend énorme : vérifiez les résidus, ou réduisez le scan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../layers/export/pictureexport.cpp" line="+49"/>
        <source>folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../gis/io/vectorwriter.cpp" line="+323"/>
        <source>cannot write in %1 (%2)</source>
        <translation>impossible d’écrire dans %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cancelled; nothing was written</source>
        <translation>annulé ; rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>cannot write the warped map</source>
        <translation>impossible d’écrire la carte recalée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the warped map is %1 MB; a package&apos;s period map may be at most %2 MB: scale the scan down</source>
        <translation>la carte recalée fait %1 Mo ; la carte d’époque d’un paquet ne peut dépasser %2 Mo : réduisez le scan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write to disk (full?)</source>
        <translation>impossible d’écrire sur le disque (plein ?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/io/vectorwriter.cpp" line="+60"/>
        <source>cannot move the finished file into place</source>
        <translation>impossible de mettre le fichier terminé à sa place</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the preview needs a CRS, an extent and a size</source>
        <translation>l’aperçu demande un SCR, une emprise et une taille</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot read the warped pixels</source>
        <translation>impossible de lire les pixels recalés</translation>
    </message>
    <message>
        <location filename="../gis/io/filelocation.cpp" line="+23"/>
        <source>near x %1, y %2 in the file&apos;s coordinates</source>
        <translation>près de x %1, y %2 dans les coordonnées du fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>near longitude %1, latitude %2 in the file&apos;s CRS (%3)</source>
        <translation>près de la longitude %1, latitude %2 dans le SCR du fichier (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near x %1, y %2 in the file&apos;s CRS (%3)</source>
        <translation>près de x %1, y %2 dans le SCR du fichier (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, longitude %1, latitude %2</source>
        <translation>, longitude %1, latitude %2</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryfix.cpp" line="+101"/>
        <source>GEOS finds it invalid: %1</source>
        <translation>GEOS la juge non valide : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the areas of its crossing parts, which cancelled out as drawn, now add up</source>
        <translation>les surfaces de ses parties qui se croisent, qui s’annulaient telles que dessinées, s’additionnent désormais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it encloses no area</source>
        <translation>elle ne délimite aucune surface</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>area unchanged</source>
        <translation>surface inchangée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>area changed by less than 0.1 %</source>
        <translation>surface modifiée de moins de 0,1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area changed by %1%2 %</source>
        <translation>surface modifiée de %1%2 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ring closed (its first point repeated at its end)</source>
        <translation>anneau fermé (son premier point répété à la fin)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>split into %1 parts: %n hole(s) outside the outline became part(s) of their own (delete them in QGIS if they were not meant as land)</source>
        <translation>
            <numerusform>divisée en %1 parties : %n trou hors du contour est devenu une partie à part entière (supprimez-le dans QGIS s’il ne devait pas faire partie de la surface)</numerusform>
            <numerusform>divisée en %1 parties : %n trous hors du contour sont devenus des parties à part entière (supprimez-les dans QGIS s’ils ne devaient pas faire partie de la surface)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>split into %1 parts</source>
        <translation>divisée en %1 parties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overlapping parts merged into %2</source>
        <translation>%1 parties qui se chevauchaient fusionnées en %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hole(s) removed</source>
        <translation>
            <numerusform>%n trou supprimé</numerusform>
            <numerusform>%n trous supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hole(s) added</source>
        <translation>
            <numerusform>%n trou ajouté</numerusform>
            <numerusform>%n trous ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a sliver of %n point(s) that enclosed no area removed</source>
        <translation>
            <numerusform>fragment de %n point ne délimitant aucune surface supprimé</numerusform>
            <numerusform>fragment de %n points ne délimitant aucune surface supprimé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n piece(s) with no area (lines or points) dropped</source>
        <translation>
            <numerusform>%n morceau sans surface (ligne ou point) écarté</numerusform>
            <numerusform>%n morceaux sans surface (lignes ou points) écartés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a ring is not closed (its last point does not return to its first) %1</source>
        <translation>un anneau n’est pas fermé (son dernier point ne revient pas au premier) %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>GEOS finds it invalid</source>
        <translation>GEOS la juge non valide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GDAL&apos;s MakeValid could not fix it%1; redraw the outline there in QGIS</source>
        <translation>MakeValid de GDAL n’a pas pu la réparer%1 ; redessinez le contour à cet endroit dans QGIS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing of it encloses an area once fixed; redraw the outline in QGIS</source>
        <translation>une fois réparée, plus rien n’y délimite de surface ; redessinez le contour dans QGIS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GDAL&apos;s MakeValid gave a shape GEOS still finds invalid; redraw the outline there in QGIS</source>
        <translation>MakeValid de GDAL a produit une forme que GEOS juge encore non valide ; redessinez le contour à cet endroit dans QGIS</translation>
    </message>
    <message>
        <location filename="../gis/io/osmxmlwriter.cpp" line="+154"/>
        <location line="+3"/>
        <location filename="../gis/package/postgis/pgpull.cpp" line="+54"/>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="+176"/>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
    <message>
        <location filename="../gis/io/stagedfolder.cpp" line="+18"/>
        <source>%1: %2 exists and is not an empty folder</source>
        <translation>%1 : %2 existe et n’est pas un dossier vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: folder %2 does not exist</source>
        <translation>%1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot write in %2 (%3)</source>
        <translation>%1 : impossible d’écrire dans %2 (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot move the finished folder into place</source>
        <translation>%1 : impossible de mettre le dossier terminé à sa place</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorwriter.cpp" line="-222"/>
        <source>a shapefile holds one kind of geometry, and %1 mixes areas, lines or points: export one layer at a time, or write a GeoPackage (.gpkg), which holds them all</source>
        <translation>un shapefile ne contient qu’un seul type de géométrie, et %1 mélange surfaces, lignes ou points : exportez une couche à la fois, ou écrivez un GeoPackage (.gpkg), qui les contient toutes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot create layer %1</source>
        <translation>impossible de créer la couche %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot create field %1</source>
        <translation>impossible de créer le champ %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot write feature %1 of %2</source>
        <translation>impossible d’écrire l’entité %1 sur %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot finish writing</source>
        <translation>impossible de terminer l’écriture</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the written file does not read back (is the disk full?)</source>
        <translation>le fichier écrit ne se relit pas (le disque est-il plein ?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the written file reads back with %1 of %2 features (is the disk full?)</source>
        <translation>le fichier écrit se relit avec %1 entités sur %2 (le disque est-il plein ?)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown format: name the file .gpkg, .geojson, .shp, .kml, .fgb or .csv</source>
        <translation>format inconnu : nommez le fichier .gpkg, .geojson, .shp, .kml, .fgb ou .csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write: folder %1 does not exist</source>
        <translation>écriture impossible : le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a shapefile set of this name is there already (%1); a set of files cannot be replaced in one step: delete it or choose another name</source>
        <translation>un jeu de fichiers shapefile de ce nom existe déjà (%1) ; un jeu de fichiers ne peut pas être remplacé en une seule opération : supprimez-le ou choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL n’a pas de pilote %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a shapefile set of this name is there already; a set of files cannot be replaced in one step: delete it or choose another name</source>
        <translation>un jeu de fichiers shapefile de ce nom existe déjà ; un jeu de fichiers ne peut pas être remplacé en une seule opération : supprimez-le ou choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create file</source>
        <translation>impossible de créer le fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../layers/export/animationexport.cpp" line="+28"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error while writing</source>
        <translation>erreur lors de l’écriture</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write %1 to disk (full?)</source>
        <translation>impossible d’écrire %1 sur le disque (plein ?)</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/editabletable.cpp" line="-2"/>
        <source>the table is larger than %L1 bytes</source>
        <translation>la table dépasse %L1 octets</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this row cannot be read (%1): mend it in a text editor first, so that saving the table loses nothing</source>
        <translation>cette ligne ne peut pas être lue (%1) : corrigez-la d’abord dans un éditeur de texte, pour que l’enregistrement de la table ne perde rien</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/editabletables.cpp" line="+53"/>
        <source>cannot read the manifest</source>
        <translation>impossible de lire le manifeste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the table &quot;%2&quot; is outside the package</source>
        <translation>%1 : la table « %2 » est hors du paquet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot write the table to check it: %1</source>
        <translation>impossible d’écrire la table pour la vérifier : %1</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/tableautosave.cpp" line="+134"/>
        <source>cannot create the autosave folder</source>
        <translation>impossible de créer le dossier de sauvegarde automatique</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>cannot autosave: %1</source>
        <translation>sauvegarde automatique impossible : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the autosave cannot be read</source>
        <translation>la sauvegarde automatique est illisible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the manifest no longer names this table</source>
        <translation>le manifeste ne nomme plus cette table</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the autosaved table</source>
        <translation>impossible de lire la table sauvegardée automatiquement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot move the autosave here</source>
        <translation>impossible de déplacer ici la sauvegarde automatique</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/tablesave.cpp" line="+42"/>
        <source>the table changed on disk since it was opened for editing (another program saved it?); nothing was saved. Reopen the case study to see that version.</source>
        <translation>la table a changé sur le disque depuis son ouverture pour modification (un autre programme l’a-t-il enregistrée ?) ; rien n’a été enregistré. Rouvrez l’étude de cas pour voir cette version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot save: %1; nothing was saved</source>
        <translation>enregistrement impossible : %1 ; rien n’a été enregistré</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot save: %1</source>
        <translation>enregistrement impossible : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>; nothing was changed</source>
        <translation> ; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 could not be put back as it was and hold(s) the edits</source>
        <translation> ; impossible de remettre %1 dans son état d’origine : les modifications s’y trouvent</translation>
    </message>
    <message>
        <location filename="../gis/package/import/columnmapping.cpp" line="+106"/>
        <source>column &quot;%1&quot; would be read as both %2 and %3: say which with --map</source>
        <translation>la colonne « %1 » serait lue à la fois comme %2 et comme %3 : précisez laquelle avec --map</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--map %1: write --map COLUMN=HEADING, COLUMN one of %2</source>
        <translation>--map %1 : écrivez --map COLONNE=INTITULÉ, COLONNE étant l’une de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map %1: the file has no column &quot;%2&quot; (its columns: %3)</source>
        <translation>--map %1 : le fichier n’a pas de colonne « %2 » (ses colonnes : %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no column for &quot;%1&quot;: name it with --map %1=HEADING (the file&apos;s columns: %2)</source>
        <translation>aucune colonne pour « %1 » : nommez-la avec --map %1=INTITULÉ (colonnes du fichier : %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/importtable.cpp" line="-10"/>
        <source>semicolon-separated CSV</source>
        <translation>CSV séparé par des points-virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab-separated text</source>
        <translation>texte séparé par des tabulations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated CSV</source>
        <translation>CSV séparé par des virgules</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>column &quot;%1&quot; holds a date cell before 1 March 1900 (read as %2-%3-%4), and spreadsheet programs disagree about such cells by a day: type the date as text (in the cell: &apos;1871-03-22) or save the sheet as CSV or .ods</source>
        <translation>la colonne « %1 » contient une date antérieure au 1er mars 1900 (lue comme %2-%3-%4), et les tableurs divergent d’un jour sur ces cellules : saisissez la date comme texte (dans la cellule : &apos;1871-03-22) ou enregistrez la feuille en CSV ou en .ods</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot be read as a %1 workbook</source>
        <translation>illisible comme classeur %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the workbook has no sheet with data</source>
        <translation>le classeur n’a aucune feuille contenant des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no sheet &quot;%1&quot; (its sheets: %2)</source>
        <translation>n’a pas de feuille « %1 » (ses feuilles : %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet &quot;%1&quot; of an %2 workbook</source>
        <translation>feuille « %1 » d’un classeur %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>file not found: %1</source>
        <translation>fichier introuvable : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file is %1 MB; at most %2 MB can be imported</source>
        <translation>le fichier fait %1 Mo ; %2 Mo au plus peuvent être importés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>old Excel .xls files cannot be read: save the sheet as .xlsx or CSV UTF-8</source>
        <translation>les anciens fichiers Excel .xls ne peuvent pas être lus : enregistrez la feuille en .xlsx ou en CSV UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sheet is for .xlsx and .ods workbooks; this file is a text table</source>
        <translation>--sheet vaut pour les classeurs .xlsx et .ods ; ce fichier est un tableau texte</translation>
    </message>
    <message>
        <location filename="../gis/package/import/importvalues.cpp" line="+75"/>
        <source>write %1 (year-month-day, with hyphens)</source>
        <translation>écrivez %1 (année-mois-jour, avec des tirets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write %1 (year-month-day), or give --dates dmy to read every day-first date</source>
        <translation>écrivez %1 (année-mois-jour), ou donnez --dates dmy pour lire toutes les dates avec le jour en premier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write %1 (year-month-day), or give --dates mdy to read every month-first date</source>
        <translation>écrivez %1 (année-mois-jour), ou donnez --dates mdy pour lire toutes les dates avec le mois en premier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is it %1 or %2? Write year-month-day, or give --dates dmy (day first) or --dates mdy</source>
        <translation>est-ce %1 ou %2 ? Écrivez année-mois-jour, ou donnez --dates dmy (jour en premier) ou --dates mdy</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>write %1 (year-month-day)</source>
        <translation>écrivez %1 (année-mois-jour)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write %1 (a decimal point, not a comma)</source>
        <translation>écrivez %1 (avec un point décimal, et non une virgule)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/packageimport.cpp" line="+61"/>
        <location filename="../gis/package/import/placesimport.cpp" line="-20"/>
        <source>%1 is not a package folder: import into a folder (a packed .gpkg can be unpacked with `dpatlas-cli unpack`)</source>
        <translation>%1 n’est pas un dossier de paquet : importez dans un dossier (un .gpkg empaqueté peut être extrait avec `dpatlas-cli unpack`)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the manifest names no %1 table: add &quot;%1&quot;: &quot;%1.csv&quot; to it</source>
        <translation>le manifeste ne nomme aucune table %1 : ajoutez-y &quot;%1&quot;: &quot;%1.csv&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1, %n row(s)</source>
        <translation>
            <numerusform>%1, %n ligne</numerusform>
            <numerusform>%1, %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file has a header but no rows to import</source>
        <translation>le fichier a un en-tête mais aucune ligne à importer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the manifest names no sources table for the sources cited: add &quot;sources&quot;: &quot;sources.csv&quot;</source>
        <translation>le manifeste ne nomme aucune table des sources pour les sources citées : ajoutez &quot;sources&quot;: &quot;sources.csv&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write a scratch copy of the tables to check them: %1</source>
        <translation>impossible d’écrire une copie de travail des tables pour les vérifier : %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../gis/package/import/placesimport.cpp" line="+140"/>
        <location line="+8"/>
        <source>cannot write: %1 (nothing was changed)</source>
        <translation>écriture impossible : %1 (rien n’a été modifié)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write: %1%2</source>
        <translation>écriture impossible : %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the cited sources were added to %1)</source>
        <translation> (les sources citées ont été ajoutées à %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (nothing was changed)</source>
        <translation> (rien n’a été modifié)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/referencefinder.cpp" line="+56"/>
        <source>no feature given</source>
        <translation>aucune entité indiquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer &quot;%1&quot; is not a feature layer of the package (its feature layers: %2)</source>
        <translation>la couche « %1 » n’est pas une couche d’entités du paquet (ses couches d’entités : %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; could be any of %2: give the layer (a layer column or --layer) or the id</source>
        <translation>« %1 » pourrait désigner n’importe laquelle de ces entités : %2 ; indiquez la couche (colonne de couche ou --layer) ou l’identifiant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any feature layer</source>
        <translation>aucune couche d’entités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>layer &quot;%1&quot;</source>
        <translation>la couche « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feature of %1 has the id or name &quot;%2&quot;</source>
        <translation>aucune entité n’a l’identifiant ou le nom « %2 » dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feature of %1 has the id or name &quot;%2&quot; (did you mean %3?)</source>
        <translation>aucune entité n’a l’identifiant ou le nom « %2 » dans %1 (vouliez-vous dire %3 ?)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is the name of more than one authority (%2): use the id</source>
        <translation>« %1 » est le nom de plusieurs autorités (%2) : utilisez l’identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>authority &quot;%1&quot; is not in the manifest (its authorities: %2)</source>
        <translation>l’autorité « %1 » n’est pas dans le manifeste (ses autorités : %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/tablemerge.cpp" line="-4"/>
        <source>this row of the package&apos;s table cannot be read (%1): mend it first, so that rewriting the table loses nothing</source>
        <translation>cette ligne de la table du paquet ne peut pas être lue (%1) : corrigez-la d’abord, pour que la réécriture de la table ne perde rien</translation>
    </message>
    <message numerus="yes">
        <location filename="../gis/package/newcasestudy.cpp" line="+55"/>
        <source> (and %n more problem(s); `dpatlas-cli import --places` lists them all)</source>
        <translation>
            <numerusform> (et %n autre problème ; `dpatlas-cli import --places` les liste tous)</numerusform>
            <numerusform> (et %n autres problèmes ; `dpatlas-cli import --places` les liste tous)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+90"/>
        <source>no features to claim</source>
        <translation>aucune entité à revendiquer</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&quot;%1&quot;: an id is lower-case letters, digits and -, as petrograd-1917</source>
        <translation>« %1 » : un identifiant se compose de minuscules, de chiffres et de -, comme petrograd-1917</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study needs a title</source>
        <translation>l’étude de cas doit avoir un titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first date of the period &quot;%1&quot;: %2</source>
        <translation>première date de la période « %1 » : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last date of the period &quot;%1&quot;: %2</source>
        <translation>dernière date de la période « %1 » : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period %1..%2 ends before it starts</source>
        <translation>la période %1..%2 se termine avant de commencer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a projected CRS to draw and measure in</source>
        <translation>choisissez un SCR projeté dans lequel dessiner et mesurer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least one authority is needed: every claim names one</source>
        <translation>au moins une autorité est nécessaire : chaque revendication en nomme une</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authority id &quot;%1&quot;: lower-case letters, digits and _, as central_committee</source>
        <translation>identifiant d’autorité « %1 » : minuscules, chiffres et _, comme central_committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority id &quot;%1&quot; is used twice</source>
        <translation>l’identifiant d’autorité « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authority &quot;%1&quot; needs a name</source>
        <translation>l’autorité « %1 » doit avoir un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority &quot;%1&quot;: colour &quot;%2&quot; is not #rrggbb</source>
        <translation>autorité « %1 » : la couleur « %2 » n’est pas au format #rrggbb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least one layer of features is needed</source>
        <translation>au moins une couche d’entités est nécessaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>field &quot;%1&quot; is missing, empty or repeated in some features (fields: %2)</source>
        <translation>le champ « %1 » est absent, vide ou répété dans certaines entités (champs : %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no field &quot;%1&quot; (fields: %2)</source>
        <translation>aucun champ « %1 » (champs : %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create the package</source>
        <translation>impossible de créer le paquet</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot write the package&apos;s files</source>
        <translation>impossible d’écrire les fichiers du paquet</translation>
    </message>
    <message>
        <location filename="../gis/package/packagearchive.cpp" line="-178"/>
        <source>cannot read the size of the packed files</source>
        <translation>impossible de lire la taille des fichiers empaquetés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refusing to unpack: one packed file is %1 MB; at most %2 MB is allowed</source>
        <translation>extraction refusée : un fichier empaqueté fait %1 Mo ; %2 Mo au plus sont admis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refusing to unpack: the packed files come to %1 MB; at most %2 MB is allowed</source>
        <translation>extraction refusée : les fichiers empaquetés totalisent %1 Mo ; %2 Mo au plus sont admis</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot pack the case study: %1</source>
        <translation>impossible d’empaqueter l’étude de cas : %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../gis/package/postgis/pgpush.cpp" line="+311"/>
        <source>%1: a symbolic link to a file outside the package folder; copy the file in</source>
        <translation>%1 : lien symbolique vers un fichier hors du dossier du paquet ; copiez-y le fichier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the folder holds more than 2 GB</source>
        <translation>le dossier contient plus de 2 Go</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/package/postgis/pgpush.cpp" line="-43"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a packed case study is a GeoPackage: name it .gpkg</source>
        <translation>une étude de cas empaquetée est un GeoPackage : nommez-la .gpkg</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the layer %1 would overwrite the package&apos;s own table of that name</source>
        <translation>la couche %1 écraserait la table du même nom qui appartient au paquet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a GeoPackage</source>
        <translation>ce n’est pas un GeoPackage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refusing to unpack: %1 is a %2, not a plain table</source>
        <translation>extraction refusée : %1 est de type %2, et non une simple table</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a packed case study: it has no %1 table (dpatlas-cli export --package makes one)</source>
        <translation>ce n’est pas une étude de cas empaquetée : elle n’a pas de table %1 (dpatlas-cli export --package en crée une)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>table %1 needs a text column &quot;path&quot; and a BLOB column &quot;content&quot;</source>
        <translation>la table %1 doit avoir une colonne texte « path » et une colonne BLOB « content »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot unpack</source>
        <translation>extraction impossible</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refusing to unpack &quot;%1&quot;: not a relative path inside the package</source>
        <translation>extraction de « %1 » refusée : ce n’est pas un chemin relatif à l’intérieur du paquet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the packed case study has no manifest.json</source>
        <translation>l’étude de cas empaquetée n’a pas de manifest.json</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <location filename="../gis/package/cachefolder.cpp" line="+21"/>
        <source>cannot create the cache folder</source>
        <translation>impossible de créer le dossier de cache</translation>
    </message>
    <message>
        <location filename="../gis/package/packagearchive.cpp" line="+8"/>
        <source>another program has been unpacking this file for two minutes; try again</source>
        <translation>un autre programme extrait ce fichier depuis deux minutes ; réessayez</translation>
    </message>
    <message>
        <location filename="../gis/time/historicaldateparse.cpp" line="+14"/>
        <source>write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM; a season as YYYY-21 (spring), -22 (summer), -23 (autumn) or -24 (winter); X for unknown digits (191X, 19XX, 1917-XX, 1917-10-XX, 1917-XX-XX); Y12345 or Y-12345 for a year of more than four digits; each optionally followed by ~ ? or %</source>
        <translation>écrivez AAAA, AAAA-MM, AAAA-MM-JJ ou AAAA-MM-JJTHH:MM ; une saison sous la forme AAAA-21 (printemps), -22 (été), -23 (automne) ou -24 (hiver) ; X pour les chiffres inconnus (191X, 19XX, 1917-XX, 1917-10-XX, 1917-XX-XX) ; Y12345 ou Y-12345 pour une année de plus de quatre chiffres ; chacun éventuellement suivi de ~ ? ou %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation>« %1 » n’est pas une date : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>years from -%1 to %1 only (the calendars here are not made for longer spans)</source>
        <translation>années de -%1 à %1 seulement (les calendriers d’ici ne sont pas faits pour des durées plus longues)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the Y prefix is only for years of more than four digits: write %1</source>
        <translation>le préfixe Y est réservé aux années de plus de quatre chiffres : écrivez %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>only the last one or two digits of a year can be X, as in 191X (1910 to 1919) or 19XX (1900 to 1999)</source>
        <translation>seuls le dernier ou les deux derniers chiffres d’une année peuvent être X, comme dans 191X (1910 à 1919) ou 19XX (1900 à 1999)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this spans years on both sides of 0: write an interval such as -0009/0009</source>
        <translation>cela couvre des années des deux côtés de 0 : écrivez un intervalle tel que -0009/0009</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no year -0000: 1 BC is written 0000</source>
        <translation>il n’y a pas d’année -0000 : l’an 1 av. J.-C. s’écrit 0000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a year with X digits stands alone (191X), without month or day</source>
        <translation>une année avec des chiffres X s’écrit seule (191X), sans mois ni jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write the month in full or as XX (1917-XX): a partly known month such as 1X is not EDTF level 1</source>
        <translation>écrivez le mois en entier ou sous la forme XX (1917-XX) : un mois connu en partie comme 1X n’est pas du niveau 1 d’EDTF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>month %1 does not exist: months are 01 to 12, seasons 21 (spring), 22 (summer), 23 (autumn) and 24 (winter)</source>
        <translation>le mois %1 n’existe pas : les mois vont de 01 à 12, les saisons sont 21 (printemps), 22 (été), 23 (automne) et 24 (hiver)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a season has no day: write %1 for the season, or a month</source>
        <translation>une saison n’a pas de jour : écrivez %1 pour la saison, ou un mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the day in full or as XX (1917-10-XX)</source>
        <translation>écrivez le jour en entier ou sous la forme XX (1917-10-XX)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a day needs its month: write %1-XX-XX, or give the month</source>
        <translation>un jour a besoin de son mois : écrivez %1-XX-XX, ou indiquez le mois</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a time needs a whole date before it: YYYY-MM-DDTHH:MM</source>
        <translation>une heure doit être précédée d’une date complète : AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>time zones are not used: every time is the local time of the case study; write %1 without &quot;%2&quot;</source>
        <translation>les fuseaux horaires ne sont pas utilisés : toute heure est l’heure locale de l’étude de cas ; écrivez %1 sans « %2 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>time %1 does not exist</source>
        <translation>l’heure %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../gis/time/timestep.cpp" line="+14"/>
        <source>bad step &quot;%1&quot;: write a number and a unit, h (hours), d (days), w (weeks), m (months) or y (years), e.g. 1d</source>
        <translation>pas « %1 » incorrect : écrivez un nombre et une unité, h (heures), d (jours), w (semaines), m (mois) ou y (années), p. ex. 1d</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the end date is before the start date</source>
        <translation>la date de fin précède la date de début</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>steps of %1 make more than %2 frames: choose a longer step or a shorter range</source>
        <translation>des pas de %1 donnent plus de %2 images : choisissez un pas plus long ou une plage plus courte</translation>
    </message>
    <message>
        <location filename="../layers/export/animationexport.cpp" line="+6"/>
        <source>.gif, .mp4 (H.264), .webm (VP9), or a folder ending in / for PNG frames</source>
        <translation>.gif, .mp4 (H.264), .webm (VP9), ou un dossier terminé par / pour des images PNG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name the animation %1</source>
        <translation>nommez l’animation %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a frame size of %1x%2 is outside 64x64 to 7680x4320</source>
        <translation>une taille d’image de %1x%2 sort de l’intervalle 64x64 à 7680x4320</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../layers/export/videosink.cpp" line="+71"/>
        <source>a video&apos;s width and height must be even, not %1x%2</source>
        <translation>la largeur et la hauteur d’une vidéo doivent être paires, et non %1x%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a frame rate of %1 is outside 1 to 60</source>
        <translation>une cadence de %1 sort de l’intervalle 1 à 60</translation>
    </message>
    <message>
        <location filename="../layers/export/gifsink.cpp" line="+56"/>
        <source>cannot write the GIF: %1</source>
        <translation>impossible d’écrire le GIF : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a GIF is at most 65535 pixels wide and high</source>
        <translation>un GIF fait au plus 65535 pixels de large et de haut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the GIF: folder %1 does not exist</source>
        <translation>impossible d’écrire le GIF : le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../layers/export/videosink.cpp" line="+102"/>
        <source>frame %1 is %2x%3, not %4x%5</source>
        <translation>l’image %1 fait %2x%3, et non %4x%5</translation>
    </message>
    <message>
        <location filename="../layers/export/pictureexport.cpp" line="-33"/>
        <source>cannot write the picture: %1</source>
        <translation>impossible d’écrire l’image : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a resolution of %1 dpi is outside 10 to 2400</source>
        <translation>une résolution de %1 dpi sort de l’intervalle 10 à 2400</translation>
    </message>
    <message>
        <location filename="../layers/export/pngsequencesink.cpp" line="+24"/>
        <source>cannot write frames</source>
        <translation>impossible d’écrire les images</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write frame %1 (disk full?)</source>
        <translation>impossible d’écrire l’image %1 (disque plein ?)</translation>
    </message>
    <message>
        <location filename="../layers/export/videosink.cpp" line="-112"/>
        <source>cannot write the video: %1</source>
        <translation>impossible d’écrire la vidéo : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a frame rate of %1 is outside 1 to 120</source>
        <translation>une cadence de %1 sort de l’intervalle 1 à 120</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the video: folder %1 does not exist</source>
        <translation>impossible d’écrire la vidéo : le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FFmpeg has no %1 encoder</source>
        <translation>FFmpeg n’a pas d’encodeur %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no container</source>
        <translation>aucun conteneur</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+51"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>cannot open the encoder</source>
        <translation>impossible d’ouvrir l’encodeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoder parameters</source>
        <translation>paramètres de l’encodeur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write the header</source>
        <translation>impossible d’écrire l’en-tête</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no colour conversion to yuv420p</source>
        <translation>aucune conversion de couleurs vers yuv420p</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>encoding frame %1</source>
        <translation>encodage de l’image %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>writing</source>
        <translation>écriture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encoding</source>
        <translation>encodage</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>cannot finish the file</source>
        <translation>impossible de terminer le fichier</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgcache.cpp" line="+86"/>
        <source>another program has been pulling a case study for two minutes; try again</source>
        <translation>un autre programme récupère une étude de cas depuis deux minutes ; réessayez</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>cannot write in the cache folder: %1</source>
        <translation>impossible d’écrire dans le dossier de cache : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot move the pulled copy into the cache</source>
        <translation>impossible de placer la copie récupérée dans le cache</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a case study pulled from a database</source>
        <translation>ce n’est pas une étude de cas récupérée depuis une base de données</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the record of where this copy was pulled from is damaged; open it from the database again</source>
        <translation>l’indication de la provenance de cette copie est endommagée ; rouvrez-la depuis la base de données</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgcasestudyschema.cpp" line="+14"/>
        <source>it holds no case study (dpatlas-cli push puts one there)</source>
        <translation>elle ne contient aucune étude de cas (dpatlas-cli push en dépose une)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its case studies are in schema(s): %1</source>
        <translation>ses études de cas se trouvent dans le ou les schémas : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no schema named: write the case study&apos;s schema after &apos;#&apos; (pg:CONNECTION#SCHEMA); %1: %2</source>
        <translation>aucun schéma indiqué : écrivez le schéma de l’étude de cas après « # » (pg:CONNECTION#SCHEMA) ; %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no schema &quot;%2&quot;; %3</source>
        <translation>%1 n’a pas de schéma « %2 » ; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema &quot;%1&quot; of %2 is not a case study (it has no %3 table); %4</source>
        <translation>le schéma « %1 » de %2 n’est pas une étude de cas (il n’a pas de table %3) ; %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schema &quot;%1&quot; of %2 is not a case study: its %3 table has %4 rows instead of one</source>
        <translation>le schéma « %1 » de %2 n’est pas une étude de cas : sa table %3 a %4 lignes au lieu d’une</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema &quot;%1&quot; holds a case study in format &quot;%2&quot;, which this version of Dual Power Atlas does not read (it reads %3); a newer version may</source>
        <translation>le schéma « %1 » contient une étude de cas au format « %2 », que cette version de l’Atlas du double pouvoir ne lit pas (elle lit %3) ; une version plus récente le pourra peut-être</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgconnection.cpp" line="+16"/>
        <source>the default server</source>
        <translation>le serveur par défaut</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the PostgreSQL server at %1 asks for a password for user &quot;%2&quot; and none was given: put it in ~/.pgpass (or PGPASSWORD), or add password=… to the connection</source>
        <translation>le serveur PostgreSQL de %1 demande un mot de passe pour l’utilisateur « %2 » et aucun n’a été donné : mettez-le dans ~/.pgpass (ou PGPASSWORD), ou ajoutez password=… à la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PostgreSQL server at %1 refused the password for user &quot;%2&quot; (or there is no such user): check the password in the connection, ~/.pgpass or PGPASSWORD</source>
        <translation>le serveur PostgreSQL de %1 a refusé le mot de passe de l’utilisateur « %2 » (ou cet utilisateur n’existe pas) : vérifiez le mot de passe dans la connexion, ~/.pgpass ou PGPASSWORD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no PostgreSQL server answers at %1: is it running, and are host and port right?</source>
        <translation>aucun serveur PostgreSQL ne répond à %1 : est-il en marche, et l’hôte et le port sont-ils corrects ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PostgreSQL server at %1 has no database &quot;%2&quot;: create it (createdb %2) or correct dbname</source>
        <translation>le serveur PostgreSQL de %1 n’a pas de base de données « %2 » : créez-la (createdb %2) ou corrigez dbname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PostgreSQL server at %1 did not answer in time</source>
        <translation>le serveur PostgreSQL de %1 n’a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to the PostgreSQL server at %1</source>
        <translation>impossible de se connecter au serveur PostgreSQL de %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>cannot connect to PostgreSQL: out of memory</source>
        <translation>impossible de se connecter à PostgreSQL : mémoire insuffisante</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>database &quot;%1&quot; at %2</source>
        <translation>base de données « %1 » sur %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the connection to the PostgreSQL server at %1 was lost</source>
        <translation>la connexion au serveur PostgreSQL de %1 a été perdue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user &quot;%1&quot; lacks the privilege for this in %2: %3</source>
        <translation>l’utilisateur « %1 » n’a pas le privilège requis pour cela dans %2 : %3</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the PostgreSQL server of %1 has no PostGIS installed: install it on the server (on Debian: apt install postgresql-%2-postgis-3), then run CREATE EXTENSION postgis; in database &quot;%3&quot;</source>
        <translation>le serveur PostgreSQL de %1 n’a pas PostGIS : installez-le sur le serveur (sous Debian : apt install postgresql-%2-postgis-3), puis exécutez CREATE EXTENSION postgis; dans la base de données « %3 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no PostGIS extension: connect to it as its owner or a superuser and run CREATE EXTENSION postgis; (psql -d %2 -c &apos;CREATE EXTENSION postgis&apos;)</source>
        <translation>%1 n’a pas l’extension PostGIS : connectez-vous-y en tant que propriétaire ou superutilisateur et exécutez CREATE EXTENSION postgis; (psql -d %2 -c &apos;CREATE EXTENSION postgis&apos;)</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="-107"/>
        <source>layer &quot;%1&quot; is not a plain table</source>
        <translation>la couche « %1 » n’est pas une simple table</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+7"/>
        <source>the server stopped taking the layer&apos;s rows</source>
        <translation>le serveur a cessé d’accepter les lignes de la couche</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no layer to write</source>
        <translation>aucune couche à écrire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GDAL has no %1 driver to write the layer with</source>
        <translation>GDAL n’a pas de pilote %1 pour écrire la couche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the layer file</source>
        <translation>impossible de créer le fichier de la couche</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create layer &quot;%1&quot;</source>
        <translation>impossible de créer la couche « %1 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create attribute &quot;%1&quot;</source>
        <translation>impossible de créer l’attribut « %1 »</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a geometry of layer &quot;%1&quot; cannot be read back</source>
        <translation>une géométrie de la couche « %1 » ne peut pas être relue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write a feature of layer &quot;%1&quot;</source>
        <translation>impossible d’écrire une entité de la couche « %1 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write the layer file</source>
        <translation>impossible d’écrire le fichier de la couche</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgpull.cpp" line="-5"/>
        <location line="+73"/>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="-17"/>
        <source>refusing to write &quot;%1&quot;: not a relative path inside the package</source>
        <translation>écriture de « %1 » refusée : ce n’est pas un chemin relatif à l’intérieur du paquet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>pulling cancelled</source>
        <translation>récupération annulée</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot pull the case study</source>
        <translation>impossible de récupérer l’étude de cas</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgpush.cpp" line="-241"/>
        <source>cannot push the case study: %1</source>
        <translation>impossible de déposer l’étude de cas : %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>column &quot;%1&quot;: names starting with dpa_ are kept for the database&apos;s own columns</source>
        <translation>colonne « %1 » : les noms commençant par dpa_ sont réservés aux colonnes propres de la base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &quot;%1&quot; is empty, longer than 63 bytes or named twice, so it cannot be a database column</source>
        <translation>la colonne « %1 » est vide, dépasse 63 octets ou figure deux fois : elle ne peut donc pas être une colonne de la base de données</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 dépasse %2 Mo</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>schema names starting with pg_ and information_schema belong to PostgreSQL</source>
        <translation>les noms de schéma commençant par pg_ et information_schema appartiennent à PostgreSQL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the manifest: %1</source>
        <translation>impossible de lire le manifeste : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>schema &quot;%1&quot; of %2 exists and holds other tables, not a case study, so it is never replaced: choose another --schema</source>
        <translation>le schéma « %1 » de %2 existe et contient d’autres tables, pas une étude de cas : il n’est donc jamais remplacé ; choisissez un autre --schema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>schema &quot;%1&quot; of %2 holds case study %3 already (revision %4, saved by %5 on %6): add --replace to overwrite it, or choose another --schema</source>
        <translation>le schéma « %1 » de %2 contient déjà l’étude de cas %3 (révision %4, enregistrée par %5 le %6) : ajoutez --replace pour l’écraser, ou choisissez un autre --schema</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pguri.cpp" line="+41"/>
        <source>&quot;%1&quot; is not a database address: write pg:CONNECTION#SCHEMA</source>
        <translation>« %1 » n’est pas une adresse de base de données : écrivez pg:CONNECTION#SCHEMA</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database connection &quot;%1&quot; cannot be read: %2</source>
        <translation>la connexion à la base de données « %1 » est illisible : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema name &quot;%1&quot; is longer than PostgreSQL&apos;s 63 bytes</source>
        <translation>le nom de schéma « %1 » dépasse les 63 octets admis par PostgreSQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema name &quot;%1&quot; holds a NUL character</source>
        <translation>le nom de schéma « %1 » contient un caractère NUL</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgtablesave.cpp" line="+99"/>
        <source>nothing was saved: the case study in schema &quot;%1&quot; was pushed again (replaced) since you opened it. Open it from the database again to see what it holds now.</source>
        <translation>rien n’a été enregistré : l’étude de cas du schéma « %1 » a été déposée à nouveau (remplacée) depuis que vous l’avez ouverte. Rouvrez-la depuis la base de données pour voir ce qu’elle contient désormais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study was last saved by %1 on %2</source>
        <translation>l’étude de cas a été enregistrée pour la dernière fois par %1 le %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the database has no table for %1; nothing was saved</source>
        <translation>la base de données n’a pas de table pour %1 ; rien n’a été enregistré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this copy no longer matches the rows it was pulled with; nothing was saved. Open the case study from the database again.</source>
        <translation>cette copie ne correspond plus aux lignes avec lesquelles elle a été récupérée ; rien n’a été enregistré. Rouvrez l’étude de cas depuis la base de données.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: its columns were changed by someone else (they are now %2)</source>
        <translation>%1 : ses colonnes ont été modifiées par quelqu’un d’autre (ce sont maintenant %2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: deleted by someone else (%2)</source>
        <translation>%1 : supprimée par quelqu’un d’autre (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: changed by %2 on %3</source>
        <translation>%1 : modifiée par %2 le %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was saved: since you opened the case study, others saved rows you edited:
%1
Open the case study from the database again to see their version, and make your edits to it (note them first: opening again discards them).</source>
        <translation>Rien n’a été enregistré : depuis que vous avez ouvert l’étude de cas, d’autres ont enregistré des lignes que vous avez modifiées :
%1
Rouvrez l’étude de cas depuis la base de données pour voir leur version, et reportez-y vos modifications (notez-les d’abord : les rouvrir les abandonne).</translation>
    </message>
    <message>
        <location filename="../gis/core/jsontextedit.cpp" line="+182"/>
        <source>not a JSON object (%1)</source>
        <translation>ce n’est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry to add is not one JSON value (%1)</source>
        <translation>l’entrée à ajouter n’est pas une valeur JSON unique (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no element %1 in &quot;%2&quot; to replace</source>
        <translation>aucun élément %1 à remplacer dans « %2 »</translation>
    </message>
    <message>
        <location filename="../gis/package/import/linkedplacesfile.cpp" line="-248"/>
        <source>a position is not [longitude, latitude] but %1</source>
        <translation>une position n’est pas [longitude, latitude] mais %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>position [%1, %2] is not a longitude (-180 to 180) and latitude (-90 to 90): Linked Places are in WGS 84, longitude first</source>
        <translation>la position [%1, %2] n’est pas une longitude (-180 à 180) et une latitude (-90 à 90) : les Linked Places sont en WGS 84, longitude d’abord</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a list of positions</source>
        <translation>%1 n’est pas une liste de positions</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 has %n position(s), fewer than %2</source>
        <translation>
            <numerusform>%1 a %n position, moins de %2</numerusform>
            <numerusform>%1 a %n positions, moins de %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a polygon is not a list of rings</source>
        <translation>un polygone n’est pas une liste d’anneaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a polygon&apos;s ring</source>
        <translation>l’anneau d’un polygone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a polygon&apos;s ring encloses nothing (fewer than 3 distinct positions)</source>
        <translation>l’anneau d’un polygone n’entoure rien (moins de 3 positions distinctes)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the geometry is not an object</source>
        <translation>la géométrie n’est pas un objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the geometry has no type</source>
        <translation>la géométrie n’a pas de type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometry type &quot;%1&quot; is not one of %2</source>
        <translation>le type de géométrie « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>geometry collections nested too deep</source>
        <translation>collections de géométries imbriquées trop profondément</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an empty geometry collection</source>
        <translation>une collection de géométries vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a %1 given as geowkt only: give its GeoJSON coordinates</source>
        <translation>un %1 donné seulement en geowkt : donnez ses coordonnées GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 without coordinates</source>
        <translation>un %1 sans coordonnées</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>a line</source>
        <translation>une ligne</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>a MultiPoint</source>
        <translation>un MultiPoint</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a MultiLineString without lines</source>
        <translation>un MultiLineString sans lignes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a MultiPolygon without polygons</source>
        <translation>un MultiPolygon sans polygones</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>features[%1] (@id %2): id &quot;%3&quot; is that of features[%4] too; this one&apos;s is &quot;%5&quot;</source>
        <translation>features[%1] (@id %2) : l’identifiant « %3 » est aussi celui de features[%4] ; celui-ci est « %5 »</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file is %1 MB, more than a layer may be (%2 MB)</source>
        <translation>le fichier fait %1 Mo, plus que ne peut en faire une couche (%2 Mo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty: a Linked Places file is a GeoJSON FeatureCollection</source>
        <translation>le fichier est vide : un fichier Linked Places est une FeatureCollection GeoJSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not JSON (%1): a Linked Places file is a GeoJSON FeatureCollection</source>
        <translation>ce n’est pas du JSON (%1) : un fichier Linked Places est une FeatureCollection GeoJSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a Linked Places file: the file is a list, not a FeatureCollection</source>
        <translation>ce n’est pas un fichier Linked Places : le fichier est une liste, pas une FeatureCollection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Linked Places file: it has no &quot;type&quot;: &quot;FeatureCollection&quot;</source>
        <translation>ce n’est pas un fichier Linked Places : il n’a pas de &quot;type&quot;: &quot;FeatureCollection&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Linked Places file: its type is &quot;%1&quot;, not &quot;FeatureCollection&quot;</source>
        <translation>ce n’est pas un fichier Linked Places : son type est « %1 », et non « FeatureCollection »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the FeatureCollection has no &quot;features&quot; list</source>
        <translation>la FeatureCollection n’a pas de liste &quot;features&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the FeatureCollection has no features: no places to import</source>
        <translation>la FeatureCollection n’a pas d’entités : aucun lieu à importer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: not an object</source>
        <translation>%1 : ce n’est pas un objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no &quot;type&quot;: &quot;Feature&quot;</source>
        <translation>%1 : pas de &quot;type&quot;: &quot;Feature&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: its type is &quot;%2&quot;, not &quot;Feature&quot;</source>
        <translation>%1 : son type est « %2 », et non « Feature »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no @id: every place of a Linked Places file has one, its URI, which the feature&apos;s id is made from</source>
        <translation>%1 : pas de @id : chaque lieu d’un fichier Linked Places en a un, son URI, dont est tiré l’identifiant de l’entité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the same @id as features[%2] (line %3): each place&apos;s @id is its own</source>
        <translation>%1 : le même @id que features[%2] (ligne %3) : chaque lieu a son propre @id</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;names&quot; is not a list of toponyms</source>
        <translation>%1 : &quot;names&quot; n’est pas une liste de toponymes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no geometry: a feature of a layer needs one (a Point, LineString or Polygon, their Multi- forms, or a GeometryCollection of them)</source>
        <translation>%1 : pas de géométrie : une entité de couche en demande une (un Point, un LineString ou un Polygon, leurs formes Multi-, ou une GeometryCollection de ceux-ci)</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n toponym(s) without a language (&quot;lang&quot;) were not kept as names</source>
        <translation>
            <numerusform>%n toponyme sans langue (&quot;lang&quot;) n’a pas été retenu comme nom</numerusform>
            <numerusform>%n toponymes sans langue (&quot;lang&quot;) n’ont pas été retenus comme noms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n surface</numerusform>
            <numerusform>%n surfaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s): %1</source>
        <translation>
            <numerusform>%n lieu : %1</numerusform>
            <numerusform>%n lieux : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gis/package/import/placesimport.cpp" line="-209"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot copy %1</source>
        <translation>impossible de copier %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>layer id &quot;%1&quot;: letters, digits, _ and -, as places_1871</source>
        <translation>identifiant de couche « %1 » : lettres, chiffres, _ et -, comme places_1871</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the package has a layer &quot;%1&quot; already: choose another id with --layer, or replace it with --replace</source>
        <translation>le paquet a déjà une couche « %1 » : choisissez un autre identifiant avec --layer, ou remplacez-la avec --replace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot find layer &quot;%1&quot; in the manifest&apos;s text to replace it</source>
        <translation>impossible de trouver la couche « %1 » dans le texte du manifeste pour la remplacer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is there already, named by no layer: move it away, or choose another layer id with --layer</source>
        <translation>le fichier existe déjà sans être celui d’aucune couche : déplacez-le, ou choisissez un autre identifiant de couche avec --layer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is layer &quot;%1&quot;&apos;s: choose another layer id with --layer</source>
        <translation>le fichier est celui de la couche « %1 » : choisissez un autre identifiant de couche avec --layer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Linked Places, %1</source>
        <translation>Linked Places, %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Places from %1</source>
        <translation>Lieux de %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot write a scratch copy of the package to check the layer in it: %1</source>
        <translation>impossible d’écrire une copie de travail du paquet pour y vérifier la couche : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the package does not load with the new layer</source>
        <translation>le paquet ne se charge pas avec la nouvelle couche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the folder layers (nothing was changed)</source>
        <translation>impossible de créer le dossier layers (rien n’a été modifié)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write: %1; and %2 could not be put back as it was</source>
        <translation>écriture impossible : %1 ; et %2 n’a pas pu être remis dans son état d’origine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, the replaced layer&apos;s file, is named by the manifest no more: delete it when you no longer need it</source>
        <translation>%1, le fichier de la couche remplacée, n’est plus nommé par le manifeste : supprimez-le quand vous n’en aurez plus besoin</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="-4"/>
        <source>unsupported geometry type</source>
        <translation>type de géométrie non pris en charge</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="+12"/>
        <source>period map &quot;%1&quot;: %2 is not in schema &quot;%3&quot;</source>
        <translation>carte d’époque « %1 » : %2 n’est pas dans le schéma « %3 »</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>the manifest of schema &quot;%1&quot; cannot be read</source>
        <translation>le manifeste du schéma « %1 » ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgstatequery.cpp" line="+53"/>
        <location filename="../gis/package/postgis/pgviewquery.cpp" line="+44"/>
        <source>layer &quot;%1&quot; has no table in schema &quot;%2&quot;</source>
        <translation>la couche « %1 » n’a pas de table dans le schéma « %2 »</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgtablerows.cpp" line="+48"/>
        <source>cannot write a temporary file for the rows of %1: %2</source>
        <translation>impossible d’écrire un fichier temporaire pour les lignes de %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the row with dpa_row %1: %2</source>
        <extracomment>%1 is the row&apos;s id in the database table (its dpa_row column), %2 what is wrong</extracomment>
        <translation>la ligne dont dpa_row vaut %1 : %2</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgviewquery.cpp" line="-28"/>
        <source>the view to read from the database is empty</source>
        <translation>la vue à lire dans la base de données est vide</translation>
    </message>
</context>
<context>
    <name>dpa</name>
    <message>
        <location filename="../gis/io/geometryfix.cpp" line="-158"/>
        <source>its outline touches itself or doubles back (a spike or a pinched loop)</source>
        <translation>son contour se touche lui-même ou revient sur lui-même (une pointe ou une boucle pincée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its outline crosses itself</source>
        <translation>son contour se recoupe lui-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside its outline</source>
        <translation>un trou se trouve hors de son contour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies inside another hole</source>
        <translation>un trou se trouve à l’intérieur d’un autre trou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its holes cut it into pieces</source>
        <translation>ses trous la découpent en morceaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of its parts lies inside another</source>
        <translation>l’une de ses parties se trouve à l’intérieur d’une autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is repeated</source>
        <translation>un anneau est répété</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring has too few distinct points to enclose an area</source>
        <translation>un anneau a trop peu de points distincts pour délimiter une surface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coordinate is not a number</source>
        <translation>une coordonnée n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is not closed</source>
        <translation>un anneau n’est pas fermé</translation>
    </message>
    <message>
        <location filename="../gis/model/claimchecks.cpp" line="+47"/>
        <source>the shares of %1 in force on this claim&apos;s start add up to %2, more than 1 (with line(s) %3)</source>
        <translation>les parts de %1 en vigueur au début de cette revendication totalisent %2, soit plus de 1 (avec la ou les lignes %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>occupation by &quot;%1&quot; while &quot;%2&quot; of the same bloc holds or claims %3 (line %4): an occupier is a foreign force; use control for one&apos;s own camp</source>
        <translation>occupation par « %1 » alors que « %2 », du même camp, tient ou revendique %3 (ligne %4) : un occupant est une force étrangère ; utilisez control pour son propre camp</translation>
    </message>
</context>
<context>
    <name>dpa::ApplyClaimDialog</name>
    <message>
        <location filename="../app/desktop/editing/applyclaimdialog.cpp" line="+17"/>
        <source>Apply Claim</source>
        <translation>Appliquer une revendication</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>To %n feature(s): %1</source>
        <translation>
            <numerusform>À %n entité : %1</numerusform>
            <numerusform>À %n entités : %1</numerusform>
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
        <translation>&amp;Autorité :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1871-03-19, 1871-03~, .. for open</source>
        <translation>1871-03-19, 1871-03~, .. pour une borne ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty or .. when still in force</source>
        <translation>vide ou .. si toujours en vigueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Confidence:</source>
        <translation>Fia&amp;bilité :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the part it controls, 0–1 (control of a divided feature only)</source>
        <translation>la part contrôlée, de 0 à 1 (contrôle d’une entité partagée uniquement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hare:</source>
        <translation>&amp;Part :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ources:</source>
        <translation>S&amp;ources :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tick the source(s) that support the claim: every claim needs one.</source>
        <translation>Cochez la ou les sources qui appuient la revendication : chaque revendication en exige une.</translation>
    </message>
</context>
<context>
    <name>dpa::BasemapDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/basemapdialog.cpp" line="+19"/>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show web tiles under the map</source>
        <translation>Afficher des tuiles web sous la carte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An XYZ tile address with {z}, {x} and {y} (https://, or file:// for a folder of tiles), or WMTS: followed by a service&apos;s capabilities address</source>
        <translation>Une adresse de tuiles XYZ avec {z}, {x} et {y} (https://, ou file:// pour un dossier de tuiles), ou WMTS: suivi de l’adresse des capacités (capabilities) d’un service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credited on the map and on every export, as the tile provider&apos;s licence requires</source>
        <translation>Crédité sur la carte et sur chaque export, comme l’exige la licence du fournisseur de tuiles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deepest zoom level the service has; closer in, its deepest tiles are enlarged</source>
        <translation>Le niveau de zoom le plus profond dont dispose le service ; au-delà, ses tuiles les plus détaillées sont agrandies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tile address:</source>
        <translation>Adresse des tuiles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit:</source>
        <translation>Crédit :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deepest zoom:</source>
        <translation>Zoom maximal :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity:</source>
        <translation>Opacité :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use OpenStreetMap</source>
        <translation>Utiliser OpenStreetMap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tiles come from the network when the map is drawn and are kept in %1. The map draws without them when the service cannot be reached.</source>
        <translation>Les tuiles viennent du réseau quand la carte est dessinée et sont conservées dans %1. La carte se dessine sans elles quand le service est injoignable.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseAuthoritiesPage</name>
    <message>
        <location filename="../app/desktop/dialogs/newcasestudypages.cpp" line="+365"/>
        <source>Authorities</source>
        <translation>Autorités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who claimed or held the ground: a government, a soviet, an army. Authorities of one bloc are one camp; dual power is between rival blocs.</source>
        <translation>Qui revendiquait ou tenait le terrain : un gouvernement, un soviet, une armée. Des autorités alliées forment un seul camp ; le double pouvoir oppose des camps rivaux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bloc (optional)</source>
        <translation>Camp (facultatif)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Authority</source>
        <translation>&amp;Ajouter une autorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vermilion</source>
        <translation>vermillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bluish green</source>
        <translation>vert bleuté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reddish purple</source>
        <translation>pourpre rougeâtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sky blue</source>
        <translation>bleu ciel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>black</source>
        <translation>noir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add at least one authority: every claim names one.</source>
        <translation>Ajoutez au moins une autorité : chaque revendication en nomme une.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 needs a name.</source>
        <translation>La ligne %1 doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: the id &quot;%2&quot; is not usable: lower-case letters, digits and _.</source>
        <translation>Ligne %1 : l’identifiant « %2 » n’est pas utilisable : minuscules, chiffres et _.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: the id &quot;%2&quot; is already used.</source>
        <translation>Ligne %1 : l’identifiant « %2 » est déjà utilisé.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseCrsPage</name>
    <message>
        <location line="-161"/>
        <source>Map projection</source>
        <translation>Projection de la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The projected coordinate system the map is drawn and measured in. The ones suggested suit the layers&apos; extent, the best first; search for any other by name or EPSG code.</source>
        <translation>Le système de coordonnées projeté dans lequel la carte est dessinée et mesurée. Les systèmes suggérés conviennent à l’emprise des couches, le meilleur en premier ; cherchez-en un autre par son nom ou son code EPSG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search, e.g. Lambert, UTM 34N or 23700</source>
        <translation>Rechercher, p. ex. Lambert, UTM 34N ou 23700</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — suggested for these layers</source>
        <translation>%1 — suggéré pour ces couches</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>dpa::CaseDetailsPage</name>
    <message>
        <location line="-265"/>
        <source>The case study</source>
        <translation>L’étude de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its title, a short id for folders and the command line, and the period it covers.</source>
        <translation>Son titre, un identifiant court pour les dossiers et la ligne de commande, et la période qu’elle couvre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Budapest, autumn 1956</source>
        <translation>p. ex. Budapest, automne 1956</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower case, digits and -</source>
        <translation>minuscules, chiffres et -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first date, e.g. 1956-10-23</source>
        <translation>première date, p. ex. 1956-10-23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date, e.g. 1956-11-11</source>
        <translation>dernière date, p. ex. 1956-11-11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gregorian</source>
        <translation>Grégorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Julian</source>
        <translation>Julien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Julian until 14 Feb 1918, then Gregorian (Russia)</source>
        <translation>Julien jusqu’au 14 février 1918, puis grégorien (Russie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Calendar of the dates:</source>
        <translation>&amp;Calendrier des dates :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates as historians write them: 1917, 1917-10, 1917-10-25, with ~ when approximate and ? when uncertain (datasets/README.md explains them).</source>
        <translation>Les dates telles que les historiens les écrivent : 1917, 1917-10, 1917-10-25, avec ~ si elles sont approximatives et ? si elles sont incertaines (datasets/README.md les explique).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The id &quot;%1&quot; is not usable: lower-case letters, digits and -, as budapest-1956.</source>
        <translation>L’identifiant « %1 » n’est pas utilisable : minuscules, chiffres et -, comme budapest-1956.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First date &quot;%1&quot;: %2</source>
        <translation>Première date « %1 » : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last date &quot;%1&quot;: %2</source>
        <translation>Dernière date « %1 » : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseLayersPage</name>
    <message>
        <location line="+24"/>
        <source>Every feature of this layer is a&amp;pproximate (e.g. modern boundaries standing in for the period&apos;s): drawn with dashed outlines</source>
        <translation>Toutes les entités de cette couche sont a&amp;pproximatives (p. ex. des limites modernes tenant lieu de celles de l’époque) : dessinées avec des contours en tirets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The districts, barracks or places that authorities claimed, from vector files: GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf or CSV with a WKT column.</source>
        <translation>Les quartiers, casernes ou lieux que des autorités ont revendiqués, tirés de fichiers vecteur : GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf ou CSV avec une colonne WKT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Id field (unique per feature):</source>
        <translation>Champ d’&amp;identifiant (unique par entité) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name field:</source>
        <translation>Champ du &amp;nom :</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add Layers</source>
        <translation>Ajouter des couches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv);;All files (*)</source>
        <translation>Fichiers vecteur (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 — %n feature(s)</source>
        <translation>
            <numerusform>%1 — %n entité</numerusform>
            <numerusform>%1 — %n entités</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: no field has a distinct value in every feature by the usual names; choose the id field.</source>
        <translation>%1 : aucun champ aux noms habituels n’a une valeur distincte pour chaque entité ; choisissez le champ d’identifiant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is empty or repeated in some features; choose a field that identifies each one.</source>
        <translation>%1 : « %2 » est vide ou répété dans certaines entités ; choisissez un champ qui identifie chacune d’elles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one file.</source>
        <translation>Ajoutez au moins un fichier.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseWritePage</name>
    <message>
        <location line="+207"/>
        <source>Create the case study</source>
        <translation>Créer l’étude de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package is checked by the validator before its folder appears; nothing is written if it would not be valid.</source>
        <translation>Le paquet est vérifié par le validateur avant que son dossier n’apparaisse ; rien n’est écrit s’il n’est pas valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder (new or empty):</source>
        <translation>&amp;Dossier (nouveau ou vide) :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder of the New Case Study</source>
        <translation>Dossier de la nouvelle étude de cas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File &gt; New Case Study</source>
        <translation>Fichier &gt; Nouvelle étude de cas</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>&quot;%1&quot; (%2), %3 to %4: %n layer(s) with %5 features, in %6, with %7 authorities. Then add claims to claims.csv and sources to sources.csv, and complete SOURCES.md with the data&apos;s licences.</source>
        <translation>
            <numerusform>« %1 » (%2), du %3 au %4 : %n couche avec %5 entités, en %6, avec %7 autorités. Ajoutez ensuite les revendications à claims.csv et les sources à sources.csv, et complétez SOURCES.md avec les licences des données.</numerusform>
            <numerusform>« %1 » (%2), du %3 au %4 : %n couches avec %5 entités, en %6, avec %7 autorités. Ajoutez ensuite les revendications à claims.csv et les sources à sources.csv, et complétez SOURCES.md avec les licences des données.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was written:
</source>
        <translation>Rien n’a été écrit :
</translation>
    </message>
</context>
<context>
    <name>dpa::ChartPanel</name>
    <message>
        <location filename="../app/desktop/panels/chartpanel.cpp" line="+74"/>
        <source>Share of area by status: dual power, divided, occupied, contested, hand-over (stacked)</source>
        <translation>Part de la surface par statut : double pouvoir, partagé, occupé, disputé, passation (empilés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area each authority holds de facto (km²; by share where divided)</source>
        <translation>Surface tenue de facto par chaque autorité (km² ; selon la part là où l’entité est partagée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front length per pair of authorities (km)</source>
        <translation>Longueur de front par paire d’autorités (km)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to go to that date</source>
        <translation>Cliquez pour aller à cette date</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>date (Gregorian)</source>
        <translation>date (grégorien)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>share of the area</source>
        <translation>part de la surface</translation>
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
        <translation>date courante</translation>
    </message>
</context>
<context>
    <name>dpa::ClaimHistoryView</name>
    <message>
        <location filename="../app/desktop/panels/claimhistoryview.cpp" line="+43"/>
        <source>%1 — %2, %3 (confidence %4)</source>
        <translation>%1 — %2, %3 (fiabilité %4)</translation>
    </message>
</context>
<context>
    <name>dpa::ControlStatus</name>
    <message>
        <location filename="../gis/model/controlstatus.cpp" line="+16"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual power</source>
        <translation>Double pouvoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divided</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contested</source>
        <translation>Disputé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over</source>
        <translation>Passation</translation>
    </message>
</context>
<context>
    <name>dpa::DatabaseView</name>
    <message>
        <location filename="../app/desktop/databaseview.cpp" line="+52"/>
        <source>%1 has %L2 features, but was pushed before the database kept the look-ups a view is read with: it is read whole. Push it again (dpatlas-cli push --replace) to open it by view.</source>
        <translation>%1 a %L2 entités, mais a été envoyé avant que la base garde les index avec lesquels une vue est lue : il est lu en entier. Envoyez-le de nouveau (dpatlas-cli push --replace) pour l’ouvrir par vue.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot make a temporary folder for the period maps: %1</source>
        <translation>impossible de créer un dossier temporaire pour les cartes d’époque : %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the case study in the database no longer has its time index (it was pushed again with an older version?): open it again to read it whole</source>
        <translation>l’étude de cas dans la base n’a plus son index temporel (envoyée de nouveau avec une version plus ancienne ?) : ouvrez-la de nouveau pour la lire en entier</translation>
    </message>
</context>
<context>
    <name>dpa::EditMode</name>
    <message>
        <location filename="../app/desktop/editing/editmode.cpp" line="+62"/>
        <source>&amp;Edit Case Study</source>
        <translation>&amp;Modifier l’étude de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;Claim…</source>
        <translation>Appliquer une &amp;revendication…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+22"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+70"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+113"/>
        <source>Edit Case Study</source>
        <translation>Modifier l’étude de cas</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>&amp;Undo %1</source>
        <comment>%1: the edit, as &quot;Edit role in claims.csv&quot;</comment>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <comment>%1: the edit, as &quot;Edit role in claims.csv&quot;</comment>
        <translation>Ré&amp;tablir : %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open a case study first.</source>
        <translation>Ouvrez d’abord une étude de cas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case study is too large to read whole, so only the features in view were read from the database, and it cannot be edited here. Edit it in the database (QGIS, SQL), or pull it into a folder (dpatlas-cli pull) and edit that.</source>
        <translation>Cette étude de cas est trop grande pour être lue en entier : seules les entités de la vue ont été lues dans la base, et elle ne peut pas être modifiée ici. Modifiez-la dans la base (QGIS, SQL), ou tirez-la dans un dossier (dpatlas-cli pull) et modifiez celui-ci.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a case study packed into one GeoPackage, which is not edited in place. Unpack it (dpatlas-cli unpack) and open the folder.</source>
        <translation>%1 est une étude de cas empaquetée dans un seul GeoPackage, qui ne se modifie pas sur place. Extrayez-la (dpatlas-cli unpack) et ouvrez le dossier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The tables cannot be edited:
%1</source>
        <translation>Les tables ne peuvent pas être modifiées :
%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+15"/>
        <source>Autosaved edits</source>
        <translation>Modifications sauvegardées automatiquement</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Unsaved edits to %1 from %2 were autosaved, but %3 changed on disk since, so they are not applied.</source>
        <translation>Des modifications non enregistrées de %1 datant de %2 ont été sauvegardées automatiquement, mais %3 a changé sur le disque depuis : elles ne sont donc pas appliquées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the autosaved tables in %1 to compare them with the package&apos;s?</source>
        <translation>Conserver les tables sauvegardées automatiquement dans %1 pour les comparer à celles du paquet ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the Files</source>
        <translation>Conserver les fichiers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Autosaved tables kept in %1</source>
        <translation>Tables sauvegardées automatiquement conservées dans %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recover unsaved edits from %1?</source>
        <translation>Récupérer les modifications non enregistrées de %1 ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edits to %1 were not saved when the app last ended; they were autosaved at %2.</source>
        <translation>Les modifications de %1 n’avaient pas été enregistrées à la dernière fermeture de l’application ; elles ont été sauvegardées automatiquement à %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The edits cannot be recovered:
%1</source>
        <translation>Les modifications ne peuvent pas être récupérées :
%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Unsaved edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edits to %1 are not saved.</source>
        <translation>Les modifications de %1 ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save them to the package&apos;s tables before going on?</source>
        <translation>Les enregistrer dans les tables du paquet avant de continuer ?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved to the database</source>
        <translation>Enregistré dans la base de données</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>dpa::EditPanel</name>
    <message>
        <location filename="../app/desktop/editing/editpanel.cpp" line="+23"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claims</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Filter: feature, authority or role (claims); any column (events, sources)</source>
        <translation>Filtre : entité, autorité ou rôle (revendications) ; n’importe quelle colonne (événements, sources)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line in the file</source>
        <translation>Ligne dans le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Rows</source>
        <translation>&amp;Supprimer les lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;Claim…</source>
        <translation>Appliquer une &amp;revendication…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Highlight rows in force on %1</source>
        <translation>Mettre en évidence les lignes en vigueur le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight rows in force</source>
        <translation>Mettre en évidence les lignes en vigueur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Click features on the map (Ctrl+click for more) to apply a claim to them.</source>
        <translation>Cliquez sur des entités de la carte (Ctrl+clic pour en ajouter) pour leur appliquer une revendication.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected: %1</source>
        <translation>Sélection : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems: the package is valid as edited.</source>
        <translation>Aucun problème : le paquet est valide tel que modifié.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s); click one to see its row:</source>
        <translation>
            <numerusform>%n problème ; cliquez dessus pour voir sa ligne :</numerusform>
            <numerusform>%n problèmes ; cliquez sur l’un d’eux pour voir sa ligne :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::EditSession</name>
    <message numerus="yes">
        <location filename="../app/desktop/editing/editsession.cpp" line="+48"/>
        <source>Apply claim to %n feature(s)</source>
        <translation>
            <numerusform>Appliquer une revendication à %n entité</numerusform>
            <numerusform>Appliquer une revendication à %n entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n row(s) of %1</source>
        <translation>
            <numerusform>Supprimer %n ligne de %1</numerusform>
            <numerusform>Supprimer %n lignes de %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
</context>
<context>
    <name>dpa::EditTableModel</name>
    <message>
        <location filename="../app/desktop/editing/edittablemodel.cpp" line="+24"/>
        <source>Layer</source>
        <comment>column of claims.csv: the feature&apos;s layer</comment>
        <translation>Couche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <comment>column of claims.csv: the feature&apos;s id</comment>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <comment>column of claims.csv</comment>
        <translation>Autorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <comment>column of claims.csv: control, claim, contested…</comment>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <comment>column of claims.csv: the date a claim begins</comment>
        <translation>Début</translation>
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
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <comment>column of claims.csv and events.csv: the ids of the sources cited</comment>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <comment>column of claims.csv</comment>
        <translation>Note</translation>
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
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <comment>column of events.csv</comment>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <comment>column of events.csv: the event&apos;s title</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <comment>column of events.csv: what happened</comment>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features</source>
        <comment>column of events.csv: the features an event touches</comment>
        <translation>Entités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <comment>column of sources.csv: the bibliographic reference</comment>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <comment>column of sources.csv: the source&apos;s web address</comment>
        <translation>Lien</translation>
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
        <translation>Colonne « %1 » de %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit %1 in %2</source>
        <translation>Modifier %1 dans %2</translation>
    </message>
</context>
<context>
    <name>dpa::EventsPanel</name>
    <message>
        <location filename="../app/desktop/panels/eventspanel.cpp" line="+72"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>dpa::ExportAnimationDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportanimationdialog.cpp" line="+42"/>
        <source>Export Animation</source>
        <translation>Exporter une animation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number and a unit: h (hours), d (days), w (weeks), m (months), y (years)</source>
        <translation>Un nombre et une unité : h (heures), d (jours), w (semaines), m (mois), y (années)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM, %1 calendar, as in the package</source>
        <translation>AAAA-MM-JJ ou AAAA-MM-JJTHH:MM, calendrier %1, comme dans le paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step:</source>
        <translation>Pas :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame size:</source>
        <translation>Taille des images :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames/s</source>
        <translation> images/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate:</source>
        <translation>Cadence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG frames into a new folder (instead of a GIF or video file)</source>
        <translation>Images PNG dans un nouveau dossier (au lieu d’un fichier GIF ou vidéo)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Folder in which to create the frames folder</source>
        <translation>Dossier dans lequel créer le dossier des images</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Animated GIF (*.gif);;MP4 video, H.264 (*.mp4);;WebM video, VP9 (*.webm)</source>
        <translation>GIF animé (*.gif);;Vidéo MP4, H.264 (*.mp4);;Vidéo WebM, VP9 (*.webm)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a day: write YYYY-MM-DD</source>
        <translation>« %1 » n’est pas un jour : écrivez AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2 frames)</source>
        <translation>%1 (%2 images)</translation>
    </message>
</context>
<context>
    <name>dpa::ExportImageDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportimagedialog.cpp" line="+61"/>
        <source>Export Image</source>
        <translation>Exporter une image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A page sets the size from the resolution: A4 at 150 dpi is 1240 × 1754 pixels</source>
        <translation>Une page fixe la taille d’après la résolution : A4 à 150 dpi fait 1240 × 1754 pixels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page:</source>
        <translation>Page :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 × %2 cm in print</source>
        <translation>%1 × %2 cm à l’impression</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Resolution:</source>
        <translation>Résolution :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map as on screen, with title, date, legend, scale bar, north arrow and credits. PNG is a picture; SVG and PDF are vector paths an illustrator can edit.</source>
        <translation>La carte telle qu’à l’écran, avec titre, date, légende, barre d’échelle, flèche du nord et crédits. Le PNG est une image ; le SVG et le PDF sont des tracés vectoriels qu’un illustrateur peut retoucher.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the picture .png, .svg or .pdf.</source>
        <translation>Nommez l’image .png, .svg ou .pdf.</translation>
    </message>
</context>
<context>
    <name>dpa::ExportJobDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportjobdialog.cpp" line="+55"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Choose where to save first.</source>
        <translation>Choisissez d’abord où enregistrer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed.</source>
        <translation>L’export a échoué.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>dpa::ExportLayerDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportlayerdialog.cpp" line="+42"/>
        <source>Export Layer</source>
        <translation>Exporter une couche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control state of every feature</source>
        <translation>État de contrôle de chaque entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Territory of each authority</source>
        <translation>Territoire de chaque autorité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Front lines</source>
        <translation>Lignes de front</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per claim, with start and end as date-time fields (QGIS&apos;s Temporal Controller plays them; KML gets TimeSpan for Google Earth).</source>
        <translation>Une ligne par revendication, avec le début et la fin en champs date-heure (le Contrôleur temporel de QGIS les joue ; le KML reçoit des TimeSpan pour Google Earth).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All layers</source>
        <translation>Toutes les couches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case study&apos;s: %1</source>
        <translation>celui de l’étude de cas : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPSG:4326, EPSG:3857, a PROJ string or WKT. GeoJSON and KML are always WGS 84.</source>
        <translation>EPSG:4326, EPSG:3857, une chaîne PROJ ou du WKT. GeoJSON et KML sont toujours en WGS 84.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRS:</source>
        <translation>SCR :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;FlatGeobuf (*.fgb);;CSV with WKT (*.csv)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;FlatGeobuf (*.fgb);;CSV avec WKT (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the file .gpkg, .geojson, .shp, .kml, .fgb or .csv.</source>
        <translation>Nommez le fichier .gpkg, .geojson, .shp, .kml, .fgb ou .csv.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 records in %2 files, one per layer: %3</source>
        <translation>%1 enregistrements dans %2 fichiers, un par couche : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 records)</source>
        <translation>%1 (%2 enregistrements)</translation>
    </message>
</context>
<context>
    <name>dpa::ExportPackageDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportpackagedialog.cpp" line="+18"/>
        <source>Export Case Study as GeoPackage</source>
        <translation>Exporter l’étude de cas en GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers, claims, events, sources, the manifest and the period maps of “%1” in one file. QGIS shows its layers and tables; Dual Power Atlas opens it like a folder.</source>
        <translation>Couches, revendications, événements, sources, manifeste et cartes d’époque de « %1 » dans un seul fichier. QGIS affiche ses couches et ses tables ; l’Atlas du double pouvoir l’ouvre comme un dossier.</translation>
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
        <translation>Géoréférencer un scan — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Scan…</source>
        <translation>Ouvrir un &amp;scan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Points…</source>
        <translation>Ouvrir des &amp;points…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transformation:</source>
        <translation>Transformation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan a quarter to the left (Shift+R)</source>
        <translation>Tourner le scan d’un quart de tour vers la gauche (Shift+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan a quarter to the right (R)</source>
        <translation>Tourner le scan d’un quart de tour vers la droite (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan&apos;s view to any angle (clockwise); the points stay on the scan&apos;s own pixels</source>
        <translation>Faire pivoter la vue du scan selon un angle quelconque (sens horaire) ; les points restent sur les pixels mêmes du scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Scan&lt;/b&gt; — click a spot you can find on the map (wheel: zoom, drag: pan, drag a marker: move it)</source>
        <translation>&lt;b&gt;Scan&lt;/b&gt; — cliquez sur un endroit que vous pouvez retrouver sur la carte (molette : zoom, glisser : déplacer la vue, glisser un repère : le déplacer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Map&lt;/b&gt; — click the same spot here</source>
        <translation>&lt;b&gt;Carte&lt;/b&gt; — cliquez ici sur le même endroit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Point</source>
        <translation>S&amp;upprimer le point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the warped scan over the map</source>
        <translation>Afficher le scan recalé sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRS of the map coordinates you type and the table shows, e.g. EPSG:4326 for longitude and latitude; they are converted into the case study&apos;s CRS.</source>
        <translation>Le SCR des coordonnées cartographiques que vous saisissez et qu’affiche la table, p. ex. EPSG:4326 pour la longitude et la latitude ; elles sont converties dans le SCR de l’étude de cas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Point</source>
        <translation>A&amp;jouter le point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map coordinates in:</source>
        <translation>Coordonnées cartographiques en :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type the map position of the spot clicked on the scan:</source>
        <translation>Ou saisissez la position sur la carte de l’endroit cliqué sur le scan :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity:</source>
        <translation>Opacité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the map was made, e.g. 1836</source>
        <translation>date de réalisation de la carte, p. ex. 1836</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of the map:</source>
        <translation>Date de la carte :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown from:</source>
        <translation>Affichée du :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as Period &amp;Map</source>
        <translation>Enregistrer comme &amp;carte d’époque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Open a Scan</source>
        <translation>Ouvrir un scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.tif *.tiff *.jpg *.jpeg *.png *.jp2);;All files (*)</source>
        <translation>Images (*.tif *.tiff *.jpg *.jpeg *.png *.jp2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Control Points</source>
        <translation>Ouvrir des points de calage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control points (*.points *.csv)</source>
        <translation>Points de calage (*.points *.csv)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open a scan to begin.</source>
        <translation>Ouvrez un scan pour commencer.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2 x %3 pixels. Click a spot on the scan, then the same spot on the map.</source>
        <translation>%1 : %2 x %3 pixels. Cliquez sur un endroit du scan, puis sur le même endroit de la carte.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 points.</source>
        <translation>%1 : %2 points.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Now click the same spot on the map.</source>
        <translation>Cliquez maintenant sur le même endroit de la carte.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now click the same spot on the scan.</source>
        <translation>Cliquez maintenant sur le même endroit du scan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan x</source>
        <translation>x du scan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan y</source>
        <translation>y du scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map x (%1)</source>
        <translation>x carte (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map y (%1)</source>
        <translation>y carte (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual (px)</source>
        <translation>Résidu (px)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual (m)</source>
        <translation>Résidu (m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x in %1</source>
        <translation>x en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>y in %1</source>
        <translation>y en %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Outlier: its residual is more than %1 times the median. Was it clicked on the wrong spot?</source>
        <translation>Point aberrant : son résidu dépasse %1 fois la médiane. A-t-il été cliqué au mauvais endroit ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RMS error: &lt;b&gt;%1 px&lt;/b&gt;, &lt;b&gt;%2 m&lt;/b&gt; over %3 points%4</source>
        <translation>Erreur quadratique moyenne : &lt;b&gt;%1 px&lt;/b&gt;, &lt;b&gt;%2 m&lt;/b&gt; sur %3 points%4</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> — &lt;span style=&apos;color:#c00000&apos;&gt;%n outlier(s)&lt;/span&gt;</source>
        <translation>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;%n point aberrant&lt;/span&gt;</numerusform>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;%n points aberrants&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>enable point %1</source>
        <translation>activer le point %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disable point %1</source>
        <translation>désactiver le point %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <location line="+63"/>
        <source>move point %1</source>
        <translation>déplacer le point %1</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>no coordinate to pair with</source>
        <translation>aucune coordonnée à associer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PROJ does not know the CRS &quot;%1&quot;, so coordinates are still typed in %2: %3</source>
        <translation>PROJ ne connaît pas le SCR « %1 », les coordonnées restent donc saisies en %2 : %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map coordinates are typed and shown in %1 (%2).</source>
        <translation>Les coordonnées cartographiques sont saisies et affichées en %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click the spot on the scan first, then type its map coordinates.</source>
        <translation>Cliquez d’abord sur l’endroit du scan, puis saisissez ses coordonnées cartographiques.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type both map coordinates as numbers (in %1).</source>
        <translation>Saisissez les deux coordonnées cartographiques sous forme de nombres (en %1).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a scan first.</source>
        <translation>Ouvrez d’abord un scan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id names the files: use letters, digits, - and _ only.</source>
        <translation>L’identifiant donne leur nom aux fichiers : lettres, chiffres, - et _ uniquement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the map a title that says how old it really is.</source>
        <translation>Donnez à la carte un titre qui indique son âge réel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a date the package understands: %2</source>
        <translation>« %1 » n’est pas une date que le paquet comprend : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warping the scan…</source>
        <translation>Recalage du scan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved %1 and %2; the case study is reloaded with the new period map.</source>
        <translation>%1 et %2 enregistrés ; l’étude de cas est rechargée avec la nouvelle carte d’époque.</translation>
    </message>
</context>
<context>
    <name>dpa::GeorefMapOverlay</name>
    <message>
        <location filename="../app/desktop/georef/georefmapoverlay.cpp" line="+100"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
</context>
<context>
    <name>dpa::InspectorPanel</name>
    <message>
        <location filename="../app/desktop/panels/inspectorpanel.cpp" line="+22"/>
        <location line="+56"/>
        <source>Click a district, barracks or place on the map.</source>
        <translation>Cliquez sur un quartier, une caserne ou un lieu de la carte.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source> · approximate geometry</source>
        <translation> · géométrie approximative</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>, %1 % of it</source>
        <translation>, %1 % de celui-ci</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wikidata %1</source>
        <translation>Wikidata %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidence %1</source>
        <translation>fiabilité %1</translation>
    </message>
</context>
<context>
    <name>dpa::KeyboardShortcuts</name>
    <message>
        <location filename="../app/desktop/keyboardshortcuts.cpp" line="+31"/>
        <source>play / pause</source>
        <translation>lecture / pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day back / forward</source>
        <translation>un jour en arrière / en avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an hour back / forward</source>
        <translation>une heure en arrière / en avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a week back / forward</source>
        <translation>une semaine en arrière / en avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a month back / forward</source>
        <translation>un mois en arrière / en avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous / next change</source>
        <translation>changement précédent / suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start / end of the period</source>
        <translation>début / fin de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zoom in / out, also the mouse wheel (on the map: + and -); drag to pan</source>
        <translation>zoom avant / arrière, aussi avec la molette (sur la carte : + et -) ; glisser pour déplacer la vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study</source>
        <translation>toute l’étude de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search places and events</source>
        <translation>rechercher lieux et événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>front lines</source>
        <translation>lignes de front</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a case study</source>
        <translation>ouvrir une étude de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the picture</source>
        <translation>exporter l’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit mode: the case study&apos;s tables</source>
        <translation>mode édition : les tables de l’étude de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo an edit</source>
        <translation>annuler une modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo</source>
        <translation>rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the edits</source>
        <translation>enregistrer les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how to read this map</source>
        <translation>comment lire cette carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quit</source>
        <translation>quitter</translation>
    </message>
</context>
<context>
    <name>dpa::LayersPanel</name>
    <message>
        <location filename="../app/desktop/panels/layerspanel.cpp" line="+49"/>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw above the layer over it</source>
        <translation>Dessiner au-dessus de la couche supérieure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw below the layer under it</source>
        <translation>Dessiner sous la couche inférieure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to</source>
        <translation>Cadrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame the map on the selected layer or period map (or double-click it)</source>
        <translation>Cadrer la carte sur la couche ou la carte d’époque sélectionnée (ou double-cliquez dessus)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>water</source>
        <comment>layer kind: filled blue</comment>
        <translation>eau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>river</source>
        <comment>layer kind: a blue line</comment>
        <translation>cours d’eau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>land</source>
        <comment>layer kind: pale fill</comment>
        <translation>terres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>boundary</source>
        <comment>layer kind: a grey line</comment>
        <translation>limite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Layers (upper over lower; symbols and labels always on top)</source>
        <translation>Couches (les supérieures par-dessus les inférieures ; symboles et étiquettes toujours au-dessus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period maps</source>
        <translation>Cartes d’époque</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>features</source>
        <translation>entités</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1
Shown from %2, under the districts: lower their opacity or hide them to read it. Double-click to zoom to it.</source>
        <translation>%1
Affichée à partir du %2, sous les quartiers : baissez leur opacité ou masquez-les pour la lire. Double-cliquez pour cadrer sur elle.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>none in this package</source>
        <translation>aucune dans ce paquet</translation>
    </message>
</context>
<context>
    <name>dpa::LayoutOptionsForm</name>
    <message>
        <location filename="../app/desktop/dialogs/layoutoptionsform.cpp" line="+30"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle:</source>
        <translation>Sous-titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it covers no feature</source>
        <translation>Là où elle ne couvre aucune entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top left</source>
        <translation>En haut à gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top right</source>
        <translation>En haut à droite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottom left</source>
        <translation>En bas à gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom right</source>
        <translation>En bas à droite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beside the map</source>
        <translation>À côté de la carte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No legend</source>
        <translation>Pas de légende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic: a corner of the map over no feature, or beside the map when every corner covers some</source>
        <translation>Automatique : un coin de la carte sans entité, ou à côté de la carte si chaque coin en couvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend:</source>
        <translation>Légende :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inset map of the whole case study</source>
        <translation>Carte de situation de toute l’étude de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar and north arrow</source>
        <translation>Barre d’échelle et flèche du nord</translation>
    </message>
</context>
<context>
    <name>dpa::LegendContents</name>
    <message>
        <location filename="../layers/render/legendcontents.cpp" line="+18"/>
        <source>Held by one camp</source>
        <translation>Tenu par un seul camp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual power: wide bands de facto, narrow de jure</source>
        <translation>Double pouvoir : bandes larges de facto, étroites de jure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divided: each camp holds a part</source>
        <translation>Partagé : chaque camp en tient une partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied: bars of the occupying force</source>
        <translation>Occupé : barres de la force d’occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contested: open fighting</source>
        <translation>Disputé : combats ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over: dots of the outgoing holder</source>
        <translation>Passation : points du détenteur sortant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown: no claim in the sources</source>
        <translation>Inconnu : aucune revendication dans les sources</translation>
    </message>
</context>
<context>
    <name>dpa::LegendPanel</name>
    <message>
        <location filename="../app/desktop/panels/legendpanel.cpp" line="+60"/>
        <source>What the map shows</source>
        <translation>Ce que montre la carte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pale: a title nobody enforces</source>
        <translation>Pâle : un titre que personne ne fait respecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An authority claims it (de jure) and nobody is recorded holding it</source>
        <translation>Une autorité le revendique (de jure) et personne n’est attesté le tenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate boundary (dashed)</source>
        <translation>Limite approximative (tiretés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The boundary stands in for the historical one (see the package&apos;s SOURCES.md)</source>
        <translation>La limite tient lieu de la limite historique (voir le fichier SOURCES.md du paquet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paler: lower confidence</source>
        <translation>Plus pâle : fiabilité moindre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fill is paler the lower the confidence of the claims in force</source>
        <translation>Le remplissage pâlit à mesure que baisse la fiabilité des revendications en vigueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pennant: present without governing</source>
        <translation>Fanion : présent sans gouverner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troops or officials present without governing (role presence)</source>
        <translation>Troupes ou agents présents sans gouverner (rôle « présence »)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities (click to highlight)</source>
        <translation>Autorités (cliquer pour mettre en évidence)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source> (no claim in force on this date)</source>
        <translation> (aucune revendication en vigueur à cette date)</translation>
    </message>
</context>
<context>
    <name>dpa::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow.cpp" line="+85"/>
        <location line="+907"/>
        <source>Dual Power Atlas</source>
        <translation>Atlas du double pouvoir</translation>
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
        <translation>image : %1 ms</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Case Study…</source>
        <translation>&amp;Nouvelle étude de cas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Case Study…</source>
        <translation>&amp;Ouvrir une étude de cas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;GeoPackage…</source>
        <translation>Ouvrir un &amp;GeoPackage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open from &amp;Database…</source>
        <translation>Ouvrir depuis une &amp;base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent Case Studies</source>
        <translation>Études de cas &amp;récentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Layer…</source>
        <translation>Exporter une &amp;couche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Timeline…</source>
        <translation>Exporter la &amp;chronologie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Image…</source>
        <translation>Exporter une &amp;image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Animation…</source>
        <translation>Exporter une &amp;animation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Case Study as Geo&amp;Package…</source>
        <translation>Exporter l’étude de cas en Geo&amp;Package…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;Case Study</source>
        <translation>Cadrer sur l’étude de &amp;cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Front Lines</source>
        <translation>Afficher les lignes de &amp;front</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Basemap…</source>
        <translation>&amp;Fond de carte…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No translation found for %1; the interface stays in English.</source>
        <translation>Aucune traduction trouvée pour « %1 » ; l’interface reste en anglais.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Georeference a Scan…</source>
        <translation>&amp;Géoréférencer un scan…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to &amp;Read This Map</source>
        <translation>Comment &amp;lire cette carte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Dual Power Atlas</source>
        <translation>À propos de l’Atlas du double pouvoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Dual Power Atlas&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Who controlled what, when: control maps of episodes of dual power, with their sources.&lt;/p&gt;&lt;p&gt;Data credits of the open case study are printed on its map and listed in its SOURCES.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Atlas du double pouvoir&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Qui tenait quoi, et quand : cartes du contrôle territorial lors des épisodes de double pouvoir, avec leurs sources.&lt;/p&gt;&lt;p&gt;Les crédits des données de l’étude de cas ouverte figurent sur sa carte et dans son fichier SOURCES.md.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Dual Power Atlas</source>
        <translation>À &amp;propos de l’Atlas du double pouvoir</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: no footprint to zoom to</source>
        <translation>%1 : aucune emprise sur laquelle cadrer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is shown from %2; move the time there to see it.</source>
        <translation>%1 est affichée à partir du %2 ; déplacez le curseur temporel jusque-là pour la voir.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No basemap: %1. The map is drawn without it; View &gt; Basemap… tries again.</source>
        <translation>Pas de fond de carte : %1. La carte est dessinée sans lui ; Affichage &gt; Fond de carte… permet de réessayer.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Open Case Study GeoPackage</source>
        <translation>Ouvrir une étude de cas GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed case studies (*.gpkg)</source>
        <translation>Études de cas empaquetées (*.gpkg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Loading cancelled</source>
        <translation>Chargement annulé</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Computing areas and borders for the chart and the front lines…</source>
        <translation>Calcul des surfaces et des frontières pour le graphique et les lignes de front…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+334"/>
        <source>%1[*] — Dual Power Atlas</source>
        <translation>%1[*] — Atlas du double pouvoir</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Showing the %L1 features in view of about %L2, read from the database</source>
        <translation>Affichage des %L1 entités de la vue sur environ %L2, lues dans la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the features in view from the database…</source>
        <translation>Lecture des entités de la vue dans la base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the features in view from the database: %1</source>
        <translation>Impossible de lire les entités de la vue dans la base de données : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case study has more than %L1 features, so only those in and around the view are read from the database, again as the view moves. The legend, the chart, the search, the events&apos; features and the timeline speak of these features only.</source>
        <translation>Cette étude de cas a plus de %L1 entités : seules celles de la vue et de ses abords sont lues dans la base, de nouveau quand la vue se déplace. La légende, le graphique, la recherche, les entités des événements et la frise ne parlent que de ces entités.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1° %2, %3° %4  |  %5: %6, %7</source>
        <translation>%1° %2, %3° %4  |  %5 : %6, %7</translation>
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
        <translation>Ouvrir le dossier d’une étude de cas</translation>
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
        <translation>Contours en tirets : géométrie approximative (des limites modernes tiennent lieu des limites historiques)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>In force</source>
        <translation>En vigueur</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pale: a title nobody enforces</source>
        <translation>Pâle : un titre que personne ne fait respecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approximate boundary</source>
        <translation>Limite approximative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pennant: present without governing</source>
        <translation>Fanion : présent sans gouverner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paler fill: lower confidence</source>
        <translation>Remplissage plus pâle : fiabilité moindre</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>%1: %2</source>
        <comment>an event&apos;s caption on the map: its date, its title</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Basemap: %1</source>
        <translation>Fond de carte : %1</translation>
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
        <translation>Nouvelle étude de cas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>dpa::OpenCaseStudyDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/opencasestudydialog.cpp" line="+57"/>
        <source>Open Case Study</source>
        <translation>Ouvrir une étude de cas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case studies found in: %1</source>
        <translation>Études de cas trouvées dans : %1</translation>
    </message>
</context>
<context>
    <name>dpa::OpenDatabaseDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/opendatabasedialog.cpp" line="+22"/>
        <source>Open from Database</source>
        <translation>Ouvrir depuis une base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case studies shared through a PostgreSQL database with PostGIS (put there with &lt;tt&gt;dpatlas-cli push&lt;/tt&gt;). Give the connection as PostgreSQL&apos;s tools take it, such as &lt;tt&gt;host=db.example.org dbname=atlas user=me&lt;/tt&gt;; keep the password in ~/.pgpass.</source>
        <translation>Études de cas partagées par une base de données PostgreSQL avec PostGIS (déposées avec &lt;tt&gt;dpatlas-cli push&lt;/tt&gt;). Indiquez la connexion comme la prennent les outils de PostgreSQL, par exemple &lt;tt&gt;host=db.example.org dbname=atlas user=me&lt;/tt&gt; ; gardez le mot de passe dans ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;List Case Studies</source>
        <translation>&amp;Lister les études de cas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case study</source>
        <translation>Étude de cas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the default server</source>
        <translation>le serveur par défaut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database holds no case study yet: put one there with dpatlas-cli push.</source>
        <translation>Cette base de données ne contient encore aucune étude de cas : déposez-en une avec dpatlas-cli push.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case study(ies) in this database.</source>
        <translation>
            <numerusform>%n étude de cas dans cette base de données.</numerusform>
            <numerusform>%n études de cas dans cette base de données.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::PagePreset</name>
    <message>
        <location filename="../layers/view/maplayout.cpp" line="+61"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16:9 slide (1920 × 1080)</source>
        <translation>Diapositive 16:9 (1920 × 1080)</translation>
    </message>
</context>
<context>
    <name>dpa::ProblemList</name>
    <message>
        <location filename="../app/desktop/editing/problemlist.cpp" line="+14"/>
        <source>%1: feature %2</source>
        <comment>a problem&apos;s place: a layer&apos;s file and a feature&apos;s id</comment>
        <translation>%1 : entité %2</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1 (%2, %n rows)</source>
        <translation>
            <numerusform>%1 (%2, %n ligne)</numerusform>
            <numerusform>%1 (%2, %n lignes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::ProblemsDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/problemsdialog.cpp" line="+25"/>
        <source>Problems in %1</source>
        <translation>Problèmes dans %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) were found. What is sound has been loaded; the rest is left out until it is fixed.</source>
        <translation>
            <numerusform>%n problème a été trouvé. Ce qui est sain a été chargé ; le reste est écarté jusqu’à ce qu’il soit corrigé.</numerusform>
            <numerusform>%n problèmes ont été trouvés. Ce qui est sain a été chargé ; le reste est écarté jusqu’à ce qu’il soit corrigé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::ReadingGuideDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/readingguidedialog.cpp" line="+36"/>
        <source>How to read this map</source>
        <translation>Comment lire cette carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Each district, place or front is coloured by what the sources say of it on the date shown. Authorities of one &lt;i&gt;bloc&lt;/i&gt; are one camp: allies never make dual power between themselves. Click a feature for its claims and their sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque quartier, lieu ou front est coloré selon ce qu’en disent les sources à la date affichée. Des autorités alliées forment un seul &lt;i&gt;camp&lt;/i&gt; : elles ne constituent jamais entre elles un double pouvoir. Cliquez sur une entité pour voir ses revendications et leurs sources.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>One camp holds or claims it, alone. A pale tint: a title that nobody is recorded enforcing.</source>
        <translation>Un seul camp le tient ou le revendique. Teinte pâle : un titre que personne n’est attesté faire respecter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rival camps are each in force over the same whole ground, by control or by claim: the wide bands are the side that holds it de facto, each narrow band another camp. This is dual power in Lenin&apos;s and Trotsky&apos;s sense, not a front line.</source>
        <translation>Des camps rivaux exercent chacun leur autorité sur le même territoire tout entier, par le contrôle ou par la revendication : les bandes larges sont le camp qui le tient de facto, chaque bande étroite un autre camp. C’est le double pouvoir au sens de Lénine et de Trotski, non une ligne de front.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rival camps each control a part: columns in proportion to their shares. The front runs somewhere inside; the shares are the package&apos;s estimate.</source>
        <translation>Des camps rivaux en contrôlent chacun une partie : des colonnes proportionnelles à leurs parts. Le front passe quelque part à l’intérieur ; les parts sont une estimation du paquet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A foreign force holds it without claiming sovereignty (bars), over the colour of whoever holds the title.</source>
        <translation>Une force étrangère le tient sans revendiquer la souveraineté (barres), par-dessus la couleur de celui qui détient le titre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open fighting over it.</source>
        <translation>Des combats ouverts s’y déroulent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One camp&apos;s claim ends on the day a rival&apos;s begins, and the sources give no hour: the day belongs to the newcomer (its colour), dotted with the colour of the one leaving.</source>
        <translation>La revendication d’un camp prend fin le jour où commence celle d’un rival, et les sources ne donnent pas l’heure : le jour appartient au nouveau venu (sa couleur), parsemé de points de la couleur du sortant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sources say nothing of it.</source>
        <translation>Les sources n’en disent rien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paler</source>
        <translation>Plus pâle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower confidence in the claims in force. Dashed outlines: approximate boundaries. A small pennant: troops or officials present without governing.</source>
        <translation>Fiabilité moindre des revendications en vigueur. Contours en tirets : limites approximatives. Un petit fanion : troupes ou agents présents sans gouverner.</translation>
    </message>
</context>
<context>
    <name>dpa::ScanView</name>
    <message>
        <location filename="../app/desktop/georef/scanview.cpp" line="+172"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
</context>
<context>
    <name>dpa::SearchField</name>
    <message>
        <location filename="../app/desktop/searchfield.cpp" line="+19"/>
        <source>Search places and events (Ctrl+K)</source>
        <translation>Rechercher lieux et événements (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 — event, %2</source>
        <translation>%1 — événement, %2</translation>
    </message>
</context>
<context>
    <name>dpa::StagedFile</name>
    <message>
        <location filename="../gis/io/stagedfile.cpp" line="+24"/>
        <source>folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>writing was cancelled</source>
        <translation>l’écriture a été annulée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write to disk (full?)</source>
        <translation>impossible d’écrire sur le disque (plein ?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot move the finished file into place</source>
        <translation>impossible de mettre le fichier terminé à sa place</translation>
    </message>
</context>
<context>
    <name>dpa::StateSummary</name>
    <message>
        <location filename="../app/desktop/statesummary.cpp" line="+10"/>
        <source>control</source>
        <comment>a claim&apos;s role: power held de facto</comment>
        <translation>contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claim</source>
        <comment>a claim&apos;s role: a de jure title</comment>
        <translation>revendication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contested</source>
        <comment>a claim&apos;s role: open fighting over the feature</comment>
        <translation>disputé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occupation</source>
        <comment>a claim&apos;s role: a foreign force holding the feature</comment>
        <translation>occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presence</source>
        <comment>a claim&apos;s role: troops or officials present without governing</comment>
        <translation>présence</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nobody recorded</source>
        <translation>personne d’attesté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 by title only: %2 claims it, nobody is recorded holding it</source>
        <translation>%1 en titre seulement : %2 le revendique, personne n’est attesté le tenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1: rival titles of %2 and %3, nobody recorded holding it</source>
        <translation>%1 : titres rivaux de %2 et de %3, personne n’est attesté le tenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 holds it de facto; %3 also in force</source>
        <translation>%1 : %2 le tient de facto ; %3 également en vigueur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 by %2; title: %3</source>
        <translation>%1 par %2 ; en titre : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: fighting between %2</source>
        <translation>%1 : combats entre %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>present without governing: %1</source>
        <translation>présent sans gouverner : %1</translation>
    </message>
</context>
<context>
    <name>dpa::TimelinePanel</name>
    <message>
        <location filename="../app/desktop/panels/timelinepanel.cpp" line="+39"/>
        <source>Start of the period (%1)</source>
        <translation>Début de la période (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous change (%1)</source>
        <translation>Changement précédent (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step back by the unit chosen beside (keys: %1 a day, %2 an hour, %3 a week, %4 a month)</source>
        <translation>Reculer de l’unité choisie à côté (touches : %1 un jour, %2 une heure, %3 une semaine, %4 un mois)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play / pause (%1)</source>
        <translation>Lecture / pause (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step forward by the unit chosen beside (keys: %1 a day, %2 an hour, %3 a week, %4 a month)</source>
        <translation>Avancer de l’unité choisie à côté (touches : %1 un jour, %2 une heure, %3 une semaine, %4 un mois)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next change (%1)</source>
        <translation>Changement suivant (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of the period (%1)</source>
        <translation>Fin de la période (%1)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step by</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour/s</source>
        <translation>1 heure/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 hours/s</source>
        <translation>6 heures/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day/s</source>
        <translation>1 jour/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 days/s</source>
        <translation>3 jours/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week/s</source>
        <translation>1 semaine/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 weeks/s</source>
        <translation>2 semaines/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 month/s</source>
        <translation>1 mois/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop</source>
        <translation>En boucle</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n claims in force have approximate or uncertain dates</source>
        <translation>
            <numerusform>%n revendication en vigueur a des dates approximatives ou incertaines</numerusform>
            <numerusform>%n revendications en vigueur ont des dates approximatives ou incertaines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::UserGuideDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/userguidedialog.cpp" line="+23"/>
        <source>Dual Power Atlas: User Guide</source>
        <translation>Atlas du double pouvoir : guide de l’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user guide is missing from this build (docs/user-guide.md).</source>
        <translation>Le guide de l’utilisateur manque dans cette version (docs/user-guide.md).</translation>
    </message>
</context>
<context>
    <name>dpa::cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+56"/>
        <source>unknown dataset &quot;%1&quot;: not a package folder and not the id of a discovered package (see `dpatlas-cli list`)</source>
        <translation>jeu de données « %1 » inconnu : ce n’est ni un dossier de paquet ni l’identifiant d’un paquet découvert (voir `dpatlas-cli list`)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 has %n problem(s), so its features and claims are incomplete: fix them (dpatlas-cli validate) or add --allow-errors to use what loads</source>
        <translation>
            <numerusform>%1 a %n problème, ses entités et ses revendications sont donc incomplètes : corrigez-le (dpatlas-cli validate) ou ajoutez --allow-errors pour utiliser ce qui se charge</numerusform>
            <numerusform>%1 a %n problèmes, ses entités et ses revendications sont donc incomplètes : corrigez-les (dpatlas-cli validate) ou ajoutez --allow-errors pour utiliser ce qui se charge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>note: %1 was pushed before claims carried their times in the database (or its calendar was changed since), so the whole case study is read; push it again with --replace to read only what a date and a box need</source>
        <translation>remarque : %1 a été envoyé avant que les revendications portent leurs moments dans la base (ou son calendrier a changé depuis), donc toute l’étude de cas est lue ; envoyez-le de nouveau avec --replace pour ne lire que ce dont une date et une boîte ont besoin</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown calendar &quot;%1&quot;: use gregorian or julian</source>
        <translation>calendrier « %1 » inconnu : utilisez gregorian ou julian</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad size &quot;%1&quot;: write WxH, each from 64 to %2</source>
        <translation>taille « %1 » incorrecte : écrivez LxH, chacune de 64 à %2</translation>
    </message>
    <message>
        <location filename="../app/cli/boxoption.cpp" line="+20"/>
        <source>bad --bbox &quot;%1&quot;: %2</source>
        <extracomment>%1 is what was typed after --bbox, %2 what is wrong with it</extracomment>
        <translation>--bbox « %1 » incorrect : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write four numbers XMIN,YMIN,XMAX,YMAX in the case study&apos;s CRS (or the one --bbox-crs names), separated by commas</source>
        <translation>écrivez quatre nombres XMIN,YMIN,XMAX,YMAX dans le SCR de l’étude de cas (ou celui que nomme --bbox-crs), séparés par des virgules</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number (write XMIN,YMIN,XMAX,YMAX)</source>
        <translation>« %1 » n’est pas un nombre (écrivez XMIN,YMIN,XMAX,YMAX)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XMIN %1 is greater than XMAX %2</source>
        <translation>XMIN %1 est plus grand que XMAX %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YMIN %1 is greater than YMAX %2</source>
        <translation>YMIN %1 est plus grand que YMAX %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the CRS --bbox is written in (default: the case study&apos;s): EPSG:4326 for longitude and latitude, in that order, or any CRS PROJ knows</source>
        <translation>le SCR dans lequel --bbox est écrit (par défaut : celui de l’étude de cas) : EPSG:4326 pour la longitude et la latitude, dans cet ordre, ou tout SCR que PROJ connaît</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--bbox-crs says what --bbox is written in: give --bbox too</source>
        <translation>--bbox-crs dit dans quoi --bbox est écrit : donnez aussi --bbox</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bad --bbox-crs &quot;%1&quot;: %2 (write EPSG:4326 for longitude and latitude, or another EPSG code)</source>
        <extracomment>%1 is what was typed after --bbox-crs, %2 PROJ&apos;s reason</extracomment>
        <translation>--bbox-crs « %1 » incorrect : %2 (écrivez EPSG:4326 pour la longitude et la latitude, ou un autre code EPSG)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--bbox cannot be turned from %1 into the case study&apos;s CRS, %2: is it in the area both CRSs cover, with longitude first for EPSG:4326?</source>
        <extracomment>%1 is the CRS of --bbox, %2 the case study&apos;s CRS</extracomment>
        <translation>--bbox ne peut pas être converti de %1 dans le SCR de l’étude de cas, %2 : est-il dans la zone que couvrent les deux SCR, avec la longitude d’abord pour EPSG:4326 ?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>warning: --bbox meets none of the case study&apos;s features</source>
        <translation>avertissement : --bbox ne touche aucune entité de l’étude de cas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: --bbox meets none of the case study&apos;s features, which lie within %1,%2,%3,%4 in longitude and latitude (--bbox-crs EPSG:4326, longitude first)</source>
        <extracomment>%1 to %4: the case study&apos;s extent in longitude and latitude, written as --bbox takes it</extracomment>
        <translation>avertissement : --bbox ne touche aucune entité de l’étude de cas, qui se trouvent dans %1,%2,%3,%4 en longitude et latitude (--bbox-crs EPSG:4326, longitude d’abord)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+9"/>
        <source>--at DATE is required (YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>--at DATE est requis (AAAA-MM-JJ ou AAAA-MM-JJTHH:MM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad date &quot;%1&quot;: write YYYY-MM-DD or YYYY-MM-DDTHH:MM%2</source>
        <translation>date « %1 » incorrecte : écrivez AAAA-MM-JJ ou AAAA-MM-JJTHH:MM%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>date : AAAA-MM-JJ ou AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calendar of DATE and of printed dates: gregorian (default) or julian</source>
        <translation>calendrier de DATE et des dates affichées : gregorian (par défaut) ou julian</translation>
    </message>
    <message>
        <location filename="../app/cli/layoutoptions.cpp" line="+36"/>
        <source>bad --legend &quot;%1&quot;: write one of %2</source>
        <translation>--legend « %1 » incorrect : écrivez l’une des valeurs %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad --basemap: %1</source>
        <translation>--basemap incorrect : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad --basemap-max-zoom &quot;%1&quot;: give a whole number from 0 to 24</source>
        <translation>--basemap-max-zoom « %1 » incorrect : donnez un nombre entier de 0 à 24</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>title on the picture instead of the case study&apos;s</source>
        <translation>titre de l’image à la place de celui de l’étude de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line under the title</source>
        <translation>une ligne sous le titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where the legend goes: %1 (default auto: a corner over no feature, else beside the map)</source>
        <translation>emplacement de la légende : %1 (par défaut auto : un coin sans entité, sinon à côté de la carte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no legend</source>
        <translation>pas de légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a small map of the whole case study with the picture&apos;s extent on it</source>
        <translation>une petite carte de toute l’étude de cas, avec l’emprise de l’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no scale bar and north arrow</source>
        <translation>pas de barre d’échelle ni de flèche du nord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web tiles under the map: an XYZ address with {z}, {x} and {y} (https:// or file://), or WMTS:CAPABILITIES-URL</source>
        <translation>tuiles web sous la carte : une adresse XYZ avec {z}, {x} et {y} (https:// ou file://), ou WMTS:CAPABILITIES-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the basemap&apos;s attribution, added to the credits</source>
        <translation>l’attribution du fond de carte, ajoutée aux crédits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the deepest zoom level the tile service has (default 19)</source>
        <translation>le niveau de zoom le plus profond du service de tuiles (19 par défaut)</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="+18"/>
        <location line="+8"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Numbers and geometry over a case study&apos;s time line: area and population per authority (de facto and de jure) and status, the dual-power index, every status&apos;s share, front length, days each feature spent under dual power (time series, CSV); or the territories and front lines on one date (GeoPackage or GeoJSON).</source>
        <translation>Chiffres et géométrie sur la chronologie d’une étude de cas : surface et population par autorité (de facto et de jure) et par statut, indice de double pouvoir, part de chaque statut, longueur du front, jours passés par chaque entité sous double pouvoir (séries chronologiques, CSV) ; ou les territoires et les lignes de front à une date (GeoPackage ou GeoJSON).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/animatecommand.cpp" line="+20"/>
        <location filename="../app/cli/clicontext.cpp" line="-3"/>
        <location filename="../app/cli/exportcommand.cpp" line="+108"/>
        <location filename="../app/cli/repaircommand.cpp" line="+91"/>
        <source>package id, folder or packed .gpkg</source>
        <translation>identifiant de paquet, dossier ou .gpkg empaqueté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first date of the series</source>
        <translation>première date de la série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date of the series</source>
        <translation>dernière date de la série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1d, 1w, 1m or 1y (default 1d)</source>
        <translation>1d, 1w, 1m ou 1y (1d par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date for territories or fronts</source>
        <translation>la date des territoires ou des fronts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area, population, dual-index, status-share, front-length, dual-days; or territories, fronts</source>
        <translation>area, population, dual-index, status-share, front-length, dual-days ; ou territories, fronts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates given and printed: gregorian (default) or julian</source>
        <translation>calendrier des dates données et affichées : gregorian (par défaut) ou julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.csv for series; OUT.gpkg or OUT.geojson for geometry</source>
        <translation>OUT.csv pour les séries ; OUT.gpkg ou OUT.geojson pour la géométrie</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/animatecommand.cpp" line="+13"/>
        <location filename="../app/cli/clicontext.cpp" line="+12"/>
        <location filename="../app/cli/exportcommand.cpp" line="+14"/>
        <source>%1 needs exactly one DATASET</source>
        <extracomment>%1 is the command: state, render, analyze…</extracomment>
        <translation>%1 demande exactement un DATASET</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/exportcommand.cpp" line="+3"/>
        <source>%1 needs -o OUT</source>
        <translation>%1 demande -o OUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown metric &quot;%1&quot;: use area, population, dual-index, status-share, front-length, dual-days, territories or fronts</source>
        <translation>mesure « %1 » inconnue : utilisez area, population, dual-index, status-share, front-length, dual-days, territories ou fronts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot;: write territories and fronts to .gpkg, .geojson, .shp, .kml, .fgb or .csv</source>
        <translation>« %1 » : écrivez les territoires et les fronts en .gpkg, .geojson, .shp, .kml, .fgb ou .csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to is before --from</source>
        <translation>--to est antérieur à --from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown step &quot;%1&quot;: use 1d, 1w, 1m or 1y</source>
        <translation>pas « %1 » inconnu : utilisez 1d, 1w, 1m ou 1y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: time series are written as CSV (name it .csv)</source>
        <translation>« %1 » : les séries chronologiques s’écrivent en CSV (nommez le fichier .csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/cli/animatecommand.cpp" line="+57"/>
        <location filename="../app/cli/clicontext.cpp" line="-106"/>
        <location filename="../app/cli/rendercommand.cpp" line="+139"/>
        <location filename="../app/cli/validatecommand.cpp" line="+47"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 declares no population (a layer&apos;s &quot;population_field&quot; in manifest.json)</source>
        <translation>%1 ne déclare aucune population (le « population_field » d’une couche dans manifest.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1 : %n ligne</numerusform>
            <numerusform>%1 : %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/animatecommand.cpp" line="-74"/>
        <source>Animate a case study&apos;s control map from one date to another, one frame per step, with the date and the events in progress burned in: an animated GIF, an MP4 (H.264), a WebM (VP9) or a folder of PNG frames.</source>
        <translation>Animer la carte de contrôle d’une étude de cas d’une date à une autre, une image par pas, avec la date et les événements en cours incrustés : un GIF animé, un MP4 (H.264), un WebM (VP9) ou un dossier d’images PNG.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first frame&apos;s date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>date de la première image : AAAA-MM-JJ ou AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date (included when a step lands on it)</source>
        <translation>dernière date (incluse quand un pas tombe dessus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time between frames: 6h, 1d, 1w, 1m, 1y... (default 1d)</source>
        <translation>intervalle entre les images : 6h, 1d, 1w, 1m, 1y... (1d par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frames per second (default 10)</source>
        <translation>images par seconde (10 par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame size in pixels (default 1280x720)</source>
        <translation>taille des images en pixels (1280x720 par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates and of month steps: gregorian (default) or julian</source>
        <translation>calendrier des dates et des pas mensuels : gregorian (par défaut) ou julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/rendercommand.cpp" line="-111"/>
        <source>language of names and titles (default: the interface&apos;s, --lang)</source>
        <translation>langue des noms et des titres (par défaut : celle de l’interface, --lang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.gif, OUT.mp4, OUT.webm or DIR/ for PNG frames</source>
        <translation>OUT.gif, OUT.mp4, OUT.webm ou DIR/ pour des images PNG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>animate needs -o OUT.gif, OUT.mp4, OUT.webm or DIR/</source>
        <translation>animate demande -o OUT.gif, OUT.mp4, OUT.webm ou DIR/</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>animate needs --from DATE and --to DATE</source>
        <translation>animate demande --from DATE et --to DATE</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>frame %1 of %2</source>
        <translation>image %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %n frames in %2 s</source>
        <translation>
            <numerusform>%1 : %n image en %2 s</numerusform>
            <numerusform>%1 : %n images en %2 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-106"/>
        <source>--package exports everything: it takes no --%1</source>
        <translation>--package exporte tout : il n’accepte pas --%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 packed</source>
        <translation>%1 : %2 empaqueté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: OpenStreetMap XML is for the timeline (--timeline), each claim an element with its start_date and end_date as OpenHistoricalMap reads them</source>
        <translation>%1 : le XML OpenStreetMap sert à la chronologie (--timeline), chaque revendication étant un élément avec ses start_date et end_date tels que les lit OpenHistoricalMap</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1: %n claims as OpenStreetMap elements (for OpenHistoricalMap)</source>
        <translation>
            <numerusform>%1 : %n revendication en éléments OpenStreetMap (pour OpenHistoricalMap)</numerusform>
            <numerusform>%1 : %n revendications en éléments OpenStreetMap (pour OpenHistoricalMap)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--linked-places exports every feature with its whole history: it takes no --%1</source>
        <translation>--linked-places exporte chaque entité avec toute son histoire : il n’accepte pas --%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, %3 as relations (Linked Places Format)</source>
        <extracomment>%2 is &quot;12 places&quot;, %3 &quot;40 claims&quot;</extracomment>
        <translation>%1 : %2, %3 en relations (Linked Places Format)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n lieu</numerusform>
            <numerusform>%n lieux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+89"/>
        <location filename="../app/cli/validatecommand.cpp" line="+13"/>
        <source>%n claims</source>
        <translation>
            <numerusform>%n revendication</numerusform>
            <numerusform>%n revendications</numerusform>
        </translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Export a case study&apos;s control state on a date (--at), or its whole timeline of claims (--timeline), as a layer for QGIS, ArcGIS or Google Earth: .gpkg, .geojson, .shp, .kml, .fgb or .csv (WKT). --package puts the whole case study in one GeoPackage, which the app opens and `dpatlas-cli unpack` turns back into a folder.</source>
        <translation>Exporter l’état du contrôle d’une étude de cas à une date (--at), ou toute la chronologie de ses revendications (--timeline), en couche pour QGIS, ArcGIS ou Google Earth : .gpkg, .geojson, .shp, .kml, .fgb ou .csv (WKT). --package place toute l’étude de cas dans un seul GeoPackage, que l’application ouvre et que `dpatlas-cli unpack` retransforme en dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the date of the state to export</source>
        <translation>la date de l’état à exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export every claim with its start and end instead</source>
        <translation>exporter plutôt chaque revendication avec son début et sa fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study (layers, claims, events, sources, manifest, period maps) as one .gpkg</source>
        <translation>toute l’étude de cas (couches, revendications, événements, sources, manifeste, cartes d’époque) en un seul .gpkg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature as a place of the Linked Places Format (World Historical Gazetteer), its names, geometry and control history with sources, as .json</source>
        <translation>chaque entité comme lieu du Linked Places Format (World Historical Gazetteer), avec ses noms, sa géométrie et l’histoire de son contrôle avec les sources, en .json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this layer of the package (a shapefile holds one geometry type)</source>
        <translation>seulement cette couche du paquet (un shapefile ne contient qu’un type de géométrie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write in this CRS (default: the case study&apos;s; GeoJSON and KML are always WGS 84)</source>
        <translation>écrire dans ce SCR (par défaut : celui de l’étude de cas ; GeoJSON et KML sont toujours en WGS 84)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDAL driver name, when the extension does not say</source>
        <translation>nom du pilote GDAL, quand l’extension ne suffit pas à l’indiquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of --at: gregorian (default) or julian</source>
        <translation>calendrier de --at : gregorian (par défaut) ou julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output file</source>
        <translation>fichier de sortie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot;: name the file .gpkg, .geojson, .shp, .kml, .fgb, .csv or .osm, or give --format</source>
        <translation>« %1 » : nommez le fichier .gpkg, .geojson, .shp, .kml, .fgb, .csv ou .osm, ou donnez --format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export needs either --at DATE or --timeline</source>
        <translation>export demande soit --at DATE, soit --timeline</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no layer &quot;%2&quot;</source>
        <translation>%1 n’a pas de couche « %2 »</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <location filename="../app/cli/newcommand.cpp" line="+171"/>
        <location filename="../app/cli/validatecommand.cpp" line="-1"/>
        <source>%n features</source>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 in %n files, one per layer:</source>
        <extracomment>%1 is &quot;40 claims&quot; or &quot;12 features&quot;</extracomment>
        <translation>
            <numerusform>%1 dans %n fichier, un par couche :</numerusform>
            <numerusform>%1 dans %n fichiers, un par couche :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/georefcommand.cpp" line="+25"/>
        <source>pixel</source>
        <comment>column header: a control point&apos;s column on the scan</comment>
        <translation>pixel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line</source>
        <comment>column header: a control point&apos;s row on the scan</comment>
        <translation>ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map x</source>
        <comment>column header</comment>
        <translation>carte x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map y</source>
        <comment>column header</comment>
        <translation>carte y</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>disabled (check point)</source>
        <translation>désactivé (point de contrôle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUTLIER</source>
        <translation>ABERRANT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(outside the transformation)</source>
        <translation>(hors de la transformation)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Georeference a scan by its ground control points: fit the transformation, report each point&apos;s residual (pixels and metres) and the RMS, and write the warped map as a compressed, tiled GeoTIFF with overviews, ready to be a period map. Control points are read from QGIS&apos;s .points or a CSV (id,pixel,line,map_x,map_y,enabled,crs). The output appears only once it is complete.</source>
        <translation>Géoréférencer un scan par ses points de calage : ajuster la transformation, indiquer le résidu de chaque point (en pixels et en mètres) et l’EQM, et écrire la carte recalée en GeoTIFF compressé et tuilé, avec pyramides, prête à servir de carte d’époque. Les points de calage sont lus dans un fichier .points de QGIS ou un CSV (id,pixel,line,map_x,map_y,enabled,crs). Le fichier de sortie n’apparaît qu’une fois complet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scan: any image GDAL reads (JPEG, PNG, TIFF, …)</source>
        <translation>le scan : toute image que GDAL sait lire (JPEG, PNG, TIFF, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the control points, .points (QGIS) or .csv</source>
        <translation>les points de calage, .points (QGIS) ou .csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>helmert (2+ points), poly1 (affine, 3+), poly2 (6+), poly3 (10+) or tps (thin plate spline, 3+); default poly1</source>
        <translation>helmert (2 points ou plus), poly1 (affine, 3+), poly2 (6+), poly3 (10+) ou tps (spline en plaque mince, 3+) ; poly1 par défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRS of the points&apos; map coordinates, for a file that names none (QGIS&apos;s older .points)</source>
        <translation>SCR des coordonnées cartographiques des points, pour un fichier qui n’en nomme aucun (anciens .points de QGIS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRS of the warped map (default: the points&apos; CRS)</source>
        <translation>SCR de la carte recalée (par défaut : celui des points)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the residuals and write nothing</source>
        <translation>afficher les résidus sans rien écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the warped map, a .tif</source>
        <translation>la carte recalée, un .tif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>georef needs one SCAN, --gcps FILE and -o OUT.tif (see dpatlas-cli georef --help)</source>
        <translation>georef demande un SCAN, --gcps FILE et -o OUT.tif (voir dpatlas-cli georef --help)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown --method &quot;%1&quot;: use one of %2</source>
        <translation>--method « %1 » inconnu : utilisez l’une des valeurs %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the warped map is written as a GeoTIFF; name it .tif</source>
        <translation>%1 : la carte recalée s’écrit en GeoTIFF ; nommez-la .tif</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file names no CRS for its map coordinates: give it with --crs</source>
        <translation>le fichier ne nomme aucun SCR pour ses coordonnées cartographiques : donnez-le avec --crs</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>control points: %1 (%2, %n enabled), map coordinates in %3</source>
        <extracomment>%1 is the file, %2 the number of points in it, %3 the CRS&apos;s name</extracomment>
        <translation>
            <numerusform>points de calage : %1 (%2, %n activé), coordonnées cartographiques en %3</numerusform>
            <numerusform>points de calage : %1 (%2, %n activés), coordonnées cartographiques en %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>method: %1</source>
        <translation>méthode : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>RMS: %1 px, %2 m over %n enabled points</source>
        <translation>
            <numerusform>EQM : %1 px, %2 m sur %n point activé</numerusform>
            <numerusform>EQM : %1 px, %2 m sur %n points activés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n outlier(s): residual over %1 times the median</source>
        <translation>
            <numerusform>%n point aberrant : résidu supérieur à %1 fois la médiane</numerusform>
            <numerusform>%n points aberrants : résidu supérieur à %1 fois la médiane</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(a thin plate spline passes through every enabled point: its residuals are zero by construction; disable a few points to check it)</source>
        <translation>(une spline en plaque mince passe par chaque point activé : ses résidus sont nuls par construction ; désactivez quelques points pour la contrôler)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/repaircommand.cpp" line="+51"/>
        <source>%1: nothing written</source>
        <translation>%1 : rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote %1: %2 x %3 pixels in %4</source>
        <translation>%1 écrit : %2 x %3 pixels en %4</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+79"/>
        <source>the package folder (or its id)</source>
        <translation>le dossier du paquet (ou son identifiant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of claims to add</source>
        <translation>une table de revendications à ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of events to add</source>
        <translation>une table d’événements à ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of sources to add</source>
        <translation>une table de sources à ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook&apos;s sheet to read (default: the first)</source>
        <translation>la feuille du classeur à lire (par défaut : la première)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read our COLUMN from your column HEADING (repeat), as --map start=Beginning</source>
        <translation>lire notre COLUMN dans votre colonne HEADING (répétable), comme --map start=Début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a regular expression finding source ids in free citations; its group (or group &apos;id&apos;) is the id, group &apos;pages&apos; the pages; sources not yet listed are added with the citation text</source>
        <translation>une expression régulière qui trouve les identifiants de source dans des références libres ; son groupe (ou le groupe « id ») est l’identifiant, le groupe « pages » les pages ; les sources pas encore répertoriées sont ajoutées avec le texte de la référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the order of numeric dates such as 25/10/1956: dmy, mdy or ymd</source>
        <translation>l’ordre des dates numériques comme 25/10/1956 : dmy, mdy ou ymd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import needs exactly one package folder</source>
        <translation>import demande exactement un dossier de paquet</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+86"/>
        <source>%1: file not found</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--dates %1: write dmy (25/10/1956), mdy (10/25/1956) or ymd</source>
        <translation>--dates %1 : écrivez dmy (25/10/1956), mdy (10/25/1956) ou ymd</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+99"/>
        <source>%1 is not a package folder or the id of one (see dpatlas-cli list)</source>
        <translation>%1 n’est ni un dossier de paquet ni l’identifiant d’un paquet (voir dpatlas-cli list)</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+95"/>
        <source>Read %1: %2</source>
        <extracomment>%1 is the file&apos;s name, %2 what it holds (&quot;Linked Places, 72 place(s): 43 area(s), 29 point(s)&quot;)
----------
%1 is the file&apos;s name, %2 what it holds (&quot;CSV, semicolons, 12 row(s)&quot;)</extracomment>
        <translation>Lecture de %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: %1</source>
        <translation>Colonnes : %1</translation>
    </message>
    <message numerus="yes">
        <location line="-88"/>
        <location line="+97"/>
        <source>Nothing was written: %n problem(s) to mend first.</source>
        <translation>
            <numerusform>Rien n’a été écrit : %n problème à corriger d’abord.</numerusform>
            <numerusform>Rien n’a été écrit : %n problèmes à corriger d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-123"/>
        <source>--places adds a layer of places: it takes no --%1</source>
        <translation>--places ajoute une couche de lieux : il n’accepte pas --%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--layer %1: a layer id is letters, digits, _ and -, as places_1871</source>
        <translation>--layer %1 : un identifiant de couche se compose de lettres, de chiffres, de _ et de -, comme places_1871</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Replaced layer %1 with %n feature(s): %2, fields %3.</source>
        <extracomment>%1 the layer&apos;s id, %2 its file, %3 its fields</extracomment>
        <translation>
            <numerusform>Couche %1 remplacée, avec %n entité : %2, champs %3.</numerusform>
            <numerusform>Couche %1 remplacée, avec %n entités : %2, champs %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added layer %1 with %n feature(s) to manifest.json: %2, fields %3.</source>
        <translation>
            <numerusform>Couche %1 ajoutée à manifest.json avec %n entité : %2, champs %3.</numerusform>
            <numerusform>Couche %1 ajoutée à manifest.json avec %n entités : %2, champs %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manifest.json could not be edited in place and was written anew (same content, keys sorted).</source>
        <translation>manifest.json n’a pas pu être modifié sur place et a été réécrit (même contenu, clés triées).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say in SOURCES.md where %1 comes from and under which licence.</source>
        <translation>Indiquez dans SOURCES.md d’où vient %1 et sous quelle licence.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the rows of your own table (CSV with commas, semicolons or tabs; .xlsx; .ods) to a package&apos;s claims, events or sources. Your column names are matched to ours (--map settles the rest), feature and authority names to their ids; every row is checked and nothing is written unless all of them are good. --places adds the places of a Linked Places file (the World Historical Gazetteer&apos;s GeoJSON-LD) as a new layer.</source>
        <translation>Ajouter les lignes de votre propre table (CSV avec virgules, points-virgules ou tabulations ; .xlsx ; .ods) aux revendications, événements ou sources d’un paquet. Vos noms de colonnes sont mis en correspondance avec les nôtres (--map règle le reste), les noms d’entités et d’autorités avec leurs identifiants ; chaque ligne est vérifiée et rien n’est écrit si elles ne sont pas toutes correctes. --places ajoute les lieux d’un fichier Linked Places (le GeoJSON-LD du World Historical Gazetteer) comme nouvelle couche.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Linked Places file (.lpf.json) whose places become a new feature layer</source>
        <translation>un fichier Linked Places (.lpf.json) dont les lieux deviennent une nouvelle couche d’entités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --places: the new layer&apos;s title</source>
        <translation>avec --places : le titre de la nouvelle couche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the layer of every feature named, when your table has no layer column; with --places, the new layer&apos;s id (default: from the file&apos;s name)</source>
        <translation>la couche de chaque entité nommée, quand votre table n’a pas de colonne de couche ; avec --places, l’identifiant de la nouvelle couche (par défaut : d’après le nom du fichier)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace the table&apos;s rows instead of adding to them; with --places, replace the layer of the same id</source>
        <translation>remplacer les lignes de la table au lieu d’y ajouter ; avec --places, remplacer la couche de même identifiant</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>import needs one of --claims FILE, --events FILE, --sources FILE or --places FILE</source>
        <translation>import demande --claims FILE, --events FILE, --sources FILE ou --places FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--title names a layer of places: give it with --places FILE</source>
        <translation>--title nomme une couche de lieux : donnez-le avec --places FILE</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Added %n row(s) to %1 (%2 before, replaced, %3 now).</source>
        <extracomment>%1 is the table&apos;s file, %2 and %3 its numbers of rows before and after</extracomment>
        <translation>
            <numerusform>%n ligne ajoutée à %1 (%2 avant, remplacées, %3 maintenant).</numerusform>
            <numerusform>%n lignes ajoutées à %1 (%2 avant, remplacées, %3 maintenant).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added %n row(s) to %1 (%2 before, %3 now).</source>
        <translation>
            <numerusform>%n ligne ajoutée à %1 (%2 avant, %3 maintenant).</numerusform>
            <numerusform>%n lignes ajoutées à %1 (%2 avant, %3 maintenant).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %n source(s) to sources.csv with the citation as your table gives it; complete them there:</source>
        <translation>
            <numerusform>%n source ajoutée à sources.csv avec la référence telle que la donne votre table ; complétez-la dans ce fichier :</numerusform>
            <numerusform>%n sources ajoutées à sources.csv avec la référence telle que la donne votre table ; complétez-les dans ce fichier :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+13"/>
        <source>List every discovered case-study package.</source>
        <translation>Lister tous les paquets d’études de cas découverts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no packages found in: %1</source>
        <translation>aucun paquet trouvé dans : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+72"/>
        <source>every discovered package: id, title, period</source>
        <translation>tous les paquets découverts : identifiant, titre, période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check packages; every problem as file:line: message</source>
        <translation>vérifier des paquets ; chaque problème sous la forme fichier:ligne: message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status and authorities of every feature on DATE</source>
        <translation>statut et autorités de chaque entité à DATE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draw the map of DATE (default 1920x1080)</source>
        <translation>dessiner la carte de DATE (1920x1080 par défaut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one frame per step, date and events burned in</source>
        <translation>une image par pas, date et événements incrustés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time series and geometry of control</source>
        <translation>séries chronologiques et géométrie du contrôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the state on a date, or every claim with start and end</source>
        <translation>l’état à une date, ou chaque revendication avec son début et sa fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature and its control history, for gazetteers (LPF)</source>
        <translation>chaque entité et l’histoire de son contrôle, pour les répertoires géographiques (LPF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study in one GeoPackage (a DATASET too)</source>
        <translation>toute l’étude de cas dans un seul GeoPackage (qui est aussi un DATASET)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a packed case study back into a package folder</source>
        <translation>une étude de cas empaquetée, retransformée en dossier de paquet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study into a schema of a PostgreSQL + PostGIS database, in one transaction; from then on pg:CONNINFO#S is a DATASET for every command and for the app</source>
        <translation>l’étude de cas dans un schéma d’une base de données PostgreSQL + PostGIS, en une seule transaction ; dès lors, pg:CONNINFO#S est un DATASET pour toutes les commandes et pour l’application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a case study kept in PostgreSQL back into a package folder</source>
        <translation>une étude de cas conservée dans PostgreSQL, retransformée en dossier de paquet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start a case study from vector files, valid from the start</source>
        <translation>créer une étude de cas à partir de fichiers vectoriels, valide d’emblée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a copy with every invalid geometry fixed (GDAL MakeValid), each fix said in words; the package itself is never changed</source>
        <translation>une copie où chaque géométrie non valide est réparée (MakeValid de GDAL), chaque réparation décrite en toutes lettres ; le paquet lui-même n’est jamais modifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add your own table (CSV, .xlsx, .ods) to a package, all or nothing</source>
        <translation>ajouter votre propre table (CSV, .xlsx, .ods) à un paquet, tout ou rien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warp a scan by its control points (QGIS .points or CSV) into a tiled GeoTIFF with overviews; prints residuals and RMS</source>
        <translation>recaler un scan d’après ses points de calage (.points de QGIS ou CSV) en GeoTIFF tuilé avec pyramides ; affiche les résidus et l’EQM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show this help; COMMAND --help shows the command&apos;s options</source>
        <translation>afficher cette aide ; COMMAND --help affiche les options de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language of messages: en, ru, fr, es, ca or ar (default: the system&apos;s)</source>
        <translation>la langue des messages : en, ru, fr, es, ca ou ar (par défaut : celle du système)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: %1</source>
        <extracomment>the first line of --help; %1 is &quot;dpatlas-cli COMMAND [OPTIONS]&quot;</extracomment>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Power Atlas on the command line: validate case-study packages, list their control state on a date, render and animate maps, export layers.</source>
        <translation>L’Atlas du double pouvoir en ligne de commande : valider des paquets d’études de cas, lister leur état du contrôle à une date, dessiner et animer des cartes, exporter des couches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATASET is a package id (see `list`), a package folder or a packed .gpkg. A package with problems is refused, its problems listed (exit 1); --allow-errors uses what loads of it. DATE is YYYY-MM-DD or YYYY-MM-DDTHH:MM, Gregorian unless --calendar julian; a date without a time means noon.</source>
        <translation>DATASET est un identifiant de paquet (voir `list`), un dossier de paquet ou un .gpkg empaqueté. Un paquet qui a des problèmes est refusé et ses problèmes sont listés (code de sortie 1) ; --allow-errors utilise ce qui s’en charge. DATE s’écrit AAAA-MM-JJ ou AAAA-MM-JJTHH:MM, en grégorien sauf avec --calendar julian ; une date sans heure désigne midi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packages are found in ~/.local/share/dpatlas/datasets, the folders in DPATLAS_DATASETS (&apos;:&apos;-separated), the installed share/dpatlas/datasets and, in a build from source, the source tree&apos;s datasets/.</source>
        <translation>Les paquets sont cherchés dans ~/.local/share/dpatlas/datasets, dans les dossiers de DPATLAS_DATASETS (séparés par « : »), dans le share/dpatlas/datasets installé et, dans une version compilée depuis les sources, dans le datasets/ de l’arborescence des sources.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit status: 0 success, 1 invalid package, 2 usage error (unknown dataset, bad date, unwritable output).</source>
        <translation>Code de sortie : 0 succès, 1 paquet non valide, 2 erreur d’utilisation (jeu de données inconnu, date incorrecte, sortie impossible à écrire).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unknown command &quot;%1&quot; (see dpatlas-cli --help)</source>
        <translation>commande « %1 » inconnue (voir dpatlas-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="-126"/>
        <source>Start a case-study package from vector files (GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf, CSV): the manifest, the layers as GeoJSON, empty claims, events and sources tables, and SOURCES.md, checked by the validator before anything is written.</source>
        <translation>Créer un paquet d’étude de cas à partir de fichiers vectoriels (GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf, CSV) : le manifeste, les couches en GeoJSON, des tables vides de revendications, d’événements et de sources, et SOURCES.md, le tout vérifié par le validateur avant que rien ne soit écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the package id: lower case, digits and -</source>
        <translation>l’identifiant du paquet : minuscules, chiffres et -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a vector file of features (repeat for more)</source>
        <translation>un fichier vectoriel d’entités (répétable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case study&apos;s title</source>
        <translation>le titre de l’étude de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first and last date, as 1917-02-23..1917-11-15</source>
        <translation>première et dernière date, sous la forme 1917-02-23..1917-11-15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates: gregorian (default) or julian</source>
        <translation>calendrier des dates : gregorian (par défaut) ou julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projected CRS to draw and measure in (default: the grid in PROJ&apos;s database with the smallest area of use over the layers; the others are listed)</source>
        <translation>SCR projeté pour dessiner et mesurer (par défaut : la grille de la base de PROJ dont le domaine d’emploi sur les couches est le plus petit ; les autres sont listées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an authority: id=Name[,#rrggbb][,bloc] (repeat; colours default to a colour-blind-safe set)</source>
        <translation>une autorité : id=Name[,#rrggbb][,bloc] (répétable ; les couleurs viennent par défaut d’une palette adaptée aux daltoniens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field that identifies features (default: id, code… when unique)</source>
        <translation>le champ qui identifie les entités (par défaut : id, code… s’il est unique)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field that names features (default: name, nom…)</source>
        <translation>le champ qui nomme les entités (par défaut : name, nom…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature of the layers is approximate (modern boundaries standing in for the period&apos;s): drawn with dashed outlines</source>
        <translation>toutes les entités des couches sont approximatives (des limites modernes tenant lieu de celles de l’époque) : dessinées avec des contours en tirets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data credits printed on every map</source>
        <translation>les crédits des données, imprimés sur chaque carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new package folder (must not exist, or be empty)</source>
        <translation>le dossier du nouveau paquet (il ne doit pas exister, ou être vide)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new needs exactly one ID</source>
        <translation>new demande exactement un ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: an id is lower-case letters, digits and -, as petrograd-1917</source>
        <translation>« %1 » : un identifiant se compose de minuscules, de chiffres et de -, comme petrograd-1917</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs -o DIR, the new package&apos;s folder</source>
        <translation>new demande -o DIR, le dossier du nouveau paquet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not empty: give a new folder</source>
        <translation>%1 n’est pas vide : donnez un nouveau dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs --title</source>
        <translation>new demande --title</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new needs --period FIRST..LAST, as 1917-02-23..1917-11-15</source>
        <translation>new demande --period FIRST..LAST, comme 1917-02-23..1917-11-15</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad --period &quot;%1&quot;: %2</source>
        <translation>--period « %1 » incorrect : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad --period: %1 ends before it starts</source>
        <translation>--period incorrect : %1 se termine avant de commencer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad --authority &quot;%1&quot;: write id=Name[,#rrggbb][,bloc], the id in lower case (a-z, 0-9 and _)</source>
        <translation>--authority « %1 » incorrect : écrivez id=Name[,#rrggbb][,bloc], l’identifiant en minuscules (a-z, 0-9 et _)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new needs at least one --authority id=Name (every claim names one)</source>
        <translation>new demande au moins une --authority id=Name (chaque revendication en nomme une)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs at least one --layer FILE</source>
        <translation>new demande au moins une --layer FILE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no field identifies every feature uniquely; say which with --id-field (fields: %2)</source>
        <translation>%1 : aucun champ n’identifie chaque entité de façon unique ; indiquez lequel avec --id-field (champs : %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: field &quot;%2&quot; is missing, empty or repeated in some features (fields: %3)</source>
        <translation>%1 : le champ « %2 » est absent, vide ou répété dans certaines entités (champs : %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no field &quot;%2&quot; (fields: %3)</source>
        <translation>%1 : aucun champ « %2 » (champs : %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot suggest a CRS for these layers: give --crs</source>
        <translation>impossible de proposer un SCR pour ces couches : donnez --crs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, the UTM zone of the layers</source>
        <translation>%1, la zone UTM des couches</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 = %2, the projected CRS with the smallest area of use over the layers</source>
        <translation>%1 = %2, le SCR projeté dont le domaine d’emploi sur les couches est le plus petit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = %2, the projected CRS with the smallest area of use over the layers; others that suit them, for --crs: %3</source>
        <translation>%1 = %2, le SCR projeté dont le domaine d’emploi sur les couches est le plus petit ; autres SCR qui leur conviennent, pour --crs : %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the new package would not be valid; nothing written</source>
        <translation>le nouveau paquet ne serait pas valide ; rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: new case study %2 (%3, %4, %5). Next: add claims to claims.csv (datasets/README.md explains the columns), then dpatlas-cli validate %1</source>
        <extracomment>%1 is the new folder, %2 the package id, %3 &quot;2 layer(s)&quot;, %4 &quot;48 features&quot;, %5 the CRS</extracomment>
        <translation>%1 : nouvelle étude de cas %2 (%3, %4, %5). Ensuite : ajoutez des revendications à claims.csv (datasets/README.md en explique les colonnes), puis lancez dpatlas-cli validate %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../app/cli/repaircommand.cpp" line="+44"/>
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n couche</numerusform>
            <numerusform>%n couches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="-11"/>
        <source>Draw the map of a case study on a date to a PNG, or to an SVG or PDF made of vector paths.</source>
        <translation>Dessiner la carte d’une étude de cas à une date en PNG, ou en SVG ou PDF faits de tracés vectoriels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output file: .png, .svg or .pdf</source>
        <translation>fichier de sortie : .png, .svg ou .pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image size in pixels (default 1920x1080)</source>
        <translation>taille de l’image en pixels (1920x1080 par défaut)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a page instead of --size: %1 (A4 in pixels at --dpi)</source>
        <translation>une page au lieu de --size : %1 (A4 en pixels à --dpi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution for print: the picture is W/N by H/N inches (default 96)</source>
        <translation>résolution pour l’impression : l’image mesure W/N sur H/N pouces (96 par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draw this box, in the case study&apos;s CRS unless --bbox-crs says otherwise, widened to the picture&apos;s shape (default: every feature); a pg: dataset then reads only what is drawn from the database</source>
        <translation>dessiner ce cadre, dans le SCR de l’étude de cas sauf si --bbox-crs en dit un autre, élargi à la forme de l’image (par défaut : toutes les entités) ; un jeu pg: ne lit alors dans la base que ce qui est dessiné</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>render needs -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>render demande -o OUT.png, OUT.svg ou OUT.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: name the picture .png, .svg or .pdf</source>
        <translation>« %1 » : nommez l’image .png, .svg ou .pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad --dpi &quot;%1&quot;: give a whole number from 10 to 2400</source>
        <translation>--dpi « %1 » incorrect : donnez un nombre entier de 10 à 2400</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad --page &quot;%1&quot;: write one of %2</source>
        <translation>--page « %1 » incorrect : écrivez l’une des valeurs %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --page or --size, not both</source>
        <translation>donnez --page ou --size, pas les deux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--page %1 at %2 dpi is %3x%4 pixels, over 16384: lower --dpi</source>
        <translation>--page %1 à %2 dpi fait %3x%4 pixels, plus de 16384 : baissez --dpi</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot create a temporary folder for the period maps: %1</source>
        <translation>impossible de créer un dossier temporaire pour les cartes d’époque : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/repaircommand.cpp" line="-108"/>
        <source>%1: layer %2, feature %3%4: %5; fixed: %6</source>
        <extracomment>%1 is the layer&apos;s file, %4 the feature&apos;s name in parentheses or nothing, %5 what was wrong, %6 what the fix changed</extracomment>
        <translation>%1 : couche %2, entité %3%4 : %5 ; réparé : %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; and </source>
        <comment>between two problems of one geometry</comment>
        <translation> ; et </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a copy of a package with every invalid geometry fixed by GDAL&apos;s MakeValid, saying per feature what was wrong and what the fix changed. The package itself is never changed; the copy appears only once it validates.</source>
        <translation>Écrire une copie d’un paquet où chaque géométrie non valide est réparée par MakeValid de GDAL, en indiquant pour chaque entité ce qui n’allait pas et ce que la réparation a changé. Le paquet lui-même n’est jamais modifié ; la copie n’apparaît qu’une fois validée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a new (or empty) folder for the fixed copy</source>
        <translation>un dossier nouveau (ou vide) pour la copie réparée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repair needs one DATASET and -o OUTDIR (see dpatlas-cli repair --help)</source>
        <translation>repair demande un DATASET et -o OUTDIR (voir dpatlas-cli repair --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is inside the package %2: write the fixed copy to a folder outside it (the package itself is never changed)</source>
        <translation>%1 est à l’intérieur du paquet %2 : écrivez la copie réparée dans un dossier situé hors de celui-ci (le paquet lui-même n’est jamais modifié)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the repaired package</source>
        <translation>impossible d’écrire le paquet réparé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot copy %1 into %2; nothing written</source>
        <translation>impossible de copier %1 dans %2 ; rien n’a été écrit</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1: nothing to fix: every geometry in its %n layer(s) is valid; nothing written</source>
        <translation>
            <numerusform>%1 : rien à réparer : chaque géométrie est valide (%n couche) ; rien n’a été écrit</numerusform>
            <numerusform>%1 : rien à réparer : chaque géométrie de ses %n couches est valide ; rien n’a été écrit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>the repaired copy would not validate (%n problem(s) above); nothing written</source>
        <translation>
            <numerusform>la copie réparée ne passerait pas la validation (%n problème ci-dessus) ; rien n’a été écrit</numerusform>
            <numerusform>la copie réparée ne passerait pas la validation (%n problèmes ci-dessus) ; rien n’a été écrit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n geometry fixed in %2; the copy validates, and everything else in it is as in %3</source>
        <extracomment>%1 is the copy&apos;s folder, %2 &quot;2 layer(s)&quot;, %3 the package</extracomment>
        <translation>
            <numerusform>%1 : %n géométrie réparée dans %2 ; la copie est valide, et tout le reste y est identique à %3</numerusform>
            <numerusform>%1 : %n géométries réparées dans %2 ; la copie est valide, et tout le reste y est identique à %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n geometries fixed in %2; the copy validates, and everything else in it is as in %3</source>
        <extracomment>%1 is the copy&apos;s folder, %2 &quot;2 layer(s)&quot;, %3 the package</extracomment>
        <translation>
            <numerusform>%1 : %n géométrie réparée dans %2 ; la copie est valide, et tout le reste y est identique à %3</numerusform>
            <numerusform>%1 : %n géométries réparées dans %2 ; la copie est valide, et tout le reste y est identique à %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/statecommand.cpp" line="+32"/>
        <source>Status and authorities of every feature on a date.</source>
        <translation>Statut et autorités de chaque entité à une date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv (default) or json</source>
        <translation>csv (par défaut) ou json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the features whose bounding box meets this box, in the case study&apos;s CRS unless --bbox-crs says otherwise (a pg: dataset then reads only those from the database)</source>
        <translation>seulement les entités dont le rectangle englobant touche ce cadre, dans le SCR de l’étude de cas sauf si --bbox-crs en dit un autre (un jeu pg: ne lit alors que celles-ci dans la base)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format &quot;%1&quot;: use csv or json</source>
        <translation>format « %1 » inconnu : utilisez csv ou json</translation>
    </message>
    <message>
        <location filename="../app/cli/unpackcommand.cpp" line="+12"/>
        <source>Turn a case study packed by `dpatlas-cli export --package` back into a package folder, file for file.</source>
        <translation>Retransformer une étude de cas empaquetée par `dpatlas-cli export --package` en dossier de paquet, fichier par fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the packed case study</source>
        <translation>l’étude de cas empaquetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new (or empty) folder to unpack into</source>
        <translation>un dossier nouveau (ou vide) où extraire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unpack needs PACKAGE.gpkg and FOLDER</source>
        <translation>unpack demande PACKAGE.gpkg et FOLDER</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="-43"/>
        <source>Check case-study packages; print every problem as file:line: message.</source>
        <translation>Vérifier des paquets d’études de cas ; afficher chaque problème sous la forme fichier:ligne: message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>package folders or packed .gpkg files</source>
        <translation>dossiers de paquets ou fichiers .gpkg empaquetés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>validate needs at least one package folder</source>
        <translation>validate demande au moins un dossier de paquet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: package folder (or packed .gpkg) not found</source>
        <translation>%1 : dossier de paquet (ou .gpkg empaqueté) introuvable</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1 : %n problème</numerusform>
            <numerusform>%1 : %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: valid (%2, %3, %4, %5)</source>
        <extracomment>%2 to %5 are &quot;12 features&quot;, &quot;40 claims&quot;, &quot;7 events&quot;, &quot;9 sources&quot;</extracomment>
        <translation>%1 : valide (%2, %3, %4, %5)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="+12"/>
        <source>Write a case study kept in PostgreSQL (by `dpatlas-cli push`) out as a package folder. Files come back byte for byte; a layer edited in the database (in QGIS, say) is written anew from its table, in its own format.</source>
        <translation>Écrire une étude de cas conservée dans PostgreSQL (par `dpatlas-cli push`) sous forme de dossier de paquet. Les fichiers reviennent à l’octet près ; une couche modifiée dans la base de données (dans QGIS, par exemple) est réécrite à partir de sa table, dans son propre format.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the case study in the database (or give --pg and --schema)</source>
        <translation>l’étude de cas dans la base de données (ou donnez --pg et --schema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new (or empty) folder to write the package into</source>
        <translation>un dossier nouveau (ou vide) où écrire le paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database: libpq&apos;s connection string</source>
        <translation>la base de données : la chaîne de connexion de libpq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case study&apos;s schema</source>
        <translation>le schéma de l’étude de cas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pull needs pg:CONNINFO#SCHEMA and FOLDER, or --pg CONNINFO --schema S and FOLDER</source>
        <translation>pull demande pg:CONNINFO#SCHEMA et FOLDER, ou --pg CONNINFO --schema S et FOLDER</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 at revision %3</source>
        <translation>%1 : %2 à la révision %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written anew from their tables (changed in the database): %1</source>
        <translation>fichiers réécrits à partir de leurs tables (modifiées dans la base de données) : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="+12"/>
        <source>Put a case study into a PostgreSQL database with PostGIS, for a team to share: its layers become PostGIS tables with spatial indexes, its claims, events, sources and manifest tables, all in one schema, written in one transaction (all or nothing). Open it afterwards as the DATASET pg:CONNINFO#SCHEMA.</source>
        <translation>Déposer une étude de cas dans une base de données PostgreSQL avec PostGIS, pour la partager au sein d’une équipe : ses couches deviennent des tables PostGIS avec index spatiaux, à côté de ses tables de revendications, d’événements, de sources et de manifeste, toutes dans un seul schéma et écrites en une seule transaction (tout ou rien). Ouvrez-la ensuite comme DATASET pg:CONNINFO#SCHEMA.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package id, folder, packed .gpkg or pg:CONNINFO#SCHEMA</source>
        <translation>identifiant de paquet, dossier, .gpkg empaqueté ou pg:CONNINFO#SCHEMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database: libpq&apos;s connection string (&quot;host=db.example.org dbname=atlas user=me&quot; or postgresql://…); keep the password in ~/.pgpass or PGPASSWORD</source>
        <translation>la base de données : la chaîne de connexion de libpq (&quot;host=db.example.org dbname=atlas user=me&quot; ou postgresql://…) ; gardez le mot de passe dans ~/.pgpass ou PGPASSWORD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the schema to write (default: the package id, &apos;-&apos; as &apos;_&apos;)</source>
        <translation>le schéma à écrire (par défaut : l’identifiant du paquet, « - » devenant « _ »)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the case study the schema holds already</source>
        <translation>remplacer l’étude de cas que le schéma contient déjà</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>push needs exactly one DATASET</source>
        <translation>push demande exactement un DATASET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push needs --pg CONNINFO, the database to write to</source>
        <translation>push demande --pg CONNINFO, la base de données où écrire</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: pushed to schema %2 of %3: %n layer(s), %4 features, %5 table rows, %6 other files</source>
        <translation>
            <numerusform>%1 : déposé dans le schéma %2 de %3 : %n couche, %4 entités, %5 lignes de tables, %6 autres fichiers</numerusform>
            <numerusform>%1 : déposé dans le schéma %2 de %3 : %n couches, %4 entités, %5 lignes de tables, %6 autres fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it as %1</source>
        <translation>Pour l’ouvrir : %1</translation>
    </message>
</context>
<context>
    <name>dpa::tilebasemap</name>
    <message>
        <location filename="../gis/io/tilebasemap.cpp" line="+48"/>
        <source>no address given</source>
        <translation>aucune adresse indiquée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: after WMTS: give the http(s) address of the service&apos;s capabilities</source>
        <translation>« %1 » : après WMTS:, donnez l’adresse http(s) des capacités du service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: a tile address starts with https://, http:// or file://</source>
        <translation>« %1 » : une adresse de tuiles commence par https://, http:// ou file://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has no %2: write the tile address with {z}, {x} and {y}, as in https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>« %1 » n’a pas de %2 : écrivez l’adresse des tuiles avec {z}, {x} et {y}, comme dans https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>basemap</source>
        <translation>fond de carte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>basemap %1</source>
        <translation>fond de carte %1</translation>
    </message>
</context>
<context>
    <name>dpatlas</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+36"/>
        <source>no translation for language &quot;%1&quot;; using English</source>
        <translation>pas de traduction pour la langue « %1 » ; l’anglais est utilisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dual Power Atlas: control maps of dual power over time.</source>
        <translation>Atlas du double pouvoir : cartes du contrôle territorial lors des épisodes de double pouvoir, au fil du temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package id, folder or packed .gpkg (default: the last one used, else petrograd-1917)</source>
        <translation>identifiant de paquet, dossier ou .gpkg empaqueté (par défaut : le dernier utilisé, sinon petrograd-1917)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open on this date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>ouvrir à cette date : AAAA-MM-JJ ou AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of --at: gregorian (default) or julian</source>
        <translation>calendrier de --at : gregorian (par défaut) ou julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>side panel to show first: events, inspector or chart</source>
        <translation>panneau latéral à afficher d’abord : events, inspector ou chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open an export dialog: layer, timeline, image, animation or package</source>
        <translation>ouvrir une boîte de dialogue d’export : layer, timeline, image, animation ou package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw the front lines on the map</source>
        <translation>dessiner les lignes de front sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interface language: en, ru, fr, es, ca or ar</source>
        <translation>langue de l’interface : en, ru, fr, es, ca ou ar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown calendar &quot;%1&quot;: use gregorian or julian</source>
        <translation>calendrier « %1 » inconnu : utilisez gregorian ou julian</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bad date &quot;%1&quot;: write YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>date « %1 » incorrecte : écrivez AAAA-MM-JJ ou AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown dataset &quot;%1&quot; (see dpatlas-cli list)</source>
        <translation>jeu de données « %1 » inconnu (voir dpatlas-cli list)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown panel &quot;%1&quot;: use events, inspector or chart</source>
        <translation>panneau « %1 » inconnu : utilisez events, inspector ou chart</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown export &quot;%1&quot;: use layer, timeline, image, animation or package</source>
        <translation>export « %1 » inconnu : utilisez layer, timeline, image, animation ou package</translation>
    </message>
</context>
</TS>
