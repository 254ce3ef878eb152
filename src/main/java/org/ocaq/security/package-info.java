/** Accounts, roles and scopes: who may sign in, and what each person may see and change. */
package org.ocaq.security;
