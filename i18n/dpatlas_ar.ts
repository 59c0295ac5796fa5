<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>GeorefDialog</name>
    <message>
        <location filename="../app/desktop/georef/gcpcommands.cpp" line="+11"/>
        <source>add point %1</source>
        <translation>إضافة النقطة %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>delete point %1</source>
        <translation>حذف النقطة %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../gis/time/calendar.cpp" line="+90"/>
        <source>O.S.</source>
        <translation>بالتقويم القديم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N.S.</source>
        <translation>بالتقويم الجديد</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>month %1 does not exist</source>
        <translation>الشهر %1 غير موجود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-%2 has no day %3 in the %4 calendar</source>
        <translation>ليس في %1-%2 يوم %3 في التقويم %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Feb 1918 did not exist in Russia: 31 Jan 1918 (O.S.) was followed by 14 Feb 1918 (N.S.)</source>
        <translation>لم يوجد يوم %1 فبراير 1918 في روسيا: فبعد 31 يناير 1918 (بالتقويم القديم) جاء 14 فبراير 1918 (بالتقويم الجديد)</translation>
    </message>
    <message>
        <location filename="../gis/io/coordinatetransform.cpp" line="+14"/>
        <source>cannot transform coordinates: CRS is not set</source>
        <translation>تعذّر تحويل الإحداثيات: لم يُحدَّد نظام الإحداثيات المرجعي (CRS)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no transformation from %1 to %2</source>
        <translation>لا يوجد تحويل من %1 إلى %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot normalise axis order from %1 to %2</source>
        <translation>تعذّر توحيد ترتيب المحاور من %1 إلى %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot transform point (%1, %2) from %3 to %4</source>
        <translation>تعذّر تحويل النقطة (%1، %2) من %3 إلى %4</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>identity</source>
        <translation>تطابق (بلا تحويل)</translation>
    </message>
    <message>
        <location filename="../gis/io/crs.cpp" line="+14"/>
        <source>empty CRS definition</source>
        <translation>تعريف CRS فارغ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRS definition may not reference files or URLs: %1</source>
        <translation>لا يجوز أن يشير تعريف CRS إلى ملفات أو عناوين URL: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown or invalid CRS &quot;%1&quot;</source>
        <translation>نظام إحداثيات مرجعي (CRS) مجهول أو غير صالح: «%1»</translation>
    </message>
    <message>
        <location filename="../gis/georef/gcpfile.cpp" line="+27"/>
        <location filename="../gis/io/rasterreader.cpp" line="+82"/>
        <location filename="../gis/io/vectorreader.cpp" line="+47"/>
        <location filename="../gis/package/csvreader.cpp" line="+63"/>
        <location filename="../gis/package/packagearchive.cpp" line="+222"/>
        <source>file not found</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB is too large for a file of control points</source>
        <translation>%1 ميغابايت حجم أكبر من اللازم لملف نقاط ضبط</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="+29"/>
        <location filename="../gis/package/import/linkedplacesfile.cpp" line="+296"/>
        <location filename="../gis/package/import/placesimport.cpp" line="+120"/>
        <source>cannot read (%1)</source>
        <translation>تعذّرت القراءة (%1)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>PROJ does not know the CRS of the map coordinates</source>
        <translation>لا يعرف PROJ نظام الإحداثيات المرجعي لإحداثيات الخريطة</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a point needs mapX, mapY, sourceX and sourceY; this line has %1 field(s)</source>
        <translation>تحتاج النقطة إلى mapX وmapY وsourceX وsourceY؛ وفي هذا السطر %1 من الحقول</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a number: &quot;%2&quot;</source>
        <translation>%1 ليس عددًا: «%2»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>enable is 1 or 0, not &quot;%1&quot;</source>
        <translation>قيمة enable هي 1 أو 0، لا «%1»</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the header lacks the column(s) %1 (expected id,pixel,line,map_x,map_y,enabled,crs)</source>
        <translation>تنقص الترويسةَ العمودُ/الأعمدة %1 (المتوقَّع: id,pixel,line,map_x,map_y,enabled,crs)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point %1: %2 is not a number: &quot;%3&quot;</source>
        <translation>النقطة %1: %2 ليس عددًا: «%3»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>point %1: enabled is 1 or 0, not &quot;%2&quot;</source>
        <translation>النقطة %1: قيمة enabled هي 1 أو 0، لا «%2»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point %1: every point must be in the same CRS (this one says %2, the first said %3)</source>
        <translation>النقطة %1: يجب أن تكون النقاط كلها في نظام الإحداثيات المرجعي نفسه (هذه تذكر %2، والأولى ذكرت %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty file: expected the header id,pixel,line,map_x,map_y,enabled,crs</source>
        <translation>ملف فارغ: المتوقَّع الترويسة id,pixel,line,map_x,map_y,enabled,crs</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <location line="+3"/>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="+35"/>
        <location line="+3"/>
        <source>cannot write (%1)</source>
        <translation>تعذّرت الكتابة (%1)</translation>
    </message>
    <message>
        <location filename="../gis/package/csvreader.cpp" line="+3"/>
        <source>file is %1 MB; at most %2 MB is allowed</source>
        <translation>حجم الملف %1 ميغابايت؛ والحد الأقصى المسموح به %2 ميغابايت</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../gis/package/edit/editabletable.cpp" line="+26"/>
        <location filename="../gis/package/import/importtable.cpp" line="+31"/>
        <location filename="../gis/package/import/tablemerge.cpp" line="+33"/>
        <location filename="../gis/package/packagemanifest.cpp" line="+333"/>
        <source>cannot read file: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>quoted field is never closed where it should be (this row is skipped; the rows after it are read)</source>
        <translation>حقل بين علامتي تنصيص لم يُغلق حيث ينبغي (يُتخطّى هذا الصف؛ وتُقرأ الصفوف التي بعده)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>quoted field is never closed (this row is skipped; the rows after it are read)</source>
        <translation>حقل بين علامتي تنصيص لم يُغلق قط (يُتخطّى هذا الصف؛ وتُقرأ الصفوف التي بعده)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>file is not UTF-8 text (save the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>الملف ليس نصًّا بترميز UTF-8 (احفظ جدول البيانات بصيغة &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file is not text: it has a NUL byte here (save the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>الملف ليس نصًّا: فيه هنا بايت NUL (احفظ جدول البيانات بصيغة &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the columns are separated by semicolons: save the spreadsheet as CSV with commas (&quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>الأعمدة مفصولة بفواصل منقوطة: احفظ جدول البيانات بصيغة CSV بفواصل عادية (&quot;CSV UTF-8 (comma delimited)&quot;)</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+34"/>
        <source>quote inside an unquoted field: put the whole field in quotes and double the inner quotes</source>
        <translation>علامة تنصيص داخل حقل غير منصَّص: ضع الحقل كله بين علامتي تنصيص وضاعِف علامات التنصيص الداخلية</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>text after the closing quote of a field</source>
        <translation>نص بعد علامة التنصيص التي تغلق الحقل</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>file is empty: a header row is required</source>
        <translation>الملف فارغ: صف الترويسة مطلوب</translation>
    </message>
    <message>
        <location filename="../gis/package/datasetpackage.cpp" line="+28"/>
        <source>layer &quot;%1&quot;: %2</source>
        <translation>الطبقة «%1»: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+67"/>
        <source>attribute &quot;%1&quot; named in manifest.json is not in the layer (it has: %2)</source>
        <translation>السمة «%1» المذكورة في manifest.json غير موجودة في الطبقة (سماتها: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/layerfeaturerules.cpp" line="+29"/>
        <source>feature has no id in &quot;%1&quot;</source>
        <translation>معلم بلا معرّف في «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id is used by more than one feature</source>
        <translation>المعرّف مستعمل لأكثر من معلم واحد</translation>
    </message>
    <message>
        <location filename="../gis/package/datasetpackage.cpp" line="+25"/>
        <source>period map &quot;%1&quot;: %2</source>
        <translation>الخريطة التاريخية «%1»: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>package folder not found</source>
        <translation>لم يُعثر على مجلد الحزمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a symbolic link to a file outside the package folder: copy the file into the package instead</source>
        <translation>رابط رمزي إلى ملف خارج مجلد الحزمة: انسخ الملف إلى داخل الحزمة بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>loading cancelled</source>
        <translation>أُلغي التحميل</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>file not found: every package states its data&apos;s licences and attributions</source>
        <translation>الملف غير موجود: كل حزمة تذكر تراخيص بياناتها وإسناداتها</translation>
    </message>
    <message>
        <location filename="../gis/time/dateinterval.cpp" line="+66"/>
        <source>start: %1</source>
        <translation>البداية: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>end: %1</source>
        <translation>النهاية: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>end %1 is before start %2</source>
        <translation>النهاية %1 تسبق البداية %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a date is required</source>
        <translation>التاريخ مطلوب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; has no date at either end: write START/END, with .. for an open end or nothing for an unknown one (1917-03/.., 1917-03/)</source>
        <translation>«%1» بلا تاريخ عند أيٍّ من طرفيه: اكتب البداية/النهاية START/END، مع .. لطرف مفتوح أو لا شيء لطرف مجهول (1917-03/.. أو 1917-03/)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>before</source>
        <translation>ما قبل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown start</source>
        <translation>بداية مجهولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onwards</source>
        <translation>فما بعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown end</source>
        <translation>نهاية مجهولة</translation>
    </message>
    <message>
        <location filename="../gis/package/import/rowconversion.cpp" line="+75"/>
        <source>no layer column and no --layer: each feature was looked for in every feature layer (%1)</source>
        <translation>لا عمود للطبقة ولا خيار --layer: بُحث عن كل معلم في كل طبقات المعالم (%1)</translation>
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
        <translation>المصدر «%1» غير موجود في sources.csv؛ إن كان هذا العمود يحوي إحالات مرجعية فاستعمل --source-pattern لاستخراج المعرّفات منها (مثل &quot;\[(\w+)\]&quot; لـ &quot;Smith 1990 [smith1990]&quot;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>source &quot;%1&quot; is not in sources.csv and the cell gives no citation for it: import the sources first (--sources FILE) or write the citation before the id</source>
        <translation>المصدر «%1» غير موجود في sources.csv ولا تذكر الخلية إحالته المرجعية: استورد المصادر أولًا (--sources FILE) أو اكتب الإحالة قبل المعرّف</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>role &quot;%1&quot;: write control for de facto power, claim for de jure title</source>
        <translation>الدور «%1»: اكتب control للسلطة بحكم الواقع، وclaim للحق بحكم القانون</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>event &quot;%1&quot; is already in events.csv or earlier in this file</source>
        <translation>الحدث «%1» موجود من قبلُ في events.csv أو في موضع سابق من هذا الملف</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>source &quot;%1&quot; is listed twice in this file</source>
        <translation>المصدر «%1» مذكور مرتين في هذا الملف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source &quot;%1&quot; is already in sources.csv with another citation (&quot;%2&quot;)</source>
        <translation>المصدر «%1» موجود من قبلُ في sources.csv بإحالة أخرى («%2»)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n feature name(s) matched to ids: %1</source>
        <translation>
            <numerusform>طوبِق %n من أسماء المعالم مع المعرّفات: %1</numerusform>
            <numerusform>طوبِق اسم معلم واحد (%n) مع معرّف: %1</numerusform>
            <numerusform>طوبِق اسمَا معلمين (%n) مع المعرّفات: %1</numerusform>
            <numerusform>طوبِقت %n أسماء معالم مع المعرّفات: %1</numerusform>
            <numerusform>طوبِق %n اسمَ معلم مع المعرّفات: %1</numerusform>
            <numerusform>طوبِق %n اسم معلم مع المعرّفات: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n authority name(s) matched to ids: %1</source>
        <translation>
            <numerusform>طوبِق %n من أسماء السلطات مع المعرّفات: %1</numerusform>
            <numerusform>طوبِق اسم سلطة واحد (%n) مع معرّف: %1</numerusform>
            <numerusform>طوبِق اسمَا سلطتين (%n) مع المعرّفات: %1</numerusform>
            <numerusform>طوبِقت %n أسماء سلطات مع المعرّفات: %1</numerusform>
            <numerusform>طوبِق %n اسمَ سلطة مع المعرّفات: %1</numerusform>
            <numerusform>طوبِق %n اسم سلطة مع المعرّفات: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n date(s) rewritten as year-month-day (--dates)</source>
        <translation>
            <numerusform>أُعيدت كتابة %n من التواريخ بصيغة سنة-شهر-يوم (--dates)</numerusform>
            <numerusform>أُعيدت كتابة تاريخ واحد (%n) بصيغة سنة-شهر-يوم (--dates)</numerusform>
            <numerusform>أُعيدت كتابة تاريخين (%n) بصيغة سنة-شهر-يوم (--dates)</numerusform>
            <numerusform>أُعيدت كتابة %n تواريخ بصيغة سنة-شهر-يوم (--dates)</numerusform>
            <numerusform>أُعيدت كتابة %n تاريخًا بصيغة سنة-شهر-يوم (--dates)</numerusform>
            <numerusform>أُعيدت كتابة %n تاريخ بصيغة سنة-شهر-يوم (--dates)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n id(s) made from the rows&apos; %1</source>
        <translation>
            <numerusform>أُنشئ %n من المعرّفات من %1 الصفوف</numerusform>
            <numerusform>أُنشئ معرّف واحد (%n) من %1 الصفوف</numerusform>
            <numerusform>أُنشئ معرّفان (%n) من %1 الصفوف</numerusform>
            <numerusform>أُنشئت %n معرّفات من %1 الصفوف</numerusform>
            <numerusform>أُنشئ %n معرّفًا من %1 الصفوف</numerusform>
            <numerusform>أُنشئ %n معرّف من %1 الصفوف</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>titles</source>
        <translation>عناوين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>citations</source>
        <translation>إحالات مرجعية</translation>
    </message>
    <message>
        <location filename="../gis/time/historicaldate.cpp" line="+134"/>
        <source>%1 (month and day unknown)</source>
        <translation>%1 (الشهر واليوم مجهولان)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (month unknown)</source>
        <translation>%1 (الشهر مجهول)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spring %1</source>
        <translation>ربيع %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summer %1</source>
        <translation>صيف %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autumn %1</source>
        <translation>خريف %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winter %1–%2</source>
        <translation>شتاء %1–%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (day unknown)</source>
        <translation>%1 (اليوم مجهول)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>c. %1</source>
        <translation>نحو %1</translation>
    </message>
    <message>
        <location filename="../gis/time/datetext.cpp" line="+209"/>
        <source>%1 BC</source>
        <translation>%1 ق.م.</translation>
    </message>
    <message>
        <location filename="../gis/package/packagefolder.cpp" line="+46"/>
        <source>no file named</source>
        <translation>لم يُذكر اسم ملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: network, virtual and driver-prefixed paths are not allowed in a package</source>
        <translation>«%1»: لا يُسمح في الحزمة بمسارات الشبكة ولا بالمسارات الافتراضية ولا بالمسارات المسبوقة باسم مشغّل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: paths must be relative to the package folder</source>
        <translation>«%1»: يجب أن تكون المسارات نسبية إلى مجلد الحزمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: paths may not leave the package folder</source>
        <translation>«%1»: لا يجوز أن تخرج المسارات من مجلد الحزمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: file not found</source>
        <translation>«%1»: الملف غير موجود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: links to a file outside the package folder</source>
        <translation>«%1»: يشير إلى ملف خارج مجلد الحزمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: is not a file</source>
        <translation>«%1»: ليس ملفًّا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: file is %2 MB; at most %3 MB is allowed</source>
        <translation>«%1»: حجم الملف %2 ميغابايت؛ والحد الأقصى المسموح به %3 ميغابايت</translation>
    </message>
    <message>
        <location filename="../gis/package/packagemanifest.cpp" line="-296"/>
        <location line="+18"/>
        <location line="+68"/>
        <source>required field is missing</source>
        <translation>حقل مطلوب مفقود</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+24"/>
        <source>must be text</source>
        <translation>يجب أن يكون نصًّا</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>must not be empty</source>
        <translation>يجب ألّا يكون فارغًا</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an object of texts per language, e.g. {&quot;en&quot;: &quot;...&quot;}</source>
        <translation>يجب أن يكون كائنًا من النصوص لكل لغة، مثل {&quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an English (&quot;en&quot;) text is required</source>
        <translation>النص الإنجليزي (&quot;en&quot;) مطلوب</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false (without quotes)</source>
        <translation>يجب أن يكون true أو false (من غير علامات تنصيص)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>must be a list [...]</source>
        <translation>يجب أن يكون قائمة [...]</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: bloc &quot;%2&quot; is used by this authority alone; did you mean &quot;%3&quot; (used by %4)? Authorities of one bloc are one camp.</source>
        <translation>%1: المعسكر «%2» لا تستعمله إلا هذه السلطة؛ هل تقصد «%3» (الذي تستعمله %4)؟ السلطات المنتمية إلى معسكر واحد تُعدّ طرفًا واحدًا.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>at least one authority is required</source>
        <translation>يلزم وجود سلطة واحدة على الأقل</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <location line="+58"/>
        <source>%1: must be an object</source>
        <translation>%1: يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&quot;%1&quot; may contain only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>لا يجوز أن يحوي «%1» إلا حروفًا وأرقامًا و&apos;_&apos; و&apos;-&apos; و&apos;.&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority &quot;%1&quot; is defined twice</source>
        <translation>السلطة «%1» معرَّفة مرتين</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a colour: write #rrggbb</source>
        <translation>«%1» ليس لونًا: اكتب #rrggbb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a Wikidata id (Q followed by digits)</source>
        <translation>«%1» ليس معرّف Wikidata (الحرف Q متبوعًا بأرقام)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>layer &quot;%1&quot; is defined twice</source>
        <translation>الطبقة «%1» معرَّفة مرتين</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a layer role: use &quot;features&quot; or &quot;context&quot;</source>
        <translation>«%1» ليس دور طبقة: استعمل &quot;features&quot; أو &quot;context&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>context layers need a kind: %1</source>
        <translation>طبقات السياق تحتاج إلى نوع: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be an object: language -&gt; attribute</source>
        <translation>يجب أن يكون كائنًا: اللغة -&gt; السمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one layer must have role &quot;features&quot;</source>
        <translation>يجب أن تكون لطبقة واحدة على الأقل الدور &quot;features&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+97"/>
        <source>required: {&quot;start&quot;: date, &quot;end&quot;: date}</source>
        <translation>مطلوب: {&quot;start&quot;: تاريخ, &quot;end&quot;: تاريخ}</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>must be a number from 0 to 1</source>
        <translation>يجب أن يكون عددًا من 0 إلى 1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>file not found: a package folder needs a manifest.json</source>
        <translation>الملف غير موجود: يحتاج مجلد الحزمة إلى ملف manifest.json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file is %1 KB; a manifest may be at most %2 KB</source>
        <translation>حجم الملف %1 كيلوبايت؛ والحد الأقصى لملف البيان (manifest) %2 كيلوبايت</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not valid JSON: %1</source>
        <translation>ليس JSON صالحًا: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the manifest must be a JSON object {...}</source>
        <translation>يجب أن يكون ملف البيان (manifest) كائن JSON {...}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not supported; this version reads &quot;%2&quot;</source>
        <translation>«%1» غير مدعوم؛ هذا الإصدار يقرأ «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; may contain only lower-case letters, digits and &apos;-&apos;</source>
        <translation>لا يجوز أن يحوي «%1» إلا حروفًا لاتينية صغيرة وأرقامًا و&apos;-&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a calendar: use gregorian, julian or julian-russia</source>
        <translation>«%1» ليس تقويمًا: استعمل gregorian أو julian أو julian-russia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a calendar</source>
        <translation>«%1» ليس تقويمًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list of calendar names</source>
        <translation>يجب أن يكون قائمة بأسماء تقاويم</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the period ends before it starts</source>
        <translation>الفترة تنتهي قبل أن تبدأ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lies outside the period</source>
        <translation>يقع خارج الفترة</translation>
    </message>
    <message>
        <location filename="../gis/package/claimstable.cpp" line="+255"/>
        <location filename="../gis/package/packagetables.cpp" line="+22"/>
        <source>missing column(s): %1 (the header must have: %2)</source>
        <translation>عمود/أعمدة مفقودة: %1 (يجب أن تحوي الترويسة: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+18"/>
        <source>source &quot;%1&quot; is not in sources.csv</source>
        <translation>المصدر «%1» غير موجود في sources.csv</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>source has no id</source>
        <translation>مصدر بلا معرّف</translation>
    </message>
    <message>
        <location filename="../gis/package/import/citationpattern.cpp" line="+12"/>
        <source>--source-pattern &quot;%1&quot; is not a regular expression: %2 at character %3</source>
        <translation>النمط --source-pattern «%1» ليس تعبيرًا نمطيًا: %2 عند الحرف %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--source-pattern &quot;%1&quot; has no group: put the source id in parentheses, as in &quot;\[(\w+)\]&quot; for &quot;Smith 1990 [smith1990]&quot;</source>
        <translation>النمط --source-pattern «%1» بلا مجموعة: ضع معرّف المصدر بين قوسين، كما في &quot;\[(\w+)\]&quot; لـ &quot;Smith 1990 [smith1990]&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the source pattern matched &quot;%1&quot; but its id group is empty</source>
        <translation>طابَق نمط المصدر «%1» لكن مجموعة المعرّف فيه فارغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/package/packagetables.cpp" line="+4"/>
        <source>source id &quot;%1&quot; may not contain &apos;;&apos; or &apos;:&apos;</source>
        <translation>لا يجوز أن يحوي معرّف المصدر «%1» &apos;;&apos; أو &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no source id found in &quot;%1&quot; with --source-pattern %2</source>
        <translation>لم يُعثر على معرّف مصدر في «%1» بالنمط --source-pattern %2</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+4"/>
        <source>source &quot;%1&quot; is listed twice</source>
        <translation>المصدر «%1» مذكور مرتين</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source &quot;%1&quot; has no citation</source>
        <translation>المصدر «%1» بلا إحالة مرجعية</translation>
    </message>
    <message>
        <location filename="../gis/package/claimstable.cpp" line="-121"/>
        <source>row has %1 fields; the header has %2</source>
        <translation>في الصف %1 من الحقول؛ وفي الترويسة %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>feature &quot;%1&quot; is not in any feature layer</source>
        <translation>المعلم «%1» غير موجود في أي طبقة معالم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>authority &quot;%1&quot; is not in the manifest</source>
        <translation>السلطة «%1» غير موجودة في ملف البيان (manifest)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>role &quot;%1&quot; is not one of %2</source>
        <translation>الدور «%1» ليس واحدًا من %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>confidence &quot;%1&quot; is not high, medium, low or a number from 0 to 1</source>
        <translation>درجة الثقة «%1» ليست high أو medium أو low ولا عددًا من 0 إلى 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>claim cites no source: every claim needs one</source>
        <translation>المطالبة لا تستشهد بأي مصدر: كل مطالبة تحتاج إلى مصدر</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>share &quot;%1&quot; is not a number above 0 and at most 1 (the part of the feature this claim controls)</source>
        <translation>الحصة «%1» ليست عددًا أكبر من 0 ولا يتجاوز 1 (الجزء الذي تسيطر عليه هذه المطالبة من المعلم)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>share is only for control claims (camps that each control a part of a divided feature), not %1</source>
        <translation>الحصة (share) لمطالبات السيطرة وحدها (معسكرات يسيطر كلٌّ منها على جزء من معلم مقسّم)، لا لـ %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 claim(s) are about layer &quot;%2&quot;, which could not be read (see its problem): left out until it is</source>
        <translation>%1 من المطالبات تخص الطبقة «%2» التي تعذّرت قراءتها (انظر مشكلتها): مستبعدة إلى أن تُقرأ</translation>
    </message>
    <message>
        <location filename="../gis/package/packagetables.cpp" line="+22"/>
        <source>event has no id</source>
        <translation>حدث بلا معرّف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event &quot;%1&quot; is listed twice</source>
        <translation>الحدث «%1» مذكور مرتين</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>event has no title</source>
        <translation>حدث بلا عنوان</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feature &quot;%1&quot; is not in any feature layer (write layer/id)</source>
        <translation>المعلم «%1» غير موجود في أي طبقة معالم (اكتب layer/id)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>event cites no source</source>
        <translation>الحدث لا يستشهد بأي مصدر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 feature reference(s) of events are to layer &quot;%2&quot;, which could not be read (see its problem): left out until it is</source>
        <translation>%1 من إحالات الأحداث إلى معالم تخص الطبقة «%2» التي تعذّرت قراءتها (انظر مشكلتها): مستبعدة إلى أن تُقرأ</translation>
    </message>
    <message>
        <location filename="../gis/io/rasterreader.cpp" line="-24"/>
        <source>raster is %1 x %2 pixels; at most %3 million pixels are allowed</source>
        <translation>أبعاد الصورة النقطية %1 × %2 بكسل؛ والحد الأقصى المسموح به %3 مليون بكسل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>raster is %1 x %2 pixels and has no overviews: add them inside the file (gdaladdo FILE) or save it as a Cloud Optimized GeoTIFF (gdal_translate -of COG)</source>
        <translation>أبعاد الصورة النقطية %1 × %2 بكسل وليس لها صور مصغّرة (overviews): أضفها داخل الملف (gdaladdo FILE) أو احفظه بصيغة Cloud Optimized GeoTIFF (gdal_translate -of COG)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>raster is %1 MB; at most %2 MB is allowed</source>
        <translation>حجم الصورة النقطية %1 ميغابايت؛ والحد الأقصى المسموح به %2 ميغابايت</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot open as a raster</source>
        <translation>تعذّر فتحه صورةً نقطية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>raster is not georeferenced (no geotransform, no ground control points)</source>
        <translation>الصورة النقطية بلا إسناد جغرافي (لا تحويل جغرافي ولا نقاط ضبط أرضية)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raster has no CRS</source>
        <translation>الصورة النقطية بلا نظام إحداثيات مرجعي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>raster CRS not understood</source>
        <translation>نظام الإحداثيات المرجعي للصورة النقطية غير مفهوم</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>raster warp needs a target CRS, extent and size</source>
        <translation>تحتاج إعادة إسقاط الصورة النقطية إلى نظام إحداثيات مرجعي هدف وامتداد وحجم</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot expand the colour table</source>
        <translation>تعذّر توسيع جدول الألوان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>raster has %1 bands; grey, RGB or RGBA is expected</source>
        <translation>في الصورة النقطية %1 من النطاقات؛ والمتوقَّع رمادي أو RGB أو RGBA</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot warp raster to %1</source>
        <translation>تعذّرت إعادة إسقاط الصورة النقطية إلى %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read warped pixels</source>
        <translation>تعذّرت قراءة البكسلات بعد إعادة الإسقاط</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="+67"/>
        <location filename="../gis/io/vectorreader.cpp" line="+10"/>
        <source>cannot open as a vector layer</source>
        <translation>تعذّر فتحه طبقةً متجهية</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorreader.cpp" line="+1"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+167"/>
        <source>cannot open as a vector layer in an allowed format (%1)</source>
        <translation>تعذّر فتحه طبقةً متجهية بصيغة مسموح بها (%1)</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="-33"/>
        <location filename="../gis/io/vectorreader.cpp" line="+10"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+6"/>
        <source>file holds no vector layer</source>
        <translation>لا يحوي الملف أي طبقة متجهية</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gis/io/vectorreader.cpp" line="+1"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+1"/>
        <source>no layer named &quot;%1&quot;</source>
        <translation>لا طبقة باسم «%1»</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>feature %1: %2: %3</source>
        <translation>المعلم %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n geometry(ies) cannot be fixed, so no fixed copy is written: %1</source>
        <translation>
            <numerusform>%n من الأشكال الهندسية لا يمكن إصلاحها، فلن تُكتب نسخة مصلَحة: %1</numerusform>
            <numerusform>شكل هندسي واحد (%n) لا يمكن إصلاحه، فلن تُكتب نسخة مصلَحة: %1</numerusform>
            <numerusform>شكلان هندسيان (%n) لا يمكن إصلاحهما، فلن تُكتب نسخة مصلَحة: %1</numerusform>
            <numerusform>%n أشكال هندسية لا يمكن إصلاحها، فلن تُكتب نسخة مصلَحة: %1</numerusform>
            <numerusform>%n شكلًا هندسيًا لا يمكن إصلاحها، فلن تُكتب نسخة مصلَحة: %1</numerusform>
            <numerusform>%n شكل هندسي لا يمكن إصلاحها، فلن تُكتب نسخة مصلَحة: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot open the copy for writing</source>
        <translation>تعذّر فتح النسخة للكتابة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GDAL&apos;s %1 driver cannot rewrite a feature in place, so no fixed copy of this file can be written: save the layer as GeoJSON or GeoPackage (in QGIS: Export &gt; Save Features As), point the manifest at it and repair again</source>
        <translation>لا يستطيع مشغّل %1 في GDAL إعادة كتابة معلم في موضعه، فلا يمكن كتابة نسخة مصلَحة من هذا الملف: احفظ الطبقة بصيغة GeoJSON أو GeoPackage (في QGIS: Export &gt; Save Features As)، ووجّه ملف البيان (manifest) إليها، ثم أعد الإصلاح</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write the fixed geometry</source>
        <translation>تعذّرت كتابة الشكل الهندسي المصلَح</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error while writing the fixed geometries</source>
        <translation>خطأ أثناء كتابة الأشكال الهندسية المصلَحة</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorreader.cpp" line="+9"/>
        <source>layer &quot;%1&quot; is %2, not a plain table: a view runs its own query when read, so a package may not hold one</source>
        <translation>الطبقة «%1» %2، لا جدول عادي: العرض (view) يُجري استعلامه الخاص عند قراءته، فلا يجوز أن تحوي الحزمة واحدًا منه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the file&apos;s tables</source>
        <translation>ليست بين جداول الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a %1</source>
        <translation>من نوع %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>layer has %1 features; at most %2 are allowed</source>
        <translation>في الطبقة %1 من المعالم؛ والحد الأقصى المسموح به %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="-26"/>
        <source>layer CRS not understood</source>
        <translation>نظام الإحداثيات المرجعي للطبقة غير مفهوم</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+4"/>
        <source>layer has no CRS, so it cannot be placed on the map (give one in the manifest&apos;s &quot;crs&quot; of this layer)</source>
        <translation>الطبقة بلا نظام إحداثيات مرجعي، فلا يمكن وضعها على الخريطة (حدّده في الحقل &quot;crs&quot; لهذه الطبقة في ملف البيان)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading cancelled</source>
        <translation>أُلغيت القراءة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer has more than %1 features</source>
        <translation>في الطبقة أكثر من %1 من المعالم</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+93"/>
        <source>feature has no geometry</source>
        <translation>معلم بلا شكل هندسي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported geometry type %1</source>
        <translation>نوع شكل هندسي غير مدعوم %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="+13"/>
        <source>some coordinates cannot be transformed to %1</source>
        <translation>تعذّر تحويل بعض الإحداثيات إلى %1</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryrepair.cpp" line="-44"/>
        <location filename="../gis/io/vectorreader.cpp" line="+6"/>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="+55"/>
        <location line="+58"/>
        <source>error while reading features</source>
        <translation>خطأ أثناء قراءة المعالم</translation>
    </message>
    <message>
        <location filename="../app/desktop/georef/typedcoordinates.cpp" line="+34"/>
        <source>%1, %2 cannot be taken from %3 into the case study&apos;s CRS</source>
        <translation>تعذّر نقل %1، %2 من %3 إلى نظام الإحداثيات المرجعي لدراسة الحالة</translation>
    </message>
    <message>
        <location filename="../app/desktop/panels/eventspanel.cpp" line="+23"/>
        <source>link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location filename="../gis/analysis/layerexport.cpp" line="+95"/>
        <source>%1: who held each feature on %2 (Dual Power Atlas)</source>
        <translation>%1: من كان يسيطر على كل معلم في %2 (أطلس ازدواجية السلطة)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: every claim with its start and end (Dual Power Atlas)</source>
        <translation>%1: كل مطالبة ببدايتها ونهايتها (أطلس ازدواجية السلطة)</translation>
    </message>
    <message>
        <location filename="../gis/analysis/linkedplaces.cpp" line="+83"/>
        <source>held de facto by</source>
        <translation>تحت السيطرة بحكم الواقع لـ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claimed de jure by</source>
        <translation>مطالَب به بحكم القانون من قِبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fought over by</source>
        <translation>متنازع عليه في قتال بين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occupied by</source>
        <translation>محتلّ من قِبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with forces present, not governing, of</source>
        <translation>بوجود قوات غير حاكمة تابعة لـ</translation>
    </message>
    <message>
        <location filename="../gis/analysis/qgisproject.cpp" line="+176"/>
        <source>cannot zip the QGIS project</source>
        <translation>تعذّر ضغط مشروع QGIS</translation>
    </message>
    <message>
        <location filename="../gis/analysis/qgisstyle.cpp" line="+219"/>
        <source>no de facto holder</source>
        <translation>لا صاحب سيطرة بحكم الواقع</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>The case study&apos;s colours and statuses</source>
        <translation>ألوان دراسة الحالة وأوضاعها</translation>
    </message>
    <message>
        <location filename="../gis/analysis/spatialfacts.cpp" line="+25"/>
        <source>too few points</source>
        <translation>نقاط أقل من اللازم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong topological dimension</source>
        <translation>بُعد طوبولوجي خاطئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spikes</source>
        <translation>نتوءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate points</source>
        <translation>نقاط مكرّرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ring not closed</source>
        <translation>حلقة غير مغلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-intersection</source>
        <translation>تقاطع ذاتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong ring orientation</source>
        <translation>اتجاه حلقة خاطئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hole outside its polygon</source>
        <translation>ثقب خارج مضلّعه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested holes</source>
        <translation>ثقوب متداخلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected interior</source>
        <translation>باطن غير متّصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlapping polygons</source>
        <translation>مضلّعات متراكبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong corner order</source>
        <translation>ترتيب رؤوس خاطئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid coordinate</source>
        <translation>إحداثي غير صالح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid geometry</source>
        <translation>شكل هندسي غير صالح</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>its outline crosses itself%1</source>
        <translation>حدّه الخارجي يقطع نفسه%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two of its parts overlap%1</source>
        <translation>جزءان منه متراكبان%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside its outline%1</source>
        <translation>ثقب يقع خارج حدّه الخارجي%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies inside another hole%1</source>
        <translation>ثقب يقع داخل ثقب آخر%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring has too few points to enclose an area%1</source>
        <translation>حلقة نقاطها أقل من أن تحيط بمساحة%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its outline doubles back on itself (a spike)%1</source>
        <translation>حدّه الخارجي يرتدّ على نفسه (نتوء)%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; it is drawn but left out of areas, fronts and the dual-power index. Fix the outline there (dpatlas-cli repair writes a fixed copy; in QGIS: Vector &gt; Geometry Tools &gt; Check Validity, then Fix Geometries)</source>
        <translation>%1؛ يُرسم لكنه يُستبعد من المساحات وخطوط الجبهة ومؤشر ازدواجية السلطة. أصلِح الحدّ هناك (يكتب dpatlas-cli repair نسخة مصلَحة؛ وفي QGIS: Vector &gt; Geometry Tools &gt; Check Validity، ثم Fix Geometries)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>ring not closed%1: closed for the analyses</source>
        <translation>حلقة غير مغلقة%1: أُغلقت لأغراض التحليل</translation>
    </message>
    <message>
        <location filename="../gis/georef/georefmethod.cpp" line="+43"/>
        <source>Helmert (similarity)</source>
        <translation>هلمرت (تشابه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affine (polynomial 1)</source>
        <translation>أفيني (متعدد حدود من الدرجة 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polynomial 2</source>
        <translation>متعدد حدود من الدرجة 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polynomial 3</source>
        <translation>متعدد حدود من الدرجة 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thin plate spline</source>
        <translation>شريحة الصفيحة الرقيقة (Thin plate spline)</translation>
    </message>
    <message>
        <location filename="../gis/georef/georeftransform.cpp" line="+20"/>
        <source>point %1</source>
        <translation>النقطة %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 and %2 are on the same spot of the scan; delete or disable one</source>
        <translation>%1 و%2 على البقعة نفسها من الصورة الممسوحة؛ احذف إحداهما أو عطّلها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are on the same spot of the map; delete or disable one</source>
        <translation>%1 و%2 على البقعة نفسها من الخريطة؛ احذف إحداهما أو عطّلها</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 needs at least %2 enabled control points; there are %3</source>
        <translation>يحتاج %1 إلى %2 من نقاط الضبط المفعّلة على الأقل؛ والموجود %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the enabled control points (%1) lie on one line on the %2, so %3 cannot tell how the scan stretches across it; add a point away from that line</source>
        <translation>نقاط الضبط المفعّلة (%1) تقع على خط واحد في %2، فلا يستطيع %3 أن يعرف كيف تمتد الصورة الممسوحة في الاتجاه المعامد له؛ أضف نقطة بعيدة عن ذلك الخط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scan</source>
        <translation>الصورة الممسوحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the control points do not determine a Helmert transformation</source>
        <translation>نقاط الضبط لا تحدّد تحويل هلمرت</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the control points (%1) do not determine a %2: too many of them may lie on one line or curve</source>
        <translation>نقاط الضبط (%1) لا تحدّد تحويل %2: ربما يقع كثير منها على خط أو منحنى واحد</translation>
    </message>
    <message>
        <location filename="../gis/georef/periodmapmanifest.cpp" line="-32"/>
        <source>not valid JSON (%1); fix it before adding a period map</source>
        <translation>ليس JSON صالحًا (%1)؛ أصلِحه قبل إضافة خريطة تاريخية</translation>
    </message>
    <message>
        <location filename="../gis/georef/scanimage.cpp" line="+20"/>
        <location filename="../gis/georef/scanwarper.cpp" line="+52"/>
        <source>scan not found</source>
        <translation>لم يُعثر على الصورة الممسوحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../gis/georef/scanwarper.cpp" line="+4"/>
        <location line="+38"/>
        <source>GDAL cannot read this file as an image</source>
        <translation>لا يستطيع GDAL قراءة هذا الملف صورةً</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the scan&apos;s pixels</source>
        <translation>تعذّرت قراءة بكسلات الصورة الممسوحة</translation>
    </message>
    <message>
        <location filename="../gis/georef/scanwarper.cpp" line="-35"/>
        <source>the scan is %1 x %2 pixels; at most %3 million pixels can be georeferenced: scale it down or cut it into sheets</source>
        <translation>أبعاد الصورة الممسوحة %1 × %2 بكسل؛ ولا يمكن إسناد أكثر من %3 مليون بكسل جغرافيًا: صغّرها أو قطّعها إلى لوحات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scan has %1 bands; grey, RGB or RGBA is expected</source>
        <translation>في الصورة الممسوحة %1 من النطاقات؛ والمتوقَّع رمادي أو RGB أو RGBA</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>cannot attach the control points to the scan</source>
        <translation>تعذّر ربط نقاط الضبط بالصورة الممسوحة</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the control points state no CRS for their map coordinates</source>
        <translation>لا تذكر نقاط الضبط نظام إحداثيات مرجعيًا لإحداثيات الخريطة</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+89"/>
        <source>cannot warp the scan into %1</source>
        <translation>تعذّرت إعادة إسقاط الصورة الممسوحة إلى %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>the warped map would be %1 x %2 pixels; at most %3 million are allowed (a transformation that bends far outside the points makes it huge: check the residuals, or scale the scan down)</source>
        <translation>ستكون أبعاد الخريطة المعاد إسقاطها %1 × %2 بكسل؛ والحد الأقصى المسموح به %3 مليون (التحويل الذي ينثني بعيدًا خارج النقاط يضخّمها: افحص البواقي، أو صغّر الصورة الممسوحة)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../layers/export/pictureexport.cpp" line="+49"/>
        <source>folder %1 does not exist</source>
        <translation>المجلد %1 غير موجود</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../gis/io/vectorwriter.cpp" line="+323"/>
        <source>cannot write in %1 (%2)</source>
        <translation>تعذّرت الكتابة في %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cancelled; nothing was written</source>
        <translation>أُلغي؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>cannot write the warped map</source>
        <translation>تعذّرت كتابة الخريطة المعاد إسقاطها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the warped map is %1 MB; a package&apos;s period map may be at most %2 MB: scale the scan down</source>
        <translation>حجم الخريطة المعاد إسقاطها %1 ميغابايت؛ والحد الأقصى للخريطة التاريخية في الحزمة %2 ميغابايت: صغّر الصورة الممسوحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write to disk (full?)</source>
        <translation>تعذّرت الكتابة على القرص (هل هو ممتلئ؟)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/io/vectorwriter.cpp" line="+60"/>
        <source>cannot move the finished file into place</source>
        <translation>تعذّر نقل الملف المكتمل إلى موضعه</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the preview needs a CRS, an extent and a size</source>
        <translation>تحتاج المعاينة إلى نظام إحداثيات مرجعي وامتداد وحجم</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot read the warped pixels</source>
        <translation>تعذّرت قراءة البكسلات المعاد إسقاطها</translation>
    </message>
    <message>
        <location filename="../gis/io/filelocation.cpp" line="+23"/>
        <source>near x %1, y %2 in the file&apos;s coordinates</source>
        <translation>قرب x %1، y %2 بإحداثيات الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>near longitude %1, latitude %2 in the file&apos;s CRS (%3)</source>
        <translation>قرب خط الطول %1، خط العرض %2 بنظام الإحداثيات المرجعي للملف (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near x %1, y %2 in the file&apos;s CRS (%3)</source>
        <translation>قرب x %1، y %2 بنظام الإحداثيات المرجعي للملف (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, longitude %1, latitude %2</source>
        <translation>، خط الطول %1، خط العرض %2</translation>
    </message>
    <message>
        <location filename="../gis/io/geometryfix.cpp" line="+101"/>
        <source>GEOS finds it invalid: %1</source>
        <translation>يعدّه GEOS غير صالح: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the areas of its crossing parts, which cancelled out as drawn, now add up</source>
        <translation>مساحات أجزائه المتقاطعة، التي كان يلغي بعضها بعضًا كما رُسمت، صارت الآن تُجمع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it encloses no area</source>
        <translation>لا يحيط بأي مساحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>area unchanged</source>
        <translation>المساحة لم تتغيّر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>area changed by less than 0.1 %</source>
        <translation>تغيّرت المساحة بأقل من 0.1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area changed by %1%2 %</source>
        <translation>تغيّرت المساحة بمقدار %1%2 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ring closed (its first point repeated at its end)</source>
        <translation>أُغلقت الحلقة (كُرّرت نقطتها الأولى في آخرها)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>split into %1 parts: %n hole(s) outside the outline became part(s) of their own (delete them in QGIS if they were not meant as land)</source>
        <translation>
            <numerusform>قُسّم إلى %1 من الأجزاء: %n من الثقوب الواقعة خارج الحدّ صارت أجزاء قائمة بذاتها (احذفها في QGIS إن لم تكن يابسة مقصودة)</numerusform>
            <numerusform>قُسّم إلى %1 من الأجزاء: ثقب واحد (%n) خارج الحدّ صار جزءًا قائمًا بذاته (احذفه في QGIS إن لم يكن يابسة مقصودة)</numerusform>
            <numerusform>قُسّم إلى %1 من الأجزاء: ثقبان (%n) خارج الحدّ صارا جزأين قائمين بذاتهما (احذفهما في QGIS إن لم يكونا يابسة مقصودة)</numerusform>
            <numerusform>قُسّم إلى %1 من الأجزاء: %n ثقوب خارج الحدّ صارت أجزاء قائمة بذاتها (احذفها في QGIS إن لم تكن يابسة مقصودة)</numerusform>
            <numerusform>قُسّم إلى %1 من الأجزاء: %n ثقبًا خارج الحدّ صارت أجزاء قائمة بذاتها (احذفها في QGIS إن لم تكن يابسة مقصودة)</numerusform>
            <numerusform>قُسّم إلى %1 من الأجزاء: %n ثقب خارج الحدّ صارت أجزاء قائمة بذاتها (احذفها في QGIS إن لم تكن يابسة مقصودة)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>split into %1 parts</source>
        <translation>قُسّم إلى %1 من الأجزاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overlapping parts merged into %2</source>
        <translation>دُمجت %1 من الأجزاء المتراكبة في %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hole(s) removed</source>
        <translation>
            <numerusform>أُزيل %n من الثقوب</numerusform>
            <numerusform>أُزيل ثقب واحد (%n)</numerusform>
            <numerusform>أُزيل ثقبان (%n)</numerusform>
            <numerusform>أُزيلت %n ثقوب</numerusform>
            <numerusform>أُزيل %n ثقبًا</numerusform>
            <numerusform>أُزيل %n ثقب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hole(s) added</source>
        <translation>
            <numerusform>أُضيف %n من الثقوب</numerusform>
            <numerusform>أُضيف ثقب واحد (%n)</numerusform>
            <numerusform>أُضيف ثقبان (%n)</numerusform>
            <numerusform>أُضيفت %n ثقوب</numerusform>
            <numerusform>أُضيف %n ثقبًا</numerusform>
            <numerusform>أُضيف %n ثقب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a sliver of %n point(s) that enclosed no area removed</source>
        <translation>
            <numerusform>أُزيلت شظية من %n نقاط لا تحيط بأي مساحة</numerusform>
            <numerusform>أُزيلت شظية من نقطة واحدة (%n) لا تحيط بأي مساحة</numerusform>
            <numerusform>أُزيلت شظية من نقطتين (%n) لا تحيط بأي مساحة</numerusform>
            <numerusform>أُزيلت شظية من %n نقاط لا تحيط بأي مساحة</numerusform>
            <numerusform>أُزيلت شظية من %n نقطة لا تحيط بأي مساحة</numerusform>
            <numerusform>أُزيلت شظية من %n نقطة لا تحيط بأي مساحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n piece(s) with no area (lines or points) dropped</source>
        <translation>
            <numerusform>أُسقط %n من القطع التي لا مساحة لها (خطوط أو نقاط)</numerusform>
            <numerusform>أُسقطت قطعة واحدة (%n) لا مساحة لها (خطوط أو نقاط)</numerusform>
            <numerusform>أُسقطت قطعتان (%n) لا مساحة لهما (خطوط أو نقاط)</numerusform>
            <numerusform>أُسقطت %n قطع لا مساحة لها (خطوط أو نقاط)</numerusform>
            <numerusform>أُسقطت %n قطعةً لا مساحة لها (خطوط أو نقاط)</numerusform>
            <numerusform>أُسقطت %n قطعة لا مساحة لها (خطوط أو نقاط)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a ring is not closed (its last point does not return to its first) %1</source>
        <translation>حلقة غير مغلقة (نقطتها الأخيرة لا تعود إلى الأولى) %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>GEOS finds it invalid</source>
        <translation>يعدّه GEOS غير صالح</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GDAL&apos;s MakeValid could not fix it%1; redraw the outline there in QGIS</source>
        <translation>لم يستطع MakeValid في GDAL إصلاحه%1؛ أعد رسم الحدّ هناك في QGIS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing of it encloses an area once fixed; redraw the outline in QGIS</source>
        <translation>لا يحيط أي جزء منه بمساحة بعد الإصلاح؛ أعد رسم الحدّ في QGIS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GDAL&apos;s MakeValid gave a shape GEOS still finds invalid; redraw the outline there in QGIS</source>
        <translation>أعطى MakeValid في GDAL شكلًا ما زال GEOS يعدّه غير صالح؛ أعد رسم الحدّ هناك في QGIS</translation>
    </message>
    <message>
        <location filename="../gis/io/osmxmlwriter.cpp" line="+154"/>
        <location line="+3"/>
        <location filename="../gis/package/postgis/pgpull.cpp" line="+54"/>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="+176"/>
        <source>cannot write: %1</source>
        <translation>تعذّرت الكتابة: %1</translation>
    </message>
    <message>
        <location filename="../gis/io/stagedfolder.cpp" line="+18"/>
        <source>%1: %2 exists and is not an empty folder</source>
        <translation>%1: %2 موجود وليس مجلدًا فارغًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: folder %2 does not exist</source>
        <translation>%1: المجلد %2 غير موجود</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot write in %2 (%3)</source>
        <translation>%1: تعذّرت الكتابة في %2 (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot move the finished folder into place</source>
        <translation>%1: تعذّر نقل المجلد المكتمل إلى موضعه</translation>
    </message>
    <message>
        <location filename="../gis/io/vectorwriter.cpp" line="-222"/>
        <source>a shapefile holds one kind of geometry, and %1 mixes areas, lines or points: export one layer at a time, or write a GeoPackage (.gpkg), which holds them all</source>
        <translation>ملف الشكل (shapefile) يحوي نوعًا واحدًا من الأشكال الهندسية، و%1 يخلط بين مساحات وخطوط ونقاط: صدّر طبقة واحدة في كل مرة، أو اكتب GeoPackage (.gpkg) الذي يحويها كلها</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot create layer %1</source>
        <translation>تعذّر إنشاء الطبقة %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot create field %1</source>
        <translation>تعذّر إنشاء الحقل %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot write feature %1 of %2</source>
        <translation>تعذّرت كتابة المعلم %1 من %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot finish writing</source>
        <translation>تعذّر إتمام الكتابة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the written file does not read back (is the disk full?)</source>
        <translation>تتعذّر قراءة الملف المكتوب من جديد (هل القرص ممتلئ؟)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the written file reads back with %1 of %2 features (is the disk full?)</source>
        <translation>عند إعادة قراءة الملف المكتوب وُجد فيه %1 من أصل %2 من المعالم (هل القرص ممتلئ؟)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown format: name the file .gpkg, .geojson, .shp, .kml, .fgb or .csv</source>
        <translation>صيغة مجهولة: سمِّ الملف ‎.gpkg أو ‎.geojson أو ‎.shp أو ‎.kml أو ‎.fgb أو ‎.csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write: folder %1 does not exist</source>
        <translation>تعذّرت الكتابة: المجلد %1 غير موجود</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a shapefile set of this name is there already (%1); a set of files cannot be replaced in one step: delete it or choose another name</source>
        <translation>توجد هنا من قبلُ مجموعة ملفات shapefile بهذا الاسم (%1)؛ ولا يمكن استبدال مجموعة ملفات في خطوة واحدة: احذفها أو اختر اسمًا آخر</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GDAL has no %1 driver</source>
        <translation>ليس في GDAL مشغّل %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a shapefile set of this name is there already; a set of files cannot be replaced in one step: delete it or choose another name</source>
        <translation>توجد هنا من قبلُ مجموعة ملفات shapefile بهذا الاسم؛ ولا يمكن استبدال مجموعة ملفات في خطوة واحدة: احذفها أو اختر اسمًا آخر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create file</source>
        <translation>تعذّر إنشاء الملف</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../layers/export/animationexport.cpp" line="+28"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error while writing</source>
        <translation>خطأ أثناء الكتابة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write %1 to disk (full?)</source>
        <translation>تعذّرت كتابة %1 على القرص (هل هو ممتلئ؟)</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/editabletable.cpp" line="-2"/>
        <source>the table is larger than %L1 bytes</source>
        <translation>الجدول أكبر من %L1 بايت</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this row cannot be read (%1): mend it in a text editor first, so that saving the table loses nothing</source>
        <translation>تتعذّر قراءة هذا الصف (%1): أصلِحه في محرّر نصوص أولًا، كي لا يضيع شيء عند حفظ الجدول</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/editabletables.cpp" line="+53"/>
        <source>cannot read the manifest</source>
        <translation>تعذّرت قراءة ملف البيان (manifest)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the table &quot;%2&quot; is outside the package</source>
        <translation>%1: الجدول «%2» خارج الحزمة</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot write the table to check it: %1</source>
        <translation>تعذّرت كتابة الجدول لفحصه: %1</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/tableautosave.cpp" line="+134"/>
        <source>cannot create the autosave folder</source>
        <translation>تعذّر إنشاء مجلد الحفظ التلقائي</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>cannot autosave: %1</source>
        <translation>تعذّر الحفظ التلقائي: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the autosave cannot be read</source>
        <translation>تتعذّر قراءة الحفظ التلقائي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the manifest no longer names this table</source>
        <translation>لم يعد ملف البيان (manifest) يذكر هذا الجدول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the autosaved table</source>
        <translation>تعذّرت قراءة الجدول المحفوظ تلقائيًا</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot move the autosave here</source>
        <translation>تعذّر نقل الحفظ التلقائي إلى هنا</translation>
    </message>
    <message>
        <location filename="../gis/package/edit/tablesave.cpp" line="+42"/>
        <source>the table changed on disk since it was opened for editing (another program saved it?); nothing was saved. Reopen the case study to see that version.</source>
        <translation>تغيّر الجدول على القرص منذ فُتح للتحرير (هل حفظه برنامج آخر؟)؛ لم يُحفظ شيء. أعد فتح دراسة الحالة لترى تلك النسخة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot save: %1; nothing was saved</source>
        <translation>تعذّر الحفظ: %1؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>; nothing was changed</source>
        <translation>؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 could not be put back as it was and hold(s) the edits</source>
        <translation>؛ تعذّرت إعادة %1 إلى ما كان عليه، وهو يحوي التعديلات</translation>
    </message>
    <message>
        <location filename="../gis/package/import/columnmapping.cpp" line="+106"/>
        <source>column &quot;%1&quot; would be read as both %2 and %3: say which with --map</source>
        <translation>العمود «%1» قد يُقرأ على أنه %2 و%3 معًا: حدّد أيهما بالخيار --map</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--map %1: write --map COLUMN=HEADING, COLUMN one of %2</source>
        <translation>الخيار --map %1: اكتب --map COLUMN=HEADING، حيث COLUMN واحد من %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map %1: the file has no column &quot;%2&quot; (its columns: %3)</source>
        <translation>الخيار --map %1: ليس في الملف عمود «%2» (أعمدته: %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no column for &quot;%1&quot;: name it with --map %1=HEADING (the file&apos;s columns: %2)</source>
        <translation>لا عمود لـ «%1»: سمِّه بالخيار --map %1=HEADING (أعمدة الملف: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/importtable.cpp" line="-10"/>
        <source>semicolon-separated CSV</source>
        <translation>CSV مفصول بفواصل منقوطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab-separated text</source>
        <translation>نص مفصول بعلامات جدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated CSV</source>
        <translation>CSV مفصول بفواصل</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>column &quot;%1&quot; holds a date cell before 1 March 1900 (read as %2-%3-%4), and spreadsheet programs disagree about such cells by a day: type the date as text (in the cell: &apos;1871-03-22) or save the sheet as CSV or .ods</source>
        <translation>العمود «%1» يحوي خلية تاريخ قبل 1 مارس 1900 (قُرئت %2-%3-%4)، وبرامج جداول البيانات تختلف في مثل هذه الخلايا بيوم واحد: اكتب التاريخ نصًّا (في الخلية: &apos;1871-03-22) أو احفظ الورقة بصيغة CSV أو ‎.ods</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot be read as a %1 workbook</source>
        <translation>تتعذّر قراءته مصنّفًا من نوع %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the workbook has no sheet with data</source>
        <translation>ليس في المصنّف ورقة فيها بيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no sheet &quot;%1&quot; (its sheets: %2)</source>
        <translation>ليس فيه ورقة «%1» (أوراقه: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet &quot;%1&quot; of an %2 workbook</source>
        <translation>الورقة «%1» من مصنّف %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>file not found: %1</source>
        <translation>الملف غير موجود: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file is %1 MB; at most %2 MB can be imported</source>
        <translation>حجم الملف %1 ميغابايت؛ ولا يمكن استيراد أكثر من %2 ميغابايت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>old Excel .xls files cannot be read: save the sheet as .xlsx or CSV UTF-8</source>
        <translation>تتعذّر قراءة ملفات Excel القديمة ‎.xls: احفظ الورقة بصيغة ‎.xlsx أو CSV UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sheet is for .xlsx and .ods workbooks; this file is a text table</source>
        <translation>الخيار --sheet لمصنّفات ‎.xlsx و‎.ods؛ وهذا الملف جدول نصي</translation>
    </message>
    <message>
        <location filename="../gis/package/import/importvalues.cpp" line="+75"/>
        <source>write %1 (year-month-day, with hyphens)</source>
        <translation>اكتب %1 (سنة-شهر-يوم، بشرطات)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write %1 (year-month-day), or give --dates dmy to read every day-first date</source>
        <translation>اكتب %1 (سنة-شهر-يوم)، أو استعمل --dates dmy لقراءة كل تاريخ يبدأ باليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write %1 (year-month-day), or give --dates mdy to read every month-first date</source>
        <translation>اكتب %1 (سنة-شهر-يوم)، أو استعمل --dates mdy لقراءة كل تاريخ يبدأ بالشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is it %1 or %2? Write year-month-day, or give --dates dmy (day first) or --dates mdy</source>
        <translation>هل هو %1 أم %2؟ اكتب سنة-شهر-يوم، أو استعمل --dates dmy (اليوم أولًا) أو --dates mdy</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>write %1 (year-month-day)</source>
        <translation>اكتب %1 (سنة-شهر-يوم)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write %1 (a decimal point, not a comma)</source>
        <translation>اكتب %1 (بنقطة عشرية لا بفاصلة)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/packageimport.cpp" line="+61"/>
        <location filename="../gis/package/import/placesimport.cpp" line="-20"/>
        <source>%1 is not a package folder: import into a folder (a packed .gpkg can be unpacked with `dpatlas-cli unpack`)</source>
        <translation>%1 ليس مجلد حزمة: استورد إلى مجلد (يمكن فكّ ملف ‎.gpkg محزوم بالأمر `dpatlas-cli unpack`)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the manifest names no %1 table: add &quot;%1&quot;: &quot;%1.csv&quot; to it</source>
        <translation>لا يذكر ملف البيان (manifest) جدول %1: أضف إليه &quot;%1&quot;: &quot;%1.csv&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1, %n row(s)</source>
        <translation>
            <numerusform>%1، %n من الصفوف</numerusform>
            <numerusform>%1، صف واحد (%n)</numerusform>
            <numerusform>%1، صفان (%n)</numerusform>
            <numerusform>%1، %n صفوف</numerusform>
            <numerusform>%1، %n صفًّا</numerusform>
            <numerusform>%1، %n صف</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file has a header but no rows to import</source>
        <translation>في الملف ترويسة لكن لا صفوف للاستيراد</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the manifest names no sources table for the sources cited: add &quot;sources&quot;: &quot;sources.csv&quot;</source>
        <translation>لا يذكر ملف البيان (manifest) جدول مصادر للمصادر المستشهد بها: أضف &quot;sources&quot;: &quot;sources.csv&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write a scratch copy of the tables to check them: %1</source>
        <translation>تعذّرت كتابة نسخة مؤقتة من الجداول لفحصها: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../gis/package/import/placesimport.cpp" line="+140"/>
        <location line="+8"/>
        <source>cannot write: %1 (nothing was changed)</source>
        <translation>تعذّرت الكتابة: %1 (لم يتغيّر شيء)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write: %1%2</source>
        <translation>تعذّرت الكتابة: %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the cited sources were added to %1)</source>
        <translation> (أُضيفت المصادر المستشهد بها إلى %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (nothing was changed)</source>
        <translation> (لم يتغيّر شيء)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/referencefinder.cpp" line="+56"/>
        <source>no feature given</source>
        <translation>لم يُذكر معلم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer &quot;%1&quot; is not a feature layer of the package (its feature layers: %2)</source>
        <translation>الطبقة «%1» ليست طبقة معالم في الحزمة (طبقات معالمها: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; could be any of %2: give the layer (a layer column or --layer) or the id</source>
        <translation>«%1» قد يكون أيًّا من %2: حدّد الطبقة (عمود layer أو --layer) أو المعرّف</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any feature layer</source>
        <translation>أي طبقة معالم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>layer &quot;%1&quot;</source>
        <translation>الطبقة «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feature of %1 has the id or name &quot;%2&quot;</source>
        <translation>لا معلم في %1 معرّفه أو اسمه «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feature of %1 has the id or name &quot;%2&quot; (did you mean %3?)</source>
        <translation>لا معلم في %1 معرّفه أو اسمه «%2» (هل تقصد %3؟)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is the name of more than one authority (%2): use the id</source>
        <translation>«%1» اسم لأكثر من سلطة (%2): استعمل المعرّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>authority &quot;%1&quot; is not in the manifest (its authorities: %2)</source>
        <translation>السلطة «%1» غير موجودة في ملف البيان (manifest) (سلطاته: %2)</translation>
    </message>
    <message>
        <location filename="../gis/package/import/tablemerge.cpp" line="-4"/>
        <source>this row of the package&apos;s table cannot be read (%1): mend it first, so that rewriting the table loses nothing</source>
        <translation>تتعذّر قراءة هذا الصف من جدول الحزمة (%1): أصلِحه أولًا، كي لا يضيع شيء عند إعادة كتابة الجدول</translation>
    </message>
    <message numerus="yes">
        <location filename="../gis/package/newcasestudy.cpp" line="+55"/>
        <source> (and %n more problem(s); `dpatlas-cli import --places` lists them all)</source>
        <translation>
            <numerusform> (و%n من المشكلات الأخرى؛ ويسردها `dpatlas-cli import --places` كلها)</numerusform>
            <numerusform> (ومشكلة أخرى واحدة (%n)؛ ويسرد `dpatlas-cli import --places` المشكلات كلها)</numerusform>
            <numerusform> (ومشكلتان أخريان (%n)؛ ويسردها `dpatlas-cli import --places` كلها)</numerusform>
            <numerusform> (و%n مشكلات أخرى؛ ويسردها `dpatlas-cli import --places` كلها)</numerusform>
            <numerusform> (و%n مشكلةً أخرى؛ ويسردها `dpatlas-cli import --places` كلها)</numerusform>
            <numerusform> (و%n مشكلة أخرى؛ ويسردها `dpatlas-cli import --places` كلها)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+90"/>
        <source>no features to claim</source>
        <translation>لا معالم تُطبَّق عليها المطالبة</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&quot;%1&quot;: an id is lower-case letters, digits and -, as petrograd-1917</source>
        <translation>«%1»: المعرّف حروف لاتينية صغيرة وأرقام و-، مثل petrograd-1917</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study needs a title</source>
        <translation>دراسة الحالة تحتاج إلى عنوان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first date of the period &quot;%1&quot;: %2</source>
        <translation>أول تاريخ في الفترة «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last date of the period &quot;%1&quot;: %2</source>
        <translation>آخر تاريخ في الفترة «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period %1..%2 ends before it starts</source>
        <translation>الفترة %1..%2 تنتهي قبل أن تبدأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a projected CRS to draw and measure in</source>
        <translation>اختر نظام إحداثيات مرجعيًا مُسقَطًا للرسم والقياس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least one authority is needed: every claim names one</source>
        <translation>يلزم وجود سلطة واحدة على الأقل: كل مطالبة تذكر سلطة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authority id &quot;%1&quot;: lower-case letters, digits and _, as central_committee</source>
        <translation>معرّف السلطة «%1»: حروف لاتينية صغيرة وأرقام و_، مثل central_committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority id &quot;%1&quot; is used twice</source>
        <translation>معرّف السلطة «%1» مستعمل مرتين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authority &quot;%1&quot; needs a name</source>
        <translation>السلطة «%1» تحتاج إلى اسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authority &quot;%1&quot;: colour &quot;%2&quot; is not #rrggbb</source>
        <translation>السلطة «%1»: اللون «%2» ليس بصيغة #rrggbb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least one layer of features is needed</source>
        <translation>يلزم وجود طبقة معالم واحدة على الأقل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>field &quot;%1&quot; is missing, empty or repeated in some features (fields: %2)</source>
        <translation>الحقل «%1» مفقود أو فارغ أو مكرّر في بعض المعالم (الحقول: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no field &quot;%1&quot; (fields: %2)</source>
        <translation>لا حقل «%1» (الحقول: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create the package</source>
        <translation>تعذّر إنشاء الحزمة</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot write the package&apos;s files</source>
        <translation>تعذّرت كتابة ملفات الحزمة</translation>
    </message>
    <message>
        <location filename="../gis/package/packagearchive.cpp" line="-178"/>
        <source>cannot read the size of the packed files</source>
        <translation>تعذّرت قراءة حجم الملفات المحزومة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refusing to unpack: one packed file is %1 MB; at most %2 MB is allowed</source>
        <translation>رُفض الفكّ: أحد الملفات المحزومة حجمه %1 ميغابايت؛ والحد الأقصى المسموح به %2 ميغابايت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refusing to unpack: the packed files come to %1 MB; at most %2 MB is allowed</source>
        <translation>رُفض الفكّ: مجموع الملفات المحزومة %1 ميغابايت؛ والحد الأقصى المسموح به %2 ميغابايت</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot pack the case study: %1</source>
        <translation>تعذّر حزم دراسة الحالة: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../gis/package/postgis/pgpush.cpp" line="+311"/>
        <source>%1: a symbolic link to a file outside the package folder; copy the file in</source>
        <translation>%1: رابط رمزي إلى ملف خارج مجلد الحزمة؛ انسخ الملف إلى داخلها</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the folder holds more than 2 GB</source>
        <translation>يحوي المجلد أكثر من 2 غيغابايت</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gis/package/postgis/pgpush.cpp" line="-43"/>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a packed case study is a GeoPackage: name it .gpkg</source>
        <translation>دراسة الحالة المحزومة ملف GeoPackage: سمِّها ‎.gpkg</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the layer %1 would overwrite the package&apos;s own table of that name</source>
        <translation>الطبقة %1 ستكتب فوق جدول الحزمة نفسها الذي يحمل هذا الاسم</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a GeoPackage</source>
        <translation>ليس GeoPackage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refusing to unpack: %1 is a %2, not a plain table</source>
        <translation>رُفض الفكّ: %1 من نوع %2، لا جدول عادي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a packed case study: it has no %1 table (dpatlas-cli export --package makes one)</source>
        <translation>ليست دراسة حالة محزومة: ليس فيها جدول %1 (الأمر dpatlas-cli export --package يُنشئ واحدة)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>table %1 needs a text column &quot;path&quot; and a BLOB column &quot;content&quot;</source>
        <translation>يحتاج الجدول %1 إلى عمود نصي &quot;path&quot; وعمود BLOB &quot;content&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create folder %1</source>
        <translation>تعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot unpack</source>
        <translation>تعذّر الفكّ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refusing to unpack &quot;%1&quot;: not a relative path inside the package</source>
        <translation>رُفض فكّ «%1»: ليس مسارًا نسبيًا داخل الحزمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the packed case study has no manifest.json</source>
        <translation>ليس في دراسة الحالة المحزومة ملف manifest.json</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read: %1</source>
        <translation>تعذّرت القراءة: %1</translation>
    </message>
    <message>
        <location filename="../gis/package/cachefolder.cpp" line="+21"/>
        <source>cannot create the cache folder</source>
        <translation>تعذّر إنشاء مجلد ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <location filename="../gis/package/packagearchive.cpp" line="+8"/>
        <source>another program has been unpacking this file for two minutes; try again</source>
        <translation>برنامج آخر يفكّ هذا الملف منذ دقيقتين؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gis/time/historicaldateparse.cpp" line="+14"/>
        <source>write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM; a season as YYYY-21 (spring), -22 (summer), -23 (autumn) or -24 (winter); X for unknown digits (191X, 19XX, 1917-XX, 1917-10-XX, 1917-XX-XX); Y12345 or Y-12345 for a year of more than four digits; each optionally followed by ~ ? or %</source>
        <translation>اكتب YYYY أو YYYY-MM أو YYYY-MM-DD أو YYYY-MM-DDTHH:MM؛ والفصل بصيغة YYYY-21 (الربيع) أو ‎-22 (الصيف) أو ‎-23 (الخريف) أو ‎-24 (الشتاء)؛ وX للأرقام المجهولة (191X، 19XX، 1917-XX، 1917-10-XX، 1917-XX-XX)؛ وY12345 أو Y-12345 لسنة تزيد على أربعة أرقام؛ ويجوز أن يتبع كلًّا منها ~ أو ? أو %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation>«%1» ليس تاريخًا: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>years from -%1 to %1 only (the calendars here are not made for longer spans)</source>
        <translation>السنوات من ‎-%1 إلى %1 فقط (التقاويم هنا غير مصمَّمة لمدد أطول)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the Y prefix is only for years of more than four digits: write %1</source>
        <translation>البادئة Y للسنوات التي تزيد على أربعة أرقام فقط: اكتب %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>only the last one or two digits of a year can be X, as in 191X (1910 to 1919) or 19XX (1900 to 1999)</source>
        <translation>لا يجوز أن يكون X إلا الرقم الأخير أو الرقمين الأخيرين من السنة، كما في 191X (من 1910 إلى 1919) أو 19XX (من 1900 إلى 1999)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this spans years on both sides of 0: write an interval such as -0009/0009</source>
        <translation>هذا يمتد على سنوات من جانبي الصفر: اكتب مجالًا مثل ‎-0009/0009</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no year -0000: 1 BC is written 0000</source>
        <translation>لا توجد سنة ‎-0000: السنة 1 ق.م. تُكتب 0000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a year with X digits stands alone (191X), without month or day</source>
        <translation>السنة ذات الأرقام X تأتي وحدها (191X)، بلا شهر ولا يوم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write the month in full or as XX (1917-XX): a partly known month such as 1X is not EDTF level 1</source>
        <translation>اكتب الشهر كاملًا أو بصيغة XX ‏(1917-XX): الشهر المعروف جزئيًا مثل 1X ليس من المستوى 1 في EDTF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>month %1 does not exist: months are 01 to 12, seasons 21 (spring), 22 (summer), 23 (autumn) and 24 (winter)</source>
        <translation>الشهر %1 غير موجود: الأشهر من 01 إلى 12، والفصول 21 (الربيع) و22 (الصيف) و23 (الخريف) و24 (الشتاء)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a season has no day: write %1 for the season, or a month</source>
        <translation>ليس للفصل يوم: اكتب %1 للفصل، أو اكتب شهرًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the day in full or as XX (1917-10-XX)</source>
        <translation>اكتب اليوم كاملًا أو بصيغة XX ‏(1917-10-XX)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a day needs its month: write %1-XX-XX, or give the month</source>
        <translation>اليوم يحتاج إلى شهره: اكتب %1-XX-XX، أو اذكر الشهر</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a time needs a whole date before it: YYYY-MM-DDTHH:MM</source>
        <translation>الوقت يحتاج إلى تاريخ كامل قبله: YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>time zones are not used: every time is the local time of the case study; write %1 without &quot;%2&quot;</source>
        <translation>المناطق الزمنية غير مستعملة: كل وقت هو الوقت المحلي لدراسة الحالة؛ اكتب %1 بلا «%2»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>time %1 does not exist</source>
        <translation>الوقت %1 غير موجود</translation>
    </message>
    <message>
        <location filename="../gis/time/timestep.cpp" line="+14"/>
        <source>bad step &quot;%1&quot;: write a number and a unit, h (hours), d (days), w (weeks), m (months) or y (years), e.g. 1d</source>
        <translation>خطوة غير صالحة «%1»: اكتب عددًا ووحدة، h (ساعات) أو d (أيام) أو w (أسابيع) أو m (أشهر) أو y (سنوات)، مثل 1d</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the end date is before the start date</source>
        <translation>تاريخ النهاية يسبق تاريخ البداية</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>steps of %1 make more than %2 frames: choose a longer step or a shorter range</source>
        <translation>خطوات من %1 تُنتج أكثر من %2 من الإطارات: اختر خطوة أطول أو مدى أقصر</translation>
    </message>
    <message>
        <location filename="../layers/export/animationexport.cpp" line="+6"/>
        <source>.gif, .mp4 (H.264), .webm (VP9), or a folder ending in / for PNG frames</source>
        <translation>‎.gif أو ‎.mp4 ‏(H.264) أو ‎.webm ‏(VP9)، أو مجلد ينتهي بـ / لإطارات PNG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name the animation %1</source>
        <translation>سمِّ الحركة %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a frame size of %1x%2 is outside 64x64 to 7680x4320</source>
        <translation>حجم الإطار %1x%2 خارج المدى من 64x64 إلى 7680x4320</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../layers/export/videosink.cpp" line="+71"/>
        <source>a video&apos;s width and height must be even, not %1x%2</source>
        <translation>يجب أن يكون عرض الفيديو وارتفاعه عددين زوجيين، لا %1x%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a frame rate of %1 is outside 1 to 60</source>
        <translation>معدل الإطارات %1 خارج المدى من 1 إلى 60</translation>
    </message>
    <message>
        <location filename="../layers/export/gifsink.cpp" line="+56"/>
        <source>cannot write the GIF: %1</source>
        <translation>تعذّرت كتابة GIF: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a GIF is at most 65535 pixels wide and high</source>
        <translation>لا يتجاوز عرض GIF وارتفاعه 65535 بكسل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the GIF: folder %1 does not exist</source>
        <translation>تعذّرت كتابة GIF: المجلد %1 غير موجود</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../layers/export/videosink.cpp" line="+102"/>
        <source>frame %1 is %2x%3, not %4x%5</source>
        <translation>الإطار %1 أبعاده %2x%3، لا %4x%5</translation>
    </message>
    <message>
        <location filename="../layers/export/pictureexport.cpp" line="-33"/>
        <source>cannot write the picture: %1</source>
        <translation>تعذّرت كتابة الصورة: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a resolution of %1 dpi is outside 10 to 2400</source>
        <translation>الدقة %1 نقطة في البوصة خارج المدى من 10 إلى 2400</translation>
    </message>
    <message>
        <location filename="../layers/export/pngsequencesink.cpp" line="+24"/>
        <source>cannot write frames</source>
        <translation>تعذّرت كتابة الإطارات</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write frame %1 (disk full?)</source>
        <translation>تعذّرت كتابة الإطار %1 (هل القرص ممتلئ؟)</translation>
    </message>
    <message>
        <location filename="../layers/export/videosink.cpp" line="-112"/>
        <source>cannot write the video: %1</source>
        <translation>تعذّرت كتابة الفيديو: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a frame rate of %1 is outside 1 to 120</source>
        <translation>معدل الإطارات %1 خارج المدى من 1 إلى 120</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the video: folder %1 does not exist</source>
        <translation>تعذّرت كتابة الفيديو: المجلد %1 غير موجود</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FFmpeg has no %1 encoder</source>
        <translation>ليس في FFmpeg مرمِّز %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no container</source>
        <translation>لا حاوية</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+51"/>
        <source>out of memory</source>
        <translation>نفدت الذاكرة</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>cannot open the encoder</source>
        <translation>تعذّر فتح المرمِّز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoder parameters</source>
        <translation>معاملات المرمِّز</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write the header</source>
        <translation>تعذّرت كتابة الترويسة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no colour conversion to yuv420p</source>
        <translation>لا تحويل للألوان إلى yuv420p</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>encoding frame %1</source>
        <translation>ترميز الإطار %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>writing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>cannot finish the file</source>
        <translation>تعذّر إتمام الملف</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgcache.cpp" line="+86"/>
        <source>another program has been pulling a case study for two minutes; try again</source>
        <translation>برنامج آخر يسحب دراسة حالة منذ دقيقتين؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>cannot write in the cache folder: %1</source>
        <translation>تتعذّر الكتابة في مجلد الذاكرة المؤقتة: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot move the pulled copy into the cache</source>
        <translation>تعذّر نقل النسخة المسحوبة إلى الذاكرة المؤقتة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a case study pulled from a database</source>
        <translation>ليست دراسة حالة مسحوبة من قاعدة بيانات</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the record of where this copy was pulled from is damaged; open it from the database again</source>
        <translation>سجلّ المكان الذي سُحبت منه هذه النسخة تالف؛ افتحها من قاعدة البيانات مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgcasestudyschema.cpp" line="+14"/>
        <source>it holds no case study (dpatlas-cli push puts one there)</source>
        <translation>لا تحوي أي دراسة حالة (الأمر dpatlas-cli push يضع واحدة فيها)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its case studies are in schema(s): %1</source>
        <translation>دراسات الحالة فيها موجودة في المخطط/المخططات: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no schema named: write the case study&apos;s schema after &apos;#&apos; (pg:CONNECTION#SCHEMA); %1: %2</source>
        <translation>لم يُسمَّ أي مخطط: اكتب مخطط دراسة الحالة بعد &apos;#&apos; (pg:CONNECTION#SCHEMA)؛ %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no schema &quot;%2&quot;; %3</source>
        <translation>ليس في %1 مخطط باسم «%2»؛ %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema &quot;%1&quot; of %2 is not a case study (it has no %3 table); %4</source>
        <translation>المخطط «%1» في %2 ليس دراسة حالة (ليس فيه جدول %3)؛ %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schema &quot;%1&quot; of %2 is not a case study: its %3 table has %4 rows instead of one</source>
        <translation>المخطط «%1» في %2 ليس دراسة حالة: في جدوله %3 %4 من الصفوف بدلًا من صف واحد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema &quot;%1&quot; holds a case study in format &quot;%2&quot;, which this version of Dual Power Atlas does not read (it reads %3); a newer version may</source>
        <translation>المخطط «%1» يحوي دراسة حالة بالصيغة «%2»، وهذا الإصدار من أطلس ازدواجية السلطة لا يقرؤها (يقرأ %3)؛ وقد يقرؤها إصدار أحدث</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgconnection.cpp" line="+16"/>
        <source>the default server</source>
        <translation>الخادم الافتراضي</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the PostgreSQL server at %1 asks for a password for user &quot;%2&quot; and none was given: put it in ~/.pgpass (or PGPASSWORD), or add password=… to the connection</source>
        <translation>يطلب خادم PostgreSQL في %1 كلمة مرور للمستخدم «%2» ولم تُعطَ أي كلمة: ضعها في ‎~/.pgpass (أو PGPASSWORD)، أو أضف password=… إلى الاتصال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PostgreSQL server at %1 refused the password for user &quot;%2&quot; (or there is no such user): check the password in the connection, ~/.pgpass or PGPASSWORD</source>
        <translation>رفض خادم PostgreSQL في %1 كلمة المرور للمستخدم «%2» (أو لا يوجد مستخدم بهذا الاسم): تحقّق من كلمة المرور في الاتصال أو في ‎~/.pgpass أو PGPASSWORD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no PostgreSQL server answers at %1: is it running, and are host and port right?</source>
        <translation>لا يجيب أي خادم PostgreSQL في %1: هل هو قيد التشغيل، وهل المضيف (host) والمنفذ (port) صحيحان؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PostgreSQL server at %1 has no database &quot;%2&quot;: create it (createdb %2) or correct dbname</source>
        <translation>ليس في خادم PostgreSQL في %1 قاعدة بيانات باسم «%2»: أنشئها (createdb %2) أو صحّح dbname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PostgreSQL server at %1 did not answer in time</source>
        <translation>لم يُجب خادم PostgreSQL في %1 في الوقت المحدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to the PostgreSQL server at %1</source>
        <translation>يتعذّر الاتصال بخادم PostgreSQL في %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>cannot connect to PostgreSQL: out of memory</source>
        <translation>يتعذّر الاتصال بـ PostgreSQL: نفدت الذاكرة</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>database &quot;%1&quot; at %2</source>
        <translation>قاعدة البيانات «%1» في %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the connection to the PostgreSQL server at %1 was lost</source>
        <translation>انقطع الاتصال بخادم PostgreSQL في %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user &quot;%1&quot; lacks the privilege for this in %2: %3</source>
        <translation>لا يملك المستخدم «%1» الصلاحية اللازمة لهذا في %2: %3</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the PostgreSQL server of %1 has no PostGIS installed: install it on the server (on Debian: apt install postgresql-%2-postgis-3), then run CREATE EXTENSION postgis; in database &quot;%3&quot;</source>
        <translation>لم تُثبَّت PostGIS على خادم PostgreSQL الخاص بـ %1: ثبّتها على الخادم (في Debian:‏ apt install postgresql-%2-postgis-3)، ثم نفّذ CREATE EXTENSION postgis; في قاعدة البيانات «%3»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no PostGIS extension: connect to it as its owner or a superuser and run CREATE EXTENSION postgis; (psql -d %2 -c &apos;CREATE EXTENSION postgis&apos;)</source>
        <translation>ليس في %1 امتداد PostGIS: اتصل بها بصفتك مالكها أو مستخدمًا فائق الصلاحيات ونفّذ CREATE EXTENSION postgis; ‏(psql -d %2 -c &apos;CREATE EXTENSION postgis&apos;)</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pglayerfile.cpp" line="-107"/>
        <source>layer &quot;%1&quot; is not a plain table</source>
        <translation>الطبقة «%1» ليست جدولًا عاديًا</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+7"/>
        <source>the server stopped taking the layer&apos;s rows</source>
        <translation>توقّف الخادم عن استقبال صفوف الطبقة</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no layer to write</source>
        <translation>لا طبقة للكتابة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GDAL has no %1 driver to write the layer with</source>
        <translation>ليس لدى GDAL مشغّل %1 لكتابة الطبقة به</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the layer file</source>
        <translation>تعذّر إنشاء ملف الطبقة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create layer &quot;%1&quot;</source>
        <translation>تعذّر إنشاء الطبقة «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create attribute &quot;%1&quot;</source>
        <translation>تعذّر إنشاء الحقل «%1»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a geometry of layer &quot;%1&quot; cannot be read back</source>
        <translation>تتعذّر إعادة قراءة شكل هندسي من الطبقة «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write a feature of layer &quot;%1&quot;</source>
        <translation>تعذّرت كتابة معلم من الطبقة «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write the layer file</source>
        <translation>تعذّرت كتابة ملف الطبقة</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgpull.cpp" line="-5"/>
        <location line="+73"/>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="-17"/>
        <source>refusing to write &quot;%1&quot;: not a relative path inside the package</source>
        <translation>رُفضت كتابة «%1»: ليس مسارًا نسبيًا داخل الحزمة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>pulling cancelled</source>
        <translation>أُلغي السحب</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot pull the case study</source>
        <translation>تعذّر سحب دراسة الحالة</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgpush.cpp" line="-241"/>
        <source>cannot push the case study: %1</source>
        <translation>تعذّر دفع دراسة الحالة: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>column &quot;%1&quot;: names starting with dpa_ are kept for the database&apos;s own columns</source>
        <translation>العمود «%1»: الأسماء التي تبدأ بـ dpa_ محجوزة لأعمدة قاعدة البيانات نفسها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &quot;%1&quot; is empty, longer than 63 bytes or named twice, so it cannot be a database column</source>
        <translation>العمود «%1» فارغ أو أطول من 63 بايت أو مكرَّر الاسم، فلا يمكن أن يكون عمودًا في قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>%1 is larger than %2 MB</source>
        <translation>حجم %1 أكبر من %2 ميغابايت</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>schema names starting with pg_ and information_schema belong to PostgreSQL</source>
        <translation>أسماء المخططات التي تبدأ بـ pg_ والاسم information_schema خاصة بـ PostgreSQL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the manifest: %1</source>
        <translation>تتعذّر قراءة ملف البيان: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>schema &quot;%1&quot; of %2 exists and holds other tables, not a case study, so it is never replaced: choose another --schema</source>
        <translation>المخطط «%1» في %2 موجود ويحوي جداول أخرى، لا دراسة حالة، فلا يُستبدل أبدًا: اختر --schema آخر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>schema &quot;%1&quot; of %2 holds case study %3 already (revision %4, saved by %5 on %6): add --replace to overwrite it, or choose another --schema</source>
        <translation>المخطط «%1» في %2 يحوي دراسة الحالة %3 من قبل (المراجعة %4، حفظها %5 في %6): أضف --replace للكتابة فوقها، أو اختر --schema آخر</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pguri.cpp" line="+41"/>
        <source>&quot;%1&quot; is not a database address: write pg:CONNECTION#SCHEMA</source>
        <translation>«%1» ليس عنوان قاعدة بيانات: اكتب pg:CONNECTION#SCHEMA</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database connection &quot;%1&quot; cannot be read: %2</source>
        <translation>تتعذّر قراءة اتصال قاعدة البيانات «%1»: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema name &quot;%1&quot; is longer than PostgreSQL&apos;s 63 bytes</source>
        <translation>اسم المخطط «%1» أطول من 63 بايت، وهو الحد في PostgreSQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema name &quot;%1&quot; holds a NUL character</source>
        <translation>اسم المخطط «%1» يحوي المحرف NUL</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgtablesave.cpp" line="+99"/>
        <source>nothing was saved: the case study in schema &quot;%1&quot; was pushed again (replaced) since you opened it. Open it from the database again to see what it holds now.</source>
        <translation>لم يُحفظ شيء: دُفعت دراسة الحالة في المخطط «%1» من جديد (واستُبدلت) منذ فتحتها. افتحها من قاعدة البيانات مرة أخرى لترى ما تحويه الآن.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study was last saved by %1 on %2</source>
        <translation>آخر من حفظ دراسة الحالة %1 في %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the database has no table for %1; nothing was saved</source>
        <translation>ليس في قاعدة البيانات جدول لـ %1؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this copy no longer matches the rows it was pulled with; nothing was saved. Open the case study from the database again.</source>
        <translation>لم تعد هذه النسخة مطابقة للصفوف التي سُحبت معها؛ لم يُحفظ شيء. افتح دراسة الحالة من قاعدة البيانات مرة أخرى.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: its columns were changed by someone else (they are now %2)</source>
        <translation>%1: غيّر شخص آخر أعمدته (وهي الآن %2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: deleted by someone else (%2)</source>
        <translation>%1: حذفه شخص آخر (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: changed by %2 on %3</source>
        <translation>%1: غيّره %2 في %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was saved: since you opened the case study, others saved rows you edited:
%1
Open the case study from the database again to see their version, and make your edits to it (note them first: opening again discards them).</source>
        <translation>لم يُحفظ شيء: منذ فتحت دراسة الحالة، حفظ آخرون صفوفًا عدّلتَها:
%1
افتح دراسة الحالة من قاعدة البيانات مرة أخرى لترى نسختهم، وأجرِ تعديلاتك عليها (دوّنها أولًا: إعادة الفتح تتجاهلها).</translation>
    </message>
    <message>
        <location filename="../gis/core/jsontextedit.cpp" line="+182"/>
        <source>not a JSON object (%1)</source>
        <translation>ليس كائن JSON ‏(%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry to add is not one JSON value (%1)</source>
        <translation>المُدخل المراد إضافته ليس قيمة JSON واحدة (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no element %1 in &quot;%2&quot; to replace</source>
        <translation>لا عنصر %1 في «%2» لاستبداله</translation>
    </message>
    <message>
        <location filename="../gis/package/import/linkedplacesfile.cpp" line="-248"/>
        <source>a position is not [longitude, latitude] but %1</source>
        <translation>موضع ليس [خط الطول، دائرة العرض] بل %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>position [%1, %2] is not a longitude (-180 to 180) and latitude (-90 to 90): Linked Places are in WGS 84, longitude first</source>
        <translation>الموضع [%1، %2] ليس خط طول (من ‎-180 إلى 180) ودائرة عرض (من ‎-90 إلى 90): إحداثيات Linked Places بنظام WGS 84، وخط الطول أولًا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a list of positions</source>
        <translation>%1 ليس قائمة مواضع</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 has %n position(s), fewer than %2</source>
        <translation>
            <numerusform>في %1 %n من المواضع، أي أقل من %2</numerusform>
            <numerusform>في %1 موضع واحد (%n)، أي أقل من %2</numerusform>
            <numerusform>في %1 موضعان (%n)، أي أقل من %2</numerusform>
            <numerusform>في %1 %n مواضع، أي أقل من %2</numerusform>
            <numerusform>في %1 %n موضعًا، أي أقل من %2</numerusform>
            <numerusform>في %1 %n موضع، أي أقل من %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a polygon is not a list of rings</source>
        <translation>المضلّع ليس قائمة حلقات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a polygon&apos;s ring</source>
        <translation>حلقة مضلّع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a polygon&apos;s ring encloses nothing (fewer than 3 distinct positions)</source>
        <translation>حلقة مضلّع لا تحيط بشيء (أقل من 3 مواضع متمايزة)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the geometry is not an object</source>
        <translation>الشكل الهندسي ليس كائنًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the geometry has no type</source>
        <translation>الشكل الهندسي بلا نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometry type &quot;%1&quot; is not one of %2</source>
        <translation>نوع الشكل الهندسي «%1» ليس واحدًا من %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>geometry collections nested too deep</source>
        <translation>مجموعات أشكال هندسية متداخلة أكثر مما ينبغي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an empty geometry collection</source>
        <translation>مجموعة أشكال هندسية فارغة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a %1 given as geowkt only: give its GeoJSON coordinates</source>
        <translation>%1 معطى بـ geowkt وحده: أعطِ إحداثياته بصيغة GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 without coordinates</source>
        <translation>%1 بلا إحداثيات</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>a line</source>
        <translation>خط</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>a MultiPoint</source>
        <translation>MultiPoint</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a MultiLineString without lines</source>
        <translation>MultiLineString بلا خطوط</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a MultiPolygon without polygons</source>
        <translation>MultiPolygon بلا مضلّعات</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>features[%1] (@id %2): id &quot;%3&quot; is that of features[%4] too; this one&apos;s is &quot;%5&quot;</source>
        <translation>features[%1] ‏(@id %2): المعرّف «%3» هو معرّف features[%4] أيضًا؛ ومعرّف هذا «%5»</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file is %1 MB, more than a layer may be (%2 MB)</source>
        <translation>حجم الملف %1 ميغابايت، أكبر مما يجوز للطبقة (%2 ميغابايت)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty: a Linked Places file is a GeoJSON FeatureCollection</source>
        <translation>الملف فارغ: ملف Linked Places هو FeatureCollection بصيغة GeoJSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not JSON (%1): a Linked Places file is a GeoJSON FeatureCollection</source>
        <translation>ليس JSON ‏(%1): ملف Linked Places هو FeatureCollection بصيغة GeoJSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a Linked Places file: the file is a list, not a FeatureCollection</source>
        <translation>ليس ملف Linked Places: الملف قائمة، لا FeatureCollection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Linked Places file: it has no &quot;type&quot;: &quot;FeatureCollection&quot;</source>
        <translation>ليس ملف Linked Places: ليس فيه &quot;type&quot;: &quot;FeatureCollection&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Linked Places file: its type is &quot;%1&quot;, not &quot;FeatureCollection&quot;</source>
        <translation>ليس ملف Linked Places: نوعه «%1»، لا «FeatureCollection»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the FeatureCollection has no &quot;features&quot; list</source>
        <translation>ليس في FeatureCollection قائمة &quot;features&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the FeatureCollection has no features: no places to import</source>
        <translation>ليس في FeatureCollection أي معالم: لا أماكن لاستيرادها</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: not an object</source>
        <translation>%1: ليس كائنًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no &quot;type&quot;: &quot;Feature&quot;</source>
        <translation>%1: لا يوجد &quot;type&quot;: &quot;Feature&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: its type is &quot;%2&quot;, not &quot;Feature&quot;</source>
        <translation>%1: نوعه «%2»، لا «Feature»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no @id: every place of a Linked Places file has one, its URI, which the feature&apos;s id is made from</source>
        <translation>%1: لا @id: لكل مكان في ملف Linked Places معرّف @id، وهو عنوان URI الخاص به، ومنه يُصنع معرّف المعلم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the same @id as features[%2] (line %3): each place&apos;s @id is its own</source>
        <translation>%1: له @id نفسه الذي لـ features[%2] ‏(السطر %3): لكل مكان @id خاص به</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;names&quot; is not a list of toponyms</source>
        <translation>%1: &quot;names&quot; ليست قائمة أسماء أماكن</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no geometry: a feature of a layer needs one (a Point, LineString or Polygon, their Multi- forms, or a GeometryCollection of them)</source>
        <translation>%1: بلا شكل هندسي: يحتاج معلم الطبقة إلى شكل (Point أو LineString أو Polygon، أو صيغها Multi-، أو GeometryCollection منها)</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n toponym(s) without a language (&quot;lang&quot;) were not kept as names</source>
        <translation>
            <numerusform>%n من أسماء الأماكن بلا لغة (&quot;lang&quot;) لم تُحفظ أسماءً</numerusform>
            <numerusform>اسم مكان واحد (%n) بلا لغة (&quot;lang&quot;) لم يُحفظ اسمًا</numerusform>
            <numerusform>اسما مكانين (%n) بلا لغة (&quot;lang&quot;) لم يُحفظا اسمين</numerusform>
            <numerusform>%n أسماء أماكن بلا لغة (&quot;lang&quot;) لم تُحفظ أسماءً</numerusform>
            <numerusform>%n اسمَ مكان بلا لغة (&quot;lang&quot;) لم تُحفظ أسماءً</numerusform>
            <numerusform>%n اسم مكان بلا لغة (&quot;lang&quot;) لم تُحفظ أسماءً</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n من المناطق</numerusform>
            <numerusform>منطقة واحدة (%n)</numerusform>
            <numerusform>منطقتان (%n)</numerusform>
            <numerusform>%n مناطق</numerusform>
            <numerusform>%n منطقةً</numerusform>
            <numerusform>%n منطقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n من الخطوط</numerusform>
            <numerusform>خط واحد (%n)</numerusform>
            <numerusform>خطان (%n)</numerusform>
            <numerusform>%n خطوط</numerusform>
            <numerusform>%n خطًّا</numerusform>
            <numerusform>%n خط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n من النقاط</numerusform>
            <numerusform>نقطة واحدة (%n)</numerusform>
            <numerusform>نقطتان (%n)</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطةً</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s): %1</source>
        <translation>
            <numerusform>%n من الأماكن: %1</numerusform>
            <numerusform>مكان واحد (%n): %1</numerusform>
            <numerusform>مكانان (%n): %1</numerusform>
            <numerusform>%n أماكن: %1</numerusform>
            <numerusform>%n مكانًا: %1</numerusform>
            <numerusform>%n مكان: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gis/package/import/placesimport.cpp" line="-209"/>
        <source>cannot create %1</source>
        <translation>تعذّر إنشاء %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot copy %1</source>
        <translation>تعذّر نسخ %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>layer id &quot;%1&quot;: letters, digits, _ and -, as places_1871</source>
        <translation>معرّف الطبقة «%1»: حروف وأرقام و_ و-، مثل places_1871</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the package has a layer &quot;%1&quot; already: choose another id with --layer, or replace it with --replace</source>
        <translation>في الحزمة طبقة «%1» من قبل: اختر معرّفًا آخر بـ --layer، أو استبدلها بـ --replace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot find layer &quot;%1&quot; in the manifest&apos;s text to replace it</source>
        <translation>تعذّر العثور على الطبقة «%1» في نص ملف البيان لاستبدالها</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is there already, named by no layer: move it away, or choose another layer id with --layer</source>
        <translation>الملف موجود من قبل، ولا تسمّيه أي طبقة: انقله من مكانه، أو اختر معرّف طبقة آخر بـ --layer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is layer &quot;%1&quot;&apos;s: choose another layer id with --layer</source>
        <translation>الملف ملف الطبقة «%1»: اختر معرّف طبقة آخر بـ --layer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Linked Places, %1</source>
        <translation>Linked Places، %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Places from %1</source>
        <translation>أماكن من %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot write a scratch copy of the package to check the layer in it: %1</source>
        <translation>تتعذّر كتابة نسخة مؤقتة من الحزمة للتحقق من الطبقة فيها: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the package does not load with the new layer</source>
        <translation>لا تُحمَّل الحزمة مع الطبقة الجديدة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the folder layers (nothing was changed)</source>
        <translation>تعذّر إنشاء المجلد layers (لم يتغيّر شيء)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write: %1; and %2 could not be put back as it was</source>
        <translation>تتعذّر الكتابة: %1؛ وتعذّرت إعادة %2 إلى ما كان عليه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, the replaced layer&apos;s file, is named by the manifest no more: delete it when you no longer need it</source>
        <translation>%1، ملف الطبقة المستبدَلة، لم يعد ملف البيان يسمّيه: احذفه حين لا تعود بحاجة إليه</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgfeaturefetch.cpp" line="-4"/>
        <source>unsupported geometry type</source>
        <translation>نوع هندسة غير مدعوم</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgstudytables.cpp" line="+12"/>
        <source>period map &quot;%1&quot;: %2 is not in schema &quot;%3&quot;</source>
        <translation>خريطة الحقبة «%1»: %2 ليس في المخطط «%3»</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>the manifest of schema &quot;%1&quot; cannot be read</source>
        <translation>تعذّرت قراءة بيان المخطط «%1»</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgstatequery.cpp" line="+53"/>
        <location filename="../gis/package/postgis/pgviewquery.cpp" line="+44"/>
        <source>layer &quot;%1&quot; has no table in schema &quot;%2&quot;</source>
        <translation>الطبقة «%1» ليس لها جدول في المخطط «%2»</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgtablerows.cpp" line="+48"/>
        <source>cannot write a temporary file for the rows of %1: %2</source>
        <translation>تعذّرت كتابة ملف مؤقت لصفوف %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the row with dpa_row %1: %2</source>
        <extracomment>%1 is the row&apos;s id in the database table (its dpa_row column), %2 what is wrong</extracomment>
        <translation>الصف ذو dpa_row %1: %2</translation>
    </message>
    <message>
        <location filename="../gis/package/postgis/pgviewquery.cpp" line="-28"/>
        <source>the view to read from the database is empty</source>
        <translation>العرض المطلوب قراءته من قاعدة البيانات فارغ</translation>
    </message>
</context>
<context>
    <name>dpa</name>
    <message>
        <location filename="../gis/io/geometryfix.cpp" line="-158"/>
        <source>its outline touches itself or doubles back (a spike or a pinched loop)</source>
        <translation>حدّه الخارجي يمسّ نفسه أو يرتدّ على نفسه (نتوء أو عقدة مختنقة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its outline crosses itself</source>
        <translation>حدّه الخارجي يقطع نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside its outline</source>
        <translation>ثقب يقع خارج حدّه الخارجي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies inside another hole</source>
        <translation>ثقب يقع داخل ثقب آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its holes cut it into pieces</source>
        <translation>ثقوبه تقطّعه إلى أجزاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of its parts lies inside another</source>
        <translation>أحد أجزائه يقع داخل جزء آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is repeated</source>
        <translation>حلقة مكرّرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring has too few distinct points to enclose an area</source>
        <translation>حلقة نقاطها المتمايزة أقل من أن تحيط بمساحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coordinate is not a number</source>
        <translation>إحداثي ليس عددًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is not closed</source>
        <translation>حلقة غير مغلقة</translation>
    </message>
    <message>
        <location filename="../gis/model/claimchecks.cpp" line="+47"/>
        <source>the shares of %1 in force on this claim&apos;s start add up to %2, more than 1 (with line(s) %3)</source>
        <translation>حصص %1 السارية عند بداية هذه المطالبة مجموعها %2، أي أكثر من 1 (مع السطر/الأسطر %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>occupation by &quot;%1&quot; while &quot;%2&quot; of the same bloc holds or claims %3 (line %4): an occupier is a foreign force; use control for one&apos;s own camp</source>
        <translation>احتلال من قِبل «%1» بينما «%2» من المعسكر نفسه يسيطر على %3 أو يطالب به (السطر %4): المحتلّ قوة أجنبية؛ استعمل control لمعسكر المرء نفسه</translation>
    </message>
</context>
<context>
    <name>dpa::ApplyClaimDialog</name>
    <message>
        <location filename="../app/desktop/editing/applyclaimdialog.cpp" line="+17"/>
        <source>Apply Claim</source>
        <translation>تطبيق مطالبة</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>To %n feature(s): %1</source>
        <translation>
            <numerusform>على %n من المعالم: %1</numerusform>
            <numerusform>على معلم واحد (%n): %1</numerusform>
            <numerusform>على معلمين (%n): %1</numerusform>
            <numerusform>على %n معالم: %1</numerusform>
            <numerusform>على %n معلمًا: %1</numerusform>
            <numerusform>على %n معلم: %1</numerusform>
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
        <translation>ال&amp;سلطة:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1871-03-19, 1871-03~, .. for open</source>
        <translation>1871-03-19، 1871-03~، .. للطرف المفتوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>ال&amp;بداية:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty or .. when still in force</source>
        <translation>فارغ أو .. إن كانت ما تزال سارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>ال&amp;نهاية:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Confidence:</source>
        <translation>درجة ال&amp;ثقة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the part it controls, 0–1 (control of a divided feature only)</source>
        <translation>الجزء الذي تسيطر عليه، 0–1 (لسيطرة على معلم مقسّم فقط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hare:</source>
        <translation>ال&amp;حصة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ources:</source>
        <translation>ال&amp;مصادر:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tick the source(s) that support the claim: every claim needs one.</source>
        <translation>حدّد المصدر/المصادر التي تسند المطالبة: كل مطالبة تحتاج إلى مصدر.</translation>
    </message>
</context>
<context>
    <name>dpa::BasemapDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/basemapdialog.cpp" line="+19"/>
        <source>Basemap</source>
        <translation>خريطة الأساس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show web tiles under the map</source>
        <translation>عرض بلاطات الويب تحت الخريطة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An XYZ tile address with {z}, {x} and {y} (https://, or file:// for a folder of tiles), or WMTS: followed by a service&apos;s capabilities address</source>
        <translation>عنوان بلاطات XYZ يحوي {z} و{x} و{y} (‏https://، أو file:// لمجلد بلاطات)، أو WMTS: متبوعًا بعنوان قدرات (capabilities) الخدمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credited on the map and on every export, as the tile provider&apos;s licence requires</source>
        <translation>يُذكر على الخريطة وفي كل تصدير، كما يشترط ترخيص مزوّد البلاطات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deepest zoom level the service has; closer in, its deepest tiles are enlarged</source>
        <translation>أعمق مستوى تكبير لدى الخدمة؛ وعند التكبير أكثر تُكبَّر أعمق بلاطاتها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tile address:</source>
        <translation>عنوان البلاطات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit:</source>
        <translation>الإسناد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deepest zoom:</source>
        <translation>أعمق تكبير:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity:</source>
        <translation>العتامة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use OpenStreetMap</source>
        <translation>استعمال OpenStreetMap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tiles come from the network when the map is drawn and are kept in %1. The map draws without them when the service cannot be reached.</source>
        <translation>تُجلب البلاطات من الشبكة عند رسم الخريطة وتُحفظ في %1. وتُرسم الخريطة بدونها إذا تعذّر الوصول إلى الخدمة.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseAuthoritiesPage</name>
    <message>
        <location filename="../app/desktop/dialogs/newcasestudypages.cpp" line="+365"/>
        <source>Authorities</source>
        <translation>السلطات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who claimed or held the ground: a government, a soviet, an army. Authorities of one bloc are one camp; dual power is between rival blocs.</source>
        <translation>من طالب بالأرض أو سيطر عليها: حكومة، سوفيت، جيش. السلطات المنتمية إلى معسكر واحد طرف واحد؛ وازدواجية السلطة تقوم بين معسكرات متنافسة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bloc (optional)</source>
        <translation>المعسكر (اختياري)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Authority</source>
        <translation>إ&amp;ضافة سلطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vermilion</source>
        <translation>قرمزي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bluish green</source>
        <translation>أخضر مزرق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reddish purple</source>
        <translation>أرجواني محمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sky blue</source>
        <translation>أزرق سماوي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>black</source>
        <translation>أسود</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add at least one authority: every claim names one.</source>
        <translation>أضف سلطة واحدة على الأقل: كل مطالبة تذكر سلطة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 needs a name.</source>
        <translation>الصف %1 يحتاج إلى اسم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: the id &quot;%2&quot; is not usable: lower-case letters, digits and _.</source>
        <translation>الصف %1: المعرّف «%2» غير صالح للاستعمال: حروف لاتينية صغيرة وأرقام و_.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: the id &quot;%2&quot; is already used.</source>
        <translation>الصف %1: المعرّف «%2» مستعمل من قبلُ.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseCrsPage</name>
    <message>
        <location line="-161"/>
        <source>Map projection</source>
        <translation>إسقاط الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The projected coordinate system the map is drawn and measured in. The ones suggested suit the layers&apos; extent, the best first; search for any other by name or EPSG code.</source>
        <translation>نظام الإحداثيات المُسقَط الذي تُرسم به الخريطة وتُقاس. الأنظمة المقترحة تلائم امتداد الطبقات، وأفضلها أولًا؛ وابحث عن أي نظام آخر باسمه أو برمز EPSG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search, e.g. Lambert, UTM 34N or 23700</source>
        <translation>ابحث، مثلًا: Lambert أو UTM 34N أو 23700</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — suggested for these layers</source>
        <translation>%1 — مقترح لهذه الطبقات</translation>
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
        <translation>دراسة الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its title, a short id for folders and the command line, and the period it covers.</source>
        <translation>عنوانها، ومعرّف قصير للمجلدات وسطر الأوامر، والفترة التي تغطيها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Budapest, autumn 1956</source>
        <translation>مثلًا: بودابست، خريف 1956</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower case, digits and -</source>
        <translation>حروف لاتينية صغيرة وأرقام و-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first date, e.g. 1956-10-23</source>
        <translation>أول تاريخ، مثلًا 1956-10-23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date, e.g. 1956-11-11</source>
        <translation>آخر تاريخ، مثلًا 1956-11-11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gregorian</source>
        <translation>الغريغوري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Julian</source>
        <translation>اليولياني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Julian until 14 Feb 1918, then Gregorian (Russia)</source>
        <translation>اليولياني حتى 14 فبراير 1918، ثم الغريغوري (روسيا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>ال&amp;معرّف:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Calendar of the dates:</source>
        <translation>&amp;تقويم التواريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates as historians write them: 1917, 1917-10, 1917-10-25, with ~ when approximate and ? when uncertain (datasets/README.md explains them).</source>
        <translation>التواريخ كما يكتبها المؤرخون: 1917، 1917-10، 1917-10-25، مع ~ للتقريبي و? للمشكوك فيه (يشرحها datasets/README.md).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The id &quot;%1&quot; is not usable: lower-case letters, digits and -, as budapest-1956.</source>
        <translation>المعرّف «%1» غير صالح للاستعمال: حروف لاتينية صغيرة وأرقام و-، مثل budapest-1956.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First date &quot;%1&quot;: %2</source>
        <translation>أول تاريخ «%1»: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last date &quot;%1&quot;: %2</source>
        <translation>آخر تاريخ «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>الفترة تنتهي قبل أن تبدأ.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseLayersPage</name>
    <message>
        <location line="+24"/>
        <source>Every feature of this layer is a&amp;pproximate (e.g. modern boundaries standing in for the period&apos;s): drawn with dashed outlines</source>
        <translation>كل معالم هذه الطبقة &amp;تقريبية (مثلًا حدود حديثة تحلّ محل حدود تلك الحقبة): تُرسم بحدود متقطعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The districts, barracks or places that authorities claimed, from vector files: GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf or CSV with a WKT column.</source>
        <translation>الأحياء أو الثكنات أو الأماكن التي طالبت بها السلطات، من ملفات متجهية: GeoJSON أو GeoPackage أو Shapefile أو KML أو FlatGeobuf أو CSV بعمود WKT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Files…</source>
        <translation>إ&amp;ضافة ملفات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Id field (unique per feature):</source>
        <translation>حقل ال&amp;معرّف (فريد لكل معلم):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name field:</source>
        <translation>حقل الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add Layers</source>
        <translation>إضافة طبقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv);;All files (*)</source>
        <translation>ملفات متجهية (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 — %n feature(s)</source>
        <translation>
            <numerusform>%1 — %n من المعالم</numerusform>
            <numerusform>%1 — معلم واحد (%n)</numerusform>
            <numerusform>%1 — معلمان (%n)</numerusform>
            <numerusform>%1 — %n معالم</numerusform>
            <numerusform>%1 — %n معلمًا</numerusform>
            <numerusform>%1 — %n معلم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: no field has a distinct value in every feature by the usual names; choose the id field.</source>
        <translation>%1: لا حقل بالأسماء المعتادة له قيمة مميزة في كل معلم؛ اختر حقل المعرّف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is empty or repeated in some features; choose a field that identifies each one.</source>
        <translation>%1: «%2» فارغ أو مكرّر في بعض المعالم؛ اختر حقلًا يميّز كل معلم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one file.</source>
        <translation>أضف ملفًّا واحدًا على الأقل.</translation>
    </message>
</context>
<context>
    <name>dpa::CaseWritePage</name>
    <message>
        <location line="+207"/>
        <source>Create the case study</source>
        <translation>إنشاء دراسة الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package is checked by the validator before its folder appears; nothing is written if it would not be valid.</source>
        <translation>يفحص المدقِّق الحزمة قبل أن يظهر مجلدها؛ ولا يُكتب شيء إن لم تكن صالحة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفّح…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder (new or empty):</source>
        <translation>ال&amp;مجلد (جديد أو فارغ):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder of the New Case Study</source>
        <translation>مجلد دراسة الحالة الجديدة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File &gt; New Case Study</source>
        <translation>ملف &gt; دراسة حالة جديدة</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>&quot;%1&quot; (%2), %3 to %4: %n layer(s) with %5 features, in %6, with %7 authorities. Then add claims to claims.csv and sources to sources.csv, and complete SOURCES.md with the data&apos;s licences.</source>
        <translation>
            <numerusform>«%1» (%2)، من %3 إلى %4: %n من الطبقات فيها %5 من المعالم، بـ %6، مع %7 من السلطات. ثم أضف المطالبات إلى claims.csv والمصادر إلى sources.csv، وأكمل SOURCES.md بتراخيص البيانات.</numerusform>
            <numerusform>«%1» (%2)، من %3 إلى %4: طبقة واحدة (%n) فيها %5 من المعالم، بـ %6، مع %7 من السلطات. ثم أضف المطالبات إلى claims.csv والمصادر إلى sources.csv، وأكمل SOURCES.md بتراخيص البيانات.</numerusform>
            <numerusform>«%1» (%2)، من %3 إلى %4: طبقتان (%n) فيهما %5 من المعالم، بـ %6، مع %7 من السلطات. ثم أضف المطالبات إلى claims.csv والمصادر إلى sources.csv، وأكمل SOURCES.md بتراخيص البيانات.</numerusform>
            <numerusform>«%1» (%2)، من %3 إلى %4: %n طبقات فيها %5 من المعالم، بـ %6، مع %7 من السلطات. ثم أضف المطالبات إلى claims.csv والمصادر إلى sources.csv، وأكمل SOURCES.md بتراخيص البيانات.</numerusform>
            <numerusform>«%1» (%2)، من %3 إلى %4: %n طبقةً فيها %5 من المعالم، بـ %6، مع %7 من السلطات. ثم أضف المطالبات إلى claims.csv والمصادر إلى sources.csv، وأكمل SOURCES.md بتراخيص البيانات.</numerusform>
            <numerusform>«%1» (%2)، من %3 إلى %4: %n طبقة فيها %5 من المعالم، بـ %6، مع %7 من السلطات. ثم أضف المطالبات إلى claims.csv والمصادر إلى sources.csv، وأكمل SOURCES.md بتراخيص البيانات.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was written:
</source>
        <translation>لم يُكتب شيء:
</translation>
    </message>
</context>
<context>
    <name>dpa::ChartPanel</name>
    <message>
        <location filename="../app/desktop/panels/chartpanel.cpp" line="+74"/>
        <source>Share of area by status: dual power, divided, occupied, contested, hand-over (stacked)</source>
        <translation>نسبة المساحة حسب الوضع: ازدواجية السلطة، مقسّم، محتلّ، متنازع عليه، تسليم السلطة (متراكمة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area each authority holds de facto (km²; by share where divided)</source>
        <translation>المساحة التي تسيطر عليها كل سلطة بحكم الواقع (كم²؛ حسب الحصة في المقسّم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front length per pair of authorities (km)</source>
        <translation>طول الجبهة لكل زوج من السلطات (كم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to go to that date</source>
        <translation>انقر للانتقال إلى ذلك التاريخ</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>date (Gregorian)</source>
        <translation>التاريخ (الغريغوري)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>share of the area</source>
        <translation>نسبة المساحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>km²</source>
        <translation>كم²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>km</source>
        <translation>كم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>current date</source>
        <translation>التاريخ الحالي</translation>
    </message>
</context>
<context>
    <name>dpa::ClaimHistoryView</name>
    <message>
        <location filename="../app/desktop/panels/claimhistoryview.cpp" line="+43"/>
        <source>%1 — %2, %3 (confidence %4)</source>
        <translation>%1 — %2، %3 (الثقة %4)</translation>
    </message>
</context>
<context>
    <name>dpa::ControlStatus</name>
    <message>
        <location filename="../gis/model/controlstatus.cpp" line="+16"/>
        <source>Unknown</source>
        <translation>مجهول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>تحت سيطرة طرف واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual power</source>
        <translation>ازدواجية السلطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divided</source>
        <translation>مقسّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied</source>
        <translation>محتلّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contested</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over</source>
        <translation>تسليم السلطة</translation>
    </message>
</context>
<context>
    <name>dpa::DatabaseView</name>
    <message>
        <location filename="../app/desktop/databaseview.cpp" line="+52"/>
        <source>%1 has %L2 features, but was pushed before the database kept the look-ups a view is read with: it is read whole. Push it again (dpatlas-cli push --replace) to open it by view.</source>
        <translation>في %1 ‏%L2 معلمًا، لكنه أُرسل قبل أن تحفظ قاعدة البيانات الفهارس التي يُقرأ بها العرض: لذا يُقرأ كاملًا. أرسله مرة أخرى (dpatlas-cli push --replace) لفتحه حسب العرض.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot make a temporary folder for the period maps: %1</source>
        <translation>تعذّر إنشاء مجلد مؤقت لخرائط الحقبة: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the case study in the database no longer has its time index (it was pushed again with an older version?): open it again to read it whole</source>
        <translation>لم يعد لدراسة الحالة في قاعدة البيانات فهرسها الزمني (هل أُرسلت مرة أخرى بإصدار أقدم؟): افتحها مرة أخرى لقراءتها كاملة</translation>
    </message>
</context>
<context>
    <name>dpa::EditMode</name>
    <message>
        <location filename="../app/desktop/editing/editmode.cpp" line="+62"/>
        <source>&amp;Edit Case Study</source>
        <translation>&amp;تحرير دراسة الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;Claim…</source>
        <translation>تطبيق &amp;مطالبة…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+22"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+70"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+113"/>
        <source>Edit Case Study</source>
        <translation>تحرير دراسة الحالة</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>&amp;Undo %1</source>
        <comment>%1: the edit, as &quot;Edit role in claims.csv&quot;</comment>
        <translation>ت&amp;راجع عن %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <comment>%1: the edit, as &quot;Edit role in claims.csv&quot;</comment>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open a case study first.</source>
        <translation>افتح دراسة حالة أولًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case study is too large to read whole, so only the features in view were read from the database, and it cannot be edited here. Edit it in the database (QGIS, SQL), or pull it into a folder (dpatlas-cli pull) and edit that.</source>
        <translation>دراسة الحالة هذه أكبر من أن تُقرأ كاملة، لذا لم تُقرأ من قاعدة البيانات إلا المعالم الظاهرة في العرض، ولا يمكن تحريرها هنا. حرّرها في قاعدة البيانات (QGIS أو SQL)، أو اسحبها إلى مجلد (dpatlas-cli pull) وحرّره.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a case study packed into one GeoPackage, which is not edited in place. Unpack it (dpatlas-cli unpack) and open the folder.</source>
        <translation>%1 دراسة حالة محزومة في ملف GeoPackage واحد، ولا تُحرَّر في موضعها. فكّها (dpatlas-cli unpack) وافتح المجلد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The tables cannot be edited:
%1</source>
        <translation>لا يمكن تحرير الجداول:
%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+15"/>
        <source>Autosaved edits</source>
        <translation>تعديلات محفوظة تلقائيًا</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Unsaved edits to %1 from %2 were autosaved, but %3 changed on disk since, so they are not applied.</source>
        <translation>حُفظت تلقائيًا تعديلات غير محفوظة على %1 من %2، لكن %3 تغيّر على القرص منذئذ، فلم تُطبَّق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the autosaved tables in %1 to compare them with the package&apos;s?</source>
        <translation>هل تُبقي الجداول المحفوظة تلقائيًا في %1 لمقارنتها بجداول الحزمة؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the Files</source>
        <translation>إبقاء الملفات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Autosaved tables kept in %1</source>
        <translation>أُبقيت الجداول المحفوظة تلقائيًا في %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recover unsaved edits from %1?</source>
        <translation>هل تستعيد التعديلات غير المحفوظة من %1؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edits to %1 were not saved when the app last ended; they were autosaved at %2.</source>
        <translation>لم تُحفظ التعديلات على %1 حين أُغلق التطبيق آخر مرة؛ وقد حُفظت تلقائيًا في %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The edits cannot be recovered:
%1</source>
        <translation>تتعذّر استعادة التعديلات:
%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Autosave failed: %1</source>
        <translation>فشل الحفظ التلقائي: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Unsaved edits</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edits to %1 are not saved.</source>
        <translation>التعديلات على %1 غير محفوظة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save them to the package&apos;s tables before going on?</source>
        <translation>هل تحفظها في جداول الحزمة قبل المتابعة؟</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved to the database</source>
        <translation>حُفظ في قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>dpa::EditPanel</name>
    <message>
        <location filename="../app/desktop/editing/editpanel.cpp" line="+23"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claims</source>
        <translation>المطالبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Filter: feature, authority or role (claims); any column (events, sources)</source>
        <translation>تصفية: المعلم أو السلطة أو الدور (المطالبات)؛ أي عمود (الأحداث، المصادر)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line in the file</source>
        <translation>السطر في الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Row</source>
        <translation>إ&amp;ضافة صف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Rows</source>
        <translation>&amp;حذف الصفوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;Claim…</source>
        <translation>تطبيق &amp;مطالبة…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Highlight rows in force on %1</source>
        <translation>إبراز الصفوف السارية في %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight rows in force</source>
        <translation>إبراز الصفوف السارية</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Click features on the map (Ctrl+click for more) to apply a claim to them.</source>
        <translation>انقر معالم على الخريطة (Ctrl+نقر لمزيد منها) لتطبيق مطالبة عليها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected: %1</source>
        <translation>المحدَّد: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems: the package is valid as edited.</source>
        <translation>لا مشكلات: الحزمة صالحة بعد التحرير.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s); click one to see its row:</source>
        <translation>
            <numerusform>%n من المشكلات؛ انقر إحداها لترى صفّها:</numerusform>
            <numerusform>مشكلة واحدة (%n)؛ انقرها لترى صفّها:</numerusform>
            <numerusform>مشكلتان (%n)؛ انقر إحداهما لترى صفّها:</numerusform>
            <numerusform>%n مشكلات؛ انقر إحداها لترى صفّها:</numerusform>
            <numerusform>%n مشكلةً؛ انقر إحداها لترى صفّها:</numerusform>
            <numerusform>%n مشكلة؛ انقر إحداها لترى صفّها:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::EditSession</name>
    <message numerus="yes">
        <location filename="../app/desktop/editing/editsession.cpp" line="+48"/>
        <source>Apply claim to %n feature(s)</source>
        <translation>
            <numerusform>تطبيق مطالبة على %n من المعالم</numerusform>
            <numerusform>تطبيق مطالبة على معلم واحد (%n)</numerusform>
            <numerusform>تطبيق مطالبة على معلمين (%n)</numerusform>
            <numerusform>تطبيق مطالبة على %n معالم</numerusform>
            <numerusform>تطبيق مطالبة على %n معلمًا</numerusform>
            <numerusform>تطبيق مطالبة على %n معلم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n row(s) of %1</source>
        <translation>
            <numerusform>حذف %n من صفوف %1</numerusform>
            <numerusform>حذف صف واحد (%n) من %1</numerusform>
            <numerusform>حذف صفّين (%n) من %1</numerusform>
            <numerusform>حذف %n صفوف من %1</numerusform>
            <numerusform>حذف %n صفًّا من %1</numerusform>
            <numerusform>حذف %n صف من %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a row to %1</source>
        <translation>إضافة صف إلى %1</translation>
    </message>
</context>
<context>
    <name>dpa::EditTableModel</name>
    <message>
        <location filename="../app/desktop/editing/edittablemodel.cpp" line="+24"/>
        <source>Layer</source>
        <comment>column of claims.csv: the feature&apos;s layer</comment>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <comment>column of claims.csv: the feature&apos;s id</comment>
        <translation>المعلم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <comment>column of claims.csv</comment>
        <translation>السلطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <comment>column of claims.csv: control, claim, contested…</comment>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <comment>column of claims.csv: the date a claim begins</comment>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <comment>column of claims.csv: the date a claim ends</comment>
        <translation>النهاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <comment>column of claims.csv: high, medium, low</comment>
        <translation>الثقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <comment>column of claims.csv and events.csv: the ids of the sources cited</comment>
        <translation>المصادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <comment>column of claims.csv</comment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <comment>column of claims.csv: the part of a divided feature a camp controls</comment>
        <translation>الحصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <comment>column of events.csv and sources.csv: the row&apos;s identifier</comment>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <comment>column of events.csv</comment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <comment>column of events.csv: the event&apos;s title</comment>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <comment>column of events.csv: what happened</comment>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features</source>
        <comment>column of events.csv: the features an event touches</comment>
        <translation>المعالم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <comment>column of sources.csv: the bibliographic reference</comment>
        <translation>الإحالة المرجعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <comment>column of sources.csv: the source&apos;s web address</comment>
        <translation>الرابط</translation>
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
        <translation>العمود «%1» من %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit %1 in %2</source>
        <translation>تحرير %1 في %2</translation>
    </message>
</context>
<context>
    <name>dpa::EventsPanel</name>
    <message>
        <location filename="../app/desktop/panels/eventspanel.cpp" line="+72"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
</context>
<context>
    <name>dpa::ExportAnimationDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportanimationdialog.cpp" line="+42"/>
        <source>Export Animation</source>
        <translation>تصدير حركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number and a unit: h (hours), d (days), w (weeks), m (months), y (years)</source>
        <translation>عدد ووحدة: h (ساعات)، d (أيام)، w (أسابيع)، m (أشهر)، y (سنوات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM, %1 calendar, as in the package</source>
        <translation>YYYY-MM-DD أو YYYY-MM-DDTHH:MM، بالتقويم %1، كما في الحزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step:</source>
        <translation>الخطوة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame size:</source>
        <translation>حجم الإطار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> frames/s</source>
        <translation> إطار/ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate:</source>
        <translation>معدل الإطارات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG frames into a new folder (instead of a GIF or video file)</source>
        <translation>إطارات PNG في مجلد جديد (بدلًا من ملف GIF أو فيديو)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Folder in which to create the frames folder</source>
        <translation>المجلد الذي يُنشأ فيه مجلد الإطارات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Animated GIF (*.gif);;MP4 video, H.264 (*.mp4);;WebM video, VP9 (*.webm)</source>
        <translation>GIF متحرّك (*.gif);;فيديو MP4، H.264 (*.mp4);;فيديو WebM، VP9 (*.webm)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a day: write YYYY-MM-DD</source>
        <translation>«%1» ليس يومًا: اكتب YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2 frames)</source>
        <translation>%1 (الإطارات: %2)</translation>
    </message>
</context>
<context>
    <name>dpa::ExportImageDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportimagedialog.cpp" line="+61"/>
        <source>Export Image</source>
        <translation>تصدير صورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom size</source>
        <translation>حجم مخصّص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A page sets the size from the resolution: A4 at 150 dpi is 1240 × 1754 pixels</source>
        <translation>تحدّد الصفحة الحجم من الدقة: A4 بدقة 150 نقطة في البوصة تساوي 1240 × 1754 بكسل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page:</source>
        <translation>الصفحة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dpi</source>
        <translation> نقطة/بوصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 × %2 cm in print</source>
        <translation>%1 × %2 سم عند الطباعة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Resolution:</source>
        <translation>الدقة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview:</source>
        <translation>معاينة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map as on screen, with title, date, legend, scale bar, north arrow and credits. PNG is a picture; SVG and PDF are vector paths an illustrator can edit.</source>
        <translation>الخريطة كما على الشاشة، مع العنوان والتاريخ ومفتاح الخريطة ومقياس الرسم وسهم الشمال والإسنادات. PNG صورة؛ وSVG وPDF مسارات متجهية يستطيع الرسام تحريرها.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the picture .png, .svg or .pdf.</source>
        <translation>سمِّ الصورة ‎.png أو ‎.svg أو ‎.pdf.</translation>
    </message>
</context>
<context>
    <name>dpa::ExportJobDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportjobdialog.cpp" line="+55"/>
        <source>Browse…</source>
        <translation>تصفّح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to:</source>
        <translation>الحفظ في:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Choose where to save first.</source>
        <translation>اختر مكان الحفظ أولًا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote %1</source>
        <translation>كُتب %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: nothing was written.</source>
        <translation>أُلغي: لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed.</source>
        <translation>فشل التصدير.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>dpa::ExportLayerDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportlayerdialog.cpp" line="+42"/>
        <source>Export Layer</source>
        <translation>تصدير طبقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Timeline</source>
        <translation>تصدير الخط الزمني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control state of every feature</source>
        <translation>وضع السيطرة لكل معلم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Territory of each authority</source>
        <translation>أراضي كل سلطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Front lines</source>
        <translation>خطوط الجبهة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content:</source>
        <translation>المحتوى:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per claim, with start and end as date-time fields (QGIS&apos;s Temporal Controller plays them; KML gets TimeSpan for Google Earth).</source>
        <translation>صف واحد لكل مطالبة، ببدايتها ونهايتها في حقلي تاريخ ووقت (يعرضها Temporal Controller في QGIS؛ ويحصل KML على TimeSpan لـ Google Earth).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All layers</source>
        <translation>كل الطبقات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer:</source>
        <translation>الطبقة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case study&apos;s: %1</source>
        <translation>نظام دراسة الحالة: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPSG:4326, EPSG:3857, a PROJ string or WKT. GeoJSON and KML are always WGS 84.</source>
        <translation>EPSG:4326 أو EPSG:3857 أو سلسلة PROJ أو WKT. يكون GeoJSON وKML دائمًا بنظام WGS 84.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRS:</source>
        <translation>CRS:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;FlatGeobuf (*.fgb);;CSV with WKT (*.csv)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;FlatGeobuf (*.fgb);;CSV مع WKT (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the file .gpkg, .geojson, .shp, .kml, .fgb or .csv.</source>
        <translation>سمِّ الملف ‎.gpkg أو ‎.geojson أو ‎.shp أو ‎.kml أو ‎.fgb أو ‎.csv.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 records in %2 files, one per layer: %3</source>
        <translation>%1 من السجلات في %2 من الملفات، ملف لكل طبقة: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 records)</source>
        <translation>%1 (السجلات: %2)</translation>
    </message>
</context>
<context>
    <name>dpa::ExportPackageDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/exportpackagedialog.cpp" line="+18"/>
        <source>Export Case Study as GeoPackage</source>
        <translation>تصدير دراسة الحالة بصيغة GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers, claims, events, sources, the manifest and the period maps of “%1” in one file. QGIS shows its layers and tables; Dual Power Atlas opens it like a folder.</source>
        <translation>الطبقات والمطالبات والأحداث والمصادر وملف البيان (manifest) والخرائط التاريخية لـ «%1» في ملف واحد. يعرض QGIS طبقاته وجداوله؛ ويفتحه أطلس ازدواجية السلطة كما يفتح مجلدًا.</translation>
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
        <translation>الإسناد الجغرافي لصورة ممسوحة — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Scan…</source>
        <translation>فتح &amp;صورة ممسوحة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Points…</source>
        <translation>فتح &amp;نقاط…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transformation:</source>
        <translation>التحويل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan a quarter to the left (Shift+R)</source>
        <translation>تدوير الصورة الممسوحة ربع دورة إلى اليسار (Shift+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan a quarter to the right (R)</source>
        <translation>تدوير الصورة الممسوحة ربع دورة إلى اليمين (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the scan&apos;s view to any angle (clockwise); the points stay on the scan&apos;s own pixels</source>
        <translation>تدوير عرض الصورة الممسوحة بأي زاوية (مع عقارب الساعة)؛ وتبقى النقاط على بكسلات الصورة نفسها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Scan&lt;/b&gt; — click a spot you can find on the map (wheel: zoom, drag: pan, drag a marker: move it)</source>
        <translation>&lt;b&gt;الصورة الممسوحة&lt;/b&gt; — انقر بقعة يمكنك إيجادها على الخريطة (العجلة: تكبير، السحب: تحريك، سحب علامة: نقلها)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Map&lt;/b&gt; — click the same spot here</source>
        <translation>&lt;b&gt;الخريطة&lt;/b&gt; — انقر البقعة نفسها هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Point</source>
        <translation>&amp;حذف النقطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the warped scan over the map</source>
        <translation>عرض الصورة الممسوحة المعاد إسقاطها فوق الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRS of the map coordinates you type and the table shows, e.g. EPSG:4326 for longitude and latitude; they are converted into the case study&apos;s CRS.</source>
        <translation>نظام الإحداثيات المرجعي لإحداثيات الخريطة التي تكتبها ويعرضها الجدول، مثلًا EPSG:4326 لخطّي الطول والعرض؛ وتُحوَّل إلى نظام الإحداثيات المرجعي لدراسة الحالة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Point</source>
        <translation>إ&amp;ضافة نقطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map coordinates in:</source>
        <translation>إحداثيات الخريطة بـ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type the map position of the spot clicked on the scan:</source>
        <translation>أو اكتب موضع البقعة المنقورة على الصورة الممسوحة في الخريطة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity:</source>
        <translation>العتامة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the map was made, e.g. 1836</source>
        <translation>متى رُسمت الخريطة، مثلًا 1836</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id:</source>
        <translation>المعرّف:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of the map:</source>
        <translation>تاريخ الخريطة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown from:</source>
        <translation>تُعرض من:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as Period &amp;Map</source>
        <translation>حفظ بوصفها &amp;خريطة تاريخية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Open a Scan</source>
        <translation>فتح صورة ممسوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.tif *.tiff *.jpg *.jpeg *.png *.jp2);;All files (*)</source>
        <translation>الصور (*.tif *.tiff *.jpg *.jpeg *.png *.jp2);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Control Points</source>
        <translation>فتح نقاط الضبط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control points (*.points *.csv)</source>
        <translation>نقاط الضبط (*.points *.csv)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open a scan to begin.</source>
        <translation>افتح صورة ممسوحة للبدء.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2 x %3 pixels. Click a spot on the scan, then the same spot on the map.</source>
        <translation>%1: %2 × %3 بكسل. انقر بقعة على الصورة الممسوحة، ثم البقعة نفسها على الخريطة.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 points.</source>
        <translation>%1: %2 من النقاط.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Now click the same spot on the map.</source>
        <translation>انقر الآن البقعة نفسها على الخريطة.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now click the same spot on the scan.</source>
        <translation>انقر الآن البقعة نفسها على الصورة الممسوحة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan x</source>
        <translation>x في الصورة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan y</source>
        <translation>y في الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map x (%1)</source>
        <translation>x في الخريطة (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map y (%1)</source>
        <translation>y في الخريطة (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual (px)</source>
        <translation>الباقي (بكسل)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual (m)</source>
        <translation>الباقي (م)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x in %1</source>
        <translation>x بـ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>y in %1</source>
        <translation>y بـ %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Outlier: its residual is more than %1 times the median. Was it clicked on the wrong spot?</source>
        <translation>نقطة شاذّة: باقيها يزيد على %1 أضعاف الوسيط. هل نُقرت في بقعة خاطئة؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RMS error: &lt;b&gt;%1 px&lt;/b&gt;, &lt;b&gt;%2 m&lt;/b&gt; over %3 points%4</source>
        <translation>خطأ جذر متوسط المربعات (RMS): &lt;b&gt;%1 بكسل&lt;/b&gt;، &lt;b&gt;%2 م&lt;/b&gt; على %3 من النقاط%4</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> — &lt;span style=&apos;color:#c00000&apos;&gt;%n outlier(s)&lt;/span&gt;</source>
        <translation>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;%n من النقاط الشاذّة&lt;/span&gt;</numerusform>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;نقطة شاذّة واحدة (%n)&lt;/span&gt;</numerusform>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;نقطتان شاذّتان (%n)&lt;/span&gt;</numerusform>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;%n نقاط شاذّة&lt;/span&gt;</numerusform>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;%n نقطةً شاذّة&lt;/span&gt;</numerusform>
            <numerusform> — &lt;span style=&apos;color:#c00000&apos;&gt;%n نقطة شاذّة&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>enable point %1</source>
        <translation>تفعيل النقطة %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disable point %1</source>
        <translation>تعطيل النقطة %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <location line="+63"/>
        <source>move point %1</source>
        <translation>نقل النقطة %1</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>no coordinate to pair with</source>
        <translation>لا إحداثي يُقرن به</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PROJ does not know the CRS &quot;%1&quot;, so coordinates are still typed in %2: %3</source>
        <translation>لا يعرف PROJ نظام الإحداثيات المرجعي «%1»، فما زالت الإحداثيات تُكتب بـ %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map coordinates are typed and shown in %1 (%2).</source>
        <translation>تُكتب إحداثيات الخريطة وتُعرض بـ %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click the spot on the scan first, then type its map coordinates.</source>
        <translation>انقر البقعة على الصورة الممسوحة أولًا، ثم اكتب إحداثياتها على الخريطة.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type both map coordinates as numbers (in %1).</source>
        <translation>اكتب إحداثيَّي الخريطة كليهما عددين (بـ %1).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a scan first.</source>
        <translation>افتح صورة ممسوحة أولًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id names the files: use letters, digits, - and _ only.</source>
        <translation>المعرّف يسمّي الملفات: استعمل الحروف والأرقام و- و_ فقط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the map a title that says how old it really is.</source>
        <translation>أعطِ الخريطة عنوانًا يقول كم هي قديمة حقًّا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a date the package understands: %2</source>
        <translation>«%1» ليس تاريخًا تفهمه الحزمة: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create %1</source>
        <translation>تعذّر إنشاء %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warping the scan…</source>
        <translation>جارٍ إعادة إسقاط الصورة الممسوحة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved %1 and %2; the case study is reloaded with the new period map.</source>
        <translation>حُفظ %1 و%2؛ وأُعيد تحميل دراسة الحالة بالخريطة التاريخية الجديدة.</translation>
    </message>
</context>
<context>
    <name>dpa::GeorefMapOverlay</name>
    <message>
        <location filename="../app/desktop/georef/georefmapoverlay.cpp" line="+100"/>
        <source>new</source>
        <translation>جديدة</translation>
    </message>
</context>
<context>
    <name>dpa::InspectorPanel</name>
    <message>
        <location filename="../app/desktop/panels/inspectorpanel.cpp" line="+22"/>
        <location line="+56"/>
        <source>Click a district, barracks or place on the map.</source>
        <translation>انقر حيًّا أو ثكنة أو مكانًا على الخريطة.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source> · approximate geometry</source>
        <translation> · شكل هندسي تقريبي</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>, %1 % of it</source>
        <translation>، %1 % منه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wikidata %1</source>
        <translation>Wikidata %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidence %1</source>
        <translation>الثقة %1</translation>
    </message>
</context>
<context>
    <name>dpa::KeyboardShortcuts</name>
    <message>
        <location filename="../app/desktop/keyboardshortcuts.cpp" line="+31"/>
        <source>play / pause</source>
        <translation>تشغيل / إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day back / forward</source>
        <translation>يوم إلى الوراء / إلى الأمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an hour back / forward</source>
        <translation>ساعة إلى الوراء / إلى الأمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a week back / forward</source>
        <translation>أسبوع إلى الوراء / إلى الأمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a month back / forward</source>
        <translation>شهر إلى الوراء / إلى الأمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous / next change</source>
        <translation>التغيير السابق / التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start / end of the period</source>
        <translation>بداية الفترة / نهايتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zoom in / out, also the mouse wheel (on the map: + and -); drag to pan</source>
        <translation>تكبير / تصغير، وبعجلة الفأرة أيضًا (على الخريطة: + و-)؛ اسحب للتحريك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study</source>
        <translation>دراسة الحالة كاملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search places and events</source>
        <translation>البحث في الأماكن والأحداث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>front lines</source>
        <translation>خطوط الجبهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a case study</source>
        <translation>فتح دراسة حالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the picture</source>
        <translation>تصدير الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit mode: the case study&apos;s tables</source>
        <translation>وضع التحرير: جداول دراسة الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo an edit</source>
        <translation>التراجع عن تعديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the edits</source>
        <translation>حفظ التعديلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how to read this map</source>
        <translation>كيف تقرأ هذه الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>dpa::LayersPanel</name>
    <message>
        <location filename="../app/desktop/panels/layerspanel.cpp" line="+49"/>
        <source>Opacity</source>
        <translation>العتامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw above the layer over it</source>
        <translation>الرسم فوق الطبقة التي تعلوها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw below the layer under it</source>
        <translation>الرسم تحت الطبقة التي تحتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to</source>
        <translation>تكبير إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame the map on the selected layer or period map (or double-click it)</source>
        <translation>تأطير الخريطة على الطبقة أو الخريطة التاريخية المحدَّدة (أو انقرها نقرًا مزدوجًا)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>water</source>
        <comment>layer kind: filled blue</comment>
        <translation>مياه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>river</source>
        <comment>layer kind: a blue line</comment>
        <translation>نهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>land</source>
        <comment>layer kind: pale fill</comment>
        <translation>يابسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>boundary</source>
        <comment>layer kind: a grey line</comment>
        <translation>حدود</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Layers (upper over lower; symbols and labels always on top)</source>
        <translation>الطبقات (العليا فوق السفلى؛ الرموز والتسميات دائمًا في الأعلى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period maps</source>
        <translation>الخرائط التاريخية</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>features</source>
        <translation>المعالم</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1
Shown from %2, under the districts: lower their opacity or hide them to read it. Double-click to zoom to it.</source>
        <translation>%1
تُعرض ابتداءً من %2، تحت الأحياء: خفّف عتامتها أو أخفِها لقراءتها. انقر نقرًا مزدوجًا للتكبير إليها.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>none in this package</source>
        <translation>لا شيء في هذه الحزمة</translation>
    </message>
</context>
<context>
    <name>dpa::LayoutOptionsForm</name>
    <message>
        <location filename="../app/desktop/dialogs/layoutoptionsform.cpp" line="+30"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle:</source>
        <translation>العنوان الفرعي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it covers no feature</source>
        <translation>حيث لا يغطي أي معلم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top left</source>
        <translation>أعلى اليسار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top right</source>
        <translation>أعلى اليمين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottom left</source>
        <translation>أسفل اليسار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom right</source>
        <translation>أسفل اليمين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beside the map</source>
        <translation>بجانب الخريطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No legend</source>
        <translation>بلا مفتاح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic: a corner of the map over no feature, or beside the map when every corner covers some</source>
        <translation>تلقائي: زاوية من الخريطة لا تغطي أي معلم، أو بجانب الخريطة إن كانت كل زاوية تغطي شيئًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend:</source>
        <translation>مفتاح الخريطة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inset map of the whole case study</source>
        <translation>خريطة مصغّرة لدراسة الحالة كاملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar and north arrow</source>
        <translation>مقياس الرسم وسهم الشمال</translation>
    </message>
</context>
<context>
    <name>dpa::LegendContents</name>
    <message>
        <location filename="../layers/render/legendcontents.cpp" line="+18"/>
        <source>Held by one camp</source>
        <translation>تحت سيطرة طرف واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual power: wide bands de facto, narrow de jure</source>
        <translation>ازدواجية السلطة: الأشرطة العريضة بحكم الواقع، والضيقة بحكم القانون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divided: each camp holds a part</source>
        <translation>مقسّم: كل معسكر يسيطر على جزء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied: bars of the occupying force</source>
        <translation>محتلّ: خطوط أفقية بلون القوة المحتلّة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contested: open fighting</source>
        <translation>متنازع عليه: قتال مفتوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over: dots of the outgoing holder</source>
        <translation>تسليم السلطة: نقاط صاحب السيطرة المغادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown: no claim in the sources</source>
        <translation>مجهول: لا مطالبة في المصادر</translation>
    </message>
</context>
<context>
    <name>dpa::LegendPanel</name>
    <message>
        <location filename="../app/desktop/panels/legendpanel.cpp" line="+60"/>
        <source>What the map shows</source>
        <translation>ما تعرضه الخريطة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pale: a title nobody enforces</source>
        <translation>باهت: حق قانوني لا يفرضه أحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An authority claims it (de jure) and nobody is recorded holding it</source>
        <translation>سلطة تطالب به (بحكم القانون) ولم يُسجَّل أن أحدًا يسيطر عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate boundary (dashed)</source>
        <translation>حدود تقريبية (متقطعة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The boundary stands in for the historical one (see the package&apos;s SOURCES.md)</source>
        <translation>الحدود تحلّ محل الحدود التاريخية (انظر SOURCES.md في الحزمة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paler: lower confidence</source>
        <translation>أبهت: ثقة أدنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fill is paler the lower the confidence of the claims in force</source>
        <translation>كلما انخفضت ثقة المطالبات السارية صار اللون أبهت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pennant: present without governing</source>
        <translation>راية: وجود بلا حكم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troops or officials present without governing (role presence)</source>
        <translation>قوات أو موظفون موجودون بلا حكم (الدور presence: وجود)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities (click to highlight)</source>
        <translation>السلطات (انقر للإبراز)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source> (no claim in force on this date)</source>
        <translation> (لا مطالبة سارية في هذا التاريخ)</translation>
    </message>
</context>
<context>
    <name>dpa::MainWindow</name>
    <message>
        <location filename="../app/desktop/mainwindow.cpp" line="+85"/>
        <location line="+907"/>
        <source>Dual Power Atlas</source>
        <translation>أطلس ازدواجية السلطة</translation>
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
        <translation>الإطار %1 ملّي ث</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legend</source>
        <translation>مفتاح الخريطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation>الفاحص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart</source>
        <translation>الرسم البياني</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Case Study…</source>
        <translation>دراسة حالة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Case Study…</source>
        <translation>&amp;فتح دراسة حالة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder…</source>
        <translation>فتح مجل&amp;د…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;GeoPackage…</source>
        <translation>فتح &amp;GeoPackage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open from &amp;Database…</source>
        <translation>فتح من &amp;قاعدة بيانات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent Case Studies</source>
        <translation>دراسات الحالة الأ&amp;خيرة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Layer…</source>
        <translation>تصدير &amp;طبقة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Timeline…</source>
        <translation>تصدير الخط ال&amp;زمني…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Image…</source>
        <translation>تصدير &amp;صورة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Animation…</source>
        <translation>تصدير &amp;حركة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Case Study as Geo&amp;Package…</source>
        <translation>تصدير دراسة الحالة بصيغة Geo&amp;Package…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;Case Study</source>
        <translation>تكبير إلى &amp;دراسة الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Front Lines</source>
        <translation>إظهار خطوط ال&amp;جبهة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Basemap…</source>
        <translation>&amp;خريطة الأساس…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Panels</source>
        <translation>ال&amp;لوحات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No translation found for %1; the interface stays in English.</source>
        <translation>لم يُعثر على ترجمة لـ %1؛ ستبقى الواجهة بالإنجليزية.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Georeference a Scan…</source>
        <translation>الإسناد ال&amp;جغرافي لصورة ممسوحة…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to &amp;Read This Map</source>
        <translation>كيف &amp;تقرأ هذه الخريطة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User Guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Dual Power Atlas</source>
        <translation>عن أطلس ازدواجية السلطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Dual Power Atlas&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Who controlled what, when: control maps of episodes of dual power, with their sources.&lt;/p&gt;&lt;p&gt;Data credits of the open case study are printed on its map and listed in its SOURCES.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;أطلس ازدواجية السلطة&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;من سيطر على ماذا، ومتى: خرائط السيطرة في حالات ازدواجية السلطة، مع مصادرها.&lt;/p&gt;&lt;p&gt;إسنادات بيانات دراسة الحالة المفتوحة مطبوعة على خريطتها ومدرجة في ملف SOURCES.md الخاص بها.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Dual Power Atlas</source>
        <translation>&amp;عن أطلس ازدواجية السلطة</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: no footprint to zoom to</source>
        <translation>%1: لا امتداد للتكبير إليه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is shown from %2; move the time there to see it.</source>
        <translation>تُعرض %1 ابتداءً من %2؛ انقل الزمن إلى هناك لتراها.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No basemap: %1. The map is drawn without it; View &gt; Basemap… tries again.</source>
        <translation>لا خريطة أساس: %1. تُرسم الخريطة بدونها؛ ويعيد عرض &gt; خريطة الأساس… المحاولة.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Open Case Study GeoPackage</source>
        <translation>فتح دراسة حالة بصيغة GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed case studies (*.gpkg)</source>
        <translation>دراسات حالة محزومة (*.gpkg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading %1…</source>
        <translation>جارٍ تحميل %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Loading cancelled</source>
        <translation>أُلغي التحميل</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Computing areas and borders for the chart and the front lines…</source>
        <translation>جارٍ حساب المساحات والحدود للرسم البياني وخطوط الجبهة…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+334"/>
        <source>%1[*] — Dual Power Atlas</source>
        <translation>%1[*] — أطلس ازدواجية السلطة</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Showing the %L1 features in view of about %L2, read from the database</source>
        <translation>يُعرض %L1 معلمًا في العرض من نحو %L2، مقروءة من قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the features in view from the database…</source>
        <translation>جارٍ قراءة المعالم الظاهرة في العرض من قاعدة البيانات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the features in view from the database: %1</source>
        <translation>تعذّرت قراءة المعالم الظاهرة في العرض من قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case study has more than %L1 features, so only those in and around the view are read from the database, again as the view moves. The legend, the chart, the search, the events&apos; features and the timeline speak of these features only.</source>
        <translation>في دراسة الحالة هذه أكثر من %L1 معلم، لذا لا يُقرأ من قاعدة البيانات إلا ما في العرض وحوله، ويُقرأ من جديد كلما تحرّك العرض. لا تتحدث وسيلة الإيضاح والمخطط والبحث ومعالم الأحداث والخط الزمني إلا عن هذه المعالم.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1° %2, %3° %4  |  %5: %6, %7</source>
        <translation>%1° %2، %3° %4  |  %5: %6، %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>ش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>ج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <translation>ق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>غ</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Open Case Study Folder</source>
        <translation>فتح مجلد دراسة حالة</translation>
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
        <translation>%1 كم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <comment>the scale bar&apos;s length, in metres</comment>
        <translation>%1 م</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Dashed outlines: approximate geometry (modern boundaries stand in for historical ones)</source>
        <translation>الحدود المتقطعة: شكل هندسي تقريبي (حدود حديثة تحلّ محل الحدود التاريخية)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>In force</source>
        <translation>سارية</translation>
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
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pale: a title nobody enforces</source>
        <translation>باهت: حق قانوني لا يفرضه أحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approximate boundary</source>
        <translation>حدود تقريبية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pennant: present without governing</source>
        <translation>راية: وجود بلا حكم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paler fill: lower confidence</source>
        <translation>لون أبهت: ثقة أدنى</translation>
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
        <translation>خريطة الأساس: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>N</source>
        <comment>north, under the map&apos;s north arrow</comment>
        <translation>ش</translation>
    </message>
</context>
<context>
    <name>dpa::NewCaseStudyWizard</name>
    <message>
        <location filename="../app/desktop/dialogs/newcasestudywizard.cpp" line="+14"/>
        <source>New Case Study</source>
        <translation>دراسة حالة جديدة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
</context>
<context>
    <name>dpa::OpenCaseStudyDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/opencasestudydialog.cpp" line="+57"/>
        <source>Open Case Study</source>
        <translation>فتح دراسة حالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case studies found in: %1</source>
        <translation>دراسات الحالة الموجودة في: %1</translation>
    </message>
</context>
<context>
    <name>dpa::OpenDatabaseDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/opendatabasedialog.cpp" line="+22"/>
        <source>Open from Database</source>
        <translation>فتح من قاعدة بيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case studies shared through a PostgreSQL database with PostGIS (put there with &lt;tt&gt;dpatlas-cli push&lt;/tt&gt;). Give the connection as PostgreSQL&apos;s tools take it, such as &lt;tt&gt;host=db.example.org dbname=atlas user=me&lt;/tt&gt;; keep the password in ~/.pgpass.</source>
        <translation>دراسات حالة مشتركة عبر قاعدة بيانات PostgreSQL مع PostGIS (توضع فيها بالأمر &lt;tt&gt;dpatlas-cli push&lt;/tt&gt;). اكتب الاتصال كما تأخذه أدوات PostgreSQL، مثل &lt;tt&gt;host=db.example.org dbname=atlas user=me&lt;/tt&gt;؛ واحفظ كلمة المرور في ‎~/.pgpass.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;List Case Studies</source>
        <translation>&amp;عرض دراسات الحالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connection:</source>
        <translation>الا&amp;تصال:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schema</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case study</source>
        <translation>دراسة الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>آخر حفظ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the default server</source>
        <translation>الخادم الافتراضي</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database holds no case study yet: put one there with dpatlas-cli push.</source>
        <translation>لا تحوي قاعدة البيانات هذه أي دراسة حالة بعد: ضع واحدة فيها بالأمر dpatlas-cli push.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case study(ies) in this database.</source>
        <translation>
            <numerusform>في قاعدة البيانات هذه %n من دراسات الحالة.</numerusform>
            <numerusform>في قاعدة البيانات هذه دراسة حالة واحدة (%n).</numerusform>
            <numerusform>في قاعدة البيانات هذه دراستا حالة (%n).</numerusform>
            <numerusform>في قاعدة البيانات هذه %n دراسات حالة.</numerusform>
            <numerusform>في قاعدة البيانات هذه %n دراسةَ حالة.</numerusform>
            <numerusform>في قاعدة البيانات هذه %n دراسة حالة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::PagePreset</name>
    <message>
        <location filename="../layers/view/maplayout.cpp" line="+61"/>
        <source>A4 portrait</source>
        <translation>A4 عمودي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 أفقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16:9 slide (1920 × 1080)</source>
        <translation>شريحة 16:9 (1920 × 1080)</translation>
    </message>
</context>
<context>
    <name>dpa::ProblemList</name>
    <message>
        <location filename="../app/desktop/editing/problemlist.cpp" line="+14"/>
        <source>%1: feature %2</source>
        <comment>a problem&apos;s place: a layer&apos;s file and a feature&apos;s id</comment>
        <translation>%1: المعلم %2</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1 (%2, %n rows)</source>
        <translation>
            <numerusform>%1 (%2، %n من الصفوف)</numerusform>
            <numerusform>%1 (%2، صف واحد (%n))</numerusform>
            <numerusform>%1 (%2، صفّان (%n))</numerusform>
            <numerusform>%1 (%2، %n صفوف)</numerusform>
            <numerusform>%1 (%2، %n صفًّا)</numerusform>
            <numerusform>%1 (%2، %n صف)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::ProblemsDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/problemsdialog.cpp" line="+25"/>
        <source>Problems in %1</source>
        <translation>مشكلات في %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) were found. What is sound has been loaded; the rest is left out until it is fixed.</source>
        <translation>
            <numerusform>عُثر على %n من المشكلات. حُمِّل ما هو سليم؛ والباقي مستبعد إلى أن يُصلَح.</numerusform>
            <numerusform>عُثر على مشكلة واحدة (%n). حُمِّل ما هو سليم؛ والباقي مستبعد إلى أن يُصلَح.</numerusform>
            <numerusform>عُثر على مشكلتين (%n). حُمِّل ما هو سليم؛ والباقي مستبعد إلى أن يُصلَح.</numerusform>
            <numerusform>عُثر على %n مشكلات. حُمِّل ما هو سليم؛ والباقي مستبعد إلى أن يُصلَح.</numerusform>
            <numerusform>عُثر على %n مشكلةً. حُمِّل ما هو سليم؛ والباقي مستبعد إلى أن يُصلَح.</numerusform>
            <numerusform>عُثر على %n مشكلة. حُمِّل ما هو سليم؛ والباقي مستبعد إلى أن يُصلَح.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::ReadingGuideDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/readingguidedialog.cpp" line="+36"/>
        <source>How to read this map</source>
        <translation>كيف تقرأ هذه الخريطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Each district, place or front is coloured by what the sources say of it on the date shown. Authorities of one &lt;i&gt;bloc&lt;/i&gt; are one camp: allies never make dual power between themselves. Click a feature for its claims and their sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;يُلوَّن كل حيّ أو مكان أو جبهة بحسب ما تقوله المصادر عنه في التاريخ المعروض. السلطات المنتمية إلى &lt;i&gt;معسكر&lt;/i&gt; واحد طرف واحد: الحلفاء لا تنشأ بينهم ازدواجية سلطة أبدًا. انقر معلمًا لترى مطالباته ومصادرها.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>One camp holds or claims it, alone. A pale tint: a title that nobody is recorded enforcing.</source>
        <translation>طرف واحد يسيطر عليه أو يطالب به وحده. لون باهت: حق قانوني لم يُسجَّل أن أحدًا يفرضه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rival camps are each in force over the same whole ground, by control or by claim: the wide bands are the side that holds it de facto, each narrow band another camp. This is dual power in Lenin&apos;s and Trotsky&apos;s sense, not a front line.</source>
        <translation>معسكرات متنافسة تسري سلطة كلٍّ منها على الأرض نفسها كاملةً، بالسيطرة أو بالمطالبة: الأشرطة العريضة للطرف الذي يسيطر عليها بحكم الواقع، وكل شريط ضيق لمعسكر آخر. هذه ازدواجية السلطة بالمعنى الذي قصده لينين وتروتسكي، لا خط جبهة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rival camps each control a part: columns in proportion to their shares. The front runs somewhere inside; the shares are the package&apos;s estimate.</source>
        <translation>معسكرات متنافسة يسيطر كلٌّ منها على جزء: أعمدة تتناسب مع حصصها. الجبهة تمرّ في مكان ما داخله؛ والحصص تقدير الحزمة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A foreign force holds it without claiming sovereignty (bars), over the colour of whoever holds the title.</source>
        <translation>قوة أجنبية تسيطر عليه من غير أن تدّعي السيادة (خطوط أفقية)، فوق لون صاحب الحق القانوني فيه أيًّا كان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open fighting over it.</source>
        <translation>قتال مفتوح عليه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One camp&apos;s claim ends on the day a rival&apos;s begins, and the sources give no hour: the day belongs to the newcomer (its colour), dotted with the colour of the one leaving.</source>
        <translation>تنتهي مطالبة طرف في اليوم الذي تبدأ فيه مطالبة منافسه، ولا تذكر المصادر الساعة: اليوم للقادم الجديد (لونه)، منقَّطًا بلون المغادر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sources say nothing of it.</source>
        <translation>لا تقول المصادر عنه شيئًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paler</source>
        <translation>أبهت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower confidence in the claims in force. Dashed outlines: approximate boundaries. A small pennant: troops or officials present without governing.</source>
        <translation>ثقة أدنى في المطالبات السارية. الحدود المتقطعة: حدود تقريبية. راية صغيرة: قوات أو موظفون موجودون بلا حكم.</translation>
    </message>
</context>
<context>
    <name>dpa::ScanView</name>
    <message>
        <location filename="../app/desktop/georef/scanview.cpp" line="+172"/>
        <source>new</source>
        <translation>جديدة</translation>
    </message>
</context>
<context>
    <name>dpa::SearchField</name>
    <message>
        <location filename="../app/desktop/searchfield.cpp" line="+19"/>
        <source>Search places and events (Ctrl+K)</source>
        <translation>البحث في الأماكن والأحداث (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 — event, %2</source>
        <translation>%1 — حدث، %2</translation>
    </message>
</context>
<context>
    <name>dpa::StagedFile</name>
    <message>
        <location filename="../gis/io/stagedfile.cpp" line="+24"/>
        <source>folder %1 does not exist</source>
        <translation>المجلد %1 غير موجود</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>writing was cancelled</source>
        <translation>أُلغيت الكتابة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write to disk (full?)</source>
        <translation>تعذّرت الكتابة على القرص (هل هو ممتلئ؟)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot move the finished file into place</source>
        <translation>تعذّر نقل الملف المكتمل إلى موضعه</translation>
    </message>
</context>
<context>
    <name>dpa::StateSummary</name>
    <message>
        <location filename="../app/desktop/statesummary.cpp" line="+10"/>
        <source>control</source>
        <comment>a claim&apos;s role: power held de facto</comment>
        <translation>سيطرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claim</source>
        <comment>a claim&apos;s role: a de jure title</comment>
        <translation>مطالبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contested</source>
        <comment>a claim&apos;s role: open fighting over the feature</comment>
        <translation>نزاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occupation</source>
        <comment>a claim&apos;s role: a foreign force holding the feature</comment>
        <translation>احتلال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presence</source>
        <comment>a claim&apos;s role: troops or officials present without governing</comment>
        <translation>وجود</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nobody recorded</source>
        <translation>لم يُسجَّل أحد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 by title only: %2 claims it, nobody is recorded holding it</source>
        <translation>%1 (بحكم القانون وحده): يطالب به %2، ولم يُسجَّل أن أحدًا يسيطر عليه</translation>
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
        <translation>%1: حقوق قانونية متنافسة لـ %2 و%3، ولم يُسجَّل أن أحدًا يسيطر عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 holds it de facto; %3 also in force</source>
        <translation>%1: يسيطر عليه %2 بحكم الواقع؛ ولـ %3 أيضًا مطالبة سارية</translation>
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
        <translation>%1: %2؛ الحق القانوني: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: fighting between %2</source>
        <translation>%1: قتال بين %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 من %2 إلى %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>present without governing: %1</source>
        <translation>وجود بلا حكم: %1</translation>
    </message>
</context>
<context>
    <name>dpa::TimelinePanel</name>
    <message>
        <location filename="../app/desktop/panels/timelinepanel.cpp" line="+39"/>
        <source>Start of the period (%1)</source>
        <translation>بداية الفترة (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous change (%1)</source>
        <translation>التغيير السابق (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step back by the unit chosen beside (keys: %1 a day, %2 an hour, %3 a week, %4 a month)</source>
        <translation>خطوة إلى الوراء بالوحدة المختارة بجانبه (المفاتيح: %1 يوم، %2 ساعة، %3 أسبوع، %4 شهر)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play / pause (%1)</source>
        <translation>تشغيل / إيقاف مؤقت (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step forward by the unit chosen beside (keys: %1 a day, %2 an hour, %3 a week, %4 a month)</source>
        <translation>خطوة إلى الأمام بالوحدة المختارة بجانبه (المفاتيح: %1 يوم، %2 ساعة، %3 أسبوع، %4 شهر)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next change (%1)</source>
        <translation>التغيير التالي (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of the period (%1)</source>
        <translation>نهاية الفترة (%1)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Hour</source>
        <translation>ساعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step by</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour/s</source>
        <translation>ساعة/ث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 hours/s</source>
        <translation>6 ساعات/ث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day/s</source>
        <translation>يوم/ث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 days/s</source>
        <translation>3 أيام/ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week/s</source>
        <translation>أسبوع/ث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 weeks/s</source>
        <translation>أسبوعان/ث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 month/s</source>
        <translation>شهر/ث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop</source>
        <translation>تكرار</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n claims in force have approximate or uncertain dates</source>
        <translation>
            <numerusform>%n من المطالبات السارية تواريخها تقريبية أو مشكوك فيها</numerusform>
            <numerusform>مطالبة سارية واحدة (%n) تاريخها تقريبي أو مشكوك فيه</numerusform>
            <numerusform>مطالبتان ساريتان (%n) تواريخهما تقريبية أو مشكوك فيها</numerusform>
            <numerusform>%n مطالبات سارية تواريخها تقريبية أو مشكوك فيها</numerusform>
            <numerusform>%n مطالبةً سارية تواريخها تقريبية أو مشكوك فيها</numerusform>
            <numerusform>%n مطالبة سارية تواريخها تقريبية أو مشكوك فيها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpa::UserGuideDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/userguidedialog.cpp" line="+23"/>
        <source>Dual Power Atlas: User Guide</source>
        <translation>أطلس ازدواجية السلطة: دليل المستخدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user guide is missing from this build (docs/user-guide.md).</source>
        <translation>دليل المستخدم مفقود من هذا الإصدار (docs/user-guide.md).</translation>
    </message>
</context>
<context>
    <name>dpa::cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+56"/>
        <source>unknown dataset &quot;%1&quot;: not a package folder and not the id of a discovered package (see `dpatlas-cli list`)</source>
        <translation>مجموعة بيانات مجهولة «%1»: ليست مجلد حزمة ولا معرّف حزمة مكتشَفة (انظر `dpatlas-cli list`)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 has %n problem(s), so its features and claims are incomplete: fix them (dpatlas-cli validate) or add --allow-errors to use what loads</source>
        <translation>
            <numerusform>في %1 %n من المشكلات، فمعالمها ومطالباتها ناقصة: أصلِحها (dpatlas-cli validate) أو أضف --allow-errors لاستعمال ما يُحمَّل</numerusform>
            <numerusform>في %1 مشكلة واحدة (%n)، فمعالمها ومطالباتها ناقصة: أصلِحها (dpatlas-cli validate) أو أضف --allow-errors لاستعمال ما يُحمَّل</numerusform>
            <numerusform>في %1 مشكلتان (%n)، فمعالمها ومطالباتها ناقصة: أصلِحهما (dpatlas-cli validate) أو أضف --allow-errors لاستعمال ما يُحمَّل</numerusform>
            <numerusform>في %1 %n مشكلات، فمعالمها ومطالباتها ناقصة: أصلِحها (dpatlas-cli validate) أو أضف --allow-errors لاستعمال ما يُحمَّل</numerusform>
            <numerusform>في %1 %n مشكلةً، فمعالمها ومطالباتها ناقصة: أصلِحها (dpatlas-cli validate) أو أضف --allow-errors لاستعمال ما يُحمَّل</numerusform>
            <numerusform>في %1 %n مشكلة، فمعالمها ومطالباتها ناقصة: أصلِحها (dpatlas-cli validate) أو أضف --allow-errors لاستعمال ما يُحمَّل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>note: %1 was pushed before claims carried their times in the database (or its calendar was changed since), so the whole case study is read; push it again with --replace to read only what a date and a box need</source>
        <translation>ملاحظة: أُرسل %1 قبل أن تحمل المطالبات أوقاتها في قاعدة البيانات (أو تغيّر تقويمه منذ ذلك الحين)، لذا تُقرأ دراسة الحالة كلها؛ أرسله مرة أخرى مع --replace لقراءة ما يلزم تاريخًا ومربعًا فقط</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown calendar &quot;%1&quot;: use gregorian or julian</source>
        <translation>تقويم مجهول «%1»: استعمل gregorian أو julian</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad size &quot;%1&quot;: write WxH, each from 64 to %2</source>
        <translation>حجم غير صالح «%1»: اكتب WxH، كلٌّ منهما من 64 إلى %2</translation>
    </message>
    <message>
        <location filename="../app/cli/boxoption.cpp" line="+20"/>
        <source>bad --bbox &quot;%1&quot;: %2</source>
        <extracomment>%1 is what was typed after --bbox, %2 what is wrong with it</extracomment>
        <translation>قيمة --bbox غير صالحة «%1»: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write four numbers XMIN,YMIN,XMAX,YMAX in the case study&apos;s CRS (or the one --bbox-crs names), separated by commas</source>
        <translation>اكتب أربعة أعداد XMIN,YMIN,XMAX,YMAX بنظام إحداثيات دراسة الحالة (أو بالنظام الذي يسمّيه --bbox-crs)، تفصل بينها فواصل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number (write XMIN,YMIN,XMAX,YMAX)</source>
        <translation>«%1» ليس عددًا (اكتب XMIN,YMIN,XMAX,YMAX)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XMIN %1 is greater than XMAX %2</source>
        <translation>XMIN %1 أكبر من XMAX %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YMIN %1 is greater than YMAX %2</source>
        <translation>YMIN %1 أكبر من YMAX %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the CRS --bbox is written in (default: the case study&apos;s): EPSG:4326 for longitude and latitude, in that order, or any CRS PROJ knows</source>
        <translation>نظام الإحداثيات الذي كُتب به --bbox (افتراضيًا: نظام دراسة الحالة): EPSG:4326 لخط الطول ثم خط العرض بهذا الترتيب، أو أي نظام يعرفه PROJ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--bbox-crs says what --bbox is written in: give --bbox too</source>
        <translation>يحدّد --bbox-crs النظام الذي كُتب به --bbox: أعطِ --bbox أيضًا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bad --bbox-crs &quot;%1&quot;: %2 (write EPSG:4326 for longitude and latitude, or another EPSG code)</source>
        <extracomment>%1 is what was typed after --bbox-crs, %2 PROJ&apos;s reason</extracomment>
        <translation>قيمة --bbox-crs ‏«%1» غير صالحة: %2 (اكتب EPSG:4326 لخطَّي الطول والعرض، أو رمز EPSG آخر)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--bbox cannot be turned from %1 into the case study&apos;s CRS, %2: is it in the area both CRSs cover, with longitude first for EPSG:4326?</source>
        <extracomment>%1 is the CRS of --bbox, %2 the case study&apos;s CRS</extracomment>
        <translation>تعذّر تحويل --bbox من %1 إلى نظام إحداثيات دراسة الحالة، %2: هل يقع في المنطقة التي يغطيها النظامان، مع خط الطول أولًا في EPSG:4326؟</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>warning: --bbox meets none of the case study&apos;s features</source>
        <translation>تحذير: لا يلامس --bbox أيًّا من معالم دراسة الحالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: --bbox meets none of the case study&apos;s features, which lie within %1,%2,%3,%4 in longitude and latitude (--bbox-crs EPSG:4326, longitude first)</source>
        <extracomment>%1 to %4: the case study&apos;s extent in longitude and latitude, written as --bbox takes it</extracomment>
        <translation>تحذير: لا يلامس --bbox أيًّا من معالم دراسة الحالة، وهي تقع ضمن %1,%2,%3,%4 بخطَّي الطول والعرض (--bbox-crs EPSG:4326، خط الطول أولًا)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+9"/>
        <source>--at DATE is required (YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>الخيار --at DATE مطلوب (YYYY-MM-DD أو YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad date &quot;%1&quot;: write YYYY-MM-DD or YYYY-MM-DDTHH:MM%2</source>
        <translation>تاريخ غير صالح «%1»: اكتب YYYY-MM-DD أو YYYY-MM-DDTHH:MM%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>التاريخ: YYYY-MM-DD أو YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calendar of DATE and of printed dates: gregorian (default) or julian</source>
        <translation>تقويم DATE والتواريخ المطبوعة: gregorian (الافتراضي) أو julian</translation>
    </message>
    <message>
        <location filename="../app/cli/layoutoptions.cpp" line="+36"/>
        <source>bad --legend &quot;%1&quot;: write one of %2</source>
        <translation>قيمة --legend غير صالحة «%1»: اكتب واحدًا من %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad --basemap: %1</source>
        <translation>قيمة --basemap غير صالحة: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad --basemap-max-zoom &quot;%1&quot;: give a whole number from 0 to 24</source>
        <translation>قيمة --basemap-max-zoom غير صالحة «%1»: اكتب عددًا صحيحًا من 0 إلى 24</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>title on the picture instead of the case study&apos;s</source>
        <translation>عنوان على الصورة بدلًا من عنوان دراسة الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line under the title</source>
        <translation>سطر تحت العنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where the legend goes: %1 (default auto: a corner over no feature, else beside the map)</source>
        <translation>موضع مفتاح الخريطة: %1 (الافتراضي auto: زاوية لا تغطي أي معلم، وإلا فبجانب الخريطة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no legend</source>
        <translation>بلا مفتاح خريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a small map of the whole case study with the picture&apos;s extent on it</source>
        <translation>خريطة صغيرة لدراسة الحالة كاملة عليها امتداد الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no scale bar and north arrow</source>
        <translation>بلا مقياس رسم ولا سهم شمال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web tiles under the map: an XYZ address with {z}, {x} and {y} (https:// or file://), or WMTS:CAPABILITIES-URL</source>
        <translation>بلاطات ويب تحت الخريطة: عنوان XYZ يحوي {z} و{x} و{y} (‏https:// أو file://)، أو WMTS:CAPABILITIES-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the basemap&apos;s attribution, added to the credits</source>
        <translation>إسناد خريطة الأساس، يُضاف إلى الإسنادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the deepest zoom level the tile service has (default 19)</source>
        <translation>أعمق مستوى تكبير لدى خدمة البلاطات (الافتراضي 19)</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="+18"/>
        <location line="+8"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>تتعذّر كتابة «%1»: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Numbers and geometry over a case study&apos;s time line: area and population per authority (de facto and de jure) and status, the dual-power index, every status&apos;s share, front length, days each feature spent under dual power (time series, CSV); or the territories and front lines on one date (GeoPackage or GeoJSON).</source>
        <translation>أرقام وأشكال هندسية على امتداد الخط الزمني لدراسة حالة: المساحة والسكان لكل سلطة (بحكم الواقع وبحكم القانون) ولكل وضع، ومؤشر ازدواجية السلطة، ونسبة كل وضع، وطول الجبهة، والأيام التي قضاها كل معلم تحت ازدواجية السلطة (سلاسل زمنية، CSV)؛ أو الأقاليم وخطوط الجبهة في تاريخ واحد (GeoPackage أو GeoJSON).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/animatecommand.cpp" line="+20"/>
        <location filename="../app/cli/clicontext.cpp" line="-3"/>
        <location filename="../app/cli/exportcommand.cpp" line="+108"/>
        <location filename="../app/cli/repaircommand.cpp" line="+91"/>
        <source>package id, folder or packed .gpkg</source>
        <translation>معرّف حزمة أو مجلد أو ملف ‎.gpkg محزوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first date of the series</source>
        <translation>أول تاريخ في السلسلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date of the series</source>
        <translation>آخر تاريخ في السلسلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1d, 1w, 1m or 1y (default 1d)</source>
        <translation>1d أو 1w أو 1m أو 1y (الافتراضي 1d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date for territories or fronts</source>
        <translation>تاريخ الأقاليم أو الجبهات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area, population, dual-index, status-share, front-length, dual-days; or territories, fronts</source>
        <translation>area أو population أو dual-index أو status-share أو front-length أو dual-days؛ أو territories أو fronts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates given and printed: gregorian (default) or julian</source>
        <translation>تقويم التواريخ المعطاة والمطبوعة: gregorian (الافتراضي) أو julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.csv for series; OUT.gpkg or OUT.geojson for geometry</source>
        <translation>OUT.csv للسلاسل؛ OUT.gpkg أو OUT.geojson للأشكال الهندسية</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/animatecommand.cpp" line="+13"/>
        <location filename="../app/cli/clicontext.cpp" line="+12"/>
        <location filename="../app/cli/exportcommand.cpp" line="+14"/>
        <source>%1 needs exactly one DATASET</source>
        <extracomment>%1 is the command: state, render, analyze…</extracomment>
        <translation>يحتاج %1 إلى DATASET واحدة بالضبط</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/exportcommand.cpp" line="+3"/>
        <source>%1 needs -o OUT</source>
        <translation>يحتاج %1 إلى -o OUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown metric &quot;%1&quot;: use area, population, dual-index, status-share, front-length, dual-days, territories or fronts</source>
        <translation>مقياس مجهول «%1»: استعمل area أو population أو dual-index أو status-share أو front-length أو dual-days أو territories أو fronts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot;: write territories and fronts to .gpkg, .geojson, .shp, .kml, .fgb or .csv</source>
        <translation>«%1»: اكتب الأقاليم والجبهات في ملف ‎.gpkg أو ‎.geojson أو ‎.shp أو ‎.kml أو ‎.fgb أو ‎.csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to is before --from</source>
        <translation>--to قبل --from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown step &quot;%1&quot;: use 1d, 1w, 1m or 1y</source>
        <translation>خطوة مجهولة «%1»: استعمل 1d أو 1w أو 1m أو 1y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: time series are written as CSV (name it .csv)</source>
        <translation>«%1»: تُكتب السلاسل الزمنية بصيغة CSV (سمِّ الملف ‎.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/cli/animatecommand.cpp" line="+57"/>
        <location filename="../app/cli/clicontext.cpp" line="-106"/>
        <location filename="../app/cli/rendercommand.cpp" line="+139"/>
        <location filename="../app/cli/validatecommand.cpp" line="+47"/>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 declares no population (a layer&apos;s &quot;population_field&quot; in manifest.json)</source>
        <translation>لا تصرّح %1 بأي عدد سكان (الحقل &quot;population_field&quot; لطبقة في manifest.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n من الصفوف</numerusform>
            <numerusform>%1: صف واحد (%n)</numerusform>
            <numerusform>%1: صفّان (%n)</numerusform>
            <numerusform>%1: %n صفوف</numerusform>
            <numerusform>%1: %n صفًّا</numerusform>
            <numerusform>%1: %n صف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/animatecommand.cpp" line="-74"/>
        <source>Animate a case study&apos;s control map from one date to another, one frame per step, with the date and the events in progress burned in: an animated GIF, an MP4 (H.264), a WebM (VP9) or a folder of PNG frames.</source>
        <translation>تحريك خريطة السيطرة لدراسة حالة من تاريخ إلى آخر، بإطار لكل خطوة، مع التاريخ والأحداث الجارية مطبوعة عليها: صورة GIF متحركة، أو MP4 ‏(H.264)، أو WebM ‏(VP9)، أو مجلد من إطارات PNG.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first frame&apos;s date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>تاريخ الإطار الأول: YYYY-MM-DD أو YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last date (included when a step lands on it)</source>
        <translation>التاريخ الأخير (يُضمَّن إن وقعت عليه خطوة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time between frames: 6h, 1d, 1w, 1m, 1y... (default 1d)</source>
        <translation>الزمن بين الإطارات: 6h، 1d، 1w، 1m، 1y... (الافتراضي 1d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frames per second (default 10)</source>
        <translation>عدد الإطارات في الثانية (الافتراضي 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame size in pixels (default 1280x720)</source>
        <translation>حجم الإطار بالبكسل (الافتراضي 1280x720)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates and of month steps: gregorian (default) or julian</source>
        <translation>تقويم التواريخ وخطوات الأشهر: gregorian (الافتراضي) أو julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/rendercommand.cpp" line="-111"/>
        <source>language of names and titles (default: the interface&apos;s, --lang)</source>
        <translation>لغة الأسماء والعناوين (الافتراضي: لغة الواجهة، --lang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.gif, OUT.mp4, OUT.webm or DIR/ for PNG frames</source>
        <translation>OUT.gif أو OUT.mp4 أو OUT.webm أو DIR/ لإطارات PNG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>animate needs -o OUT.gif, OUT.mp4, OUT.webm or DIR/</source>
        <translation>يحتاج animate إلى -o OUT.gif أو OUT.mp4 أو OUT.webm أو DIR/</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>animate needs --from DATE and --to DATE</source>
        <translation>يحتاج animate إلى --from DATE و--to DATE</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>frame %1 of %2</source>
        <translation>الإطار %1 من %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %n frames in %2 s</source>
        <translation>
            <numerusform>%1: %n من الإطارات في %2 ث</numerusform>
            <numerusform>%1: إطار واحد (%n) في %2 ث</numerusform>
            <numerusform>%1: إطاران (%n) في %2 ث</numerusform>
            <numerusform>%1: %n إطارات في %2 ث</numerusform>
            <numerusform>%1: %n إطارًا في %2 ث</numerusform>
            <numerusform>%1: %n إطار في %2 ث</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-106"/>
        <source>--package exports everything: it takes no --%1</source>
        <translation>--package يصدّر كل شيء: لا يقبل --%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 packed</source>
        <translation>%1: حُزم %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: OpenStreetMap XML is for the timeline (--timeline), each claim an element with its start_date and end_date as OpenHistoricalMap reads them</source>
        <translation>%1: صيغة OpenStreetMap XML للخط الزمني (--timeline)، كل مطالبة عنصر بتاريخَي start_date وend_date كما يقرؤهما OpenHistoricalMap</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1: %n claims as OpenStreetMap elements (for OpenHistoricalMap)</source>
        <translation>
            <numerusform>%1: %n من المطالبات عناصرَ OpenStreetMap ‏(لـ OpenHistoricalMap)</numerusform>
            <numerusform>%1: مطالبة واحدة (%n) عنصرًا في OpenStreetMap ‏(لـ OpenHistoricalMap)</numerusform>
            <numerusform>%1: مطالبتان (%n) عنصرين في OpenStreetMap ‏(لـ OpenHistoricalMap)</numerusform>
            <numerusform>%1: %n مطالبات عناصرَ OpenStreetMap ‏(لـ OpenHistoricalMap)</numerusform>
            <numerusform>%1: %n مطالبةً عناصرَ OpenStreetMap ‏(لـ OpenHistoricalMap)</numerusform>
            <numerusform>%1: %n مطالبة عناصرَ OpenStreetMap ‏(لـ OpenHistoricalMap)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--linked-places exports every feature with its whole history: it takes no --%1</source>
        <translation>--linked-places يصدّر كل معلم بتاريخه كاملًا: لا يقبل --%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: تتعذّر الكتابة: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, %3 as relations (Linked Places Format)</source>
        <extracomment>%2 is &quot;12 places&quot;, %3 &quot;40 claims&quot;</extracomment>
        <translation>%1: %2، و%3 علاقاتٍ (Linked Places Format)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n من الأماكن</numerusform>
            <numerusform>مكان واحد (%n)</numerusform>
            <numerusform>مكانان (%n)</numerusform>
            <numerusform>%n أماكن</numerusform>
            <numerusform>%n مكانًا</numerusform>
            <numerusform>%n مكان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+89"/>
        <location filename="../app/cli/validatecommand.cpp" line="+13"/>
        <source>%n claims</source>
        <translation>
            <numerusform>%n من المطالبات</numerusform>
            <numerusform>مطالبة واحدة (%n)</numerusform>
            <numerusform>مطالبتان (%n)</numerusform>
            <numerusform>%n مطالبات</numerusform>
            <numerusform>%n مطالبةً</numerusform>
            <numerusform>%n مطالبة</numerusform>
        </translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Export a case study&apos;s control state on a date (--at), or its whole timeline of claims (--timeline), as a layer for QGIS, ArcGIS or Google Earth: .gpkg, .geojson, .shp, .kml, .fgb or .csv (WKT). --package puts the whole case study in one GeoPackage, which the app opens and `dpatlas-cli unpack` turns back into a folder.</source>
        <translation>تصدير حالة السيطرة في دراسة حالة في تاريخ معيّن (--at)، أو خطها الزمني الكامل من المطالبات (--timeline)، طبقةً لـ QGIS أو ArcGIS أو Google Earth: ‎.gpkg أو ‎.geojson أو ‎.shp أو ‎.kml أو ‎.fgb أو ‎.csv ‏(WKT). ويضع --package دراسة الحالة كلها في ملف GeoPackage واحد، يفتحه التطبيق ويعيده `dpatlas-cli unpack` مجلدًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the date of the state to export</source>
        <translation>تاريخ الحالة المراد تصديرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export every claim with its start and end instead</source>
        <translation>تصدير كل مطالبة ببدايتها ونهايتها بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study (layers, claims, events, sources, manifest, period maps) as one .gpkg</source>
        <translation>دراسة الحالة كاملة (الطبقات والمطالبات والأحداث والمصادر وملف البيان والخرائط التاريخية) في ملف ‎.gpkg واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature as a place of the Linked Places Format (World Historical Gazetteer), its names, geometry and control history with sources, as .json</source>
        <translation>كل معلم مكانًا بصيغة Linked Places Format ‏(World Historical Gazetteer)، بأسمائه وشكله الهندسي وتاريخ السيطرة عليه مع المصادر، في ملف ‎.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this layer of the package (a shapefile holds one geometry type)</source>
        <translation>هذه الطبقة وحدها من الحزمة (ملف shapefile يحوي نوعًا هندسيًا واحدًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write in this CRS (default: the case study&apos;s; GeoJSON and KML are always WGS 84)</source>
        <translation>الكتابة بنظام الإحداثيات المرجعي هذا (الافتراضي: نظام دراسة الحالة؛ GeoJSON وKML دائمًا بـ WGS 84)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDAL driver name, when the extension does not say</source>
        <translation>اسم مشغّل GDAL، حين لا يدلّ عليه الامتداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of --at: gregorian (default) or julian</source>
        <translation>تقويم --at: gregorian (الافتراضي) أو julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output file</source>
        <translation>ملف الإخراج</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot;: name the file .gpkg, .geojson, .shp, .kml, .fgb, .csv or .osm, or give --format</source>
        <translation>«%1»: سمِّ الملف ‎.gpkg أو ‎.geojson أو ‎.shp أو ‎.kml أو ‎.fgb أو ‎.csv أو ‎.osm، أو أعطِ --format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export needs either --at DATE or --timeline</source>
        <translation>يحتاج export إلى --at DATE أو --timeline</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no layer &quot;%2&quot;</source>
        <translation>ليس في %1 طبقة «%2»</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <location filename="../app/cli/newcommand.cpp" line="+171"/>
        <location filename="../app/cli/validatecommand.cpp" line="-1"/>
        <source>%n features</source>
        <translation>
            <numerusform>%n من المعالم</numerusform>
            <numerusform>معلم واحد (%n)</numerusform>
            <numerusform>معلمان (%n)</numerusform>
            <numerusform>%n معالم</numerusform>
            <numerusform>%n معلمًا</numerusform>
            <numerusform>%n معلم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 in %n files, one per layer:</source>
        <extracomment>%1 is &quot;40 claims&quot; or &quot;12 features&quot;</extracomment>
        <translation>
            <numerusform>%1 في %n من الملفات، ملف لكل طبقة:</numerusform>
            <numerusform>%1 في ملف واحد (%n)، ملف لكل طبقة:</numerusform>
            <numerusform>%1 في ملفين (%n)، ملف لكل طبقة:</numerusform>
            <numerusform>%1 في %n ملفات، ملف لكل طبقة:</numerusform>
            <numerusform>%1 في %n ملفًّا، ملف لكل طبقة:</numerusform>
            <numerusform>%1 في %n ملف، ملف لكل طبقة:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/georefcommand.cpp" line="+25"/>
        <source>pixel</source>
        <comment>column header: a control point&apos;s column on the scan</comment>
        <translation>البكسل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line</source>
        <comment>column header: a control point&apos;s row on the scan</comment>
        <translation>السطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map x</source>
        <comment>column header</comment>
        <translation>x الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map y</source>
        <comment>column header</comment>
        <translation>y الخريطة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>disabled (check point)</source>
        <translation>معطَّلة (نقطة تحقّق)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUTLIER</source>
        <translation>شاذّة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(outside the transformation)</source>
        <translation>(خارج التحويل)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Georeference a scan by its ground control points: fit the transformation, report each point&apos;s residual (pixels and metres) and the RMS, and write the warped map as a compressed, tiled GeoTIFF with overviews, ready to be a period map. Control points are read from QGIS&apos;s .points or a CSV (id,pixel,line,map_x,map_y,enabled,crs). The output appears only once it is complete.</source>
        <translation>الإسناد الجغرافي لصورة ممسوحة بنقاط الضبط الأرضية: ملاءمة التحويل، والإبلاغ عن الباقي لكل نقطة (بالبكسل والمتر) وعن RMS، وكتابة الخريطة المعاد إسقاطها ملفَّ GeoTIFF مضغوطًا ومبلّطًا مع صور مصغّرة، جاهزًا ليكون خريطة تاريخية. تُقرأ نقاط الضبط من ملف ‎.points الخاص بـ QGIS أو من CSV ‏(id,pixel,line,map_x,map_y,enabled,crs). لا يظهر الملف الناتج إلا بعد اكتماله.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scan: any image GDAL reads (JPEG, PNG, TIFF, …)</source>
        <translation>الصورة الممسوحة: أي صورة يقرؤها GDAL ‏(JPEG، PNG، TIFF، …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the control points, .points (QGIS) or .csv</source>
        <translation>نقاط الضبط، ‎.points ‏(QGIS) أو ‎.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>helmert (2+ points), poly1 (affine, 3+), poly2 (6+), poly3 (10+) or tps (thin plate spline, 3+); default poly1</source>
        <translation>helmert (نقطتان فأكثر)، أو poly1 (تآلفي، 3 فأكثر)، أو poly2 (6 فأكثر)، أو poly3 (10 فأكثر)، أو tps (شريحة الصفيحة الرقيقة، 3 فأكثر)؛ الافتراضي poly1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRS of the points&apos; map coordinates, for a file that names none (QGIS&apos;s older .points)</source>
        <translation>نظام الإحداثيات المرجعي لإحداثيات الخريطة في النقاط، لملف لا يسمّي أيًّا منها (ملفات ‎.points الأقدم في QGIS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRS of the warped map (default: the points&apos; CRS)</source>
        <translation>نظام الإحداثيات المرجعي للخريطة المعاد إسقاطها (الافتراضي: نظام النقاط)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the residuals and write nothing</source>
        <translation>طباعة البواقي دون كتابة شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the warped map, a .tif</source>
        <translation>الخريطة المعاد إسقاطها، ملف ‎.tif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>georef needs one SCAN, --gcps FILE and -o OUT.tif (see dpatlas-cli georef --help)</source>
        <translation>يحتاج georef إلى SCAN واحدة و--gcps FILE و-o OUT.tif (انظر dpatlas-cli georef --help)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown --method &quot;%1&quot;: use one of %2</source>
        <translation>قيمة --method مجهولة «%1»: استعمل واحدًا من %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the warped map is written as a GeoTIFF; name it .tif</source>
        <translation>%1: تُكتب الخريطة المعاد إسقاطها بصيغة GeoTIFF؛ سمِّها ‎.tif</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file names no CRS for its map coordinates: give it with --crs</source>
        <translation>لا يسمّي الملف أي نظام إحداثيات مرجعي لإحداثيات خريطته: أعطه بـ --crs</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>control points: %1 (%2, %n enabled), map coordinates in %3</source>
        <extracomment>%1 is the file, %2 the number of points in it, %3 the CRS&apos;s name</extracomment>
        <translation>
            <numerusform>نقاط الضبط: %1 (%2، منها %n مفعَّلة)، إحداثيات الخريطة بـ %3</numerusform>
            <numerusform>نقاط الضبط: %1 (%2، منها نقطة واحدة مفعَّلة (%n))، إحداثيات الخريطة بـ %3</numerusform>
            <numerusform>نقاط الضبط: %1 (%2، منها نقطتان مفعَّلتان (%n))، إحداثيات الخريطة بـ %3</numerusform>
            <numerusform>نقاط الضبط: %1 (%2، منها %n نقاط مفعَّلة)، إحداثيات الخريطة بـ %3</numerusform>
            <numerusform>نقاط الضبط: %1 (%2، منها %n نقطةً مفعَّلة)، إحداثيات الخريطة بـ %3</numerusform>
            <numerusform>نقاط الضبط: %1 (%2، منها %n نقطة مفعَّلة)، إحداثيات الخريطة بـ %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>method: %1</source>
        <translation>الطريقة: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>RMS: %1 px, %2 m over %n enabled points</source>
        <translation>
            <numerusform>RMS: ‏%1 بكسل، %2 م على %n من النقاط المفعَّلة</numerusform>
            <numerusform>RMS: ‏%1 بكسل، %2 م على نقطة مفعَّلة واحدة (%n)</numerusform>
            <numerusform>RMS: ‏%1 بكسل، %2 م على نقطتين مفعَّلتين (%n)</numerusform>
            <numerusform>RMS: ‏%1 بكسل، %2 م على %n نقاط مفعَّلة</numerusform>
            <numerusform>RMS: ‏%1 بكسل، %2 م على %n نقطةً مفعَّلة</numerusform>
            <numerusform>RMS: ‏%1 بكسل، %2 م على %n نقطة مفعَّلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n outlier(s): residual over %1 times the median</source>
        <translation>
            <numerusform>%n من النقاط الشاذة: الباقي أكبر من الوسيط %1 مرات</numerusform>
            <numerusform>نقطة شاذة واحدة (%n): الباقي أكبر من الوسيط %1 مرات</numerusform>
            <numerusform>نقطتان شاذتان (%n): الباقي أكبر من الوسيط %1 مرات</numerusform>
            <numerusform>%n نقاط شاذة: الباقي أكبر من الوسيط %1 مرات</numerusform>
            <numerusform>%n نقطةً شاذة: الباقي أكبر من الوسيط %1 مرات</numerusform>
            <numerusform>%n نقطة شاذة: الباقي أكبر من الوسيط %1 مرات</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(a thin plate spline passes through every enabled point: its residuals are zero by construction; disable a few points to check it)</source>
        <translation>(شريحة الصفيحة الرقيقة تمرّ بكل نقطة مفعَّلة: بواقيها صفر بحكم بنائها؛ عطّل بضع نقاط للتحقق منها)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/repaircommand.cpp" line="+51"/>
        <source>%1: nothing written</source>
        <translation>%1: لم يُكتب شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote %1: %2 x %3 pixels in %4</source>
        <translation>كُتب %1: ‏%2 × %3 بكسل في %4</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+79"/>
        <source>the package folder (or its id)</source>
        <translation>مجلد الحزمة (أو معرّفها)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of claims to add</source>
        <translation>جدول مطالبات للإضافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of events to add</source>
        <translation>جدول أحداث للإضافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table of sources to add</source>
        <translation>جدول مصادر للإضافة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook&apos;s sheet to read (default: the first)</source>
        <translation>ورقة المصنَّف المراد قراءتها (الافتراضي: الأولى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read our COLUMN from your column HEADING (repeat), as --map start=Beginning</source>
        <translation>قراءة عمودنا COLUMN من عمودك HEADING (كرّره)، مثل --map start=Beginning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a regular expression finding source ids in free citations; its group (or group &apos;id&apos;) is the id, group &apos;pages&apos; the pages; sources not yet listed are added with the citation text</source>
        <translation>تعبير نمطي يستخرج معرّفات المصادر من الإحالات الحرّة؛ مجموعته (أو المجموعة &apos;id&apos;) هي المعرّف، والمجموعة &apos;pages&apos; الصفحات؛ وتُضاف المصادر غير المدرجة بعدُ بنص الإحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the order of numeric dates such as 25/10/1956: dmy, mdy or ymd</source>
        <translation>ترتيب التواريخ الرقمية مثل 25/10/1956: ‏dmy أو mdy أو ymd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import needs exactly one package folder</source>
        <translation>يحتاج import إلى مجلد حزمة واحد بالضبط</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+86"/>
        <source>%1: file not found</source>
        <translation>%1: الملف غير موجود</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--dates %1: write dmy (25/10/1956), mdy (10/25/1956) or ymd</source>
        <translation>--dates %1: اكتب dmy ‏(25/10/1956) أو mdy ‏(10/25/1956) أو ymd</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+99"/>
        <source>%1 is not a package folder or the id of one (see dpatlas-cli list)</source>
        <translation>%1 ليس مجلد حزمة ولا معرّف حزمة (انظر dpatlas-cli list)</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+95"/>
        <source>Read %1: %2</source>
        <extracomment>%1 is the file&apos;s name, %2 what it holds (&quot;Linked Places, 72 place(s): 43 area(s), 29 point(s)&quot;)
----------
%1 is the file&apos;s name, %2 what it holds (&quot;CSV, semicolons, 12 row(s)&quot;)</extracomment>
        <translation>قُرئ %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: %1</source>
        <translation>الأعمدة: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-88"/>
        <location line="+97"/>
        <source>Nothing was written: %n problem(s) to mend first.</source>
        <translation>
            <numerusform>لم يُكتب شيء: %n من المشكلات يجب إصلاحها أولًا.</numerusform>
            <numerusform>لم يُكتب شيء: مشكلة واحدة (%n) يجب إصلاحها أولًا.</numerusform>
            <numerusform>لم يُكتب شيء: مشكلتان (%n) يجب إصلاحهما أولًا.</numerusform>
            <numerusform>لم يُكتب شيء: %n مشكلات يجب إصلاحها أولًا.</numerusform>
            <numerusform>لم يُكتب شيء: %n مشكلةً يجب إصلاحها أولًا.</numerusform>
            <numerusform>لم يُكتب شيء: %n مشكلة يجب إصلاحها أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-123"/>
        <source>--places adds a layer of places: it takes no --%1</source>
        <translation>--places يضيف طبقة أماكن: لا يقبل --%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--layer %1: a layer id is letters, digits, _ and -, as places_1871</source>
        <translation>--layer %1: معرّف الطبقة حروف وأرقام و_ و-، مثل places_1871</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Replaced layer %1 with %n feature(s): %2, fields %3.</source>
        <extracomment>%1 the layer&apos;s id, %2 its file, %3 its fields</extracomment>
        <translation>
            <numerusform>استُبدلت الطبقة %1 بـ %n من المعالم: %2، الحقول %3.</numerusform>
            <numerusform>استُبدلت الطبقة %1 بمعلم واحد (%n): %2، الحقول %3.</numerusform>
            <numerusform>استُبدلت الطبقة %1 بمعلمين (%n): %2، الحقول %3.</numerusform>
            <numerusform>استُبدلت الطبقة %1 بـ %n معالم: %2، الحقول %3.</numerusform>
            <numerusform>استُبدلت الطبقة %1 بـ %n معلمًا: %2، الحقول %3.</numerusform>
            <numerusform>استُبدلت الطبقة %1 بـ %n معلم: %2، الحقول %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added layer %1 with %n feature(s) to manifest.json: %2, fields %3.</source>
        <translation>
            <numerusform>أُضيفت الطبقة %1 بـ %n من المعالم إلى manifest.json: ‏%2، الحقول %3.</numerusform>
            <numerusform>أُضيفت الطبقة %1 بمعلم واحد (%n) إلى manifest.json: ‏%2، الحقول %3.</numerusform>
            <numerusform>أُضيفت الطبقة %1 بمعلمين (%n) إلى manifest.json: ‏%2، الحقول %3.</numerusform>
            <numerusform>أُضيفت الطبقة %1 بـ %n معالم إلى manifest.json: ‏%2، الحقول %3.</numerusform>
            <numerusform>أُضيفت الطبقة %1 بـ %n معلمًا إلى manifest.json: ‏%2، الحقول %3.</numerusform>
            <numerusform>أُضيفت الطبقة %1 بـ %n معلم إلى manifest.json: ‏%2، الحقول %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manifest.json could not be edited in place and was written anew (same content, keys sorted).</source>
        <translation>تعذّر تحرير manifest.json في موضعه فكُتب من جديد (المحتوى نفسه، والمفاتيح مرتّبة).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say in SOURCES.md where %1 comes from and under which licence.</source>
        <translation>اذكر في SOURCES.md من أين جاء %1 وبأي ترخيص.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the rows of your own table (CSV with commas, semicolons or tabs; .xlsx; .ods) to a package&apos;s claims, events or sources. Your column names are matched to ours (--map settles the rest), feature and authority names to their ids; every row is checked and nothing is written unless all of them are good. --places adds the places of a Linked Places file (the World Historical Gazetteer&apos;s GeoJSON-LD) as a new layer.</source>
        <translation>إضافة صفوف جدولك الخاص (CSV بفواصل أو فواصل منقوطة أو مسافات جدولة؛ ‎.xlsx؛ ‎.ods) إلى مطالبات حزمة أو أحداثها أو مصادرها. تُطابَق أسماء أعمدتك مع أسمائنا (ويحسم --map الباقي)، وأسماء المعالم والسلطات مع معرّفاتها؛ ويُفحص كل صف، ولا يُكتب شيء ما لم تكن الصفوف كلها سليمة. ويضيف --places أماكن ملف Linked Places ‏(GeoJSON-LD الخاص بـ World Historical Gazetteer) طبقةً جديدة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Linked Places file (.lpf.json) whose places become a new feature layer</source>
        <translation>ملف Linked Places ‏(‎.lpf.json) تصير أماكنه طبقة معالم جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --places: the new layer&apos;s title</source>
        <translation>مع --places: عنوان الطبقة الجديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the layer of every feature named, when your table has no layer column; with --places, the new layer&apos;s id (default: from the file&apos;s name)</source>
        <translation>طبقة كل معلم مسمّى، حين لا يكون في جدولك عمود للطبقة؛ ومع --places: معرّف الطبقة الجديدة (الافتراضي: من اسم الملف)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace the table&apos;s rows instead of adding to them; with --places, replace the layer of the same id</source>
        <translation>استبدال صفوف الجدول بدلًا من الإضافة إليها؛ ومع --places: استبدال الطبقة ذات المعرّف نفسه</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>import needs one of --claims FILE, --events FILE, --sources FILE or --places FILE</source>
        <translation>يحتاج import إلى واحد من --claims FILE أو --events FILE أو --sources FILE أو --places FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--title names a layer of places: give it with --places FILE</source>
        <translation>--title يسمّي طبقة أماكن: أعطه مع --places FILE</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Added %n row(s) to %1 (%2 before, replaced, %3 now).</source>
        <extracomment>%1 is the table&apos;s file, %2 and %3 its numbers of rows before and after</extracomment>
        <translation>
            <numerusform>أُضيف %n من الصفوف إلى %1 (%2 قبلُ، استُبدلت، و%3 الآن).</numerusform>
            <numerusform>أُضيف صف واحد (%n) إلى %1 (%2 قبلُ، استُبدلت، و%3 الآن).</numerusform>
            <numerusform>أُضيف صفّان (%n) إلى %1 (%2 قبلُ، استُبدلت، و%3 الآن).</numerusform>
            <numerusform>أُضيفت %n صفوف إلى %1 (%2 قبلُ، استُبدلت، و%3 الآن).</numerusform>
            <numerusform>أُضيف %n صفًّا إلى %1 (%2 قبلُ، استُبدلت، و%3 الآن).</numerusform>
            <numerusform>أُضيف %n صف إلى %1 (%2 قبلُ، استُبدلت، و%3 الآن).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added %n row(s) to %1 (%2 before, %3 now).</source>
        <translation>
            <numerusform>أُضيف %n من الصفوف إلى %1 (%2 قبلُ، و%3 الآن).</numerusform>
            <numerusform>أُضيف صف واحد (%n) إلى %1 (%2 قبلُ، و%3 الآن).</numerusform>
            <numerusform>أُضيف صفّان (%n) إلى %1 (%2 قبلُ، و%3 الآن).</numerusform>
            <numerusform>أُضيفت %n صفوف إلى %1 (%2 قبلُ، و%3 الآن).</numerusform>
            <numerusform>أُضيف %n صفًّا إلى %1 (%2 قبلُ، و%3 الآن).</numerusform>
            <numerusform>أُضيف %n صف إلى %1 (%2 قبلُ، و%3 الآن).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %n source(s) to sources.csv with the citation as your table gives it; complete them there:</source>
        <translation>
            <numerusform>أُضيف %n من المصادر إلى sources.csv بالإحالة كما يوردها جدولك؛ أكملها هناك:</numerusform>
            <numerusform>أُضيف مصدر واحد (%n) إلى sources.csv بالإحالة كما يوردها جدولك؛ أكمله هناك:</numerusform>
            <numerusform>أُضيف مصدران (%n) إلى sources.csv بالإحالة كما يوردها جدولك؛ أكملهما هناك:</numerusform>
            <numerusform>أُضيفت %n مصادر إلى sources.csv بالإحالة كما يوردها جدولك؛ أكملها هناك:</numerusform>
            <numerusform>أُضيف %n مصدرًا إلى sources.csv بالإحالة كما يوردها جدولك؛ أكملها هناك:</numerusform>
            <numerusform>أُضيف %n مصدر إلى sources.csv بالإحالة كما يوردها جدولك؛ أكملها هناك:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+13"/>
        <source>List every discovered case-study package.</source>
        <translation>سرد كل حزم دراسات الحالة المكتشَفة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no packages found in: %1</source>
        <translation>لم يُعثر على أي حزمة في: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+72"/>
        <source>every discovered package: id, title, period</source>
        <translation>كل حزمة مكتشَفة: المعرّف والعنوان والفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check packages; every problem as file:line: message</source>
        <translation>فحص الحزم؛ كل مشكلة بصيغة file:line: message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status and authorities of every feature on DATE</source>
        <translation>وضع كل معلم وسلطاته في DATE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draw the map of DATE (default 1920x1080)</source>
        <translation>رسم خريطة DATE (الافتراضي 1920x1080)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one frame per step, date and events burned in</source>
        <translation>إطار لكل خطوة، مع التاريخ والأحداث مطبوعة عليه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time series and geometry of control</source>
        <translation>سلاسل زمنية وأشكال هندسية للسيطرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the state on a date, or every claim with start and end</source>
        <translation>الحالة في تاريخ معيّن، أو كل مطالبة ببدايتها ونهايتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature and its control history, for gazetteers (LPF)</source>
        <translation>كل معلم وتاريخ السيطرة عليه، لمعاجم الأماكن (LPF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole case study in one GeoPackage (a DATASET too)</source>
        <translation>دراسة الحالة كاملة في ملف GeoPackage واحد (وهو DATASET أيضًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a packed case study back into a package folder</source>
        <translation>دراسة حالة محزومة تعود مجلدَ حزمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case study into a schema of a PostgreSQL + PostGIS database, in one transaction; from then on pg:CONNINFO#S is a DATASET for every command and for the app</source>
        <translation>دراسة الحالة إلى مخطط في قاعدة بيانات PostgreSQL + PostGIS، في معاملة واحدة؛ ومن ثمّ يصير pg:CONNINFO#S مجموعة بيانات (DATASET) لكل أمر وللتطبيق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a case study kept in PostgreSQL back into a package folder</source>
        <translation>دراسة حالة محفوظة في PostgreSQL تعود مجلدَ حزمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start a case study from vector files, valid from the start</source>
        <translation>بدء دراسة حالة من ملفات متجهية، صالحة منذ البداية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a copy with every invalid geometry fixed (GDAL MakeValid), each fix said in words; the package itself is never changed</source>
        <translation>نسخة أُصلح فيها كل شكل هندسي غير صالح (GDAL MakeValid)، مع وصف كل إصلاح بالكلمات؛ ولا تتغيّر الحزمة نفسها أبدًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add your own table (CSV, .xlsx, .ods) to a package, all or nothing</source>
        <translation>إضافة جدولك الخاص (CSV، ‎.xlsx، ‎.ods) إلى حزمة، كله أو لا شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warp a scan by its control points (QGIS .points or CSV) into a tiled GeoTIFF with overviews; prints residuals and RMS</source>
        <translation>إعادة إسقاط صورة ممسوحة بنقاط ضبطها (‎.points من QGIS أو CSV) إلى GeoTIFF مبلّط مع صور مصغّرة؛ ويطبع البواقي وRMS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show this help; COMMAND --help shows the command&apos;s options</source>
        <translation>عرض هذه المساعدة؛ و COMMAND --help يعرض خيارات الأمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language of messages: en, ru, fr, es, ca or ar (default: the system&apos;s)</source>
        <translation>لغة الرسائل: en أو ru أو fr أو es أو ca أو ar (الافتراضي: لغة النظام)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation>عرض الإصدار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: %1</source>
        <extracomment>the first line of --help; %1 is &quot;dpatlas-cli COMMAND [OPTIONS]&quot;</extracomment>
        <translation>الاستعمال: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Power Atlas on the command line: validate case-study packages, list their control state on a date, render and animate maps, export layers.</source>
        <translation>أطلس ازدواجية السلطة من سطر الأوامر: فحص حزم دراسات الحالة، وسرد حالة السيطرة فيها في تاريخ معيّن، ورسم الخرائط وتحريكها، وتصدير الطبقات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATASET is a package id (see `list`), a package folder or a packed .gpkg. A package with problems is refused, its problems listed (exit 1); --allow-errors uses what loads of it. DATE is YYYY-MM-DD or YYYY-MM-DDTHH:MM, Gregorian unless --calendar julian; a date without a time means noon.</source>
        <translation>DATASET معرّف حزمة (انظر `list`) أو مجلد حزمة أو ملف ‎.gpkg محزوم. تُرفض الحزمة التي فيها مشكلات وتُسرد مشكلاتها (رمز الخروج 1)؛ ويستعمل --allow-errors ما يُحمَّل منها. وDATE بصيغة YYYY-MM-DD أو YYYY-MM-DDTHH:MM، بالتقويم الغريغوري ما لم يُعطَ --calendar julian؛ والتاريخ بلا وقت يعني الظهر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packages are found in ~/.local/share/dpatlas/datasets, the folders in DPATLAS_DATASETS (&apos;:&apos;-separated), the installed share/dpatlas/datasets and, in a build from source, the source tree&apos;s datasets/.</source>
        <translation>يُبحث عن الحزم في ‎~/.local/share/dpatlas/datasets، وفي المجلدات المذكورة في DPATLAS_DATASETS (مفصولة بـ &apos;:&apos;)، وفي share/dpatlas/datasets المثبَّت، وفي المجلد datasets/ من شجرة المصدر عند البناء من المصدر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit status: 0 success, 1 invalid package, 2 usage error (unknown dataset, bad date, unwritable output).</source>
        <translation>رمز الخروج: 0 نجاح، 1 حزمة غير صالحة، 2 خطأ في الاستعمال (مجموعة بيانات مجهولة، تاريخ غير صالح، إخراج تتعذّر كتابته).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unknown command &quot;%1&quot; (see dpatlas-cli --help)</source>
        <translation>أمر مجهول «%1» (انظر dpatlas-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="-126"/>
        <source>Start a case-study package from vector files (GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf, CSV): the manifest, the layers as GeoJSON, empty claims, events and sources tables, and SOURCES.md, checked by the validator before anything is written.</source>
        <translation>بدء حزمة دراسة حالة من ملفات متجهية (GeoJSON، GeoPackage، Shapefile، KML، FlatGeobuf، CSV): ملف البيان، والطبقات بصيغة GeoJSON، وجداول مطالبات وأحداث ومصادر فارغة، وSOURCES.md، ويفحصها المدقِّق قبل كتابة أي شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the package id: lower case, digits and -</source>
        <translation>معرّف الحزمة: حروف صغيرة وأرقام و-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a vector file of features (repeat for more)</source>
        <translation>ملف متجهي من المعالم (كرّره لأكثر من ملف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case study&apos;s title</source>
        <translation>عنوان دراسة الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first and last date, as 1917-02-23..1917-11-15</source>
        <translation>التاريخ الأول والأخير، مثل 1917-02-23..1917-11-15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of the dates: gregorian (default) or julian</source>
        <translation>تقويم التواريخ: gregorian (الافتراضي) أو julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projected CRS to draw and measure in (default: the grid in PROJ&apos;s database with the smallest area of use over the layers; the others are listed)</source>
        <translation>نظام إحداثيات مرجعي مُسقَط للرسم والقياس (الافتراضي: الشبكة التي في قاعدة بيانات PROJ ذات أصغر نطاق استعمال يغطي الطبقات؛ وتُسرد الأخرى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an authority: id=Name[,#rrggbb][,bloc] (repeat; colours default to a colour-blind-safe set)</source>
        <translation>سلطة: id=Name[,#rrggbb][,bloc] (كرّره؛ والألوان افتراضيًا من مجموعة آمنة لعمى الألوان)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field that identifies features (default: id, code… when unique)</source>
        <translation>الحقل الذي يعرّف المعالم (الافتراضي: id، code… إن كان فريدًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field that names features (default: name, nom…)</source>
        <translation>الحقل الذي يسمّي المعالم (الافتراضي: name، nom…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every feature of the layers is approximate (modern boundaries standing in for the period&apos;s): drawn with dashed outlines</source>
        <translation>كل معالم الطبقات تقريبية (حدود حديثة تحلّ محل حدود الفترة): تُرسم بحدود متقطعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data credits printed on every map</source>
        <translation>إسنادات البيانات المطبوعة على كل خريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new package folder (must not exist, or be empty)</source>
        <translation>مجلد الحزمة الجديدة (يجب ألا يكون موجودًا، أو أن يكون فارغًا)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new needs exactly one ID</source>
        <translation>يحتاج new إلى ID واحد بالضبط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: an id is lower-case letters, digits and -, as petrograd-1917</source>
        <translation>«%1»: المعرّف حروف لاتينية صغيرة وأرقام و-، مثل petrograd-1917</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs -o DIR, the new package&apos;s folder</source>
        <translation>يحتاج new إلى -o DIR، مجلد الحزمة الجديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not empty: give a new folder</source>
        <translation>%1 ليس فارغًا: أعطِ مجلدًا جديدًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs --title</source>
        <translation>يحتاج new إلى --title</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new needs --period FIRST..LAST, as 1917-02-23..1917-11-15</source>
        <translation>يحتاج new إلى --period FIRST..LAST، مثل 1917-02-23..1917-11-15</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad --period &quot;%1&quot;: %2</source>
        <translation>قيمة --period غير صالحة «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad --period: %1 ends before it starts</source>
        <translation>قيمة --period غير صالحة: %1 ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad --authority &quot;%1&quot;: write id=Name[,#rrggbb][,bloc], the id in lower case (a-z, 0-9 and _)</source>
        <translation>قيمة --authority غير صالحة «%1»: اكتب id=Name[,#rrggbb][,bloc]، والمعرّف بحروف صغيرة (a-z و0-9 و_)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new needs at least one --authority id=Name (every claim names one)</source>
        <translation>يحتاج new إلى --authority id=Name واحد على الأقل (كل مطالبة تسمّي سلطة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new needs at least one --layer FILE</source>
        <translation>يحتاج new إلى --layer FILE واحد على الأقل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no field identifies every feature uniquely; say which with --id-field (fields: %2)</source>
        <translation>%1: لا حقل يعرّف كل معلم تعريفًا فريدًا؛ حدّد أيّها بـ --id-field (الحقول: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: field &quot;%2&quot; is missing, empty or repeated in some features (fields: %3)</source>
        <translation>%1: الحقل «%2» مفقود أو فارغ أو مكرَّر في بعض المعالم (الحقول: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no field &quot;%2&quot; (fields: %3)</source>
        <translation>%1: لا حقل «%2» (الحقول: %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot suggest a CRS for these layers: give --crs</source>
        <translation>يتعذّر اقتراح نظام إحداثيات مرجعي لهذه الطبقات: أعطه بـ --crs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, the UTM zone of the layers</source>
        <translation>%1، نطاق UTM للطبقات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 = %2, the projected CRS with the smallest area of use over the layers</source>
        <translation>%1 = %2، نظام الإحداثيات المرجعي المُسقَط ذو أصغر نطاق استعمال يغطي الطبقات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = %2, the projected CRS with the smallest area of use over the layers; others that suit them, for --crs: %3</source>
        <translation>%1 = %2، نظام الإحداثيات المرجعي المُسقَط ذو أصغر نطاق استعمال يغطي الطبقات؛ وأنظمة أخرى تناسبها، لـ --crs: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the new package would not be valid; nothing written</source>
        <translation>لن تكون الحزمة الجديدة صالحة؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: new case study %2 (%3, %4, %5). Next: add claims to claims.csv (datasets/README.md explains the columns), then dpatlas-cli validate %1</source>
        <extracomment>%1 is the new folder, %2 the package id, %3 &quot;2 layer(s)&quot;, %4 &quot;48 features&quot;, %5 the CRS</extracomment>
        <translation>%1: دراسة حالة جديدة %2 (%3، %4، %5). التالي: أضف مطالبات إلى claims.csv (يشرح datasets/README.md الأعمدة)، ثم dpatlas-cli validate %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../app/cli/repaircommand.cpp" line="+44"/>
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n من الطبقات</numerusform>
            <numerusform>طبقة واحدة (%n)</numerusform>
            <numerusform>طبقتان (%n)</numerusform>
            <numerusform>%n طبقات</numerusform>
            <numerusform>%n طبقةً</numerusform>
            <numerusform>%n طبقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="-11"/>
        <source>Draw the map of a case study on a date to a PNG, or to an SVG or PDF made of vector paths.</source>
        <translation>رسم خريطة دراسة حالة في تاريخ معيّن إلى ملف PNG، أو إلى SVG أو PDF مؤلَّف من مسارات متجهية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output file: .png, .svg or .pdf</source>
        <translation>ملف الإخراج: ‎.png أو ‎.svg أو ‎.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image size in pixels (default 1920x1080)</source>
        <translation>حجم الصورة بالبكسل (الافتراضي 1920x1080)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a page instead of --size: %1 (A4 in pixels at --dpi)</source>
        <translation>صفحة بدلًا من --size: %1 (A4 بالبكسل حسب --dpi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution for print: the picture is W/N by H/N inches (default 96)</source>
        <translation>الدقة للطباعة: الصورة W/N × H/N بوصة (الافتراضي 96)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draw this box, in the case study&apos;s CRS unless --bbox-crs says otherwise, widened to the picture&apos;s shape (default: every feature); a pg: dataset then reads only what is drawn from the database</source>
        <translation>ارسم هذا المربع، بنظام إحداثيات دراسة الحالة ما لم يحدّد --bbox-crs غيره، موسّعًا إلى شكل الصورة (افتراضيًا: كل المعالم)؛ وعندها لا تقرأ مجموعة pg: من قاعدة البيانات إلا ما يُرسم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>render needs -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>يحتاج render إلى -o OUT.png أو OUT.svg أو OUT.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: name the picture .png, .svg or .pdf</source>
        <translation>«%1»: سمِّ الصورة ‎.png أو ‎.svg أو ‎.pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad --dpi &quot;%1&quot;: give a whole number from 10 to 2400</source>
        <translation>قيمة --dpi غير صالحة «%1»: أعطِ عددًا صحيحًا من 10 إلى 2400</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad --page &quot;%1&quot;: write one of %2</source>
        <translation>قيمة --page غير صالحة «%1»: اكتب واحدًا من %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --page or --size, not both</source>
        <translation>أعطِ --page أو --size، لا كليهما</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--page %1 at %2 dpi is %3x%4 pixels, over 16384: lower --dpi</source>
        <translation>--page %1 بدقة %2 dpi تساوي %3x%4 بكسل، أي أكثر من 16384: اخفض --dpi</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot create a temporary folder for the period maps: %1</source>
        <translation>تعذّر إنشاء مجلد مؤقت لخرائط الحقبة: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/repaircommand.cpp" line="-108"/>
        <source>%1: layer %2, feature %3%4: %5; fixed: %6</source>
        <extracomment>%1 is the layer&apos;s file, %4 the feature&apos;s name in parentheses or nothing, %5 what was wrong, %6 what the fix changed</extracomment>
        <translation>%1: الطبقة %2، المعلم %3%4: %5؛ الإصلاح: %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; and </source>
        <comment>between two problems of one geometry</comment>
        <translation>؛ و</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a copy of a package with every invalid geometry fixed by GDAL&apos;s MakeValid, saying per feature what was wrong and what the fix changed. The package itself is never changed; the copy appears only once it validates.</source>
        <translation>كتابة نسخة من حزمة أُصلح فيها كل شكل هندسي غير صالح بأداة MakeValid من GDAL، مع ذكر ما كان خطأً في كل معلم وما غيّره الإصلاح. لا تتغيّر الحزمة نفسها أبدًا؛ ولا تظهر النسخة إلا بعد أن تجتاز التحقق.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a new (or empty) folder for the fixed copy</source>
        <translation>مجلد جديد (أو فارغ) للنسخة المصلَحة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repair needs one DATASET and -o OUTDIR (see dpatlas-cli repair --help)</source>
        <translation>يحتاج repair إلى DATASET واحدة و-o OUTDIR (انظر dpatlas-cli repair --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is inside the package %2: write the fixed copy to a folder outside it (the package itself is never changed)</source>
        <translation>%1 داخل الحزمة %2: اكتب النسخة المصلَحة في مجلد خارجها (لا تتغيّر الحزمة نفسها أبدًا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the repaired package</source>
        <translation>تتعذّر كتابة الحزمة المصلَحة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot copy %1 into %2; nothing written</source>
        <translation>يتعذّر نسخ %1 إلى %2؛ لم يُكتب شيء</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1: nothing to fix: every geometry in its %n layer(s) is valid; nothing written</source>
        <translation>
            <numerusform>%1: لا شيء لإصلاحه: كل شكل هندسي في طبقاتها الـ %n صالح؛ لم يُكتب شيء</numerusform>
            <numerusform>%1: لا شيء لإصلاحه: كل شكل هندسي في طبقتها الوحيدة (%n) صالح؛ لم يُكتب شيء</numerusform>
            <numerusform>%1: لا شيء لإصلاحه: كل شكل هندسي في طبقتيها (%n) صالح؛ لم يُكتب شيء</numerusform>
            <numerusform>%1: لا شيء لإصلاحه: كل شكل هندسي في طبقاتها الـ %n صالح؛ لم يُكتب شيء</numerusform>
            <numerusform>%1: لا شيء لإصلاحه: كل شكل هندسي في طبقاتها الـ %n صالح؛ لم يُكتب شيء</numerusform>
            <numerusform>%1: لا شيء لإصلاحه: كل شكل هندسي في طبقاتها الـ %n صالح؛ لم يُكتب شيء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>the repaired copy would not validate (%n problem(s) above); nothing written</source>
        <translation>
            <numerusform>لن تجتاز النسخة المصلَحة التحقق (%n من المشكلات أعلاه)؛ لم يُكتب شيء</numerusform>
            <numerusform>لن تجتاز النسخة المصلَحة التحقق (مشكلة واحدة (%n) أعلاه)؛ لم يُكتب شيء</numerusform>
            <numerusform>لن تجتاز النسخة المصلَحة التحقق (مشكلتان (%n) أعلاه)؛ لم يُكتب شيء</numerusform>
            <numerusform>لن تجتاز النسخة المصلَحة التحقق (%n مشكلات أعلاه)؛ لم يُكتب شيء</numerusform>
            <numerusform>لن تجتاز النسخة المصلَحة التحقق (%n مشكلةً أعلاه)؛ لم يُكتب شيء</numerusform>
            <numerusform>لن تجتاز النسخة المصلَحة التحقق (%n مشكلة أعلاه)؛ لم يُكتب شيء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n geometry fixed in %2; the copy validates, and everything else in it is as in %3</source>
        <extracomment>%1 is the copy&apos;s folder, %2 &quot;2 layer(s)&quot;, %3 the package</extracomment>
        <translation>
            <numerusform>%1: أُصلح %n من الأشكال الهندسية في %2؛ النسخة تجتاز التحقق، وكل ما سوى ذلك فيها كما في %3</numerusform>
            <numerusform>%1: أُصلح شكل هندسي واحد (%n) في %2؛ النسخة تجتاز التحقق، وكل ما سوى ذلك فيها كما في %3</numerusform>
            <numerusform>%1: أُصلح شكلان هندسيان (%n) في %2؛ النسخة تجتاز التحقق، وكل ما سوى ذلك فيها كما في %3</numerusform>
            <numerusform>%1: أُصلحت %n أشكال هندسية في %2؛ النسخة تجتاز التحقق، وكل ما سوى ذلك فيها كما في %3</numerusform>
            <numerusform>%1: أُصلح %n شكلًا هندسيًا في %2؛ النسخة تجتاز التحقق، وكل ما سوى ذلك فيها كما في %3</numerusform>
            <numerusform>%1: أُصلح %n شكل هندسي في %2؛ النسخة تجتاز التحقق، وكل ما سوى ذلك فيها كما في %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n geometries fixed in %2; the copy validates, and everything else in it is as in %3</source>
        <extracomment>%1 is the copy&apos;s folder, %2 &quot;2 layer(s)&quot;, %3 the package</extracomment>
        <translation>
            <numerusform>%1: أُصلح %n من الأشكال الهندسية في %2؛ النسخة تجتاز التحقق، وكل ما سوى ذلك فيها كما في %3</numerusform>
            <numerusform>%1: أُصلح شكل هندسي واحد (%n) في %2؛ النسخة تجتاز التحقق، وكل ما سوى ذلك فيها كما في %3</numerusform>
            <numerusform>%1: أُصلح شكلان هندسيان (%n) في %2؛ النسخة تجتاز التحقق، وكل ما سوى ذلك فيها كما في %3</numerusform>
            <numerusform>%1: أُصلحت %n أشكال هندسية في %2؛ النسخة تجتاز التحقق، وكل ما سوى ذلك فيها كما في %3</numerusform>
            <numerusform>%1: أُصلح %n شكلًا هندسيًا في %2؛ النسخة تجتاز التحقق، وكل ما سوى ذلك فيها كما في %3</numerusform>
            <numerusform>%1: أُصلح %n شكل هندسي في %2؛ النسخة تجتاز التحقق، وكل ما سوى ذلك فيها كما في %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/statecommand.cpp" line="+32"/>
        <source>Status and authorities of every feature on a date.</source>
        <translation>وضع كل معلم وسلطاته في تاريخ معيّن.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv (default) or json</source>
        <translation>csv (الافتراضي) أو json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the features whose bounding box meets this box, in the case study&apos;s CRS unless --bbox-crs says otherwise (a pg: dataset then reads only those from the database)</source>
        <translation>المعالم التي يلامس مستطيلها المحيط هذا المربع فقط، بنظام إحداثيات دراسة الحالة ما لم يحدّد --bbox-crs غيره (وعندها لا تقرأ مجموعة pg: من قاعدة البيانات إلا هذه)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format &quot;%1&quot;: use csv or json</source>
        <translation>صيغة مجهولة «%1»: استعمل csv أو json</translation>
    </message>
    <message>
        <location filename="../app/cli/unpackcommand.cpp" line="+12"/>
        <source>Turn a case study packed by `dpatlas-cli export --package` back into a package folder, file for file.</source>
        <translation>إعادة دراسة حالة حزمها `dpatlas-cli export --package` مجلدَ حزمة، ملفًّا ملفًّا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the packed case study</source>
        <translation>دراسة الحالة المحزومة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new (or empty) folder to unpack into</source>
        <translation>مجلد جديد (أو فارغ) للفكّ فيه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unpack needs PACKAGE.gpkg and FOLDER</source>
        <translation>يحتاج unpack إلى PACKAGE.gpkg وFOLDER</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="-43"/>
        <source>Check case-study packages; print every problem as file:line: message.</source>
        <translation>فحص حزم دراسات الحالة؛ وطباعة كل مشكلة بصيغة file:line: message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>package folders or packed .gpkg files</source>
        <translation>مجلدات حزم أو ملفات ‎.gpkg محزومة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>validate needs at least one package folder</source>
        <translation>يحتاج validate إلى مجلد حزمة واحد على الأقل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: package folder (or packed .gpkg) not found</source>
        <translation>%1: لم يُعثر على مجلد الحزمة (أو ملف ‎.gpkg المحزوم)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n من المشكلات</numerusform>
            <numerusform>%1: مشكلة واحدة (%n)</numerusform>
            <numerusform>%1: مشكلتان (%n)</numerusform>
            <numerusform>%1: %n مشكلات</numerusform>
            <numerusform>%1: %n مشكلةً</numerusform>
            <numerusform>%1: %n مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: valid (%2, %3, %4, %5)</source>
        <extracomment>%2 to %5 are &quot;12 features&quot;, &quot;40 claims&quot;, &quot;7 events&quot;, &quot;9 sources&quot;</extracomment>
        <translation>%1: صالحة (%2، %3، %4، %5)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n من الأحداث</numerusform>
            <numerusform>حدث واحد (%n)</numerusform>
            <numerusform>حدثان (%n)</numerusform>
            <numerusform>%n أحداث</numerusform>
            <numerusform>%n حدثًا</numerusform>
            <numerusform>%n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n من المصادر</numerusform>
            <numerusform>مصدر واحد (%n)</numerusform>
            <numerusform>مصدران (%n)</numerusform>
            <numerusform>%n مصادر</numerusform>
            <numerusform>%n مصدرًا</numerusform>
            <numerusform>%n مصدر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="+12"/>
        <source>Write a case study kept in PostgreSQL (by `dpatlas-cli push`) out as a package folder. Files come back byte for byte; a layer edited in the database (in QGIS, say) is written anew from its table, in its own format.</source>
        <translation>كتابة دراسة حالة محفوظة في PostgreSQL ‏(بالأمر `dpatlas-cli push`) مجلدَ حزمة. تعود الملفات كما هي بايتًا بايتًا؛ والطبقة التي حُرّرت في قاعدة البيانات (في QGIS مثلًا) تُكتب من جديد من جدولها، بصيغتها الخاصة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the case study in the database (or give --pg and --schema)</source>
        <translation>دراسة الحالة في قاعدة البيانات (أو أعطِ --pg و--schema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new (or empty) folder to write the package into</source>
        <translation>مجلد جديد (أو فارغ) تُكتب فيه الحزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database: libpq&apos;s connection string</source>
        <translation>قاعدة البيانات: سلسلة الاتصال الخاصة بـ libpq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case study&apos;s schema</source>
        <translation>مخطط دراسة الحالة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pull needs pg:CONNINFO#SCHEMA and FOLDER, or --pg CONNINFO --schema S and FOLDER</source>
        <translation>يحتاج pull إلى pg:CONNINFO#SCHEMA وFOLDER، أو --pg CONNINFO --schema S وFOLDER</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 at revision %3</source>
        <translation>%1: %2 في المراجعة %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written anew from their tables (changed in the database): %1</source>
        <translation>كُتبت من جديد من جداولها (تغيّرت في قاعدة البيانات): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="+12"/>
        <source>Put a case study into a PostgreSQL database with PostGIS, for a team to share: its layers become PostGIS tables with spatial indexes, its claims, events, sources and manifest tables, all in one schema, written in one transaction (all or nothing). Open it afterwards as the DATASET pg:CONNINFO#SCHEMA.</source>
        <translation>وضع دراسة حالة في قاعدة بيانات PostgreSQL مع PostGIS، ليتشاركها فريق: تصير طبقاتها جداول PostGIS بفهارس مكانية، مع جداول مطالباتها وأحداثها ومصادرها وملف بيانها، كلها في مخطط واحد، تُكتب في معاملة واحدة (كلها أو لا شيء). افتحها بعد ذلك بوصفها DATASET ‏pg:CONNINFO#SCHEMA.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package id, folder, packed .gpkg or pg:CONNINFO#SCHEMA</source>
        <translation>معرّف حزمة أو مجلد أو ملف ‎.gpkg محزوم أو pg:CONNINFO#SCHEMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database: libpq&apos;s connection string (&quot;host=db.example.org dbname=atlas user=me&quot; or postgresql://…); keep the password in ~/.pgpass or PGPASSWORD</source>
        <translation>قاعدة البيانات: سلسلة الاتصال الخاصة بـ libpq ‏(&quot;host=db.example.org dbname=atlas user=me&quot; أو postgresql://…)؛ واحفظ كلمة المرور في ‎~/.pgpass أو PGPASSWORD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the schema to write (default: the package id, &apos;-&apos; as &apos;_&apos;)</source>
        <translation>المخطط المراد الكتابة فيه (الافتراضي: معرّف الحزمة، و&apos;-&apos; بدلها &apos;_&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the case study the schema holds already</source>
        <translation>استبدال دراسة الحالة التي يحويها المخطط من قبل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>push needs exactly one DATASET</source>
        <translation>يحتاج push إلى DATASET واحدة بالضبط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push needs --pg CONNINFO, the database to write to</source>
        <translation>يحتاج push إلى --pg CONNINFO، قاعدة البيانات المراد الكتابة فيها</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: pushed to schema %2 of %3: %n layer(s), %4 features, %5 table rows, %6 other files</source>
        <translation>
            <numerusform>%1: دُفعت إلى المخطط %2 في %3: %n من الطبقات، %4 من المعالم، %5 من صفوف الجداول، %6 من الملفات الأخرى</numerusform>
            <numerusform>%1: دُفعت إلى المخطط %2 في %3: طبقة واحدة (%n)، %4 من المعالم، %5 من صفوف الجداول، %6 من الملفات الأخرى</numerusform>
            <numerusform>%1: دُفعت إلى المخطط %2 في %3: طبقتان (%n)، %4 من المعالم، %5 من صفوف الجداول، %6 من الملفات الأخرى</numerusform>
            <numerusform>%1: دُفعت إلى المخطط %2 في %3: %n طبقات، %4 من المعالم، %5 من صفوف الجداول، %6 من الملفات الأخرى</numerusform>
            <numerusform>%1: دُفعت إلى المخطط %2 في %3: %n طبقةً، %4 من المعالم، %5 من صفوف الجداول، %6 من الملفات الأخرى</numerusform>
            <numerusform>%1: دُفعت إلى المخطط %2 في %3: %n طبقة، %4 من المعالم، %5 من صفوف الجداول، %6 من الملفات الأخرى</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it as %1</source>
        <translation>افتحها بوصفها %1</translation>
    </message>
</context>
<context>
    <name>dpa::tilebasemap</name>
    <message>
        <location filename="../gis/io/tilebasemap.cpp" line="+48"/>
        <source>no address given</source>
        <translation>لم يُذكر عنوان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: after WMTS: give the http(s) address of the service&apos;s capabilities</source>
        <translation>«%1»: بعد WMTS: اذكر عنوان http(s) لقدرات (capabilities) الخدمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: a tile address starts with https://, http:// or file://</source>
        <translation>«%1»: يبدأ عنوان البلاطات بـ https:// أو http:// أو file://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has no %2: write the tile address with {z}, {x} and {y}, as in https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>«%1» يخلو من %2: اكتب عنوان البلاطات مع {z} و{x} و{y}، كما في https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>basemap</source>
        <translation>خريطة الأساس</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>basemap %1</source>
        <translation>خريطة الأساس %1</translation>
    </message>
</context>
<context>
    <name>dpatlas</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+36"/>
        <source>no translation for language &quot;%1&quot;; using English</source>
        <translation>لا ترجمة للغة «%1»؛ تُستعمل الإنجليزية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dual Power Atlas: control maps of dual power over time.</source>
        <translation>أطلس ازدواجية السلطة: خرائط السيطرة في حالات ازدواجية السلطة عبر الزمن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package id, folder or packed .gpkg (default: the last one used, else petrograd-1917)</source>
        <translation>معرّف حزمة أو مجلد أو ملف ‎.gpkg محزوم (الافتراضي: آخر ما استُعمل، وإلا petrograd-1917)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open on this date: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>الفتح على هذا التاريخ: YYYY-MM-DD أو YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar of --at: gregorian (default) or julian</source>
        <translation>تقويم --at: gregorian (الافتراضي) أو julian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>side panel to show first: events, inspector or chart</source>
        <translation>اللوحة الجانبية المعروضة أولًا: events أو inspector أو chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open an export dialog: layer, timeline, image, animation or package</source>
        <translation>فتح نافذة تصدير: layer أو timeline أو image أو animation أو package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw the front lines on the map</source>
        <translation>رسم خطوط الجبهة على الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interface language: en, ru, fr, es, ca or ar</source>
        <translation>لغة الواجهة: en أو ru أو fr أو es أو ca أو ar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown calendar &quot;%1&quot;: use gregorian or julian</source>
        <translation>تقويم مجهول «%1»: استعمل gregorian أو julian</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bad date &quot;%1&quot;: write YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>تاريخ غير صالح «%1»: اكتب YYYY-MM-DD أو YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown dataset &quot;%1&quot; (see dpatlas-cli list)</source>
        <translation>مجموعة بيانات مجهولة «%1» (انظر dpatlas-cli list)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown panel &quot;%1&quot;: use events, inspector or chart</source>
        <translation>لوحة مجهولة «%1»: استعمل events أو inspector أو chart</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown export &quot;%1&quot;: use layer, timeline, image, animation or package</source>
        <translation>تصدير مجهول «%1»: استعمل layer أو timeline أو image أو animation أو package</translation>
    </message>
</context>
</TS>
