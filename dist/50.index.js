const id=50;const ids=[50];const modules={198050:(module=>{module.exports=eval("require")("kerberos")})};export{id,ids,modules};
