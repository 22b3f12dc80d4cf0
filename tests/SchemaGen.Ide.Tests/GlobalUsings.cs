global using SchemaGen.Package.Tests;
global using Xunit;
