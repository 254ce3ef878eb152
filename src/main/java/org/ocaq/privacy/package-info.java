/**
 * Privacy: the consents families give (data processing, photos), recorded with the time and the version of the
 * text they agreed to, and withdrawable where the law lets them be.
 */
package org.ocaq.privacy;
