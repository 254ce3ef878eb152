/**
 * PDF output with Apache PDFBox: the embedded Noto Sans fonts (every Azerbaijani letter), the page content writer
 * (text without ligatures) and, built on it, a small page writer for headings, lines and tables across pages, which
 * the attendance reports use; certificates draw their own page with the content writer.
 */
package org.ocaq.shared.pdf;
