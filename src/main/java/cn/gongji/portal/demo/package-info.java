/**
 * Demo people, relations and institutions loaded on the first start of the embedded default, so that the run
 * command shows something true. Documented in the README; never loaded in tests unless a test asks.
 */
package cn.gongji.portal.demo;
