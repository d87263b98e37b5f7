/** The tutorials module; its contents arrive with the issues that build on the foundation. */
package dsw.tutorials;
