<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiConfig</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>La dirección del servidor no es una URL válida.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost); use https://.</source>
        <translation>http:// sin cifrar solo se permite para este equipo (localhost); use https://.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>La dirección del servidor debe empezar con https://.</translation>
    </message>
</context>
<context>
    <name>BatchResponse</name>
    <message>
        <source>Not confirmed by HubSpot: the answer named neither a result nor an error for this email. Send it again to be sure.</source>
        <translation>HubSpot no lo confirmó: la respuesta no incluyó un resultado ni un error para este correo. Envíelo de nuevo para estar seguro.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to HubSpot</source>
        <translation>Conectarse a HubSpot</translation>
    </message>
    <message>
        <source>Paste the access token of your HubSpot private app or service key. It stays on this computer and is only sent to HubSpot.</source>
        <translation>Pegue el token de acceso de su aplicación privada o clave de servicio de HubSpot. Se queda en este equipo y solo se envía a HubSpot.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>pat-…</source>
        <translation>pat-…</translation>
    </message>
    <message>
        <source>The access token of a HubSpot private app or service key. It is hidden while you type.</source>
        <translation>El token de acceso de una aplicación privada o clave de servicio de HubSpot. Se oculta mientras escribe.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>&amp;Remember this token in the system keychain</source>
        <translation>&amp;Recordar este token en el llavero del sistema</translation>
    </message>
    <message>
        <source>Keeps the token in your computer&apos;s password store, so you do not have to paste it next time. Untick to remove it from there.</source>
        <translation>Guarda el token en el almacén de contraseñas de su equipo para que no tenga que pegarlo la próxima vez. Desmárquelo para borrarlo de allí.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Check the token and load the marketing events of your HubSpot account.</source>
        <translation>Comprueba el token y carga los eventos de marketing de su cuenta de HubSpot.</translation>
    </message>
    <message>
        <source>Try the &amp;demo account</source>
        <translation>Probar la cuenta de &amp;demostración</translation>
    </message>
    <message>
        <source>Practise with a simulated HubSpot account on this computer. Nothing is sent to HubSpot.</source>
        <translation>Practique con una cuenta de HubSpot simulada en este equipo. No se envía nada a HubSpot.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connecting to HubSpot…</source>
        <translation>Conectando con HubSpot…</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#help&quot;&gt;Where do I find my token?&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;#help&quot;&gt;¿Dónde encuentro mi token?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings › Integrations › Private apps (or Service keys). Create an app or key with the scopes crm.objects.marketing_events.read and crm.objects.marketing_events.write, then copy its access token and paste it above.</source>
        <translation>En HubSpot, abra Configuración › Integraciones › Aplicaciones privadas (o Claves de servicio). Cree una aplicación o clave con los permisos (scopes) crm.objects.marketing_events.read y crm.objects.marketing_events.write; luego copie su token de acceso y péguelo arriba.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Opciones a&amp;vanzadas</translation>
    </message>
    <message>
        <source>Settings most people never need to change.</source>
        <translation>Ajustes que casi nadie necesita cambiar.</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>Versión de la &amp;API:</translation>
    </message>
    <message>
        <source>Which version of HubSpot&apos;s marketing events API to use. Both record the same thing.</source>
        <translation>Qué versión de la API de eventos de marketing de HubSpot se usa. Las dos registran lo mismo.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Dirección del &amp;servidor:</translation>
    </message>
    <message>
        <source>HubSpot&apos;s API address. Change it only if your IT team asks you to.</source>
        <translation>La dirección de la API de HubSpot. Cámbiela solo si su equipo de TI se lo pide.</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Choose the event</source>
        <translation>Elegir el evento</translation>
    </message>
    <message>
        <source>Pick the HubSpot marketing event the people in your spreadsheet signed up for, attended or cancelled.</source>
        <translation>Elija el evento de marketing de HubSpot en el que las personas de su hoja de cálculo se inscribieron, participaron o cancelaron.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Name, type or ID</source>
        <translation>Nombre, tipo o ID</translation>
    </message>
    <message>
        <source>Shows only the events whose name, type or ID contains this text.</source>
        <translation>Muestra solo los eventos cuyo nombre, tipo o ID contiene este texto.</translation>
    </message>
    <message>
        <source>Find an event</source>
        <translation>Buscar un evento</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Load the list of events from HubSpot again, for example after creating an event.</source>
        <translation>Vuelve a cargar la lista de eventos desde HubSpot, por ejemplo después de crear un evento.</translation>
    </message>
    <message>
        <source>Marketing events</source>
        <translation>Eventos de marketing</translation>
    </message>
    <message>
        <source>Mark the people in the file as:</source>
        <translation>Marcar a las personas del archivo como:</translation>
    </message>
    <message>
        <source>Re&amp;gistered</source>
        <translation>&amp;Inscritas</translation>
    </message>
    <message>
        <source>They signed up for the event.</source>
        <translation>Se inscribieron en el evento.</translation>
    </message>
    <message>
        <source>&amp;Attended</source>
        <translation>&amp;Asistentes</translation>
    </message>
    <message>
        <source>They took part in the event.</source>
        <translation>Participaron en el evento.</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>&amp;Canceladas</translation>
    </message>
    <message>
        <source>They cancelled their registration.</source>
        <translation>Cancelaron su inscripción.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Open the spreadsheet</source>
        <translation>Abrir la hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Open spreadsheet…</source>
        <translation>&amp;Abrir hoja de cálculo…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>Open the list of people (CSV, Excel or LibreOffice), or drag the file onto this window. Nothing is sent until you click Send.</source>
        <translation>Abra la lista de personas (CSV, Excel o LibreOffice) o arrastre el archivo a esta ventana. No se envía nada hasta que haga clic en Enviar.</translation>
    </message>
    <message>
        <source>Choose the spreadsheet with the people&apos;s email addresses (Ctrl+O).</source>
        <translation>Elija la hoja de cálculo con los correos electrónicos de las personas (Ctrl+O).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop reading this file.</source>
        <translation>Deja de leer este archivo.</translation>
    </message>
    <message>
        <source>Drop a spreadsheet here: CSV, Excel (.xlsx, .xls) or LibreOffice (.ods)</source>
        <translation>Suelte aquí una hoja de cálculo: CSV, Excel (.xlsx, .xls) o LibreOffice (.ods)</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Record each person as their status &amp;column says:</source>
        <translation>Registrar a cada persona según su &amp;columna de estado:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Attendance Importer</source>
        <translation>Attendance Importer</translation>
    </message>
    <message>
        <source>Demo account — a simulated HubSpot on this computer. Nothing is sent to HubSpot.</source>
        <translation>Cuenta de demostración: un HubSpot simulado en este equipo. No se envía nada a HubSpot.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>Go back to the previous step. Nothing is lost.</source>
        <translation>Volver al paso anterior. No se pierde nada.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>Record the people of the file in HubSpot (Ctrl+Enter). You are asked to confirm first.</source>
        <translation>Registra en HubSpot a las personas del archivo (Ctrl+Intro). Antes se le pide confirmación.</translation>
    </message>
</context>
<context>
    <name>ResultsExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>Sending to HubSpot</source>
        <translation>Enviando a HubSpot</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progreso del envío</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop after the request in flight. Rows not sent yet are listed as failed, so you can send them again.</source>
        <translation>Se detiene después de la solicitud en curso. Las filas aún no enviadas quedan como fallidas para que pueda enviarlas de nuevo.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Show &amp;failures only</source>
        <translation>Mostrar solo &amp;fallos</translation>
    </message>
    <message>
        <source>Show only the rows that failed or were skipped, with the reason.</source>
        <translation>Muestra solo las filas que fallaron o se omitieron, con el motivo.</translation>
    </message>
    <message>
        <source>Results per row</source>
        <translation>Resultados por fila</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Save every row with its result and reason as a CSV file that Excel opens.</source>
        <translation>Guarda cada fila con su resultado y motivo en un archivo CSV que Excel puede abrir.</translation>
    </message>
    <message>
        <source>Send failed rows &amp;again</source>
        <translation>Enviar de nuevo las filas &amp;fallidas</translation>
    </message>
    <message>
        <source>Send only the rows that failed, for example after a connection problem.</source>
        <translation>Envía solo las filas que fallaron, por ejemplo después de un problema de conexión.</translation>
    </message>
    <message>
        <source>&amp;New import</source>
        <translation>&amp;Nueva importación</translation>
    </message>
    <message>
        <source>Open another spreadsheet for the same event and account.</source>
        <translation>Abrir otra hoja de cálculo para el mismo evento y la misma cuenta.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Send nothing new until you resume. Requests already on their way finish and count.</source>
        <translation>No se envía nada nuevo hasta que reanude. Las solicitudes ya en camino terminan y cuentan.</translation>
    </message>
    <message>
        <source>&amp;Verify in HubSpot</source>
        <translation>&amp;Verificar en HubSpot</translation>
    </message>
    <message>
        <source>Ask HubSpot what it now shows for this event and compare it with what this import recorded. HubSpot can take a few minutes to show changes.</source>
        <translation>Preguntar a HubSpot qué muestra ahora para este evento y compararlo con lo que registró esta importación. HubSpot puede tardar unos minutos en mostrar los cambios.</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <source>The progress file %1 was written by another version of the app.</source>
        <translation>El archivo de progreso %1 lo escribió otra versión de la aplicación.</translation>
    </message>
    <message>
        <source>The progress file %1 is incomplete or damaged.</source>
        <translation>El archivo de progreso %1 está incompleto o dañado.</translation>
    </message>
</context>
<context>
    <name>attendance::ApiError</name>
    <message>
        <source>Could not reach HubSpot (%1). Check your internet connection and try again.</source>
        <translation>No se pudo conectar con HubSpot (%1). Revise su conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>HubSpot did not answer in time. Check your connection and try again.</source>
        <translation>HubSpot no respondió a tiempo. Revise su conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>HubSpot sent an answer the app could not read (%1). Try again; if it persists, contact HubSpot support.</source>
        <translation>HubSpot envió una respuesta que la aplicación no pudo leer (%1). Inténtelo de nuevo; si el problema continúa, comuníquese con el soporte de HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot did not accept the access token. Paste the whole token again from your HubSpot private app or service key; it may have been rotated or deleted.</source>
        <translation>HubSpot no aceptó el token de acceso. Vuelva a pegar el token completo desde su aplicación privada o clave de servicio de HubSpot; puede que lo hayan renovado o eliminado.</translation>
    </message>
    <message>
        <source>The access token lacks a permission HubSpot needs: %1. In HubSpot, add this scope to your private app or service key, then try again.</source>
        <translation>Al token de acceso le falta un permiso que HubSpot necesita: %1. En HubSpot, agregue este permiso (scope) a su aplicación privada o clave de servicio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>HubSpot refused this action for this token (%1). Check the token&apos;s scopes and your user&apos;s permissions in HubSpot.</source>
        <translation>HubSpot rechazó esta acción para este token (%1). Revise los permisos (scopes) del token y los permisos de su usuario en HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot could not find this marketing event. It may have been deleted; refresh the list of events and pick it again.</source>
        <translation>HubSpot no encontró este evento de marketing. Puede que lo hayan eliminado; actualice la lista de eventos y elíjalo de nuevo.</translation>
    </message>
    <message>
        <source>This HubSpot account has used all its API calls for today. Continue after midnight in the account&apos;s time zone.</source>
        <translation>Esta cuenta de HubSpot usó todas sus llamadas a la API de hoy. Continúe después de la medianoche en la zona horaria de la cuenta.</translation>
    </message>
    <message>
        <source>HubSpot asked the app to slow down; it waits and tries again.</source>
        <translation>HubSpot pidió a la aplicación que vaya más despacio; la aplicación espera y lo vuelve a intentar.</translation>
    </message>
    <message>
        <source>HubSpot rejected the request: %1</source>
        <translation>HubSpot rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>HubSpot had a problem (HTTP %1). Try again in a few minutes.</source>
        <translation>HubSpot tuvo un problema (HTTP %1). Inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1: %2</source>
        <translation>HubSpot respondió HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>attendance::CsvReader</name>
    <message>
        <source>This looks like a binary file (an Excel workbook?). Save it as CSV or open an .xlsx in a later version.</source>
        <translation>Parece un archivo binario (¿un libro de Excel?). Guárdelo como CSV o abra un .xlsx en una versión posterior.</translation>
    </message>
    <message>
        <source>The file is larger than 512 MiB, more than HubSpot imports at once. Split it into smaller files.</source>
        <translation>El archivo ocupa más de 512 MiB, más de lo que HubSpot importa de una vez. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Se canceló la lectura del archivo.</translation>
    </message>
    <message>
        <source>The quoted cell that starts on row %1 is never closed, so the rest of the file would become one cell. Check the quotes (&quot;) on that row.</source>
        <translation>La celda entre comillas que empieza en la fila %1 nunca se cierra, así que el resto del archivo quedaría en una sola celda. Revise las comillas (&quot;) de esa fila.</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;. Use UTF-8, UTF-16, windows-1252, ISO-8859-1 or macroman, or leave it empty to detect it.</source>
        <translation>Codificación desconocida &apos;%1&apos;. Use UTF-8, UTF-16, windows-1252, ISO-8859-1 o macroman, o déjela vacía para detectarla.</translation>
    </message>
    <message>
        <source>Could not open &apos;%1&apos;: the file does not exist.</source>
        <translation>No se pudo abrir &apos;%1&apos;: el archivo no existe.</translation>
    </message>
    <message>
        <source>Could not open &apos;%1&apos;: it is a folder, not a file.</source>
        <translation>No se pudo abrir &apos;%1&apos;: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Could not open &apos;%1&apos;: %2.</source>
        <translation>No se pudo abrir &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>Could not read &apos;%1&apos;: %2.</source>
        <translation>No se pudo leer &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>The cell in row %1, column %2 holds more than 32,767 characters, more than a spreadsheet cell can. A quote (&quot;) on that row that is not closed where it should be may have swallowed the lines after it: check the quotes, or shorten the cell.</source>
        <translation>La celda de la fila %1, columna %2 tiene más de 32.767 caracteres, más de lo que cabe en una celda de hoja de cálculo. Puede que unas comillas (&quot;) de esa fila sin cerrar donde deberían se hayan tragado las líneas siguientes: revise las comillas o acorte la celda.</translation>
    </message>
    <message>
        <source>Row %1 has more than 16,384 columns, which no spreadsheet program writes. Check that this is a table of attendees and that the delimiter is right.</source>
        <translation>La fila %1 tiene más de 16.384 columnas, algo que ningún programa de hojas de cálculo escribe. Compruebe que es una tabla de asistentes y que el separador es el correcto.</translation>
    </message>
    <message>
        <source>The file has more than 6,000,000 rows, more than can be imported at once. Split it into smaller files.</source>
        <translation>El archivo tiene más de 6.000.000 de filas, más de las que se pueden importar de una vez. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file holds more than 40,000,000 cells, too many to read at once. Delete the columns you do not need, or split it into smaller files.</source>
        <translation>El archivo tiene más de 40.000.000 de celdas, demasiadas para leerlas de una vez. Borre las columnas que no necesite o divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>Could not open &apos;%1&apos;: it is a connection point of another program (a socket), not a file.</source>
        <translation>No se pudo abrir «%1»: es un punto de conexión de otro programa (un socket), no un archivo.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; changed while it was being read, so what was read may be incomplete. Wait until the program writing it has finished, then open it again.</source>
        <translation>El archivo «%1» cambió mientras se leía, así que lo leído puede estar incompleto. Espere a que termine el programa que lo está escribiendo y vuelva a abrirlo.</translation>
    </message>
</context>
<context>
    <name>attendance::EmailCheck</name>
    <message>
        <source>No email address</source>
        <translation>No hay dirección de correo</translation>
    </message>
    <message>
        <source>The cell holds more than one address; keep one per row</source>
        <translation>La celda tiene más de una dirección; deje una por fila</translation>
    </message>
    <message>
        <source>The address contains a space</source>
        <translation>La dirección contiene un espacio</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters</source>
        <translation>La dirección tiene más de 254 caracteres</translation>
    </message>
    <message>
        <source>The address has no @</source>
        <translation>La dirección no tiene @</translation>
    </message>
    <message>
        <source>The address has more than one @</source>
        <translation>La dirección tiene más de una @</translation>
    </message>
    <message>
        <source>Nothing comes before the @</source>
        <translation>No hay nada antes de la @</translation>
    </message>
    <message>
        <source>Nothing comes after the @</source>
        <translation>No hay nada después de la @</translation>
    </message>
    <message>
        <source>The address has two dots in a row</source>
        <translation>La dirección tiene dos puntos seguidos</translation>
    </message>
    <message>
        <source>The part before the @ starts or ends with a dot</source>
        <translation>La parte anterior a la @ empieza o termina con un punto</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters</source>
        <translation>La parte anterior a la @ tiene más de 64 caracteres</translation>
    </message>
    <message>
        <source>The address contains &apos;%1&apos;, which is not allowed in an email address</source>
        <translation>La dirección contiene &apos;%1&apos;, que no se admite en una dirección de correo</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; has no dot (like example.com)</source>
        <translation>El dominio &apos;%1&apos; no tiene punto (como ejemplo.com)</translation>
    </message>
    <message>
        <source>The domain starts or ends with a dot</source>
        <translation>El dominio empieza o termina con un punto</translation>
    </message>
    <message>
        <source>A part of the domain is longer than 63 characters</source>
        <translation>Una parte del dominio tiene más de 63 caracteres</translation>
    </message>
    <message>
        <source>A part of the domain starts or ends with a hyphen</source>
        <translation>Una parte del dominio empieza o termina con un guion</translation>
    </message>
    <message>
        <source>The domain ends in &apos;.%1&apos;, which is not a real top-level domain</source>
        <translation>El dominio termina en &apos;.%1&apos;, que no es un dominio de nivel superior real</translation>
    </message>
</context>
<context>
    <name>attendance::ImportPipeline</name>
    <message>
        <source>This kind of file cannot be read: &apos;%1&apos; is not a spreadsheet this program reads. Open a spreadsheet: CSV (.csv, .tsv or .txt), Excel (.xlsx or .xls) or LibreOffice (.ods).</source>
        <translation>Este tipo de archivo no se puede leer: &apos;%1&apos; no es una hoja de cálculo que este programa lea. Abra una hoja de cálculo: CSV (.csv, .tsv o .txt), Excel (.xlsx o .xls) o LibreOffice (.ods).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no sheet to read.</source>
        <translation>&apos;%1&apos; no contiene ninguna hoja que leer.</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>El libro no tiene una hoja %1.</translation>
    </message>
    <message>
        <source>The sheet %1 holds email addresses.</source>
        <translation>La hoja %1 contiene direcciones de correo electrónico.</translation>
    </message>
    <message>
        <source>These sheets hold email addresses: %1.</source>
        <translation>Estas hojas contienen direcciones de correo electrónico: %1.</translation>
    </message>
    <message>
        <source>None of this workbook&apos;s sheets holds email addresses: %1.</source>
        <translation>Ninguna hoja de este libro contiene direcciones de correo electrónico: %1.</translation>
    </message>
</context>
<context>
    <name>attendance::ImportPlan</name>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Row %1 cannot be the header: the sheet ends at row %2.</source>
        <translation>La fila %1 no puede ser el encabezado: la hoja termina en la fila %2.</translation>
    </message>
    <message>
        <source>Could not read the date &apos;%1&apos; in column &apos;%2&apos;</source>
        <translation>No se pudo leer la fecha &apos;%1&apos; de la columna &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not say COLUMN=TARGET, such as &quot;E-mail=email&quot; or C=contactProperties.firstname.</source>
        <translation>&apos;%1&apos; no tiene la forma COLUMNA=DESTINO, como &quot;E-mail=email&quot; o C=contactProperties.firstname.</translation>
    </message>
    <message>
        <source>Unknown target &apos;%1&apos;. Use email, interactionDateTime, contactProperties.NAME, properties.joinedAt, properties.leftAt or ignore.</source>
        <translation>Destino desconocido &apos;%1&apos;. Use email, interactionDateTime, contactProperties.NOMBRE, properties.joinedAt, properties.leftAt o ignore.</translation>
    </message>
    <message>
        <source>Column %1 was chosen, but this sheet has no such column. Its columns are: %2.</source>
        <translation>Se eligió la columna %1, pero esta hoja no tiene esa columna. Sus columnas son: %2.</translation>
    </message>
    <message>
        <source>No column holds email addresses. Choose the email column.</source>
        <translation>Ninguna columna tiene direcciones de correo. Elija la columna del correo.</translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos;. Columns are: %2.</source>
        <translation>Columna desconocida &apos;%1&apos;. Las columnas son: %2.</translation>
    </message>
    <message>
        <source>The status &apos;%1&apos; in column &apos;%2&apos; is not one this program knows. Write yes or no, attended, absent or cancelled (or sí, no, asistió, ausente, cancelado), or map the column to &quot;ignore&quot;.</source>
        <translation>El estado &apos;%1&apos; de la columna &apos;%2&apos; no es uno que este programa conozca. Escriba sí o no, asistió, ausente o cancelado (o yes, no, attended, absent, cancelled), o asigne la columna a &quot;ignorar&quot;.</translation>
    </message>
    <message>
        <source>no attendance recorded: %1 is empty</source>
        <translation>sin asistencia registrada: %1 está vacío</translation>
    </message>
    <message>
        <source>not checked in: %1 = %2</source>
        <translation>no registró su entrada: %1 = %2</translation>
    </message>
    <message>
        <source>did not attend: %1 = %2</source>
        <translation>no asistió: %1 = %2</translation>
    </message>
    <message>
        <source>cancelled: %1 = %2</source>
        <translation>cancelado: %1 = %2</translation>
    </message>
    <message>
        <source>Going by each row&apos;s status needs a status column (Attended, Attendee Status, Checked In…), and none is mapped. Map one to &quot;status&quot;, or choose a state.</source>
        <translation>Para usar el estado de cada fila hace falta una columna de estado (Asistió, Attendee Status, Checked In…), y no hay ninguna asignada. Asigne una a &quot;estado&quot;, o elija un estado.</translation>
    </message>
    <message>
        <source>no status to go by: %1 is empty</source>
        <translation>sin estado que seguir: %1 está vacío</translation>
    </message>
</context>
<context>
    <name>attendance::JournalFile</name>
    <message>
        <source>the file is not open</source>
        <translation>el archivo no está abierto</translation>
    </message>
</context>
<context>
    <name>attendance::PreviewModel</name>
    <message>
        <source>Same email as row %1; only that row is sent.</source>
        <translation>Mismo correo que la fila %1; solo se envía esa fila.</translation>
    </message>
    <message>
        <source>Row %1 is not sent: %2</source>
        <translation>La fila %1 no se envía: %2</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(no se envía)</translation>
    </message>
    <message>
        <source>→ email</source>
        <translation>→ correo</translation>
    </message>
    <message>
        <source>→ date of interaction</source>
        <translation>→ fecha de interacción</translation>
    </message>
    <message>
        <source>→ contact: %1</source>
        <translation>→ contacto: %1</translation>
    </message>
    <message>
        <source>→ joined at</source>
        <translation>→ hora de entrada</translation>
    </message>
    <message>
        <source>→ left at</source>
        <translation>→ hora de salida</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>The row number as your spreadsheet program shows it.</source>
        <translation>El número de fila tal como lo muestra su programa de hojas de cálculo.</translation>
    </message>
    <message>
        <source>Column %1: people are found or created in HubSpot by this email address.</source>
        <translation>Columna %1: las personas se buscan o se crean en HubSpot por este correo electrónico.</translation>
    </message>
    <message>
        <source>Column %1 is not sent to HubSpot.</source>
        <translation>La columna %1 no se envía a HubSpot.</translation>
    </message>
    <message>
        <source>Column %1 is sent to HubSpot as %2.</source>
        <translation>La columna %1 se envía a HubSpot como %2.</translation>
    </message>
    <message>
        <source>Repaired: was “%1”</source>
        <translation>Corregida: era “%1”</translation>
    </message>
    <message>
        <source>→ attendance status</source>
        <translation>→ estado de asistencia</translation>
    </message>
    <message>
        <source>→ first + last name</source>
        <translation>→ nombre + apellidos</translation>
    </message>
    <message>
        <source>Another session of the person in row %1: merged into that row, which is sent with the earliest join and the latest leave.</source>
        <translation>Otra sesión de la persona de la fila %1: se une a esa fila, que se envía con la primera entrada y la última salida.</translation>
    </message>
    <message>
        <source>%1 (was “%2”)</source>
        <translation>%1 (antes «%2»)</translation>
    </message>
    <message>
        <source>Same email as row %1, which is sent instead, as %2: a person is recorded once, in the furthest state their rows reach.</source>
        <translation>Mismo correo que la fila %1, que se envía en su lugar, como %2: cada persona se registra una vez, en el estado más avanzado que alcanzan sus filas.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(blank) → not sent</source>
        <translation>(vacío) → no se envía</translation>
    </message>
    <message>
        <source>%1 → not sent</source>
        <translation>%1 → no se envía</translation>
    </message>
    <message>
        <source>Row %1 is sent as %2.</source>
        <translation>La fila %1 se envía como %2.</translation>
    </message>
</context>
<context>
    <name>attendance::ResultsModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>HubSpot correlation id: %1</source>
        <translation>ID de correlación de HubSpot: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID de contacto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Enviado como</translation>
    </message>
</context>
<context>
    <name>attendance::RunJournal</name>
    <message>
        <source>There is no progress file at %1.</source>
        <translation>No hay ningún archivo de progreso en %1.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: give the path of the file itself. Nothing was changed.</source>
        <translation>%1 es un enlace simbólico: indique la ruta del propio archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a folder, a device or a pipe). Nothing was changed.</source>
        <translation>%1 no es un archivo normal (es una carpeta, un dispositivo o una tubería). No se cambió nada.</translation>
    </message>
    <message>
        <source>The progress file %1 is in use by another import (the app or attendance-importer-cli is sending it); wait for it to finish.</source>
        <translation>El archivo de progreso %1 lo está usando otra importación (la aplicación o attendance-importer-cli lo está enviando); espere a que termine.</translation>
    </message>
    <message>
        <source>%1 appeared while the import was starting; it was left untouched. Choose another file name.</source>
        <translation>%1 apareció mientras empezaba la importación; no se tocó. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Could not open the progress file %1: %2.</source>
        <translation>No se pudo abrir el archivo de progreso %1: %2.</translation>
    </message>
    <message>
        <source>Could not write the progress file %1: %2.</source>
        <translation>No se pudo escribir el archivo de progreso %1: %2.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then continue the import.</source>
        <translation>Libere espacio en ese disco y después continúe la importación.</translation>
    </message>
    <message>
        <source>Could not read the progress file %1: %2.</source>
        <translation>No se pudo leer el archivo de progreso %1: %2.</translation>
    </message>
    <message>
        <source>%1 holds an unfinished import; it was left untouched. Continue that import, or choose another file name.</source>
        <translation>%1 contiene una importación sin terminar; no se tocó. Continúe esa importación o elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 already exists and is not the progress file of an import; it was left untouched. Choose another file name.</source>
        <translation>%1 ya existe y no es el archivo de progreso de una importación; no se tocó. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Could not create the progress file %1: %2.</source>
        <translation>No se pudo crear el archivo de progreso %1: %2.</translation>
    </message>
    <message>
        <source>Free some space on that disk.</source>
        <translation>Libere espacio en ese disco.</translation>
    </message>
</context>
<context>
    <name>attendance::SendEngine</name>
    <message>
        <source>HubSpot&apos;s rate limit</source>
        <translation>el límite de velocidad de HubSpot</translation>
    </message>
    <message>
        <source>Same email as row %1, which is sent instead.</source>
        <translation>Mismo correo que la fila %1, que es la que se envía.</translation>
    </message>
    <message>
        <source>Not sent: cancelled by the user.</source>
        <translation>No enviada: el usuario canceló el envío.</translation>
    </message>
    <message>
        <source>Cancelled while being sent: HubSpot may have recorded it. Send it again to be sure.</source>
        <translation>Cancelada mientras se enviaba: puede que HubSpot la haya registrado. Envíela de nuevo para estar seguro.</translation>
    </message>
    <message>
        <source>Not sent: the run stopped because %1</source>
        <translation>No enviada: el envío se detuvo porque %1</translation>
    </message>
    <message>
        <source>Not sent: the connection to HubSpot was closed.</source>
        <translation>No enviada: se cerró la conexión con HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot asked to slow down</source>
        <translation>HubSpot pidió ir más despacio</translation>
    </message>
    <message>
        <source>Not sent: the run stopped after repeated failures (%1)</source>
        <translation>No enviada: el envío se detuvo tras fallos repetidos (%1)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviada: %1</translation>
    </message>
    <message>
        <source>Not sent: the HubSpot account reached its daily API limit. Send these rows again tomorrow.</source>
        <translation>No enviada: la cuenta de HubSpot alcanzó su límite diario de la API. Envíe estas filas de nuevo mañana.</translation>
    </message>
    <message>
        <source>Not sent: the progress file could not be written.</source>
        <translation>No enviada: no se pudo escribir el archivo de progreso.</translation>
    </message>
    <message>
        <source>Another session of the person in row %1: merged into that row, which is sent with the earliest join and the latest leave.</source>
        <translation>Otra sesión de la persona de la fila %1: se une a esa fila, que se envía con la primera entrada y la última salida.</translation>
    </message>
    <message>
        <source>Same email as row %1, which is sent instead, as %2: a person is recorded once, in the furthest state their rows reach (attend, then register, then cancel).</source>
        <translation>Mismo correo que la fila %1, que se envía en su lugar, como %2: cada persona se registra una vez, en el estado más avanzado que alcanzan sus filas (asistencia, luego inscripción, luego cancelación).</translation>
    </message>
    <message>
        <source>Not sent: the row has no state of its own to be recorded in. Check its status and send it again.</source>
        <translation>No enviado: la fila no tiene un estado propio en el que registrarse. Revise su estado y vuelva a enviarla.</translation>
    </message>
    <message>
        <source>not a contact in HubSpot: only people who are already contacts are recorded in this run</source>
        <translation>no es un contacto en HubSpot: en este envío solo se registran las personas que ya son contactos</translation>
    </message>
</context>
<context>
    <name>attendance::SpreadsheetReader</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation>Hojas de cálculo (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt)</source>
        <translation>Archivos CSV y de texto (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm *.xls)</source>
        <translation>Libros de Excel (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheets (*.ods)</source>
        <translation>Hojas de cálculo OpenDocument (*.ods)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Se canceló la lectura.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete: it starts like an Excel (.xlsx) or OpenDocument (.ods) workbook but cannot be unpacked. Download it again, or open it in Excel or LibreOffice and save it again.</source>
        <translation>El archivo está dañado o incompleto: empieza como un libro de Excel (.xlsx) u OpenDocument (.ods), pero no se puede descomprimir. Descárguelo de nuevo, o ábralo en Excel o LibreOffice y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>This is a zip archive, not an Excel (.xlsx) or OpenDocument (.ods) spreadsheet. Unpack it and open the spreadsheet inside.</source>
        <translation>Es un archivo zip, no una hoja de cálculo de Excel (.xlsx) u OpenDocument (.ods). Descomprímalo y abra la hoja de cálculo que contiene.</translation>
    </message>
    <message>
        <source>This is an Excel binary workbook (.xlsb). Open it in Excel and save it as .xlsx or CSV.</source>
        <translation>Es un libro binario de Excel (.xlsb). Ábralo en Excel y guárdelo como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>The workbook is password-protected. Open it in Excel or LibreOffice, save a copy without the password, and open that copy.</source>
        <translation>El libro está protegido con contraseña. Ábralo en Excel o LibreOffice, guarde una copia sin contraseña y abra esa copia.</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more data than its size suggests (a zip bomb), so it was not read. If you trust it, open it in Excel or LibreOffice and save it again.</source>
        <translation>El libro se descomprime en muchos más datos de los que su tamaño hace pensar (una bomba zip), así que no se leyó. Si confía en él, ábralo en Excel o LibreOffice y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than 512 MiB, more than HubSpot imports at once. Split it into smaller files.</source>
        <translation>El libro se descomprime en más de 512 MiB, más de lo que HubSpot importa de una vez. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has more than 6,000,000 rows, more than can be imported at once. Split it into smaller files.</source>
        <translation>La hoja &quot;%1&quot; tiene más de 6.000.000 de filas, más de las que se pueden importar de una vez. Divídala en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has more than 16,384 columns, which no spreadsheet program writes. The file is probably damaged.</source>
        <translation>La hoja &quot;%1&quot; tiene más de 16.384 columnas, algo que ningún programa de hojas de cálculo escribe. Probablemente el archivo está dañado.</translation>
    </message>
    <message>
        <source>The workbook holds too much to read at once: more than 40,000,000 cells or 256 million characters. Delete the sheets and columns you do not need, or split it into smaller files.</source>
        <translation>El libro contiene demasiado para leerlo de una vez: más de 40.000.000 de celdas o 256 millones de caracteres. Elimine las hojas y columnas que no necesite, o divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 is nested more than 64 levels deep.</source>
        <translation>El libro está dañado: su parte %1 está anidada en más de 64 niveles.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 is missing. Open it in Excel or LibreOffice and save it again.</source>
        <translation>El libro está dañado: falta su parte %1. Ábralo en Excel o LibreOffice y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>The workbook is damaged: the cells of sheet &quot;%1&quot; are out of order. Open it in Excel or LibreOffice and save it again.</source>
        <translation>El libro está dañado: las celdas de la hoja &quot;%1&quot; están desordenadas. Ábralo en Excel o LibreOffice y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 could not be read (%2). Open it in Excel or LibreOffice and save it again.</source>
        <translation>El libro está dañado: no se pudo leer su parte %1 (%2). Ábralo en Excel o LibreOffice y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>The workbook has no sheets with cells (only charts, or nothing at all).</source>
        <translation>El libro no tiene hojas con celdas (solo gráficos, o nada).</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>Es un archivo antiguo de Excel (.xls). Ábralo en Excel o LibreOffice y guárdelo como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>This old Excel file (.xls) could not be read; it may be damaged. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>No se pudo leer este archivo antiguo de Excel (.xls); puede estar dañado. Ábralo en Excel o LibreOffice y guárdelo como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>This old Excel file (.xls) has formulas, and their results cannot be read from this format. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>Este archivo antiguo de Excel (.xls) tiene fórmulas, y sus resultados no se pueden leer en este formato. Ábralo en Excel o LibreOffice y guárdelo como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>This is an Office document but not a spreadsheet (a Word or PowerPoint file?), or it is damaged. Open the spreadsheet in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>Es un documento de Office pero no una hoja de cálculo (¿un archivo de Word o PowerPoint?), o está dañado. Abra la hoja de cálculo en Excel o LibreOffice y guárdela como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>a cell refers to text %1, which is not there</source>
        <translation>una celda remite al texto %1, que no existe</translation>
    </message>
    <message>
        <source>its XML is not well-formed at line %1</source>
        <translation>su XML no está bien formado en la línea %1</translation>
    </message>
    <message>
        <source>it declares a DTD</source>
        <translation>declara una DTD</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1 en la línea %2</translation>
    </message>
    <message>
        <source>The cell in row %1, column %2 of sheet &quot;%3&quot; holds more than 32,767 characters, more than a spreadsheet cell can. The file is probably damaged: open it in Excel or LibreOffice and save it again.</source>
        <translation>La celda de la fila %1, columna %2 de la hoja «%3» tiene más de 32.767 caracteres, más de lo que cabe en una celda de hoja de cálculo. Probablemente el archivo está dañado: ábralo en Excel o LibreOffice y guárdelo de nuevo.</translation>
    </message>
    <message>
        <source>The workbook holds a text of more than 32,767 characters, more than a spreadsheet cell can. The file is probably damaged: open it in Excel or LibreOffice and save it again.</source>
        <translation>El libro contiene un texto de más de 32.767 caracteres, más de lo que cabe en una celda de hoja de cálculo. Probablemente el archivo está dañado: ábralo en Excel o LibreOffice y guárdelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>attendance::gui::ConnectPage</name>
    <message>
        <source>Where do I find my token?</source>
        <translation>¿Dónde encuentro mi token?</translation>
    </message>
    <message>
        <source>v3 (recommended)</source>
        <translation>v3 (recomendada)</translation>
    </message>
    <message>
        <source>2026-03 (dated version)</source>
        <translation>2026-03 (versión con fecha)</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>The token is no longer kept in the system keychain.</source>
        <translation>El token ya no se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Ocultar el token</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Mostrar el token</translation>
    </message>
    <message>
        <source>Paste your HubSpot access token first.</source>
        <translation>Primero pegue su token de acceso de HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot reference for support: %1</source>
        <translation>Referencia de HubSpot para soporte: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the demo account: %n event(s).</source>
        <translation>
            <numerusform>Conectado a la cuenta de demostración: %n evento.</numerusform>
            <numerusform>Conectado a la cuenta de demostración: %n eventos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n marketing event(s) found.</source>
        <translation>
            <numerusform>Conectado: se encontró %n evento de marketing.</numerusform>
            <numerusform>Conectado: se encontraron %n eventos de marketing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attendance::gui::DateOptionsPanel</name>
    <message>
        <source>&amp;Day first</source>
        <translation>Primero el &amp;día</translation>
    </message>
    <message>
        <source>&amp;Month first</source>
        <translation>Primero el &amp;mes</translation>
    </message>
    <message>
        <source>Time of sending</source>
        <translation>Hora del envío</translation>
    </message>
    <message>
        <source>A fixed date and time:</source>
        <translation>Una fecha y hora fijas:</translation>
    </message>
    <message>
        <source>Dates like 03/04/2026 could be 3 April or March 4. How does this file write them?</source>
        <translation>Fechas como 03/04/2026 pueden ser el 3 de abril o el 4 de marzo. ¿Cómo las escribe este archivo?</translation>
    </message>
    <message>
        <source>03/04/2026 is 3 April 2026.</source>
        <translation>03/04/2026 es el 3 de abril de 2026.</translation>
    </message>
    <message>
        <source>03/04/2026 is March 4, 2026.</source>
        <translation>03/04/2026 es el 4 de marzo de 2026.</translation>
    </message>
    <message>
        <source>Each person is recorded with the moment they are sent.</source>
        <translation>Cada persona se registra con el momento en que se envía.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a date: record</source>
        <translation>
            <numerusform>%n fila sin fecha: registrar</numerusform>
            <numerusform>%n filas sin fecha: registrar</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of registration or attendance:</source>
        <translation>Fecha de inscripción o asistencia:</translation>
    </message>
    <message>
        <source>The event&apos;s start (%1)</source>
        <translation>El inicio del evento (%1)</translation>
    </message>
    <message>
        <source>The event&apos;s start (HubSpot has none)</source>
        <translation>El inicio del evento (HubSpot no lo tiene)</translation>
    </message>
</context>
<context>
    <name>attendance::gui::EventPage</name>
    <message>
        <source>This HubSpot account has no marketing events yet. Create the event in HubSpot (Marketing › Events), then click Refresh.</source>
        <translation>Esta cuenta de HubSpot todavía no tiene eventos de marketing. Cree el evento en HubSpot (Marketing › Eventos) y luego haga clic en Actualizar.</translation>
    </message>
    <message>
        <source>Choose one: it applies to everyone in the file.</source>
        <translation>Elija una opción: se aplica a todas las personas del archivo.</translation>
    </message>
    <message>
        <source>HubSpot will record that these people registered for the event.</source>
        <translation>HubSpot registrará que estas personas se inscribieron en el evento.</translation>
    </message>
    <message>
        <source>HubSpot will record that these people attended the event.</source>
        <translation>HubSpot registrará que estas personas asistieron al evento.</translation>
    </message>
    <message>
        <source>HubSpot will record that these people cancelled their registration.</source>
        <translation>HubSpot registrará que estas personas cancelaron su inscripción.</translation>
    </message>
    <message>
        <source>Each person is recorded as the file&apos;s status column says, as chosen on the next step. This state is used for a file without a status column.</source>
        <translation>Cada persona se registra según la columna de estado del archivo, como se eligió en el paso siguiente. Este estado se usa para un archivo sin columna de estado.</translation>
    </message>
</context>
<context>
    <name>attendance::gui::EventsModel</name>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Feria comercial</translation>
    </message>
    <message>
        <source>Webcast</source>
        <translation>Transmisión web</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelado)</translation>
    </message>
    <message>
        <source>Organizer: %1</source>
        <translation>Organizador: %1</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>Termina: %1</translation>
    </message>
    <message>
        <source>This event is cancelled in HubSpot.</source>
        <translation>Este evento está cancelado en HubSpot.</translation>
    </message>
    <message>
        <source>This event has already taken place.</source>
        <translation>Este evento ya se realizó.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>attendance::gui::FileLoader</name>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation>La hoja “%1” está vacía.</translation>
    </message>
    <message>
        <source>No column of this sheet holds email addresses. Click the header of the column with the people&apos;s email addresses and choose “Email”.</source>
        <translation>Ninguna columna de esta hoja tiene direcciones de correo. Haga clic en el encabezado de la columna con los correos de las personas y elija “Correo electrónico”.</translation>
    </message>
</context>
<context>
    <name>attendance::gui::FilePage</name>
    <message>
        <source>Open spreadsheet</source>
        <translation>Abrir hoja de cálculo</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <source>separated by tabs</source>
        <translation>separado por tabulaciones</translation>
    </message>
    <message>
        <source>separated by vertical bars</source>
        <translation>separado por barras verticales</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>separado por “%1”</translation>
    </message>
    <message>
        <source>“%1” cannot be used: %2</source>
        <translation>No se puede usar “%1”: %2</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message>
        <source>No row of this file can be sent. Show the problems to see why.</source>
        <translation>Ninguna fila de este archivo se puede enviar. Muestre los problemas para ver por qué.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n person(s) will be marked as %1 in “%2”.</source>
        <translation>
            <numerusform>Listo: %n persona se marcará como %1 en “%2”.</numerusform>
            <numerusform>Listo: %n personas se marcarán como %1 en “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Revisando las filas…</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo “%1”…</translation>
    </message>
    <message>
        <source>Reading “%1”… %2%</source>
        <translation>Leyendo “%1”… %2 %</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation>Se canceló la apertura de “%1”.</translation>
    </message>
    <message>
        <source>%1 · Excel workbook</source>
        <translation>%1 · libro de Excel</translation>
    </message>
    <message>
        <source>%1 · Excel 97–2003 workbook</source>
        <translation>%1 · libro de Excel 97–2003</translation>
    </message>
    <message>
        <source>%1 · LibreOffice spreadsheet</source>
        <translation>%1 · hoja de cálculo de LibreOffice</translation>
    </message>
    <message numerus="yes">
        <source>The table ends at row %1, where another one begins (“%2”): its %n rows are not read. To read that table, choose its header row.</source>
        <translation>
            <numerusform>La tabla termina en la fila %1, donde empieza otra («%2»): su fila no se lee. Para leer esa tabla, elija su fila de encabezado.</numerusform>
            <numerusform>La tabla termina en la fila %1, donde empieza otra («%2»): sus %n filas no se leen. Para leer esa tabla, elija su fila de encabezado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 holds “%2”, which looks like text read in the wrong encoding (“JosÃ©” for “José”). Check the names in the preview before sending; if they look wrong, save the file again as UTF-8 or choose its encoding.</source>
        <translation>La fila %1 contiene «%2», que parece texto leído con la codificación equivocada («JosÃ©» en lugar de «José»). Revise los nombres en la vista previa antes de enviar; si se ven mal, guarde el archivo de nuevo como UTF-8 o elija su codificación.</translation>
    </message>
    <message>
        <source>This file is not UTF-8; its encoding was guessed as %1. If names show odd characters, choose the right one under “Encoding”.</source>
        <translation>Este archivo no está en UTF-8; se supuso que su codificación es %1. Si los nombres muestran caracteres extraños, elija la correcta en «Codificación».</translation>
    </message>
    <message>
        <source>The sheet “%1” was opened: it holds the email addresses, and the sheets before it hold none.</source>
        <translation>Se ha abierto la hoja “%1”: contiene las direcciones de correo electrónico, y las hojas anteriores no contienen ninguna.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The sheet “%1” was opened: it holds the email addresses. Other sheets with addresses: %2. To read another, choose it in the Sheet list.</source>
        <translation>Se ha abierto la hoja “%1”: contiene las direcciones de correo electrónico. Otras hojas con direcciones: %2. Para leer otra, elíjala en la lista Hoja.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>attended → %1, absent or registered → %2, cancelled → %3</source>
        <translation>asistió → %1, ausente o inscrito → %2, cancelado → %3</translation>
    </message>
    <message>
        <source>Each row is recorded in the state its status says; a row with a blank status is not sent. Without this, everyone is recorded in the state chosen on the event step, and the status column only decides who is sent.</source>
        <translation>Cada fila se registra en el estado que indica su estado; una fila con el estado vacío no se envía. Sin esta opción, todas las personas se registran en el estado elegido en el paso del evento, y la columna de estado solo decide a quién se envía.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n person(s) will be marked by each row&apos;s status in “%1”: %2.</source>
        <translation>
            <numerusform>Listo: %n persona se marcará según el estado de su fila en «%1»: %2.</numerusform>
            <numerusform>Listo: %n personas se marcarán según el estado de cada fila en «%1»: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled event</source>
        <translation>Evento cancelado</translation>
    </message>
    <message>
        <source>Record by status</source>
        <translation>Registrar según el estado</translation>
    </message>
</context>
<context>
    <name>attendance::gui::MainWindow</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Attendance Importer — demo account</source>
        <translation>Attendance Importer — cuenta de demostración</translation>
    </message>
    <message>
        <source>Attendance Importer</source>
        <translation>Attendance Importer</translation>
    </message>
    <message>
        <source>Sending in progress</source>
        <translation>Envío en curso</translation>
    </message>
    <message>
        <source>People are still being sent to HubSpot. Stop and quit? Rows not sent yet will not be recorded.</source>
        <translation>Todavía se están enviando personas a HubSpot. ¿Detener y salir? Las filas que aún no se enviaron no quedarán registradas.</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Detener y salir</translation>
    </message>
    <message>
        <source>Choose the event.</source>
        <translation>Elija el evento.</translation>
    </message>
    <message>
        <source>Connect to HubSpot first.</source>
        <translation>Primero conéctese a HubSpot.</translation>
    </message>
    <message>
        <source>Open the spreadsheet.</source>
        <translation>Abra la hoja de cálculo.</translation>
    </message>
    <message>
        <source>Choose an event and what to mark the people as.</source>
        <translation>Elija un evento y cómo marcar a las personas.</translation>
    </message>
    <message>
        <source>People are still being sent to HubSpot. Stop and quit? The next time you start the app, it offers to send the rows not sent yet.</source>
        <translation>Todavía se están enviando personas a HubSpot. ¿Detener y salir? La próxima vez que abra la aplicación, le ofrecerá enviar las filas que aún no se enviaron.</translation>
    </message>
    <message>
        <source>Cancelled event</source>
        <translation>Evento cancelado</translation>
    </message>
    <message>
        <source>Use this event</source>
        <translation>Usar este evento</translation>
    </message>
</context>
<context>
    <name>attendance::gui::MappingHeaderView</name>
    <message>
        <source>Click a column&apos;s header to choose where it goes in HubSpot.</source>
        <translation>Haga clic en el encabezado de una columna para elegir adónde va en HubSpot.</translation>
    </message>
</context>
<context>
    <name>attendance::gui::MappingMenu</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Número de teléfono móvil</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State/Region</source>
        <translation>Estado/Región</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country/Region</source>
        <translation>País/Región</translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation>URL del sitio web</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Send “%1” as</source>
        <translation>Enviar “%1” como</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Date of registration or attendance</source>
        <translation>Fecha de inscripción o asistencia</translation>
    </message>
    <message>
        <source>Contact property</source>
        <translation>Propiedad del contacto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otra…</translation>
    </message>
    <message>
        <source>Any contact property, by its internal name (for example hs_language).</source>
        <translation>Cualquier propiedad del contacto, por su nombre interno (por ejemplo hs_language).</translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation>Hora de entrada</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Hora de salida</translation>
    </message>
    <message>
        <source>HubSpot records join and leave times for attendance only.</source>
        <translation>HubSpot solo registra las horas de entrada y salida en la asistencia.</translation>
    </message>
    <message>
        <source>Ignore (not sent)</source>
        <translation>Ignorar (no se envía)</translation>
    </message>
    <message>
        <source>Internal name of the HubSpot contact property (letters, digits and _):</source>
        <translation>Nombre interno de la propiedad del contacto en HubSpot (letras, dígitos y _):</translation>
    </message>
    <message>
        <source>“%1” is not an internal property name: use only letters, digits and _ (find it in HubSpot under Settings › Properties).</source>
        <translation>“%1” no es un nombre interno de propiedad: use solo letras, dígitos y _ (lo encontrará en HubSpot, en Configuración › Propiedades).</translation>
    </message>
    <message>
        <source>Contact property: %1</source>
        <translation>Propiedad del contacto: %1</translation>
    </message>
    <message>
        <source>Attendance status (decides who is sent)</source>
        <translation>Estado de asistencia (decide a quién se envía)</translation>
    </message>
    <message>
        <source>Yes/No, Attended, Checked in, Cancelled…: with Attended, rows that say the person did not come are not sent; cancelled rows never are.</source>
        <translation>Sí/No, Asistió, Registró entrada, Cancelado…: con Asistió, no se envían las filas que dicen que la persona no vino; las canceladas nunca se envían.</translation>
    </message>
    <message>
        <source>Full name (split into first and last name)</source>
        <translation>Nombre completo (separado en nombre y apellidos)</translation>
    </message>
</context>
<context>
    <name>attendance::gui::PreviewPane</name>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Mostrar solo &amp;problemas</translation>
    </message>
    <message>
        <source>Preview of the spreadsheet</source>
        <translation>Vista previa de la hoja de cálculo</translation>
    </message>
    <message numerus="yes">
        <source>%n ready to send</source>
        <translation>
            <numerusform>%n lista para enviar</numerusform>
            <numerusform>%n listas para enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n no válida</numerusform>
            <numerusform>%n no válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicada</numerusform>
            <numerusform>%n duplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repaired</source>
        <translation>
            <numerusform>%n corregida</numerusform>
            <numerusform>%n corregidas</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first %1 rows and the first %2 rows with a problem. All %3 rows of the file were checked.</source>
        <translation>La vista previa muestra las primeras %1 filas y las primeras %2 filas con problemas. Se revisaron las %3 filas del archivo.</translation>
    </message>
    <message>
        <source>The preview shows the first %1 rows and every row with a problem. All %2 rows of the file were checked.</source>
        <translation>La vista previa muestra las primeras %1 filas y todas las filas con problemas. Se revisaron las %2 filas del archivo.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Using your saved column choices for files with these columns · %1</source>
        <translation>Se usan las columnas que eligió para los archivos con estas columnas · %1</translation>
    </message>
    <message>
        <source>Your column choices will be used again for files with these columns · %1</source>
        <translation>Lo que eligió para cada columna se usará de nuevo en los archivos con estas columnas · %1</translation>
    </message>
    <message>
        <source>Click a column&apos;s heading (or right-click a cell) to choose where it goes in HubSpot, or to leave it out.</source>
        <translation>Haga clic en el encabezado de una columna (o clic derecho en una celda) para elegir adónde va en HubSpot, o para dejarla fuera.</translation>
    </message>
    <message numerus="yes">
        <source>%n not sent for their status</source>
        <translation>
            <numerusform>%n no enviada por su estado</numerusform>
            <numerusform>%n no enviadas por su estado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) merged</source>
        <translation>
            <numerusform>%n sesión unida</numerusform>
            <numerusform>%n sesiones unidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the rows that will not be sent, with the reason, and the rows whose address was repaired.</source>
        <translation>Mostrar solo las filas que no se enviarán, con el motivo, y las filas cuya dirección se reparó.</translation>
    </message>
</context>
<context>
    <name>attendance::gui::ResumeOffer</name>
    <message>
        <source>Contin&amp;ue sending</source>
        <translation>Contin&amp;uar el envío</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Send the rows HubSpot has not confirmed yet. Rows it already confirmed are never sent twice.</source>
        <translation>Enviar las filas que HubSpot aún no confirmó. Las que ya confirmó nunca se envían dos veces.</translation>
    </message>
    <message>
        <source>Forget this import: its remaining rows will not be sent.</source>
        <translation>Olvidar esta importación: sus filas pendientes no se enviarán.</translation>
    </message>
    <message>
        <source>Decide the next time the app starts.</source>
        <translation>Decidir la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>an unnamed file</source>
        <translation>un archivo sin nombre</translation>
    </message>
    <message>
        <source>An import did not finish: “%1”, marking people as %2, from %3 (started %4).</source>
        <translation>Una importación no terminó: «%1», marcando personas como %2, desde %3 (iniciada el %4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) not sent yet.</source>
        <translation>
            <numerusform>%1 de %n fila sin enviar.</numerusform>
            <numerusform>%1 de %n filas sin enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unfinished import continues with your HubSpot account, not the demo account: connect with your access token.</source>
        <translation>La importación sin terminar continúa con su cuenta de HubSpot, no con la cuenta de demostración: conéctese con su token de acceso.</translation>
    </message>
    <message>
        <source>Connect to HubSpot with your access token: the import continues as soon as the account answers.</source>
        <translation>Conéctese a HubSpot con su token de acceso: la importación continúa en cuanto responda la cuenta.</translation>
    </message>
    <message>
        <source>Discard the unfinished import</source>
        <translation>Descartar la importación sin terminar</translation>
    </message>
    <message>
        <source>The rows not sent yet will not be sent, and this import will not be offered again. People already recorded in HubSpot stay recorded.</source>
        <translation>Las filas que aún no se enviaron no se enviarán, y esta importación no se volverá a ofrecer. Las personas ya registradas en HubSpot siguen registradas.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>An import did not finish: “%1”, marking people by each row&apos;s status, from %2 (started %3).</source>
        <translation>Una importación no terminó: «%1», marcando a las personas según el estado de cada fila, desde %2 (iniciada el %3).</translation>
    </message>
</context>
<context>
    <name>attendance::gui::SendPage</name>
    <message numerus="yes">
        <source>Mark %n people as %1 in “%2”?</source>
        <translation>
            <numerusform>¿Marcar a %n persona como %1 en “%2”?</numerusform>
            <numerusform>¿Marcar a %n personas como %1 en “%2”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be skipped.</source>
        <translation>
            <numerusform>Se omitirá %n fila.</numerusform>
            <numerusform>Se omitirán %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo account: nothing is sent to HubSpot.</source>
        <translation>Cuenta de demostración: no se envía nada a HubSpot.</translation>
    </message>
    <message>
        <source>Send to HubSpot</source>
        <translation>Enviar a HubSpot</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Sending to HubSpot</source>
        <translation>Enviando a HubSpot</translation>
    </message>
    <message>
        <source>Marking people as %1 in “%2”.</source>
        <translation>Marcando a las personas como %1 en “%2”.</translation>
    </message>
    <message>
        <source>%1 of %2 sent · %3 succeeded · %4 failed</source>
        <translation>%1 de %2 enviadas · %3 correctas · %4 fallidas</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 skipped</source>
        <translation>%1 correctas, %2 fallidas, %3 omitidas</translation>
    </message>
    <message>
        <source>Sending stopped early: %1</source>
        <translation>El envío se detuvo antes de terminar: %1</translation>
    </message>
    <message>
        <source>HubSpot reference for support: %1</source>
        <translation>Referencia de HubSpot para soporte: %1</translation>
    </message>
    <message>
        <source>Some rows were not recorded. The reason is in each row; you can send the failed rows again.</source>
        <translation>Algunas filas no se registraron. El motivo aparece en cada fila; puede enviar de nuevo las filas fallidas.</translation>
    </message>
    <message>
        <source>Done. Every row that could be sent was recorded in HubSpot.</source>
        <translation>Listo. Todas las filas que se podían enviar quedaron registradas en HubSpot.</translation>
    </message>
    <message>
        <source>results-%1-%2.csv</source>
        <translation>resultados-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Results saved to %1</source>
        <translation>Resultados guardados en %1</translation>
    </message>
    <message>
        <source>Results for “%1”, marked as %2.</source>
        <translation>Resultados de “%1”, marcadas como %2.</translation>
    </message>
    <message>
        <source>Stop &amp;now</source>
        <translation>Detener &amp;ya</translation>
    </message>
    <message>
        <source>Do not wait for the requests already on their way. HubSpot may still record them; they are listed as not confirmed so you can send them again.</source>
        <translation>No esperar a las solicitudes ya en camino. HubSpot aún puede registrarlas; se listan como no confirmadas para que pueda enviarlas de nuevo.</translation>
    </message>
    <message>
        <source>Stopping after the requests already on their way… Press “Stop now” not to wait for them.</source>
        <translation>Deteniendo después de las solicitudes ya en camino… Pulse «Detener ya» para no esperarlas.</translation>
    </message>
    <message>
        <source>Continuing an unfinished import</source>
        <translation>Continuando una importación sin terminar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop after the requests already on their way. Rows not sent yet are listed as not sent, so you can send them again.</source>
        <translation>Detener después de las solicitudes ya en camino. Las filas aún no enviadas se listan como no enviadas, para que pueda enviarlas de nuevo.</translation>
    </message>
    <message>
        <source>The progress of this import cannot be saved (%1). It is sent all the same, but if the app closes before the end it cannot continue where it stopped.</source>
        <translation>No se puede guardar el progreso de esta importación (%1). Se envía de todos modos, pero si la aplicación se cierra antes del final no podrá continuar donde se detuvo.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Ask HubSpot what it now shows for this event and compare it with what this import recorded. HubSpot can take a few minutes to show changes.</source>
        <translation>Preguntar a HubSpot qué muestra ahora para este evento y compararlo con lo que registró esta importación. HubSpot puede tardar unos minutos en mostrar los cambios.</translation>
    </message>
    <message>
        <source>Nothing was recorded by this import, so there is nothing to verify.</source>
        <translation>Esta importación no registró nada, así que no hay nada que verificar.</translation>
    </message>
    <message>
        <source>Waiting %1 s before trying again: %2</source>
        <translation>Esperando %1 s antes de volver a intentarlo: %2</translation>
    </message>
    <message>
        <source>Waiting %1 s: HubSpot&apos;s rate limit</source>
        <translation>Esperando %1 s: límite de solicitudes de HubSpot</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Continue sending where it stopped.</source>
        <translation>Seguir enviando donde se detuvo.</translation>
    </message>
    <message>
        <source>Send nothing new until you resume. Requests already on their way finish and count.</source>
        <translation>No se envía nada nuevo hasta que reanude. Las solicitudes ya en camino terminan y cuentan.</translation>
    </message>
    <message>
        <source>Paused. Requests already on their way finish and count; nothing new is sent until you press Resume.</source>
        <translation>En pausa. Las solicitudes ya en camino terminan y cuentan; no se envía nada nuevo hasta que pulse Reanudar.</translation>
    </message>
    <message>
        <source>Paused: HubSpot no longer accepts the access token. Paste a new one to continue.</source>
        <translation>En pausa: HubSpot ya no acepta el token de acceso. Pegue uno nuevo para continuar.</translation>
    </message>
    <message>
        <source>Continuing with the new access token.</source>
        <translation>Continuando con el nuevo token de acceso.</translation>
    </message>
    <message>
        <source>Sending was cancelled. The rows not sent are listed; you can send them again.</source>
        <translation>Se canceló el envío. Las filas no enviadas aparecen en la lista; puede enviarlas de nuevo.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>No se envió nada. %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n people by each row&apos;s status in “%1”: %2?</source>
        <translation>
            <numerusform>¿Marcar a %n persona según el estado de su fila en «%1»: %2?</numerusform>
            <numerusform>¿Marcar a %n personas según el estado de cada fila en «%1»: %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>HubSpot creates a new contact for each email it does not know yet. To record only people who are already contacts, and skip the others, tick the box below (the token then needs the crm.objects.contacts.read scope).</source>
        <translation>HubSpot crea un contacto nuevo por cada correo que aún no conoce. Para registrar solo a las personas que ya son contactos y omitir a las demás, marque la casilla de abajo (el token necesita entonces el permiso crm.objects.contacts.read).</translation>
    </message>
    <message>
        <source>Only people who are already contacts in HubSpot</source>
        <translation>Solo personas que ya son contactos en HubSpot</translation>
    </message>
    <message>
        <source>Marking people by each row&apos;s status in “%1”.</source>
        <translation>Marcando a las personas según el estado de cada fila en «%1».</translation>
    </message>
    <message>
        <source>Only people who are already contacts in HubSpot.</source>
        <translation>Solo personas que ya son contactos en HubSpot.</translation>
    </message>
    <message>
        <source>Results for “%1”, marked by each row&apos;s status.</source>
        <translation>Resultados de «%1», marcados según el estado de cada fila.</translation>
    </message>
    <message>
        <source>%1 succeeded (%2), %3 failed, %4 skipped</source>
        <translation>%1 correctas (%2), %3 con error, %4 omitidas</translation>
    </message>
    <message numerus="yes">
        <source>%n not a contact in HubSpot (skipped, not created)</source>
        <translation>
            <numerusform>%n no es contacto en HubSpot (omitida, no creada)</numerusform>
            <numerusform>%n no son contactos en HubSpot (omitidas, no creadas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attendance::gui::Session</name>
    <message>
        <source>The demo account could not start on this computer.</source>
        <translation>La cuenta de demostración no pudo iniciarse en este equipo.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>inscritas</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>asistentes</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>canceladas</translation>
    </message>
    <message>
        <source>“%1” is cancelled in HubSpot. Record the people in your file as their status column says (attended, registered or cancelled) for it anyway?</source>
        <translation>«%1» está cancelado en HubSpot. ¿Registrar de todos modos a las personas de su archivo según su columna de estado (asistentes, inscritas o canceladas)?</translation>
    </message>
    <message>
        <source>“%1” is cancelled in HubSpot. Record the people in your file as %2 for it anyway?</source>
        <translation>«%1» está cancelado en HubSpot. ¿Registrar de todos modos a las personas de su archivo como %2 en él?</translation>
    </message>
    <message>
        <source>By each row&apos;s status</source>
        <translation>según el estado de cada fila</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>attendance::gui::SheetOptionsBar</name>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>The sheet of the workbook with the list of people.</source>
        <translation>La hoja del libro con la lista de personas.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The row with the column names, as your spreadsheet program numbers it; “none” when the first row already holds people.</source>
        <translation>La fila con los nombres de las columnas, numerada como en su programa de hojas de cálculo; “ninguna” cuando la primera fila ya contiene personas.</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Fila de &amp;encabezado:</translation>
    </message>
</context>
<context>
    <name>attendance::gui::StepIndicator</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>attendance::gui::TextOptionsBar</name>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Barra vertical |</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <source>How the letters of the file were saved. If names show odd characters like Ã© or Ž, choose the encoding the file was saved in: Excel for Windows often saves CSV files as windows-1252, Excel for Mac as Mac OS Roman.</source>
        <translation>Cómo se guardaron las letras del archivo. Si los nombres muestran caracteres extraños como Ã© o Ž, elija la codificación con la que se guardó: Excel para Windows suele guardar los CSV en windows-1252, y Excel para Mac en Mac OS Roman.</translation>
    </message>
    <message>
        <source>windows-1252 (Western European)</source>
        <translation>windows-1252 (Europa occidental)</translation>
    </message>
    <message>
        <source>windows-1250 (Central European)</source>
        <translation>windows-1250 (Europa central)</translation>
    </message>
    <message>
        <source>Shift_JIS (Japanese)</source>
        <translation>Shift_JIS (japonés)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>Separator between columns</source>
        <translation>Separador entre columnas</translation>
    </message>
    <message>
        <source>The character between the columns of the file. If the preview shows everything in one column, or splits names in two, choose the one the file uses.</source>
        <translation>El carácter que separa las columnas del archivo. Si la vista previa lo muestra todo en una sola columna, o parte los nombres en dos, elija el que usa el archivo.</translation>
    </message>
    <message>
        <source>Sepa&amp;rator:</source>
        <translation>Separado&amp;r:</translation>
    </message>
    <message>
        <source>Detected</source>
        <comment>encoding</comment>
        <translation>Detectada</translation>
    </message>
    <message>
        <source>Detected</source>
        <comment>separator</comment>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <comment>encoding</comment>
        <translation>Detectada: %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <comment>separator</comment>
        <translation>Detectado: %1</translation>
    </message>
</context>
<context>
    <name>attendance::gui::TimeZoneCombo</name>
    <message>
        <source>The time zone of dates in the file that do not name one. Type to search.</source>
        <translation>La zona horaria de las fechas del archivo que no indican ninguna. Escriba para buscar.</translation>
    </message>
</context>
<context>
    <name>attendance::gui::TokenDialog</name>
    <message>
        <source>New access token needed</source>
        <translation>Se necesita un nuevo token de acceso</translation>
    </message>
    <message>
        <source>HubSpot no longer accepts the access token this import was using: it has expired or was revoked, for example because someone rotated the service key or deleted the private app.</source>
        <translation>HubSpot ya no acepta el token de acceso que usaba esta importación: caducó o fue revocado, por ejemplo porque alguien renovó la clave de servicio o eliminó la aplicación privada.</translation>
    </message>
    <message>
        <source>Sending is paused. Nothing is lost: the people not recorded yet are sent as soon as you paste a new token.</source>
        <translation>El envío está en pausa. No se pierde nada: las personas aún no registradas se envían en cuanto pegue un token nuevo.</translation>
    </message>
    <message>
        <source>Get a new token in HubSpot: Development › Keys › Service keys, or for a legacy private app Settings › Integrations › Private apps › your app › Auth.</source>
        <translation>Obtenga un token nuevo en HubSpot: Desarrollo › Claves › Claves de servicio o, para una aplicación privada antigua, Configuración › Integraciones › Aplicaciones privadas › su aplicación › Autenticación.</translation>
    </message>
    <message>
        <source>The new token replaces the one kept in the system keychain.</source>
        <translation>El token nuevo reemplaza al guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Paste the new access token</source>
        <translation>Pegue el nuevo token de acceso</translation>
    </message>
    <message>
        <source>New access token</source>
        <translation>Nuevo token de acceso</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>Nuevo &amp;token:</translation>
    </message>
    <message>
        <source>&amp;Continue sending</source>
        <translation>&amp;Continuar el envío</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Detener el envío</translation>
    </message>
    <message>
        <source>Rows not sent yet stay in the list as not sent; you can send them again later.</source>
        <translation>Las filas aún no enviadas quedan en la lista como no enviadas; puede enviarlas de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Ocultar token</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Mostrar token</translation>
    </message>
</context>
<context>
    <name>attendance::gui::TokenStore</name>
    <message>
        <source>access to the keychain was denied</source>
        <translation>se denegó el acceso al llavero</translation>
    </message>
    <message>
        <source>no system keychain is available on this computer</source>
        <translation>no hay un llavero del sistema disponible en este equipo</translation>
    </message>
    <message>
        <source>The token saved in the system keychain could not be read (%1). Paste it again.</source>
        <translation>No se pudo leer el token guardado en el llavero del sistema (%1). Péguelo de nuevo.</translation>
    </message>
    <message>
        <source>The token could not be saved in the system keychain (%1), so it is not remembered. You will need to paste it next time.</source>
        <translation>No se pudo guardar el token en el llavero del sistema (%1), así que no se recordará. Tendrá que pegarlo la próxima vez.</translation>
    </message>
    <message>
        <source>The saved token could not be removed from the system keychain (%1). Remove it with your system&apos;s password manager.</source>
        <translation>No se pudo borrar el token guardado del llavero del sistema (%1). Bórrelo con el administrador de contraseñas de su sistema.</translation>
    </message>
</context>
<context>
    <name>attendance::gui::VerifyPanel</name>
    <message>
        <source>S&amp;top checking</source>
        <translation>De&amp;jar de comprobar</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progreso de la verificación</translation>
    </message>
    <message>
        <source>People found in HubSpot</source>
        <translation>Personas encontradas en HubSpot</translation>
    </message>
    <message>
        <source>%v of %m found</source>
        <translation>%v de %m encontradas</translation>
    </message>
    <message>
        <source>Stop asking HubSpot. Nothing is changed in HubSpot either way.</source>
        <translation>Dejar de preguntar a HubSpot. En ningún caso se cambia nada en HubSpot.</translation>
    </message>
    <message>
        <source>Asking HubSpot what it now records for “%1”…</source>
        <translation>Preguntando a HubSpot qué registra ahora para «%1»…</translation>
    </message>
    <message>
        <source>Checking stopped. %1</source>
        <translation>Comprobación detenida. %1</translation>
    </message>
    <message numerus="yes">
        <source>Expected: %n person(s) recorded as %1 by this import.</source>
        <translation>
            <numerusform>Esperado: %n persona registrada como %1 por esta importación.</numerusform>
            <numerusform>Esperado: %n personas registradas como %1 por esta importación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot shows: %n person(s) as %1 in the event.</source>
        <translation>
            <numerusform>HubSpot muestra: %n persona como %1 en el evento.</numerusform>
            <numerusform>HubSpot muestra: %n personas como %1 en el evento.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 people checked one by one are there.</source>
        <translation>%1 de %2 personas comprobadas una por una están.</translation>
    </message>
    <message>
        <source>HubSpot can take a few minutes to show changes, so it is asked again (check %1).</source>
        <translation>HubSpot puede tardar unos minutos en mostrar los cambios, así que se vuelve a preguntar (comprobación %1).</translation>
    </message>
    <message>
        <source>HubSpot could not be asked: %1</source>
        <translation>No se pudo preguntar a HubSpot: %1</translation>
    </message>
    <message>
        <source>Verified: HubSpot shows everything this import recorded.</source>
        <translation>Verificado: HubSpot muestra todo lo que registró esta importación.</translation>
    </message>
    <message numerus="yes">
        <source>All %n person(s) checked one by one are there as %1.</source>
        <translation>
            <numerusform>%n persona comprobada una por una está como %1.</numerusform>
            <numerusform>Las %n personas comprobadas una por una están como %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>HubSpot does not show everything yet.</source>
        <translation>HubSpot todavía no muestra todo.</translation>
    </message>
    <message>
        <source>Not shown as %1 yet: %2.</source>
        <translation>Aún no aparecen como %1: %2.</translation>
    </message>
    <message>
        <source>HubSpot may still be applying the changes: verify again in a few minutes.</source>
        <translation>Puede que HubSpot todavía esté aplicando los cambios: verifique de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>Expected, recorded by this import: %1.</source>
        <translation>Esperado, registrado por esta importación: %1.</translation>
    </message>
    <message>
        <source>HubSpot shows in the event: %1.</source>
        <translation>HubSpot muestra en el evento: %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n person(s) checked one by one are there, each as their status said.</source>
        <translation>
            <numerusform>La persona comprobada una por una está ahí, según su estado.</numerusform>
            <numerusform>Las %n personas comprobadas una por una están ahí, cada una según su estado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown as their status said yet: %1.</source>
        <translation>Aún no aparecen según su estado: %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Records in HubSpot who registered for, attended or cancelled a marketing event, from a spreadsheet.</source>
        <translation>Registra en HubSpot quién se inscribió, asistió o canceló en un evento de marketing, a partir de una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Start with the demo account: a simulated HubSpot on this computer.</source>
        <translation>Empezar con la cuenta de demostración: un HubSpot simulado en este equipo.</translation>
    </message>
    <message>
        <source>Language of the window: es (Spanish) or en (English). Default: the system&apos;s.</source>
        <translation>Idioma de la ventana: es (español) o en (inglés). Por omisión, el del sistema.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Unknown language for --lang; use es or en.</source>
        <translation>Idioma desconocido para --lang; use es o en.</translation>
    </message>
    <message>
        <source>This program takes no arguments besides its options. An access token is never read from the command line: paste it in the window.</source>
        <translation>Este programa no admite argumentos aparte de sus opciones. El token de acceso nunca se lee desde la línea de comandos: péguelo en la ventana.</translation>
    </message>
</context>
</TS>
