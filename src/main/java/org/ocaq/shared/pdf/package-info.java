/**
 * PDF output with Apache PDFBox: the embedded Noto Sans fonts (every Azerbaijani letter) and a small page writer for
 * headings, lines and tables across pages; attendance reports use it now, certificates later.
 */
package org.ocaq.shared.pdf;
