/** What every feature shares: value types, roles, time, sorting and search keys for Azerbaijani names, i18n. */
package org.ocaq.shared;
